/** State and actions of "Tổng hợp nhiều đơn vị": the picked files, progress while each is read, the report, errors. */
import { useCallback, useRef, useState } from 'react';
import type { ConsolidatedReport } from '../core';
import type { ConsolidationInput, ConsolidationResult, UnitProgress } from './consolidate';
import { consolidateFiles } from './consolidate';
import type { PickedFile } from './host';

/** Everything the consolidation section shows. */
export interface ConsolidationState {
  readonly files: readonly PickedFile[];
  readonly unitList: PickedFile | null;
  /** Reading the unit files, or handing the result to the host (writing sheets, preparing a download). */
  readonly busy: 'read' | 'write' | null;
  readonly progress: UnitProgress | null;
  readonly report: ConsolidatedReport | null;
  readonly error: string | null;
  readonly notice: string | null;
}

/** What the host does with a finished consolidation (writes the sheets, or offers a download); returns a notice or null. */
export type DeliverConsolidation = (result: ConsolidationResult) => Promise<string | null>;

/** The settings of a run other than the picked files, read when the run starts. */
export type ConsolidationContext = Omit<ConsolidationInput, 'files' | 'unitList'>;

const IDLE: ConsolidationState = { files: [], unitList: null, busy: null, progress: null, report: null, error: null, notice: null };

/** State and actions of a consolidation whose result goes to `deliver`. */
export function useConsolidation(deliver: DeliverConsolidation) {
  const [state, setState] = useState<ConsolidationState>(IDLE);
  const patch = useCallback((p: Partial<ConsolidationState>) => setState((s) => ({ ...s, ...p })), []);
  const latest = useRef(state);
  latest.current = state;

  const run = useCallback(async (context: ConsolidationContext) => {
    const { files, unitList, busy } = latest.current;
    if (busy !== null || files.length === 0) return;
    patch({ busy: 'read', progress: null, report: null, error: null, notice: null });
    try {
      const result = await consolidateFiles({ ...context, files, unitList }, (progress) => patch({ progress }));
      patch({ busy: 'write', progress: null, report: result.report });
      const notice = await deliver(result);
      patch({ busy: null, notice });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      patch({ busy: null, progress: null, error: message });
    }
  }, [deliver, patch]);

  return {
    state,
    run,
    pickFiles: (files: readonly PickedFile[]) => patch({ files: [...files], report: null, error: null, notice: null }),
    pickUnitList: (unitList: PickedFile | null) => patch({ unitList }),
  };
}

/** The consolidation's state and actions, as the section component takes them. */
export type ConsolidationControls = ReturnType<typeof useConsolidation>;
