import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const xml = readFileSync(MANIFEST, 'utf8');
const ORIGIN = 'https://localhost:3000/';

/**
 * office-addin-manifest's reader pulls ESM-only packages that jest cannot load; Node 20.19+ can, so the
 * official reader runs in a child process (offline: reading needs no network, unlike `validate`).
 */
function readWithOfficeReader(): Record<string, unknown> {
  const script = "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => process.stdout.write(JSON.stringify(i)))";
  return JSON.parse(execFileSync(process.execPath, ['-e', script, MANIFEST], { cwd: ROOT, encoding: 'utf8' })) as Record<string, unknown>;
}

function all(pattern: RegExp): RegExpExecArray[] {
  return [...xml.matchAll(new RegExp(pattern.source, 'g'))];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  it('parses with office-addin-manifest as a Workbook task-pane add-in with document write access, vi-VN by default', () => {
    const info = readWithOfficeReader();
    expect(info).toMatchObject({
      officeAppType: 'TaskPaneApp',
      hosts: ['Workbook'],
      permissions: 'ReadWriteDocument',
      defaultLocale: 'vi-VN',
      defaultSettings: { sourceLocation: `${ORIGIN}taskpane.html` },
    });
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('asks at top level only for what lets every Excel list it; the shared runtime is required by the ribbon alone', () => {
    const topLevel = xml.slice(0, xml.indexOf('<VersionOverrides'));
    expect(topLevel).toMatch(/<Requirements>\s*<Sets DefaultMinVersion="1.1">\s*<Set Name="ExcelApi" MinVersion="1.1"\/>\s*<\/Sets>\s*<\/Requirements>/);
    expect(all(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/).map((m) => `${m[1]} ${m[2]}`)).toEqual(['ExcelApi 1.1']);
    expect(topLevel).not.toContain('SharedRuntime');
    const overrides = /<VersionOverrides[^>]*>\s*(?:<!--[\s\S]*?-->\s*)?<Requirements>([\s\S]*?)<\/Requirements>\s*<Hosts>/.exec(xml)?.[1] ?? '';
    expect(overrides).toMatch(/<bt:Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
  });

  it('every resid resolves to exactly one resource', () => {
    const defined = all(/<bt:(?:Image|Url|String) id="([^"]+)"/).map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    const used = new Set(all(/resid="([^"]+)"/).map((m) => m[1]));
    for (const id of used) expect(defined).toContain(id);
    for (const id of defined) expect(used.has(id)).toBe(true);
  });

  it('every URL is https on the add-in origin', () => {
    const urls = all(/(?:DefaultValue|Value)="(\w+:\/\/[^"]*)"/).map((m) => m[1]);
    urls.push(...all(/<AppDomain>([^<]+)</).map((m) => m[1]));
    expect(urls.length).toBeGreaterThan(30);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000(\/|$)/);
  });

  it('every icon file exists with the size it is declared at', () => {
    const images = new Map(all(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"\/>/).map((m) => [m[1], m[2]]));
    const uses = all(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/);
    expect(uses.length).toBe(32);
    for (const [, size, resid] of uses) {
      const file = join(ROOT, images.get(resid)!.replace(ORIGIN, ''));
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual([Number(size), Number(size)]);
    }
    expect(pngSize(join(ROOT, 'assets/icons/icon-32.png'))).toEqual([32, 32]);
    expect(pngSize(join(ROOT, 'assets/icons/icon-64.png'))).toEqual([64, 64]);
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80]) expect(uses.filter((m) => m[1] === String(size))).toHaveLength(4);
  });

  it('has Vietnamese and English text for every label', () => {
    const strings = all(/<bt:String id="([^"]+)" DefaultValue="([^"]+)">\s*<bt:Override Locale="en-US" Value="([^"]+)"\/>\s*<\/bt:String>/);
    expect(strings).toHaveLength(all(/<bt:String /).length);
    for (const [, , vi, en] of strings) {
      expect(vi.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
    }
    for (const element of ['DisplayName', 'Description']) {
      expect(xml).toMatch(new RegExp(`<${element} DefaultValue="[^"]+">\\s*<Override Locale="en-US" Value="[^"]+"\\/>`));
    }
  });

  it('puts the ChiTieu group on the Home tab with Kiểm tra, Tổng hợp (functions) and Bảng điều khiển (task pane)', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">\s*<Group id="ChiTieu.Group">/);
    expect(all(/<FunctionName>([^<]+)<\/FunctionName>/).map((m) => m[1])).toEqual(['chitieuCheck', 'chitieuSummary']);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/<bt:String id="Check.Label" DefaultValue="Kiểm tra">/);
    expect(xml).toMatch(/<bt:String id="Summary.Label" DefaultValue="Tổng hợp">/);
    expect(xml).toMatch(/<bt:String id="Pane.Label" DefaultValue="Bảng điều khiển">/);
  });
});
