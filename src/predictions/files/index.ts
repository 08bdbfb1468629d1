export { fitSpendFile } from './fit-spend-file.ts';
export { fitSummaryFile, type ModelChoice } from './fit-summary-file.ts';
export { fitTransactionsFile, type TransactionsFileOptions } from './fit-transactions-file.ts';
export { readTableFile, type TableFile } from './read-table-file.ts';
