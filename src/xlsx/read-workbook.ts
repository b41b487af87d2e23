/** Opening an .xlsx/.xlsm package for reading: sheet list with owned roles, and fast cell reads. */
import type { SheetData, SheetInfo } from '../core';
import { indexOfBytes, u32 } from './binary';
import { inflateRawPrefix } from './deflate';
import { XlsxError } from './errors';
import type { DefinedName, Relationship, SheetEntry } from './read-package';
import { parseRels, parseWorkbook, relsPathOf, resolveTarget } from './read-package';
import { readSharedStrings } from './read-shared-strings';
import { readNumFmtsByStyle } from './read-styles';
import type { ScanResult } from './scan-sheet';
import { scanSheet } from './scan-sheet';
import type { ZipArchive } from './zip';
import { inflateEntry, readZip } from './zip';

/** An opened workbook package: what the reader found, and what the writer needs to patch it. */
export interface XlsxWorkbook {
  readonly zip: ZipArchive;
  /** Zip path of the workbook part (normally `xl/workbook.xml`). */
  readonly workbookPath: string;
  readonly workbookXml: string;
  /** Zip path of the workbook's .rels part. */
  readonly workbookRelsPath: string;
  readonly workbookRels: readonly Relationship[];
  /** Every sheet of workbook.xml (worksheets, chartsheets, …) in order. */
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedName[];
  /** Zip path of the styles part, when there is one. */
  readonly stylesPath?: string;
  /** Worksheets only, in workbook order, with their owned role. */
  listSheets(): SheetInfo[];
  /** The cells of one worksheet (see scanSheet); throws XlsxError 'sheet-not-found' for an unknown name. */
  readSheet(name: string, options?: { readonly maxRows?: number }): SheetData;
  /**
   * The inflated bytes of a part: those kept from the last whole read of its sheet (handed over once, so a large
   * sheet is not inflated again to patch its flags), else inflated now.
   */
  partBytes(path: string): Uint8Array;
  /** Drops the bytes kept from whole sheet reads. */
  releasePartBytes(): void;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptionInfo" in UTF-16 LE: the stream name an encrypted OOXML package carries inside its OLE2 container. */
const ENCRYPTION_INFO = new Uint8Array([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]));

/** Opens a workbook from its bytes, rejecting legacy .xls, encrypted and non-workbook files with an XlsxError. */
export function openWorkbook(bytes: Uint8Array): XlsxWorkbook {
  if (bytes.length >= 8 && OLE2.every((b, i) => bytes[i] === b)) {
    if (indexOfBytes(bytes, ENCRYPTION_INFO) >= 0) {
      throw new XlsxError('encrypted', 'the workbook is password-protected (encrypted OOXML)');
    }
    throw new XlsxError('legacy-xls', 'legacy Excel 97-2003 .xls file; save it as .xlsx');
  }
  if (bytes.length < 4 || u32(bytes, 0) !== 0x04034b50) {
    throw new XlsxError('not-a-workbook', 'the file is not an .xlsx package (not a ZIP archive)');
  }
  const zip = readZip(bytes);
  const rootRels = parseRels(zip.has('_rels/.rels') ? zip.text('_rels/.rels') : undefined);
  const office = rootRels.find((r) => r.type.endsWith('/officeDocument') && !r.external);
  const workbookPath = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
  if (!zip.has(workbookPath)) throw new XlsxError('not-a-workbook', `the package has no workbook part (${workbookPath})`);
  const workbookXml = zip.text(workbookPath);
  if (!/<(?:\w+:)?workbook[\s>]/.test(workbookXml.slice(0, 4096))) {
    throw new XlsxError('not-a-workbook', `the main part ${workbookPath} is not a spreadsheet workbook`);
  }
  return new Workbook(zip, workbookPath, workbookXml);
}

class Workbook implements XlsxWorkbook {
  readonly workbookRelsPath: string;
  readonly workbookRels: readonly Relationship[];
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedName[];
  readonly stylesPath?: string;
  private readonly sharedStringsPath?: string;
  private cache?: { sst: string[]; numFmts: Array<string | undefined> };
  /** Inflated bytes of sheets read whole, by part path, until the writer takes them (see partBytes). */
  private readonly kept = new Map<string, Uint8Array>();

  constructor(
    readonly zip: ZipArchive,
    readonly workbookPath: string,
    readonly workbookXml: string,
  ) {
    this.workbookRelsPath = relsPathOf(workbookPath);
    this.workbookRels = parseRels(zip.has(this.workbookRelsPath) ? zip.text(this.workbookRelsPath) : undefined);
    let parsed: ReturnType<typeof parseWorkbook>;
    try {
      parsed = parseWorkbook(this.workbookXml, workbookPath, this.workbookRels);
    } catch (e) {
      throw new XlsxError('corrupt', `workbook.xml cannot be read: ${(e as Error).message}`);
    }
    this.sheets = parsed.sheets;
    this.definedNames = parsed.definedNames;
    const part = (suffix: string): string | undefined => {
      const rel = this.workbookRels.find((r) => r.type.endsWith(suffix) && !r.external);
      return rel ? resolveTarget(workbookPath, rel.target) : undefined;
    };
    this.stylesPath = part('/styles');
    this.sharedStringsPath = part('/sharedStrings');
  }

  listSheets(): SheetInfo[] {
    return this.sheets
      .filter((s) => s.kind === 'worksheet')
      .map((s) => (s.owned ? { name: s.name, owned: s.owned } : { name: s.name }));
  }

  readSheet(name: string, options?: { readonly maxRows?: number }): SheetData {
    const sheet = this.sheets.find((s) => s.kind === 'worksheet' && s.name === name);
    if (!sheet) throw new XlsxError('sheet-not-found', `no worksheet named "${name}"`);
    const entry = sheet.part ? this.zip.raw(sheet.part) : undefined;
    if (!entry) throw new XlsxError('corrupt', `the part of sheet "${name}" is missing`);
    const { sst, numFmts } = this.lookups();
    const maxRows = options?.maxRows;
    const scan = (buf: Uint8Array): ScanResult => scanSheet(buf, { sharedStrings: sst, numFmts, maxRows });
    if (maxRows !== undefined && entry.method === 8) {
      // Inflate a growing prefix only: header detection needs the first rows, not the whole sheet.
      for (let n = 1 << 16; n < entry.data.length; n *= 4) {
        const part = inflateRawPrefix(entry.data, n);
        if (!part) break;
        const r = scan(part);
        if (r.status !== 'truncated') return { name, rows: r.rows };
      }
    }
    const bytes = inflateEntry(entry);
    const r = scan(bytes);
    if (r.status === 'truncated') throw new XlsxError('corrupt', `the XML of sheet "${name}" is incomplete`);
    if (maxRows === undefined && sheet.part) this.kept.set(sheet.part, bytes);
    return { name, rows: r.rows };
  }

  partBytes(path: string): Uint8Array {
    const kept = this.kept.get(path);
    if (!kept) return this.zip.bytes(path);
    this.kept.delete(path);
    return kept;
  }

  releasePartBytes(): void {
    this.kept.clear();
  }

  private lookups(): { sst: string[]; numFmts: Array<string | undefined> } {
    if (!this.cache) {
      const sstPath = this.sharedStringsPath;
      this.cache = {
        sst: readSharedStrings(sstPath && this.zip.has(sstPath) ? this.zip.bytes(sstPath) : undefined),
        numFmts: readNumFmtsByStyle(this.stylesPath && this.zip.has(this.stylesPath) ? this.zip.text(this.stylesPath) : undefined),
      };
    }
    return this.cache;
  }
}
