/** Applies a host-neutral CellStyle to an Office.js range format (a Range's or a RangeAreas'). */
import type { CellStyle } from '../core';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center' } as const;

/** Border colour of owned tables. */
const BORDER_COLOR = '#808080';

/** Queues the format calls of one style (number formats are written with the values, not here). */
export function queueStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.underline) format.font.underline = 'Single';
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color !== undefined) format.font.color = `#${style.color}`;
  if (style.fill !== undefined) format.fill.color = `#${style.fill}`;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = BORDER_COLOR;
    }
  }
}

/** How many property sets queueStyle makes for a style (each one an action in the request). */
export function styleCallCount(style: CellStyle): number {
  const simple = [style.bold, style.italic, style.underline || undefined, style.size, style.color, style.fill, style.horizontal, style.vertical, style.wrap];
  return simple.filter((v) => v !== undefined).length + (style.border ? 2 * EDGES.length : 0);
}

/** Column width in points for a width in characters (Excel: 7 px per character plus 5 px padding, 0.75 pt per px). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
