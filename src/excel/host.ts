/** How the adapter reaches Excel: a batch runner over a RequestContext, and run-time API-set detection. */

/** Runs one batch of Office.js work against a request context (Excel.run, or a test double). */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Says whether an ExcelApi requirement set version (e.g. "1.9") is available at run time. */
export type ApiSupport = (version: string) => boolean;

/** A batch runner over the real Excel.run; `delayForCellEdit` waits for the user to leave cell-edit mode (ribbon runs). */
export function excelRunner(delayForCellEdit: boolean): RunBatch {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    delayForCellEdit ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch);
}

/** Feature detection through Office.context.requirements; false when Office is absent (e.g. a plain browser). */
export const officeApiSupport: ApiSupport = (version) => {
  if (compareVersions(version, MINIMUM_EXCEL_API) <= 0) return true;
  try {
    return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
  } catch {
    return false;
  }
};

/** Codes of the errors Excel raises when one request or response exceeds its payload limit (5 MB on the web). */
export const PAYLOAD_LIMIT_CODES: readonly string[] = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'];

/** Words of any other payload or size refusal (codes and messages vary between hosts and versions). */
const SIZE_REFUSAL = /payload|size ?limit|too ?large|exceeds? the (?:maximum|limit)/i;

/** True when an error thrown by context.sync() says a request or response was too large, so a smaller one may pass. */
export function isPayloadLimitError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (PAYLOAD_LIMIT_CODES.includes(code) || SIZE_REFUSAL.test(code))) return true;
  return typeof message === 'string' && SIZE_REFUSAL.test(message);
}

/** Largest request the adapter plans for, below Excel on the web's 5 MB limit to leave room for envelope overhead. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** Most cells one read may ask for (Excel's limit is 5 million). */
export const MAX_CELLS_PER_READ = 5_000_000;

/** Rows per read chunk to start with; later chunks are sized from the bytes the first ones took. */
export const START_CHUNK_ROWS = 5_000;

/** Response size a read chunk aims at, well below the 5 MB limit (a refusal still halves the chunk). */
export const READ_TARGET_BYTES = 3_000_000;

/** Most rows one write chunk holds, whatever its size. */
export const MAX_WRITE_ROWS = 50_000;

/** The ExcelApi version the page checks before it loads the pane (docs/adr/0107); anything at or below it needs no run-time check. */
export const MINIMUM_EXCEL_API = '1.7';

/** Compares dotted versions numerically ("1.10" > "1.9"). */
export function compareVersions(a: string, b: string): number {
  const [amaj, amin = 0] = a.split('.').map(Number);
  const [bmaj, bmin = 0] = b.split('.').map(Number);
  return amaj !== bmaj ? amaj - bmaj : amin - bmin;
}
