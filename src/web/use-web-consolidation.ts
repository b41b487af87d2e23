/**
 * "Tổng hợp nhiều đơn vị" in the web app: the shared consolidation on the page's thread (docs/adr/0033), its result
 * offered as a downloaded workbook and JSON report.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang, SheetData } from '../core';
import { generationTime } from '../core';
import { paneText } from '../ui/i18n';
import type { RunSettings } from '../ui/settings';
import type { DeliverConsolidation } from '../ui/use-consolidation';
import { useConsolidation } from '../ui/use-consolidation';
import { consolidatedFiles } from './consolidated-files';
import type { Downloads } from './use-web-app';
import { revokeDownloads } from './use-web-app';

/** The consolidation's controls, its downloads, and a run that takes the page's current settings. */
export function useWebConsolidation(lang: Lang, sourceDateEpoch?: string) {
  const [downloads, setDownloads] = useState<Downloads | null>(null);
  const latest = useRef(downloads);
  latest.current = downloads;
  useEffect(() => () => revokeDownloads(latest.current), []);

  const deliver: DeliverConsolidation = useCallback(async (result) => {
    const files = consolidatedFiles(result, paneText(lang).consolidate);
    revokeDownloads(latest.current);
    setDownloads({
      workbookUrl: URL.createObjectURL(new Blob([files.workbook], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })),
      workbookName: files.workbookName,
      reportUrl: URL.createObjectURL(new Blob([files.report], { type: 'application/json' })),
      reportName: files.reportName,
    });
    return null;
  }, [lang]);
  const consolidation = useConsolidation(deliver);

  const run = useCallback((settings: RunSettings, catalogue?: SheetData) => {
    revokeDownloads(latest.current);
    setDownloads(null);
    void consolidation.run({ settings, lang, catalogue, generatedAt: generationTime(sourceDateEpoch, new Date()) });
  }, [consolidation, lang, sourceDateEpoch]);

  return { consolidation, downloads, run };
}
