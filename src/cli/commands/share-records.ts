import type { Command } from 'commander';
import { systemActor } from '../../server/platform/actor.ts';
import { ShareableRecordType } from '../../server/platform/forces.service.ts';
import { CliError, out, withServices } from '../context.ts';

export function registerShareRecords(force: Command): void {
  force
    .command('share')
    .description('record a sharing agreement: one force lets a partner force read some of its record types')
    .requiredOption('--from <code>', 'the force whose records are shared')
    .requiredOption('--to <code>', 'the partner force that may read them')
    .requiredOption('--types <list>', `comma-separated: ${ShareableRecordType.options.join(', ')}`)
    .option('--until <date>', 'when the agreement ends (ISO 8601)')
    .action(async (options: { from: string; to: string; types: string; until?: string }) => {
      const endsAt = options.until ? new Date(options.until) : undefined;
      if (endsAt && Number.isNaN(endsAt.getTime())) {
        throw new CliError(`--until: "${options.until}" is not a date`);
      }
      const id = await withServices((s) =>
        s.forces.shareRecords(systemActor('cli:force-share'), {
          ownerCode: options.from,
          partnerCode: options.to,
          recordTypes: options.types.split(',').map((t) => t.trim()),
          endsAt,
        }),
      );
      out(`sharing agreement ${id}: ${options.to} may read ${options.from}'s ${options.types}`);
    });
}
