import type { HomeOfficeReturn } from '../../shared/returns/home-office-contract.ts';
import { parsePeriod, periodBounds } from '../../shared/returns/periods.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope } from '../db/scope.ts';
import { notFound, validationFailed } from '../http/errors.ts';
import type { Actor, SystemActor } from '../platform/actor.ts';
import type { ForcesService } from '../platform/forces.service.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import { homeOfficeCsv, presentHomeOfficeRows } from './home-office.presenter.ts';
import * as repo from './home-office.repository.ts';
import { forceOf } from './returns-figures.repository.ts';

/** Which return: the financial year by the year it starts; the force, for the CLI (staff get their own). */
export interface HomeOfficeRequest {
  year: number;
  forceCode?: string;
}

/**
 * The Home Office annual data requirement for hate crime (DOMAIN.md §1.6, §9.2): recorded hate
 * crimes of one force for one financial year (April to March, London time), by monitored strand,
 * perceived religion of the victim and offence group. Non-crime hate incidents are not in it.
 * Staff need `returns:read` and get their own force; the CLI (a system actor) names the force.
 */
export function createHomeOfficeService(deps: { db: Db; forces: ForcesService; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());

  async function annualReturn(actor: Actor | SystemActor, input: HomeOfficeRequest): Promise<HomeOfficeReturn> {
    let forceId: string;
    if (actor.kind === 'user') {
      requirePermission(actor, 'returns:read');
      forceId = actor.forceId;
    } else {
      const force = (await deps.forces.listAll()).find((f) => f.code === input.forceCode?.toUpperCase());
      if (!force) {
        throw notFound(`force ${input.forceCode ?? '(none given)'}`);
      }
      forceId = force.id;
    }
    const period = Number.isInteger(input.year) ? parsePeriod(`FY${input.year}`) : { error: 'is not a year' };
    if ('error' in period) {
      throw validationFailed([{ field: 'year', message: 'is not a financial year: give the year it starts in, e.g. 2025 for April 2025 to March 2026' }]);
    }
    const { from, to } = periodBounds(period);
    if (from.getTime() > now().getTime()) {
      throw validationFailed([{ field: 'year', message: `has not begun: ${period.label} starts on ${period.firstDay}` }]);
    }
    return inForceScope(deps.db, { forceIds: [forceId] }, async (trx) => {
      const force = await forceOf(trx, forceId);
      const rows = presentHomeOfficeRows(await repo.recordedHateCrimes(trx, forceId, from, to));
      await recordAudit(trx, actor, { action: 'returns.home_office', forceId, recordType: 'return', details: { year: input.year, format: 'csv' } });
      return { financialYear: period.label, forceCode: force.code, forceName: force.name, from: from.toISOString(), to: to.toISOString(), rows };
    });
  }

  /** The return as a CSV file, with the name to save it under. */
  async function csv(actor: Actor | SystemActor, input: HomeOfficeRequest): Promise<{ ret: HomeOfficeReturn; text: string; fileName: string }> {
    const ret = await annualReturn(actor, input);
    return { ret, text: homeOfficeCsv(ret), fileName: `home-office-hate-crime-${ret.forceCode}-${ret.financialYear.replace('/', '-')}.csv` };
  }

  return { annualReturn, csv };
}

/** The Home Office return's service, as wired in `services.ts`. */
export type HomeOfficeService = ReturnType<typeof createHomeOfficeService>;
