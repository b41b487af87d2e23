/**
 * One Excel.run for a whole run: the workbook is scanned once (names, owned markers, used ranges, the first rows
 * of every sheet, conditional-format types) in two syncs whatever the number of sheets, leftovers of interrupted
 * runs are removed, and writes are queued and sent together within the request budget.
 */
import type { ApiSupport } from './host';
import { REQUEST_BUDGET_BYTES } from './host';

/** One batch's worth of queued work that has to be re-queued if its sync fails (lazy loads). */
type Requeue = () => void;

/** The shared state of one run inside one request context. */
export class ExcelSession {
  private queuedBytes = 0;
  private pendingWrites = false;
  private readonly lazyLoads = new Map<string, Requeue>();
  private readonly queuedLoads = new Set<string>();

  constructor(
    readonly context: Excel.RequestContext,
    readonly supports: ApiSupport,
    readonly chunkRows?: number,
  ) {}

  /** Registers loads to ride along with the next sync (whatever it is for); re-queued if that sync fails. */
  loadLazily(key: string, queue: Requeue): void {
    this.lazyLoads.set(key, queue);
  }

  /** True once the lazy loads under `key` have arrived. */
  loaded(key: string): boolean {
    return !this.lazyLoads.has(key);
  }

  /** Sends everything queued (plus pending lazy loads) in one round trip. */
  async sync(): Promise<void> {
    for (const [key, queue] of this.lazyLoads) {
      if (this.queuedLoads.has(key)) continue;
      queue();
      this.queuedLoads.add(key);
    }
    const sent = [...this.queuedLoads];
    this.queuedBytes = 0;
    this.pendingWrites = false;
    try {
      await this.context.sync();
    } finally {
      this.queuedLoads.clear();
    }
    for (const key of sent) this.lazyLoads.delete(key);
  }

  /** Notes `bytes` of queued writes; syncs first when they would push the request past the budget. */
  async reserve(bytes: number): Promise<void> {
    if (this.pendingWrites && this.queuedBytes + bytes > REQUEST_BUDGET_BYTES) await this.sync();
    this.queuedBytes += bytes;
    this.pendingWrites = true;
  }

  /** Sends queued writes, if any (the end of a run). */
  async flush(): Promise<void> {
    if (this.pendingWrites) await this.sync();
  }
}
