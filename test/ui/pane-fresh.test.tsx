/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/ui/components/App';
import { runExclusive } from '../../src/ui/run-guard';
import { newSheet, newWorkbook, userAddsSheet } from '../excel/fake';
import { DATA_SHEET, planningWorkbook } from '../excel/fixture';
import { testHost } from './fake-host';
import { fillJsdomGaps } from './jsdom-gaps';


beforeAll(() => {
  fillJsdomGaps();
});

const dataSheetCells = () => planningWorkbook()[1].cells;

function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('the pane stays current (jsdom, fake Excel host)', () => {
  it('offers a data sheet the user adds in Excel without a click on re-read', async () => {
    const { host, book } = testHost('vi-VN');
    render(<App host={host} />);
    await screen.findByRole('option', { name: DATA_SHEET });
    act(() => userAddsSheet(book, { name: 'Số liệu 2025', cells: dataSheetCells() }));
    expect(await screen.findByRole('option', { name: 'Số liệu 2025' })).toBeTruthy();
  });

  it('re-reads the workbook when the pane is shown again', async () => {
    const { host, book } = testHost('vi-VN');
    render(<App host={host} />);
    await screen.findByRole('option', { name: DATA_SHEET });
    setVisibility('hidden');
    book.sheets.push({ ...newSheet('Số liệu quý 3'), cells: dataSheetCells() });
    act(() => setVisibility('visible'));
    expect(await screen.findByRole('option', { name: 'Số liệu quý 3' })).toBeTruthy();
  });

  it('shows results first: the settings collapse after the first run and come back on request', async () => {
    const { host } = testHost('vi-VN');
    render(<App host={host} />);
    await screen.findByRole('option', { name: DATA_SHEET });
    expect(screen.getByText('Trang số liệu')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByTestId('band-counts');
    expect(screen.queryByText('Trang số liệu')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Hiện thiết lập' }));
    expect(screen.getByText('Trang số liệu')).toBeTruthy();
  });

  it('while the ribbon runs a check, says so and lets no second run start', async () => {
    const { host } = testHost('vi-VN');
    render(<App host={host} />);
    await screen.findByRole('option', { name: DATA_SHEET });
    let release = (): void => undefined;
    let held: Promise<unknown> = Promise.resolve();
    act(() => {
      held = runExclusive('check', () => new Promise<void>((resolve) => (release = resolve)));
    });
    expect(await screen.findByText(/^Đang kiểm tra…/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Kiểm tra' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Xóa đánh dấu' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {
      release();
      await held;
    });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Kiểm tra' }) as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByText(/^Đang kiểm tra…/)).toBeNull();
  });

  it('reads the layout and clears flags of many sheets in a fixed number of round trips, not one per sheet', async () => {
    const sheets = [...planningWorkbook(), ...[1, 2, 3, 4, 5].map((n) => ({ name: `Số liệu huyện ${n}`, cells: dataSheetCells() }))];
    const { host, book } = testHost('vi-VN', undefined, newWorkbook(sheets));
    render(<App host={host} />);
    await screen.findByRole('option', { name: 'Số liệu huyện 5' });
    expect(book.syncs).toBeLessThanOrEqual(3);
    const before = book.syncs;
    fireEvent.click(screen.getByRole('button', { name: 'Xóa đánh dấu' }));
    await screen.findByText(/Đã xóa đánh dấu/);
    expect(book.syncs - before).toBeLessThanOrEqual(4);
  });
});
