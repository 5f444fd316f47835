import type { Command } from 'commander';
import { seedDemo } from '../../server/demo/demo.service.ts';
import { systemActor } from '../../server/platform/actor.ts';
import { CliError, out, withServices } from '../context.ts';

/** "1000000", "1_000_000", "1,000,000" and "1e6" all mean a million. */
function wholeNumber(text: string, what: string, min: number, max: number): number {
  const n = Number(text.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CliError(`${what} must be a whole number from ${min} to ${max.toLocaleString('en-GB')}`);
  }
  return n;
}

export function registerSeedDemo(program: Command): void {
  program
    .command('seed')
    .description('add demonstration data, or synthetic reports at scale for benchmarks')
    .option('--demo', 'the DEMO force with its areas and one user per role (run again to set new demo passwords)')
    .option('--scale <n>', 'add N synthetic reports over ten years to a force (its staff, areas and postcodes give them life)')
    .option('--seed <s>', 'with --scale: the random seed; the same seed gives the same reports', '1')
    .option('--force <code>', 'with --scale: the force to add them to (it must exist: seed --demo makes DEMO)', 'DEMO')
    .action(async (options: { demo?: boolean; scale?: string; seed: string; force: string }) => {
      if (!options.demo && options.scale === undefined) {
        throw new CliError('say what to seed: --demo, --scale N, or both');
      }
      const count = options.scale === undefined ? 0 : wholeNumber(options.scale, '--scale', 1, 20_000_000);
      const seed = wholeNumber(options.seed, '--seed', 0, 2 ** 32 - 1);
      await withServices(async (s) => {
        if (options.demo) {
          const result = await seedDemo(s);
          out(result.createdForce ? 'Demo force DEMO created (synthetic data).' : 'Demo force DEMO brought up to date.');
          out(`Password for every demo account (shown once): ${result.password}`);
          result.accounts.forEach((a) => out(`  ${a.role.padEnd(20)} ${a.email}`));
        }
        if (count > 0) {
          const started = Date.now();
          const result = await s.synthetic.seedReports(systemActor('cli:seed-scale'), options.force.toUpperCase(), {
            count,
            seed,
            onProgress: (done, total) => {
              const rate = Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
              process.stderr.write(`\rseed: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} reports (${rate.toLocaleString('en-GB')}/s)`);
            },
          });
          process.stderr.write('\n');
          out(`Added ${result.count.toLocaleString('en-GB')} synthetic reports to ${options.force.toUpperCase()}, ${result.from.slice(0, 10)} to ${result.until.slice(0, 10)}, in ${result.seconds} s (seed ${seed}).`);
        }
      });
    });
}
