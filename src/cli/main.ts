import { Command, CommanderError } from 'commander';
import { ConfigError } from '../server/config.ts';
import { DataDirLockedError } from '../server/db/data-dir-lock.ts';
import { AppError } from '../server/http/errors.ts';
import { VERSION } from '../server/version.ts';
import { CliError } from './context.ts';
import { registerAddForce } from './commands/add-force.ts';
import { registerAddUser } from './commands/add-user.ts';
import { registerAddOpen311Key } from './commands/add-open311-key.ts';
import { registerImportAreas } from './commands/import-areas.ts';
import { registerImportPostcodes } from './commands/import-postcodes.ts';
import { registerImportLsoas } from './commands/import-lsoas.ts';
import { registerExportStreetCrime } from './commands/export-street-crime.ts';
import { registerExportHomeOffice } from './commands/export-home-office.ts';
import { registerImportReports } from './commands/import-reports.ts';
import { registerResetPassword } from './commands/reset-password.ts';
import { registerRevokeOpen311Key } from './commands/revoke-open311-key.ts';
import { registerRunMigrations } from './commands/run-migrations.ts';
import { registerReturnsDaily } from './commands/returns-daily.ts';
import { registerRunServer } from './commands/run-server.ts';
import { registerSeedDemo } from './commands/seed-demo.ts';
import { registerShareRecords } from './commands/share-records.ts';

const program = new Command('cohesion')
  .description('Cohesion: hate crime, community tension and counter-terrorism community engagement')
  .version(VERSION)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerRunServer(program);
registerRunMigrations(program);
const force = program.command('force').description('forces and what they share');
registerAddForce(force);
registerShareRecords(force);
const user = program.command('user').description('staff accounts');
registerAddUser(user);
registerResetPassword(user);
const importer = program.command('import').description('bring data in from files');
registerImportAreas(importer);
registerImportPostcodes(importer);
registerImportLsoas(importer);
registerImportReports(importer);
const open311 = program.command('open311').description('Open311 GeoReport v2 for partner organisations');
const open311Key = open311.command('key').description('API keys of partner organisations');
registerAddOpen311Key(open311Key);
registerRevokeOpen311Key(open311Key);
const exporter = program.command('export').description('write standard files (data.police.uk formats) for publication');
registerExportStreetCrime(exporter);
registerExportHomeOffice(exporter);
registerReturnsDaily(program.command('returns').description('management returns: the daily pack'));
registerSeedDemo(program);

/** Known failures print one line; anything else prints its stack, since it is a bug. */
function explain(error: unknown): string {
  if (error instanceof AppError) {
    return error.fields?.length ? error.fields.map((f) => `${f.field}: ${f.message}`).join('; ') : error.message;
  }
  if (error instanceof CliError || error instanceof ConfigError || error instanceof DataDirLockedError) {
    return error.message;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exit(error.exitCode);
  }
  process.stderr.write(`cohesion: ${explain(error)}\n`);
  process.exit(1);
}
