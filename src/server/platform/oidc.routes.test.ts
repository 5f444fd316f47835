/**
 * Single sign-on end to end against a real OpenID provider (oidc-provider) listening on loopback.
 * The test plays the browser: it follows the provider's redirects with fetch, carrying the
 * provider's cookies, answers the login and consent interactions, and hands the final redirect
 * to Cohesion's callback through app.inject. Nothing outside 127.0.0.1 is ever contacted.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
// @ts-expect-error -- oidc-provider ships no type declarations (no @types package installed); the few parts used are typed below.
import OidcProvider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse } from '../../shared/platform/contract.ts';
import { inSystemScope } from '../db/scope.ts';
import { auditRows, createTestApp, type TestApp } from '../test/harness.ts';
import { systemActor } from './actor.ts';
import { mapRoles } from './oidc.service.ts';
import * as users from './users.repository.ts';

// ---- The small part of oidc-provider's API this test uses ------------------------------------

interface AccountClaims {
  email: string;
  name: string;
  cohesion_roles?: string[] | string;
  cohesion_force?: string;
}

interface InteractionDetails {
  uid: string;
  prompt: { name: string; details: { missingOIDCScope?: string[]; missingOIDCClaims?: string[] } };
  params: { client_id?: unknown };
  session?: { accountId: string };
  grantId?: string;
}

interface ProviderGrant {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  save(): Promise<string>;
}

interface Provider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    options?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => ProviderGrant;
}

const ProviderClass = OidcProvider as new (issuer: string, configuration: Record<string, unknown>) => Provider;

// ---- The identity provider ---------------------------------------------------------------------

const PUBLIC_URL = 'http://localhost:3000';
const REDIRECT_URI = `${PUBLIC_URL}/api/v1/auth/oidc/callback`;
const CLIENT_ID = 'cohesion-test';
const CLIENT_SECRET = 'a-long-client-secret-for-the-test-provider';

/** The provider's directory of people; tests change it between sign-ins. */
const accounts = new Map<string, AccountClaims>();

let server: Server;
let provider: Provider;
let issuer: string;
let test: TestApp;

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}

/**
 * Our own interaction pages: GET /interaction/:uid says which prompt is pending; POST
 * /interaction/:uid/login with `login=<account>` signs in; POST /interaction/:uid/consent grants
 * what the client asked for. Everything else is the provider itself.
 */
async function interactions(req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) {
    return send(res, 400, { error: 'interaction mismatch' });
  }
  if (req.method === 'GET' && action === undefined) {
    return send(res, 200, { uid, prompt: details.prompt.name });
  }
  if (req.method === 'POST' && action === 'login' && details.prompt.name === 'login') {
    const login = (await readForm(req)).get('login') ?? '';
    if (!accounts.has(login)) {
      return send(res, 403, { error: 'unknown account' });
    }
    return provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
  }
  if (req.method === 'POST' && action === 'consent' && details.prompt.name === 'consent') {
    const accountId = details.session?.accountId;
    const clientId = details.params.client_id;
    if (!accountId || typeof clientId !== 'string') {
      return send(res, 400, { error: 'no session or client' });
    }
    const grant = new provider.Grant({ accountId, clientId });
    const { missingOIDCScope, missingOIDCClaims } = details.prompt.details;
    if (missingOIDCScope) {
      grant.addOIDCScope(missingOIDCScope.join(' '));
    }
    if (missingOIDCClaims) {
      grant.addOIDCClaims(missingOIDCClaims);
    }
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  return send(res, 400, { error: `cannot ${req.method ?? '?'} ${action ?? ''} during ${details.prompt.name}` });
}

