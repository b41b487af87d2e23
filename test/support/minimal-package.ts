/** Hand-written minimal .xlsx packages, for reader cases exceljs never writes (no `r` attributes, inline strings…). */
import { writeZip } from '../../src/xlsx/zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A one-sheet package whose worksheet `<sheetData>` content, shared strings and styles are given verbatim. */
export function minimalPackage(options: { sheetData: string; sharedStrings?: string; cellXfs?: string; numFmts?: string; sheetName?: string; absoluteTargets?: boolean }): Buffer {
  const t = options.absoluteTargets ? '/xl/' : '';
  const files: Array<[string, string]> = [
    [
      '[Content_Types].xml',
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ],
    ['_rels/.rels', `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      'xl/workbook.xml',
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${options.sheetName ?? 'Sheet1'}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="${t}worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="${t}sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="${t}styles.xml"/></Relationships>`,
    ],
    ['xl/worksheets/sheet1.xml', `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${options.sheetData}</sheetData></worksheet>`],
    ['xl/sharedStrings.xml', `${HEAD}<sst xmlns="${MAIN}">${options.sharedStrings ?? ''}</sst>`],
    [
      'xl/styles.xml',
      `${HEAD}<styleSheet xmlns="${MAIN}">${options.numFmts ?? ''}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellXfs>${options.cellXfs ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'}</cellXfs></styleSheet>`,
    ],
  ];
  return Buffer.from(writeZip(files.map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') }))));
}
