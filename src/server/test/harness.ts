import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import type { DatabaseHandle } from '../db/connect.ts';
import { systemActor } from '../platform/actor.ts';
import { createServices, type Services } from '../services.ts';
import type { Role } from '../../shared/platform/roles.ts';
import { createTestDatabase } from './database.ts';

export const TEST_PASSWORD = 'a-long-test-password-1';

export interface SignedInClient {
  email: string;
  cookie: string;
  csrfToken: string;
  /** An inject call carrying this user's cookie and, for unsafe methods, the CSRF token. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  services: Services;
  config: Config;
  /** Adds a force (once) and a user with these roles in it; returns the user's email. */
  addUser(forceCode: string, roles: Role[], email?: string): Promise<string>;
  signIn(email: string, password?: string): Promise<SignedInClient>;
  /** A signed-in user of a brand-new force with the given roles: for "other force gets 404". */
  outsider(roles: Role[]): Promise<SignedInClient>;
  close(): Promise<void>;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** The app over a fresh test database, with helpers to make forces and users and sign in. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', COHESION_DEMO: '0', SIGNAL_SCAN_MINUTES: '0', JOBS_WORKER: 'off', ...env });
  const app = await buildApp({ config, database });
  const services = createServices(config, database);
  const actor = systemActor('test');
  const forces = new Set<string>();

  async function addUser(forceCode: string, roles: Role[], email = `user-${unique()}@test.example`): Promise<string> {
    if (!forces.has(forceCode)) {
      const known = (await services.forces.listAll()).some((f) => f.code === forceCode);
      if (!known) {
        await services.forces.addForce(actor, { code: forceCode, name: `Test force ${forceCode}` });
      }
      forces.add(forceCode);
    }
    await services.users.createUserInForce(actor, forceCode, { email, name: `Test ${roles.join(' ')}`, roles, password: TEST_PASSWORD });
    return email;
  }

  async function signIn(email: string, password = TEST_PASSWORD): Promise<SignedInClient> {
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    expect(login.statusCode, login.body).toBe(204);
    const session = login.cookies.find((c) => c.name === 'cohesion_session');
    if (!session) {
      throw new Error('no session cookie after sign-in');
    }
    const cookie = `cohesion_session=${session.value}`;
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    const csrfToken = (me.json() as { csrfToken: string }).csrfToken;
    return {
      email,
      cookie,
      csrfToken,
      request: (options) =>
        app.inject({ ...options, headers: { cookie, 'x-csrf-token': csrfToken, ...(options.headers ?? {}) } }),
    };
  }

  async function outsider(roles: Role[]): Promise<SignedInClient> {
    const code = `X${unique().toUpperCase().replace(/[^A-Z0-9]/g, '').slice(-8)}`;
    return signIn(await addUser(code, roles));
  }

  return {
    app,
    database,
    services,
    config,
    addUser,
    signIn,
    outsider,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/**
 * Proves force isolation for one resource: a user of another force, holding every role the
 * resource needs, is told it does not exist (404, not 403, so existence does not leak).
 */
export async function expectOtherForce404(test: TestApp, roles: Role[], options: InjectOptions): Promise<void> {
  const stranger = await test.outsider(roles);
  const response = await stranger.request(options);
  expect(response.statusCode, response.body).toBe(404);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json()).toMatchObject({ code: 'not_found' });
}

/** The newest audit rows of an action, read with the system's rights. */
export async function auditRows(test: TestApp, action: string) {
  return test.database.db.selectFrom('audit_events').selectAll().where('action', '=', action).orderBy('id', 'desc').execute();
}
