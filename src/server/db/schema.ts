import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/**
 * Kysely's view of the database, written by hand beside the migrations (decision 002).
 * Columns the database fills in are Generated; timestamptz reads as Date.
 */type Timestamp = ColumnType<Date, Date | string, Date | string>;

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
  force_settings: ForceSettingsTable;
  reference_counters: ReferenceCountersTable;
  reports: ReportsTable;
  report_contacts: ReportContactsTable;
  report_events: ReportEventsTable;
  thrive_assessments: ThriveAssessmentsTable;
  recording_decisions: RecordingDecisionsTable;
  compliance_reviews: ComplianceReviewsTable;
  report_links: ReportLinksTable;
  idempotent_submissions: IdempotentSubmissionsTable;
  open311_keys: Open311KeysTable;
  postcodes: PostcodesTable;
  report_photos: ReportPhotosTable;
  communities: CommunitiesTable;
  key_individuals: KeyIndividualsTable;
  tension_assessments: TensionAssessmentsTable;
  tension_evidence: TensionEvidenceTable;
  tension_signals: TensionSignalsTable;
  cias: CiasTable;
  cia_versions: CiaVersionsTable;
  jobs: JobsTable;
  daily_packs: DailyPacksTable;
  lsoas: LsoasTable;
  installation_secrets: InstallationSecretsTable;
  tension_summaries: TensionSummariesTable;
}

export type ForceRow = Selectable<ForcesTable>;
export type AreaRow = Selectable<AreasTable>;
export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;

// ---- Reports (migration 2026-11-23T1300) -------------------------------------------------------

