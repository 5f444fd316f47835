import i18next, { type ParseKeys } from 'i18next';
import { PublicReportRequest } from '../../../shared/reports/contract.ts';
import type { FieldProblem } from '../../../shared/errors.ts';
import type { FormError } from '../../components/error-summary.tsx';
import type { Draft } from './draft-store.ts';
import { isConcern, stepsFor, type StepId } from './report-flow.ts';
import { toRequest, whenAnswer } from './report-request.ts';

/**
 * One set of rules for the form and the server: the shared zod schema. Its issues (and the
 * server's field errors) are mapped here to the page and field they belong to, worded in the
 * reporter's language. Questions the schema cannot see (radio answers that become `kind` or
 * `reporterRole`) are checked here first.
 */
export type ReportKey = ParseKeys<'report'>;
export type ReportError = FormError & { step: StepId };
export type ValidationContext = { now: Date; language: string };

export function reportMessage(key: ReportKey, options: { label?: ReportKey; max?: number } = {}): FormError['message'] {
  // Worded when shown, so that the message follows a change of language.
  return () => {
    const t = i18next.getFixedT(null, 'report');
    return t(key, { max: options.max, label: options.label ? t(options.label) : '' });
  };
}

type FieldSpec = { step: StepId; fieldId: string; label: ReportKey; required?: ReportKey; invalid?: ReportKey; rule?: ReportKey };

/** Every field of the request, by its path in the schema (and in the server's problem document). */
function fieldSpecs(draft: Draft): Record<string, FieldSpec> {
  const concern = isConcern(draft);
  return {
    kind: { step: 'crime', fieldId: 'crime-yes', label: 'crime.title', invalid: 'crime.errors.choose' },
    reporterRole: { step: 'start', fieldId: 'about-me', label: 'start.title', invalid: 'start.errors.choose' },
    organisation: { step: 'start', fieldId: 'organisation', label: 'start.organisationName', required: 'start.errors.organisationName' },
    description: {
      step: 'what-happened',
      fieldId: 'description',
      label: concern ? 'what.titleConcern' : 'what.title',
      required: concern ? 'what.errors.descriptionConcern' : 'what.errors.description',
    },
    online: { step: 'what-happened', fieldId: 'online-yes', label: 'what.online', invalid: 'what.errors.online' },
    onlinePlatform: { step: 'what-happened', fieldId: 'platform', label: 'what.platform' },
    strands: { step: 'why', fieldId: 'strand-race', label: 'why.title', rule: 'why.errors.choose' },
    perceivedReligion: { step: 'why', fieldId: 'religion-muslim', label: 'why.religion' },
    occurredAt: { step: 'when', fieldId: 'date-choice-today', label: 'when.title', invalid: 'when.errors.choose' },
    occurredApproximate: { step: 'when', fieldId: 'approximate', label: 'when.approximate' },
    occurredNote: { step: 'when', fieldId: 'note', label: 'when.note' },
    ongoing: { step: 'when', fieldId: 'ongoing-yes', label: 'when.ongoing', invalid: 'when.errors.ongoing' },
    location: { step: 'where', fieldId: 'place', label: 'where.title', rule: 'where.errors.missing' },
    'location.postcode': { step: 'where', fieldId: 'postcode', label: 'where.postcode', invalid: 'where.errors.postcode' },
    'location.description': { step: 'where', fieldId: 'place', label: 'where.place' },
    offenderDescription: { step: 'who', fieldId: 'offender', label: 'who.offender' },
    witnesses: { step: 'who', fieldId: 'witnesses', label: 'who.witnesses' },
    anonymous: { step: 'about-you', fieldId: 'contact-me-yes', label: 'about.title', invalid: 'about.errors.choose' },
    contact: { step: 'about-you', fieldId: 'contact-me-yes', label: 'about.title', rule: 'about.errors.choose' },
    'contact.name': { step: 'contact-details', fieldId: 'name', label: 'contact.name', required: 'contact.errors.name' },
    'contact.phone': { step: 'contact-details', fieldId: 'phone', label: 'contact.phone', invalid: 'contact.errors.phone' },
    'contact.email': {
      step: 'contact-details',
      fieldId: 'email',
      label: 'contact.email',
      invalid: 'contact.errors.email',
      rule: 'contact.errors.phoneOrEmail',
    },
    'contact.preferredMethod': { step: 'contact-details', fieldId: 'method-phone', label: 'contact.method' },
    'contact.bestTimes': { step: 'contact-details', fieldId: 'times', label: 'contact.times' },
    'contact.language': { step: 'contact-details', fieldId: 'contact-language', label: 'contact.language' },
    'contact.needsInterpreter': { step: 'contact-details', fieldId: 'interpreter', label: 'contact.interpreter' },
    'contact.needsTextRelay': { step: 'contact-details', fieldId: 'text-relay', label: 'contact.textRelay' },
    'contact.notes': { step: 'contact-details', fieldId: 'notes', label: 'contact.notes' },
  };
}

