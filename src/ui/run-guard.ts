/**
 * One run at a time across the pane and the ribbon: they share this module in the shared runtime, so a second
 * run started while one writes is declined with a message instead of racing it.
 */

/** What holds the workbook: a check, a summary, clearing flags, or writing a consolidation. */
export type RunKind = 'check' | 'summary' | 'clear' | 'consolidate';

type Listener = (active: RunKind | null) => void;

let active: RunKind | null = null;
const listeners = new Set<Listener>();

function announce(): void {
  for (const listener of listeners) listener(active);
}

/** The run in progress, if any. */
export function activeRun(): RunKind | null {
  return active;
}

/** Runs `work` holding the workbook, or returns `{ declined: true }` at once when another run holds it. */
export async function runExclusive<T>(kind: RunKind, work: () => Promise<T>): Promise<{ readonly value: T } | { readonly declined: true }> {
  if (active !== null) return { declined: true };
  active = kind;
  announce();
  try {
    return { value: await work() };
  } finally {
    active = null;
    announce();
  }
}

/** Subscribes to the start and end of runs; returns the unsubscribe function. */
export function subscribeRunGuard(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
