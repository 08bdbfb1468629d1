const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` shifted by whole days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Training snapshot dates for a horizon: asOf − h, asOf − 2h, … (newest first), each with its whole
 * label window [s, s + h) before asOf, so label windows never overlap, and each at least `minHistoryDays`
 * after the first order so there is behaviour to learn from. At most `max` snapshots.
 *
 * @example
 * planSnapshots('2024-07-01', '2023-01-01', 90) // => ['2024-04-02', '2024-01-03', '2023-10-05', '2023-07-07', '2023-04-08']
 */
export function planSnapshots(
  asOf: string,
  firstOrderDay: string,
  horizonDays: number,
  max = 6,
  minHistoryDays = 30,
): string[] {
  const earliest = Date.parse(`${firstOrderDay}T00:00:00Z`) + minHistoryDays * DAY_MS;
  const dates: string[] = [];
  for (let k = 1; k <= max; k++) {
    const day = addDays(asOf, -k * horizonDays);
    if (Date.parse(`${day}T00:00:00Z`) < earliest) break;
    dates.push(day);
  }
  return dates;
}
