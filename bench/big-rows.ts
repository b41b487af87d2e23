/**
 * Deterministic content of the big benchmark workbook: a catalogue of N indicators and a half-year report
 * of N rows × 16 columns with title rows, group rows and the value forms planning offices really type.
 */

/** A cell of the big workbook: a number, text, a percent-formatted number, or empty. */
export type BigCell = number | string | { readonly value: number; readonly numFmt: string } | null;

/** Name of the catalogue sheet. */
export const CATALOGUE_SHEET = 'Danh mục chỉ tiêu';

/** Name of the data sheet. */
export const DATA_SHEET = 'Báo cáo 6 tháng';

/** Catalogue columns. */
export const CATALOGUE_HEADER: readonly string[] = ['STT', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Lĩnh vực', 'Đơn vị tính', 'Chiều đánh giá (Tăng/Giảm)', 'Mục tiêu', 'Cơ quan chủ trì'];

/** Data sheet columns (16). */
export const DATA_HEADER: readonly string[] = [
  'STT', 'Mã', 'Chỉ tiêu', 'Lĩnh vực', 'ĐVT', 'Kế hoạch năm 2025', 'Thực hiện 6 tháng 2025', 'Tỷ lệ (%)',
  'Đánh giá', 'Đánh giá điều chỉnh', 'Lý do', 'Cơ quan chủ trì', 'Ghi chú', 'Nguồn số liệu', 'Ngày cập nhật', 'Cán bộ cập nhật',
];

const FIELDS = [
  { prefix: 'KT', field: 'Kinh tế', group: ['I', 'KINH TẾ'] },
  { prefix: 'XH', field: 'Văn hóa – Xã hội', group: ['II', 'VĂN HÓA – XÃ HỘI'] },
  { prefix: 'MT', field: 'Môi trường', group: ['III', 'MÔI TRƯỜNG'] },
  { prefix: 'AN', field: 'Quốc phòng – An ninh', group: ['IV', 'QUỐC PHÒNG – AN NINH'] },
  { prefix: 'XD', field: 'Xây dựng Đảng, hệ thống chính trị', group: ['V', 'XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ'] },
] as const;

type Kind = 'point' | 'floor' | 'ceiling' | 'range' | 'milestone';

/** Indicator templates: name stem, unit, target kind and a typical target. */
const TEMPLATES: ReadonlyArray<{ name: string; unit: string; kind: Kind; target: number }> = [
  { name: 'Tổng thu ngân sách nhà nước trên địa bàn', unit: 'tỷ đồng', kind: 'point', target: 4500 },
  { name: 'Tổng vốn đầu tư phát triển toàn xã hội', unit: 'tỷ đồng', kind: 'point', target: 32000 },
  { name: 'Tỷ lệ đô thị hóa', unit: '%', kind: 'floor', target: 30 },
  { name: 'Số doanh nghiệp thành lập mới', unit: 'doanh nghiệp', kind: 'point', target: 600 },
  { name: 'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều', unit: '%', kind: 'ceiling', target: 1.5 },
  { name: 'Tỷ lệ dân số tham gia bảo hiểm y tế', unit: '%', kind: 'floor', target: 95 },
  { name: 'Số lao động được giải quyết việc làm mới', unit: 'lao động', kind: 'point', target: 16000 },
  { name: 'Tỷ lệ thôn, khối phố được công nhận danh hiệu văn hóa', unit: '%', kind: 'range', target: 85 },
  { name: 'Tỷ lệ che phủ rừng', unit: '%', kind: 'point', target: 63.5 },
  { name: 'Diện tích trồng rừng mới tập trung', unit: 'ha', kind: 'point', target: 9000 },
  { name: 'Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý', unit: '%', kind: 'floor', target: 92 },
  { name: 'Tổ chức diễn tập khu vực phòng thủ', unit: '', kind: 'milestone', target: 0 },
  { name: 'Số đảng viên mới được kết nạp', unit: 'đảng viên', kind: 'point', target: 2200 },
  { name: 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn', unit: '%', kind: 'point', target: 98 },
  { name: 'GRDP bình quân đầu người', unit: 'triệu đồng/người', kind: 'point', target: 95 },
  { name: 'Tổng lượt khách du lịch', unit: 'nghìn lượt', kind: 'point', target: 3800 },
];

const AGENCIES = ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Sở Lao động – Thương binh và Xã hội', 'Sở Nông nghiệp và Phát triển nông thôn', 'Công an tỉnh', 'Ban Tổ chức Tỉnh ủy'];
const SOURCES = ['Cục Thống kê tỉnh', 'Báo cáo của sở, ngành', 'Hệ thống thông tin báo cáo quốc gia'];
const OFFICERS = ['Nguyễn Thị Hoa', 'Trần Văn Nam', 'Lê Minh Tuấn', 'Phạm Thu Trang'];
const PLACES = [
  'huyện Bát Xát', 'huyện Mường Khương', 'huyện Si Ma Cai', 'huyện Bắc Hà', 'huyện Bảo Thắng', 'huyện Bảo Yên', 'thị xã Sa Pa',
  'huyện Văn Bàn', 'thành phố Lào Cai', 'phường Cốc Lếu', 'phường Kim Tân', 'xã Tả Phìn', 'xã Bản Lầu', 'xã Phong Hải',
];
const SUBGROUP_EVERY = 5000;

/** A fast deterministic hash of a row index and a salt into [0, 1). */
export function noise(i: number, salt: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** Formats a number the Vietnamese way, with `.` thousands and `,` decimals ("5.840,25"). */
export function viNumber(x: number, decimals: number): string {
  const [int, frac] = x.toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

/** What one indicator is: its catalogue facts, shared by the catalogue and data rows. */
interface Indicator {
  readonly code: string;
  readonly name: string;
  readonly field: string;
  readonly unit: string;
  readonly kind: Kind;
  readonly target: number;
  readonly agency: string;
}

function fieldIndex(i: number, rows: number): number {
  return Math.min(FIELDS.length - 1, Math.floor((i * FIELDS.length) / rows));
}

function indicator(i: number, rows: number): Indicator {
  const f = FIELDS[fieldIndex(i, rows)];
  const t = TEMPLATES[i % TEMPLATES.length];
  const scale = t.unit === '%' ? 1 : 0.5 + noise(i, 1);
  const target = t.unit === '%' ? t.target : Math.round(t.target * scale);
  return {
    code: `${f.prefix}${String(i + 1).padStart(6, '0')}`,
    name: `${t.name} – ${PLACES[Math.floor(i / TEMPLATES.length) % PLACES.length]}`,
    field: f.field,
    unit: t.unit,
    kind: t.kind,
    target,
    agency: AGENCIES[i % AGENCIES.length],
  };
}

function targetCell(ind: Indicator): BigCell {
  switch (ind.kind) {
    case 'floor':
      return `≥ ${viNumber(ind.target, 0)}`;
    case 'ceiling':
      return `giảm còn ${viNumber(ind.target, 1)}`;
    case 'range':
      return `từ ${ind.target} đến ${ind.target + 3}`;
    case 'milestone':
      return 'Hoàn thành';
    default:
      return Number.isInteger(ind.target) ? ind.target : viNumber(ind.target, 1);
  }
}

/** The catalogue sheet as rows of cells (sheet row 1 first): a title, a blank row, the header, N indicators. */
export function* catalogueRows(rows: number): Generator<readonly BigCell[]> {
  yield ['DANH MỤC CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ – XÃ HỘI NĂM 2025'];
  yield [];
  yield CATALOGUE_HEADER;
  for (let i = 0; i < rows; i++) {
    const ind = indicator(i, rows);
    const direction = ind.kind === 'ceiling' ? 'Giảm' : ind.kind === 'point' ? 'Tăng' : null;
    yield [i + 1, ind.code, ind.name, ind.field, ind.unit || null, direction, targetCell(ind), ind.agency];
  }
}

/** The actual cell, stated rate and assessment of one indicator row, in one of the forms people type. */
function actualCells(i: number, ind: Indicator): { actual: BigCell; rate: BigCell; assess: string | null } {
  const u = noise(i, 2);
  if (ind.kind === 'milestone') {
    const done = u < 0.7;
    return { actual: done ? 'Hoàn thành' : 'Chưa hoàn thành', rate: null, assess: done ? 'Đạt' : 'Chưa đạt' };
  }
  if (u < 0.02) return { actual: null, rate: null, assess: null };
  const ratio = 0.3 + 1.1 * noise(i, 3);
  const better = ind.kind === 'ceiling' ? 1 / ratio : ratio;
  const value = Math.round(ind.target * better * 100) / 100;
  const rate = Math.round(ratio * 1000) / 10;
  const assess = ratio >= 1 ? 'Vượt' : 'Chưa đạt';
  const form = noise(i, 4);
  let actual: BigCell = value;
  if (ind.unit === '%' && form < 0.35) actual = { value: Math.round(value * 100) / 10000, numFmt: '0.00%' };
  else if (form < 0.15) actual = viNumber(value, 2);
  else if (form < 0.16) actual = viNumber(Math.round(value), 0);
  return { actual, rate, assess };
}

/** The data sheet as rows of cells (sheet row 1 first): title rows, the header, group rows and N indicator rows. */
export function* dataRows(rows: number): Generator<readonly BigCell[]> {
  yield ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ – XÃ HỘI 6 THÁNG ĐẦU NĂM 2025'];
  yield ['(Kèm theo Báo cáo số 125/BC-UBND ngày 28/6/2025 của Ủy ban nhân dân tỉnh)'];
  yield [];
  yield DATA_HEADER;
  let field = -1;
  let stt = 0;
  for (let i = 0; i < rows; i++) {
    const f = fieldIndex(i, rows);
    if (f !== field) {
      field = f;
      stt = 0;
      yield [FIELDS[f].group[0], null, FIELDS[f].group[1]];
    }
    if (i > 0 && i % SUBGROUP_EVERY === 0) yield [String.fromCharCode(65 + ((i / SUBGROUP_EVERY) % 26)), null, `Nhóm chỉ tiêu số ${i / SUBGROUP_EVERY}`];
    const ind = indicator(i, rows);
    const { actual, rate, assess } = actualCells(i, ind);
    const unknown = noise(i, 5) < 0.001;
    const overridden = noise(i, 6) < 0.01;
    yield [
      ++stt,
      unknown ? `${ind.code}X` : ind.code,
      ind.name,
      ind.field,
      ind.unit || null,
      targetCell(ind),
      actual,
      rate,
      assess,
      overridden ? 'Đạt từ 70% đến dưới 100%' : null,
      overridden ? 'Chỉ tiêu cả năm; số liệu 6 tháng chưa phản ánh đầy đủ tiến độ' : null,
      ind.agency,
      noise(i, 7) < 0.3 ? `Số liệu ước đến ngày ${1 + (i % 28)}/6/2025` : null,
      SOURCES[i % SOURCES.length],
      `${1 + (i % 28)}/6/2025`,
      OFFICERS[i % OFFICERS.length],
    ];
  }
}
