import type { z } from 'zod';
import type { FieldProblem } from '../../shared/errors.ts';
import { addDays, londonDay, londonMidnight } from '../../shared/london-time.ts';
import {
  CompiledSummary,
  MAX_PERIOD_DAYS,
  type SummaryText,
  type TensionSummaryCompileRequest,
  type TensionSummaryEditRequest,
  type TensionSummaryResponse,
} from '../../shared/returns/tension-summary-contract.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope, type Trx } from '../db/scope.ts';
import { conflict, forbidden, notFound, validationFailed } from '../http/errors.ts';
import type { Actor } from '../platform/actor.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import type { AssessmentsService } from '../tension/assessments.service.ts';
import type { PictureService } from '../tension/picture.service.ts';
import type { SignalsService } from '../tension/signals.service.ts';
import { renderTensionSummaryPdf } from './tension-summary-pdf.ts';
import { compileSummary } from './tension-summary-compile.ts';
import { draftText } from './tension-summary-draft.ts';
import { isAuthor, requireReadSummaries } from './tension-summary.policy.ts';
import { csvRows, periodDays, presentExport, presentListItem, presentSummary } from './tension-summary.presenter.ts';
import * as repo from './tension-summary.repository.ts';

const ISSUED = 'this return has been issued and never changes: make a correction (POST …/corrections), which becomes the next version';

/**
 * The Community Tension Summary: compiled from the live tension picture for a period of London days,
 * edited as text, approved by a commander who did not write it, issued, and corrected only by a new
 * version. Reads of the tension picture go through the tension services.
 */
