import type { Decimal } from './model';

/**
 * An exact rational `n / d` with d > 0: actuals like `47/107` and computed rates stay exact.
 * Both parts are plain numbers (safe integers) while they fit, else both are bigints; every operation
 * checks that its integer results stay safe and otherwise redoes the work in bigint, so results are
 * always exact and the common case allocates no bigints.
 */
export interface Rational {
  readonly n: number | bigint;
  readonly d: number | bigint;
}

type Small = { readonly n: number; readonly d: number };
type Big = { readonly n: bigint; readonly d: bigint };

const POW10: bigint[] = [1n];
const SAFE_SCALE = 15;

/** 10^k as a bigint (cached). */
export function pow10(k: number): bigint {
  while (POW10.length <= k) POW10.push(POW10[POW10.length - 1] * 10n);
  return POW10[k];
}

const isSmall = (a: Rational): a is Small => typeof a.n === 'number';
const big = (a: Rational): Big => (isSmall(a) ? { n: BigInt(a.n), d: BigInt(a.d) } : (a as Big));
const safe = Number.isSafeInteger;
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/** A rational from bigint parts (d > 0), kept small when both parts fit. */
function fromBig(n: bigint, d: bigint): Rational {
  const an = n < 0n ? -n : n;
  return an <= MAX_SAFE_BIG && d <= MAX_SAFE_BIG ? { n: Number(n), d: Number(d) } : { n, d };
}

/** The rational value of an exact decimal. */
export function fromDecimal(x: Decimal): Rational {
  return x.scale <= SAFE_SCALE ? fromBig(x.coef, pow10(x.scale)) : { n: x.coef, d: pow10(x.scale) };
}

/** The rational value of a finite JS number taken by its shortest decimal text. */
export function fromNumber(x: number): Rational {
  if (safe(x)) return { n: x, d: 1 };
  const [mantissa, expText] = String(x).split('e');
  const exp = expText ? Number(expText) : 0;
  const [intPart, frac = ''] = mantissa.split('.');
  const digits = BigInt(intPart + frac);
  const scale = frac.length - exp;
  return scale >= 0 ? fromBig(digits, pow10(scale)) : fromBig(digits * pow10(-scale), 1n);
}

/**
 * The power of ten d such that a finite JS number x, read as the decimal it shows, is exactly
 * Math.round(x·d)/d with a safe numerator (1 for safe integers; at most 15 decimals), or 0 when there is none.
 */
export function decimalDenominator(x: number): number {
  if (safe(x)) return 1;
  const size = Math.abs(x);
  if (size >= 1e-6 && size < 1e15) {
    for (let k = 1, p = 10; k <= SAFE_SCALE; k++, p *= 10) {
      const scaled = Math.round(x * p);
      if (safe(scaled) && scaled / p === x) return p;
    }
  }
  return 0;
}

/**
 * The exact rational of a finite JS number, read as the decimal it shows (11.62 → 1162/100), without
 * going through text or bigints for the usual values (at most 15 decimals).
 */
export function rationalOfNumber(x: number): Rational {
  const d = decimalDenominator(x);
  if (d !== 0) return { n: d === 1 ? x : Math.round(x * d), d };
  return Number.isFinite(x) ? fromNumber(x) : { n: 0, d: 1 };
}

/** True when the value is zero. */
export function isZero(a: Rational): boolean {
  return a.n === 0 || a.n === 0n;
}

/** a / b, or null when b is zero. */
export function divide(a: Rational, b: Rational): Rational | null {
  if (isZero(b)) return null;
  if (isSmall(a) && isSmall(b)) {
    const sign = b.n < 0 ? -1 : 1;
    const n = a.n * b.d * sign;
    const d = a.d * b.n * sign;
    if (safe(n) && safe(d)) return { n, d };
  }
  const x = big(a);
  const y = big(b);
  const sign = y.n < 0n ? -1n : 1n;
  return fromBig(x.n * y.d * sign, x.d * y.n * sign);
}

const HUNDRED_SMALL: Small = { n: 100, d: 1 };

