import * as client from 'openid-client';
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { inSystemScope } from '../db/scope.ts';
import { recordAudit } from '../audit/audit.ts';
import { AppError } from '../http/errors.ts';
import { Role } from '../../shared/platform/roles.ts';
import type { AuthService, RequestOrigin, SignedIn } from './auth.service.ts';
import { systemActor } from './actor.ts';
import * as forces from './forces.repository.ts';
import * as users from './users.repository.ts';

type OidcConfig = NonNullable<Config['oidc']>;

const refused = (why: string) => new AppError('unauthenticated', 401, `single sign-on refused: ${why}`);

/** Turns the identity provider's role claim into Cohesion roles, through the configured map. */
export function mapRoles(claim: unknown, roleMap: Record<string, string>): Role[] {
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  const roles = values
    .filter((v): v is string => typeof v === 'string')
    .map((v) => roleMap[v] ?? v)
    .filter((v): v is Role => Role.safeParse(v).success);
  return [...new Set(roles)];
}

/**
 * OpenID Connect sign-in (authorisation code with PKCE). The identity provider is the source of
 * truth for who someone is and which roles they hold: roles are refreshed at every sign-in.
 */
export function createOidcService(deps: { db: Db; config: Config; auth: AuthService }) {
  const oidc = deps.config.oidc;
  if (!oidc) {
    return undefined;
  }
  const settings: OidcConfig = oidc;
  const redirectUri = `${deps.config.publicUrl}/api/v1/auth/oidc/callback`;
  let discovered: Promise<client.Configuration> | undefined;

  function configuration(): Promise<client.Configuration> {
    discovered ??= client
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        execute: settings.allowHttp ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        discovered = undefined; // try again next time: the provider may be back
        throw error;
      });
    return discovered;
  }

  /** Where to send the browser; the PKCE verifier, state and nonce wait in the database. */
  async function start(returnTo: string): Promise<URL> {
    const config = await configuration();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    await inSystemScope(deps.db, async (trx) => {
      await trx.deleteFrom('oidc_logins').where('created_at', '<', new Date(Date.now() - 10 * 60_000)).execute();
      await trx.insertInto('oidc_logins').values({ state, code_verifier: codeVerifier, nonce, return_to: returnTo }).execute();
    });
    return client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
  }

  async function finish(callbackUrl: URL, origin: RequestOrigin): Promise<SignedIn & { returnTo: string }> {
    const config = await configuration();
    const state = callbackUrl.searchParams.get('state') ?? '';
    const pending = await inSystemScope(deps.db, (trx) =>
      trx.deleteFrom('oidc_logins').where('state', '=', state).returningAll().executeTakeFirst(),
    );
    if (!pending || pending.created_at.getTime() < Date.now() - 10 * 60_000) {
      throw refused('the sign-in took too long or was not started here; try again');
    }
    const tokens = await client
      .authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.code_verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
      })
      .catch(() => {
        throw refused('the identity provider did not confirm the sign-in');
      });
    const claims = tokens.claims();
    if (!claims) {
      throw refused('no ID token');
    }
    const email = typeof claims['email'] === 'string' ? claims['email'].toLowerCase() : undefined;
    const name = typeof claims['name'] === 'string' ? claims['name'] : (email ?? claims.sub);
    const roles = mapRoles(claims[settings.rolesClaim], settings.roleMap);
    const forceCode = typeof claims[settings.forceClaim] === 'string' ? String(claims[settings.forceClaim]) : settings.defaultForce;
    if (!email || roles.length === 0 || !forceCode) {
      throw refused('the account has no email, no Cohesion role or no force');
    }
    const signedIn = await inSystemScope(deps.db, async (trx) => {
      const force = await forces.findForceByCode(trx, forceCode);
      if (!force) {
        return undefined;
      }
      let user = await users.findUserByOidcSubject(trx, claims.iss, claims.sub);
      // Linking an existing account by email is only safe when the provider vouches for the email.
      user ??= claims['email_verified'] === false ? undefined : await users.findUserByEmail(trx, email);
      if (user && user.oidc_subject && (user.oidc_subject !== claims.sub || user.oidc_issuer !== claims.iss)) {
        return undefined;
      }
      if (!user) {
        user = await users.insertUser(trx, { email, name, passwordHash: null, oidcIssuer: claims.iss, oidcSubject: claims.sub });
        await recordAudit(trx, systemActor('oidc'), { action: 'user.created', forceId: force.id, recordType: 'user', recordId: user.id, details: { roles } });
      } else if (!user.oidc_subject) {
        await users.linkOidcSubject(trx, user.id, claims.iss, claims.sub);
      }
      if (user.disabled) {
        return undefined;
      }
      await users.upsertMembership(trx, user.id, force.id, roles);
      return deps.auth.openSession(trx, user.id, email, 'oidc', origin, force.id);
    });
    if (!signedIn) {
      throw refused('the account is disabled or its force is unknown here');
    }
    return { ...signedIn, returnTo: pending.return_to };
  }

  return { start, finish };
}

export type OidcService = NonNullable<ReturnType<typeof createOidcService>>;
