/** Browser entry of the injected Excel host: installs the fake `Excel` over an in-memory workbook before the pane loads. */
import { createFakeExcel, newWorkbook } from '../excel/fake';
import type { FakeWorkbook } from '../excel/fake';

/** The sheets the test hands over (plain JSON). */
type Sheets = Parameters<typeof newWorkbook>[0];

interface TestWindow {
  Excel?: unknown;
  __chitieuBook?: FakeWorkbook;
  __chitieuSnapshot?: () => string;
  installFakeExcel?: (sheets: Sheets) => void;
}

const win = window as unknown as TestWindow;

win.installFakeExcel = (sheets: Sheets): void => {
  const book = newWorkbook(sheets);
  const excel = createFakeExcel(book);
  Object.defineProperty(window, 'Excel', { configurable: true, get: () => excel, set: () => undefined });
  win.__chitieuBook = book;
  win.__chitieuSnapshot = () =>
    JSON.stringify({
      active: book.active,
      selection: book.selection,
      syncs: book.syncs,
      sheets: book.sheets.map((s) => ({ ...s, names: [...s.names.entries()], hyperlinks: [...s.hyperlinks.entries()] })),
    });
};
