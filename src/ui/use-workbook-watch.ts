/** Keeps the pane's view of the workbook fresh: re-reads it when the pane becomes visible again and when sheets change. */
import { useEffect, useRef } from 'react';
import type { PaneHost } from './host';
import { activeRun, subscribeRunGuard } from './run-guard';

/** How long to wait for more sheet events (a write adds, deletes and renames) before one re-read. */
export const REFRESH_DEBOUNCE_MS = 300;

/**
 * Calls `refresh` (latest version) after the document becomes visible, after sheets are added, deleted or renamed
 * (when the host can tell), and when a run ends; never while a run holds the workbook.
 */
export function useWorkbookWatch(host: PaneHost, refresh: () => void): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let missed = false;
    const request = (): void => {
      if (activeRun() !== null) {
        missed = true;
        return;
      }
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        latest.current();
      }, REFRESH_DEBOUNCE_MS);
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'visible') request();
    };
    document.addEventListener('visibilitychange', onVisibility);
    const stopSheets = host.onSheetsChanged?.(request);
    const stopGuard = subscribeRunGuard((active) => {
      if (active === null && missed) {
        missed = false;
        request();
      }
    });
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      stopSheets?.();
      stopGuard();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [host]);
}
