/** Why a workbook could not be read or written faithfully; the CLI turns the code into a bilingual message. */
export type XlsxErrorCode =
  | 'not-a-workbook'
  | 'legacy-xls'
  | 'encrypted'
  | 'corrupt'
  | 'cannot-preserve'
  | 'zip64'
  | 'sheet-not-found';

/** An error about the .xlsx package itself (not about the user's data), with a stable code and an English detail. */
export class XlsxError extends Error {
  /** Stable machine-readable reason. */
  readonly code: XlsxErrorCode;

  /** Creates the error with its code and English detail. */
  constructor(code: XlsxErrorCode, detail: string) {
    super(detail);
    this.name = 'XlsxError';
    this.code = code;
  }
}
