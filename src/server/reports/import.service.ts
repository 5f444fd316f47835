import type { z } from 'zod';
import { PublicReportRequest, type PublicReport } from '../../shared/reports/contract.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope } from '../db/scope.ts';
import { notFound, validationFailed } from '../http/errors.ts';
import type { Actor, SystemActor } from '../platform/actor.ts';
import type { AreaLocator } from '../platform/area-locator.ts';
import type { ForcesService } from '../platform/forces.service.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import { CsvSyntaxError, parseCsv } from '../formats/csv-parse.ts';
import { receiveReport } from './intake.service.ts';

export type ImportFormat = 'csv' | 'json';

/** `row` as the user sees it: in CSV the header is row 1; in JSON the first report is row 1. */
export interface RefusedRow {
  row: number;
  field: string;
  message: string;
}

export interface ReportImportResult {
  imported: number;
  refused: RefusedRow[];
}

type Cell = 'text' | 'code' | 'codes' | 'flag' | 'number' | 'time';

/** Each CSV column: where it goes in a report, and how its text is read. */
const CSV_COLUMNS: ReadonlyMap<string, { path: string; cell: Cell }> = new Map(
  (
    [
      ['kind', 'kind', 'code'],
      ['description', 'description', 'text'],
      ['occurred_at', 'occurredAt', 'time'],
      ['occurred_approximate', 'occurredApproximate', 'flag'],
      ['occurred_note', 'occurredNote', 'text'],
      ['ongoing', 'ongoing', 'flag'],
      ['strands', 'strands', 'codes'],
      ['perceived_religion', 'perceivedReligion', 'code'],
      ['postcode', 'location.postcode', 'text'],
      ['latitude', 'location.latitude', 'number'],
      ['longitude', 'location.longitude', 'number'],
      ['location_description', 'location.description', 'text'],
      ['online', 'online', 'flag'],
      ['online_platform', 'onlinePlatform', 'text'],
      ['offender_description', 'offenderDescription', 'text'],
      ['witnesses', 'witnesses', 'text'],
      ['reporter_role', 'reporterRole', 'code'],
      ['organisation', 'organisation', 'text'],
      ['anonymous', 'anonymous', 'flag'],
      ['contact_name', 'contact.name', 'text'],
      ['contact_email', 'contact.email', 'text'],
      ['contact_phone', 'contact.phone', 'text'],
      ['contact_preferred_method', 'contact.preferredMethod', 'code'],
      ['contact_best_times', 'contact.bestTimes', 'text'],
      ['contact_language', 'contact.language', 'text'],
      ['contact_needs_interpreter', 'contact.needsInterpreter', 'flag'],
      ['contact_needs_text_relay', 'contact.needsTextRelay', 'flag'],
      ['contact_notes', 'contact.notes', 'text'],
      ['language', 'language', 'text'],
    ] as const
  ).map(([column, path, cell]) => [column, { path, cell }]),
);
const REQUIRED_COLUMNS = ['kind', 'description', 'occurred_at', 'reporter_role'];
/** Rules about a whole object are reported against the column a person would change. */
const COLUMN_OF_PATH = new Map<string, string>([
  ...[...CSV_COLUMNS].map(([column, { path }]) => [path, column] as [string, string]),
  ['location', 'postcode'],
  ['contact', 'anonymous'],
]);

const FLAGS: Record<string, boolean> = { true: true, yes: true, y: true, '1': true, false: false, no: false, n: false, '0': false };
/** "Hate crime", "hate-crime" and "HATE_CRIME" all mean hate_crime. */
const code = (text: string) => text.trim().toLowerCase().replace(/[\s-]+/g, '_');

function londonOffsetMinutes(at: Date): number {
  const zone = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(zone ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
}

/**
 * ISO 8601 with a zone as it is; without one — `2026-11-24 18:30`, `2026-11-24`, or the UK's
 * `24/11/2026 18:30` as spreadsheets save it — as UK local time. A date alone is an approximate time.
 */
function readTime(text: string): { iso: string; dateOnly: boolean } | undefined {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    const at = new Date(text);
    return Number.isNaN(at.getTime()) ? undefined : { iso: at.toISOString(), dateOnly: false };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]] : uk ? [uk[3], uk[2], uk[1], uk[4], uk[5], uk[6]] : undefined;
  if (!parts) {
    return undefined;
  }
  const [y, mo, d, h, mi, s] = parts.map((p) => Number(p ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return undefined;
  }
  // The offset at the guessed instant, then again at the corrected one, settles clock changes.
  const first = wall - londonOffsetMinutes(new Date(wall)) * 60_000;
  const at = wall - londonOffsetMinutes(new Date(first)) * 60_000;
  return { iso: new Date(at).toISOString(), dateOnly: (iso ?? uk)?.[4] === undefined };
}

function set(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, leaf] = path.split('.') as [string, string | undefined];
  if (leaf === undefined) {
    target[head] = value;
  } else {
    const inner = (target[head] ?? {}) as Record<string, unknown>;
    inner[leaf] = value;
    target[head] = inner;
  }
}

function issuesOf(error: z.ZodError, row: number, nameOf: (path: string) => string): RefusedRow[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((p) => typeof p === 'string').join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ row, field: [path, key].filter(Boolean).join('.'), message: 'is not a field of a report' }));
    }
    const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
    return [{ row, field: nameOf(path) || 'report', message: missing ? 'is required' : issue.message }];
  });
}

/** One refusal per row and field: the first is the most specific. */
const distinct = (refused: RefusedRow[]) => refused.filter((r, i) => refused.findIndex((q) => q.row === r.row && q.field === r.field) === i);

