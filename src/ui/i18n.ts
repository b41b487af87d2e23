/** The task pane's own words in Vietnamese and English (band and severity names come from the engine's dictionary). */
import type { Lang } from '../core';

/** Every text the pane shows, by key. */
export interface PaneText {
  readonly title: string;
  readonly subtitle: string;
  readonly language: string;
  readonly dataSheet: string;
  readonly allDataSheets: string;
  readonly catalogue: string;
  readonly catalogueAuto: string;
  readonly catalogueFile: string;
  readonly importCatalogue: string;
  readonly importHint: string;
  readonly imported: (name: string, rows: number) => string;
  readonly removeImport: string;
  readonly createTemplate: string;
  readonly templateCreated: (name: string) => string;
  readonly templateExists: (name: string) => string;
  readonly actualColumn: string;
  readonly actualRightmost: string;
  readonly thresholds: string;
  readonly critical: string;
  readonly warning: string;
  readonly thresholdsInvalid: string;
  readonly period: string;
  readonly numberStyle: string;
  readonly numberStyleVi: string;
  readonly numberStyleEn: string;
  readonly periodPlaceholder: string;
  readonly check: string;
  readonly summary: string;
  readonly clearFlags: string;
  readonly refresh: string;
  readonly flagsCleared: string;
  readonly summaryWritten: (sheet: string) => string;
  readonly checkWritten: (sheet: string) => string;
  readonly phase: Readonly<Record<'read' | 'check' | 'write', string>>;
  readonly results: string;
  readonly bySeverity: string;
  readonly byBand: string;
  readonly total: string;
  readonly issues: string;
  readonly baselineTitle: string;
  readonly indicator: string;
  readonly rateOfPlan: string;
  readonly rateOfBaseline: string;
  readonly noIssues: string;
  readonly goToCell: (ref: string) => string;
  readonly showMore: (n: number) => string;
  readonly errorTitle: string;
  readonly officeError: (detail: string) => string;
  readonly noExcel: string;
  readonly noSheets: string;
  readonly settingsSaved: string;
  readonly csvOnly: string;
  readonly runInProgress: string;
  readonly settings: string;
  readonly showSettings: string;
  /** Texts of the offline web app (chitieu.html). */
  readonly web: WebText;
  /** Texts of "Tổng hợp nhiều đơn vị" (the sheets' and the completeness line's words come from the engine). */
  readonly consolidate: ConsolidateText;
}

/** The words of "Tổng hợp nhiều đơn vị" in the pane and the web app. */
export interface ConsolidateText {
  readonly title: string;
  readonly hint: string;
  readonly pickUnits: string;
  readonly unitsPicked: (count: number) => string;
  readonly pickUnitList: string;
  readonly unitList: (name: string) => string;
  readonly removeUnitList: string;
  readonly catalogueShared: (name: string) => string;
  readonly catalogueOwn: string;
  readonly run: string;
  readonly reading: (done: number, total: number, file: string) => string;
  readonly sheetsWritten: (names: readonly string[]) => string;
  readonly issuesByUnit: string;
  readonly downloadWorkbook: (name: string) => string;
  readonly downloadHint: string;
  readonly workbookName: string;
  readonly reportName: string;
}

/** The offline web app's own words (everything else it shows comes from the pane's texts). */
export interface WebText {
  readonly pageTitle: string;
  readonly offline: string;
  readonly pickWorkbook: string;
  readonly dropHint: string;
  readonly dropHere: string;
  readonly workbook: (name: string) => string;
  readonly recheck: string;
  readonly opening: string;
  readonly busyRefused: (running: string, dropped: string) => string;
  readonly notXlsx: (name: string) => string;
  readonly downloads: string;
  readonly downloadWorkbook: (name: string) => string;
  readonly downloadReport: (name: string) => string;
  readonly downloadHint: string;
  readonly workerStopped: string;
}

