import type { Command } from 'commander';
import { PRESETS } from '../../ingest/index.ts';

/** `patron sources`: the vendor layouts `--source auto` recognises. */
export function registerSources(program: Command): void {
  program
    .command('sources')
    .description('list the vendor export layouts Patron recognises')
    .action(() => {
      for (const p of PRESETS)
        console.log(`${p.id.padEnd(29)} ${p.label} (${p.kind}); identified by ${p.signature.join(', ')}`);
      console.log(`${'generic'.padEnd(29)} any other table: columns mapped by common names or --map`);
    });
}
