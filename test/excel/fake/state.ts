/** In-memory workbook state behind the fake Excel host (used by adapter tests and the browser test). */

/** One stored cell. */
export interface FakeCell {
  value: string | number | boolean;
  numberFormat: string;
  /** Formula text with its leading "=" when the cell holds one. */
  formula?: string;
  /** True when value is an Excel error such as "#DIV/0!". */
  error?: boolean;
}

/** One recorded format setting: areas, property path and value. */
export interface FakeFormat {
  readonly areas: string;
  readonly property: string;
  readonly value: unknown;
}

/** A conditional format as stored. */
export interface FakeConditionalFormat {
  readonly id: number;
  type: string;
  areas: string;
  formula: string;
  fill?: string;
  fontColor?: string;
}

/** A chart as stored. */
export interface FakeChartState {
  type: string;
  source: string;
  title: string;
  legend: string;
  anchor: string;
  width: number;
  height: number;
  series: Array<{ name: string; values: string; categories: string; color: string }>;
}

/** One worksheet. */
export interface FakeSheet {
  name: string;
  cells: Array<Array<FakeCell | undefined> | undefined>;
  formats: FakeFormat[];
  merges: string[];
  frozenRows: number;
  pageLayout: Record<string, unknown>;
  names: Map<string, { formula: string; visible: boolean; comment: string }>;
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChartState[];
  hyperlinks: Map<string, { documentReference?: string; textToDisplay?: string }>;
}

/** One request as the fake received it: bytes sent, bytes returned, operations. */
export interface FakeRequest {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly operations: number;
}

/** The whole workbook plus the counters tests assert on. */
export interface FakeWorkbook {
  sheets: FakeSheet[];
  active: string;
  selection: { sheet: string; address: string } | null;
  syncs: number;
  requests: FakeRequest[];
  /** Request/response limit in bytes (Excel on the web: 5 MB). */
  payloadLimit: number;
  /** Every property name any load() asked for. */
  loadedProperties: Set<string>;
  /** When set, the operation it matches fails at sync (the ones before it in the batch stay applied, as in Excel). */
  failOn?: (wire: unknown) => boolean;
  /** Handlers registered on worksheets.onAdded / onDeleted / onNameChanged. */
  sheetEvents: Array<() => Promise<void>>;
  nextId: number;
}

/** A new empty sheet. */
export function newSheet(name: string): FakeSheet {
  return { name, cells: [], formats: [], merges: [], frozenRows: 0, pageLayout: {}, names: new Map(), conditionalFormats: [], charts: [], hyperlinks: new Map() };
}

/** A workbook from sheets of plain values (a string starting with "#" and ending "!"/"?"/"A" that is a known error becomes an error). */
export function newWorkbook(sheets: ReadonlyArray<{ name: string; cells: FakeSheet['cells'] }>): FakeWorkbook {
  return {
    sheets: sheets.map((s) => ({ ...newSheet(s.name), cells: s.cells.map((row) => row?.map((c) => (c ? { ...c } : undefined))) })),
    active: sheets[0]?.name ?? '',
    selection: null,
    syncs: 0,
    requests: [],
    payloadLimit: 5 * 1024 * 1024,
    loadedProperties: new Set(),
    sheetEvents: [],
    nextId: 1,
  };
}

/** Tells the registered sheet-event handlers that sheets changed (as Excel does, after the change, asynchronously). */
export function fireSheetEvent(book: FakeWorkbook): void {
  for (const handler of book.sheetEvents) setTimeout(() => void handler(), 0);
}

/** The user adds a sheet in Excel (outside any ChiTieu batch). */
export function userAddsSheet(book: FakeWorkbook, sheet: { name: string; cells: FakeSheet['cells'] }): void {
  book.sheets.push({ ...newSheet(sheet.name), cells: sheet.cells });
  fireSheetEvent(book);
}

/** UTF-8 length of a JSON serialization: what a request of these operations weighs. */
export function utf8JsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 2 : 3;
  }
  return bytes;
}

/** A deep, comparable snapshot of one sheet (for "left exactly as it was" assertions). */
export function snapshotSheet(sheet: FakeSheet): string {
  return JSON.stringify({
    ...sheet,
    names: [...sheet.names.entries()],
    hyperlinks: [...sheet.hyperlinks.entries()],
  });
}
