/** What to tell the user, in Vietnamese and English, for each problem with a workbook file itself (every host says the same). */
import type { XlsxErrorCode } from './errors';

/** A message in both languages. */
export interface PackageMessage {
  readonly vi: string;
  readonly en: string;
}

/** What to tell the user for each problem with the workbook file itself. */
export const PACKAGE_MESSAGES: Readonly<Record<XlsxErrorCode, PackageMessage>> = {
  'not-a-workbook': {
    vi: 'Tệp không phải sổ tính Excel .xlsx (có thể hỏng hoặc sai định dạng). Mở tệp bằng Excel và lưu lại dưới dạng .xlsx.',
    en: 'The file is not an Excel .xlsx workbook (it may be damaged or of another kind). Open it in Excel and save it as .xlsx.',
  },
  'legacy-xls': {
    vi: 'Đây là tệp Excel 97-2003 (.xls). Mở bằng Excel, chọn Lưu thành (Save As) định dạng .xlsx rồi chạy lại.',
    en: 'This is an Excel 97-2003 (.xls) file. Open it in Excel, Save As .xlsx and run again.',
  },
  encrypted: {
    vi: 'Sổ tính được đặt mật khẩu nên không đọc được. Gỡ mật khẩu mở tệp (File > Info > Protect Workbook) rồi chạy lại.',
    en: 'The workbook is password-protected and cannot be read. Remove the open password (File > Info > Protect Workbook) and run again.',
  },
  corrupt: {
    vi: 'Tệp .xlsx bị hỏng (nén không đọc được). Mở bằng Excel để sửa, lưu lại rồi chạy lại.',
    en: 'The .xlsx file is damaged (its archive cannot be read). Open it in Excel to repair it, save, and run again.',
  },
  zip64: {
    vi: 'Tệp quá lớn (định dạng ZIP64) nên chưa được hỗ trợ. Tách sổ tính thành các tệp nhỏ hơn.',
    en: 'The file is too large (ZIP64 format) and is not supported. Split the workbook into smaller files.',
  },
  'cannot-preserve': {
    vi: 'Không thể ghi kết quả mà vẫn giữ nguyên mọi phần của sổ tính, nên không ghi gì cả. Gửi tệp cho bộ phận hỗ trợ.',
    en: 'The result cannot be written without losing part of the workbook, so nothing was written. Send the file to support.',
  },
  'sheet-not-found': {
    vi: 'Không tìm thấy trang tính được yêu cầu trong sổ tính. Kiểm tra lại tên trang.',
    en: 'The requested sheet is not in the workbook. Check the sheet name.',
  },
};
