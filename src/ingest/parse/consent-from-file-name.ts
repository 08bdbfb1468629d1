import { sql } from '../../store/index.ts';
import type { Preset } from '../presets/preset.ts';
import type { ColumnPlan } from './field-exprs.ts';

/**
 * For exports that put the consent status in the file name (Mailchimp's subscribed_…,
 * unsubscribed_…, cleaned_… files), fills the consent field of every row with that status.
 * A consent column, when the file has one, wins.
 */
export function consentFromFileName(plan: ColumnPlan, preset: Preset | undefined, fileName: string): void {
  for (const [channel, field] of [
    ['email', 'email_consent'],
    ['sms', 'sms_consent'],
  ] as const) {
    const prefixes = preset?.consent?.[channel]?.fromFileName;
    if (!prefixes || plan.raw[field]) continue;
    const lower = fileName.toLowerCase();
    const match = Object.keys(prefixes)
      .sort((a, b) => b.length - a.length)
      .find((prefix) => lower.startsWith(prefix.toLowerCase()));
    if (match) plan.raw[field] = sql`${prefixes[match] as string}`;
  }
}
