import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseCountry } from './normalise-country.ts';
import { normaliseCurrency } from './normalise-currency.ts';
import { normalisePhone } from './normalise-phone.ts';

test('phones become E.164, national numbers read in the default country', () => {
  assert.equal(normalisePhone('07700 900123', 'GB'), '+447700900123');
  assert.equal(normalisePhone("'+1 (416) 555-0100", 'GB'), '+14165550100');
  assert.equal(normalisePhone('4165550100', 'CA'), '+14165550100');
  assert.equal(normalisePhone('call me', 'GB'), null);
  assert.equal(normalisePhone('12', 'GB'), null);
});

test('countries: codes, names in several languages and export aliases', () => {
  assert.equal(normaliseCountry('United Kingdom'), 'GB');
  assert.equal(normaliseCountry('EIRE'), 'IE');
  assert.equal(normaliseCountry('gb'), 'GB');
  assert.equal(normaliseCountry('DEU'), 'DE');
  assert.equal(normaliseCountry('Deutschland'), 'DE');
  assert.equal(normaliseCountry('RSA'), 'ZA');
  assert.equal(normaliseCountry('Unspecified'), null);
  assert.equal(normaliseCountry('European Community'), null);
});

test('currencies: codes in any case and common symbols', () => {
  assert.equal(normaliseCurrency('usd'), 'USD');
  assert.equal(normaliseCurrency('£'), 'GBP');
  assert.equal(normaliseCurrency('€'), 'EUR');
  assert.equal(normaliseCurrency('dollars'), null);
});
