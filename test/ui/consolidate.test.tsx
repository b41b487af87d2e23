/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/ui/components/App';
import { DATA_SHEET } from '../excel/fixture';
import { testHost } from './fake-host';
import { fillJsdomGaps } from './jsdom-gaps';

// Runs share the machine with the browser and build tests: give asynchronous queries time.

const UNITS = join(__dirname, '..', 'fixtures', 'units');
const UNIT_FILES = ['xa-thuy-hung.xlsx', 'tt-na-sam.xlsx', 'xa-hoang-viet.xlsx', 'xa-tan-my.xlsx', 'xa-hoang-van-thu.xlsx', 'xa-tan-thanh.xlsx'];

beforeAll(() => {
  fillJsdomGaps();
});

/** A fixture as a picked file; `hold` delays its bytes until the returned release is called. */
function picked(name: string, hold?: Promise<void>): File {
  const bytes = readFileSync(join(UNITS, name));
  const file = new File([bytes], name);
  const own = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => (await hold, own) });
  return file;
}

/** The pane over the planning workbook, ready (its data sheet listed). */
async function openPane() {
  const test = testHost('vi-VN');
  render(<App host={test.host} />);
  await screen.findByRole('option', { name: DATA_SHEET });
  return test;
}

describe('Tổng hợp nhiều đơn vị in the task pane', () => {
  it('reads the picked files in turn with progress, shows completeness and issues per unit, and writes the three sheets', async () => {
    const { book } = await openPane();
    const run = screen.getByRole('button', { name: 'Tổng hợp nhiều đơn vị' }) as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Nhập danh mục từ tệp…'), { target: { files: [picked('danh-muc.csv')] } });
    expect(await screen.findByText('Danh mục dùng chung: danh-muc.csv')).toBeTruthy();
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const files = UNIT_FILES.map((name) => picked(name, name === 'xa-tan-my.xlsx' ? held : undefined));
    fireEvent.change(screen.getByTestId('units-input'), { target: { files } });
    fireEvent.change(screen.getByTestId('unit-list-input'), { target: { files: [picked('don-vi.csv')] } });
    expect(screen.getByTestId('units-picked').textContent).toBe('Đã chọn 6 tệp.');
    expect(screen.getByText('Danh sách đơn vị: don-vi.csv')).toBeTruthy();
    fireEvent.click(run);

    // Files are read in name order, one at a time: the fourth waits for its bytes while the pane says so.
    expect(await screen.findByText('Đang đọc 4/6: xa-tan-my.xlsx')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Kiểm tra' }) as HTMLButtonElement).disabled).toBe(true);
    release();

    const completeness = await screen.findByTestId('completeness');
    expect([...completeness.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '6/7 đơn vị đã nộp; 1 đơn vị chưa nộp: Xã Bắc La.',
      'Đơn vị có lỗi: UBND THỊ TRẤN NA SẦM, xa-hoang-viet.',
      'Không đọc được: xa-hoang-viet (xa-hoang-viet.xlsx).',
    ]);
    const table = screen.getByTestId('unit-issues');
    const row = (unit: string) => [...within(table).getAllByRole('row')].find((r) => r.getAttribute('data-unit') === unit)?.textContent;
    expect(row('UBND THỊ TRẤN NA SẦM')).toBe('UBND THỊ TRẤN NA SẦMĐã nộp20');
    expect(row('UBND XÃ THỤY HÙNG')).toBe('UBND XÃ THỤY HÙNGĐã nộp02XH03');
    expect(row('xa-hoang-viet')).toBe('xa-hoang-vietKhông đọc được10');
    expect(row('Xã Bắc La')).toBe('Xã Bắc LaChưa nộp');

    expect(await screen.findByText('Đã ghi các trang “Tổng hợp đơn vị”, “Theo đơn vị”, “Tình hình nộp báo cáo”.')).toBeTruthy();
    expect(book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Tổng hợp đơn vị', 'Theo đơn vị', 'Tình hình nộp báo cáo']));
    expect(book.active).toBe('Tổng hợp đơn vị');
    const submissions = book.sheets.find((s) => s.name === 'Tình hình nộp báo cáo');
    expect(submissions?.cells[1]?.[0]?.value).toBe('6/7 đơn vị đã nộp; 1 đơn vị chưa nộp: Xã Bắc La.');
  });

  it('in English, without a unit list, counts the submitted units; a second run replaces its sheets', async () => {
    const { book } = await openPane();
    fireEvent.change(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), { target: { value: 'en' } });
    expect(await screen.findByText("Catalogue: each file's own (import a catalogue file in the settings to share one).")).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Import a catalogue file…'), { target: { files: [picked('danh-muc.csv')] } });
    expect(await screen.findByText('Shared catalogue: danh-muc.csv')).toBeTruthy();
    const before = book.sheets.length;
    for (let i = 0; i < 2; i++) {
      fireEvent.change(screen.getByTestId('units-input'), { target: { files: [picked('xa-tan-my.xlsx'), picked('xa-tan-thanh.xlsx')] } });
      fireEvent.click(screen.getByRole('button', { name: 'Consolidate many units' }));
      expect(await screen.findByText('Sheets “Consolidated”, “By unit”, “Submissions” written.')).toBeTruthy();
      const completeness = await screen.findByTestId('completeness');
      expect([...completeness.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['2 units submitted.', 'No unit has errors.']);
    }
    await waitFor(() => expect(book.sheets.length).toBe(before + 3));
  });
});
