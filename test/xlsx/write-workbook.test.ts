import ExcelJS from 'exceljs';
import { openWorkbook } from '../../src/xlsx/read-workbook';
import { writeCheckedWorkbook } from '../../src/xlsx/write-workbook';
import type { ZipArchive } from '../../src/xlsx/zip';
import { readZip, writeZip } from '../../src/xlsx/zip';
import { CHART_AND_PIVOT_PARTS, addChartAndPivot } from '../support/add-chart-and-pivot';
import { buildSampleWorkbook } from '../support/sample-workbook';
import { sampleFlags, summaryModel, validationModel } from '../support/sheet-models';
import { sameBytes } from '../support/same-bytes';

const OWNED_PARTS = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']);
const both = { sheets: [validationModel(), summaryModel()], flags: [] };

/** Names of entries whose stored bytes differ between two archives (entries of `a` only). */
function changedEntries(a: ZipArchive, b: ZipArchive): string[] {
  return a.names().filter((n) => !b.has(n) || !sameBytes(b.raw(n)!.data, a.raw(n)!.data));
}

describe('writeCheckedWorkbook', () => {
  it('appends owned sheets that are recognised on re-read, beside a user sheet of the same name', async () => {
    const input = await buildSampleWorkbook({ userSummarySheet: true });
    const out = writeCheckedWorkbook(openWorkbook(input), both);
    expect(out.names).toEqual({ validation: 'Kiểm tra', summary: 'Tổng hợp (2)' });
    const wb = openWorkbook(out.bytes);
    expect(wb.listSheets()).toEqual([
      { name: 'Dữ liệu' },
      { name: 'Tổng hợp' },
      { name: 'Kiểm tra', owned: 'validation' },
      { name: 'Tổng hợp (2)', owned: 'summary' },
    ]);
    const v = wb.readSheet('Kiểm tra').rows;
    expect(v[3]?.[3]?.value).toBe('=1/0 & <không hợp lệ>');
    expect(v[3]?.[3]?.formula).toBeUndefined();
    expect(v[4]?.[1]).toEqual({ value: 0.705, numFmt: '0.0%' });
    expect(wb.readSheet('Tổng hợp').rows[0]?.[0]?.value).toBe('Bảng của người dùng');
    const before = readZip(input);
    expect(changedEntries(before, wb.zip).filter((n) => !OWNED_PARTS.has(n))).toEqual([]);
  });

  it('replaces its owned sheets on a re-run without growing styles or sheet count', async () => {
    const first = writeCheckedWorkbook(openWorkbook(await buildSampleWorkbook({ userSummarySheet: true })), { ...both, flags: [sampleFlags()] });
    const second = writeCheckedWorkbook(openWorkbook(first.bytes), { ...both, flags: [sampleFlags()] });
    expect(second.names).toEqual(first.names);
    const a = openWorkbook(first.bytes);
    const b = openWorkbook(second.bytes);
    expect(b.listSheets()).toEqual(a.listSheets());
    expect(b.zip.text('xl/styles.xml')).toBe(a.zip.text('xl/styles.xml'));
    expect(b.zip.text('xl/worksheets/sheet1.xml')).toBe(a.zip.text('xl/worksheets/sheet1.xml'));
    expect(b.zip.names().length).toBe(a.zip.names().length);
    expect(b.workbookXml.match(/_ChiTieu_Owned/g)?.length).toBe(2);
    const third = writeCheckedWorkbook(b, { sheets: [summaryModel('Summary')], flags: [] });
    expect(openWorkbook(third.bytes).listSheets().map((s) => s.name)).toEqual(['Dữ liệu', 'Tổng hợp', 'Kiểm tra', 'Summary']);
  });

  it('adds flags as owned conditional formats and clearing them restores the sheet exactly', async () => {
    const input = await buildSampleWorkbook();
    const original = readZip(input).text('xl/worksheets/sheet1.xml');
    const flagged = writeCheckedWorkbook(openWorkbook(input), { sheets: [], flags: [sampleFlags()] });
    const sheet = readZip(flagged.bytes).text('xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<conditionalFormatting sqref="F5:F7"><cfRule type="expression" dxfId="0" priority="1"><formula>"ChiTieu.flag.critical"&lt;&gt;""</formula>');
    expect(sheet).toContain('sqref="F8"');
    expect(sheet).not.toContain('ChiTieu.flag.unassessed');
    expect(sheet.indexOf('</mergeCells><conditionalFormatting')).toBeGreaterThan(0);
    expect(sheet.replace(/<conditionalFormatting[^]*?<\/conditionalFormatting>/g, '')).toBe(original);
    const cleared = writeCheckedWorkbook(openWorkbook(flagged.bytes), { sheets: [], flags: [], clearFlagsOn: ['Dữ liệu'] });
    expect(readZip(cleared.bytes).text('xl/worksheets/sheet1.xml')).toBe(original);
    const changed = writeCheckedWorkbook(openWorkbook(flagged.bytes), { sheets: [], flags: [{ sheet: 'Dữ liệu', cells: { critical: [], warning: ['E5'], unassessed: [] } }] });
    const text = readZip(changed.bytes).text('xl/worksheets/sheet1.xml');
    expect(text.match(/<conditionalFormatting/g)?.length).toBe(1);
    expect(text).toContain('<conditionalFormatting sqref="E5"><cfRule type="expression" dxfId="1" priority="1">');
  });

  it('keeps the user’s own conditional formats and gives its rules higher priority numbers', async () => {
    const wbx = new ExcelJS.Workbook();
    const ws = wbx.addWorksheet('Dữ liệu');
    ws.addRows([['Thực hiện'], [1], [2], [3]]);
    ws.addConditionalFormatting({ ref: 'A2:A4', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['1'], priority: 7, style: { font: { bold: true } } }] });
    const input = Buffer.from(await wbx.xlsx.writeBuffer());
    const original = readZip(input).text('xl/worksheets/sheet1.xml');
    const out = writeCheckedWorkbook(openWorkbook(input), { sheets: [], flags: [{ sheet: 'Dữ liệu', cells: { critical: ['A2'], warning: [], unassessed: ['A3', 'A4'] } }] });
    const text = readZip(out.bytes).text('xl/worksheets/sheet1.xml');
    const userPriority = Number(/priority="(\d+)"/.exec(original)?.[1]);
    expect(text).toContain(`sqref="A2"><cfRule type="expression" dxfId="1" priority="${userPriority + 1}"`);
    expect(text).toContain(`sqref="A3:A4"><cfRule type="expression" dxfId="3" priority="${userPriority + 2}"`);
    const cleared = writeCheckedWorkbook(openWorkbook(out.bytes), { sheets: [], flags: [], clearFlagsOn: ['Dữ liệu'] });
    expect(readZip(cleared.bytes).text('xl/worksheets/sheet1.xml')).toBe(original);
  });

  it('keeps a chart and a pivot table byte for byte', async () => {
    const wbx = new ExcelJS.Workbook();
    wbx.addWorksheet('Số liệu').addRows([['Lĩnh vực', 'Số chỉ tiêu'], ['Kinh tế', 11], ['Văn hóa – Xã hội', 9], ['Môi trường', 4]]);
    const input = addChartAndPivot(Buffer.from(await wbx.xlsx.writeBuffer()), 'Số liệu');
    const before = readZip(input);
    const out = writeCheckedWorkbook(openWorkbook(input), { ...both, flags: [{ sheet: 'Số liệu', cells: { critical: ['B4'], warning: [], unassessed: [] } }] });
    const after = readZip(out.bytes);
    for (const part of CHART_AND_PIVOT_PARTS) expect(sameBytes(after.raw(part)!.data, before.raw(part)!.data)).toBe(true);
    expect(changedEntries(before, after).filter((n) => !OWNED_PARTS.has(n))).toEqual(['xl/worksheets/sheet1.xml']);
    expect(after.text('xl/workbook.xml')).toContain('<pivotCaches><pivotCache cacheId="1" r:id="rIdPivotCache9"/></pivotCaches>');
    expect(after.text('xl/worksheets/sheet1.xml')).toContain('<drawing r:id="rIdChart9"/>');
  });

  it('keeps a VBA project and the macro-enabled content type', async () => {
    const zip = readZip(await buildSampleWorkbook());
    const vba = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const ct = zip
      .text('[Content_Types].xml')
      .replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    const rels = zip.text('xl/_rels/workbook.xml.rels').replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>');
    const xlsm = writeZip([
      ...zip.entries().map((raw) =>
        raw.name === '[Content_Types].xml' ? { name: raw.name, data: Buffer.from(ct) } : raw.name === 'xl/_rels/workbook.xml.rels' ? { name: raw.name, data: Buffer.from(rels) } : { name: raw.name, raw },
      ),
      { name: 'xl/vbaProject.bin', data: vba },
    ]);
    const out = readZip(writeCheckedWorkbook(openWorkbook(xlsm), both).bytes);
    expect(sameBytes(out.bytes('xl/vbaProject.bin'), vba)).toBe(true);
    expect(sameBytes(out.raw('xl/vbaProject.bin')!.data, readZip(xlsm).raw('xl/vbaProject.bin')!.data)).toBe(true);
    expect(out.text('[Content_Types].xml')).toContain('ms-excel.sheet.macroEnabled.main+xml');
    expect(out.text('xl/_rels/workbook.xml.rels')).toContain('Target="vbaProject.bin"');
  });

  it('writes a package exceljs can read back, with text that looks like a formula kept as text', async () => {
    const out = writeCheckedWorkbook(openWorkbook(await buildSampleWorkbook({ userSummarySheet: true })), { ...both, flags: [sampleFlags()] });
    const wbx = new ExcelJS.Workbook();
    await wbx.xlsx.load(out.bytes as unknown as ArrayBuffer);
    const v = wbx.getWorksheet('Kiểm tra');
    expect(v?.getCell('A1').value).toBe('KIỂM TRA SỐ LIỆU: 1 lỗi');
    expect(v?.getCell('D4').value).toBe('=1/0 & <không hợp lệ>');
    expect(v?.getCell('D4').type).toBe(ExcelJS.ValueType.String);
    expect(v?.getCell('B5').value).toBe(0.705);
    expect(v?.getCell('B5').numFmt).toBe('0.0%');
    expect(v?.getCell('A1').font?.name).toBe('Times New Roman');
    expect(wbx.getWorksheet('Tổng hợp (2)')?.getCell('B2').value).toBe(4);
    expect(wbx.getWorksheet('Dữ liệu')?.getCell('F5').value).toBe(0.0725);
  });

  it('refuses to flag a sheet that does not exist', async () => {
    const wb = openWorkbook(await buildSampleWorkbook());
    expect(() => writeCheckedWorkbook(wb, { sheets: [], flags: [sampleFlags('Không có')] })).toThrow(expect.objectContaining({ code: 'sheet-not-found' }));
  });
});
