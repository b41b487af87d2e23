/** A fake `Excel` namespace over an in-memory workbook: enough of Office.js for the adapter, the pane and the commands. */
import { FakeContext } from './context';
import type { FakeWorkbook } from './state';
import { FakeWorksheetCollection } from './worksheet';

export * from './state';
export { FakeOfficeError } from './context';

/** The slice of `Excel` ChiTieu uses. */
export interface FakeExcel {
  run<T>(batchOrOptions: unknown, maybeBatch?: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly book: FakeWorkbook;
}

/** A request context over the workbook (cast to the Office.js type the adapter expects). */
export function fakeContext(book: FakeWorkbook): Excel.RequestContext {
  const ctx = new FakeContext(book);
  const worksheets = new FakeWorksheetCollection(ctx);
  return { workbook: { worksheets }, sync: () => ctx.sync() } as unknown as Excel.RequestContext;
}

/** The fake namespace: `run` accepts `(batch)` or `(options, batch)` like Excel.run. */
export function createFakeExcel(book: FakeWorkbook): FakeExcel {
  return {
    book,
    run<T>(batchOrOptions: unknown, maybeBatch?: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const batch = (typeof batchOrOptions === 'function' ? batchOrOptions : maybeBatch) as (context: Excel.RequestContext) => Promise<T>;
      return batch(fakeContext(book));
    },
  };
}
