import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { inSystemScope, type Trx } from '../db/scope.ts';
import { recordAudit } from '../audit/audit.ts';
import { AppError, notFound, rateLimited, unauthenticated } from '../http/errors.ts';
import { Role } from '../../shared/platform/roles.ts';
import { userActor, systemActor, type Actor } from './actor.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import * as sessions from './sessions.repository.ts';
import * as users from './users.repository.ts';

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface SignedIn {
  /** The cookie value; only its SHA-256 is stored, so a leaked sessions table opens nothing. */
  token: string;
  expiresAt: Date;
}

export interface SessionContext {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  forces: users.MembershipRow[];
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const badCredentials = () => new AppError('unauthenticated', 401, 'the email address or password is not right');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function createAuthService(deps: { db: Db; config: Config }) {
  const { db, config } = deps;
  const sessionLimits = config.session;

  /** Opens a session for a user already proven to be who they say (password or SSO). */
  async function openSession(trx: Trx, userId: string, email: string, method: string, origin: RequestOrigin, preferredForceId?: string) {
    const forces = await users.listMemberships(trx, userId);
    const first = forces.find((f) => f.force_id === preferredForceId) ?? forces[0];
    if (!first) {
      return undefined;
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + sessionLimits.absoluteHours * 3_600_000);
    await sessions.insertSession(trx, {
      id: hashToken(token),
      user_id: userId,
      active_force_id: first.force_id,
      csrf_token: randomBytes(24).toString('base64url'),
      expires_at: expiresAt,
      ip: origin.ip,
      user_agent: origin.userAgent?.slice(0, 300) ?? null,
    });
    await users.markSignedIn(trx, userId);
    await sessions.clearLoginFailures(trx, email);
    await recordAudit(trx, actorFor(userId, email, first, origin), {
      action: 'auth.signed_in',
      recordType: 'user',
      recordId: userId,
      details: { method },
    });
    return { token, expiresAt };
  }

  function actorFor(userId: string, email: string, membership: users.MembershipRow, origin: RequestOrigin, name = ''): Actor {
    return userActor({
      userId,
      email,
      name,
      forceId: membership.force_id,
      roles: membership.roles.filter((r): r is Role => Role.safeParse(r).success),
      ip: origin.ip,
      requestId: origin.requestId,
    });
  }

  /** How long until another attempt is allowed, or 0. Counted per email and, more loosely, per address. */
  async function throttle(trx: Trx, email: string, ip: string | null): Promise<number> {
    const { maxFailures, windowMinutes } = config.login;
    const checks = [{ by: { email }, max: maxFailures }];
    const perIp = ip ? [{ by: { ip }, max: maxFailures * 4 }] : [];
    for (const { by, max } of [...checks, ...perIp]) {
      const { count, oldest } = await sessions.countRecentFailures(trx, by, windowMinutes);
      if (count >= max && oldest) {
        return Math.max(1, Math.ceil((oldest.getTime() + windowMinutes * 60_000 - Date.now()) / 1000));
      }
    }
    return 0;
  }

  async function signIn(email: string, password: string, origin: RequestOrigin): Promise<SignedIn> {
    // The failure must be committed even though the caller gets an error, so the transaction
    // returns an outcome and the error is thrown after it commits.
    const outcome = await inSystemScope(db, async (trx) => {
      const wait = await throttle(trx, email, origin.ip);
      if (wait > 0) {
        await recordAudit(trx, systemActor('auth'), { action: 'auth.sign_in_throttled', details: { email } });
        return { kind: 'throttled', wait } as const;
      }
      const user = await users.findUserByEmail(trx, email);
      const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), password);
      const session = user && ok && !user.disabled ? await openSession(trx, user.id, email, 'password', origin) : undefined;
      if (!session) {
        await sessions.insertLoginFailure(trx, email, origin.ip);
        await recordAudit(trx, systemActor('auth'), {
          action: 'auth.sign_in_failed',
          recordType: user ? 'user' : undefined,
          recordId: user?.id,
          details: { email, ip: origin.ip },
        });
        return { kind: 'failed' } as const;
      }
      return { kind: 'signed_in', session } as const;
    });
    if (outcome.kind === 'throttled') {
      throw rateLimited(outcome.wait);
    }
    if (outcome.kind === 'failed') {
      throw badCredentials();
    }
    return outcome.session;
  }

  /** The signed-in context for a session cookie, or undefined when it is unknown or timed out. */
  async function resumeSession(token: string, origin: RequestOrigin): Promise<SessionContext | undefined> {
    return inSystemScope(db, async (trx) => {
      const session = await sessions.findSession(trx, hashToken(token));
      if (!session) {
        return undefined;
      }
      const now = Date.now();
      const idleDeadline = session.last_seen_at.getTime() + sessionLimits.idleMinutes * 60_000;
      if (session.expires_at.getTime() <= now || idleDeadline <= now) {
        await sessions.deleteSession(trx, session.id);
        return undefined;
      }
      const user = await users.findUserById(trx, session.user_id);
      const forces = await users.listMemberships(trx, session.user_id);
      const active = forces.find((f) => f.force_id === session.active_force_id);
      if (!user || user.disabled || !active) {
        await sessions.deleteSession(trx, session.id);
        return undefined;
      }
      // One write a minute is enough to keep the idle clock honest without a write per request.
      if (now - session.last_seen_at.getTime() > 60_000) {
        await sessions.touchSession(trx, session.id);
      }
      return {
        actor: actorFor(user.id, user.email, active, origin, user.name),
        sessionId: session.id,
        csrfToken: session.csrf_token,
        expiresAt: new Date(Math.min(session.expires_at.getTime(), now + sessionLimits.idleMinutes * 60_000)),
        forces,
      };
    });
  }

  async function signOut(context: SessionContext): Promise<void> {
    await inSystemScope(db, async (trx) => {
      await sessions.deleteSession(trx, context.sessionId);
      await recordAudit(trx, context.actor, { action: 'auth.signed_out', recordType: 'user', recordId: context.actor.userId });
    });
  }

  async function switchForce(context: SessionContext, forceId: string): Promise<void> {
    const target = context.forces.find((f) => f.force_id === forceId);
    if (!target) {
      throw notFound('force');
    }
    await inSystemScope(db, async (trx) => {
      await sessions.setActiveForce(trx, context.sessionId, forceId);
      await recordAudit(trx, context.actor, {
        action: 'auth.force_switched',
        forceId,
        recordType: 'force',
        recordId: forceId,
        details: { from: context.actor.forceId },
      });
    });
  }

  return { signIn, openSession, resumeSession, signOut, switchForce };
}

/** Narrows an optional session to a present one, or answers 401. */
export function requireSession(context: SessionContext | undefined): SessionContext {
  if (!context) {
    throw unauthenticated();
  }
  return context;
}

export type AuthService = ReturnType<typeof createAuthService>;
