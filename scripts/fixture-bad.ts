/**
 * The bad-input corpus (test/fixtures/bad/): every file a planning officer might feed the CLI by
 * mistake, each with the exit status, stderr phrase and rules SPEC §8 calls for (cases.json).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';
import type { RuleId } from '../src/core/model/model';
import * as books from './fixture-bad-books';
import { catalogueRow } from './fixture-layout';
import { compoundFile, noise, windows1258 } from './fixture-bytes';
import { csvBytes, toCsv } from './fixture-csv';
import { saveWorkbook } from './fixture-xlsx';
import { makeZip } from './fixture-zip';

/** One run of the CLI on a bad input and what it must do. */
export interface BadCase {
  /** File under test/fixtures/bad/ (or, when `generated`, the name it is generated under); null = no file argument. */
  readonly file: string | null;
  /** Extra CLI arguments; relative paths are resolved from test/fixtures/bad/. */
  readonly args: readonly string[];
  readonly exit: 0 | 1 | 2;
  /** A short phrase the one-line stderr message must contain (compared without case and diacritics), or null. */
  readonly stderrIncludes: string | null;
  /** Rule ids that must appear among the JSON report's issues (exit 0/1). */
  readonly rules: readonly RuleId[];
  /** Set when the test generates the file at run time instead of reading a committed one. */
  readonly generated?: '50mb';
  /** Why the case exists. */
  readonly about: string;
}

const c = (file: string | null, exit: 0 | 1 | 2, about: string, more: Partial<BadCase> = {}): BadCase => ({
  file,
  args: [],
  exit,
  stderrIncludes: null,
  rules: [],
  ...more,
  about,
});

