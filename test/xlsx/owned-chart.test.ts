import ExcelJS from 'exceljs';
import { openWorkbook } from '../../src/xlsx/read-workbook';
import { writeCheckedWorkbook } from '../../src/xlsx/write-workbook';
import type { ZipArchive } from '../../src/xlsx/zip';
import { readZip } from '../../src/xlsx/zip';
import { CHART_AND_PIVOT_PARTS, addChartAndPivot } from '../support/add-chart-and-pivot';
import { buildSampleWorkbook } from '../support/sample-workbook';
import { summaryModelWithChart, validationModel } from '../support/sheet-models';
import { sameBytes } from '../support/same-bytes';

const change = { sheets: [validationModel(), summaryModelWithChart()], flags: [] };
const DRAWING_CT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_CT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** The chart and drawing parts in a package. */
const drawingParts = (zip: ZipArchive): string[] => zip.names().filter((n) => /^xl\/(charts|drawings)\//.test(n)).sort();

/** Each series of a chart part: name, colour, value reference and cached values. */
function seriesOf(chartXml: string): Array<{ name: string; color: string; ref: string; values: string[] }> {
  return [...chartXml.matchAll(/<c:ser>(.*?)<\/c:ser>/g)].map(([, ser]) => ({
    name: /<c:tx><c:v>(.*?)<\/c:v><\/c:tx>/.exec(ser)![1],
    color: /<a:srgbClr val="(\w+)"/.exec(ser)![1],
    ref: /<c:val><c:numRef><c:f>(.*?)<\/c:f>/.exec(ser)![1],
    values: [...ser.split('<c:val>')[1].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]),
  }));
}

/** A workbook that already has the user's chart (chart1, drawing1) and pivot table on a sheet. */
async function workbookWithUserChart(): Promise<Buffer> {
  const wbx = new ExcelJS.Workbook();
  wbx.addWorksheet('Số liệu').addRows([['Lĩnh vực', 'Số chỉ tiêu'], ['Kinh tế', 11], ['Môi trường', 4]]);
  return addChartAndPivot(Buffer.from(await wbx.xlsx.writeBuffer()), 'Số liệu');
}

