// What the benchmark scenarios share: a fresh database on either backend, the real server as a
// child process, the CLI, signing in over HTTP and percentiles.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase } from '../src/server/test/scratch-database.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'bin/cohesion.mjs');

export type BackendName = 'pglite' | 'postgres';

/** An empty database for one scenario: a temporary PGlite folder, or a scratch PostgreSQL database. */
export interface Backend {
  name: BackendName;
  env: NodeJS.ProcessEnv;
  /** PGlite's data folder, or PostgreSQL's connection string. */
  location: string;
  dispose(): Promise<void>;
}

export async function freshBackend(name: BackendName, serverUrl: string): Promise<Backend> {
  if (name === 'pglite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cohesion-bench-'));
    return { name, env: { COHESION_DATA_DIR: dir, DATABASE_URL: '' }, location: dir, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const scratch = await createScratchDatabase(serverUrl, 'bench');
  return { name, env: { DATABASE_URL: scratch.url }, location: scratch.url, dispose: () => scratch.drop() };
}

export interface ServerProcess {
  url: string;
  pid: number;
  output: () => string;
  stop(): Promise<void>;
}

/** `cohesion serve` on a free loopback port, resolved once it says where it is running. */
export async function startServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        resolve(m[1]);
      }
    });
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return {
    url,
    pid: child.pid ?? 0,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** Runs the CLI to completion; its standard error (the seed's progress line) goes to ours. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) {
    throw new Error(`cohesion ${args.join(' ')} failed (${code}): ${out}`);
  }
  return out;
}

export interface Session {
  cookie: string;
  get(pathAndQuery: string): Promise<{ status: number; ms: number; body: unknown }>;
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const cookie = /cohesion_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
  if (login.status !== 204 || !cookie) {
    throw new Error(`sign-in as ${email} answered ${login.status}: ${await login.text()}`);
  }
  return {
    cookie,
    async get(pathAndQuery) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}${pathAndQuery}`, { headers: { cookie } });
      const body: unknown = await response.json();
      return { status: response.status, ms: performance.now() - started, body };
    },
  };
}

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const round = (v: number) => Math.round(v * 10) / 10;
  return { n: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(sorted.at(-1) ?? 0) };
}

export function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

/** The machine is shared: the load average beside each figure says how quiet it was. */
export const load = () => Math.round((os.loadavg()[0] ?? 0) * 10) / 10;

export const log = (line: string) => process.stdout.write(`${line}\n`);
