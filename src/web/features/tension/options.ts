import type { CiaTrigger, CommunityKind, EvidenceCategory, Rag, Reliability, Trend } from './types.ts';

/**
 * The tension contract's choices as lists to render, without zod. Each list is checked against the
 * contract's type both ways (as cases/options.ts does): no value it does not know, none left out.
 */
type Complete<All, Listed extends readonly All[]> = [Exclude<All, Listed[number]>] extends [never] ? Listed : never;
const complete =
  <All,>() =>
  <const Listed extends readonly All[]>(listed: Complete<All, Listed>) =>
    listed;

/** In the order of the EEP model: what is felt, what is recorded, what is coming. */
export const evidenceCategories = complete<EvidenceCategory>()(['experienced', 'evidenced', 'potential']);
/** Best first: how far the source of an evidence item can be relied on. */
export const reliabilities = complete<Reliability>()(['reliable', 'usually_reliable', 'untested', 'unreliable']);
/** The direction of tension since the last assessment. */
export const trends = complete<Trend>()(['rising', 'stable', 'falling']);
/** What binds a community the force monitors tension in. */
export const communityKinds = complete<CommunityKind>()(['faith', 'ethnicity_or_nationality', 'lgbt', 'disability', 'other']);
/** What a Community Impact Assessment is about. */
export const ciaTriggers = complete<CiaTrigger>()(['operation', 'critical_incident', 'event']);
/** A CIA risk's likelihood and impact, lowest first. */
export const rags = complete<Rag>()(['low', 'medium', 'high']);

/** Narrows a string from a URL or a form to one of a list's values. */
export function oneOf<const T extends string>(list: readonly T[], value: unknown): T | undefined {
  return list.find((item) => item === value);
}