describe('the summary chart in the written package', () => {
  it('starts the chart on a printed page of its own (a manual row break just above its anchor)', async () => {
    const wb = openWorkbook(writeCheckedWorkbook(openWorkbook(await buildSampleWorkbook()), change).bytes);
    const sheetXml = wb.zip.text(wb.sheets.find((s) => s.owned === 'summary')!.part!);
    const anchorRow = Number(/\d+/.exec(summaryModelWithChart().chart!.anchor)![0]);
    expect(sheetXml).toContain(`<rowBreaks count="1" manualBreakCount="1"><brk id="${anchorRow - 1}" max="16383" man="1"/></rowBreaks><drawing `);
  });

  it('links sheet → drawing → chart with relationships and content types', async () => {
    const wb = openWorkbook(writeCheckedWorkbook(openWorkbook(await buildSampleWorkbook()), change).bytes);
    const zip = wb.zip;
    const sheetPart = wb.sheets.find((s) => s.owned === 'summary')!.part!;
    const sheetXml = zip.text(sheetPart);
    expect(sheetXml).toMatch(/<pageSetup [^>]*\/><rowBreaks [^>]*>.*<\/rowBreaks><drawing r:id="rId1"\/><\/worksheet>$/);
    expect(zip.text(sheetPart.replace('worksheets/', 'worksheets/_rels/') + '.rels')).toContain('relationships/drawing" Target="../drawings/drawing1.xml"');
    expect(zip.text('xl/drawings/_rels/drawing1.xml.rels')).toContain('relationships/chart" Target="../charts/chart1.xml"');
    expect(zip.text('xl/drawings/drawing1.xml')).toContain('<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>7</xdr:row>');
    const types = zip.text('[Content_Types].xml');
    expect(types).toContain(`<Override PartName="/xl/drawings/drawing1.xml" ContentType="${DRAWING_CT}"/>`);
    expect(types).toContain(`<Override PartName="/xl/charts/chart1.xml" ContentType="${CHART_CT}"/>`);
    expect(wb.sheets.find((s) => s.owned === 'validation')!.part).toBeDefined();
    expect(zip.has(wb.sheets.find((s) => s.owned === 'validation')!.part!.replace('worksheets/', 'worksheets/_rels/') + '.rels')).toBe(false);
  });

  it('draws stacked bars: one series per band with its colour, referencing the table with cached values', async () => {
    const zip = readZip(writeCheckedWorkbook(openWorkbook(await buildSampleWorkbook()), change).bytes);
    const chart = zip.text('xl/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(chart).toContain('<a:t>Kết quả thực hiện chỉ tiêu theo lĩnh vực</a:t>');
    expect(seriesOf(chart)).toEqual([
      { name: 'Vượt', color: '2E7D32', ref: "'Tổng hợp'!$B$3:$B$5", values: ['3', '0', '2'] },
      { name: 'Đạt', color: '66BB6A', ref: "'Tổng hợp'!$C$3:$C$5", values: ['1', '4', '0'] },
      { name: '&lt;50 %', color: 'E53935', ref: "'Tổng hợp'!$D$3:$D$5", values: ['2', '1', '0'] },
    ]);
    expect(chart).toContain(`<c:f>'Tổng hợp'!$A$3:$A$5</c:f><c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>Kinh tế</c:v></c:pt><c:pt idx="1"><c:v>Văn hóa – Xã hội &amp; &lt;Y tế&gt;</c:v></c:pt>`);
  });

  it('refers to the sheet by the name it was given when the user already has a “Tổng hợp”', async () => {
    const out = writeCheckedWorkbook(openWorkbook(await buildSampleWorkbook({ userSummarySheet: true })), change);
    expect(out.names.summary).toBe('Tổng hợp (2)');
    expect(readZip(out.bytes).text('xl/charts/chart1.xml')).toContain("<c:f>'Tổng hợp (2)'!$B$3:$B$5</c:f>");
  });

  it('takes free part names beside the user’s chart, and leaves the user’s chart and pivot table byte for byte', async () => {
    const input = await workbookWithUserChart();
    const before = readZip(input);
    const after = readZip(writeCheckedWorkbook(openWorkbook(input), change).bytes);
    expect(drawingParts(after)).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/drawings/_rels/drawing2.xml.rels', 'xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml']);
    for (const part of CHART_AND_PIVOT_PARTS) expect([part, sameBytes(after.raw(part)!.data, before.raw(part)!.data)]).toEqual([part, true]);
    expect(after.text('xl/drawings/_rels/drawing2.xml.rels')).toContain('Target="../charts/chart2.xml"');
    expect(seriesOf(after.text('xl/charts/chart2.xml'))).toHaveLength(3);
  });

  it('replaces its chart on a re-run and removes it with its sheet, never touching the user’s', async () => {
    const first = writeCheckedWorkbook(openWorkbook(await workbookWithUserChart()), change);
    const second = writeCheckedWorkbook(openWorkbook(first.bytes), change);
    const a = readZip(first.bytes);
    const b = readZip(second.bytes);
    expect(b.names().sort()).toEqual(a.names().sort());
    expect(b.text('xl/charts/chart2.xml')).toBe(a.text('xl/charts/chart2.xml'));
    expect(b.text('[Content_Types].xml').match(/drawingml\.chart\+xml/g)).toHaveLength(2);
    const withoutChart = { ...summaryModelWithChart(), chart: undefined };
    const third = readZip(writeCheckedWorkbook(openWorkbook(second.bytes), { sheets: [withoutChart], flags: [] }).bytes);
    expect(drawingParts(third)).toEqual(['xl/charts/chart1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/drawings/drawing1.xml']);
    expect(third.text('[Content_Types].xml')).not.toContain('/xl/charts/chart2.xml');
    for (const part of CHART_AND_PIVOT_PARTS) expect([part, sameBytes(third.raw(part)!.data, readZip(first.bytes).raw(part)!.data)]).toEqual([part, true]);
  });
});