const VI: PaneText = {
  title: 'ChiTieu',
  subtitle: 'Kiểm tra và tổng hợp kết quả thực hiện chỉ tiêu',
  language: 'Ngôn ngữ',
  dataSheet: 'Trang số liệu',
  allDataSheets: 'Tất cả trang có số liệu',
  catalogue: 'Danh mục chỉ tiêu',
  catalogueAuto: 'Tự tìm',
  catalogueFile: 'Tệp đã nhập',
  importCatalogue: 'Nhập danh mục từ tệp…',
  importHint: 'Tệp .xlsx (trang đầu tiên) hoặc .csv',
  imported: (name, rows) => `Đã nhập “${name}” (${rows} dòng).`,
  removeImport: 'Bỏ tệp đã nhập',
  createTemplate: 'Tạo mẫu danh mục',
  templateCreated: (name) => `Đã tạo trang “${name}”. Điền danh mục rồi bấm Kiểm tra.`,
  templateExists: (name) => `Trang “${name}” đã có; ChiTieu không thay đổi trang này.`,
  actualColumn: 'Cột số liệu thực hiện',
  actualRightmost: 'Cột ngoài cùng bên phải (mặc định)',
  thresholds: 'Ngưỡng đánh giá (%)',
  critical: 'Tô đỏ khi dưới',
  warning: 'Tô vàng khi dưới',
  thresholdsInvalid: 'Cần 0 < ngưỡng đỏ < ngưỡng vàng < 100.',
  period: 'Kỳ báo cáo',
  numberStyle: 'Số dạng chữ “1.234” được đọc là',
  numberStyleVi: '1234 (dấu chấm ngăn nghìn, mặc định)',
  numberStyleEn: '1,234 (dấu chấm là dấu thập phân)',
  periodPlaceholder: 'VD: 6 tháng đầu năm 2025',
  check: 'Kiểm tra',
  summary: 'Tạo bảng tổng hợp',
  clearFlags: 'Xóa đánh dấu',
  refresh: 'Đọc lại sổ tính',
  flagsCleared: 'Đã xóa đánh dấu của ChiTieu; định dạng của bạn giữ nguyên.',
  summaryWritten: (sheet) => `Đã ghi trang “${sheet}”.`,
  checkWritten: (sheet) => `Đã ghi trang “${sheet}” và đánh dấu các chỉ tiêu chậm.`,
  phase: { read: 'Đang đọc số liệu', check: 'Đang kiểm tra', write: 'Đang ghi kết quả' },
  results: 'Kết quả',
  bySeverity: 'Theo mức độ',
  byBand: 'Theo mức hoàn thành',
  total: 'Tổng số chỉ tiêu',
  issues: 'Danh sách vấn đề',
  baselineTitle: 'So với cùng kỳ',
  indicator: 'Chỉ tiêu',
  rateOfPlan: 'Tỷ lệ so KH',
  rateOfBaseline: 'So với cùng kỳ (%)',
  noIssues: 'Không có vấn đề nào.',
  goToCell: (ref) => `Đi tới ô ${ref}`,
  showMore: (n) => `Xem thêm ${n} mục`,
  errorTitle: 'Chưa chạy được',
  officeError: (detail) => `Excel từ chối thao tác (${detail}). Hãy thoát chế độ sửa ô (Enter hoặc Esc), kiểm tra sổ tính không bị khóa, rồi thử lại.`,
  noExcel: 'Không kết nối được với Excel. Hãy mở bảng điều khiển này từ thẻ Trang đầu trong Excel.',
  noSheets: 'Chưa tìm thấy trang số liệu nào có cột “Thực hiện” và cột mã hoặc tên chỉ tiêu.',
  settingsSaved: 'Thiết lập được lưu trong sổ tính.',
  csvOnly: 'Chỉ nhận tệp .xlsx hoặc .csv.',
  runInProgress: 'Đang kiểm tra… Hãy đợi lần chạy đang diễn ra xong rồi thử lại.',
  settings: 'Thiết lập',
  showSettings: 'Hiện thiết lập',
  web: {
    pageTitle: 'ChiTieu – kiểm tra chỉ tiêu (ngoại tuyến)',
    offline: 'Chạy hoàn toàn trên máy này: tệp không được gửi đi đâu cả, không cần mạng.',
    pickWorkbook: 'Chọn sổ tính (.xlsx)…',
    dropHint: 'hoặc kéo thả tệp .xlsx vào đây',
    dropHere: 'Thả tệp vào đây để kiểm tra',
    workbook: (name) => `Sổ tính: ${name}`,
    recheck: 'Kiểm tra lại với thiết lập mới',
    opening: 'Đang mở tệp',
    busyRefused: (running, dropped) => `Đang kiểm tra “${running}”, chưa nhận “${dropped}”. Chờ xong rồi chọn lại tệp.`,
    notXlsx: (name) => `“${name}” không phải tệp .xlsx. Chọn sổ tính Excel (.xlsx hoặc .xlsm).`,
    downloads: 'Tải kết quả về máy',
    downloadWorkbook: (name) => `Tải sổ tính đã kiểm tra (${name})`,
    downloadReport: (name) => `Tải báo cáo JSON (${name})`,
    downloadHint: 'Sổ tính tải về có thêm trang Kiểm tra, Tổng hợp và đánh dấu; tệp gốc của bạn không bị thay đổi.',
    workerStopped: 'Trình duyệt dừng việc kiểm tra (có thể thiếu bộ nhớ). Đóng bớt thẻ, tải lại trang rồi thử lại.',
  },
  consolidate: {
    title: 'Tổng hợp nhiều đơn vị',
    hint: 'Chọn các tệp báo cáo (.xlsx) của các đơn vị; ChiTieu kiểm tra từng tệp rồi cộng số liệu. Tệp của đơn vị không bị thay đổi.',
    pickUnits: 'Chọn tệp của các đơn vị…',
    unitsPicked: (n) => `Đã chọn ${n} tệp.`,
    pickUnitList: 'Danh sách đơn vị (không bắt buộc)…',
    unitList: (name) => `Danh sách đơn vị: ${name}`,
    removeUnitList: 'Bỏ danh sách đơn vị',
    catalogueShared: (name) => `Danh mục dùng chung: ${name}`,
    catalogueOwn: 'Danh mục: của từng tệp (nhập tệp danh mục ở phần thiết lập để dùng chung).',
    run: 'Tổng hợp nhiều đơn vị',
    reading: (done, total, file) => `Đang đọc ${done}/${total}: ${file}`,
    sheetsWritten: (names) => `Đã ghi các trang ${names.map((n) => `“${n}”`).join(', ')}.`,
    issuesByUnit: 'Số vấn đề theo đơn vị',
    downloadWorkbook: (name) => `Tải sổ tính tổng hợp (${name})`,
    downloadHint: 'Sổ tính tải về gồm ba trang Tổng hợp đơn vị, Theo đơn vị và Tình hình nộp báo cáo; tệp của các đơn vị không bị thay đổi.',
    workbookName: 'TONG-HOP.xlsx',
    reportName: 'TONG-HOP.report.json',
  },
};

