/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/ui/components/App';
import { DATA_SHEET } from '../excel/fixture';
import { testHost } from './fake-host';
import { fillJsdomGaps } from './jsdom-gaps';

// Runs share the machine with the browser and build tests: give asynchronous queries time.

beforeAll(() => {
  fillJsdomGaps();
});

describe('task pane (jsdom, fake Excel host)', () => {
  it('follows the display language, runs a check, shows counts and groups issues; a click selects the cell', async () => {
    const { host, book } = testHost('vi-VN');
    render(<App host={host} />);
    await screen.findByRole('option', { name: DATA_SHEET });
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    const bands = await screen.findByTestId('band-counts', {}, { timeout: 10_000 });
    expect(within(bands).getByText('Đạt dưới 50%').closest('tr')?.textContent).toBe('Đạt dưới 50%1');
    expect(screen.getByRole('heading', { name: /^Lỗi \(\d+\)$/ })).toBeTruthy();
    expect(book.active).toBe('Kiểm tra');
    fireEvent.click(screen.getByRole('button', { name: /Số liệu 2024!B7/ }));
    await waitFor(() => expect(book.selection).toEqual({ sheet: DATA_SHEET, address: 'B7' }));
  });

  it('switches to English and saves the choice in the workbook settings', async () => {
    const { host, saved } = testHost('vi-VN');
    render(<App host={host} />);
    await screen.findByRole('option', { name: DATA_SHEET });
    fireEvent.change(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), { target: { value: 'en' } });
    expect(await screen.findByRole('button', { name: 'Check' })).toBeTruthy();
    expect(screen.getByText('Data sheet')).toBeTruthy();
    expect(saved.at(-1)?.lang).toBe('en');
  });

  it('starts in English for an English Office and saves the chosen data sheet and period', async () => {
    const { host, saved } = testHost('en-US');
    render(<App host={host} />);
    await screen.findByRole('option', { name: DATA_SHEET });
    fireEvent.change(screen.getByRole('combobox', { name: 'Data sheet' }), { target: { value: DATA_SHEET } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Reporting period' }), { target: { value: '6 tháng đầu năm 2025' } });
    expect(saved.at(-1)).toMatchObject({ dataSheet: DATA_SHEET, period: '6 tháng đầu năm 2025' });
  });

  it('refuses to run with thresholds out of order and says why', async () => {
    const { host } = testHost('vi-VN');
    render(<App host={host} />);
    await screen.findByRole('option', { name: DATA_SHEET });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Tô đỏ khi dưới' }), { target: { value: '80' } });
    expect(screen.getByText('Cần 0 < ngưỡng đỏ < ngưỡng vàng < 100.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Kiểm tra' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows a run failure in an alert with what to do', async () => {
    const { host, book } = testHost('vi-VN');
    book.sheets.splice(0, 1);
    render(<App host={host} />);
    await screen.findByRole('option', { name: DATA_SHEET });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Chưa chạy được/);
    expect(alert.textContent?.length).toBeGreaterThan(30);
  });

  it('creates the catalogue template sheet with its header row, and clears flags', async () => {
    const { host, book } = testHost('vi-VN');
    book.sheets.splice(0, 1);
    render(<App host={host} />);
    await screen.findByRole('option', { name: DATA_SHEET });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo mẫu danh mục' }));
    await screen.findByText(/Đã tạo trang “Danh mục chỉ tiêu”/);
    const sheet = book.sheets.find((s) => s.name === 'Danh mục chỉ tiêu')!;
    expect(sheet.cells[0]?.map((c) => c?.value)).toEqual(['STT', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Lĩnh vực', 'Đơn vị tính', 'Chiều đánh giá', 'Mục tiêu', 'Cơ quan chủ trì']);
    fireEvent.click(screen.getByRole('button', { name: 'Xóa đánh dấu' }));
    await screen.findByText(/Đã xóa đánh dấu/);
  });
});
