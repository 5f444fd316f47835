import { addDays, londonMidnight } from '../../shared/london-time.ts';
import { ExportMonth } from '../../shared/returns/street-crime-contract.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope, inSystemScope, type Trx } from '../db/scope.ts';
import { notFound, validationFailed } from '../http/errors.ts';
import type { Actor, SystemActor } from '../platform/actor.ts';
import type { LsoaLocator } from '../platform/lsoa-locator.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import { coordinate, crimeId, crimeType, csvLine, lastOutcomeCategory, STREET_CRIME_HEADER } from './street-crime-format.ts';
import * as repo from './street-crime.repository.ts';

/** A month's file, ready to stream: which crimes it holds was settled (and audited) before the first byte. */
export interface StreetCrimeFile {
  filename: string;
  count: number;
  /** The CSV, line by line, header first. */
  lines: AsyncGenerator<string>;
}

const SECRET_NAME = 'street_crime_id';

/** The London month [from, to) of YYYY-MM: the first London midnight of the month and of the next. */
function monthRange(month: string): { from: Date; to: Date } {
  const first = `${month}-01`;
  const next = addDays(first, 32).slice(0, 7);
  return { from: londonMidnight(first), to: londonMidnight(`${next}-01`) };
}

/**
 * The data.police.uk street-level crime file of a force's recorded hate crimes for one month
 * (docs/street-crime-export.md). Staff export their own force (`returns:read`); the CLI names the
 * force. The month's crime ids are listed once; their rows are then read and placed page by page,
 * each page in a short transaction of its own, so that a large month neither sits in memory nor
 * holds a connection (PGlite has only one) while the client downloads.
 */
export function createStreetCrimeService(deps: { db: Db; locateLsoas: LsoaLocator; pageSize?: number }) {
  const { db } = deps;
  const pageSize = deps.pageSize ?? 500;
  let secret: string | undefined;

  async function exportMonth(actor: Actor | SystemActor, input: { month: string; forceCode?: string }): Promise<StreetCrimeFile> {
    const month = ExportMonth.safeParse(input.month);
    if (!month.success) {
      throw validationFailed([{ field: 'month', message: month.error.issues[0]?.message ?? 'must be YYYY-MM' }]);
    }
    const inScope = <T>(work: (trx: Trx) => Promise<T>): Promise<T> => {
      if (actor.kind === 'user') {
        return inForceScope(db, { forceIds: [actor.forceId] }, work);
      }
      return inSystemScope(db, work);
    };
    if (actor.kind === 'user') {
      requirePermission(actor, 'returns:read');
    } else if (!input.forceCode) {
      throw validationFailed([{ field: 'force', message: 'name the force whose crimes to export' }]);
    }
    const monthText = month.data;
    const { from, to } = monthRange(monthText);
    const opened = await inScope(async (trx) => {
      const force = actor.kind === 'user' ? await repo.findForceById(trx, actor.forceId) : await repo.findForceByCode(trx, input.forceCode ?? '');
      if (!force) {
        throw notFound(`force ${input.forceCode ?? ''}`);
      }
      secret ??= await repo.findInstallationSecret(trx, SECRET_NAME);
      // The month's membership is settled once, here (a few bytes a crime); the rows are read page by page.
      const ids = await repo.listMonthCrimeIds(trx, { forceId: force.id, from, to });
      await recordAudit(trx, actor, {
        action: 'returns.street_crime_exported',
        forceId: force.id,
        recordType: 'street_crime',
        details: { month: monthText, count: ids.length },
      });
      return { force, ids };
    });
    if (!secret) {
      throw new Error(`installation secret ${SECRET_NAME} is missing (see docs/street-crime-export.md)`);
    }
    const key = secret;
    const { force, ids } = opened;
    const place = deps.locateLsoas(force.id);

    async function* lines(): AsyncGenerator<string> {
      yield STREET_CRIME_HEADER;
      for (let start = 0; start < ids.length; start += pageSize) {
        const page = await inScope(async (trx) => {
          const rows = await repo.findCrimes(trx, force.id, ids.slice(start, start + pageSize));
          const places = await place(trx, rows.map((r) => ({ latitude: r.location_latitude, longitude: r.location_longitude, postcode: r.location_postcode })));
          return rows.map((row, i) => ({ row, place: places[i] ?? null }));
        });
        for (const { row, place: at } of page) {
          yield csvLine([
            crimeId(key, row.id),
            monthText,
            force.name,
            force.name,
            at ? coordinate(at.longitude) : '',
            at ? coordinate(at.latitude) : '',
            // data.police.uk's own words for a crime it cannot place (with the other location fields empty).
            at ? `On or near ${at.neighbourhood ?? at.name}` : 'No Location',
            at?.code ?? '',
            at?.name ?? '',
            crimeType(row.offence_group),
            lastOutcomeCategory(row.status, row.closure_reason),
            '',
          ]);
        }
      }
    }

    return { filename: `${monthText}-${force.code.toLowerCase()}-street.csv`, count: ids.length, lines: lines() };
  }

  return { exportMonth };
}

export type StreetCrimeService = ReturnType<typeof createStreetCrimeService>;
