import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../formats/pdf-text.ts';
import { createScratchDatabase, type ScratchDatabase } from '../test/scratch-database.ts';

describe('cohesion returns daily (CLI)', () => {
  let dir: string;
  let scratch: ScratchDatabase | undefined;
  let env: NodeJS.ProcessEnv;
  const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/cohesion.mjs', ...args], { env, encoding: 'utf8' });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cohesion-returns-'));
    const server = process.env['DATABASE_URL'];
    scratch = server ? await createScratchDatabase(server, 'test') : undefined;
    env = { ...process.env, COHESION_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: scratch?.url ?? '', LOG_LEVEL: 'silent' };
    const added = cli('force', 'add', '--code', 'RET', '--name', 'Returns test force');
    expect(added.status, added.stderr).toBe(0);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await scratch?.drop();
  });

  it('should generate the pack for a day and write it as a PDF', async () => {
    const file = path.join(dir, 'pack.pdf');
    const run = cli('returns', 'daily', '--date', '2026-11-17', '--force', 'RET', '--out', file);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Returns test force, 2026-11-17: 0 hate crime(s) and incident(s) on the day');
    expect(run.status).toBe(0);
    const { text } = await pdfText(readFileSync(file));
    expect(text.replace(/\s+/g, ' ')).toContain('Daily management meeting pack: 2026-11-17');
  });

  it('should fail with one line for a bad date, a bad file type or an unknown force', () => {
    for (const [args, message] of [
      [['--date', '17/11/2026', '--force', 'RET'], '--date must be a day as YYYY-MM-DD'],
      [['--date', '2026-11-17', '--force', 'RET', '--out', 'pack.doc'], '--out must end in .pdf, .xlsx or .json'],
      [['--date', '2026-11-17', '--force', 'NOPE'], 'no force with code NOPE'],
    ] as const) {
      const run = cli('returns', 'daily', ...args);
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(message);
    }
  });
});
