/** Adds the summary's chart of bands by field, with every series set explicitly from the ChartSpec. */
import type { ChartSpec } from '../core';
import { parseRangeAddress } from '../core';

/** Queues the chart: stacked bars, one series per band with its name, values, categories and colour. */
export function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): Excel.Chart | undefined {
  const [first, ...rest] = spec.series;
  if (first === undefined) return undefined;
  const chart = sheet.charts.add('BarStacked', sheet.getRange(first.values), 'Columns');
  chart.title.text = spec.title;
  chart.legend.position = 'Bottom';
  const categories = sheet.getRange(spec.categories);
  const firstSeries = chart.series.getItemAt(0);
  setSeries(firstSeries, sheet, first, categories);
  for (const item of rest) setSeries(chart.series.add(item.name), sheet, item, categories);
  const categoryCount = parseRangeAddress(spec.categories).rows;
  chart.width = 520;
  chart.height = Math.min(600, 160 + 28 * categoryCount);
  chart.setPosition(spec.anchor);
  return chart;
}

function setSeries(series: Excel.ChartSeries, sheet: Excel.Worksheet, item: ChartSpec['series'][number], categories: Excel.Range): void {
  series.name = item.name;
  series.setValues(sheet.getRange(item.values));
  series.setXAxisValues(categories);
  series.format.fill.setSolidColor(`#${item.color}`);
}
