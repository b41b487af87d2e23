/** The page's side of the worker: starts it from the script inlined in the page and turns its replies into promises. */
import type { ProgressListener, SheetData, WorkbookLayout } from '../core';
import { paneTexts, perLanguage } from '../core';
import type { PageMessage, ShownOutcome, WebCheckSettings, WorkerReply, WorkerRequest } from './protocol';

/** Id of the page element whose text is the worker's script (file:// pages cannot load worker files). */
export const WORKER_SOURCE_ID = 'chitieu-worker-source';

/** What a finished check hands the page. */
export interface CheckedFiles {
  readonly outcome: ShownOutcome;
  readonly workbook: Blob;
  readonly workbookName: string;
  readonly report: Blob;
  readonly reportName: string;
}

/** A failed request: the bilingual message to show. */
export class WorkerFailure extends Error {
  /** The bilingual reason. */
  readonly text: PageMessage;

  /** Creates the failure from its bilingual reason. */
  constructor(text: PageMessage) {
    super(text.en);
    this.text = text;
  }
}

type Pending = { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void; onProgress?: ProgressListener };

/** What the page says when the worker itself stops (out of memory, a crash). */
const WORKER_STOPPED: PageMessage = perLanguage((lang) => paneTexts(lang).web.workerStopped);

/** What the page says when its worker script is missing or answers out of turn: the page file is incomplete. */
const PAGE_INCOMPLETE: PageMessage = perLanguage((lang) => paneTexts(lang).web.pageIncomplete);

/** Starts the worker from the inlined script through a Blob URL. */
export function startInlineWorker(doc: Document = document): Worker {
  const source = doc.getElementById(WORKER_SOURCE_ID)?.textContent;
  if (!source) throw new WorkerFailure(PAGE_INCOMPLETE);
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return new Worker(url);
}

/** Sends files and settings to the worker; one request at a time is the page's rule, not this class's. */
export class WorkbookChecker {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** Listens to the worker's replies. */
  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
    worker.onerror = () => {
      for (const pending of this.pending.values()) pending.reject(new WorkerFailure(WORKER_STOPPED));
      this.pending.clear();
    };
  }

  /** Opens a picked workbook in the worker and returns its layout. */
  async open(file: Blob & { readonly name: string }, onProgress?: ProgressListener): Promise<WorkbookLayout> {
    onProgress?.({ phase: 'read', done: 0, total: 1 });
    const bytes = await file.arrayBuffer();
    const reply = await this.send({ kind: 'open', id: 0, name: file.name, bytes }, [bytes], onProgress);
    if (reply.kind !== 'opened') throw new WorkerFailure(PAGE_INCOMPLETE);
    return reply.layout;
  }

  /** Reads a picked catalogue file (.csv, .xlsx, .xlsm) in the worker, as the CLI's `--catalogue FILE` does. */
  async readCatalogue(file: Blob & { readonly name: string }): Promise<SheetData> {
    const bytes = await file.arrayBuffer();
    const reply = await this.send({ kind: 'catalogue', id: 0, name: file.name, bytes }, [bytes]);
    if (reply.kind !== 'catalogue-read') throw new WorkerFailure(PAGE_INCOMPLETE);
    return reply.sheet;
  }

  /** Checks the open workbook with these settings. */
  async check(settings: WebCheckSettings, onProgress?: ProgressListener): Promise<CheckedFiles> {
    const reply = await this.send({ kind: 'check', id: 0, settings }, [], onProgress);
    if (reply.kind !== 'checked') throw new WorkerFailure(PAGE_INCOMPLETE);
    const xlsx = reply.workbookName.endsWith('.xlsm') ? 'application/vnd.ms-excel.sheet.macroEnabled.12' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return {
      outcome: reply.outcome,
      workbook: new Blob([reply.workbook], { type: xlsx }),
      workbookName: reply.workbookName,
      report: new Blob([reply.report], { type: 'application/json' }),
      reportName: reply.reportName,
    };
  }

  private send(request: WorkerRequest, transfer: Transferable[], onProgress?: ProgressListener): Promise<WorkerReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        resolve: (reply) => (reply.kind === 'failed' ? reject(new WorkerFailure(reply.message)) : resolve(reply)),
        reject,
        onProgress,
      });
      this.worker.postMessage({ ...request, id }, transfer);
    });
  }

  private receive(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === 'progress') {
      pending.onProgress?.(reply.progress);
      return;
    }
    this.pending.delete(reply.id);
    pending.resolve(reply);
  }
}
