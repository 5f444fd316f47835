import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AreaLevel } from '../../shared/platform/contract.ts';
import { systemActor } from '../../server/platform/actor.ts';
import { CliError, out, withServices } from '../context.ts';

export function registerImportAreas(importer: Command): void {
  importer
    .command('areas <file>')
    .description('import policing areas or neighbourhoods with their boundaries from a GeoJSON FeatureCollection')
    .requiredOption('--force <code>', 'force code, e.g. DEMO')
    .requiredOption('--level <level>', 'policing_area or neighbourhood')
    .option('--code-property <name>', 'feature property holding the area code', 'area_code')
    .option('--name-property <name>', 'feature property holding the area name', 'area_name')
    .option('--parent-property <name>', 'for neighbourhoods: property holding the policing area code')
    .action(async (file: string, options: { force: string; level: string; codeProperty: string; nameProperty: string; parentProperty?: string }) => {
      const level = AreaLevel.safeParse(options.level);
      if (!level.success) {
        throw new CliError(`--level: must be ${AreaLevel.options.join(' or ')}`);
      }
      const text = await readFile(file, 'utf8').catch(() => {
        throw new CliError(`cannot read ${file}`);
      });
      const result = await withServices((s) =>
        s.areas.importBoundaries(systemActor('cli:import-areas'), {
          forceCode: options.force,
          level: level.data,
          text,
          fields: { codeProperty: options.codeProperty, nameProperty: options.nameProperty, parentProperty: options.parentProperty },
        }),
      );
      if (result.refused.length > 0) {
        result.refused.forEach((p) => process.stderr.write(`feature ${p.feature}: ${p.message}\n`));
        throw new CliError(`nothing imported: ${result.refused.length} feature(s) refused`);
      }
      out(`${result.imported} area(s) imported into ${options.force}`);
    });
}
