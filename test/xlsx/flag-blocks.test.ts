import { MAX_AREAS_PER_RULE, patchFlags } from '../../src/xlsx/patch-flags';

const SHEET = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c></row></sheetData>' +
    '<conditionalFormatting sqref="B2:B9"><cfRule type="cellIs" dxfId="0" priority="4" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
  'utf8',
);
const DXF = { critical: 1, warning: 2, unassessed: 3 };

describe('flag rules on very many scattered cells', () => {
  const scattered = Array.from({ length: 2 * MAX_AREAS_PER_RULE + 500 }, (_, i) => `F${7 + 2 * i}`);
  const flagged = Buffer.from(patchFlags(SHEET, { sheet: 'Báo cáo', cells: { critical: scattered, warning: ['F8'], unassessed: [] } }, DXF)).toString('utf8');

  it('splits a long range list into blocks of at most MAX_AREAS_PER_RULE areas', () => {
    const blocks = [...flagged.matchAll(/<conditionalFormatting sqref="([^"]*)"><cfRule type="expression" dxfId="1"/g)].map((m) => m[1].split(' ').length);
    expect(blocks).toEqual([MAX_AREAS_PER_RULE, MAX_AREAS_PER_RULE, 500]);
    const priorities = [...flagged.matchAll(/priority="(\d+)"/g)].map((m) => Number(m[1]));
    expect(new Set(priorities).size).toBe(priorities.length);
    expect(Math.min(...priorities.slice(1))).toBeGreaterThan(4);
  });

  it('removes every block again, leaving the user rule and the sheet as they were', () => {
    const cleared = patchFlags(Buffer.from(flagged, 'utf8'), { sheet: 'Báo cáo', cells: { critical: [], warning: [], unassessed: [] } }, DXF);
    expect(Buffer.from(cleared).equals(SHEET)).toBe(true);
  });
});
