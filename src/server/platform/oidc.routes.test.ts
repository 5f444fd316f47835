/**
 * Single sign-on end to end against a real OpenID provider (oidc-provider) listening on loopback.
 * The provider and the browser it needs are in test/oidc-test-provider.ts; this file drives
 * Cohesion's side through app.inject.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse } from '../../shared/platform/contract.ts';
import { inSystemScope } from '../db/scope.ts';
import { auditRows, createTestApp, type TestApp } from '../test/harness.ts';
import { startTestProvider, type AccountClaims, type TestProvider } from '../test/oidc-test-provider.ts';
import { systemActor } from './actor.ts';
import { mapRoles } from './oidc.service.ts';
import * as users from './users.repository.ts';

const PUBLIC_URL = 'http://localhost:3000';
const client = {
  clientId: 'cohesion-test',
  clientSecret: 'a-long-client-secret-for-the-test-provider',
  redirectUri: `${PUBLIC_URL}/api/v1/auth/oidc/callback`,
};

let idp: TestProvider;
let issuer: string;
let accounts: Map<string, AccountClaims>;
let test: TestApp;

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
  return callback(await idp.signInThrough(await startAt(returnTo), login));
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
  idp = await startTestProvider(client);
  issuer = idp.issuer;
  accounts = idp.accounts;
  test = await createTestApp({
    PUBLIC_URL,
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: client.clientId,
    OIDC_CLIENT_SECRET: client.clientSecret,
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
  await idp?.close();
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
    expect(url.searchParams.get('client_id')).toBe(client.clientId);
    expect(url.searchParams.get('redirect_uri')).toBe(client.redirectUri);
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
    const returned = await idp.signInThrough(await startAt('/'), 'eve');
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
    const returned = await idp.signInThrough(await startAt('/'), 'fay');
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
