/**
 * Test helper: adds a real bar chart and a pivot table to an exceljs-written workbook, through ChiTieu's own
 * zip writer, so tests can check that charts and pivot tables survive a checked write byte for byte.
 */
import { openWorkbook } from '../../src/xlsx/read-workbook';
import { relsPathOf } from '../../src/xlsx/read-package';
import type { ZipWriteEntry } from '../../src/xlsx/zip';
import { readZip, writeZip } from '../../src/xlsx/zip';
import { escapeAttr, escapeText } from '../../src/xlsx/xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = 'application/vnd.openxmlformats-officedocument';

/** The parts this helper adds, so tests can compare them after a write. */
export const CHART_AND_PIVOT_PARTS = [
  'xl/drawings/drawing1.xml',
  'xl/drawings/_rels/drawing1.xml.rels',
  'xl/charts/chart1.xml',
  'xl/pivotCache/pivotCacheDefinition1.xml',
  'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
  'xl/pivotCache/pivotCacheRecords1.xml',
  'xl/pivotTables/pivotTable1.xml',
  'xl/pivotTables/_rels/pivotTable1.xml.rels',
];

const rels = (list: Array<[string, string, string]>): string =>
  `${HEAD}<Relationships xmlns="${PKG_REL}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`;

/**
 * Adds a clustered bar chart and a pivot table over the sheet's table: a header in row 1, category text in
 * column A and numbers in column B from row 2 down to the first blank A cell. The pivot table sits at G1.
 */
