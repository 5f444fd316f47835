import type { TFunction } from 'i18next';
import { AssessmentRequest as AssessmentSchema } from '../../../shared/tension/contract.ts';
import type { FormError } from '../../components/error-summary.tsx';
import { londonToday, toLondonInput, fromLondonInput } from '../cases/london-input.ts';
import { actionDraftOf, actionRequest, type ActionDraft } from './action-draft.ts';
import { keyed, type Keyed } from './draft-lists.ts';
import { pathOf, uniqueErrors, type FieldPath } from './form-problems.ts';
import type { AssessmentRequest, AssessmentResponse, EvidenceCategory, Reliability, SignalResponse, SuggestedReport, Trend } from './types.ts';

/**
 * The new-assessment form's state, what it starts from (the current assessment, a signal), and how
 * it becomes the contract's request, checked by the contract's own schema so form and server agree.
 */
export type EvidenceDraft = Keyed<{
  category: EvidenceCategory | '';
  description: string;
  source: string;
  reliability: Reliability | '';
  observedOn: string;
  reportId: string | null;
  signalId: string | null;
}>;
/** One line of a short list (a key trigger, a partner informed). */
export type TextDraft = Keyed<{ text: string }>;

/** Everything the form holds, as typed: empty strings for choices not made yet. */
export type AssessmentDraft = {
  areaId: string;
  communityId: string;
  level: string;
  trend: Trend | '';
  summary: string;
  evidence: EvidenceDraft[];
  keyTriggers: TextDraft[];
  actions: ActionDraft[];
  partnersInformed: TextDraft[];
  /** London wall-clock time from a datetime-local input; empty for the force's usual interval. */
  nextReviewAt: string;
};

/** The id of each control, so that every problem in the error summary links to the one to fix. */
export const ids = {
  areaId: 'assess-area',
  communityId: 'assess-community',
  summary: 'assess-summary',
  nextReviewAt: 'assess-next-review',
  addEvidence: 'assess-evidence-add',
  evidence: (i: number, field: string) => `assess-evidence-${i}-${field}`,
  keyTriggers: (i: number) => `assess-trigger-${i}`,
  actions: (i: number, field: string) => `assess-action-${i}-${field}`,
  partnersInformed: (i: number) => `assess-partner-${i}`,
  /** Radios: each option is `${group}-${value}`; errors link to the first. */
  radio: (group: 'level' | 'trend', value: string) => `assess-${group}-${value}`,
};

/** A new line for a short list. */
export const text = (value = ''): TextDraft => keyed({ text: value });

/** A new evidence item typed by hand, dated today. */
export const emptyEvidence = (): EvidenceDraft =>
  keyed({ category: '', description: '', source: '', reliability: '', observedOn: londonToday(), reportId: null, signalId: null });

/** A signal as Evidenced evidence: counted from recorded reports, so as reliable as the records are. */
export function signalEvidence(signal: SignalResponse, t: TFunction): EvidenceDraft {
  const strand = signal.strand ? t(`cases.strand.${signal.strand}`) : t('tension.signal.allStrands');
  return keyed({
    category: 'evidenced',
    description: signal.reason,
    source: t('tension.form.signalSource', { area: signal.areaName, strand }),
    reliability: 'reliable',
    observedOn: signal.day,
    reportId: null,
    signalId: signal.id,
  });
}

/**
 * A report as evidence, in the category the server suggests (a partner's or the public's concern is
 * Experienced; a hate crime or incident is Evidenced). A concern is untested until someone checks it.
 */
export function reportEvidence(report: SuggestedReport, t: TFunction): EvidenceDraft {
  return keyed({
    category: report.suggestedCategory,
    description: report.excerpt,
    source: t('tension.form.reportSource', { kind: t(`cases.kind.${report.kind}`), reference: report.reference }),
    reliability: report.suggestedCategory === 'experienced' ? 'untested' : 'usually_reliable',
    observedOn: londonToday(new Date(report.receivedAt)),
    reportId: report.id,
    signalId: null,
  });
}

