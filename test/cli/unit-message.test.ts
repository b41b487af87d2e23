import type { UnitCheck, UnitIndicator } from '../../src/core';
import { UnitPacker, UnitUnpacker } from '../../src/cli/unit-message';

const indicator = (over: Partial<UnitIndicator>): UnitIndicator => ({
  code: 'KT01',
  name: 'Tổng thu ngân sách',
  unit: 'tỷ đồng',
  direction: 'increase',
  target: 60,
  actual: 10.25,
  band: 'high',
  override: null,
  ...over,
});

const submitted = (name: string, indicators: UnitIndicator[]): UnitCheck => ({
  file: `${name}.xlsx`,
  name,
  report: { issues: [{ rule: 'empty-actual', severity: 'warning', sheet: 'Biểu 01', cell: 'E9', code: 'XH01', message: 'Trống' }], catalogue: { source: 'file', name: 'danh-muc.csv' }, indicators },
});

describe('unit checks packed for the trip from a worker thread', () => {
  it('come back equal, message after message, with each text sent once', () => {
    const packer = new UnitPacker();
    const unpacker = new UnitUnpacker();
    const checks: UnitCheck[] = [
      submitted('Xã A', [indicator({}), indicator({ code: null, name: 'Tỷ lệ hộ nghèo', unit: '%', direction: 'decrease', target: { min: 1.5, max: 2 }, actual: null, band: 'unassessed', override: 'met' })]),
      { file: 'hong.xlsx', name: 'hong', unreadable: 'Tệp bị hỏng' },
      submitted('Xã B', [indicator({ target: 'milestone', actual: -0.5 }), indicator({ unit: null, target: null, actual: 0 })]),
    ];
    const packed = checks.map((c) => packer.pack(c));
    expect(packed.map((p) => ('strings' in p ? p.strings.length : -1))).toEqual([10, -1, 0]);
    expect(packed.map((p) => unpacker.unpack(p))).toEqual(checks);
  });
});
