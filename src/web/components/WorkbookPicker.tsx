/** The workbook picker: a file input and a drop zone; files dropped anywhere on the page land here too. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeEvent, DragEvent, ReactElement } from 'react';
import { useRef, useState } from 'react';
import type { WebText } from '../../ui/i18n';

const useStyles = makeStyles({
  zone: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge, padding: tokens.spacingVerticalL,
    display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, background: tokens.colorNeutralBackground2,
  },
  active: { border: `2px dashed ${tokens.colorBrandStroke1}`, background: tokens.colorBrandBackground2 },
  hint: { color: tokens.colorNeutralForeground2 },
  name: { flex: '1 1 100%', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  input: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden' },
});

/** Props of the picker. */
export interface WorkbookPickerProps {
  readonly text: WebText;
  readonly fileName: string | null;
  readonly onFile: (file: File) => void;
}

/** The picker; it stays enabled while a check runs so that a second file is answered (refused) rather than ignored. */
export function WorkbookPicker({ text, fileName, onFile }: WorkbookPickerProps): ReactElement {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const pick = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    if (file) onFile(file);
    e.target.value = '';
  };
  const drop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={dragging ? `${styles.zone} ${styles.active}` : styles.zone}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <Button appearance="primary" onClick={() => input.current?.click()}>{text.pickWorkbook}</Button>
      <span className={styles.hint}>{dragging ? text.dropHere : text.dropHint}</span>
      {fileName && <span className={styles.name}>{text.workbook(fileName)}</span>}
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={text.pickWorkbook}
        data-testid="workbook-input"
        tabIndex={-1}
        onChange={pick}
      />
    </div>
  );
}
