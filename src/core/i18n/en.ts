import type { Band } from '../model/model';
import { formatWithSeparators } from './format-number';
import type { Dictionary, MessageParams } from './types';

const COLUMN_EN: Readonly<Record<string, string>> = {
  actual: 'an "Actual" column (or "Thực hiện", "Kết quả")',
  'code-or-name': 'a "Code" or "Indicator" column',
};

const CATALOGUE_EN: Readonly<Record<string, (p: MessageParams) => string>> = {
  'no-code': () => 'This catalogue row has no indicator code. Fill in a code (e.g. KT01) so the row can be used.',
  'no-name': (p) => `Indicator ${p.code} in the catalogue has no name. Fill in its name.`,
  'duplicate-code': (p) => `Code ${p.code} repeats catalogue row ${p.firstRow}; only the first row is used. Change the code or delete the repeated row.`,
  'bad-target': (p) => `The target "${p.value}" of ${p.code} cannot be read. Write a number (15.8), a bound (≥ 90, ≤ 1.5), a range (10-11), a change from the baseline (tăng 10%, giảm 1,5 điểm phần trăm, gấp 2 lần) or "Hoàn thành".`,
  'bad-direction': (p) => `The direction "${p.value}" of ${p.code} cannot be read. Write "Tăng" (increase) or "Giảm" (decrease).`,
};

function band(b: Band, critical: number, warning: number): string {
  const labels: Record<Band, string> = {
    exceeded: 'Exceeded',
    met: 'Met',
    high: `${warning}% to under 100%`,
    medium: `${critical}% to under ${warning}%`,
    low: `Under ${critical}%`,
    unassessed: 'Not assessed',
  };
  return labels[b];
}

