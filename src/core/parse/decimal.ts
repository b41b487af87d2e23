/**
 * Exact decimal arithmetic on `{ coef, scale }` (value = coef / 10^scale), so that typed values
 * such as 11,62 and 16,6 compare exactly instead of through binary floating point.
 */
import type { Decimal } from '../model/model';

const ZERO: Decimal = { coef: 0n, scale: 0 };
/** Exponents beyond this are refused when reading text (no double reaches them meaningfully). */
const MAX_EXPONENT = 400;
const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 64; i++, p *= 10n) POW10.push(p);
const PLAIN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** 10^k as a bigint for k ≥ 0. */
function pow10(k: number): bigint {
  return k < POW10.length ? POW10[k] : 10n ** BigInt(k);
}

/** Build a decimal from a coefficient and a possibly negative power-of-ten exponent. */
function make(coef: bigint, exponent: number): Decimal {
  if (coef === 0n) return ZERO;
  return exponent >= 0 ? { coef: coef * pow10(exponent), scale: 0 } : { coef, scale: -exponent };
}

/** Reads plain ASCII decimal text ("-12.05", "5840", ".5", "1e-7"); undefined when it is not one. */
export function decimalFromString(s: string): Decimal | undefined {
  const m = PLAIN.exec(s.trim());
  if (!m) return undefined;
  const int = m[2];
  const frac = m[3] ?? '';
  if (int.length === 0 && frac.length === 0) return undefined;
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  if (!Number.isFinite(exp) || Math.abs(exp) > MAX_EXPONENT) return undefined;
  let coef = BigInt((int || '0') + frac);
  if (m[1] === '-') coef = -coef;
  return make(coef, exp - frac.length);
}

/** Converts a JS number to the decimal of its shortest round-trip text (11.62 → 1162/10²); non-finite gives 0. */
export function decimalFromNumber(n: number): Decimal {
  if (!Number.isFinite(n) || n === 0) return ZERO;
  if (Number.isSafeInteger(n)) return { coef: BigInt(n), scale: 0 };
  const abs = Math.abs(n);
  if (abs >= 1e-6 && abs < 1e15) {
    // Fewest decimals k whose rounding gives back n exactly: the digits String(n) would print.
    for (let k = 1, p = 10; k <= 15; k++, p *= 10) {
      const scaled = Math.round(n * p);
      if (Number.isSafeInteger(scaled) && scaled / p === n) return { coef: BigInt(scaled), scale: k };
    }
  }
  return decimalFromString(String(n)) ?? ZERO;
}

/** Plain minimal text of a decimal: no exponent, no trailing zeros ("12.05", "-0.5", "5840"). */
export function decimalToString(d: Decimal): string {
  const n = normalizeDecimal(d);
  if (n.coef === 0n) return '0';
  const neg = n.coef < 0n;
  let digits = (neg ? -n.coef : n.coef).toString();
  if (n.scale > 0) {
    if (digits.length <= n.scale) digits = '0'.repeat(n.scale - digits.length + 1) + digits;
    digits = `${digits.slice(0, digits.length - n.scale)}.${digits.slice(digits.length - n.scale)}`;
  }
  return neg ? `-${digits}` : digits;
}

/** The nearest double to a decimal. */
export function decimalToNumber(d: Decimal): number {
  if (d.scale === 0) return Number(d.coef);
  return Number(decimalToString(d));
}

/** Removes trailing zeros of the coefficient (lowering the scale), keeping the value. */
export function normalizeDecimal(d: Decimal): Decimal {
  if (d.coef === 0n) return ZERO;
  let { coef, scale } = d;
  while (scale > 0 && coef % 10n === 0n) {
    coef /= 10n;
    scale--;
  }
  return coef === d.coef ? d : { coef, scale };
}

/** Both coefficients brought to the larger scale. */
function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.coef, b.coef, a.scale];
  if (a.scale > b.scale) return [a.coef, b.coef * pow10(a.scale - b.scale), a.scale];
  return [a.coef * pow10(b.scale - a.scale), b.coef, b.scale];
}

