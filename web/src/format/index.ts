export { formatCount } from './format-count.ts';
export { formatDate } from './format-date.ts';
export { formatMoney } from './format-money.ts';
export { formatPercent } from './format-percent.ts';