/** English words of ChiTieu. */
export const EN: Dictionary = {
  rules: {
    'missing-column': (p) => `Sheet "${p.sheet}" has no ${COLUMN_EN[String(p.missing)] ?? p.missing}. Add that column heading within the first 30 rows.` + (p.header ? ` Header as read: «${p.header}».` : ''),
    'catalogue-invalid': (p) => (CATALOGUE_EN[String(p.problem)] ?? (() => 'Invalid catalogue row.'))(p),
    'unknown-indicator': (p) =>
      `Indicator "${p.value}" is not in the catalogue.` + (p.suggestion ? ` Did you mean ${p.suggestion}? Correct the code.` : ' Check the code or add the indicator to the catalogue.'),
    'name-mismatch': (p) => `Name "${p.name}" differs from the catalogue's "${p.expected}". Check that code ${p.code} is right, or correct the name.`,
    'duplicate-indicator': (p) => `Indicator ${p.code} already appears at ${p.firstCell}; this row is not counted. Delete the repeated row or correct its code.`,
    'missing-indicator': (p) => `Indicator ${p.code} "${p.name}" has no data row, so it counts as not assessed. Add a row for it.`,
    'empty-actual': (p) => `Indicator ${p.code} has no actual value. Enter the actual for the period.`,
    'not-a-number': (p) => p.of === 'target'
      ? `The target "${p.value}" cannot be read. Write a number (15.8), a bound (≥ 90, ≤ 1.5), a range (10-11), a change from the baseline (tăng 10%, giảm 1,5 điểm phần trăm, gấp 2 lần) or "Hoàn thành".`
      : `"${p.value}" cannot be read as a number. Enter a number (e.g. 12.5), a fraction (47/107) or "Hoàn thành"/"Chưa hoàn thành".`,
    'formula-error': (p) => `The cell holds the formula error ${p.value}. Fix the formula or type the value; an error is never taken as zero.`,
    'ambiguous-number': (p) => `"${p.value}" can be read two ways; it was read as ${p.read}. If that is wrong, write it unambiguously (e.g. ${p.alternative}).`,
    'missing-target': (p) => `Indicator ${p.code} has no target in the catalogue or on its row. Add the target to the catalogue.`,
    'target-mismatch': (p) => `The row's target (${p.rowTarget}) differs from the catalogue's (${p.catalogueTarget}); the catalogue's was used. Make them agree.`,
    'unit-converted': (p) => `The unit was converted from "${p.from}" to the catalogue's "${p.to}".`,
    'unit-mismatch': (p) => `Unit "${p.from}" cannot be converted to the catalogue's "${p.to}", so the row is not assessed. Enter the value in "${p.to}".`,
    magnitude: (p) => `Actual ${p.actual} against target ${p.target} is off by a factor of 100 or more: likely a unit or typing slip. Check the figure.`,
    'rate-mismatch': (p) => p.comparison === 'baseline'
      ? `The stated rate of the same period last year (${p.stated}%) differs from the computed one (${p.computed}%). Correct the rate, the actual or the baseline.`
      : `The stated rate of the target (${p.stated}%) differs from the computed one (${p.computed}%). Correct the rate or the actual.`,
    'assessment-mismatch': (p) => `The stated assessment "${p.stated}" contradicts the computed result "${p.band}". Correct it, or fill in an override with a reason.`,
    'override-without-reason': (p) => `The override "${p.override}" has no reason, so it is not applied. Write the reason in the "Lý do" column.`,
    'missing-baseline': (p) => `The target "${p.target}" of ${p.code} is a change, but there is no baseline (same period last year) to measure it from. Add a "Cùng kỳ" or "Thực hiện năm trước" column.`,
    'breakdown-exceeds-total': (p) => `The part "${p.part}" (${p.value}) is larger than the total of indicator ${p.code} (${p.total}). Check the part or the total.`,
    'table-not-read': (p) => `The table starting at row ${p.row} lies below the signature block (row ${p.footerRow}) and was not read. To check it, move it to a sheet of its own.`,
    'duplicate-unit': (p) => `File "${p.file}" is also a report of ${p.unit} (already read from "${p.firstFile}"); the later file is not added. Remove the duplicate or correct the unit name.`,
    'unreadable-unit': (p) => `The file "${p.file}" of unit ${p.unit} cannot be read: ${p.reason}. Save it as .xlsx and consolidate again.`,
  },
  band,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  sheetNames: { validation: 'Validation', summary: 'Summary' },
  text: {
    failNoCatalogue: 'There is no indicator catalogue and the form has no target column. Add a "Plan …" (or "Kế hoạch năm …") column to the form, add a sheet "Danh mục chỉ tiêu" (columns code, name, target), or point to a catalogue with --catalogue.',
    failNoDataSheet: 'No data sheet found with an "Actual" column and a "Code" or "Indicator" column. Add the column headings, or name the sheet with --sheet.',
    failUnknownSheet: 'There is no sheet "{sheet}" in the workbook. Check the sheet name.',
    failCatalogueEmpty: 'Catalogue "{sheet}" has no usable indicator (it needs code and name columns, one indicator per row). Complete it and run again.',
    failUnknownColumn: 'There is no actual column "{column}" on sheet "{sheet}". Give the exact column heading or its letter.',
    validationTitle: 'INDICATOR DATA VALIDATION',
    validationCounts: '{errors} errors, {warnings} warnings, {infos} info.',
    validationNone: 'No problems found.',
    colSeverity: 'Severity',
    colRule: 'Rule',
    colSheet: 'Sheet',
    colCell: 'Cell',
    colCode: 'Indicator code',
    colMessage: 'Message',
    generatedAt: 'Generated: {time}',
    summaryTitle: 'INDICATOR ACHIEVEMENT SUMMARY',
    dataSheets: 'Data sheets: {sheets}',
    period: 'Period: {period}',
    targetsFromForm: 'Targets: from the form\'s column «{column}»',
    thresholds: 'Thresholds: under {critical}% (red), under {warning}% (amber)',
    byFieldTitle: '1. Results by field',
    colField: 'Field',
    colTotal: 'Total',
    colExceeded: 'Exceeded',
    colMet: 'Met',
    colHigh: '{warning}–<100 %',
    colMedium: '{critical}–<{warning} %',
    colLow: '<{critical} %',
    colUnassessed: 'Not assessed',
    totalRow: 'Total',
    lowTitle: '2. Indicators under {critical}%',
    mediumTitle: '3. Indicators from {critical}% to under {warning}%',
    none: '(None)',
    colStt: 'No.',
    colCodeShort: 'Code',
    colName: 'Indicator',
    colUnit: 'Unit',
    colTarget: 'Target',
    colActual: 'Actual',
    colRate: 'Rate',
    colAgency: 'Lead agency',
    otherField: 'Other',
    colBaselineRate: 'Vs same period (%)',
    overriddenNote: '(*) The assessment was overridden; see the list "Overridden assessments".',
    overridesTitle: '{n}. Overridden assessments',
    colComputedBand: 'Computed result',
    colOverride: 'Override',
    colReason: 'Reason',
    fullTableTitle: '{n}. Results of every indicator',
    chartTitle: 'Indicator results by field',
    done: 'Done',
    notDone: 'Not done',
    milestone: 'Done',
  },
  narrative: (c) => {
    const parts = [
      `Of ${c.total} indicators${c.overridden ? ` (of which ${c.overridden} with an overridden assessment)` : ''}, ${c.exceeded + c.met} met or exceeded the target (${c.exceeded} exceeded, ${c.met} met)`,
      `${c.high} reached ${c.warning}% to under 100%`,
      `${c.medium} reached ${c.critical}% to under ${c.warning}%`,
      `${c.low} reached under ${c.critical}%`,
    ];
    if (c.unassessed > 0) parts.push(`${c.unassessed} were not assessed`);
    return parts.join('; ') + '.';
  },
  formatNumber: (n, digits = 2) => formatWithSeparators(n, ',', '.', digits),
};