/** Every case, in the order cases.json lists them. */
export const BAD_CASES: readonly BadCase[] = [
  c('ok.xlsx', 0, 'Baseline: the clean workbook every option case reuses.'),
  c('junk-bytes.xlsx', 2, 'Random bytes with an .xlsx name.', { stderrIncludes: '.xlsx' }),
  c('html-saved-as-xlsx.xlsx', 2, 'An expired-session HTML page a web portal served as "bao-cao.xlsx".', { stderrIncludes: '.xlsx' }),
  c('zero-byte.xlsx', 2, 'An empty file (a failed download or copy).', { stderrIncludes: '.xlsx' }),
  c('legacy.xls', 2, 'Legacy Excel 97–2003 file (OLE2 header D0 CF 11 E0): must say to save as .xlsx.', { stderrIncludes: '.xlsx' }),
  c('legacy-renamed.xlsx', 2, 'A legacy .xls renamed to .xlsx: same message, decided by content not by name.', { stderrIncludes: '.xlsx' }),
  c('password-protected.xlsx', 2, 'A password-protected workbook (OLE2 with EncryptionInfo/EncryptedPackage): must say to remove the password.', { stderrIncludes: 'password' }),
  c('truncated.xlsx', 2, 'The clean workbook cut off at 60 % (interrupted copy from a USB stick or e-mail).', { stderrIncludes: '.xlsx' }),
  c('docx-like.xlsx', 2, 'A Word document (zip without xl/workbook.xml) renamed to .xlsx: reported as not an Excel workbook, not as a missing catalogue.', { stderrIncludes: '.xlsx' }),
  c('empty-workbook.xlsx', 2, 'A new workbook saved with one empty sheet: no catalogue.', { stderrIncludes: '--catalogue' }),
  c('no-catalogue.xlsx', 0, 'A report sheet with a plan column but no catalogue sheet and no --catalogue: the form is its own catalogue.'),
  c('no-catalogue-no-target.xlsx', 2, 'A report sheet without a plan column, no catalogue sheet and no --catalogue.', { stderrIncludes: '--catalogue' }),
  c('no-catalogue.xlsx', 0, 'The same report with the catalogue given as a UTF-8 CSV with BOM.', { args: ['--catalogue', 'catalogue.csv'] }),
  c('no-catalogue.xlsx', 0, 'Catalogue CSV saved by Excel in a Vietnamese locale: semicolon-separated, UTF-8 with BOM.', { args: ['--catalogue', 'catalogue-semicolon.csv'] }),
  c('no-catalogue.xlsx', 0, 'Catalogue CSV saved as plain "CSV" by Vietnamese Windows (Windows-1258, combining tone bytes, no BOM): not UTF-8, read as Windows-1258 so every name still matches.', {
    args: ['--catalogue', 'catalogue-windows-1258.csv'],
  }),
  c('no-catalogue.xlsx', 2, 'Catalogue CSV without a code column.', { args: ['--catalogue', 'catalogue-no-code-column.csv'] }),
  c('no-catalogue.xlsx', 2, 'A --catalogue file that does not exist.', { args: ['--catalogue', 'does-not-exist.csv'], stderrIncludes: 'does-not-exist.csv' }),
  c('catalogue-duplicate-codes.xlsx', 1, 'Catalogue repeats code KT05 on another indicator.', { rules: ['catalogue-invalid'] }),
  c('catalogue-missing-name.xlsx', 1, 'Catalogue row XH06 has no name.', { rules: ['catalogue-invalid'] }),
  c('catalogue-unreadable-target.xlsx', 1, 'Catalogue target "chưa xác định" (KT05) and direction "ngang" (MT02).', { rules: ['catalogue-invalid'] }),
  c('no-header-row.xlsx', 2, 'The only other sheet holds pasted numbers without a header: no data sheet found.', { stderrIncludes: '--sheet' }),
  c('data-no-actual-column.xlsx', 1, 'The named data sheet has code and name but no actual column.', { args: ['--sheet', 'Báo cáo 6 tháng'], rules: ['missing-column'] }),
  c('header-only.xlsx', 0, 'Header row but no data rows: every indicator is missing (warnings only).', { rules: ['missing-indicator'] }),
  c('merged-header.xlsx', 0, 'Header cells merged over two rows, "Ghi chú" merged over two columns; clean data.'),
  c('formula-errors.xlsx', 1, '#DIV/0!, #N/A, #REF!, #VALUE! in actual cells (formulas with cached errors and plain error values), #DIV/0! in a target.', {
    rules: ['formula-error'],
  }),
  c('formula-like-text.xlsx', 1, 'Names and notes starting with =, @, +, -; an unknown row named =HYPERLINK(…) must appear in Kiểm tra as text.', {
    rules: ['unknown-indicator'],
  }),
  c('nfd-headers-names.xlsx', 0, 'Catalogue in NFC, report headers/names/units in NFD; two rows without code matched by name.'),
  c('sheet-name-quotes.xlsx', 1, 'Data sheet named Số liệu "nháp" (Phòng\'s); one unknown code whose link must be quoted.', { rules: ['unknown-indicator'] }),
  c('owned-looking-names.xlsx', 0, 'Only sheets named like ChiTieu\'s (Kiểm tra, Tổng hợp, Validation, Summary), all the user\'s; data in "Kiểm tra"; one blank actual.', {
    args: ['--catalogue', 'catalogue.csv'],
    rules: ['empty-actual'],
  }),
  c('huge-cell-text.xlsx', 0, 'A name and a reason of 32 767 characters (Excel\'s cell limit); the name differs from the catalogue.', { rules: ['name-mismatch'] }),
  c('two-actual-columns.xlsx', 0, '"Thực hiện 2023" and "Thực hiện 2024": the rightmost is used by default and is clean; the left one is not.'),
  c('big-scan-50mb.xlsx', 0, 'A 50 MB workbook: the clean report with the signed, stamped paper report pasted in as a scan; output must keep the image.', { generated: '50mb' }),
  c('ok.xlsx', 2, 'Thresholds in the wrong order (critical must be below warning).', { args: ['--thresholds', '70,50'], stderrIncludes: '70,50' }),
  c('ok.xlsx', 2, 'Thresholds that are not numbers.', { args: ['--thresholds', 'abc'], stderrIncludes: 'abc' }),
  c('ok.xlsx', 2, 'A threshold of 0 (must be 0 < critical).', { args: ['--thresholds', '0,70'], stderrIncludes: '0,70' }),
  c('ok.xlsx', 2, 'A threshold of 100 (must be warning < 100).', { args: ['--thresholds', '50,100'], stderrIncludes: '50,100' }),
  c('ok.xlsx', 0, 'Valid custom thresholds.', { args: ['--thresholds', '60,80'] }),
  c('ok.xlsx', 2, 'Unsupported language.', { args: ['--lang', 'fr'], stderrIncludes: 'fr' }),
  c('ok.xlsx', 0, 'English run on a Vietnamese workbook.', { args: ['--lang', 'en'] }),
  c('ok.xlsx', 2, 'Unknown number style.', { args: ['--number-style', 'xx'], stderrIncludes: 'xx' }),
  c('ok.xlsx', 2, 'Unknown option.', { args: ['--frobnicate'], stderrIncludes: '--frobnicate' }),
  c('ok.xlsx', 2, 'Option without its value.', { args: ['--thresholds'], stderrIncludes: '--thresholds' }),
  c('ok.xlsx', 2, 'A --sheet that does not exist.', { args: ['--sheet', 'Không có sheet này'], stderrIncludes: 'Không có sheet này' }),
  c('does-not-exist.xlsx', 2, 'The workbook does not exist.', { stderrIncludes: 'does-not-exist.xlsx' }),
  c(null, 2, 'No workbook argument at all.'),
];