export interface ForceSettingsTable {
  force_id: string;
  settings: ColumnType<unknown, string, string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ReferenceCountersTable {
  force_id: string;
  prefix: string;
  year: number;
  last: number;
}

export interface ReportsTable {
  id: Generated<string>;
  force_id: string;
  reference: string;
  kind: 'hate_crime' | 'hate_incident' | 'concern';
  channel: 'web' | 'partner' | 'call' | 'open311' | 'import';
  status: ColumnType<ReportStatus, ReportStatus | undefined, ReportStatus>;
  description: string;
  language: string;
  language_detected: boolean;
  translation: string | null;
  needs_interpreter: Generated<boolean>;
  occurred_at: Timestamp;
  occurred_approximate: Generated<boolean>;
  occurred_note: string | null;
  ongoing: Generated<boolean>;
  strands: ColumnType<string[], string[] | undefined, string[]>;
  perceived_religion: string | null;
  online: Generated<boolean>;
  online_platform: string | null;
  location_postcode: string | null;
  location_latitude: number | null;
  location_longitude: number | null;
  location_description: string | null;
  area_id: string | null;
  neighbourhood_id: string | null;
  offender_description: string | null;
  witnesses: string | null;
  reporter_role: 'victim' | 'witness' | 'on_behalf' | 'organisation';
  organisation: string | null;
  anonymous: boolean;
  protective_marking: Generated<'OFFICIAL' | 'OFFICIAL-SENSITIVE'>;
  grade: string | null;
  attendance_due_at: Timestamp | null;
  assigned_user_id: string | null;
  assigned_team: string | null;
  crime_number: string | null;
  recording_decision: 'crime' | 'nchi' | 'no_record' | null;
  recording_decided_at: Timestamp | null;
  closure_reason: string | null;
  closed_at: Timestamp | null;
  secret_hash: string;
  offence_group: string | null;
  exercise: Generated<boolean>;
  submitted_by: string | null;
  partner_organisation: string | null;
  received_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  search: ColumnType<string, never, never>;
}

export type ReportStatus = 'new' | 'triaged' | 'assigned' | 'attended' | 'under_investigation' | 'closed';

export interface ReportContactsTable {
  report_id: string;
  force_id: string;
  name: string;
  email: string | null;
  phone: string | null;
  preferred_method: string | null;
  best_times: string | null;
  language: string | null;
  needs_interpreter: Generated<boolean>;
  needs_text_relay: Generated<boolean>;
  notes: string | null;
}

export interface ReportEventsTable {
  id: Generated<number>;
  force_id: string;
  report_id: string;
  at: CreatedAt;
  actor_user_id: string | null;
  actor_name: string;
  kind: string;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface ThriveAssessmentsTable {
  id: Generated<string>;
  force_id: string;
  report_id: string;
  elements: ColumnType<unknown, string, never>;
  grade: string;
  attendance_due_at: Timestamp | null;
  rationale: string | null;
  assessed_by: string;
  assessed_at: CreatedAt;
}

export interface RecordingDecisionsTable {
  id: Generated<string>;
  force_id: string;
  report_id: string;
  decision: 'crime' | 'nchi' | 'no_record';
  crime_number: string | null;
  rationale: string;
  decided_by: string;
  decided_at: CreatedAt;
}

export interface ComplianceReviewsTable {
  id: Generated<string>;
  force_id: string;
  report_id: string;
  checklist: ColumnType<unknown, string, never>;
  outcome: 'compliant' | 'returned';
  notes: string | null;
  reviewed_by: string;
  reviewed_at: CreatedAt;
}

export interface ReportLinksTable {
  id: Generated<string>;
  force_id: string;
  report_id: string;
  other_report_id: string;
  kind: 'duplicate' | 'repeat_victim' | 'repeat_location' | 'related';
  created_by: string | null;
  created_at: CreatedAt;
  removed_by: string | null;
  removed_at: Timestamp | null;
}

export interface IdempotentSubmissionsTable {
  force_id: string;
  key: string;
  request_hash: string;
  response: ColumnType<unknown, string, never>;
  created_at: CreatedAt;
}

export interface Open311KeysTable {
  id: Generated<string>;
  force_id: string;
  organisation: string;
  key_hash: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
}

export interface PostcodesTable {
  postcode: string;
  latitude: number | null;
  longitude: number | null;
  lsoa_code: string | null;
  ward_code: string | null;
  district_code: string | null;
}

export type ReportRow = Selectable<ReportsTable>;
export type ReportContactRow = Selectable<ReportContactsTable>;
export type ReportEventRow = Selectable<ReportEventsTable>;

export interface ReportPhotosTable {
  id: Generated<string>;
  force_id: string;
  report_id: string;
  content_type: 'image/jpeg' | 'image/png' | 'image/webp';
  size_bytes: number;
  sha256: string;
  bytes: Buffer;
  uploaded_at: CreatedAt;
}

// ---- Tension (migration 2026-11-23T1700) -------------------------------------------------------

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface CommunitiesTable {
  id: Generated<string>;
  force_id: string;
  name: string;
  kind: string;
  area_id: string | null;
  description: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface KeyIndividualsTable {
  id: Generated<string>;
  force_id: string;
  community_id: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  languages: string[];
  notes: string;
  added_by: string | null;
  added_at: CreatedAt;
}

export interface TensionAssessmentsTable {
  id: Generated<string>;
  force_id: string;
  area_id: string;
  community_id: string | null;
  level: string;
  trend: 'rising' | 'stable' | 'falling';
  summary: string;
  key_triggers: string[];
  actions: ColumnType<unknown, string, never>;
  partners_informed: string[];
  next_review_at: ColumnType<Date, Date | string, never>;
  supersedes: string | null;
  assessed_by: string;
  assessed_at: CreatedAt;
}

export interface TensionEvidenceTable {
  id: Generated<string>;
  force_id: string;
  assessment_id: string;
  position: number;
  category: 'experienced' | 'evidenced' | 'potential';
  description: string;
  source: string;
  reliability: 'reliable' | 'usually_reliable' | 'untested' | 'unreliable';
  observed_on: ColumnType<string, string, never>;
  report_id: string | null;
  signal_id: string | null;
}

export interface TensionSignalsTable {
  id: Generated<string>;
  force_id: string;
  area_id: string | null;
  strand: string | null;
  day: ColumnType<string, string, never>;
  level: 'amber' | 'red';
  observed: number;
  expected: number;
  upper: number;
  ratio: number;
  reason: string;
  status: Generated<'open' | 'acknowledged' | 'dismissed'>;
  status_reason: string | null;
  status_by: string | null;
  status_at: ColumnType<Date, Date | string | undefined, Date | string> | null;
  raised_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface CiasTable {
  id: Generated<string>;
  force_id: string;
  created_by: string;
  created_at: CreatedAt;
}

export interface CiaVersionsTable {
  id: Generated<string>;
  force_id: string;
  cia_id: string;
  version: number;
  title: string;
  trigger: 'operation' | 'critical_incident' | 'event';
  reference: string;
  next_review_at: ColumnType<Date, Date | string, never>;
  content: ColumnType<unknown, string, never>;
  saved_by: string;
  saved_at: CreatedAt;
  signed_off_by: string | null;
  signed_off_at: ColumnType<Date, Date | string | undefined, Date | string> | null;
}

// ---- Jobs (migration 2026-11-23T1900) ----------------------------------------------------------

export type JobState = 'queued' | 'running' | 'done' | 'failed';

/** Background work (server/jobs): written as JSON text, read back parsed. */
export interface JobsTable {
  id: Generated<string>;
  kind: string;
  payload: ColumnType<unknown, string | undefined, string>;
  force_id: string | null;
  state: ColumnType<JobState, JobState | undefined, JobState>;
  run_at: ColumnType<Date, Date | string | undefined, Date | string>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  last_error: string | null;
  locked_by: string | null;
  locked_until: Timestamp | null;
  unique_key: string | null;
  result: ColumnType<unknown, string | null | undefined, string | null>;
  created_at: CreatedAt;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}

export type JobRow = Selectable<JobsTable>;

// ---- Returns (migration 2026-11-23T2200) -------------------------------------------------------

export interface DailyPacksTable {
  id: Generated<string>;
  force_id: string;
  day: ColumnType<string, string, never>;
  content: ColumnType<unknown, string, never>;
  generated_by: string;
  generated_at: CreatedAt;
}

// ---- LSOAs and installation secrets (migration 2026-11-23T2000) --------------------------------

export interface LsoasTable {
  code: string;
  name: string;
  boundary: ColumnType<unknown, string, string>;
  /** PostgreSQL `box`; written with box(point, point), never read. */
  bbox: ColumnType<string, string, string>;
  point_latitude: number;
  point_longitude: number;
}

export interface InstallationSecretsTable {
  name: string;
  secret: string;
  created_at: CreatedAt;
}

// ---- Community Tension Summaries (migration 2026-11-23T2100) -----------------------------------

export type TensionSummaryStatus = 'draft' | 'approved' | 'issued' | 'superseded';

/** One version of a return. Fixed at insert: the period, version, correction link and compiled data. */
export interface TensionSummariesTable {
  id: Generated<string>;
  force_id: ColumnType<string, string, never>;
  period_from: ColumnType<string, string, never>;
  period_to: ColumnType<string, string, never>;
  version: ColumnType<number, number, never>;
  corrects: ColumnType<string | null, string | null, never>;
  correction_reason: ColumnType<string | null, string | null, never>;
  compiled: ColumnType<unknown, string, never>;
  content: ColumnType<unknown, string, string>;
  revision: ColumnType<number, number | undefined, number>;
  status: ColumnType<TensionSummaryStatus, TensionSummaryStatus | undefined, TensionSummaryStatus>;
  authors: string[];
  compiled_by: ColumnType<string, string, never>;
  compiled_at: CreatedAt;
  edited_by: string | null;
  edited_at: Timestamp | null;
  approved_by: string | null;
  approved_at: Timestamp | null;
  issued_by: string | null;
  issued_at: Timestamp | null;
  superseded_by: string | null;
  superseded_at: Timestamp | null;
}
