/** A day order and the strptime patterns that read it, with and without a time of day. */
export interface DateFamily {
  id: 'ISO' | 'MDY' | 'DMY' | 'YMD_COMPACT' | 'TEXT' | 'CUSTOM';
  label: string;
  patterns: readonly string[];
}

// Two-digit years come first: DuckDB's %Y also accepts '26' and would read it as year 26.
const TIMES = [' %H:%M:%S', ' %H:%M', ' %I:%M:%S %p', ' %I:%M %p', 'T%H:%M:%S', 'T%H:%M', ''];

function withTimes(dates: readonly string[]): string[] {
  return dates.flatMap((d) => TIMES.map((t) => `${d}${t}`));
}

export const ISO: DateFamily = {
  id: 'ISO',
  label: 'year-month-day (ISO)',
  patterns: [...withTimes(['%Y-%m-%d', '%Y/%m/%d']), '%Y-%m-%dT%H:%M:%S.%f', '%Y-%m-%d %H:%M:%S.%f'],
};
export const MDY: DateFamily = {
  id: 'MDY',
  label: 'month/day/year (US)',
  patterns: withTimes(['%m/%d/%y', '%m-%d-%y', '%m.%d.%y', '%m/%d/%Y', '%m-%d-%Y', '%m.%d.%Y']),
};
export const DMY: DateFamily = {
  id: 'DMY',
  label: 'day/month/year',
  patterns: withTimes(['%d/%m/%y', '%d-%m-%y', '%d.%m.%y', '%d/%m/%Y', '%d-%m-%Y', '%d.%m.%Y']),
};
export const YMD_COMPACT: DateFamily = {
  id: 'YMD_COMPACT',
  label: 'yyyymmdd',
  patterns: ['%Y%m%d', '%Y%m%d%H%M%S'],
};
export const TEXT: DateFamily = {
  id: 'TEXT',
  label: 'day and month name',
  patterns: withTimes([
    '%d %b %Y',
    '%d %B %Y',
    '%b %d, %Y',
    '%B %d, %Y',
    '%d-%b-%Y',
    '%a, %d %b %Y',
    '%b %d %Y',
  ]),
};

export const FAMILIES: readonly DateFamily[] = [ISO, YMD_COMPACT, MDY, DMY, TEXT];

/**
 * Reads a `--date-format` value: a family name (ISO, MDY, DMY, YMD) or a strptime pattern such as `%d.%m.%Y %H:%M`.
 */
export function familyFromOption(option: string): DateFamily {
  const upper = option.toUpperCase();
  if (upper === 'ISO' || upper === 'YMD') return ISO;
  if (upper === 'MDY' || upper === 'US') return MDY;
  if (upper === 'DMY' || upper === 'EU' || upper === 'UK') return DMY;
  if (upper === 'YYYYMMDD') return YMD_COMPACT;
  return { id: 'CUSTOM', label: option, patterns: [option] };
}
