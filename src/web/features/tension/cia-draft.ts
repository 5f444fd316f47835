import { CiaRequest as CiaSchema } from '../../../shared/tension/contract.ts';
import type { FormError } from '../../components/error-summary.tsx';
import { fromLondonInput, toLondonInput } from '../cases/london-input.ts';
import { actionDraftOf, actionRequest, type ActionDraft } from './action-draft.ts';
import { keyed, type Keyed } from './draft-lists.ts';
import { pathOf, uniqueErrors, type FieldPath } from './form-problems.ts';
import type { CiaRequest, CiaResponse, CiaTrigger, Rag } from './types.ts';

/**
 * The Community Impact Assessment form's state: the ten sections of DOMAIN.md §3.3 plus what it is
 * about. Long answers are free text; risks and mitigations are lists. Checked with the contract's schema.
 */
export type RiskDraft = Keyed<{ description: string; likelihood: Rag | ''; impact: Rag | '' }>;

/** Everything the CIA form holds, as typed. */
export type CiaDraft = {
  title: string;
  trigger: CiaTrigger | '';
  reference: string;
  commissionedBy: string;
  summary: string;
  areaIds: string[];
  communityIds: string[];
  communitiesAffected: string;
  communityProfile: string;
  impactAssessment: string;
  tensionIndicators: string;
  risks: RiskDraft[];
  mitigations: ActionDraft[];
  communicationStrategy: string;
  equalityConsiderations: string;
  reviewFrequency: string;
  /** London wall-clock time from a datetime-local input. */
  nextReviewAt: string;
};

/** The free-text sections, in the template's order, with the id of each box. */
export const ciaTextSections = [
  'communitiesAffected',
  'communityProfile',
  'impactAssessment',
  'tensionIndicators',
  'communicationStrategy',
  'equalityConsiderations',
] as const;
/** One of the free-text sections. */
export type CiaTextSection = (typeof ciaTextSections)[number];

/** The id of each control, for the error summary's links. */
export const ciaIds = {
  title: 'cia-title',
  trigger: 'cia-trigger-operation',
  reference: 'cia-reference',
  commissionedBy: 'cia-commissioned-by',
  summary: 'cia-summary',
  areaIds: 'cia-areas',
  communityIds: 'cia-communities',
  reviewFrequency: 'cia-review-frequency',
  nextReviewAt: 'cia-next-review',
  text: (section: CiaTextSection) => `cia-${section}`,
  risks: (i: number, field: string) => `cia-risk-${i}-${field}`,
  mitigations: (i: number, field: string) => `cia-mitigation-${i}-${field}`,
};

/** A new, empty risk. */
export const emptyRisk = (): RiskDraft => keyed({ description: '', likelihood: '', impact: '' });

/** A new CIA, with the areas it was started from already ticked. */
export function emptyCiaDraft(areaIds: string[] = []): CiaDraft {
  return {
    title: '',
    trigger: '',
    reference: '',
    commissionedBy: '',
    summary: '',
    areaIds,
    communityIds: [],
    communitiesAffected: '',
    communityProfile: '',
    impactAssessment: '',
    tensionIndicators: '',
    risks: [],
    mitigations: [],
    communicationStrategy: '',
    equalityConsiderations: '',
    reviewFrequency: '',
    nextReviewAt: '',
  };
}

/** Editing starts from the version being read. */
export function ciaDraftOf(cia: CiaResponse): CiaDraft {
  return {
    title: cia.title,
    trigger: cia.trigger,
    reference: cia.reference,
    commissionedBy: cia.commissionedBy,
    summary: cia.summary,
    areaIds: [...cia.areaIds],
    communityIds: [...cia.communityIds],
    communitiesAffected: cia.communitiesAffected,
    communityProfile: cia.communityProfile,
    impactAssessment: cia.impactAssessment,
    tensionIndicators: cia.tensionIndicators,
    risks: cia.risks.map((r) => keyed({ description: r.description, likelihood: r.likelihood, impact: r.impact })),
    mitigations: cia.mitigations.map(actionDraftOf),
    communicationStrategy: cia.communicationStrategy,
    equalityConsiderations: cia.equalityConsiderations,
    reviewFrequency: cia.reviewFrequency,
    nextReviewAt: toLondonInput(new Date(cia.nextReviewAt)),
  };
}

function isTextSection(value: unknown): value is CiaTextSection {
  return ciaTextSections.some((s) => s === value);
}

/** Our words, and the control that fixes it, for a problem anywhere in the request. */
export function ciaFieldError(path: FieldPath, fallback: string): FormError {
  const [head, index, field] = path;
  const n = typeof index === 'number' ? index + 1 : 0;
  if (isTextSection(head)) {
    return { fieldId: ciaIds.text(head), message: () => fallback };
  }
  switch (head) {
    case 'title':
    case 'reference':
    case 'commissionedBy':
    case 'summary':
    case 'reviewFrequency':
    case 'nextReviewAt':
    case 'trigger':
      return { fieldId: ciaIds[head], message: (t) => t(`tension.errors.cia.${head}`) };
    case 'areaIds':
    case 'communityIds':
      return { fieldId: ciaIds[head], message: () => fallback };
    case 'risks':
      if (typeof index === 'number' && (field === 'description' || field === 'likelihood' || field === 'impact')) {
        return { fieldId: ciaIds.risks(index, field), message: (t) => t(`tension.errors.risk.${field}`, { n }) };
      }
      return { message: () => fallback };
    case 'mitigations':
      if (typeof index === 'number' && (field === 'description' || field === 'owner' || field === 'dueAt')) {
        return { fieldId: ciaIds.mitigations(index, field), message: (t) => t(`tension.errors.mitigation.${field}`, { n }) };
      }
      return { message: () => fallback };
    default:
      return { message: () => fallback };
  }
}

/** The request (a new CIA, or with `basedOnVersion` a new version), or the problems to fix first. */
export function ciaRequest(draft: CiaDraft, basedOnVersion: number | undefined): { request?: CiaRequest; errors: FormError[] } {
  const errors: FormError[] = [];
  const mitigations = draft.mitigations.map((m, i) => {
    const { value, error } = actionRequest(m, ciaIds.mitigations(i, 'dueAt'), i + 1);
    if (error) {
      errors.push({ ...error, message: (t) => t('tension.errors.mitigation.dueAt', { n: i + 1 }) });
    }
    return value;
  });
  const nextReviewAt = fromLondonInput(draft.nextReviewAt);
  const parsed = CiaSchema.safeParse({
    ...draft,
    risks: draft.risks.map(({ description, likelihood, impact }) => ({ description, likelihood, impact })),
    mitigations,
    nextReviewAt: nextReviewAt ?? '',
    ...(basedOnVersion === undefined ? {} : { basedOnVersion }),
  });
  if (!parsed.success) {
    errors.push(...parsed.error.issues.map((issue) => ciaFieldError(pathOf(issue.path), issue.message)));
  }
  const unique = uniqueErrors(errors);
  return parsed.success && unique.length === 0 ? { request: parsed.data, errors: [] } : { errors: unique };
}
