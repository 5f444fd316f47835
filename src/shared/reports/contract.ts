import { z } from 'zod';

/** The five monitored hate crime strands, plus "other" (DOMAIN.md §1.1). Several may apply. */
export const Strand = z.enum(['race', 'religion', 'sexual_orientation', 'disability', 'transgender', 'other']);
export type Strand = z.infer<typeof Strand>;

/** The Home Office's perceived religion of the victim (mandatory in the return since 2017/18). */
export const PerceivedReligion = z.enum(['buddhist', 'christian', 'hindu', 'jewish', 'muslim', 'sikh', 'other', 'no_religion', 'unknown']);

export const ReportKind = z.enum(['hate_crime', 'hate_incident', 'concern']);
export type ReportKind = z.infer<typeof ReportKind>;

export const ReporterRole = z.enum(['victim', 'witness', 'on_behalf', 'organisation']);
export const Channel = z.enum(['web', 'partner', 'call', 'open311', 'import']);

/** data.police.uk's crime types (less anti-social behaviour): the offence group of a recorded hate crime. */
export const OffenceGroup = z.enum([
  'Bicycle theft',
  'Burglary',
  'Criminal damage and arson',
  'Drugs',
  'Other crime',
  'Other theft',
  'Possession of weapons',
  'Public order',
  'Robbery',
  'Shoplifting',
  'Theft from the person',
  'Vehicle crime',
  'Violence and sexual offences',
]);
export type OffenceGroup = z.infer<typeof OffenceGroup>;
export type Channel = z.infer<typeof Channel>;

/** Languages the public pages ship in (BCP 47). Reports may arrive in any language. */
export const PublicLanguage = z.enum(['en', 'cy', 'ur', 'pl', 'ar', 'pa', 'bn']);
export type PublicLanguage = z.infer<typeof PublicLanguage>;

const text = (max: number) => z.string().trim().min(1).max(max);
const UkPostcode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/, 'is not a UK postcode')
  .transform((p) => `${p.replace(/\s+/g, '').slice(0, -3)} ${p.replace(/\s+/g, '').slice(-3)}`);

export const ReportLocation = z
  .object({
    postcode: UkPostcode.optional(),
    latitude: z.number().min(49).max(61).optional(),
    longitude: z.number().min(-9).max(3).optional(),
    description: text(500).optional(),
  })
  .strict()
  .refine((l) => (l.latitude === undefined) === (l.longitude === undefined), {
    message: 'latitude and longitude go together',
    path: ['longitude'],
  });

export const ContactMethod = z.enum(['phone', 'email', 'text', 'letter', 'in_person']);

/** How to reach the reporter. Personal data: stored apart from the report and audited on every read. */
export const ReporterContact = z
  .object({
    name: text(200),
    email: z.email().max(254).optional(),
    phone: z.string().trim().regex(/^[0-9 +()-]{7,20}$/, 'is not a phone number').optional(),
    preferredMethod: ContactMethod.optional(),
    bestTimes: text(200).optional(),
    language: z.string().trim().min(2).max(35).optional().describe('language to contact them in (BCP 47)'),
    needsInterpreter: z.boolean().default(false),
    needsTextRelay: z.boolean().default(false),
    notes: text(1000).optional().describe('e.g. "please send a female officer who speaks Urdu"'),
  })
  .strict()
  .refine((c) => c.email !== undefined || c.phone !== undefined, { message: 'give an email address or a phone number', path: ['email'] });

/** A report from a member of the public (the `/report` form and `POST /api/v1/public/reports`). */
export const PublicReportRequest = z
  .object({
    kind: ReportKind,
    description: text(10_000).describe('what happened, in the reporter’s own words and language'),
    occurredAt: z.iso.datetime({ offset: true }).describe('when it happened; with occurredApproximate when roughly'),
    occurredApproximate: z.boolean().default(false),
    occurredNote: text(200).optional().describe('e.g. "last week, in the evening"'),
    ongoing: z.boolean().default(false),
    strands: z.array(Strand).max(6).default([]),
    perceivedReligion: PerceivedReligion.optional(),
    location: ReportLocation.optional(),
    online: z.boolean().default(false),
    onlinePlatform: text(200).optional(),
    offenderDescription: text(2000).optional(),
    witnesses: text(1000).optional(),
    reporterRole: ReporterRole,
    organisation: text(200).optional().describe('the organisation reporting, or reporting on someone’s behalf'),
    anonymous: z.boolean(),
    contact: ReporterContact.optional(),
    language: z.string().trim().min(2).max(35).optional().describe('detected from the text when absent'),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (!r.anonymous && !r.contact) {
      ctx.addIssue({ code: 'custom', path: ['contact'], message: 'give contact details, or report anonymously' });
    }
    if (r.anonymous && r.contact) {
      ctx.addIssue({ code: 'custom', path: ['contact'], message: 'an anonymous report carries no contact details' });
    }
    if (r.kind !== 'concern' && r.strands.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['strands'], message: 'say why you think it happened (choose at least one)' });
    }
    if (r.perceivedReligion && !r.strands.includes('religion')) {
      ctx.addIssue({ code: 'custom', path: ['perceivedReligion'], message: 'only when religion is one of the reasons' });
    }
    if (!r.online && !r.location) {
      ctx.addIssue({ code: 'custom', path: ['location'], message: 'say where it happened, or that it was online' });
    }
  })
  .meta({ id: 'PublicReportRequest' });
export type PublicReportRequest = z.input<typeof PublicReportRequest>;
export type PublicReport = z.output<typeof PublicReportRequest>;

export const PublicReportReceipt = z
  .object({
    reference: z.string(),
    secret: z.string().describe('shown once: with the reference it lets the reporter follow the report'),
    statusUrl: z.string(),
  })
  .meta({ id: 'PublicReportReceipt' });
export type PublicReportReceipt = z.infer<typeof PublicReportReceipt>;

/** What the public may see of their report: never notes, names or other people’s details. */
export const PublicStatus = z.enum(['received', 'being_assessed', 'with_an_officer', 'under_investigation', 'closed']);
export type PublicStatus = z.infer<typeof PublicStatus>;

export const PublicReportStatus = z
  .object({
    reference: z.string(),
    kind: ReportKind,
    status: PublicStatus,
    receivedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    crimeNumber: z.string().nullable().describe('given once the report is recorded as a crime'),
  })
  .meta({ id: 'PublicReportStatus' });
export type PublicReportStatus = z.infer<typeof PublicReportStatus>;

/** The outcome of importing a file of reports: all rows or none, with every refusal listed. */
export const ImportResult = z
  .object({
    imported: z.number().int(),
    refused: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof ImportResult>;
