import type { Thresholds } from './model';

/** Reads `critical,warning` thresholds ("50,70"); undefined unless 0 < critical < warning < 100. */
export function parseThresholds(text: string): Thresholds | undefined {
  const parts = text.split(/[,;]/).map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p))) return undefined;
  const [critical, warning] = parts.map(Number);
  return critical > 0 && critical < warning && warning < 100 ? { critical, warning } : undefined;
}
