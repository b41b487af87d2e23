/**
 * The ribbon functions, registered the moment the page's first small script runs (before React, Fluent or
 * the engine load): the work itself is imported lazily when a button is clicked.
 */

/** Name of the ribbon function of the Kiểm tra button (manifest FunctionName). */
export const CHECK_FUNCTION = 'chitieuCheck';

/** Name of the ribbon function of the Tổng hợp button (manifest FunctionName). */
export const SUMMARY_FUNCTION = 'chitieuSummary';

/** True when this runtime outlives the ribbon event (SharedRuntime 1.1), so completing it at once loses nothing. */
export function hasSharedRuntime(): boolean {
  try {
    return Office.context?.requirements?.isSetSupported('SharedRuntime', '1.1') === true;
  } catch {
    return false;
  }
}

/** Opens the pane to show a failed run; hosts without a shared runtime show it the next time the pane opens. */
function showPane(): void {
  try {
    void Office.addin.showAsTaskpane().catch(() => undefined);
  } catch {
    // No Office.addin here: nothing more to show.
  }
}

/**
 * The handler of one ribbon button. `event.completed()` is called exactly once and never waits for the pane:
 * at once in a shared runtime (the run goes on in it), otherwise as soon as the run settles, whatever the outcome.
 */
export function ribbonHandler(kind: 'check' | 'summary'): (event: Office.AddinCommands.Event) => void {
  return (event) => {
    let completed = false;
    const complete = (): void => {
      if (completed) return;
      completed = true;
      try {
        event.completed();
      } catch {
        // Excel already closed the event: nothing left to tell it.
      }
    };
    if (hasSharedRuntime()) complete();
    import(/* webpackChunkName: "ribbon" */ './ribbon-run')
      .then((ribbon) => ribbon.runFromRibbon(kind))
      .then((result) => {
        complete();
        if (!result.ok) showPane();
      })
      .catch(() => complete());
  };
}

/** Associates both ribbon functions with Office; false when this host has no ribbon functions (no Office.actions). */
export function registerRibbonFunctions(): boolean {
  if (typeof Office === 'undefined' || typeof Office.actions?.associate !== 'function') return false;
  Office.actions.associate(CHECK_FUNCTION, ribbonHandler('check'));
  Office.actions.associate(SUMMARY_FUNCTION, ribbonHandler('summary'));
  return true;
}
