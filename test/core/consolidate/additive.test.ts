import { classifyIndicator } from '../../../src/core/consolidate/additive';

describe('which indicators are added up over units (SPEC §10)', () => {
  it.each([
    ['tỷ đồng', 'Thu ngân sách nhà nước'],
    ['Triệu đồng', 'Vốn đầu tư'],
    ['tỉ đồng', 'Vốn đầu tư (viết tắt tỉ)'],
    ['ha', 'Diện tích trồng rừng mới'],
    ['km', 'Đường giao thông nông thôn được cứng hóa'],
    ['người', 'Số lao động được tạo việc làm'],
    ['hộ', 'Số hộ thoát nghèo'],
    ['xã', 'Số xã đạt chuẩn nông thôn mới'],
    ['Doanh nghiệp', 'Số doanh nghiệp thành lập mới'],
  ])('%s (%s) is added up', (unit, name) => {
    expect(classifyIndicator(unit, name)).toEqual({ additive: true });
  });

  it.each([
    ['%', 'Tỷ lệ hộ nghèo', 'rate'],
    ['phần trăm', 'Tốc độ tăng trưởng kinh tế', 'rate'],
    ['triệu đồng/người', 'Thu nhập bình quân đầu người', 'per-unit'],
    ['tạ/ha', 'Năng suất lúa', 'per-unit'],
    ['Triệu đồng / người / năm', 'Thu nhập', 'per-unit'],
    ['điểm', 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', 'index'],
    ['lần', 'Hệ số sử dụng đất', 'index'],
    ['triệu đồng', 'Thu nhập bình quân của người lao động', 'average'],
    ['tuổi', 'Tuổi thọ trung bình', 'average'],
    ['bộ hồ sơ mẫu', 'Số bộ hồ sơ mẫu', 'unknown-unit'],
    [null, 'Chỉ tiêu chưa ghi đơn vị tính', 'no-unit'],
  ])('%s (%s) is never added: %s', (unit, name, reason) => {
    expect(classifyIndicator(unit, name)).toEqual({ additive: false, reason });
  });

  it('a milestone target is never added, whatever its unit', () => {
    expect(classifyIndicator('công trình', 'Hoàn thành cầu Na Sầm', true)).toEqual({ additive: false, reason: 'milestone' });
  });
});
