/** The package side of the owned summary chart: which parts an old owned sheet's drawing brings, and the new parts. */
import type { ChartSpec, SheetModel } from '../core';
import { renderChartXml, renderDrawingXml } from './chart-xml';
import { parseRels, relsPathOf, resolveTarget } from './read-package';
import { escapeAttr } from './xml';
import type { ZipArchive } from './zip';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DRAWING_CT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_CT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
/** Relationship id of the drawing in the owned sheet's .rels, and of the chart in the drawing's .rels. */
export const OWNED_DRAWING_REL_ID = 'rId1';

/** A new package part: its zip path, its text, and its content type when it needs an Override. */
export interface NewPart {
  readonly part: string;
  readonly xml: string;
  readonly type?: string;
}

/**
 * The drawing parts hanging off an owned sheet that is being replaced: its drawings, their charts, and the charts'
 * own parts (style, colours), each with its .rels. Pictures (xl/media) are left alone: Excel may share them.
 */
export function ownedDrawingParts(zip: ZipArchive, sheetPart: string): string[] {
  const out: string[] = [];
  const follow = (part: string, types: readonly string[], depth: number): void => {
    const rels = relsPathOf(part);
    if (!zip.has(rels)) return;
    out.push(rels);
    for (const r of parseRels(zip.text(rels))) {
      if (r.external || !types.some((t) => r.type.endsWith(t))) continue;
      const target = resolveTarget(part, r.target);
      if (!zip.has(target) || out.includes(target)) continue;
      out.push(target);
      if (depth > 0) follow(target, ['/chart', '/chartStyle', '/chartColorStyle', '/chartUserShapes'], depth - 1);
    }
  };
  follow(sheetPart, ['/drawing'], 2);
  return out.filter((p) => p !== relsPathOf(sheetPart));
}

/** The first `dir/stemN.xml` not among the used part names (compared case-insensitively). */
function freePart(dir: string, stem: string, used: Set<string>): string {
  let n = 1;
  while (used.has(`${dir}${stem}${n}.xml`.toLowerCase())) n++;
  const part = `${dir}${stem}${n}.xml`;
  used.add(part.toLowerCase());
  return part;
}

const relsXml = (id: string, type: string, target: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${escapeAttr(target)}"/></Relationships>`;

/**
 * The parts that put the summary chart on an owned sheet written to `sheetPart`: the sheet's .rels, the drawing and
 * its .rels, and the chart, named so that they do not collide with `used` (which gains them).
 */
export function chartParts(model: SheetModel, chart: ChartSpec, sheetName: string, sheetPart: string, used: Set<string>): NewPart[] {
  const xl = sheetPart.slice(0, sheetPart.lastIndexOf('/worksheets/') + 1);
  const drawing = freePart(`${xl}drawings/`, 'drawing', used);
  const chartPart = freePart(`${xl}charts/`, 'chart', used);
  const relative = (from: string, to: string): string => `../${to.slice(from.slice(0, from.lastIndexOf('/')).lastIndexOf('/') + 1)}`;
  return [
    { part: relsPathOf(sheetPart), xml: relsXml(OWNED_DRAWING_REL_ID, 'drawing', relative(sheetPart, drawing)) },
    { part: drawing, xml: renderDrawingXml(model, chart, OWNED_DRAWING_REL_ID), type: DRAWING_CT },
    { part: relsPathOf(drawing), xml: relsXml(OWNED_DRAWING_REL_ID, 'chart', relative(drawing, chartPart)) },
    { part: chartPart, xml: renderChartXml(model, chart, sheetName), type: CHART_CT },
  ];
}