/** A new assessment starts from the current one (so the author changes what changed), plus the signal it was opened from. */
export function initialDraft(areaId: string, communityId: string, current: AssessmentResponse | null, signal: EvidenceDraft | null): AssessmentDraft {
  const evidence: EvidenceDraft[] = (current?.evidence ?? []).map((e) =>
    keyed({ category: e.category, description: e.description, source: e.source, reliability: e.reliability, observedOn: e.observedOn, reportId: e.reportId, signalId: e.signalId }),
  );
  if (signal && !evidence.some((e) => e.signalId === signal.signalId)) {
    evidence.push(signal);
  }
  return {
    areaId,
    communityId,
    level: current?.level ?? '',
    trend: current?.trend ?? '',
    summary: current?.summary ?? '',
    evidence,
    keyTriggers: (current?.keyTriggers ?? []).map((k) => text(k)),
    actions: (current?.actions ?? []).map(actionDraftOf),
    partnersInformed: (current?.partnersInformed ?? []).map((p) => text(p)),
    // A review date in the past would only be refused: the next one is the force's default unless set.
    nextReviewAt: current && Date.parse(current.nextReviewAt) > Date.now() ? toLondonInput(new Date(current.nextReviewAt)) : '',
  };
}

/** Our words, and the control that fixes it, for a problem anywhere in the request. */
export function assessmentFieldError(path: FieldPath, fallback: string, firstLevel: string): FormError {
  const [head, index, field] = path;
  const n = typeof index === 'number' ? index + 1 : 0;
  switch (head) {
    case 'areaId':
      return { fieldId: ids.areaId, message: (t) => t('tension.errors.area') };
    case 'communityId':
      return { fieldId: ids.communityId, message: (t) => t('tension.errors.community') };
    case 'level':
      return { fieldId: ids.radio('level', firstLevel), message: (t) => t('tension.errors.level') };
    case 'trend':
      return { fieldId: ids.radio('trend', 'rising'), message: (t) => t('tension.errors.trend') };
    case 'summary':
      return { fieldId: ids.summary, message: (t) => t('tension.errors.summary') };
    case 'nextReviewAt':
      return { fieldId: ids.nextReviewAt, message: (t) => t('tension.errors.nextReview') };
    case 'evidence':
      if (typeof index === 'number' && (field === 'category' || field === 'description' || field === 'source' || field === 'reliability' || field === 'observedOn')) {
        return { fieldId: ids.evidence(index, field), message: (t) => t(`tension.errors.evidence.${field}`, { n }) };
      }
      return { fieldId: ids.addEvidence, message: () => fallback };
    case 'keyTriggers':
      return typeof index === 'number' ? { fieldId: ids.keyTriggers(index), message: (t) => t('tension.errors.trigger', { n }) } : { message: () => fallback };
    case 'partnersInformed':
      return typeof index === 'number' ? { fieldId: ids.partnersInformed(index), message: (t) => t('tension.errors.partner', { n }) } : { message: () => fallback };
    case 'actions':
      if (typeof index === 'number' && (field === 'description' || field === 'owner' || field === 'dueAt')) {
        return { fieldId: ids.actions(index, field), message: (t) => t(`tension.errors.action.${field}`, { n }) };
      }
      return { message: () => fallback };
    default:
      return { message: () => fallback };
  }
}

/** The request, or the problems to fix first (in the order of the form). */
export function assessmentRequest(draft: AssessmentDraft, supersedes: string | null, firstLevel: string): { request?: AssessmentRequest; errors: FormError[] } {
  const errors: FormError[] = [];
  const actions = draft.actions.map((a, i) => {
    const { value, error } = actionRequest(a, ids.actions(i, 'dueAt'), i + 1);
    if (error) {
      errors.push(error);
    }
    return value;
  });
  const nextReviewAt = draft.nextReviewAt ? fromLondonInput(draft.nextReviewAt) : null;
  if (draft.nextReviewAt && !nextReviewAt) {
    errors.push({ fieldId: ids.nextReviewAt, message: (t) => t('tension.errors.nextReview') });
  }
  const candidate = {
    areaId: draft.areaId,
    communityId: draft.communityId || null,
    level: draft.level,
    trend: draft.trend,
    summary: draft.summary,
    evidence: draft.evidence.map((e) => ({
      category: e.category,
      description: e.description,
      source: e.source,
      reliability: e.reliability,
      observedOn: e.observedOn,
      reportId: e.reportId,
      signalId: e.signalId,
    })),
    keyTriggers: draft.keyTriggers.map((k) => k.text),
    actions,
    partnersInformed: draft.partnersInformed.map((p) => p.text),
    nextReviewAt,
    supersedes,
  };
  const parsed = AssessmentSchema.safeParse(candidate);
  if (!parsed.success) {
    errors.push(...parsed.error.issues.map((issue) => assessmentFieldError(pathOf(issue.path), issue.message, firstLevel)));
  }
  const unique = uniqueErrors(errors);
  return parsed.success && unique.length === 0 ? { request: parsed.data, errors: [] } : { errors: unique };
}
