/** The latest run's result, shared between the ribbon commands and the pane (they live in one shared runtime). */
import type { CheckOutcome } from '../core';

/** One finished run and which action produced it: its outcome, or the message of why it could not run. */
export type LastRun =
  | { readonly kind: 'check' | 'summary'; readonly outcome: CheckOutcome }
  | { readonly kind: 'check' | 'summary'; readonly failure: string };

type Listener = (run: LastRun) => void;

const listeners = new Set<Listener>();
let latest: LastRun | undefined;

/** Records a finished run and tells every subscriber (an open pane shows the ribbon's result). */
export function publishRun(run: LastRun): void {
  latest = run;
  for (const listener of listeners) listener(run);
}

/** The latest run, if any. */
export function latestRun(): LastRun | undefined {
  return latest;
}

/** Subscribes to finished runs; returns the unsubscribe function. */
export function subscribeRuns(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
