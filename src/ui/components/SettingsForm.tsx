/** The run settings: data sheet, catalogue (sheet, imported file or template), actual column, thresholds and period. */
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeEvent, ReactElement } from 'react';
import { useRef, useState } from 'react';
import type { WorkbookLayout } from '../../core';
import type { PaneText } from '../i18n';
import type { RunSettings } from '../settings';
import { validThresholds } from '../settings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: 'wrap', alignItems: 'flex-end' },
  refresh: { alignSelf: 'flex-end', marginTop: `-${tokens.spacingVerticalS}` },
  half: { flex: '1 1 120px', minWidth: 0 },
  hiddenInput: { display: 'none' },
});

/** Props of the settings form. */
export interface SettingsFormProps {
  readonly t: PaneText;
  readonly layout: WorkbookLayout | null;
  readonly settings: RunSettings;
  readonly importedName: string | null;
  readonly disabled: boolean;
  readonly onChange: (change: Partial<RunSettings>) => void;
  readonly onImport: (file: File) => void;
  readonly onRemoveImport: () => void;
  /** Adds a catalogue template sheet; hosts that cannot edit the workbook leave it out (no button). */
  readonly onTemplate?: () => void;
  /** Re-reads the workbook; hosts without a live workbook leave it out (no button). */
  readonly onRefresh?: () => void;
}

/** What a host's state and actions hold for the settings form (the pane's and the web page's alike). */
export interface SettingsSource {
  readonly state: { readonly layout: WorkbookLayout | null; readonly settings: RunSettings; readonly catalogueFile: { readonly name: string } | null };
  readonly updateSettings: (change: Partial<RunSettings>) => void;
  readonly importCatalogue: (file: File) => Promise<void>;
  readonly removeImport: () => void;
}

/** The settings form's props every host passes the same way; host-only buttons (template, refresh) are added by the host. */
export function settingsFormProps(t: PaneText, host: SettingsSource, disabled: boolean): SettingsFormProps {
  return {
    t,
    layout: host.state.layout,
    settings: host.state.settings,
    importedName: host.state.catalogueFile?.name ?? null,
    disabled,
    onChange: host.updateSettings,
    onImport: (file) => void host.importCatalogue(file),
    onRemoveImport: host.removeImport,
  };
}

/** The settings form; every field has a label, and sensible defaults come from the workbook layout. */
export function SettingsForm(props: SettingsFormProps): ReactElement {
  const { t, layout, settings, disabled, onChange } = props;
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const dataSheets = layout?.dataSheets ?? [];
  const otherSheets = (layout?.sheets ?? []).filter((s) => !dataSheets.some((d) => d.name === s));
  const columns = [...new Set((settings.dataSheet ? dataSheets.filter((d) => d.name === settings.dataSheet) : dataSheets).flatMap((d) => d.actualColumns))];
  const thresholdsOk = validThresholds(settings.thresholds);
  const [draft, setDraft] = useState({ critical: String(settings.thresholds.critical), warning: String(settings.thresholds.warning) });
  const setThreshold = (key: 'critical' | 'warning') => (e: ChangeEvent<HTMLInputElement>) => {
    setDraft({ ...draft, [key]: e.target.value });
    onChange({ thresholds: { ...settings.thresholds, [key]: e.target.value === '' ? NaN : Number(e.target.value) } });
  };
  const pick = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    if (file) props.onImport(file);
    e.target.value = '';
  };

  return (
    <div className={styles.form}>
      <Field label={t.dataSheet}>
        <Select value={settings.dataSheet ?? ''} disabled={disabled} onChange={(_, d) => onChange({ dataSheet: d.value || undefined, actualColumn: undefined })}>
          <option value="">{t.allDataSheets}</option>
          {dataSheets.map((s) => (
            <option key={s.name} value={s.name}>{s.name}</option>
          ))}
        </Select>
      </Field>
      {props.onRefresh && <Button className={styles.refresh} size="small" appearance="transparent" disabled={disabled} onClick={props.onRefresh}>{t.refresh}</Button>}
      <Field label={t.catalogue} hint={props.importedName ? t.catalogueFile + ': ' + props.importedName : t.importHint}>
        <Select
          value={props.importedName ? '\u0000file' : (settings.catalogueSheet ?? '')}
          disabled={disabled || props.importedName !== null}
          onChange={(_, d) => onChange({ catalogueSheet: d.value || undefined })}
        >
          {props.importedName && <option value={'\u0000file'}>{props.importedName}</option>}
          <option value="">{t.catalogueAuto}{layout?.catalogueSheet ? ` (${layout.catalogueSheet})` : ''}</option>
          {otherSheets.map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        {props.importedName ? (
          <Button size="small" disabled={disabled} onClick={props.onRemoveImport}>{t.removeImport}</Button>
        ) : (
          <Button size="small" disabled={disabled} onClick={() => fileInput.current?.click()}>{t.importCatalogue}</Button>
        )}
        {props.onTemplate && <Button size="small" disabled={disabled} onClick={props.onTemplate}>{t.createTemplate}</Button>}
        <input ref={fileInput} className={styles.hiddenInput} type="file" accept=".csv,.xlsx" aria-label={t.importCatalogue} onChange={pick} />
      </div>
      <Field label={t.actualColumn}>
        <Select value={settings.actualColumn ?? ''} disabled={disabled} onChange={(_, d) => onChange({ actualColumn: d.value || undefined })}>
          <option value="">{t.actualRightmost}</option>
          {columns.map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.form} style={{ border: 'none', margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, paddingBottom: 4 }}>{t.thresholds}</legend>
        <div className={styles.row}>
          <Field className={styles.half} label={t.critical} validationState={thresholdsOk ? 'none' : 'error'}>
            <Input type="number" min={1} max={98} value={draft.critical} disabled={disabled} onChange={setThreshold('critical')} />
          </Field>
          <Field className={styles.half} label={t.warning} validationState={thresholdsOk ? 'none' : 'error'}>
            <Input type="number" min={2} max={99} value={draft.warning} disabled={disabled} onChange={setThreshold('warning')} />
          </Field>
        </div>
        {!thresholdsOk && <Field validationState="error" validationMessage={t.thresholdsInvalid} />}
      </fieldset>
      <Field label={t.numberStyle}>
        <Select value={settings.numberStyle ?? 'vi'} disabled={disabled} onChange={(_, d) => onChange({ numberStyle: d.value === 'en' ? 'en' : undefined })}>
          <option value="vi">{t.numberStyleVi}</option>
          <option value="en">{t.numberStyleEn}</option>
        </Select>
      </Field>
      <Field label={t.period}>
        <Input value={settings.period ?? ''} placeholder={t.periodPlaceholder} disabled={disabled} onChange={(_, d) => onChange({ period: d.value || undefined })} />
      </Field>
    </div>
  );
}
