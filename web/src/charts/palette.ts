/** Series colours: distinguishable, calm, and at least 3:1 against white. */
export const PALETTE = [
  '#2f6f8f',
  '#d0742c',
  '#3f8a57',
  '#7a5bb0',
  '#c2455e',
  '#2f8f99',
  '#9c7f1f',
  '#5c6b80',
] as const;

/** Sequential scale for heatmaps, light to dark. */
export const HEAT = ['#eef5f8', '#b9d7e3', '#6fa9c2', '#2f6f8f', '#173e52'] as const;

export const AXIS_TEXT = '#4a5562';

/** The page's font stack, given to ECharts by name so it measures labels with the font it draws. */
export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
