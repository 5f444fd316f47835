import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/**
 * Kysely's view of the database, written by hand beside the migrations (decision 002).
 * Columns the database fills in are Generated; timestamptz reads as Date.
 */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ForcesTable {
  id: Generated<string>;
  code: string;
  name: string;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
}

export interface SharingAgreementsTable {
  id: Generated<string>;
  owner_force_id: string;
  partner_force_id: string;
  record_types: string[];
  starts_at: ColumnType<Date, Date | string | undefined, Date | string>;
  ends_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface AreasTable {
  id: Generated<string>;
  force_id: string;
  parent_id: string | null;
  level: 'policing_area' | 'neighbourhood';
  code: string;
  name: string;
  boundary: ColumnType<unknown, string | null, string | null> | null;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  disabled: Generated<boolean>;
  created_at: CreatedAt;
  last_sign_in_at: Timestamp | null;
}

export interface MembershipsTable {
  user_id: string;
  force_id: string;
  roles: string[];
  created_at: CreatedAt;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  active_force_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  email: string;
  ip: string | null;
  at: CreatedAt;
}

export interface OidcLoginsTable {
  state: string;
  code_verifier: string;
  nonce: string;
  return_to: string;
  created_at: CreatedAt;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: CreatedAt;
  force_id: string | null;
  actor_user_id: string | null;
  actor_email: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  ip: string | null;
  request_id: string | null;
  reason: string | null;
  details: ColumnType<unknown, string | null, never> | null;
}

export interface Database {
  forces: ForcesTable;
  sharing_agreements: SharingAgreementsTable;
  areas: AreasTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  oidc_logins: OidcLoginsTable;
  audit_events: AuditEventsTable;
}

export type ForceRow = Selectable<ForcesTable>;
export type AreaRow = Selectable<AreasTable>;
export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;
