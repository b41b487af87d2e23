import { readCatalogueFile } from '../../src/ui/catalogue-file';
import { errorText, fileErrorText } from '../../src/ui/errors';
import { XlsxError } from '../../src/xlsx/errors';

function fileOf(name: string, data: BlobPart): Blob & { name: string } {
  return Object.assign(new Blob([data]), { name });
}

describe('pane error texts', () => {
  it('shows a catalogue file problem in the language the user chose, not both', async () => {
    const error = await readCatalogueFile(fileOf('ghi-chu.csv', 'a,b\n1,2\n')).catch((e: unknown) => e);
    expect(fileErrorText(error, 'vi')).toBe('Tệp danh mục “ghi-chu.csv” không có dòng tiêu đề với cột Mã chỉ tiêu và Tên chỉ tiêu. Thêm dòng tiêu đề rồi chạy lại.');
    expect(fileErrorText(error, 'en')).toBe('Catalogue file "ghi-chu.csv" has no header row with code and name columns. Add the header row and run again.');
  });

  it('names a damaged workbook the way the command line does, in the chosen language', () => {
    expect(fileErrorText(new XlsxError('encrypted', 'password'), 'vi')).toMatch(/^Sổ tính được đặt mật khẩu/);
    expect(errorText(new XlsxError('encrypted', 'password'), 'en')).toMatch(/^The workbook is password-protected/);
  });

  it('wraps any other failure in a sentence that says what to do', () => {
    expect(fileErrorText(new Error('boom'), 'vi')).toBe('Lỗi ngoài dự kiến: boom. Gửi tệp cho bộ phận hỗ trợ.');
    expect(errorText(Object.assign(new Error('x'), { code: 'InvalidOperation' }), 'en')).toMatch(/^Excel refused the operation \(InvalidOperation\)/);
  });
});
