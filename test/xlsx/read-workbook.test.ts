import { openWorkbook } from '../../src/xlsx/read-workbook';
import { readZip, writeZip } from '../../src/xlsx/zip';
import { minimalPackage } from '../support/minimal-package';
import { NFD_TEXT, buildSampleWorkbook } from '../support/sample-workbook';

describe('openWorkbook / readSheet', () => {
  it('reads values, number formats, formulas, errors and shared strings (rich text, NFD) exactly', async () => {
    const wb = openWorkbook(await buildSampleWorkbook({ userSummarySheet: true }));
    expect(wb.listSheets()).toEqual([{ name: 'Dữ liệu' }, { name: 'Tổng hợp' }]);
    const { name, rows } = wb.readSheet('Dữ liệu');
    expect(name).toBe('Dữ liệu');
    expect(rows[0]?.[0]?.value).toBe('BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU');
    expect(rows[0]?.[1]).toBeUndefined();
    expect(rows[2]).toBeUndefined();
    expect(rows[3]?.map((c) => c?.value)).toEqual(['STT', 'Mã', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện']);
    expect(rows[4]?.[5]).toEqual({ value: 0.0725, numFmt: '0.00%' });
    expect(rows[4]?.[0]).toEqual({ value: 1 });
    expect(rows[5]?.[2]?.value).toBe(NFD_TEXT);
    expect(rows[5]?.[2]?.value).not.toBe(NFD_TEXT.normalize('NFC'));
    expect(rows[6]?.[2]?.value).toBe('Thu ngân sách & <phí>');
    expect(rows[6]?.[5]).toEqual({ value: 5840.25, numFmt: '#,##0.00' });
    expect(rows[7]?.[2]?.value).toBe('Chỉ tiêu in đậm');
    expect(rows[7]?.[4]).toEqual({ value: 9000, formula: 'E7*2' });
    expect(rows[7]?.[5]).toEqual({ value: { error: '#DIV/0!' }, formula: '1/0' });
    expect(rows[8]?.[2]?.value).toBe('=không phải công thức');
    expect(rows[8]?.[2]?.formula).toBeUndefined();
    expect(rows[8]?.[3]?.value).toBe(true);
  });

  it('stops after maxRows', async () => {
    const wb = openWorkbook(await buildSampleWorkbook());
    expect(wb.readSheet('Dữ liệu', { maxRows: 4 }).rows.length).toBe(4);
    expect(wb.readSheet('Dữ liệu', { maxRows: 30 }).rows.length).toBe(9);
  });

  it('reads a large sheet’s first rows from a partial inflate', () => {
    const rows = Array.from({ length: 20000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r * 7}</v></c><c r="B${r + 1}" t="inlineStr"><is><t>dòng ${r}</t></is></c></row>`);
    const wb = openWorkbook(minimalPackage({ sheetData: rows.join('') }));
    const head = wb.readSheet('Sheet1', { maxRows: 30 });
    expect(head.rows.length).toBe(30);
    expect(head.rows[29]?.[1]?.value).toBe('dòng 29');
    expect(wb.readSheet('Sheet1').rows.length).toBe(20000);
  });

  it('handles missing r attributes, inline strings, str/b/e/d types, entities, _x escapes and shared formulas', () => {
    const wb = openWorkbook(
      minimalPackage({
        absoluteTargets: true,
        numFmts: '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>',
        cellXfs: '<xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="3"/>',
        sharedStrings:
          '<si><t xml:space="preserve"> a &amp; b </t></si><si><r><rPr><b/></rPr><t>Giá</t></r><r><t xml:space="preserve"> trị</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si><si><t>A_x000D_B&#x1EA0;&#7841;</t></si>',
        sheetData:
          '<row><c s="1"><v>0.5</v></c><c s="2"><v>-1.25E-3</v></c><c t="s"><v>0</v></c></row>' +
          '<row><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>' +
          '<row r="5"><c r="B5" t="str"><f>A1&amp;"x"</f><v>0.5x</v></c><c r="C5" t="b"><v>0</v></c><c r="D5" t="e"><v>#N/A</v></c><c r="E5" t="d"><v>2024-06-30T00:00:00</v></c><c r="F5" s="3"/></row>' +
          '<row r="6"><c r="A6"><f t="shared" ref="A6:A8" si="0">$B$1+B6*2</f><v>1</v></c></row>' +
          '<row r="7"><c r="A7"><f t="shared" si="0"/><v>2</v></c><c r="B7"><f>SUM(\'My sheet\'!A1:A3,"B7")</f><v>3</v></c></row>',
      }),
    );
    const rows = wb.readSheet('Sheet1').rows;
    expect(rows[0]).toEqual([{ value: 0.5, numFmt: '0%' }, { value: -0.00125, numFmt: '0.0%' }, { value: ' a & b ' }]);
    expect(rows[1]?.map((c) => c?.value)).toEqual(['Giá trị', 'A\rBẠạ', 'inline']);
    expect(rows[2]).toBeUndefined();
    expect(rows[4]?.[1]).toEqual({ value: '0.5x', formula: 'A1&"x"' });
    expect(rows[4]?.[2]?.value).toBe(false);
    expect(rows[4]?.[3]?.value).toEqual({ error: '#N/A' });
    expect(rows[4]?.[4]?.value).toBe('2024-06-30T00:00:00');
    expect(rows[4]?.[5]).toBeUndefined();
    expect(rows[5]?.[0]?.formula).toBe('$B$1+B6*2');
    expect(rows[6]?.[0]).toEqual({ value: 2, formula: '$B$1+B7*2' });
    expect(rows[6]?.[1]?.formula).toBe('SUM(\'My sheet\'!A1:A3,"B7")');
  });

  it('reads an `x:`-prefixed worksheet', () => {
    const zip = minimalPackage({ sheetData: '' });
    const z = readZip(zip);
    const prefixed =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="C2"><x:v>42</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const out = writeZip(z.entries().map((raw) => (raw.name === 'xl/worksheets/sheet1.xml' ? { name: raw.name, data: Buffer.from(prefixed) } : { name: raw.name, raw })));
    expect(openWorkbook(out).readSheet('Sheet1').rows[1]?.[2]?.value).toBe(42);
  });

  it('rejects legacy .xls, encrypted packages, non-zips and zips without a workbook', () => {
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expect(() => openWorkbook(ole)).toThrow(expect.objectContaining({ code: 'legacy-xls' }));
    Buffer.from('EncryptionInfo', 'utf16le').copy(ole, 1024);
    expect(() => openWorkbook(ole)).toThrow(expect.objectContaining({ code: 'encrypted' }));
    expect(() => openWorkbook(Buffer.from('a,b,c\n1,2,3\n'))).toThrow(expect.objectContaining({ code: 'not-a-workbook' }));
    const zipOnly = writeZip([{ name: 'readme.txt', data: Buffer.from('hello') }]);
    expect(() => openWorkbook(zipOnly)).toThrow(expect.objectContaining({ code: 'not-a-workbook' }));
    expect(() => openWorkbook(minimalPackage({ sheetData: '' })).readSheet('Nope')).toThrow(expect.objectContaining({ code: 'sheet-not-found' }));
  });
});

describe('the sheet XML kept from a whole read', () => {
  it('is handed over once to the writer (no second inflate), and release drops it', async () => {
    const wb = openWorkbook(await buildSampleWorkbook({ userSummarySheet: true }));
    const part = wb.sheets.find((s) => s.name === 'Dữ liệu')!.part!;
    const fresh = wb.zip.bytes(part);
    wb.readSheet('Dữ liệu');
    const kept = wb.partBytes(part);
    expect(Buffer.from(kept).equals(Buffer.from(fresh))).toBe(true);
    expect(wb.partBytes(part)).not.toBe(kept);
    wb.readSheet('Dữ liệu');
    wb.releasePartBytes();
    const after = wb.partBytes(part);
    expect(after).not.toBe(kept);
    expect(Buffer.from(after).equals(Buffer.from(fresh))).toBe(true);
  });
});
