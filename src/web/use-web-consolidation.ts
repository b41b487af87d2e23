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

/** Frees the object URLs of a set of downloads. */
function revoke(d: Downloads | null): void {
  if (d) [d.workbookUrl, d.reportUrl].forEach((u) => URL.revokeObjectURL(u));
}

/** The consolidation's controls, its downloads, and a run that takes the page's current settings. */
export function useWebConsolidation(lang: Lang, sourceDateEpoch?: string) {
  const [downloads, setDownloads] = useState<Downloads | null>(null);
  const latest = useRef(downloads);
  latest.current = downloads;
  useEffect(() => () => revoke(latest.current), []);

  const deliver: DeliverConsolidation = useCallback(async (result) => {
    const files = consolidatedFiles(result, paneText(lang).consolidate);
    revoke(latest.current);
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
    revoke(latest.current);
    setDownloads(null);
    void consolidation.run({ settings, lang, catalogue, generatedAt: generationTime(sourceDateEpoch, new Date()) });
  }, [consolidation, lang, sourceDateEpoch]);

  return { consolidation, downloads, run };
}
