/**
 * The page's only initial script (with Office.js): registers the ribbon functions at once, then, when Office is
 * ready, loads the pane (React, Fluent, the engine) lazily, or shows which Excel is needed when this one is too old.
 */
import { registerRibbonFunctions } from './commands';
import { UNSUPPORTED_CLASS, excelTooOld, showUnsupported } from './unsupported';

registerRibbonFunctions();

void Office.onReady((info) => {
  const root = document.getElementById('root');
  if (!root || document.documentElement.classList.contains(UNSUPPORTED_CLASS)) return;
  if (excelTooOld(info)) {
    showUnsupported();
    return;
  }
  void import(/* webpackChunkName: "pane" */ './pane').then((pane) => pane.mountOfficePane(root));
});
