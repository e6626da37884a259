// Whole-day arithmetic on ISO dates (YYYY-MM-DD), in UTC so every runtime agrees.
const DAY = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY);
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY).toISOString().slice(0, 10);
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** "this week", "3 weeks", "5 months", "2 years": a span of days in plain words. */
export function spanInWords(days: number): string {
  if (days < 7) return 'a few days';
  if (days < 60) return `${Math.round(days / 7)} weeks`;
  if (days < 365) return `${Math.round(days / 30.4)} months`;
  const years = Math.floor(days / 365);
  return years === 1 ? 'a year' : `${years} years`;
}
