import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/**
 * Every setting Cohesion reads from its environment, with its default. README's configuration
 * table is written from this schema; keep the two in step.
 */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: optionalText,
  COHESION_DATA_DIR: z.string().default('./data'),
  COHESION_DEMO: flag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  TRUST_PROXY: flag.default(false),
  PUBLIC_FORCE: optionalText,
  PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
  SIGNAL_SCAN_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(10),
  JOBS_WORKER: flag.default(true),
  JOBS_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
  DAILY_PACK_AT: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM').default('07:00'),
  JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  OIDC_ISSUER: optionalText,
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  OIDC_LABEL: z.string().default('Sign in with your force account'),
  OIDC_ROLES_CLAIM: z.string().default('cohesion_roles'),
  OIDC_FORCE_CLAIM: z.string().default('cohesion_force'),
  OIDC_DEFAULT_FORCE: optionalText,
  OIDC_ROLE_MAP: optionalText,
  OIDC_ALLOW_HTTP: flag.default(false),
});

export type Config = Readonly<{
  port: number;
  host: string;
  publicUrl: string;
  secureCookies: boolean;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  session: { idleMinutes: number; absoluteHours: number };
  login: { maxFailures: number; windowMinutes: number };
  trustProxy: boolean;
  publicForce: string | undefined;
  publicRateLimitPerMinute: number;
  /** Minutes between background signal scans of every force (0 turns the watcher off: scans then run only on demand). */
  signalScanMinutes: number;
  /**
   * Background jobs (server/jobs): whether this process runs a worker and the scheduler, how often
   * the worker looks for due jobs (a notification wakes it sooner), and how many it runs at once
   * (undefined: 1 on PGlite, 4 on a PostgreSQL server).
   */
  jobs: { worker: boolean; pollMs: number; concurrency: number | undefined };
  /** When each force's daily management pack is made, Europe/London (HH:MM). */
  dailyPackAt: string;
  oidc:
    | {
        issuer: string;
        clientId: string;
        clientSecret: string;
        label: string;
        rolesClaim: string;
        forceClaim: string;
        defaultForce: string | undefined;
        roleMap: Record<string, string>;
        allowHttp: boolean;
      }
    | undefined;
}>;

export class ConfigError extends Error {}

/** `NAME_FILE` lets a secret come from a mounted file rather than the environment. */
function withFileSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const name of ['DATABASE_URL', 'OIDC_CLIENT_SECRET']) {
    const file = env[`${name}_FILE`];
    if (file && !env[name]) {
      out[name] = readFileSync(file, 'utf8').trim();
    }
  }
  return out;
}

/** `Upstream=role,Other=role` → { Upstream: 'role', Other: 'role' } */
function parseRoleMap(text: string | undefined): Record<string, string> {
  if (!text) {
    return {};
  }
  return Object.fromEntries(
    text.split(',').map((pair) => {
      const [from, to] = pair.split('=').map((s) => s.trim());
      if (!from || !to) {
        throw new ConfigError(`OIDC_ROLE_MAP: "${pair}" is not of the form Claim=role`);
      }
      return [from, to];
    }),
  );
}

/** Parses the environment once, reporting every problem together, and returns a frozen config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(withFileSecrets(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration — ${lines.join('; ')}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const oidcParts = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    throw new ConfigError('invalid configuration — OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together');
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.COHESION_DATA_DIR),
    demo: e.COHESION_DEMO,
    logLevel: e.LOG_LEVEL,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    login: { maxFailures: e.LOGIN_MAX_FAILURES, windowMinutes: e.LOGIN_FAILURE_WINDOW_MINUTES },
    trustProxy: e.TRUST_PROXY,
    publicForce: e.PUBLIC_FORCE,
    publicRateLimitPerMinute: e.PUBLIC_RATE_LIMIT_PER_MINUTE,
    signalScanMinutes: e.SIGNAL_SCAN_MINUTES,
    jobs: { worker: e.JOBS_WORKER, pollMs: e.JOBS_POLL_MS, concurrency: e.JOBS_CONCURRENCY },
    dailyPackAt: e.DAILY_PACK_AT,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            label: e.OIDC_LABEL,
            rolesClaim: e.OIDC_ROLES_CLAIM,
            forceClaim: e.OIDC_FORCE_CLAIM,
            defaultForce: e.OIDC_DEFAULT_FORCE,
            roleMap: parseRoleMap(e.OIDC_ROLE_MAP),
            allowHttp: e.OIDC_ALLOW_HTTP,
          }
        : undefined,
  });
}