/** 100·a/b, or null when b is zero: the same rational as divide(multiply(100, a), b), without the intermediate product. */
export function percentOf(a: Rational, b: Rational): Rational | null {
  if (isSmall(a) && isSmall(b)) {
    if (b.n === 0) return null;
    const scaled = 100 * a.n;
    if (safe(scaled)) {
      const sign = b.n < 0 ? -1 : 1;
      const n = scaled * b.d * sign;
      const d = a.d * b.n * sign;
      if (safe(n) && safe(d)) return { n, d };
    }
  }
  return divide(multiply(HUNDRED_SMALL, a), b);
}

/** a · b. */
export function multiply(a: Rational, b: Rational): Rational {
  if (isSmall(a) && isSmall(b)) {
    const n = a.n * b.n;
    const d = a.d * b.d;
    if (safe(n) && safe(d)) return { n, d };
  }
  const x = big(a);
  const y = big(b);
  return fromBig(x.n * y.n, x.d * y.d);
}

/** a − b. */
export function subtract(a: Rational, b: Rational): Rational {
  if (isSmall(a) && isSmall(b)) {
    const left = a.n * b.d;
    const right = b.n * a.d;
    const d = a.d * b.d;
    if (safe(left) && safe(right) && safe(d) && safe(left - right)) return { n: left - right, d };
  }
  const x = big(a);
  const y = big(b);
  return fromBig(x.n * y.d - y.n * x.d, x.d * y.d);
}

/** Compares two rationals exactly: -1, 0 or 1. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  if (isSmall(a) && isSmall(b)) {
    const left = a.n * b.d;
    const right = b.n * a.d;
    if (safe(left) && safe(right)) return left < right ? -1 : left > right ? 1 : 0;
  }
  const x = big(a);
  const y = big(b);
  const left = x.n * y.d;
  const right = y.n * x.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Compares |a| / |b| with q (b non-zero, q > 0) exactly, without building the quotient. */
export function compareAbsRatio(a: Rational, b: Rational, q: Rational): -1 | 0 | 1 {
  if (isSmall(a) && isSmall(b) && isSmall(q)) {
    const left = Math.abs(a.n) * b.d * q.d;
    const right = q.n * Math.abs(b.n) * a.d;
    if (safe(left) && safe(right)) return left < right ? -1 : left > right ? 1 : 0;
  }
  const x = big(abs(a));
  const y = big(abs(b));
  const z = big(q);
  const left = x.n * y.d * z.d;
  const right = z.n * y.n * x.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Compares |a − b| with q (q > 0) exactly, without building the difference. */
export function compareDistance(a: Rational, b: Rational, q: Rational): -1 | 0 | 1 {
  const small = isSmall(a) ? compareSmallDistance(a.n, a.d, b, q) : null;
  if (small !== null) return small;
  const x = big(a);
  const y = big(b);
  const z = big(q);
  const diff = x.n * y.d - y.n * x.d;
  const distance = (diff < 0n ? -diff : diff) * z.d;
  const bound = z.n * x.d * y.d;
  return distance < bound ? -1 : distance > bound ? 1 : 0;
}

/**
 * compareDistance of the rational n/d (plain numbers, d > 0) from b, against q, when every product stays a safe
 * integer; null when one would not (then compare with bigints).
 */
export function compareSmallDistance(n: number, d: number, b: Rational, q: Rational): -1 | 0 | 1 | null {
  if (!isSmall(b) || !isSmall(q)) return null;
  const left = n * b.d;
  const right = b.n * d;
  const both = d * b.d;
  if (!safe(left) || !safe(right) || !safe(left - right)) return null;
  const distance = Math.abs(left - right) * q.d;
  const bound = q.n * both;
  if (!safe(distance) || !safe(bound)) return null;
  return distance < bound ? -1 : distance > bound ? 1 : 0;
}

/** The absolute value. */
export function abs(a: Rational): Rational {
  if (isSmall(a)) return a.n < 0 ? { n: -a.n, d: a.d } : a;
  const b = a as Big;
  return b.n < 0n ? { n: -b.n, d: b.d } : a;
}

/** The nearest double to a rational (exact division when both parts fit in 53 bits). */
export function toNumber(a: Rational): number {
  if (isSmall(a)) return a.n / a.d;
  const { n, d } = a as Big;
  const nn = Number(n);
  const dd = Number(d);
  if (Number.isFinite(nn) && Number.isFinite(dd)) return nn / dd;
  const shift = BigInt(Math.max(n < 0n ? (-n).toString(2).length : n.toString(2).length, d.toString(2).length) - 1000);
  return Number(n >> shift) / Number(d >> shift);
}
