import type { z } from 'zod';
import type { ReporterRole, ReportKind } from '../../../shared/reports/contract.ts';
import type { Draft } from './draft-store.ts';

/**
 * The questions in order, and which of them a given draft needs: a concern skips "was it a
 * crime" and "who did it", an online report skips "where", an anonymous one the contact details.
 */
export const steps = ['start', 'crime', 'what-happened', 'why', 'when', 'where', 'who', 'photos', 'about-you', 'contact-details'] as const;
export type StepId = (typeof steps)[number];

export const REPORT_PATH = '/report';
export const CHECK_PATH = `${REPORT_PATH}/check`;
export const SENT_PATH = `${REPORT_PATH}/sent`;
export const STATUS_PATH = `${REPORT_PATH}/status`;

/** Pages reached from "check your answers" carry this, so that Continue goes back there. */
export const CHANGE_QUERY = 'change';

export function stepPath(step: StepId, changing = false): string {
  return `${REPORT_PATH}/${step}${changing ? `?${CHANGE_QUERY}=1` : ''}`;
}

export function isConcern(draft: Draft): boolean {
  return draft.about === 'concern' || (draft.about === 'organisation' && draft.organisationAbout === 'concern');
}

/**
 * Not asked in those words: "yes" and "not sure" both make it a hate crime, so that the police
 * decide; only a plain "no" makes it a hate incident.
 */
export function kindOf(draft: Draft): ReportKind | undefined {
  if (isConcern(draft)) {
    return 'concern';
  }
  if (draft.crime === 'no') {
    return 'hate_incident';
  }
  return draft.crime ? 'hate_crime' : undefined;
}

export function roleOf(draft: Draft): z.infer<typeof ReporterRole> | undefined {
  switch (draft.about) {
    case 'me':
      return 'victim';
    case 'someone_else':
      return draft.sawIt === 'yes' ? 'witness' : draft.sawIt === 'no' ? 'on_behalf' : undefined;
    case 'concern':
      // The API has no role for a resident raising a worry; they are telling us what they saw or heard.
      return 'witness';
    case 'organisation':
      return 'organisation';
    default:
      return undefined;
  }
}

const applies: Record<StepId, (draft: Draft) => boolean> = {
  start: () => true,
  crime: (d) => !isConcern(d),
  'what-happened': () => true,
  why: () => true,
  when: () => true,
  where: (d) => d.online !== 'yes',
  who: (d) => !isConcern(d),
  // Optional, and asked of everyone: a screenshot of a rumour helps as much as one of abuse.
  photos: () => true,
  'about-you': () => true,
  'contact-details': (d) => d.contactMe === 'yes',
};

export function stepsFor(draft: Draft): StepId[] {
  return steps.filter((step) => applies[step](draft));
}

/** The page before this one, for the Back link; from the check page's Change links, the check page. */
export function previousPath(step: StepId, draft: Draft, changing: boolean): string {
  if (changing) {
    return CHECK_PATH;
  }
  const path = stepsFor(draft);
  const index = path.indexOf(step);
  const previous = index > 0 ? path[index - 1] : undefined;
  return previous ? stepPath(previous) : REPORT_PATH;
}

/**
 * Where Continue goes. Normally the next question; after a Change, back to the check page
 * unless the change opened a question not yet answered (say, "you can contact me").
 */
export function nextPath(step: StepId, draft: Draft, changing: boolean, isComplete: (step: StepId) => boolean): string {
  const path = stepsFor(draft);
  if (changing) {
    const unanswered = path.find((s) => !isComplete(s));
    return unanswered ? stepPath(unanswered, true) : CHECK_PATH;
  }
  const next = path[path.indexOf(step) + 1];
  return next ? stepPath(next) : CHECK_PATH;
}
