/** The task pane's and the offline web app's own words, each entry in Vietnamese and English side by side. */
import type { Lang } from '../model/model';
import type { InLanguage, MessageSection } from './entry';
import { inLanguage, withParams } from './entry';

/** Every text the pane shows (band and severity names come from the engine's dictionary); `web` holds the web app's own. */
export const PANE_MESSAGES = {
  title: { vi: 'ChiTieu', en: 'ChiTieu' },
  subtitle: { vi: 'Kiểm tra và tổng hợp kết quả thực hiện chỉ tiêu', en: 'Check and summarize indicator results' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  dataSheet: { vi: 'Trang số liệu', en: 'Data sheet' },
  allDataSheets: { vi: 'Tất cả trang có số liệu', en: 'Every sheet with data' },
  catalogue: { vi: 'Danh mục chỉ tiêu', en: 'Indicator catalogue' },
  catalogueAuto: { vi: 'Tự tìm', en: 'Find automatically' },
  catalogueFile: { vi: 'Tệp đã nhập', en: 'Imported file' },
  importCatalogue: { vi: 'Nhập danh mục từ tệp…', en: 'Import a catalogue file…' },
  importHint: { vi: 'Tệp .xlsx (trang đầu tiên) hoặc .csv', en: '.xlsx file (first sheet) or .csv' },
  imported: withParams({ vi: (name: string, rows: number) => `Đã nhập “${name}” (${rows} dòng).`, en: (name, rows) => `Imported “${name}” (${rows} rows).` }),
  removeImport: { vi: 'Bỏ tệp đã nhập', en: 'Remove imported file' },
  createTemplate: { vi: 'Tạo mẫu danh mục', en: 'Create catalogue template' },
  templateCreated: withParams({
    vi: (name: string) => `Đã tạo trang “${name}”. Điền danh mục rồi bấm Kiểm tra.`,
    en: (name) => `Sheet “${name}” created. Fill in the catalogue, then click Check.`,
  }),
  templateExists: withParams({
    vi: (name: string) => `Trang “${name}” đã có; ChiTieu không thay đổi trang này.`,
    en: (name) => `Sheet “${name}” already exists; ChiTieu left it unchanged.`,
  }),
  actualColumn: { vi: 'Cột số liệu thực hiện', en: 'Actual value column' },
  actualRightmost: { vi: 'Cột ngoài cùng bên phải (mặc định)', en: 'Rightmost column (default)' },
  thresholds: { vi: 'Ngưỡng đánh giá (%)', en: 'Thresholds (%)' },
  critical: { vi: 'Tô đỏ khi dưới', en: 'Red below' },
  warning: { vi: 'Tô vàng khi dưới', en: 'Amber below' },
  thresholdsInvalid: { vi: 'Cần 0 < ngưỡng đỏ < ngưỡng vàng < 100.', en: 'Needs 0 < red < amber < 100.' },
  period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  numberStyle: { vi: 'Số dạng chữ “1.234” được đọc là', en: 'Text numbers like “1.234” are read as' },
  numberStyleVi: { vi: '1234 (dấu chấm ngăn nghìn, mặc định)', en: '1234 (dot groups thousands, default)' },
  numberStyleEn: { vi: '1,234 (dấu chấm là dấu thập phân)', en: '1.234 (dot is the decimal point)' },
  periodPlaceholder: { vi: 'VD: 6 tháng đầu năm 2025', en: 'e.g. first half of 2025' },
  check: { vi: 'Kiểm tra', en: 'Check' },
  summary: { vi: 'Tạo bảng tổng hợp', en: 'Build summary' },
  clearFlags: { vi: 'Xóa đánh dấu', en: 'Clear flags' },
  refresh: { vi: 'Đọc lại sổ tính', en: 'Re-read workbook' },
  flagsCleared: { vi: 'Đã xóa đánh dấu của ChiTieu; định dạng của bạn giữ nguyên.', en: "ChiTieu's flags removed; your own formatting is unchanged." },
  summaryWritten: withParams({ vi: (sheet: string) => `Đã ghi trang “${sheet}”.`, en: (sheet) => `Sheet “${sheet}” written.` }),
  checkWritten: withParams({ vi: (sheet: string) => `Đã ghi trang “${sheet}” và đánh dấu các chỉ tiêu chậm.`, en: (sheet) => `Sheet “${sheet}” written and lagging indicators flagged.` }),
  phase: {
    read: { vi: 'Đang đọc số liệu', en: 'Reading data' },
    check: { vi: 'Đang kiểm tra', en: 'Checking' },
    write: { vi: 'Đang ghi kết quả', en: 'Writing results' },
  },
  results: { vi: 'Kết quả', en: 'Results' },
  bySeverity: { vi: 'Theo mức độ', en: 'By severity' },
  byBand: { vi: 'Theo mức hoàn thành', en: 'By achievement' },
  total: { vi: 'Tổng số chỉ tiêu', en: 'Indicators in scope' },
  issues: { vi: 'Danh sách vấn đề', en: 'Issues' },
  baselineTitle: { vi: 'So với cùng kỳ', en: 'Compared with the same period' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  rateOfPlan: { vi: 'Tỷ lệ so KH', en: 'Rate of target' },
  rateOfBaseline: { vi: 'So với cùng kỳ (%)', en: 'Vs same period (%)' },
  noIssues: { vi: 'Không có vấn đề nào.', en: 'No issues found.' },
  goToCell: withParams({ vi: (ref: string) => `Đi tới ô ${ref}`, en: (ref) => `Go to cell ${ref}` }),
  showMore: withParams({ vi: (n: number) => `Xem thêm ${n} mục`, en: (n) => `Show ${n} more` }),
  errorTitle: { vi: 'Chưa chạy được', en: 'Could not run' },
  officeError: withParams({
    vi: (detail: string) => `Excel từ chối thao tác (${detail}). Hãy thoát chế độ sửa ô (Enter hoặc Esc), kiểm tra sổ tính không bị khóa, rồi thử lại.`,
    en: (detail) => `Excel refused the operation (${detail}). Leave cell-edit mode (Enter or Esc), make sure the workbook is not protected, then try again.`,
  }),
  noExcel: {
    vi: 'Không kết nối được với Excel. Hãy mở bảng điều khiển này từ thẻ Trang đầu trong Excel.',
    en: 'Not connected to Excel. Open this pane from the Home tab in Excel.',
  },
  noSheets: {
    vi: 'Chưa tìm thấy trang số liệu nào có cột “Thực hiện” và cột mã hoặc tên chỉ tiêu.',
    en: 'No data sheet found with an “Actual” column and an indicator code or name column.',
  },
  settingsSaved: { vi: 'Thiết lập được lưu trong sổ tính.', en: 'Settings are saved in the workbook.' },
  csvOnly: { vi: 'Chỉ nhận tệp .xlsx hoặc .csv.', en: 'Only .xlsx or .csv files can be imported.' },
  runInProgress: { vi: 'Đang kiểm tra… Hãy đợi lần chạy đang diễn ra xong rồi thử lại.', en: 'A check is running… Wait for it to finish, then try again.' },
  settings: { vi: 'Thiết lập', en: 'Settings' },
  showSettings: { vi: 'Hiện thiết lập', en: 'Show settings' },
  consolidate: {
    title: {
      vi: 'Tổng hợp nhiều đơn vị',
      en: 'Consolidate many units',
    },
    hint: {
      vi: 'Chọn các tệp báo cáo (.xlsx) của các đơn vị; ChiTieu kiểm tra từng tệp rồi cộng số liệu. Tệp của đơn vị không bị thay đổi.',
      en: "Choose the units' report files (.xlsx); ChiTieu checks each one, then adds up the figures. The units' files are not changed.",
    },
    pickUnits: {
      vi: 'Chọn tệp của các đơn vị…',
      en: "Choose the units' files…",
    },
    unitsPicked: withParams({
      vi: (n: number) => `Đã chọn ${n} tệp.`,
      en: (n) => `${n} ${n === 1 ? 'file' : 'files'} chosen.`,
    }),
    pickUnitList: {
      vi: 'Danh sách đơn vị (không bắt buộc)…',
      en: 'Unit list (optional)…',
    },
    unitList: withParams({
      vi: (name: string) => `Danh sách đơn vị: ${name}`,
      en: (name) => `Unit list: ${name}`,
    }),
    removeUnitList: {
      vi: 'Bỏ danh sách đơn vị',
      en: 'Remove the unit list',
    },
    catalogueShared: withParams({
      vi: (name: string) => `Danh mục dùng chung: ${name}`,
      en: (name) => `Shared catalogue: ${name}`,
    }),
    catalogueOwn: {
      vi: 'Danh mục: của từng tệp (nhập tệp danh mục ở phần thiết lập để dùng chung).',
      en: "Catalogue: each file's own (import a catalogue file in the settings to share one).",
    },
    run: {
      vi: 'Tổng hợp nhiều đơn vị',
      en: 'Consolidate many units',
    },
    reading: withParams({
      vi: (done: number, total: number, file: string) => `Đang đọc ${done}/${total}: ${file}`,
      en: (done, total, file) => `Reading ${done}/${total}: ${file}`,
    }),
    sheetsWritten: withParams({
      vi: (names: string) => `Đã ghi các trang ${names}.`,
      en: (names) => `Sheets ${names} written.`,
    }),
    issuesByUnit: {
      vi: 'Số vấn đề theo đơn vị',
      en: 'Issues by unit',
    },
    downloadWorkbook: withParams({
      vi: (name: string) => `Tải sổ tính tổng hợp (${name})`,
      en: (name) => `Download the consolidated workbook (${name})`,
    }),
    downloadHint: {
      vi: 'Sổ tính tải về gồm ba trang Tổng hợp đơn vị, Theo đơn vị và Tình hình nộp báo cáo; tệp của các đơn vị không bị thay đổi.',
      en: "The downloaded workbook has the Consolidated, By unit and Submissions sheets; the units' files are unchanged.",
    },
    workbookName: {
      vi: 'TONG-HOP.xlsx',
      en: 'consolidated.xlsx',
    },
    reportName: {
      vi: 'TONG-HOP.report.json',
      en: 'consolidated.report.json',
    },
  },
  web: {
    pageTitle: { vi: 'ChiTieu – kiểm tra chỉ tiêu (ngoại tuyến)', en: 'ChiTieu – indicator check (offline)' },
    offline: {
      vi: 'Chạy hoàn toàn trên máy này: tệp không được gửi đi đâu cả, không cần mạng.',
      en: 'Runs entirely on this computer: nothing is uploaded, no network needed.',
    },
    pickWorkbook: { vi: 'Chọn sổ tính (.xlsx)…', en: 'Choose a workbook (.xlsx)…' },
    dropHint: { vi: 'hoặc kéo thả tệp .xlsx vào đây', en: 'or drop an .xlsx file here' },
    dropHere: { vi: 'Thả tệp vào đây để kiểm tra', en: 'Drop the file here to check it' },
    workbook: withParams({ vi: (name: string) => `Sổ tính: ${name}`, en: (name) => `Workbook: ${name}` }),
    recheck: { vi: 'Kiểm tra lại với thiết lập mới', en: 'Check again with the new settings' },
    opening: { vi: 'Đang mở tệp', en: 'Opening the file' },
    busyRefused: withParams({
      vi: (running: string, dropped: string) => `Đang kiểm tra “${running}”, chưa nhận “${dropped}”. Chờ xong rồi chọn lại tệp.`,
      en: (running, dropped) => `Still checking “${running}”; “${dropped}” was not taken. Wait until it finishes, then choose the file again.`,
    }),
    notXlsx: withParams({
      vi: (name: string) => `“${name}” không phải tệp .xlsx. Chọn sổ tính Excel (.xlsx hoặc .xlsm).`,
      en: (name) => `“${name}” is not an .xlsx file. Choose an Excel workbook (.xlsx or .xlsm).`,
    }),
    downloads: { vi: 'Tải kết quả về máy', en: 'Download the results' },
    downloadWorkbook: withParams({ vi: (name: string) => `Tải sổ tính đã kiểm tra (${name})`, en: (name) => `Download the checked workbook (${name})` }),
    downloadReport: withParams({ vi: (name: string) => `Tải báo cáo JSON (${name})`, en: (name) => `Download the JSON report (${name})` }),
    downloadHint: {
      vi: 'Sổ tính tải về có thêm trang Kiểm tra, Tổng hợp và đánh dấu; tệp gốc của bạn không bị thay đổi.',
      en: 'The downloaded workbook adds the Validation and Summary sheets and the flags; your original file is unchanged.',
    },
    noWorkbook: { vi: 'Chưa mở sổ tính nào. Chọn sổ tính (.xlsx) rồi kiểm tra.', en: 'No workbook is open. Choose a workbook (.xlsx), then check.' },
    pageIncomplete: {
      vi: 'Trang chitieu.html không đầy đủ nên không kiểm tra được. Lấy lại tệp chitieu.html rồi mở lại.',
      en: 'The chitieu.html page is incomplete, so it cannot check. Get the chitieu.html file again and reopen it.',
    },
    workerStopped: {
      vi: 'Trình duyệt dừng việc kiểm tra (có thể thiếu bộ nhớ). Đóng bớt thẻ, tải lại trang rồi thử lại.',
      en: 'The browser stopped the check (it may be out of memory). Close other tabs, reload the page and try again.',
    },
  },
} as const satisfies MessageSection;

/** Every text the pane shows, in one language. */
export type PaneText = InLanguage<typeof PANE_MESSAGES>;

/** The offline web app's own words, in one language (everything else it shows comes from the pane's texts). */
export type WebText = PaneText['web'];

/** The pane's texts in a language. */
export function paneTexts(lang: Lang): PaneText {
  return inLanguage(PANE_MESSAGES, lang);
}
