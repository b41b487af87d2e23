/** The colours every host shows for bands and severities, taken from the owned sheets' styles so the pane matches the sheets. */
import type { Band, Severity } from '../model/model';
import type { StyleId } from '../model/sheet-model';
import { SHEET_STYLES } from '../model/sheet-model';

/** Band colours (RGB hex, no `#`) of the summary chart's bars and the pane's band swatches. */
export const BAND_COLORS: Readonly<Record<Band, string>> = {
  exceeded: '2E7D32',
  met: '66BB6A',
  high: '42A5F5',
  medium: 'FFB300',
  low: 'E53935',
  unassessed: '9E9E9E',
};

/** Fill and text colour (RGB hex, no `#`) of a sheet style. */
function styleColors(id: StyleId): { readonly fill: string; readonly color: string } {
  const style = SHEET_STYLES[id];
  return { fill: style.fill ?? 'FFFFFF', color: style.color ?? '000000' };
}

/** Severity colours (fill, text; RGB hex, no `#`) as the validation sheet shows them, for the pane's labels too. */
export const SEVERITY_COLORS: Readonly<Record<Severity, { readonly fill: string; readonly color: string }>> = {
  error: styleColors('severityError'),
  warning: styleColors('severityWarning'),
  info: styleColors('severityInfo'),
};
