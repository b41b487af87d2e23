/** The pane over Office.js, loaded lazily by the page's boot script once Office is ready. */
import { mountPane } from '../ui/mount';
import { createOfficeHost } from './office-host';

/** Mounts the host-neutral pane in `root` over the Office.js host. */
export function mountOfficePane(root: Element): void {
  mountPane(root, createOfficeHost());
}
