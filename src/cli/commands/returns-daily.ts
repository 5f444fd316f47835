import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { systemActor } from '../../server/platform/actor.ts';
import { renderDailyPackPdf, renderDailyPackXlsx } from '../../server/returns/daily-pack-documents.ts';
import { CliError, out, withServices } from '../context.ts';

export function registerReturnsDaily(returns: Command): void {
  returns
    .command('daily')
    .description('generate and keep the daily management meeting pack for a day (as the morning schedule does)')
    .requiredOption('--date <YYYY-MM-DD>', 'the London day')
    .option('--force <code>', 'the force', 'DEMO')
    .option('--out <file>', 'also write it to a file: .pdf, .xlsx or .json')
    .action(async (options: { date: string; force: string; out?: string }) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date) || Number.isNaN(Date.parse(options.date))) {
        throw new CliError('--date must be a day as YYYY-MM-DD');
      }
      const format = options.out?.match(/\.(pdf|xlsx|json)$/)?.[1];
      if (options.out && !format) {
        throw new CliError('--out must end in .pdf, .xlsx or .json');
      }
      const pack = await withServices(async (s) => {
        const force = (await s.forces.listAll()).find((f) => f.code === options.force.toUpperCase());
        if (!force) {
          throw new CliError(`no force with code ${options.force}`);
        }
        return s.dailyPack.generate(systemActor('cli:returns-daily'), force.id, options.date);
      });
      if (options.out) {
        const bytes = format === 'pdf' ? await renderDailyPackPdf(pack) : format === 'xlsx' ? await renderDailyPackXlsx(pack) : JSON.stringify(pack, null, 2);
        await writeFile(options.out, bytes);
      }
      const f = pack.figures;
      out(`${pack.forceName}, ${pack.date}: ${f.day.total} hate crime(s) and incident(s) on the day, ${f.last7Days.total} in 7 days, ${f.last28Days.total} in 28 days; ${pack.tension.openSignals.length} open signal(s)`);
      if (options.out) {
        out(`written to ${options.out}`);
      }
    });
}
