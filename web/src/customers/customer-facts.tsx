import type { CustomerProfile } from '../../../src/schema/api/customers.ts';
import { formatDate } from '../format/index.ts';

/** Contact details, consent and imported attributes. */
export function CustomerFacts({ profile }: { profile: CustomerProfile }) {
  const c = profile.contact;
  const place = [c.city, c.region, c.postal_code, c.country].filter((p) => p !== null && p !== '').join(', ');
  const facts: [string, string][] = [
    ['Email', c.email ?? '–'],
    ['Phone', c.phone ?? '–'],
    ['Company', c.company ?? '–'],
    ['Place', place === '' ? '–' : place],
    [
      'Marketing',
      c.accepts_marketing === null ? 'unknown' : c.accepts_marketing ? 'accepts' : 'does not accept',
    ],
    ['Signed up', `${formatDate(c.signup_date)}${c.signup_channel === null ? '' : ` (${c.signup_channel})`}`],
    ['First order', formatDate(profile.features.first_order_date)],
    ['Customer id', profile.id],
  ];
  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title">Details</h2>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label} className="fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {profile.attributes.length === 0 ? null : (
        <>
          <h3 style={{ marginTop: '1rem' }}>Attributes and answers</h3>
          <dl className="facts">
            {profile.attributes.map((a) => (
              <div key={`${a.kind}:${a.name}`} className="fact">
                <dt>{a.name}</dt>
                <dd>{a.value ?? '–'}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
