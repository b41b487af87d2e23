/** Writes a number with the given separators and at most `digits` decimals, trailing zeros dropped. */
export function formatWithSeparators(n: number, thousands: string, decimal: string, digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(digits);
  const [intPart, fracPart = ''] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const frac = fracPart.replace(/0+$/, '');
  const sign = n < 0 && (Number(intPart) !== 0 || frac !== '') ? '-' : '';
  return sign + grouped + (frac ? decimal + frac : '');
}
