import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { systemActor } from '../../server/platform/actor.ts';
import type { ImportFormat } from '../../server/reports/import.service.ts';
import { CliError, out, withServices } from '../context.ts';

const FORMATS: readonly ImportFormat[] = ['csv', 'json'];

export function registerImportReports(importer: Command): void {
  importer
    .command('reports <file>')
    .description('import reports from a CSV or JSON file, all or nothing: any refused row means nothing is imported')
    .requiredOption('--force <code>', 'force code, e.g. DEMO')
    .option('--format <format>', 'csv or json (default: from the file name)')
    .action(async (file: string, options: { force: string; format?: string }) => {
      const format = (options.format ?? path.extname(file).slice(1)).toLowerCase();
      if (!FORMATS.includes(format as ImportFormat)) {
        throw new CliError(options.format ? `--format: must be csv or json` : `cannot tell the format of ${file}: give --format csv or --format json`);
      }
      const text = await readFile(file, 'utf8').catch(() => {
        throw new CliError(`cannot read ${file}`);
      });
      const result = await withServices((s) =>
        s.imports.importReports(systemActor('cli:import-reports'), options.force, { format: format as ImportFormat, text }),
      );
      if (result.refused.length > 0) {
        result.refused.forEach((r) => process.stderr.write(`row ${r.row}, ${r.field}: ${r.message}\n`));
        const rows = new Set(result.refused.map((r) => r.row)).size;
        throw new CliError(`nothing imported: ${rows} row(s) refused`);
      }
      out(`${result.imported} report(s) imported into ${options.force}`);
    });
}
