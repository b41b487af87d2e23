/** The plain page for hosts that cannot run the pane: the page's inline ES5 check shows it too (src/addin/support-check.js). */

/** The ExcelApi version the pane needs at run time (the manifest asks only for what lets Excel list the add-in). */
export const PANE_EXCEL_API = '1.7';

/** Class on <html> that hides the pane and shows the "which Excel you need" message (styled in taskpane.html). */
export const UNSUPPORTED_CLASS = 'chitieu-unsupported';

/** True inside Excel when it lacks the ExcelApi version the pane needs (outside Office nothing is known: false). */
export function excelTooOld(info: { readonly host: unknown }): boolean {
  if (info.host !== Office.HostType.Excel) return false;
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', PANE_EXCEL_API) !== true;
  } catch {
    return false;
  }
}

/** Shows the message that says which Excel is needed and that the offline web app does the same job. */
export function showUnsupported(): void {
  document.documentElement.classList.add(UNSUPPORTED_CLASS);
}