/** Orders two decimals exactly: -1 when a < b, 0 when equal, 1 when a > b. */
export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** True when both decimals have the same value (whatever their scales). */
export function decimalEquals(a: Decimal, b: Decimal): boolean {
  return compareDecimal(a, b) === 0;
}

/** The exact sum a + b. */
export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { coef: x + y, scale };
}

/** The exact difference a − b. */
export function subDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { coef: x - y, scale };
}

/** The exact product a × b. */
export function mulDecimal(a: Decimal, b: Decimal): Decimal {
  return { coef: a.coef * b.coef, scale: a.scale + b.scale };
}

/** The exact value d × 10^k (k may be negative). */
export function shiftDecimal(d: Decimal, k: number): Decimal {
  if (k === 0 || d.coef === 0n) return d;
  if (k < 0) return { coef: d.coef, scale: d.scale - k };
  if (d.scale >= k) return { coef: d.coef, scale: d.scale - k };
  return { coef: d.coef * pow10(k - d.scale), scale: 0 };
}

/** True when the decimal is zero. */
export function isZeroDecimal(d: Decimal): boolean {
  return d.coef === 0n;
}

/** The sign of a decimal: -1, 0 or 1. */
export function signDecimal(d: Decimal): -1 | 0 | 1 {
  return d.coef < 0n ? -1 : d.coef > 0n ? 1 : 0;
}

/** Number of bits of a positive bigint. */
function bitLength(n: bigint): number {
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** The quotient p/q (both > 0) correctly rounded to the nearest double (ties to even). */
function positiveQuotient(p: bigint, q: bigint): number {
  // Scale so the integer quotient has 55–56 bits, then round away the extra bits.
  let e = bitLength(p) - bitLength(q) - 55;
  const num = e < 0 ? p << BigInt(-e) : p;
  const den = e > 0 ? q << BigInt(e) : q;
  let quo = num / den;
  const sticky = num % den !== 0n;
  const drop = bitLength(quo) - 53;
  const half = 1n << BigInt(drop - 1);
  const rest = quo & ((1n << BigInt(drop)) - 1n);
  quo >>= BigInt(drop);
  e += drop;
  if (rest > half || (rest === half && (sticky || (quo & 1n) === 1n))) quo += 1n;
  // Split the power of two so that neither factor overflows or underflows on its own.
  const e1 = Math.trunc(e / 2);
  return Number(quo) * 2 ** e1 * 2 ** (e - e1);
}

/** a / b as the nearest double, computed exactly with bigints (b = 0 follows JS: ±Infinity or NaN). */
export function divideToNumber(a: Decimal, b: Decimal): number {
  if (b.coef === 0n) return a.coef === 0n ? NaN : a.coef > 0n ? Infinity : -Infinity;
  if (a.coef === 0n) return 0;
  // a/b = (a.coef · 10^b.scale) / (b.coef · 10^a.scale)
  let p = a.coef * pow10(b.scale);
  let q = b.coef * pow10(a.scale);
  const negative = p < 0n !== q < 0n;
  if (p < 0n) p = -p;
  if (q < 0n) q = -q;
  const r = positiveQuotient(p, q);
  return negative ? -r : r;
}

/**
 * Compares 100·numerator/denominator with `percent` exactly, the percent read as the decimal of its
 * shortest text (72.5 → 725/10); a negative denominator is handled, a zero one compares 100·numerator with 0.
 */
export function compareRatioToPercent(numerator: Decimal, denominator: Decimal, percent: number): -1 | 0 | 1 {
  if (Number.isNaN(percent)) return 0;
  if (percent === Infinity) return -1;
  if (percent === -Infinity) return 1;
  if (denominator.coef === 0n) return signDecimal(numerator);
  // 100·n/d ⋚ p  ⇔  100·n ⋚ p·d  (for d > 0; flipped for d < 0)
  const left = shiftDecimal(numerator, 2);
  const right = mulDecimal(decimalFromNumber(percent), denominator);
  const c = compareDecimal(left, right);
  return denominator.coef > 0n || c === 0 ? c : c === 1 ? -1 : 1;
}
