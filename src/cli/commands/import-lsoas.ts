import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { systemActor } from '../../server/platform/actor.ts';
import { CliError, out, withServices } from '../context.ts';

/** `cohesion import lsoas <file>`: ONS LSOA boundaries (GeoJSON, WGS84) for the street-level crime export. */
export function registerImportLsoas(importer: Command): void {
  importer
    .command('lsoas <file>')
    .description('import LSOA boundaries (ONS, GeoJSON FeatureCollection in WGS84) used to place crimes in the street-level crime export')
    .option('--code-property <name>', 'feature property holding the LSOA code (ONS files: LSOA21CD)', 'area_code')
    .option('--name-property <name>', 'feature property holding the LSOA name (ONS files: LSOA21NM)', 'area_name')
    .action(async (file: string, options: { codeProperty: string; nameProperty: string }) => {
      const text = await readFile(file, 'utf8').catch(() => {
        throw new CliError(`cannot read ${file}`);
      });
      const result = await withServices((s) =>
        s.lsoas.importLsoas(systemActor('cli:import-lsoas'), { text, fields: { codeProperty: options.codeProperty, nameProperty: options.nameProperty } }),
      );
      if (result.refused.length > 0) {
        result.refused.slice(0, 50).forEach((p) => process.stderr.write(`feature ${p.feature}: ${p.message}\n`));
        throw new CliError(`nothing imported: ${result.refused.length} feature(s) refused`);
      }
      out(`${result.imported} LSOA(s) imported`);
    });
}
