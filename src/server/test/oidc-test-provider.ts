/**
 * A loopback OpenID provider for tests, and just enough of a browser to sign in through it: it
 * follows the provider's redirects with fetch, carrying its cookies, and answers the login and
 * consent interactions. Nothing outside 127.0.0.1 is ever contacted.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error -- oidc-provider ships no type declarations (no @types package installed); the few parts used are typed below.
import OidcProvider from 'oidc-provider';
import { expect } from 'vitest';

// ---- The small part of oidc-provider's API this test uses ------------------------------------

export interface AccountClaims {
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

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

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
async function interactions(
  provider: Provider,
  accounts: Map<string, AccountClaims>,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  action: string | undefined,
): Promise<void> {
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

export interface TestProvider {
  issuer: string;
  /** The provider's directory of people; tests change it between sign-ins. */
  accounts: Map<string, AccountClaims>;
  /** Plays the browser from the authorisation URL to the redirect back to the client. */
  signInThrough(authorizationUrl: string, login: string): Promise<URL>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider) on a random loopback port, with one confidential client
 * and interactions answered by the test itself (no HTML pages).
 */
export async function startTestProvider(client: TestClient): Promise<TestProvider> {
  // Listen first: the issuer URL needs the port. Requests are only handled once the provider exists.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, AccountClaims>();

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new ProviderClass(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
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
    interactions(provider, accounts, req, res, match[1], match[2]).catch((error: unknown) => {
      send(res, 500, { error: error instanceof Error ? error.message : 'interaction failed' });
    });
  });
  return {
    issuer,
    accounts,
    signInThrough: (authorizationUrl, login) => throughProvider(issuer, client.redirectUri, authorizationUrl, login),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
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
async function throughProvider(issuer: string, redirectUri: string, authorizationUrl: string, login: string): Promise<URL> {
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  for (let hop = 0; hop < 20; hop++) {
    if (url.href.startsWith(`${redirectUri}?`)) {
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

