/**
 * @jest-environment jsdom
 */
import { render, screen, within } from '@testing-library/react';
import { isRunFailure } from '../../src/core';
import type { CheckOutcome } from '../../src/core/model/api';
import { ResultsPanel } from '../../src/ui/components/ResultsPanel';
import { paneText } from '../../src/ui/i18n';
import type { TestCell } from '../core/harness';
import { checkSheets, sheet } from '../core/harness';

const CATALOGUE = sheet('Danh mục chỉ tiêu', [
  ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mục tiêu'],
  ['KT01', 'Vốn đầu tư toàn xã hội', 'tỷ đồng', 'tăng 10%'],
  ['XH01', 'Tỷ lệ hộ nghèo', '%', 'giảm 2%'],
]);

/** The outcome of a check of one data sheet against the catalogue above. */
async function outcomeOf(rows: TestCell[][]): Promise<CheckOutcome> {
  const outcome = await checkSheets([CATALOGUE, sheet('Báo cáo', rows)]);
  if (isRunFailure(outcome)) throw new Error(outcome.message);
  return outcome;
}

describe('the results panel with a baseline', () => {
  it('lists each indicator with its rate of the target and of the same period', async () => {
    const outcome = await outcomeOf([
      ['Mã', 'Chỉ tiêu', 'Cùng kỳ', 'Thực hiện'],
      ['KT01', 'Vốn đầu tư toàn xã hội', 1850, 1900],
      ['XH01', 'Tỷ lệ hộ nghèo', 12.4, 11.6],
    ]);
    render(<ResultsPanel t={paneText('vi')} lang="vi" outcome={outcome} onGo={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'So với cùng kỳ' })).toBeTruthy();
    const list = screen.getByTestId('baseline-list');
    const kt01 = within(list).getByText('Vốn đầu tư toàn xã hội').closest('tr');
    expect(kt01?.textContent).toBe('Vốn đầu tư toàn xã hội93,4%102,7%');
    expect(within(list).getByText('Tỷ lệ hộ nghèo').closest('tr')?.textContent).toBe('Tỷ lệ hộ nghèo40%93,5%');
  });

  it('shows no comparison when no indicator has a baseline', async () => {
    const outcome = await outcomeOf([['Mã', 'Chỉ tiêu', 'Thực hiện'], ['KT01', 'Vốn đầu tư toàn xã hội', 1900]]);
    render(<ResultsPanel t={paneText('en')} lang="en" outcome={outcome} onGo={() => undefined} />);
    expect(screen.queryByTestId('baseline-list')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Compared with the same period' })).toBeNull();
  });
});
