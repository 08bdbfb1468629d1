import { onlineRetail, onlineRetailII } from './online-retail.ts';
import type { Preset } from './preset.ts';

/** Every vendor layout Patron recognises. Order does not matter: the most specific match wins. */
export const PRESETS: readonly Preset[] = [onlineRetail, onlineRetailII];
