import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { systemActor } from '../../server/platform/actor.ts';
import { CliError, withServices } from '../context.ts';

/** `cohesion export street-crime --month YYYY-MM --force CODE [--out file]`: the API's file, for a scheduled job. */
export function registerExportStreetCrime(exporter: Command): void {
  exporter
    .command('street-crime')
    .description("a month of a force's recorded hate crimes in data.police.uk's street-level crime CSV format")
    .requiredOption('--month <YYYY-MM>', 'the month, in London time, whose recorded crimes to export')
    .requiredOption('--force <code>', 'force code, e.g. DEMO')
    .option('--out <file>', 'write to this file rather than standard output ("-" for standard output)')
    .action(async (options: { month: string; force: string; out?: string }) => {
      await withServices(async (s) => {
        const file = await s.streetCrime.exportMonth(systemActor('cli:export-street-crime'), { month: options.month, forceCode: options.force.toUpperCase() });
        const toFile = options.out !== undefined && options.out !== '-';
        let target: Writable = process.stdout;
        if (toFile) {
          target = createWriteStream(options.out ?? '', { flags: 'w' });
          target.on('error', () => {}); // reported by pipeline below
        }
        try {
          await pipeline(Readable.from(file.lines), target, { end: toFile });
        } catch {
          throw new CliError(`cannot write ${options.out ?? 'standard output'}`);
        }
        if (toFile) {
          process.stderr.write(`${file.count} crime(s) written to ${options.out ?? ''} (data.police.uk name: ${file.filename})\n`);
        }
      });
    });
}
