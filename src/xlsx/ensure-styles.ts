/**
 * The styles part is optional in SpreadsheetML, and some writers leave it out or write an empty one. ChiTieu's owned
 * sheets and flags need one, so such a workbook gets a minimal styles part instead of being refused; nothing is lost,
 * because an absent or empty part held no style.
 */
import { XlsxError } from './errors';
import type { XlsxWorkbook } from './read-workbook';
import { children, findElement } from './xml';

/** Content type of a styles part. */
export const STYLES_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** Relationship type of a styles part. */
export const STYLES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';

/** A styles part with the defaults every reader assumes: one font, the two required fills, one border, one cell format. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Where the styles live and their XML; `created` when the package had no styles part and one must be added. */
export interface StylesSource {
  readonly path: string;
  readonly xml: string;
  readonly created: boolean;
}

/** True when a styles part holds no style at all (no bytes, or a styleSheet without children). */
function isEmptyStyles(xml: string): boolean {
  if (xml.trim() === '') return true;
  const root = findElement(xml, 'styleSheet');
  if (!root) throw new XlsxError('cannot-preserve', 'styles.xml has no styleSheet element');
  return children(xml, root.contentStart, root.contentEnd).length === 0;
}

/** The workbook's styles part, an empty one replaced by the minimal part, or a new part when there is none. */
export function stylesSource(wb: XlsxWorkbook): StylesSource {
  if (wb.stylesPath && wb.zip.has(wb.stylesPath)) {
    const xml = wb.zip.text(wb.stylesPath);
    return { path: wb.stylesPath, xml: isEmptyStyles(xml) ? MINIMAL_STYLES : xml, created: false };
  }
  const dir = wb.workbookPath.slice(0, wb.workbookPath.lastIndexOf('/') + 1);
  const taken = new Set(wb.zip.names().map((n) => n.toLowerCase()));
  let path = `${dir}styles.xml`;
  for (let n = 1; taken.has(path.toLowerCase()); n++) path = `${dir}styles${n}.xml`;
  return { path, xml: MINIMAL_STYLES, created: true };
}
