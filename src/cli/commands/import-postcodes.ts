import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { systemActor } from '../../server/platform/actor.ts';
import { CliError, out, withServices } from '../context.ts';

export function registerImportPostcodes(importer: Command): void {
  importer
    .command('postcodes <file>')
    .description('import a postcode lookup (ONS Postcode Directory CSV or an extract: postcode, lat, long, ward, LSOA, district)')
    .action(async (file: string) => {
      const text = await readFile(file, 'utf8').catch(() => {
        throw new CliError(`cannot read ${file}`);
      });
      const result = await withServices((s) => s.postcodes.importPostcodes(systemActor('cli:import-postcodes'), text));
      if (result.refused.length > 0) {
        result.refused.slice(0, 50).forEach((r) => process.stderr.write(`row ${r.row}: ${r.message}\n`));
        throw new CliError(`nothing imported: ${result.refused.length} row(s) refused`);
      }
      out(`${result.imported} postcode(s) imported`);
    });
}