const EN: PaneText = {
  title: 'ChiTieu',
  subtitle: 'Check and summarize indicator results',
  language: 'Language',
  dataSheet: 'Data sheet',
  allDataSheets: 'Every sheet with data',
  catalogue: 'Indicator catalogue',
  catalogueAuto: 'Find automatically',
  catalogueFile: 'Imported file',
  importCatalogue: 'Import a catalogue file…',
  importHint: '.xlsx file (first sheet) or .csv',
  imported: (name, rows) => `Imported “${name}” (${rows} rows).`,
  removeImport: 'Remove imported file',
  createTemplate: 'Create catalogue template',
  templateCreated: (name) => `Sheet “${name}” created. Fill in the catalogue, then click Check.`,
  templateExists: (name) => `Sheet “${name}” already exists; ChiTieu left it unchanged.`,
  actualColumn: 'Actual value column',
  actualRightmost: 'Rightmost column (default)',
  thresholds: 'Thresholds (%)',
  critical: 'Red below',
  warning: 'Amber below',
  thresholdsInvalid: 'Needs 0 < red < amber < 100.',
  period: 'Reporting period',
  numberStyle: 'Text numbers like “1.234” are read as',
  numberStyleVi: '1234 (dot groups thousands, default)',
  numberStyleEn: '1.234 (dot is the decimal point)',
  periodPlaceholder: 'e.g. first half of 2025',
  check: 'Check',
  summary: 'Build summary',
  clearFlags: 'Clear flags',
  refresh: 'Re-read workbook',
  flagsCleared: "ChiTieu's flags removed; your own formatting is unchanged.",
  summaryWritten: (sheet) => `Sheet “${sheet}” written.`,
  checkWritten: (sheet) => `Sheet “${sheet}” written and lagging indicators flagged.`,
  phase: { read: 'Reading data', check: 'Checking', write: 'Writing results' },
  results: 'Results',
  bySeverity: 'By severity',
  byBand: 'By achievement',
  total: 'Indicators in scope',
  issues: 'Issues',
  baselineTitle: 'Compared with the same period',
  indicator: 'Indicator',
  rateOfPlan: 'Rate of target',
  rateOfBaseline: 'Vs same period (%)',
  noIssues: 'No issues found.',
  goToCell: (ref) => `Go to cell ${ref}`,
  showMore: (n) => `Show ${n} more`,
  errorTitle: 'Could not run',
  officeError: (detail) => `Excel refused the operation (${detail}). Leave cell-edit mode (Enter or Esc), make sure the workbook is not protected, then try again.`,
  noExcel: 'Not connected to Excel. Open this pane from the Home tab in Excel.',
  noSheets: 'No data sheet found with an “Actual” column and an indicator code or name column.',
  settingsSaved: 'Settings are saved in the workbook.',
  csvOnly: 'Only .xlsx or .csv files can be imported.',
  runInProgress: 'A check is running… Wait for it to finish, then try again.',
  settings: 'Settings',
  showSettings: 'Show settings',
  web: {
    pageTitle: 'ChiTieu – indicator check (offline)',
    offline: 'Runs entirely on this computer: nothing is uploaded, no network needed.',
    pickWorkbook: 'Choose a workbook (.xlsx)…',
    dropHint: 'or drop an .xlsx file here',
    dropHere: 'Drop the file here to check it',
    workbook: (name) => `Workbook: ${name}`,
    recheck: 'Check again with the new settings',
    opening: 'Opening the file',
    busyRefused: (running, dropped) => `Still checking “${running}”; “${dropped}” was not taken. Wait until it finishes, then choose the file again.`,
    notXlsx: (name) => `“${name}” is not an .xlsx file. Choose an Excel workbook (.xlsx or .xlsm).`,
    downloads: 'Download the results',
    downloadWorkbook: (name) => `Download the checked workbook (${name})`,
    downloadReport: (name) => `Download the JSON report (${name})`,
    downloadHint: 'The downloaded workbook adds the Validation and Summary sheets and the flags; your original file is unchanged.',
    workerStopped: 'The browser stopped the check (it may be out of memory). Close other tabs, reload the page and try again.',
  },
  consolidate: {
    title: 'Consolidate many units',
    hint: "Choose the units' report files (.xlsx); ChiTieu checks each one, then adds up the figures. The units' files are not changed.",
    pickUnits: "Choose the units' files…",
    unitsPicked: (n) => `${n} ${n === 1 ? 'file' : 'files'} chosen.`,
    pickUnitList: 'Unit list (optional)…',
    unitList: (name) => `Unit list: ${name}`,
    removeUnitList: 'Remove the unit list',
    catalogueShared: (name) => `Shared catalogue: ${name}`,
    catalogueOwn: "Catalogue: each file's own (import a catalogue file in the settings to share one).",
    run: 'Consolidate many units',
    reading: (done, total, file) => `Reading ${done}/${total}: ${file}`,
    sheetsWritten: (names) => `Sheets ${names.map((n) => `“${n}”`).join(', ')} written.`,
    issuesByUnit: 'Issues by unit',
    downloadWorkbook: (name) => `Download the consolidated workbook (${name})`,
    downloadHint: "The downloaded workbook has the Consolidated, By unit and Submissions sheets; the units' files are unchanged.",
    workbookName: 'consolidated.xlsx',
    reportName: 'consolidated.report.json',
  },
};

/** The pane's texts in a language. */
export function paneText(lang: Lang): PaneText {
  return lang === 'vi' ? VI : EN;
}

/** The pane language for a host display language such as `vi-VN` or `en-US`. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
