import type { Decimal, NumberStyle, Target } from '../model/model';
import { decimalToString, shiftDecimal } from '../parse/decimal';

/** A decimal written in the workbook's style without grouping (Vietnamese: decimal comma). */
function written(value: Decimal, style: NumberStyle): string {
  const text = decimalToString(value);
  return style === 'vi' ? text.replace('.', ',') : text;
}

/** The other reading of an ambiguous `1.234`, written unambiguously in the workbook's style. */
function otherReading(value: Decimal, style: NumberStyle): string {
  if (value.scale !== 0) return decimalToString(shiftDecimal(value, 3));
  const digits = String(value.coef < 0n ? -value.coef : value.coef).padStart(4, '0');
  const sign = value.coef < 0n ? '-' : '';
  return `${sign}${digits.slice(0, -3)}${style === 'vi' ? ',' : '.'}${digits.slice(-3)}`;
}

/** Message parameters of `ambiguous-number`: the text as typed, how it was read, and the other reading. */
export function ambiguityParams(text: string, value: Decimal, style: NumberStyle): Record<string, string> {
  return { value: text, read: written(value, style), alternative: otherReading(value, style) };
}

/** The value an ambiguous target was read as (a range reports its lower bound). */
export function targetNumber(target: Target): Decimal | null {
  if (target.kind === 'range') return target.min;
  if (target.kind === 'relative') return target.amount;
  return target.kind === 'milestone' ? null : target.value;
}
