/**
 * Generates the consolidation benchmark's inputs in a folder: N communes' forms of 134 indicators each (the
 * province's catalogue), a few reporting money in triệu đồng, and the catalogue as CSV.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UnitGroup } from '../scripts/fixture-unit-form';
import { writeUnitForm } from '../scripts/fixture-unit-form';

/** Indicators of the benchmark catalogue. */
export const BENCH_INDICATORS = 134;

const UNITS = ['tỷ đồng', 'ha', 'người', 'hộ', '%', 'triệu đồng/người', 'km', 'xã', 'tấn', 'công trình'];
const FIELDS = [['I', 'KINH TẾ', 'Kinh tế'], ['II', 'VĂN HÓA – XÃ HỘI', 'Văn hóa – Xã hội'], ['III', 'MÔI TRƯỜNG', 'Môi trường'], ['IV', 'QUỐC PHÒNG – AN NINH', 'Quốc phòng – An ninh']];

/** One catalogue indicator of the benchmark: code, name, field, unit, target. */
function indicator(i: number): { code: string; name: string; field: string; unit: string; target: number } {
  const unit = UNITS[i % UNITS.length];
  return { code: `CT${String(i + 1).padStart(3, '0')}`, name: `Chỉ tiêu số ${i + 1} (${unit})`, field: FIELDS[i % FIELDS.length][2], unit, target: unit === '%' ? 90 : 1000 + i * 7 };
}

/** A deterministic pseudo-random value in [0, 1) from a seed. */
function noise(seed: number): number {
  const x = Math.sin(seed * 12.9898) * 43758.5453;
  return x - Math.floor(x);
}

/** Writes the catalogue CSV and `count` unit forms into `dir`; calls `onFile` after each. */
export async function writeBenchUnits(dir: string, count: number, onFile?: (done: number) => void): Promise<string> {
  const catalogue = Array.from({ length: BENCH_INDICATORS }, (_, i) => indicator(i));
  const lines = ['"Mã chỉ tiêu","Tên chỉ tiêu","Lĩnh vực","Đơn vị tính","Chiều đánh giá","Mục tiêu"'];
  for (const c of catalogue) lines.push(`"${c.code}","${c.name}","${c.field}","${c.unit}","Tăng","${String(c.target).replace(".", ",")}"`);
  const cataloguePath = join(dir, 'danh-muc.csv');
  writeFileSync(cataloguePath, lines.join('\r\n') + '\r\n');
  for (let u = 0; u < count; u++) {
    const inMillions = u % 10 === 3;
    const groups: UnitGroup[] = FIELDS.map(([stt, title, field]) => ({
      stt,
      title,
      rows: catalogue
        .filter((c) => c.field === field)
        .map((c) => {
          const base = c.unit === '%' ? 60 + 40 * noise(u * 1000 + Number(c.code.slice(2))) : c.target * (0.5 + noise(u * 1000 + Number(c.code.slice(2))));
          const value = Math.round(base * 100) / 100;
          const money = c.unit === 'tỷ đồng' && inMillions;
          return { code: c.code, name: c.name, unit: money ? 'triệu đồng' : c.unit, actual: money ? Math.round(value * 1000) : value };
        }),
    }));
    await writeUnitForm(join(dir, `don-vi-${String(u + 1).padStart(3, '0')}.xlsx`), { issuers: ['UBND TỈNH SƠN LÂM', `UBND XÃ SƠN LÂM ${u + 1}`], place: 'Sơn Lâm', signer: 'Nguyễn Văn A', groups });
    onFile?.(u + 1);
  }
  return cataloguePath;
}
