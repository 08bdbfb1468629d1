export { type ImportRunRow, listImports } from './list-imports.ts';
export { type QuarantinePage, quarantinePage } from './quarantine-page.ts';
