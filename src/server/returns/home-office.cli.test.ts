import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '../test/scratch-database.ts';

// Each run starts a process that opens and checks the database: slow when the whole suite shares the machine.
describe('cohesion export home-office (CLI)', { timeout: 120_000 }, () => {
  let dir: string;
  let scratch: ScratchDatabase | undefined;
  let env: NodeJS.ProcessEnv;
  const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/cohesion.mjs', ...args], { env, encoding: 'utf8' });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cohesion-home-office-'));
    const server = process.env['DATABASE_URL'];
    scratch = server ? await createScratchDatabase(server, 'test') : undefined;
    env = { ...process.env, COHESION_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: scratch?.url ?? '', LOG_LEVEL: 'silent' };
    const added = cli('force', 'add', '--code', 'HOR', '--name', 'Home Office return test force');
    expect(added.status, added.stderr).toBe(0);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await scratch?.drop();
  });

  it('should write the return for a financial year to a file, and to standard output', async () => {
    const file = path.join(dir, 'return.csv');
    const run = cli('export', 'home-office', '--year', '2025', '--force', 'hor', '--out', file);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Home Office return test force, 2025/26: 0 recorded hate crime(s) written to');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\r\n')[0]).toBe('financial_year,force_code,section,category,count,note');
    expect(text).toContain('2025/26,HOR,strand,Transgender,0,');
    const stdout = cli('export', 'home-office', '--year', '2025', '--force', 'HOR');
    expect(stdout.status).toBe(0);
    expect(stdout.stdout).toBe(text);
  });

  it('should fail with one line for a bad year, a year not begun or an unknown force', () => {
    for (const [args, message] of [
      [['--year', '25', '--force', 'HOR'], '--year must be a year as YYYY'],
      [['--year', '2090', '--force', 'HOR'], 'year: has not begun: 2090/91 starts on 2090-04-01'],
      [['--year', '2025', '--force', 'NOPE'], 'force NOPE not found'],
    ] as const) {
      const run = cli('export', 'home-office', ...args);
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(message);
    }
  });
});
