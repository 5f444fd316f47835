import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface StartupFigures {
  /** From spawning `cohesion serve` to the first healthy answer. */
  readyMs: number;
  /** Resident memory once ready, and after a burst of requests. */
  rssReadyMb: number;
  rssAfterLoadMb: number;
  requests: number;
  requestsPerSecond: number;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

/** Starts the real server, waits until healthy, loads it with health checks and sign-in pages, stops it. */
export async function measureStartup(env: NodeJS.ProcessEnv, requests = 2000): Promise<StartupFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/cohesion.mjs'), 'serve', '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /running at (http:\/\/\S+)/.exec(out);
        if (m?.[1]) {
          resolve(m[1]);
        }
      });
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
    });
    const readyMs = Math.round(performance.now() - started);
    const pid = child.pid ?? 0;
    const rssReadyMb = rssMb(pid);
    const loadStart = performance.now();
    const concurrency = 16;
    let sent = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (sent < requests) {
          sent++;
          const res = await fetch(`${url}/api/health`);
          await res.arrayBuffer();
          if (!res.ok) {
            throw new Error(`health answered ${res.status}`);
          }
        }
      }),
    );
    const seconds = (performance.now() - loadStart) / 1000;
    return { readyMs, rssReadyMb, rssAfterLoadMb: rssMb(pid), requests, requestsPerSecond: Math.round(requests / seconds) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}
