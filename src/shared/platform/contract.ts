import { z } from 'zod';
import { Permission, Role } from './roles.ts';

/** Force codes are short upper-case tags used in references, e.g. DEMO-HC-2026-000123. */
export const ForceCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{1,9}$/, 'must be 2 to 10 capital letters or digits, starting with a letter');

export const Email = z.email().max(254).transform((e) => e.toLowerCase());

export const LoginRequest = z
  .object({ email: Email, password: z.string().min(1).max(1024) })
  .strict()
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const ForceSummary = z
  .object({ id: z.uuid(), code: z.string(), name: z.string(), isDemo: z.boolean() })
  .meta({ id: 'ForceSummary' });
export type ForceSummary = z.infer<typeof ForceSummary>;

export const MeResponse = z
  .object({
    user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }),
    force: ForceSummary.describe('the force the user is working in now'),
    forces: z.array(ForceSummary).describe('every force the user belongs to (for the force switcher)'),
    roles: z.array(Role),
    permissions: z.array(Permission),
    csrfToken: z.string().describe('send as X-CSRF-Token on every state-changing request'),
    sessionExpiresAt: z.iso.datetime(),
  })
  .meta({ id: 'Me' });
export type MeResponse = z.infer<typeof MeResponse>;

export const SwitchForceRequest = z.object({ forceId: z.uuid() }).strict().meta({ id: 'SwitchForceRequest' });

export const AuthConfigResponse = z
  .object({ localSignIn: z.boolean(), sso: z.object({ enabled: z.boolean(), label: z.string() }) })
  .meta({ id: 'AuthConfig' });
export type AuthConfigResponse = z.infer<typeof AuthConfigResponse>;

export const HealthResponse = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.enum(['pglite', 'postgres']),
    version: z.string(),
    reason: z.string().optional(),
  })
  .meta({ id: 'Health' });

export const AreaLevel = z.enum(['policing_area', 'neighbourhood']);
export type AreaLevel = z.infer<typeof AreaLevel>;

export const AreaResponse = z
  .object({
    id: z.uuid(),
    forceId: z.uuid(),
    parentId: z.uuid().nullable(),
    level: AreaLevel,
    code: z.string(),
    name: z.string(),
    hasBoundary: z.boolean(),
  })
  .meta({ id: 'Area' });
export type AreaResponse = z.infer<typeof AreaResponse>;

export const UserResponse = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    roles: z.array(Role),
    disabled: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });
export type UserResponse = z.infer<typeof UserResponse>;

export const CreateUserRequest = z
  .object({
    email: Email,
    name: z.string().trim().min(1).max(200),
    roles: z.array(Role).min(1).max(Role.options.length),
    password: z.string().min(12).max(1024).optional(),
  })
  .strict()
  .meta({ id: 'CreateUserRequest' });
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const CreateUserResponse = z
  .object({
    user: UserResponse,
    password: z.string().optional().describe('present only when the password was generated: shown once, never again'),
  })
  .meta({ id: 'CreateUserResponse' });
export type CreateUserResponse = z.infer<typeof CreateUserResponse>;

export const AuditQuery = z
  .object({
    from: z.iso.datetime().optional(),
    to: z.iso.datetime().optional(),
    actor: z.string().max(254).optional().describe('actor email, or part of it'),
    action: z.string().max(100).optional(),
    recordType: z.string().max(100).optional(),
    recordId: z.string().max(100).optional(),
    before: z.coerce.number().int().positive().optional().describe('cursor: the id of the last row seen'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEventResponse = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    actorEmail: z.string().nullable(),
    action: z.string(),
    recordType: z.string().nullable(),
    recordId: z.string().nullable(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEventResponse = z.infer<typeof AuditEventResponse>;

export const AuditPage = z
  .object({ items: z.array(AuditEventResponse), nextBefore: z.number().int().nullable() })
  .meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof AuditPage>;
