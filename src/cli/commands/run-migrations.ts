import type { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import { migrateToLatest, migrationStatus } from '../../server/db/migrate.ts';
import { connectFromConfig } from '../../server/main.ts';
import { CliError, out } from '../context.ts';

export function registerRunMigrations(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date, printing each migration’s status')
    .option('--status', 'only list the migrations and whether each has run')
    .action(async (options: { status?: boolean }) => {
      const database = await connectFromConfig(loadConfig(), 2);
      try {
        if (options.status) {
          (await migrationStatus(database.db)).forEach(out);
          return;
        }
        const report = await migrateToLatest(database.db);
        report.lines.forEach(out);
        if (!report.ok) {
          throw new CliError('migration failed; the database is unchanged from the last good migration');
        }
        (await migrationStatus(database.db)).forEach(out);
      } finally {
        await database.close();
      }
    });
}
