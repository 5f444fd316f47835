import type { TFunction } from 'i18next';
import { PublicReportRequest } from '../../../shared/reports/contract.ts';
import type { FormError } from '../../components/error-summary.tsx';
import { isApiError } from '../../lib/api-client.ts';
import { serverErrors } from './form-errors.ts';
import { fromLondonInput } from './london-input.ts';

/**
 * The report fields of the staff forms (a call taken in the control room, a partner's report):
 * read from the form, then checked with the contract's own schema, so that the form and the server
 * cannot disagree. Every problem links to the control that fixes it.
 */
export const reportFieldIds = {
  kind: 'report-kind',
  description: 'report-description',
  language: 'report-language',
  occurredAt: 'report-occurred-at',
  occurredNote: 'report-occurred-note',
  strands: 'report-strands',
  perceivedReligion: 'report-religion',
  online: 'report-online',
  onlinePlatform: 'report-platform',
  location: 'report-place',
  'location.postcode': 'report-postcode',
  'location.description': 'report-place',
  offenderDescription: 'report-offender',
  witnesses: 'report-witnesses',
  reporterRole: 'report-role',
  organisation: 'report-organisation',
  anonymous: 'report-anonymous',
  contact: 'report-contact-name',
  'contact.name': 'report-contact-name',
  'contact.email': 'report-contact-email',
  'contact.phone': 'report-contact-phone',
  'contact.preferredMethod': 'report-contact-method',
  'contact.bestTimes': 'report-contact-times',
  'contact.language': 'report-contact-language',
  'contact.notes': 'report-contact-notes',
} as const;
type FieldPath = keyof typeof reportFieldIds;

/** Our words for each field's problem; the schema's own message where we have none. */
const messages: Partial<Record<FieldPath, (t: TFunction) => string>> = {
  kind: (t) => t('reportForm.errors.kind'),
  description: (t) => t('reportForm.errors.description'),
  occurredAt: (t) => t('reportForm.errors.occurredAt'),
  strands: (t) => t('reportForm.errors.strands'),
  perceivedReligion: (t) => t('reportForm.errors.religion'),
  location: (t) => t('reportForm.errors.location'),
  'location.postcode': (t) => t('reportForm.errors.postcode'),
  reporterRole: (t) => t('reportForm.errors.role'),
  organisation: (t) => t('reportForm.errors.organisation'),
  contact: (t) => t('reportForm.errors.contact'),
  'contact.name': (t) => t('reportForm.errors.contactName'),
  'contact.email': (t) => t('reportForm.errors.contactEmail'),
  'contact.phone': (t) => t('reportForm.errors.contactPhone'),
};

function isFieldPath(path: string): path is FieldPath {
  return path in reportFieldIds;
}

/** The message and control for an issue at `path` (e.g. "contact.email"), trying shorter paths too. */
export function reportFieldError(path: readonly PropertyKey[], fallback: string): FormError {
  for (let n = path.length; n > 0; n--) {
    const key = path.slice(0, n).join('.');
    if (isFieldPath(key)) {
      return { fieldId: reportFieldIds[key], message: messages[key] ?? (() => fallback) };
    }
  }
  return { message: () => fallback };
}

const value = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const optional = (form: FormData, name: string) => value(form, name) || undefined;
const checked = (form: FormData, name: string) => form.get(name) === 'yes';

/** The report as the contract's request, from the fields' names (see report-fields.tsx). */
export function readReport(form: FormData, organisationRequired: boolean): { report?: PublicReportRequest; errors: FormError[] } {
  const online = checked(form, 'online');
  const anonymous = value(form, 'anonymous') === 'yes';
  const postcode = optional(form, 'postcode');
  const place = optional(form, 'place');
  const strands = form.getAll('strands').map(String);
  const occurredAt = fromLondonInput(value(form, 'occurredAt'));
  const draft = {
    kind: value(form, 'kind'),
    description: value(form, 'description'),
    occurredAt: occurredAt ?? '',
    occurredApproximate: checked(form, 'occurredApproximate'),
    occurredNote: optional(form, 'occurredNote'),
    ongoing: checked(form, 'ongoing'),
    strands,
    perceivedReligion: strands.includes('religion') ? optional(form, 'perceivedReligion') : undefined,
    location: postcode || place ? { postcode, description: place } : undefined,
    online,
    onlinePlatform: online ? optional(form, 'onlinePlatform') : undefined,
    offenderDescription: optional(form, 'offenderDescription'),
    witnesses: optional(form, 'witnesses'),
    reporterRole: value(form, 'reporterRole'),
    organisation: optional(form, 'organisation'),
    anonymous,
    contact: anonymous
      ? undefined
      : {
          name: value(form, 'contactName'),
          email: optional(form, 'contactEmail'),
          phone: optional(form, 'contactPhone'),
          preferredMethod: optional(form, 'contactMethod'),
          bestTimes: optional(form, 'contactTimes'),
          language: optional(form, 'contactLanguage'),
          needsInterpreter: checked(form, 'needsInterpreter'),
          needsTextRelay: checked(form, 'needsTextRelay'),
          notes: optional(form, 'contactNotes'),
        },
    language: optional(form, 'language'),
  };
  const errors: FormError[] = [];
  const parsed = PublicReportRequest.safeParse(draft);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const error = reportFieldError(issue.path, issue.message);
      const key = error.fieldId ?? issue.message;
      if (!seen.has(key)) {
        seen.add(key);
        errors.push(error);
      }
    }
  }
  // The schema's cross-field rules run only once every field is valid on its own; say them at once.
  const rules: [boolean, FieldPath][] = [
    [draft.kind !== 'concern' && strands.length === 0, 'strands'],
    [!online && !draft.location, 'location'],
  ];
  for (const [broken, path] of rules) {
    if (broken && !seen(errors, reportFieldIds[path])) {
      errors.push(reportFieldError([path], ''));
    }
  }
  if (organisationRequired && !draft.organisation && !seen(errors, reportFieldIds.organisation)) {
    errors.push({ fieldId: reportFieldIds.organisation, message: messages.organisation ?? ((t) => t('reportForm.errors.organisation')) });
  }
  if (errors.length > 0 || !parsed.success) {
    return { errors };
  }
  // What the schema made of it (postcode tidied, defaults filled) is a valid request as it stands.
  const report: PublicReportRequest = parsed.data;
  return { report, errors };
}

function seen(errors: readonly FormError[], fieldId: string): boolean {
  return errors.some((e) => e.fieldId === fieldId);
}

/** A refused POST /reports: each field problem (under "report.") linked to its control. */
export function reportServerErrors(error: unknown): FormError[] {
  if (isApiError(error, 400) && error.fieldErrors.length > 0) {
    return error.fieldErrors.map((p) => reportFieldError(p.field.replace(/^report\./, '').split('.'), `${p.field}: ${p.message}`));
  }
  return serverErrors(error, {});
}