const DOCX_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const DOCX_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCX_BODY =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2025</w:t></w:r></w:p></w:body></w:document>';
const HTML_PAGE =
  '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>Hệ thống báo cáo</title></head><body><h1>Phiên đăng nhập đã hết hạn</h1><p>Vui lòng đăng nhập lại để tải tệp bao-cao-6-thang.xlsx.</p></body></html>\n';

function catalogueCsv(separator: string, columns = books.BAD_CATALOGUE_COLUMNS): string {
  return toCsv(columns, books.BAD_CATALOGUE.map(catalogueRow)).replace(/","/g, `"${separator}"`);
}

/** Writes every committed file of the corpus and cases.json into `dir`. */
export async function writeBadCorpus(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const put = (name: string, bytes: Buffer | string): void => {
    writeFileSync(join(dir, name), bytes);
    written.push(name);
  };
  const book = async (name: string, wb: Workbook): Promise<void> => {
    await saveWorkbook(wb, join(dir, name));
    written.push(name);
  };
  await book('ok.xlsx', books.okBook());
  put('junk-bytes.xlsx', noise(24 * 1024));
  put('html-saved-as-xlsx.xlsx', HTML_PAGE);
  put('zero-byte.xlsx', Buffer.alloc(0));
  put('legacy.xls', compoundFile(['Workbook', '\u0005SummaryInformation', '\u0005DocumentSummaryInformation']));
  put('legacy-renamed.xlsx', compoundFile(['Workbook', '\u0005SummaryInformation']));
  put('password-protected.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']));
  const ok = readFileSync(join(dir, 'ok.xlsx'));
  put('truncated.xlsx', ok.subarray(0, Math.floor(ok.length * 0.6)));
  put('docx-like.xlsx', makeZip([
    { name: '[Content_Types].xml', data: DOCX_TYPES },
    { name: '_rels/.rels', data: DOCX_RELS },
    { name: 'word/document.xml', data: DOCX_BODY },
  ]));
  await book('empty-workbook.xlsx', books.emptyBook());
  await book('no-catalogue.xlsx', books.dataOnlyBook());
  await book('no-catalogue-no-target.xlsx', books.dataOnlyNoTargetBook());
  put('catalogue.csv', csvBytes(catalogueCsv(',')));
  put('catalogue-semicolon.csv', csvBytes(catalogueCsv(';')));
  put('catalogue-windows-1258.csv', windows1258(catalogueCsv(',')));
  put('catalogue-no-code-column.csv', csvBytes(catalogueCsv(',', books.BAD_CATALOGUE_COLUMNS.filter((col) => col.key !== 'code'))));
  await book('catalogue-duplicate-codes.xlsx', books.brokenCatalogueBook(books.duplicateCodes()));
  await book('catalogue-missing-name.xlsx', books.brokenCatalogueBook(books.missingName()));
  await book('catalogue-unreadable-target.xlsx', books.brokenCatalogueBook(books.unreadableTargetDirection()));
  await book('no-header-row.xlsx', books.noHeaderBook());
  await book('data-no-actual-column.xlsx', books.noActualColumnBook());
  await book('header-only.xlsx', books.headerOnlyBook());
  await book('merged-header.xlsx', books.mergedHeaderBook());
  await book('formula-errors.xlsx', books.formulaErrorsBook());
  await book('formula-like-text.xlsx', books.formulaLikeTextBook());
  await book('nfd-headers-names.xlsx', books.nfdHeadersBook());
  await book('sheet-name-quotes.xlsx', books.quotedNameBook());
  await book('owned-looking-names.xlsx', books.ownedLookingBook());
  await book('huge-cell-text.xlsx', books.hugeCellBook());
  await book('two-actual-columns.xlsx', books.twoActualColumnsBook());
  put('cases.json', JSON.stringify(BAD_CASES, null, 2) + '\n');
  return written;
}
