/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen } from '@testing-library/react';
import { WebApp } from '../../src/web/components/WebApp';
import { readCatalogueBytes } from '../../src/xlsx';
import type { WorkbookChecker } from '../../src/web/worker-client';
import { fillJsdomGaps } from '../ui/jsdom-gaps';


const UNITS = join(__dirname, '..', 'fixtures', 'units');
const made: Blob[] = [];

beforeAll(() => {
  fillJsdomGaps();
  // jsdom has no object URLs: record the blobs the page offers instead.
  Object.assign(URL, { createObjectURL: (blob: Blob) => `blob:test/${made.push(blob) - 1}`, revokeObjectURL: () => undefined });
});

/** A fixture as a picked file. */
function picked(name: string): File {
  const bytes = readFileSync(join(UNITS, name));
  const file = new File([bytes], name);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return file;
}

describe('Tổng hợp nhiều đơn vị on the web page', () => {
  it('shows the completeness line and offers the consolidated workbook and report for download', async () => {
    // The worker only reads the imported catalogue here; the consolidation itself runs on the page.
    const checker = {
      readCatalogue: async (file: File) => {
        const read = readCatalogueBytes(new Uint8Array(await file.arrayBuffer()), file.name);
        if (read.kind !== 'sheet') throw new Error(read.kind);
        return read.sheet;
      },
    } as unknown as WorkbookChecker;
    render(<WebApp checker={checker} initialLang="vi" sourceDateEpoch="1750000000" />);
    fireEvent.change(screen.getByLabelText('Nhập danh mục từ tệp…'), { target: { files: [picked('danh-muc.csv')] } });
    expect(await screen.findByText('Danh mục dùng chung: danh-muc.csv')).toBeTruthy();
    fireEvent.change(screen.getByTestId('units-input'), { target: { files: ['xa-tan-thanh.xlsx', 'xa-hoang-viet.xlsx', 'xa-tan-my.xlsx'].map(picked) } });
    fireEvent.change(screen.getByTestId('unit-list-input'), { target: { files: [picked('don-vi.csv')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Tổng hợp nhiều đơn vị' }));
    const workbook = await screen.findByTestId('consolidated-download-workbook');
    expect(workbook.getAttribute('download')).toBe('TONG-HOP.xlsx');
    expect(workbook.textContent).toBe('Tải sổ tính tổng hợp (TONG-HOP.xlsx)');
    expect(screen.getByTestId('consolidated-download-report').getAttribute('download')).toBe('TONG-HOP.report.json');
    const lines = [...screen.getByTestId('completeness').querySelectorAll('li')].map((li) => li.textContent);
    expect(lines[0]).toBe('3/7 đơn vị đã nộp; 4 đơn vị chưa nộp: Xã Hoàng Văn Thụ, Xã Thụy Hùng, Thị trấn Na Sầm, Xã Bắc La.');
    expect(lines[2]).toBe('Không đọc được: xa-hoang-viet (xa-hoang-viet.xlsx).');
    const index = Number(workbook.getAttribute('href')?.split('/').pop());
    expect(made[index].type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });
});
