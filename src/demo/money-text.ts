/**
 * A pence amount as pounds with two decimals, without floating-point rounding surprises.
 *
 * @example
 * moneyText(350); // '3.50'
 * moneyText(-1205); // '-12.05'
 */
export function moneyText(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const cents = abs % 100;
  return `${sign}${(abs - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
}
