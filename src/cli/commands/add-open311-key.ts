import type { Command } from 'commander';
import { systemActor } from '../../server/platform/actor.ts';
import { out, withServices } from '../context.ts';

export function registerAddOpen311Key(key: Command): void {
  key
    .command('add')
    .description('issue an Open311 API key to a partner organisation (the key is printed once; only its hash is kept)')
    .requiredOption('--force <code>', 'the force the organisation reports to, e.g. DEMO')
    .requiredOption('--organisation <name>', 'the partner organisation, e.g. "Tell MAMA"')
    .action(async (options: { force: string; organisation: string }) => {
      const issued = await withServices((s) =>
        s.open311Keys.issueKey(systemActor('cli:open311-key-add'), { forceCode: options.force, organisation: options.organisation }),
      );
      out(`Open311 key ${issued.id} issued to ${issued.organisation} for ${issued.forceCode}`);
      out(`api_key (shown once): ${issued.key}`);
    });
}
