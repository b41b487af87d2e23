/**
 * The annual report in English, as districts send it to foreign partners: "Rate (%)" over "vs plan" and
 * "vs previous year", "Of which:" parts, an English place-and-date line and signature block. No catalogue.
 */
import type { FormFixture } from './form-fixture';
import { formWorkbook, group, ind, n, part } from './form-fixture';
import type { FormColumn, FormRow } from './form-writer';

const COLUMNS: readonly FormColumn[] = [
  { key: 'stt', head: ['No.'], width: 6 },
  { key: 'name', head: ['Indicator'] },
  { key: 'unit', head: ['Unit'], width: 14 },
  { key: 'prev', head: ['Actual 2022'] },
  { key: 'plan', head: ['Plan 2023'] },
  { key: 'actual', head: ['Actual 2023'] },
  { key: 'vsPlan', head: ['Rate (%)', 'vs plan'], width: 10 },
  { key: 'vsPrev', head: ['Rate (%)', 'vs previous year'], width: 10 },
];

const ROWS: readonly FormRow[] = [
  group('I', 'ECONOMY'),
  ind(1, 'Gross output (2010 prices)', 'VND billion', { prev: n(2850), plan: n(3100), actual: n(3050), vsPlan: 98.4, vsPrev: 107 }),
  ind(2, 'State budget revenue in the district', 'VND million', { prev: n(98500), plan: n(105000), actual: n(112300), vsPlan: 107, vsPrev: 114 }),
  part('Of which: domestic revenue', 'VND million', { actual: n(87600) }),
  ind(3, 'Average income per capita', 'VND million/person/year', { prev: 38.5, plan: 42, actual: '41.2', vsPlan: 98.1, vsPrev: 107 }),
  part('- Urban areas', 'VND million/person/year', { actual: 58.3 }),
  part('- Rural areas', 'VND million/person/year', { actual: 36.9 }),
  group('II', 'SOCIETY AND ENVIRONMENT'),
  ind(4, 'Multidimensional poverty rate', '%', { prev: 12.4, plan: '≤ 10.4', actual: 11.6 }),
  ind(5, 'New jobs created', 'persons', { prev: n(1150), plan: n(1200), actual: 560, vsPlan: 46.7, vsPrev: 48.7 }),
  ind(6, 'Forest cover', '%', { prev: 60.8, plan: 61.5, actual: 61.2, vsPlan: 99.5, vsPrev: 100.7 }),
];

/** The English annual report. */
export const englishForm: FormFixture = {
  file: 'english-form.xlsx',
  about: 'SPEC §2.1, §2.2 in English (--lang en --number-style en): stacked "Rate (%)" header, "Of which:" and "- …" parts, English date line and signatures, targets from "Plan 2023".',
  args: ['--lang', 'en', '--number-style', 'en'],
  exit: 0,
  build: () =>
    formWorkbook([
      [
        'Form 01',
        {
          issuer: ["PEOPLE'S COMMITTEE", 'OF VAN LANG DISTRICT'],
          motto: ['SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness'],
          titles: ['Form No. 01', 'RESULTS OF THE SOCIO-ECONOMIC TARGETS OF 2023'],
          columns: COLUMNS,
          numbers: ['A', 'B', 'C', '1', '2', '3', '4=3/2', '5=3/1'],
          rows: ROWS,
          footer: {
            notes: ['Note: 2023 figures are estimates.'],
            placeDate: 'Van Lang, 15 December 2023',
            signers: [
              { title: ['PREPARED BY'], name: 'Hoang Thi Mai', at: 'name' },
              { title: ["ON BEHALF OF THE PEOPLE'S COMMITTEE", 'VICE CHAIRMAN'], name: 'Luong Van Duc', at: 'actual' },
            ],
          },
        },
      ],
    ]),
};
