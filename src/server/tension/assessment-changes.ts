/**
 * "What changed since yesterday": the differences between an assessment and the one it superseded,
 * in words a commander reads at a glance. Pure, so it is tested without a database.
 */

export interface ComparableAssessment {
  levelLabel: string;
  trend: string;
  summary: string;
  keyTriggers: string[];
  actions: { description: string; owner: string; dueAt: string | null }[];
  partnersInformed: string[];
  nextReviewAt: string;
  evidence: { category: string; description: string }[];
}

export interface AssessmentChanges {
  fields: { field: string; before: string; after: string }[];
  evidenceAdded: string[];
  evidenceRemoved: string[];
}

const list = (items: string[]) => items.join('; ');
const action = (a: ComparableAssessment['actions'][number]) => `${a.description} (${a.owner}${a.dueAt ? `, due ${a.dueAt}` : ''})`;
const evidenceKey = (e: ComparableAssessment['evidence'][number]) => `${e.category}: ${e.description}`;

export function assessmentChanges(before: ComparableAssessment | null, after: ComparableAssessment): AssessmentChanges {
  if (!before) {
    return { fields: [], evidenceAdded: after.evidence.map(evidenceKey), evidenceRemoved: [] };
  }
  const pairs: [string, string, string][] = [
    ['level', before.levelLabel, after.levelLabel],
    ['trend', before.trend, after.trend],
    ['summary', before.summary, after.summary],
    ['keyTriggers', list(before.keyTriggers), list(after.keyTriggers)],
    ['actions', list(before.actions.map(action)), list(after.actions.map(action))],
    ['partnersInformed', list(before.partnersInformed), list(after.partnersInformed)],
    ['nextReviewAt', before.nextReviewAt, after.nextReviewAt],
  ];
  const had = new Set(before.evidence.map(evidenceKey));
  const has = new Set(after.evidence.map(evidenceKey));
  return {
    fields: pairs.filter(([, b, a]) => b !== a).map(([field, b, a]) => ({ field, before: b, after: a })),
    evidenceAdded: [...has].filter((e) => !had.has(e)),
    evidenceRemoved: [...had].filter((e) => !has.has(e)),
  };
}
