/** Task pane entry: waits for Office, then renders the pane over the Office.js host. */
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from './addin-host';
import { App } from './components/App';

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<App host={createOfficeHost()} />);
});