export function addChartAndPivot(xlsx: Buffer, sheetName: string): Buffer {
  const wb = openWorkbook(xlsx);
  const sheet = wb.sheets.find((s) => s.name === sheetName);
  if (!sheet?.part) throw new Error(`no sheet ${sheetName}`);
  const rows = wb.readSheet(sheetName).rows;
  const items: Array<[string, number]> = [];
  for (let r = 1; rows[r]?.[0]; r++) items.push([String(rows[r]?.[0]?.value), Number(rows[r]?.[1]?.value ?? 0)]);
  const header = [String(rows[0]?.[0]?.value ?? 'Category'), String(rows[0]?.[1]?.value ?? 'Value')];
  const last = items.length + 1;
  const q = `'${sheetName.replace(/'/g, "''")}'`;
  const drawing =
    `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    '<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
    '<xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>24</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
  const strCache = items.map(([t], k) => `<c:pt idx="${k}"><c:v>${escapeText(t)}</c:v></c:pt>`).join('');
  const numCache = items.map(([, v], k) => `<c:pt idx="${k}"><c:v>${v}</c:v></c:pt>`).join('');
  const axis = (tag: string, id: number, cross: number, pos: string): string =>
    `<c:${tag}><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/><c:crossAx val="${cross}"/></c:${tag}>`;
  const chart =
    `${HEAD}<c:chartSpace xmlns:c="${C}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>${escapeText(q)}!$B$1</c:f></c:strRef></c:tx>` +
    `<c:cat><c:strRef><c:f>${escapeText(q)}!$A$2:$A$${last}</c:f><c:strCache><c:ptCount val="${items.length}"/>${strCache}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeText(q)}!$B$2:$B$${last}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${items.length}"/>${numCache}</c:numCache></c:numRef></c:val></c:ser>` +
    `<c:axId val="111"/><c:axId val="222"/></c:barChart>${axis('catAx', 111, 222, 'b')}${axis('valAx', 222, 111, 'l')}` +
    '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';
  const cacheDef =
    `${HEAD}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="${items.length}">` +
    `<cacheSource type="worksheet"><worksheetSource ref="A1:B${last}" sheet="${escapeAttr(sheetName)}"/></cacheSource><cacheFields count="2">` +
    `<cacheField name="${escapeAttr(header[0])}" numFmtId="0"><sharedItems count="${items.length}">${items.map(([t]) => `<s v="${escapeAttr(t)}"/>`).join('')}</sharedItems></cacheField>` +
    `<cacheField name="${escapeAttr(header[1])}" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="${Math.min(...items.map((i) => i[1]))}" maxValue="${Math.max(...items.map((i) => i[1]))}"/></cacheField>` +
    '</cacheFields></pivotCacheDefinition>';
  const records = `${HEAD}<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${REL}" count="${items.length}">${items.map(([, v], k) => `<r><x v="${k}"/><n v="${v}"/></r>`).join('')}</pivotCacheRecords>`;
  const pivot =
    `${HEAD}<pivotTableDefinition xmlns="${MAIN}" name="PivotTable1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1">` +
    `<location ref="G1:H${items.length + 2}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2">` +
    `<pivotField axis="axisRow" showAll="0"><items count="${items.length + 1}">${items.map((_i, k) => `<item x="${k}"/>`).join('')}<item t="default"/></items></pivotField>` +
    '<pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields>' +
    `<rowItems count="${items.length + 1}">${items.map((_i, k) => (k === 0 ? '<i><x/></i>' : `<i><x v="${k}"/></i>`)).join('')}<i t="grand"><x/></i></rowItems>` +
    `<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="${escapeAttr(`Sum of ${header[1]}`)}" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;

  const zip = readZip(xlsx);
  const sheetRelsPath = relsPathOf(sheet.part);
  const sheetRels = zip.has(sheetRelsPath) ? zip.text(sheetRelsPath) : rels([]);
  const changed = new Map<string, string>();
  changed.set(sheetRelsPath, sheetRels.replace('</Relationships>', `<Relationship Id="rIdChart9" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rIdPivot9" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>`));
  const ws = zip.text(sheet.part);
  const before = ['<legacyDrawing', '<tableParts', '<extLst', '</worksheet>'].map((t) => ws.indexOf(t)).filter((i) => i >= 0);
  const at = Math.min(...before);
  changed.set(sheet.part, `${ws.slice(0, at)}<drawing r:id="rIdChart9"/>${ws.slice(at)}`);
  const wbXml = wb.workbookXml;
  const pc = '<pivotCaches><pivotCache cacheId="1" r:id="rIdPivotCache9"/></pivotCaches>';
  const afterCalc = /<calcPr[^>]*\/>/.exec(wbXml);
  changed.set(wb.workbookPath, afterCalc ? wbXml.replace(afterCalc[0], afterCalc[0] + pc) : wbXml.replace('</workbook>', `${pc}</workbook>`));
  changed.set(wb.workbookRelsPath, zip.text(wb.workbookRelsPath).replace('</Relationships>', `<Relationship Id="rIdPivotCache9" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>`));
  const overrides = [
    ['xl/drawings/drawing1.xml', `${CT}.drawing+xml`],
    ['xl/charts/chart1.xml', `${CT}.drawingml.chart+xml`],
    ['xl/pivotCache/pivotCacheDefinition1.xml', `${CT}.spreadsheetml.pivotCacheDefinition+xml`],
    ['xl/pivotCache/pivotCacheRecords1.xml', `${CT}.spreadsheetml.pivotCacheRecords+xml`],
    ['xl/pivotTables/pivotTable1.xml', `${CT}.spreadsheetml.pivotTable+xml`],
  ];
  changed.set('[Content_Types].xml', zip.text('[Content_Types].xml').replace('</Types>', overrides.map(([p, t]) => `<Override PartName="/${p}" ContentType="${t}"/>`).join('') + '</Types>'));
  const added: Array<[string, string]> = [
    ['xl/drawings/drawing1.xml', drawing],
    ['xl/drawings/_rels/drawing1.xml.rels', rels([['rId1', 'chart', '../charts/chart1.xml']])],
    ['xl/charts/chart1.xml', chart],
    ['xl/pivotCache/pivotCacheDefinition1.xml', cacheDef],
    ['xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', rels([['rId1', 'pivotCacheRecords', 'pivotCacheRecords1.xml']])],
    ['xl/pivotCache/pivotCacheRecords1.xml', records],
    ['xl/pivotTables/pivotTable1.xml', pivot],
    ['xl/pivotTables/_rels/pivotTable1.xml.rels', rels([['rId1', 'pivotCacheDefinition', '../pivotCache/pivotCacheDefinition1.xml']])],
  ];
  if (!zip.has(sheetRelsPath)) added.push([sheetRelsPath, changed.get(sheetRelsPath) as string]);
  const entries: ZipWriteEntry[] = zip.entries().map((raw) => {
    const text = changed.get(raw.name);
    return text === undefined ? { name: raw.name, raw } : { name: raw.name, data: Buffer.from(text, 'utf8') };
  });
  for (const [name, text] of added) entries.push({ name, data: Buffer.from(text, 'utf8') });
  return Buffer.from(writeZip(entries));
}