function readCsv(text: string): { reports: PublicReport[]; refused: RefusedRow[] } {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      return { reports: [], refused: [{ row: error.row, field: 'file', message: error.message.replace(/^row \d+: /, '') }] };
    }
    throw error;
  }
  const [header, ...rows] = records;
  if (!header || header.every((h) => h.trim() === '')) {
    throw validationFailed([{ field: 'file', message: 'is empty: its first row names the columns' }]);
  }
  const columns = header.map(code);
  const refused: RefusedRow[] = [];
  columns.forEach((column, i) => {
    if (!CSV_COLUMNS.has(column)) {
      refused.push({ row: 1, field: column || `column ${i + 1}`, message: `is not a column of a report import (columns: ${[...CSV_COLUMNS.keys()].join(', ')})` });
    } else if (columns.indexOf(column) !== i) {
      refused.push({ row: 1, field: column, message: 'appears twice' });
    }
  });
  for (const column of REQUIRED_COLUMNS.filter((c) => !columns.includes(c))) {
    refused.push({ row: 1, field: column, message: 'is a required column' });
  }
  if (refused.length > 0) {
    return { reports: [], refused };
  }
  const reports: PublicReport[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) {
      return;
    }
    if (cells.length > columns.length) {
      refused.push({ row, field: 'row', message: `has ${cells.length} fields; the header has ${columns.length}` });
      return;
    }
    const problems: RefusedRow[] = [];
    const input: Record<string, unknown> = {};
    let dateOnly = false;
    columns.forEach((column, c) => {
      const value = (cells[c] ?? '').trim();
      const spec = CSV_COLUMNS.get(column);
      if (value === '' || !spec) {
        return;
      }
      const flag = FLAGS[value.toLowerCase()];
      const number = Number(value);
      const time = spec.cell === 'time' ? readTime(value) : undefined;
      if (spec.cell === 'flag' && flag === undefined) {
        problems.push({ row, field: column, message: 'is not yes or no (true/false and 1/0 also do)' });
      } else if (spec.cell === 'number' && !Number.isFinite(number)) {
        problems.push({ row, field: column, message: 'is not a number' });
      } else if (spec.cell === 'time' && !time) {
        problems.push({ row, field: column, message: 'is not a date and time, e.g. 2026-11-24T18:30:00Z, or 2026-11-24 18:30 or 24/11/2026 18:30 in UK time' });
      }
      const read = { text: value, code: code(value), codes: value.split(';').map(code).filter(Boolean), flag, number, time: time?.iso }[spec.cell];
      dateOnly ||= time?.dateOnly ?? false;
      set(input, spec.path, read);
    });
    input['anonymous'] ??= input['contact'] === undefined;
    if (dateOnly) {
      input['occurredApproximate'] ??= true;
    }
    const parsed = PublicReportRequest.safeParse(input);
    problems.push(...(parsed.success ? [] : issuesOf(parsed.error, row, (p) => COLUMN_OF_PATH.get(p) ?? p)));
    if (problems.length > 0) {
      refused.push(...distinct(problems));
    } else if (parsed.success) {
      reports.push(parsed.data);
    }
  });
  return { reports, refused };
}

function readJson(text: string): { reports: PublicReport[]; refused: RefusedRow[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw validationFailed([{ field: 'file', message: `is not JSON (${error instanceof Error ? error.message : 'unreadable'})` }]);
  }
  if (!Array.isArray(data)) {
    throw validationFailed([{ field: 'file', message: 'must be a JSON array of reports' }]);
  }
  const reports: PublicReport[] = [];
  const refused: RefusedRow[] = [];
  data.forEach((item, i) => {
    const parsed = PublicReportRequest.safeParse(item);
    if (parsed.success) {
      reports.push(parsed.data);
    } else {
      refused.push(...distinct(issuesOf(parsed.error, i + 1, (p) => p)));
    }
  });
  return { reports, refused };
}

/**
 * Imports reports from a file, all or nothing: every row is read and checked first, and if any is
 * refused nothing is written and every refusal is listed; otherwise every report is received
 * (channel `import`) in one transaction, through the same receiveReport as every other channel.
 */
export function createImportService(deps: { db: Db; forces: ForcesService; locateArea: AreaLocator }) {
  async function importReports(actor: SystemActor | Actor, forceCode: string, input: { format: ImportFormat; text: string }): Promise<ReportImportResult> {
    const force = (await deps.forces.listAll()).find((f) => f.code === forceCode);
    if (actor.kind === 'user') {
      // Staff may import only into their own force, and only if they may record reports for others.
      requirePermission(actor, 'reports:record_call');
      if (force?.id !== actor.forceId) {
        throw notFound(`force ${forceCode}`);
      }
    }
    if (!force) {
      throw notFound(`force ${forceCode}`);
    }
    const { reports, refused } = input.format === 'csv' ? readCsv(input.text) : readJson(input.text);
    if (refused.length > 0) {
      return { imported: 0, refused };
    }
    await inForceScope(deps.db, { forceIds: [force.id] }, async (trx) => {
      for (const report of reports) {
        await receiveReport(trx, deps, { forceId: force.id, forceCode: force.code }, actor, 'import', report);
      }
      await recordAudit(trx, actor, { action: 'reports.imported', forceId: force.id, recordType: 'report', details: { format: input.format, count: reports.length } });
    });
    return { imported: reports.length, refused: [] };
  }

  /** The code of the actor's force, for staff imports (which go to their own force only). */
  async function forceCodeOf(actor: Actor): Promise<string> {
    const force = (await deps.forces.listAll()).find((f) => f.id === actor.forceId);
    if (!force) {
      throw notFound('force');
    }
    return force.code;
  }

  return { importReports, forceCodeOf };
}

export type ImportService = ReturnType<typeof createImportService>;
