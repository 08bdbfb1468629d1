/** The report's own CSS: everything inline, so the file needs nothing else. */
export const REPORT_STYLES = `
  body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2430; margin: 0; background: #f6f7f9; }
  main { max-width: 920px; margin: 0 auto; padding: 24px 16px 64px; }
  h1 { font-size: 26px; margin: 0 0 4px; }
  h2 { font-size: 19px; margin: 36px 0 8px; border-bottom: 1px solid #d8dde5; padding-bottom: 4px; }
  p { line-height: 1.5; }
  .muted { color: #5a6472; }
  .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 16px 0; }
  .card { background: #fff; border: 1px solid #d8dde5; border-radius: 8px; padding: 12px; }
  .card b { display: block; font-size: 22px; }
  .chart { background: #fff; border: 1px solid #d8dde5; border-radius: 8px; padding: 8px; margin: 12px 0; overflow-x: auto; }
  .chart svg { max-width: 100%; height: auto; }
  table { border-collapse: collapse; width: 100%; background: #fff; margin: 12px 0; font-size: 14px; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e4e8ee; vertical-align: top; }
  th { background: #eef1f5; }
  td.num, th.num { text-align: right; white-space: nowrap; }
  @media print { body { background: #fff; } .chart, .card, table { break-inside: avoid; } }
`;
