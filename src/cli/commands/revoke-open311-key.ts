import type { Command } from 'commander';
import { systemActor } from '../../server/platform/actor.ts';
import { out, withServices } from '../context.ts';

export function registerRevokeOpen311Key(key: Command): void {
  key
    .command('revoke')
    .description('revoke an Open311 API key: requests with it are refused from then on')
    .requiredOption('--id <id>', 'the key id printed when it was issued')
    .action(async (options: { id: string }) => {
      const revoked = await withServices((s) => s.open311Keys.revokeKey(systemActor('cli:open311-key-revoke'), options.id));
      out(`Open311 key ${revoked.id} of ${revoked.organisation} (${revoked.forceCode}) revoked`);
    });
}
