import type { Command } from 'commander';
import { systemActor } from '../../server/platform/actor.ts';
import { out, withServices } from '../context.ts';

export function registerAddForce(force: Command): void {
  force
    .command('add')
    .description('add a police force (or a collaboration member) to this deployment')
    .requiredOption('--code <code>', 'short code used in references, e.g. CAM')
    .requiredOption('--name <name>', 'full name, e.g. Cambridgeshire Constabulary')
    .action(async (options: { code: string; name: string }) => {
      const created = await withServices((s) => s.forces.addForce(systemActor('cli:force-add'), options));
      out(`force ${created.code} added (${created.id})`);
    });
}
