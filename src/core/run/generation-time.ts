/** Two digits. */
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The generation time shown on the owned sheets, `dd/mm/yyyy hh:mm`: from SOURCE_DATE_EPOCH (seconds, shown in UTC
 * so that reproducible runs give identical files) when set, else from `now` on the local clock (SPEC §7.3).
 */
export function generationTime(sourceDateEpoch: string | undefined, now: Date): string {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch.trim())) {
    const d = new Date(Number(sourceDateEpoch.trim()) * 1000);
    return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
  }
  return `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
