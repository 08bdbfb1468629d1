import { closestName, PatronError } from '../../errors/index.ts';
import type { Preset } from './preset.ts';
import { PRESETS } from './registry.ts';

export interface PresetChoice {
  /** Undefined when no vendor layout matched and columns are mapped by common names. */
  preset: Preset | undefined;
  reason: string;
}

/**
 * Picks the vendor preset whose signature headers are all present; the most specific wins.
 * `requested` is 'auto', 'generic', or a preset id.
 */
export function choosePreset(headers: readonly string[], requested: string, file: string): PresetChoice {
  const present = new Set(headers.map((h) => h.trim().toLowerCase()));
  if (requested === 'generic')
    return { preset: undefined, reason: '--source generic: columns mapped by common names' };
  if (requested !== 'auto') {
    const preset = PRESETS.find((p) => p.id === requested);
    if (!preset) {
      const hint = closestName(
        requested,
        PRESETS.map((p) => p.id),
      );
      throw new PatronError(
        'unknown_source',
        `Unknown --source '${requested}'.${hint ? ` Did you mean '${hint}'?` : ''} Choose one of: auto, generic, ${PRESETS.map((p) => p.id).join(', ')}.`,
      );
    }
    const missing = preset.signature.filter((h) => !present.has(h.toLowerCase()));
    if (missing.length > 0) {
      throw new PatronError(
        'source_mismatch',
        `${file} does not look like a ${preset.label} export: it has no ${missing.map((m) => `'${m}'`).join(', ')} column. Check the file or use --source auto.`,
        { file },
      );
    }
    return { preset, reason: `--source ${preset.id} given` };
  }
  const matches = PRESETS.filter((p) => p.signature.every((h) => present.has(h.toLowerCase())));
  matches.sort((a, b) => b.signature.length - a.signature.length);
  const best = matches[0];
  if (!best)
    return {
      preset: undefined,
      reason: 'no vendor layout matched the header; columns mapped by common names',
    };
  return {
    preset: best,
    reason: `the header has ${best.signature.map((s) => `'${s}'`).join(', ')}, which identify a ${best.label} export`,
  };
}
