import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { systemActor } from '../../server/platform/actor.ts';
import { CliError, withServices } from '../context.ts';

/**
 * `cohesion export home-office --year 2025 --force CODE [--out file]`: the Home Office annual hate
 * crime return (financial year 2025/26 for `--year 2025`) as CSV, the same file as the API gives.
 */
export function registerExportHomeOffice(exporter: Command): void {
  exporter
    .command('home-office')
    .description("a force's recorded hate crimes for a financial year, as the Home Office annual data return (CSV)")
    .requiredOption('--year <YYYY>', 'the financial year by the year it starts: 2025 means April 2025 to March 2026')
    .requiredOption('--force <code>', 'force code, e.g. DEMO')
    .option('--out <file>', 'write to this file rather than standard output ("-" for standard output)')
    .action(async (options: { year: string; force: string; out?: string }) => {
      if (!/^\d{4}$/.test(options.year)) {
        throw new CliError('--year must be a year as YYYY, the one the financial year starts in (2025 for 2025/26)');
      }
      await withServices(async (s) => {
        const file = await s.homeOffice.csv(systemActor('cli:export-home-office'), { year: Number(options.year), forceCode: options.force.toUpperCase() });
        if (options.out === undefined || options.out === '-') {
          process.stdout.write(file.text);
          return;
        }
        await writeFile(options.out, file.text).catch(() => {
          throw new CliError(`cannot write ${options.out ?? ''}`);
        });
        const total = file.ret.rows.find((r) => r.section === 'total')?.count ?? 0;
        process.stderr.write(`${file.ret.forceName}, ${file.ret.financialYear}: ${total} recorded hate crime(s) written to ${options.out} (suggested name: ${file.fileName})\n`);
      });
    });
}