export function createTensionSummariesService(deps: {
  db: Db;
  assessments: Pick<AssessmentsService, 'currentOf'>;
  signals: Pick<SignalsService, 'listOf'>;
  picture: Pick<PictureService, 'mapOf'>;
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());
  const scope = (actor: Actor) => ({ forceIds: [actor.forceId] });

  /** The period asked for, defaults filled in: the 7 days ending yesterday. Bad periods name their field. */
  function periodOf(input: z.output<typeof TensionSummaryCompileRequest>): { from: string; to: string } {
    const today = londonDay(now());
    const to = input.to ?? addDays(today, -1);
    const from = input.from ?? addDays(to, -6);
    const problems: FieldProblem[] = [];
    if (to > today) {
      problems.push({ field: 'to', message: 'must not be after today' });
    }
    if (from > to) {
      problems.push({ field: input.to ? 'to' : 'from', message: input.to ? 'must be on or after from' : `must be on or before ${to}` });
    } else if (periodDays(from, to) > MAX_PERIOD_DAYS) {
      problems.push({ field: 'from', message: `a return covers at most ${MAX_PERIOD_DAYS} days` });
    }
    if (problems.length > 0) {
      throw validationFailed(problems);
    }
    return { from, to };
  }

  async function own(trx: Trx, actor: Actor, id: string): Promise<repo.SummaryRow> {
    const row = await repo.findSummary(trx, id);
    if (!row || row.force_id !== actor.forceId) {
      throw notFound('tension summary');
    }
    return row;
  }

  async function present(trx: Trx, actor: Actor, id: string): Promise<TensionSummaryResponse> {
    const force = await repo.forceOf(trx, actor.forceId);
    return presentSummary(await own(trx, actor, id), actor, force.name);
  }

  function list(actor: Actor) {
    requireReadSummaries(actor);
    return inForceScope(deps.db, scope(actor), async (trx) => (await repo.listSummaries(trx, actor.forceId)).map(presentListItem));
  }

  function get(actor: Actor, id: string) {
    requireReadSummaries(actor);
    return inForceScope(deps.db, scope(actor), (trx) => present(trx, actor, id));
  }

  async function compile(actor: Actor, input: z.output<typeof TensionSummaryCompileRequest>): Promise<TensionSummaryResponse> {
    requirePermission(actor, 'returns:prepare');
    const { from, to } = periodOf(input);
    const start = londonMidnight(from);
    const end = londonMidnight(addDays(to, 1));
    const dataAsOf = now();
    // The tension picture through its services (each reads in its own transaction), then our own figures.
    const map = await deps.picture.mapOf(actor.forceId);
    const current = await deps.assessments.currentOf(actor.forceId);
    const signals = (await deps.signals.listOf(actor.forceId, { since: from })).filter((s) => s.day <= to);
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const cias = await repo.liveCias(trx, actor.forceId, start, end);
      const compiled = compileSummary({
        dataAsOf,
        scale: map.scale,
        map: map.areas,
        current: current.items,
        signals,
        counts: await repo.reportCounts(trx, actor.forceId, start, end),
        cias: cias.map((c) => ({ id: c.cia_id, title: c.title, reference: c.reference, version: c.version, signedOff: c.signed_off_at !== null, nextReviewAt: c.next_review_at.toISOString() })),
      });
      const id = await repo.insertSummary(trx, {
        force_id: actor.forceId,
        period_from: from,
        period_to: to,
        version: 1,
        corrects: null,
        correction_reason: null,
        compiled: JSON.stringify(compiled),
        content: JSON.stringify(draftText(compiled, from, to)),
        compiled_by: actor.userId,
      });
      await recordAudit(trx, actor, { action: 'tension_summary.compiled', recordType: 'tension_summary', recordId: id, details: { from, to, areas: compiled.areas.length } });
      return present(trx, actor, id);
    });
  }

  /** The edited text in the compiled areas' order; every compiled area once, no other. */
  function checkAreas(row: repo.SummaryRow, input: z.output<typeof TensionSummaryEditRequest>): SummaryText {
    const compiledIds = CompiledSummary.parse(row.compiled).areas.map((a) => a.areaId);
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    input.areas.forEach((a, i) => {
      if (!compiledIds.includes(a.areaId)) {
        problems.push({ field: `areas.${i}.areaId`, message: 'is not an area of this return' });
      } else if (seen.has(a.areaId)) {
        problems.push({ field: `areas.${i}.areaId`, message: 'appears twice' });
      }
      seen.add(a.areaId);
    });
    if (problems.length === 0 && seen.size !== compiledIds.length) {
      problems.push({ field: 'areas', message: `must give the text of each of the ${compiledIds.length} areas of the return` });
    }
    if (problems.length > 0) {
      throw validationFailed(problems);
    }
    const { summary, context, forthcoming } = input;
    return { summary, context, forthcoming, areas: compiledIds.map((id) => input.areas.find((a) => a.areaId === id) ?? { areaId: id, summary: '', experienced: '', evidenced: '', potential: '', keyIncidents: '', actions: '' }) };
  }

  function edit(actor: Actor, id: string, input: z.output<typeof TensionSummaryEditRequest>) {
    requirePermission(actor, 'returns:prepare');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const row = await own(trx, actor, id);
      if (row.status === 'issued' || row.status === 'superseded') {
        throw conflict(ISSUED);
      }
      const text = checkAreas(row, input);
      if (!(await repo.updateText(trx, id, input.basedOnRevision, JSON.stringify(text), actor.userId))) {
        throw conflict('this return has been edited by someone else since you opened it: reload, then make your change again');
      }
      await recordAudit(trx, actor, {
        action: 'tension_summary.edited',
        recordType: 'tension_summary',
        recordId: id,
        details: { revision: input.basedOnRevision + 1, approvalWithdrawn: row.status === 'approved' },
      });
      return present(trx, actor, id);
    });
  }

  function approve(actor: Actor, id: string, revision: number) {
    requirePermission(actor, 'returns:approve');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const row = await own(trx, actor, id);
      if (row.status !== 'draft') {
        throw conflict(row.status === 'approved' ? 'this return is already approved' : ISSUED);
      }
      if (isAuthor(actor, row.authors)) {
        throw forbidden('you compiled or edited this return: another commander must approve it (two-person rule)');
      }
      if (!(await repo.approve(trx, id, revision, actor.userId))) {
        throw conflict('this return has been edited since you read it: read it again before approving');
      }
      await recordAudit(trx, actor, { action: 'tension_summary.approved', recordType: 'tension_summary', recordId: id, details: { version: row.version, revision } });
      return present(trx, actor, id);
    });
  }

  function issue(actor: Actor, id: string) {
    requirePermission(actor, 'returns:approve');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const row = await own(trx, actor, id);
      if (row.status !== 'approved') {
        throw conflict(row.status === 'draft' ? 'a return is approved before it is issued' : 'this return has already been issued');
      }
      try {
        await repo.issue(trx, id, actor.userId);
      } catch (error) {
        // The unique index on issued returns: another original of this period was issued first.
        if ((error as { code?: string }).code === '23505') {
          throw conflict('a return for this period has already been issued: correct that one instead');
        }
        throw error;
      }
      await recordAudit(trx, actor, { action: 'tension_summary.issued', recordType: 'tension_summary', recordId: id, details: { version: row.version, supersedes: row.corrects } });
      if (row.corrects) {
        if (!(await repo.supersede(trx, row.corrects, id))) {
          throw conflict('the version this corrects is no longer the issued one');
        }
        await recordAudit(trx, actor, { action: 'tension_summary.superseded', recordType: 'tension_summary', recordId: row.corrects, details: { by: id, version: row.version } });
      }
      return present(trx, actor, id);
    });
  }

  function correct(actor: Actor, id: string, reason: string) {
    requirePermission(actor, 'returns:prepare');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const row = await own(trx, actor, id);
      if (row.status === 'draft' || row.status === 'approved') {
        throw conflict('this return has not been issued: edit it instead');
      }
      if (row.status === 'superseded' || row.correction_id) {
        throw conflict('this version has already been corrected: correct the latest version');
      }
      let correctionId: string;
      try {
        correctionId = await repo.insertSummary(trx, {
          force_id: actor.forceId,
          period_from: row.period_from,
          period_to: row.period_to,
          version: row.version + 1,
          corrects: id,
          correction_reason: reason,
          compiled: JSON.stringify(row.compiled),
          content: JSON.stringify(row.content),
          compiled_by: actor.userId,
        });
      } catch (error) {
        // Two correctors at once: the unique `corrects` lets one win.
        if ((error as { code?: string }).code === '23505') {
          throw conflict('this version has already been corrected: correct the latest version');
        }
        throw error;
      }
      await recordAudit(trx, actor, { action: 'tension_summary.correction_created', recordType: 'tension_summary', recordId: correctionId, details: { corrects: id, version: row.version + 1 } });
      return present(trx, actor, correctionId);
    });
  }

  /** One version in a format for the national team; every export is audited. */
  function exported<T>(format: 'json' | 'pdf' | 'csv', render: (summary: TensionSummaryResponse, force: { code: string; name: string }) => T | Promise<T>) {
    return async (actor: Actor, id: string) => {
      requireReadSummaries(actor);
      const { summary, force } = await inForceScope(deps.db, scope(actor), async (trx) => {
        const code = await repo.forceOf(trx, actor.forceId);
        const read = presentSummary(await own(trx, actor, id), actor, code.name);
        await recordAudit(trx, actor, { action: 'tension_summary.exported', recordType: 'tension_summary', recordId: id, details: { format, version: read.version, status: read.status } });
        return { summary: read, force: code };
      });
      // Rendered after the transaction: a PDF takes a while, and PGlite has one connection.
      return {
        summary,
        file: `cts-${force.code.toLowerCase()}-${summary.from}-to-${summary.to}-v${summary.version}.${format}`,
        body: await render(summary, force),
      };
    };
  }

  return {
    list,
    get,
    compile,
    edit,
    approve,
    issue,
    correct,
    exportJson: exported('json', presentExport),
    exportPdf: exported('pdf', renderTensionSummaryPdf),
    exportCsv: exported('csv', csvRows),
  };
}

export type TensionSummariesService = ReturnType<typeof createTensionSummariesService>;
