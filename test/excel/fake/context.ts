/** The fake RequestContext: queues operations and loads, measures each request, applies them on sync(). */
import type { FakeWorkbook } from './state';
import { utf8JsonBytes } from './state';

/** One queued operation: what would go over the wire, and what it does when the batch runs. */
interface Queued {
  readonly wire: unknown;
  readonly run: () => unknown;
}

/** Error shaped like OfficeExtension.Error. */
export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** Queue and sync logic shared by every fake proxy object. */
export class FakeContext {
  private queue: Queued[] = [];

  constructor(readonly book: FakeWorkbook) {}

  /** Queues an operation; `run` executes at sync and may return response data. */
  enqueue(wire: unknown, run: () => unknown): void {
    this.queue.push({ wire, run });
  }

  /** Sends the queued batch: refuses it when the request or the response exceeds the payload limit. */
  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.book.syncs++;
    const requestBytes = utf8JsonBytes(batch.map((q) => q.wire));
    if (requestBytes > this.book.payloadLimit) {
      this.book.requests.push({ requestBytes, responseBytes: 0, operations: batch.length });
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `Request payload ${requestBytes} bytes exceeds the limit.`);
    }
    const responses: unknown[] = [];
    for (const q of batch) {
      if (this.book.failOn?.(q.wire)) {
        this.book.requests.push({ requestBytes, responseBytes: 0, operations: batch.length });
        throw new FakeOfficeError('GeneralException', 'The operation was interrupted.');
      }
      responses.push(q.run());
    }
    const responseBytes = utf8JsonBytes(responses);
    this.book.requests.push({ requestBytes, responseBytes, operations: batch.length });
    if (responseBytes > this.book.payloadLimit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `Response payload ${responseBytes} bytes exceeds the limit.`);
    }
    await Promise.resolve();
  }
}

/** Base of every fake client object: loaded properties are only readable after load() and sync(). */
export class FakeClientObject {
  private loaded: Record<string, unknown> | null = null;
  private pendingLoad = false;
  private nullObject: boolean | undefined;

  constructor(protected readonly ctx: FakeContext) {}

  /** Queues a load of the given properties (string, comma list or array). */
  load(properties?: string | string[]): this {
    const list = (Array.isArray(properties) ? properties : (properties ?? '').split(',')).map((p) => p.trim()).filter((p) => p !== '');
    this.pendingLoad = true;
    for (const p of list) this.ctx.book.loadedProperties.add(p);
    this.ctx.enqueue({ load: list }, () => {
      const exists = this.exists();
      this.nullObject = !exists;
      this.loaded = exists ? this.readProperties(list) : {};
      this.pendingLoad = false;
      return this.loaded;
    });
    return this;
  }

  /** True for a null object (OrNullObject methods); readable only after a sync. */
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject read before sync');
    return this.nullObject;
  }

  /** Marks properties as loaded (items of a loaded collection). */
  setLoaded(values: Record<string, unknown>): void {
    this.loaded = values;
    this.nullObject = false;
  }

  /** Queues the existence check an OrNullObject method makes, so isNullObject is readable after the next sync. */
  trackExistence(): this {
    this.ctx.enqueue({ exists: true }, () => {
      this.nullObject = !this.exists();
      return this.nullObject;
    });
    return this;
  }

  /** Reads one loaded property, throwing like Office.js when it was not loaded and synced. */
  protected loadedValue<T>(property: string): T {
    if (this.pendingLoad || this.loaded === null || !(property in this.loaded)) {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${property}' is not available. Load it and call context.sync() first.`);
    }
    return this.loaded[property] as T;
  }

  /** Whether the object this proxy refers to exists at sync time. */
  protected exists(): boolean {
    return true;
  }

  /** Computes the loaded properties at sync time. */
  protected readProperties(list: string[]): Record<string, unknown> {
    return Object.fromEntries(list.map((p) => [p, undefined]));
  }
}
