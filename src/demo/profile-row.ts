import type { Calendar } from './calendar.ts';
import { csvField } from './csv-field.ts';
import type { CustomerProfile } from './make-profile.ts';

/**
 * One customers.csv row, in the column order of `DEMO_HEADERS.customers`.
 *
 * @example
 * profileRow(profile, calendar); // 'C000001,ava.smith@example.com,07700 900123,Ava,Smith,Bristol,GB,BS6 5QT,2025-03-01,in_store,true,25-34,female,,,'
 */
export function profileRow(p: CustomerProfile, calendar: Calendar): string {
  const survey = p.survey ? `${p.survey.favouriteTreat},${p.survey.visitReason},${p.survey.heardFrom}` : ',,';
  return [
    p.id,
    csvField(p.emailAsExported),
    p.phone,
    csvField(p.firstName),
    csvField(p.lastName),
    csvField(p.place.city),
    p.place.country,
    p.place.postalCode,
    calendar.dateText[p.signupDay],
    p.signupChannel,
    p.acceptsMarketing,
    p.ageBand,
    p.gender,
    survey,
  ].join(',');
}
