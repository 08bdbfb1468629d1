import { Command } from 'commander';
import { registerAdmin } from './commands/admin-command.ts';
import { registerAnalysis } from './commands/analysis-commands.ts';
import { registerApiKey } from './commands/api-key-command.ts';
import { registerCluster } from './commands/cluster-command.ts';
import { registerDemo } from './commands/demo-command.ts';
import { registerFeatures } from './commands/features-command.ts';
import { registerFit } from './commands/fit-command.ts';
import { registerImport } from './commands/import-command.ts';
import { registerMerges } from './commands/merges-command.ts';
import { registerPredict } from './commands/predict-command.ts';
import { registerQuarantine } from './commands/quarantine-command.ts';
import { registerReport } from './commands/report-command.ts';
import { registerRfm } from './commands/rfm-command.ts';
import { registerSegments } from './commands/segments-command.ts';
import { registerServe } from './commands/serve-command.ts';
import { registerSettings } from './commands/settings-command.ts';
import { registerSources } from './commands/sources-command.ts';
import { registerStart } from './commands/start-command.ts';
import { registerStats } from './commands/stats-command.ts';
import { registerTrain } from './commands/train-command.ts';
import { registerValidate } from './commands/validate-command.ts';
import { registerWorkspace } from './commands/workspace-command.ts';

// `patron quarantine | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command('patron')
  .description('Customer segmentation and prediction for small businesses')
  .option('--db <path>', 'database file (default: $PATRON_DB or ./patron.duckdb)');

for (const register of [
  registerImport,
  registerStats,
  registerQuarantine,
  registerMerges,
  registerSources,
  registerDemo,
  registerStart,
  registerFeatures,
  registerRfm,
  registerSegments,
  registerAnalysis,
  registerSettings,
  registerTrain,
  registerFit,
  registerPredict,
  registerValidate,
  registerServe,
  registerAdmin,
  registerWorkspace,
  registerApiKey,
  registerReport,
  registerCluster,
]) {
  register(program);
}

await program.parseAsync(process.argv);
