import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase } from '../src/server/test/scratch-database.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    demoPassword: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'bin/cohesion.mjs');

/** A fresh database for the run: a temporary PGlite folder, or a new database on DATABASE_URL's server. */
async function freshDatabase(): Promise<{ env: NodeJS.ProcessEnv; drop: () => Promise<void> }> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    const dir = mkdtempSync(path.join(tmpdir(), 'cohesion-e2e-'));
    return { env: { COHESION_DATA_DIR: dir, DATABASE_URL: '' }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const scratch = await createScratchDatabase(url, 'e2e');
  return { env: { DATABASE_URL: scratch.url }, drop: scratch.drop };
}

/**
 * Runs Cohesion as a user would: the real CLI seeds the demo force, then `serve` (building the
 * web app if needed) in a child process on a free port.
 */
export default async function setup(project: TestProject) {
  const database = await freshDatabase();
  // Many reports from one address in a minute is the test, not an attack: raise the public limit.
  const env = { ...process.env, ...database.env, COHESION_DEMO: '0', LOG_LEVEL: 'warn', PORT: '0', PUBLIC_RATE_LIMIT_PER_MINUTE: '300' };
  const seed = spawnSync(process.execPath, [CLI, 'seed', '--demo'], { cwd: ROOT, env, encoding: 'utf8' });
  const password = /shown once\): (\S+)/.exec(seed.stdout)?.[1];
  if (seed.status !== 0 || !password) {
    throw new Error(`seeding the demo failed: ${seed.stderr}`);
  }
  const server: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--build-if-stale', '--host', '127.0.0.1'], { cwd: ROOT, env });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 150_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  project.provide('baseUrl', baseUrl);
  project.provide('demoPassword', password);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await database.drop();
  };
}
