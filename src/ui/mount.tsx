/** Renders the pane into a page element over any host: the add-in's Office host or the offline web app's. */
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import type { PaneHost } from './host';

/** Mounts the pane in `container` and returns the function that unmounts it. */
export function mountPane(container: Element, host: PaneHost): () => void {
  const root = createRoot(container);
  root.render(<App host={host} />);
  return () => root.unmount();
}