/** The order fields appear in on each page, so that the error summary reads top to bottom. */
const pageOrder: readonly string[] = [
  'about-me',
  'saw-it-yes',
  'organisation',
  'organisation-about-happened',
  'crime-yes',
  'description',
  'online-yes',
  'platform',
  'strand-race',
  'religion-muslim',
  'date-choice-today',
  'date-day',
  'date-month',
  'date-year',
  'time',
  'approximate',
  'note',
  'ongoing-yes',
  'postcode',
  'place',
  'offender',
  'witnesses',
  'contact-me-yes',
  'name',
  'phone',
  'email',
  'method-phone',
  'times',
  'contact-language',
  'interpreter',
  'text-relay',
  'notes',
];

type Issue = { path: string; code: string; maximum?: number };

function errorFromIssue(issue: Issue, specs: Record<string, FieldSpec>): ReportError | null {
  const spec = specs[issue.path];
  if (!spec) {
    return null;
  }
  const fallback = spec.invalid ?? spec.required ?? spec.rule;
  const message =
    issue.code === 'too_big'
      ? reportMessage('common.tooLong', { label: spec.label, max: issue.maximum })
      : issue.code === 'too_small' && spec.required
        ? reportMessage(spec.required)
        : issue.code === 'custom' && spec.rule
          ? reportMessage(spec.rule)
          : fallback
            ? reportMessage(fallback)
            : reportMessage('common.checkAnswer', { label: spec.label });
  return { step: spec.step, fieldId: spec.fieldId, message };
}

/** Answers that decide the shape of the report rather than a field of it. */
function choiceErrors(step: StepId, draft: Draft, context: ValidationContext): ReportError[] {
  const error = (fieldId: string, key: ReportKey): ReportError => ({ step, fieldId, message: reportMessage(key) });
  const errors: ReportError[] = [];
  switch (step) {
    case 'start':
      if (!draft.about) {
        errors.push(error('about-me', 'start.errors.choose'));
      } else if (draft.about === 'someone_else' && !draft.sawIt) {
        errors.push(error('saw-it-yes', 'start.errors.sawIt'));
      } else if (draft.about === 'organisation') {
        if (!draft.organisation.trim()) {
          errors.push(error('organisation', 'start.errors.organisationName'));
        }
        if (!draft.organisationAbout) {
          errors.push(error('organisation-about-happened', 'start.errors.organisationAbout'));
        }
      }
      break;
    case 'crime':
      if (!draft.crime) {
        errors.push(error('crime-yes', 'crime.errors.choose'));
      }
      break;
    case 'what-happened':
      if (!draft.online) {
        errors.push(error('online-yes', 'what.errors.online'));
      }
      break;
    case 'when': {
      const when = whenAnswer(draft, context.now);
      if (!when.ok) {
        errors.push(error(when.fieldId, `when.errors.${when.problem}`));
      }
      if (!draft.ongoing) {
        errors.push(error('ongoing-yes', 'when.errors.ongoing'));
      }
      break;
    }
    case 'about-you':
      if (!draft.contactMe) {
        errors.push(error('contact-me-yes', 'about.errors.choose'));
      }
      break;
    default:
      break;
  }
  return errors;
}

/**
 * The schema stops before its cross-field rules when a required field is missing, so fields
 * that belong to other pages get stand-ins here: each page is judged on its own answers.
 */
function schemaIssues(draft: Draft, context: ValidationContext): Issue[] {
  const request = toRequest(draft, context);
  const parsed = PublicReportRequest.safeParse({
    ...request,
    kind: request.kind ?? 'hate_crime',
    reporterRole: request.reporterRole ?? 'victim',
    occurredAt: request.occurredAt ?? context.now.toISOString(),
  });
  if (parsed.success) {
    return [];
  }
  return parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    code: issue.code,
    maximum: issue.code === 'too_big' ? Number(issue.maximum) : undefined,
  }));
}

function ordered(errors: ReportError[]): ReportError[] {
  const seen = new Set<string>();
  return errors
    .filter((e) => {
      const key = e.fieldId ?? '';
      if (seen.has(key)) {
        return false;
      }
      seen.add(key);
      return true;
    })
    .sort((a, b) => pageOrder.indexOf(a.fieldId ?? '') - pageOrder.indexOf(b.fieldId ?? ''));
}

/** The problems with one page's answers, or none. */
export function validateStep(step: StepId, draft: Draft, context: ValidationContext): ReportError[] {
  const specs = fieldSpecs(draft);
  const fromSchema = schemaIssues(draft, context)
    .map((issue) => errorFromIssue(issue, specs))
    .filter((e): e is ReportError => e !== null && e.step === step);
  return ordered([...choiceErrors(step, draft, context), ...fromSchema]);
}

/** Every page's problems, for the check page: what would stop the report being accepted. */
export function validateAll(draft: Draft, context: ValidationContext): ReportError[] {
  return stepsFor(draft).flatMap((step) => validateStep(step, draft, context));
}

/**
 * The server's refusal, field by field. Its messages are English and technical, so each is
 * reworded for the field it names; a field this form does not know is reported without a link.
 */
export function errorsFromServer(problems: readonly FieldProblem[], draft: Draft): (ReportError | FormError)[] {
  const specs = fieldSpecs(draft);
  return problems.map((problem) => {
    const spec = specs[problem.field];
    return spec
      ? { step: spec.step, fieldId: spec.fieldId, message: reportMessage('common.checkAnswer', { label: spec.label }) }
      : { message: reportMessage('check.errors.generic') };
  });
}
