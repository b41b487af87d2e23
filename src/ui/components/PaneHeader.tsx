/** The heading shared by the task pane and the web page: title, subtitle and the language switch. */
import { Select, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { Lang } from '../../core';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  paneHeader: { marginBottom: tokens.spacingVerticalM },
  pageHeader: { marginBottom: tokens.spacingVerticalS },
  title: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  paneTitle: { fontSize: tokens.fontSizeBase500 },
  pageTitle: { fontSize: tokens.fontSizeBase600 },
  subtitle: { color: tokens.colorNeutralForeground2, margin: '2px 0 0 0' },
  paneSubtitle: { fontSize: tokens.fontSizeBase200 },
  pageSubtitle: { fontSize: tokens.fontSizeBase300 },
  lang: { width: '72px', flexShrink: 0 },
});

/** Props of the heading: its texts, the current language, and whether it heads a narrow pane or a page. */
export interface PaneHeaderProps {
  readonly title: string;
  readonly subtitle: string;
  readonly languageLabel: string;
  readonly lang: Lang;
  readonly onLang: (lang: Lang) => void;
  readonly size: 'pane' | 'page';
}

/** Title, subtitle and the VI/EN switch, sized for a 320 px pane or a full page. */
export function PaneHeader({ title, subtitle, languageLabel, lang, onLang, size }: PaneHeaderProps): ReactElement {
  const s = useStyles();
  const page = size === 'page';
  return (
    <header className={mergeClasses(s.header, page ? s.pageHeader : s.paneHeader)}>
      <div>
        <h1 className={mergeClasses(s.title, page ? s.pageTitle : s.paneTitle)}>{title}</h1>
        <p className={mergeClasses(s.subtitle, page ? s.pageSubtitle : s.paneSubtitle)}>{subtitle}</p>
      </div>
      <Select className={s.lang} size="small" aria-label={languageLabel} value={lang} onChange={(_, d) => onLang(d.value as Lang)}>
        <option value="vi">VI</option>
        <option value="en">EN</option>
      </Select>
    </header>
  );
}
