import type { Command } from 'commander';
import { seedDemo } from '../../server/demo/demo.service.ts';
import { CliError, out, withServices } from '../context.ts';

export function registerSeedDemo(program: Command): void {
  program
    .command('seed')
    .description('add demonstration data')
    .option('--demo', 'the DEMO force with its areas and one user per role (run again to set new demo passwords)')
    .action(async (options: { demo?: boolean }) => {
      if (!options.demo) {
        throw new CliError('say what to seed: --demo');
      }
      const result = await withServices((s) => seedDemo(s));
      out(result.createdForce ? 'Demo force DEMO created (synthetic data).' : 'Demo force DEMO brought up to date.');
      out(`Password for every demo account (shown once): ${result.password}`);
      result.accounts.forEach((a) => out(`  ${a.role.padEnd(20)} ${a.email}`));
    });
}
