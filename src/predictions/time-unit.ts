/** The time unit of BTYD summaries: weeks (as the literature) or days. */
export type TimeUnit = 'week' | 'day';

export const UNIT_DAYS: Record<TimeUnit, number> = { week: 7, day: 1 };
