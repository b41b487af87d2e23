/** The web app's worker: opens, describes and checks workbooks off the page's thread, reporting progress. */
import { CheckSession, NO_WORKBOOK, readCatalogueFile, SessionError, sessionMessage } from './check-session';
import type { WorkerReply, WorkerRequest } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let session: CheckSession | null = null;

/** Copies bytes into a buffer of their own, so it can be transferred to the page. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
}

/** Handles one request; every failure becomes a `failed` reply with the CLI's message. */
async function handle(request: WorkerRequest): Promise<void> {
  const { id } = request;
  try {
    if (request.kind === 'open') {
      session = null;
      session = CheckSession.open(request.name, new Uint8Array(request.bytes));
      scope.postMessage({ kind: 'opened', id, layout: await session.layout() });
      return;
    }
    if (request.kind === 'catalogue') {
      scope.postMessage({ kind: 'catalogue-read', id, sheet: readCatalogueFile(request.name, new Uint8Array(request.bytes)) });
      return;
    }
    if (!session) throw new SessionError(NO_WORKBOOK);
    const result = await session.check(request.settings, (progress) => scope.postMessage({ kind: 'progress', id, progress }));
    const workbook = ownBuffer(result.workbook);
    const report = ownBuffer(result.report);
    scope.postMessage(
      { kind: 'checked', id, outcome: result.outcome, workbook, workbookName: result.workbookName, report, reportName: result.reportName },
      [workbook, report],
    );
  } catch (error) {
    scope.postMessage({ kind: 'failed', id, message: sessionMessage(error) });
  }
}

scope.onmessage = (event) => void handle(event.data);