async function startProvider(): Promise<void> {
  // Listen first: the issuer URL needs the port. Requests are only handled once the provider exists.
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  provider = new ProviderClass(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-signing-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['a-cookie-signing-key-for-the-test-provider'] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    // Custom claims ride on the openid scope, and go into the ID token (not only /userinfo).
    claims: {
      openid: ['sub', 'cohesion_roles', 'cohesion_force'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    conformIdTokenClaims: false,
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    findAccount: (_ctx: unknown, id: string) => {
      if (!accounts.has(id)) {
        return undefined;
      }
      return {
        accountId: id,
        // Read at token time, so a change to `accounts` shows at the next sign-in.
        claims: () => ({ sub: id, email_verified: true, ...accounts.get(id) }),
      };
    },
  });
  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/interaction\/([\w-]+)(?:\/(login|consent))?$/.exec(new URL(req.url ?? '/', issuer).pathname);
    if (!match?.[1]) {
      return handle(req, res);
    }
    interactions(req, res, match[1], match[2]).catch((error: unknown) => {
      send(res, 500, { error: error instanceof Error ? error.message : 'interaction failed' });
    });
  });
}

// ---- The browser --------------------------------------------------------------------------------

/** Just enough of a cookie jar: name and path, deletion by expiry or empty value. */
class CookieJar {
  readonly #cookies = new Map<string, { name: string; value: string; path: string }>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const attribute = (key: string) =>
        attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const path = attribute('path') ?? '/';
      const expires = attribute('expires');
      const maxAge = attribute('max-age');
      const gone = value === '' || (expires !== undefined && Date.parse(expires) <= Date.now()) || (maxAge !== undefined && Number(maxAge) <= 0);
      const key = `${name};${path}`;
      if (gone) {
        this.#cookies.delete(key);
      } else {
        this.#cookies.set(key, { name, value, path });
      }
    }
  }

  header(url: URL): string {
    const base = (path: string) => (path.endsWith('/') ? path : `${path}/`);
    return [...this.#cookies.values()]
      .filter((c) => url.pathname === c.path || url.pathname.startsWith(base(c.path)))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }
}

/**
 * Follows the provider's redirects from the authorisation URL, signing in as `login` and
 * consenting when asked, until the provider sends the browser back to Cohesion.
 */
async function throughProvider(authorizationUrl: string, login: string, jar = new CookieJar()): Promise<URL> {
  let url = new URL(authorizationUrl);
  for (let hop = 0; hop < 20; hop++) {
    if (url.href.startsWith(`${REDIRECT_URI}?`)) {
      return url;
    }
    // Never leave loopback: anything but our provider is a bug in the flow.
    expect(url.origin, `unexpected hop to ${url.href}`).toBe(issuer);
    const visit = async (target: URL, form?: URLSearchParams) => {
      const response = await fetch(target, {
        method: form ? 'POST' : 'GET',
        redirect: 'manual',
        headers: { cookie: jar.header(target), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
        body: form,
      });
      jar.store(response);
      return response;
    };
    let response = await visit(url);
    if (response.status === 200 && url.pathname.startsWith('/interaction/')) {
      const { prompt } = (await response.json()) as { prompt: string };
      const form = prompt === 'login' ? new URLSearchParams({ login }) : new URLSearchParams();
      response = await visit(new URL(`${url.pathname}/${prompt}`, url), form);
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(`the provider answered ${response.status} at ${url.pathname}: ${await response.text()}`);
    }
    await response.body?.cancel();
    url = new URL(location, url);
  }
  throw new Error('too many redirects');
}

// ---- Cohesion -------------------------------------------------------------------------------------

const sessionCookie = (response: LightMyRequestResponse) => response.cookies.find((c) => c.name === 'cohesion_session');

async function startAt(returnTo: string): Promise<string> {
  const start = await test.app.inject({ method: 'GET', url: `/api/v1/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}` });
  expect(start.statusCode, start.body).toBe(302);
  const location = String(start.headers.location);
  expect(location.startsWith(`${issuer}/`)).toBe(true);
  return location;
}

const callback = (url: URL) => test.app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });

/** The whole journey: Cohesion → provider (login, consent) → Cohesion's callback. */
async function signInWithSso(login: string, returnTo = '/'): Promise<LightMyRequestResponse> {
  return callback(await throughProvider(await startAt(returnTo), login));
}

