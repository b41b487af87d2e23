import type { Decimal } from './model';

/** An exact rational `n / d` with d > 0: actuals like `47/107` and computed rates stay exact. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const POW10: bigint[] = [1n];

/** 10^k as a bigint (cached). */
export function pow10(k: number): bigint {
  while (POW10.length <= k) POW10.push(POW10[POW10.length - 1] * 10n);
  return POW10[k];
}

/** The rational value of an exact decimal. */
export function fromDecimal(x: Decimal): Rational {
  return { n: x.coef, d: pow10(x.scale) };
}

/** The rational value of a small integer or a finite JS number taken by its shortest decimal text. */
export function fromNumber(x: number): Rational {
  if (Number.isInteger(x)) return { n: BigInt(x), d: 1n };
  const text = String(x);
  const [mantissa, expText] = text.split('e');
  const exp = expText ? Number(expText) : 0;
  const [intPart, frac = ''] = mantissa.split('.');
  const digits = BigInt(intPart + frac);
  const scale = frac.length - exp;
  return scale >= 0 ? { n: digits, d: pow10(scale) } : { n: digits * pow10(-scale), d: 1n };
}

/** a / b, or null when b is zero. */
export function divide(a: Rational, b: Rational): Rational | null {
  if (b.n === 0n) return null;
  const sign = b.n < 0n ? -1n : 1n;
  return { n: a.n * b.d * sign, d: a.d * b.n * sign };
}

/** a · b. */
export function multiply(a: Rational, b: Rational): Rational {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** a − b. */
export function subtract(a: Rational, b: Rational): Rational {
  return { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

/** Compares two rationals exactly: -1, 0 or 1. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The absolute value. */
export function abs(a: Rational): Rational {
  return a.n < 0n ? { n: -a.n, d: a.d } : a;
}

/** The nearest double to a rational (exact division when both parts fit in 53 bits). */
export function toNumber(a: Rational): number {
  const limit = 9007199254740992n;
  let { n, d } = a;
  if ((n < 0n ? -n : n) <= limit && d <= limit) return Number(n) / Number(d);
  while ((n < 0n ? -n : n) > limit * 1024n || d > limit * 1024n) {
    n /= 2n;
    d /= 2n;
    if (d === 0n) return n >= 0n ? Infinity : -Infinity;
  }
  return Number(n) / Number(d);
}
