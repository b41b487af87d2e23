/** The command line's own lines (bad options, missing files, what was written, progress), each in Vietnamese and English side by side. */
import type { MessageSection } from './entry';
import { withParams } from './entry';

/** Every line `chitieu check` and `chitieu consolidate` print besides the engine's texts. */
export const CLI_MESSAGES = {
  errorLine: withParams({ vi: (reason: string) => `Lỗi: ${reason}`, en: (reason) => `Error: ${reason}` }),
  seeHelp: withParams({ vi: (reason: string) => `${reason} Xem: chitieu --help.`, en: (reason) => `${reason} See: chitieu --help.` }),
  optionNeedsValue: withParams({ vi: (name: string) => `Tùy chọn ${name} cần một giá trị.`, en: (name) => `Option ${name} needs a value.` }),
  unknownOption: withParams({ vi: (arg: string) => `Không có tùy chọn ${arg}.`, en: (arg) => `Unknown option ${arg}.` }),
  optionOnce: withParams({ vi: (name: string) => `Tùy chọn ${name} chỉ được dùng một lần.`, en: (name) => `Option ${name} may be given once.` }),
  oneWorkbook: { vi: 'Cần đúng một tệp sổ tính .xlsx.', en: 'Give exactly one .xlsx workbook.' },
  outOrInPlace: { vi: 'Không dùng cùng lúc --out và --in-place.', en: 'Use either --out or --in-place, not both.' },
  langInvalid: withParams({ vi: (lang: string) => `--lang phải là vi hoặc en (không phải “${lang}”).`, en: (lang) => `--lang must be vi or en (not "${lang}").` }),
  numberStyleInvalid: withParams({
    vi: (style: string) => `--number-style phải là vi hoặc en (không phải “${style}”).`,
    en: (style) => `--number-style must be vi or en (not "${style}").`,
  }),
  thresholdsInvalid: withParams({
    vi: (text: string | undefined) => `--thresholds phải có dạng “nguy_cấp,cảnh_báo” với 0 < nguy_cấp < cảnh_báo < 100, ví dụ 50,70 (không phải “${text}”).`,
    en: (text) => `--thresholds must be "critical,warning" with 0 < critical < warning < 100, e.g. 50,70 (not "${text}").`,
  }),
  noUnitInputs: { vi: 'Cần ít nhất một tệp báo cáo của đơn vị (.xlsx) hoặc một thư mục.', en: 'Give at least one unit report (.xlsx) or a folder.' },
  outRequired: { vi: 'Cần chỉ ra tệp kết quả bằng --out, ví dụ --out TONG-HOP.xlsx.', en: 'Name the output file with --out, e.g. --out TONG-HOP.xlsx.' },
  unknownCommand: withParams({
    vi: (command: string) => `Không có lệnh “${command}”; dùng: chitieu check TỆP.xlsx hoặc chitieu consolidate TỆP.xlsx…`,
    en: (command) => `Unknown command "${command}"; use: chitieu check FILE.xlsx or chitieu consolidate FILE.xlsx…`,
  }),
  fileNotFound: withParams({ vi: (path: string) => `Không tìm thấy tệp “${path}”. Kiểm tra lại đường dẫn.`, en: (path) => `File "${path}" was not found. Check the path.` }),
  catalogueFileNotFound: withParams({
    vi: (path: string) => `Không tìm thấy tệp danh mục “${path}”. Kiểm tra lại đường dẫn.`,
    en: (path) => `Catalogue file "${path}" was not found. Check the path.`,
  }),
  outputIsInput: { vi: 'Tệp kết quả trùng tệp gốc; dùng --in-place nếu muốn ghi đè.', en: 'The output is the input file; use --in-place to overwrite it.' },
  checkCounts: withParams({
    vi: (errors: number, warnings: number, infos: number) => `Kiểm tra: ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
    en: (errors, warnings, infos) => `Check: ${errors} errors, ${warnings} warnings, ${infos} info.`,
  }),
  written: withParams({ vi: (path: string) => `Đã ghi: ${path}`, en: (path) => `Written: ${path}` }),
  cannotWrite: withParams({
    vi: (path: string, detail: string) => `Không ghi được tệp “${path}” (${detail}). Kiểm tra thư mục và quyền ghi.`,
    en: (path, detail) => `Cannot write "${path}" (${detail}). Check the folder and permissions.`,
  }),
  unexpectedFailure: withParams({
    vi: (detail: string) => `Lỗi ngoài dự kiến: ${detail}. Gửi tệp cho bộ phận hỗ trợ.`,
    en: (detail) => `Unexpected failure: ${detail}. Send the file to support.`,
  }),
  unitUnexpectedFailure: withParams({
    vi: (detail: string) => `lỗi ngoài dự kiến khi đọc tệp (${detail}).`,
    en: (detail) => `unexpected failure while reading the file (${detail}).`,
  }),
  unitListNotFound: withParams({
    vi: (path: string) => `Không tìm thấy danh sách đơn vị “${path}”. Kiểm tra lại đường dẫn.`,
    en: (path) => `Unit list "${path}" was not found. Check the path.`,
  }),
  unitListEmpty: withParams({
    vi: (path: string) => `Danh sách đơn vị “${path}” không có tên đơn vị nào (mỗi dòng một tên).`,
    en: (path) => `Unit list "${path}" names no unit (one name per line).`,
  }),
  outputNotWorkbook: withParams({
    vi: (out: string) => `Tệp kết quả “${out}” đã có và không phải sổ tính .xlsx; chọn tên khác cho --out.`,
    en: (out) => `Output "${out}" exists and is not an .xlsx workbook; choose another --out.`,
  }),
  wildcardInFolder: withParams({
    vi: (pattern: string) => `Mẫu “${pattern}” chỉ được có ký tự đại diện ở tên tệp, không ở tên thư mục.`,
    en: (pattern) => `Pattern "${pattern}" may have wildcards only in the file name, not in folders.`,
  }),
  noWorkbookAt: withParams({ vi: (input: string) => `Không có tệp .xlsx nào ở “${input}”.`, en: (input) => `No .xlsx file found at "${input}".` }),
  outputIsUnit: withParams({ vi: (out: string) => `Tệp kết quả “${out}” không được là tệp của đơn vị.`, en: (out) => `The output "${out}" cannot be one of the unit files.` }),
  noUnitFiles: { vi: 'Không có tệp báo cáo nào của đơn vị để tổng hợp.', en: 'There is no unit report to consolidate.' },
} as const satisfies MessageSection;

/** The words of the usage text (printed as Vietnamese / English). */
export const USAGE_WORDS = {
  usage: { vi: 'Cách dùng', en: 'Usage' },
  exitCodes: { vi: 'Mã thoát', en: 'exit' },
  noErrors: { vi: 'không có lỗi', en: 'no errors' },
  errorsFound: { vi: 'có lỗi', en: 'errors found' },
  couldNotRun: { vi: 'không chạy được', en: 'could not run' },
} as const satisfies MessageSection;

/** The progress lines of a long run (printed as Vietnamese / English on one line). */
export const PROGRESS_MESSAGES = {
  readingSheet: withParams({ vi: (sheet: string) => `đọc trang “${sheet}”`, en: (sheet) => `reading sheet "${sheet}"` }),
  checkingRows: withParams({ vi: (rows: number) => `kiểm tra ${rows} dòng`, en: (rows) => `checking ${rows} rows` }),
  unitsRead: withParams({ vi: (done: number, total: number) => `đã đọc ${done}/${total} đơn vị`, en: (done, total) => `read ${done}/${total} units` }),
  writing: { vi: 'ghi kết quả', en: 'writing the result' },
  done: { vi: 'xong', en: 'done' },
} as const satisfies MessageSection;