async function me(response: LightMyRequestResponse): Promise<MeResponse> {
  const cookie = sessionCookie(response);
  expect(cookie, 'no session cookie').toBeDefined();
  const answer = await test.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `cohesion_session=${cookie?.value}` } });
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json() as MeResponse;
}

const findUser = (email: string) => inSystemScope(test.database.db, (trx) => users.findUserByEmail(trx, email));

beforeAll(async () => {
  await startProvider();
  test = await createTestApp({
    PUBLIC_URL,
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_ALLOW_HTTP: '1',
    OIDC_ROLE_MAP: 'HateCrimeLead=hate_crime_officer,DutyInspector=inspector',
    OIDC_DEFAULT_FORCE: 'SSODEF',
  });
  for (const code of ['SSO', 'SSODEF']) {
    await test.services.forces.addForce(systemActor('test'), { code, name: `Force ${code}` });
  }
});

afterAll(async () => {
  await test?.close();
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  }
});

describe('GET /api/v1/auth/config', () => {
  it('should report single sign-on as enabled when an OpenID provider is configured', async () => {
    const response = await test.app.inject({ method: 'GET', url: '/api/v1/auth/config' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ localSignIn: true, sso: { enabled: true } });
    expect(response.json().sso.label).not.toBe('');
  });
});

describe('GET /api/v1/auth/oidc/start', () => {
  it('should redirect to the provider with PKCE S256, state and nonce when asked to start', async () => {
    const url = new URL(await startAt('/cases'));
    expect(url.pathname).toBe('/auth');
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('scope')?.split(' ')).toContain('openid');
  });

  it('should refuse a returnTo that leaves the site', async () => {
    const response = await test.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start?returnTo=%2F%2Fevil.example' });
    expect(response.statusCode).toBe(400);
  });
});

