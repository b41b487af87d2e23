/** Task pane entry: waits for Office, then mounts the host-neutral pane over the Office.js host. */
import { mountPane } from '../ui/mount';
import { createOfficeHost } from './office-host';

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (container) mountPane(container, createOfficeHost());
});
