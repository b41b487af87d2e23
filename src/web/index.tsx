/** The offline web app's entry: starts the inlined worker and renders the page. */
import { createRoot } from 'react-dom/client';
import { langFromDisplayLanguage } from '../ui/i18n';
import { WebApp } from './components/WebApp';
import { startInlineWorker, WorkbookChecker } from './worker-client';

/** Files dropped outside the drop zone must not make the browser navigate away to them. */
for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (e) => e.preventDefault());

const params = new URLSearchParams(window.location.search);
const epoch = params.get('source-date-epoch') ?? undefined;
const lang = params.get('lang');
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <WebApp
      checker={new WorkbookChecker(startInlineWorker())}
      initialLang={lang === 'vi' || lang === 'en' ? lang : langFromDisplayLanguage(navigator.language)}
      sourceDateEpoch={epoch}
    />,
  );
}