describe('GET /api/v1/auth/oidc/callback', () => {
  it('should create the user with mapped roles, sign them in and audit it when they first sign in', async () => {
    accounts.set('alice', {
      email: 'Alice.Ahmed@SSO.example',
      name: 'Alice Ahmed',
      cohesion_roles: ['HateCrimeLead', 'officer', 'NotACohesionRole'],
      cohesion_force: 'SSO',
    });
    expect(await findUser('alice.ahmed@sso.example')).toBeUndefined();

    const response = await signInWithSso('alice', '/cases?tab=mine');
    expect(response.statusCode, response.body).toBe(302);
    expect(response.headers.location).toBe('/cases?tab=mine');
    const cookie = sessionCookie(response);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');

    const who = await me(response);
    expect(who.user).toMatchObject({ email: 'alice.ahmed@sso.example' });
    expect([...who.roles].sort()).toEqual(['hate_crime_officer', 'officer']);
    expect(who.force.code).toBe('SSO');

    const user = await findUser('alice.ahmed@sso.example');
    expect(user).toMatchObject({ id: who.user.id, name: 'Alice Ahmed', oidc_issuer: issuer, oidc_subject: 'alice', password_hash: null });

    const created = (await auditRows(test, 'user.created')).filter((r) => r.record_id === who.user.id);
    expect(created).toHaveLength(1);
    expect(created[0]?.details).toMatchObject({ roles: expect.arrayContaining(['hate_crime_officer', 'officer']) });
    const signedIn = (await auditRows(test, 'auth.signed_in')).filter((r) => r.record_id === who.user.id);
    expect(signedIn).toHaveLength(1);
    expect(signedIn[0]).toMatchObject({ actor_email: 'alice.ahmed@sso.example', details: { method: 'oidc' } });
  });

  it('should refresh the roles from the provider, and not create the user again, when they sign in again', async () => {
    accounts.set('bob', { email: 'bob@sso.example', name: 'Bob Brown', cohesion_roles: 'officer', cohesion_force: 'SSO' });
    const first = await me(await signInWithSso('bob'));
    expect(first.roles).toEqual(['officer']);

    accounts.set('bob', { email: 'bob@sso.example', name: 'Bob Brown', cohesion_roles: 'supervisor DutyInspector', cohesion_force: 'SSO' });
    const again = await signInWithSso('bob');
    expect(again.statusCode, again.body).toBe(302);
    const second = await me(again);
    expect(second.user.id).toBe(first.user.id);
    expect([...second.roles].sort()).toEqual(['inspector', 'supervisor']);
    expect((await auditRows(test, 'user.created')).filter((r) => r.record_id === first.user.id)).toHaveLength(1);
    expect((await auditRows(test, 'auth.signed_in')).filter((r) => r.record_id === first.user.id)).toHaveLength(2);
  });

  it('should place the user in OIDC_DEFAULT_FORCE when the provider sends no force', async () => {
    accounts.set('dee', { email: 'dee@sso.example', name: 'Dee Dale', cohesion_roles: ['analyst'] });
    const who = await me(await signInWithSso('dee'));
    expect(who.force.code).toBe('SSODEF');
    expect(who.roles).toEqual(['analyst']);
  });

  it('should refuse with a redirect to /sign-in?sso=failed and no session when the state is wrong', async () => {
    accounts.set('eve', { email: 'eve@sso.example', name: 'Eve Evans', cohesion_roles: ['officer'], cohesion_force: 'SSO' });
    const returned = await throughProvider(await startAt('/'), 'eve');
    const forged = new URL(returned);
    forged.searchParams.set('state', 'a-state-this-app-never-issued');

    const response = await callback(forged);
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/sign-in?sso=failed');
    expect(sessionCookie(response)).toBeUndefined();
    expect(await findUser('eve@sso.example')).toBeUndefined();
  });

  it('should refuse a callback with no state or code at all', async () => {
    const response = await test.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/callback' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/sign-in?sso=failed');
    expect(sessionCookie(response)).toBeUndefined();
  });

  it('should refuse a replayed callback once its state has been used', async () => {
    accounts.set('fay', { email: 'fay@sso.example', name: 'Fay Fox', cohesion_roles: ['officer'], cohesion_force: 'SSO' });
    const returned = await throughProvider(await startAt('/'), 'fay');
    expect((await callback(returned)).statusCode).toBe(302);
    const replay = await callback(returned);
    expect(replay.headers.location).toBe('/sign-in?sso=failed');
    expect(sessionCookie(replay)).toBeUndefined();
  });

  it('should refuse, and create no user, when the account holds no Cohesion role', async () => {
    accounts.set('gus', { email: 'gus@sso.example', name: 'Gus Green', cohesion_roles: ['Cleaner', 'Everyone'], cohesion_force: 'SSO' });
    const response = await signInWithSso('gus');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/sign-in?sso=failed');
    expect(sessionCookie(response)).toBeUndefined();
    expect(await findUser('gus@sso.example')).toBeUndefined();
  });
});

describe('mapRoles', () => {
  const roleMap = { HateCrimeLead: 'hate_crime_officer', Boss: 'not_a_role' };

  it('should keep known roles from an array and drop unknown values', () => {
    expect(mapRoles(['officer', 'sheriff', 42, null, 'analyst'], {})).toEqual(['officer', 'analyst']);
  });

  it('should split a space- or comma-separated string', () => {
    expect(mapRoles('officer supervisor,analyst, gold', {})).toEqual(['officer', 'supervisor', 'analyst', 'gold']);
  });

  it('should map through the role map and drop a mapping to an unknown role', () => {
    expect(mapRoles(['HateCrimeLead', 'Boss', 'officer'], roleMap)).toEqual(['hate_crime_officer', 'officer']);
  });

  it('should remove duplicates, including ones made by the map', () => {
    expect(mapRoles(['HateCrimeLead', 'hate_crime_officer'], roleMap)).toEqual(['hate_crime_officer']);
  });

  it('should give no roles when the claim is missing or of another type', () => {
    expect(mapRoles(undefined, roleMap)).toEqual([]);
    expect(mapRoles({ officer: true }, roleMap)).toEqual([]);
    expect(mapRoles('', roleMap)).toEqual([]);
  });
});
