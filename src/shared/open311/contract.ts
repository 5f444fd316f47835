import { z } from 'zod';
import { ContactMethod, PerceivedReligion, ReporterRole, ReportKind, Strand } from '../reports/contract.ts';

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2): the shapes partner apps and
 * third-party reporting centres exchange with `/open311/v2`. Field names are the specification's
 * (snake_case), not ours. Services are the report kinds; everything else a report needs that the
 * standard fields do not carry is a service attribute, defined once here.
 */

export const Open311ServiceCode = ReportKind;

export const Open311Service = z
  .object({
    service_code: Open311ServiceCode,
    service_name: z.string(),
    description: z.string(),
    metadata: z.boolean(),
    type: z.enum(['realtime', 'batch', 'blackbox']),
    keywords: z.string().describe('comma-separated'),
    group: z.string(),
  })
  .meta({ id: 'Open311Service' });
export type Open311Service = z.infer<typeof Open311Service>;

export const Open311Datatype = z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']);
export type Open311Datatype = z.infer<typeof Open311Datatype>;

export const Open311Attribute = z
  .object({
    variable: z.boolean(),
    code: z.string(),
    datatype: Open311Datatype,
    required: z.boolean(),
    datatype_description: z.string().nullable(),
    order: z.number().int().positive(),
    description: z.string(),
    values: z.array(z.object({ key: z.string(), name: z.string() })),
  })
  .meta({ id: 'Open311Attribute' });
export type Open311Attribute = z.infer<typeof Open311Attribute>;

export const Open311ServiceDefinition = z
  .object({ service_code: Open311ServiceCode, attributes: z.array(Open311Attribute) })
  .meta({ id: 'Open311ServiceDefinition' });
export type Open311ServiceDefinition = z.infer<typeof Open311ServiceDefinition>;

/**
 * A POST body as the form parser hands it over: `attribute[strands][]=race&attribute[strands][]=religion`
 * arrives as one key holding an array. The service reads it field by field, so that every
 * refusal can name the field or attribute at fault in the specification's own terms.
 */
export const Open311RequestForm = z.record(z.string(), z.union([z.string(), z.array(z.string())])).meta({ id: 'Open311RequestForm' });
export type Open311RequestForm = z.infer<typeof Open311RequestForm>;

/** The specification treats an empty parameter as one not sent. */
const param = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v));
const dateParam = z.preprocess((v) => (v === '' ? undefined : v), z.iso.datetime({ offset: true, message: 'is not a w3 date and time with a time zone, e.g. 2026-11-01T00:00:00Z' }).optional());

export const Open311KeyQuery = z.object({ api_key: param, jurisdiction_id: param });
export type Open311KeyQuery = z.infer<typeof Open311KeyQuery>;

export const Open311RequestsQuery = z.object({
  api_key: param,
  jurisdiction_id: param,
  service_request_id: param.describe('comma-separated; overrides every other filter'),
  service_code: param.describe('comma-separated'),
  start_date: dateParam,
  end_date: dateParam,
  status: param.describe('open, closed or both, comma-separated'),
});
export type Open311RequestsQuery = z.infer<typeof Open311RequestsQuery>;

export const Open311Receipt = z
  .array(
    z.object({
      service_request_id: z.string().describe('the Cohesion reference, e.g. DEMO-HC-2026-000123'),
      service_notice: z.string(),
      token: z.null(),
      account_id: z.null(),
    }),
  )
  .meta({ id: 'Open311Receipt' });
export type Open311Receipt = z.infer<typeof Open311Receipt>;

/** A request's status as a partner may see it: never the description, names or contact details. */
export const Open311ServiceRequest = z
  .object({
    service_request_id: z.string(),
    status: z.enum(['open', 'closed']),
    status_notes: z.string().nullable(),
    service_name: z.string(),
    service_code: Open311ServiceCode,
    requested_datetime: z.string(),
    updated_datetime: z.string(),
    address: z.string().nullable(),
    lat: z.number().nullable(),
    long: z.number().nullable(),
  })
  .meta({ id: 'Open311ServiceRequest' });
export type Open311ServiceRequest = z.infer<typeof Open311ServiceRequest>;
export const Open311ServiceRequests = z.array(Open311ServiceRequest).meta({ id: 'Open311ServiceRequests' });

/** GeoReport errors: an array, `code` matching the HTTP status. */
export const Open311Errors = z.array(z.object({ code: z.number().int(), description: z.string() })).meta({ id: 'Open311Errors' });
export type Open311Errors = z.infer<typeof Open311Errors>;

// ---- API keys, as a force's admin manages them in the staff API (/api/v1/admin/open311-keys) ----

/** The partner organisation a key is issued to, e.g. "Tell MAMA". */
export const Open311Organisation = z.string().trim().min(1, 'give the organisation’s name').max(200, 'at most 200 characters');

const keyFields = { id: z.uuid(), organisation: z.string(), createdAt: z.iso.datetime() };

/** A key as listed: never the key itself, nor its hash. */
export const Open311KeyResponse = z
  .object({ ...keyFields, revokedAt: z.iso.datetime().nullable().describe('when it stopped working; null while it works') })
  .meta({ id: 'Open311Key' });
export type Open311KeyResponse = z.infer<typeof Open311KeyResponse>;

export const IssueOpen311KeyRequest = z.object({ organisation: Open311Organisation }).strict().meta({ id: 'IssueOpen311KeyRequest' });
export type IssueOpen311KeyRequest = z.infer<typeof IssueOpen311KeyRequest>;

export const IssuedOpen311Key = z
  .object({
    key: z.object({ ...keyFields, revokedAt: z.null() }),
    apiKey: z.string().describe('the api_key the partner sends to /open311/v2: shown once, never again (only its SHA-256 is kept)'),
  })
  .meta({ id: 'IssuedOpen311Key' });
export type IssuedOpen311Key = z.infer<typeof IssuedOpen311Key>;

// ---- The services and their attributes --------------------------------------------------------

export const OPEN311_SERVICES: readonly Open311Service[] = [
  {
    service_code: 'hate_crime',
    service_name: 'Hate crime',
    description: 'A crime against a person or property that the victim or anyone else thinks was motivated by hostility or prejudice.',
    metadata: true,
    type: 'realtime',
    keywords: 'hate crime, assault, abuse, harassment, criminal damage, race, religion, sexual orientation, disability, transgender',
    group: 'Hate crime and community concerns',
  },
  {
    service_code: 'hate_incident',
    service_name: 'Hate incident',
    description: 'Something that is not a crime but that the victim or anyone else thinks was motivated by hostility or prejudice.',
    metadata: true,
    type: 'realtime',
    keywords: 'hate incident, non-crime hate incident, name calling, hostility, prejudice',
    group: 'Hate crime and community concerns',
  },
  {
    service_code: 'concern',
    service_name: 'Community concern',
    description: 'A worry about tension, prejudice or safety in a community that is not about one incident.',
    metadata: true,
    type: 'realtime',
    keywords: 'community tension, concern, safety, cohesion',
    group: 'Hate crime and community concerns',
  },
];

const list = (keys: readonly string[], names: Record<string, string>) => keys.map((key) => ({ key, name: names[key] ?? key }));
const yesNo = [
  { key: 'true', name: 'Yes' },
  { key: 'false', name: 'No' },
];

interface AttributeSpec {
  code: string;
  datatype: Open311Datatype;
  required: (service: ReportKind) => boolean;
  description: string;
  values?: { key: string; name: string }[];
}

const never = () => false;

/** In presentation order. The service reads submissions against this same list. */
const ATTRIBUTES: AttributeSpec[] = [
  {
    code: 'strands',
    datatype: 'multivaluelist',
    required: (s) => s !== 'concern',
    description: 'Why do you think it happened? Choose every reason that applies.',
    values: list(Strand.options, {
      race: 'Race or ethnicity',
      religion: 'Religion or belief',
      sexual_orientation: 'Sexual orientation',
      disability: 'Disability',
      transgender: 'Transgender identity',
      other: 'Something else',
    }),
  },
  {
    code: 'perceived_religion',
    datatype: 'singlevaluelist',
    required: never,
    description: 'When religion is one of the reasons: the religion the offender thought the victim had.',
    values: list(PerceivedReligion.options, {
      buddhist: 'Buddhist',
      christian: 'Christian',
      hindu: 'Hindu',
      jewish: 'Jewish',
      muslim: 'Muslim',
      sikh: 'Sikh',
      other: 'Another religion',
      no_religion: 'No religion',
      unknown: 'Not known',
    }),
  },
  { code: 'occurred_at', datatype: 'datetime', required: () => true, description: 'When it happened (ISO 8601 with a time zone). If roughly, also set occurred_approximate.' },
  { code: 'occurred_approximate', datatype: 'singlevaluelist', required: never, description: 'Is the time only approximate?', values: yesNo },
  { code: 'occurred_note', datatype: 'string', required: never, description: 'When it happened, in words, e.g. "last week, in the evening".' },
  { code: 'ongoing', datatype: 'singlevaluelist', required: never, description: 'Is it still happening?', values: yesNo },
  { code: 'online', datatype: 'singlevaluelist', required: never, description: 'Did it happen online? If not, give lat and long or address_string.', values: yesNo },
  { code: 'online_platform', datatype: 'string', required: never, description: 'Where online, e.g. the website or app.' },
  { code: 'postcode', datatype: 'string', required: never, description: 'The postcode where it happened, if known.' },
  { code: 'offender_description', datatype: 'text', required: never, description: 'Anything about the person or people who did it.' },
  { code: 'witnesses', datatype: 'text', required: never, description: 'Anyone who saw it happen.' },
  {
    code: 'reporter_role',
    datatype: 'singlevaluelist',
    required: never,
    description: 'Who is reporting. When not given: the organisation.',
    values: list(ReporterRole.options, {
      victim: 'The person it happened to',
      witness: 'Someone who saw it',
      on_behalf: 'Someone reporting for the person it happened to',
      organisation: 'An organisation',
    }),
  },
  {
    code: 'anonymous',
    datatype: 'singlevaluelist',
    required: never,
    description: 'Report without contact details? When not given: anonymous unless first_name or last_name and email or phone are sent.',
    values: yesNo,
  },
  {
    code: 'contact_method',
    datatype: 'singlevaluelist',
    required: never,
    description: 'How the reporter would like to be contacted.',
    values: list(ContactMethod.options, { phone: 'Phone call', email: 'Email', text: 'Text message', letter: 'Letter', in_person: 'In person' }),
  },
  { code: 'contact_times', datatype: 'string', required: never, description: 'Best times to contact the reporter.' },
  { code: 'contact_language', datatype: 'string', required: never, description: 'Language to contact the reporter in (BCP 47, e.g. ur).' },
  { code: 'needs_interpreter', datatype: 'singlevaluelist', required: never, description: 'Does the reporter need an interpreter?', values: yesNo },
  { code: 'needs_text_relay', datatype: 'singlevaluelist', required: never, description: 'Does the reporter use a text relay service?', values: yesNo },
  { code: 'contact_notes', datatype: 'text', required: never, description: 'Anything the police should know before making contact.' },
  { code: 'language', datatype: 'string', required: never, description: 'Language of the description (BCP 47). Detected when not given.' },
];

/** The service definition's attributes for one service. */
export function open311Attributes(service: ReportKind): Open311Attribute[] {
  return ATTRIBUTES.map((a, i) => ({
    variable: true,
    code: a.code,
    datatype: a.datatype,
    required: a.required(service),
    datatype_description: a.datatype === 'datetime' ? 'ISO 8601 with a time zone, e.g. 2026-11-24T18:30:00Z' : null,
    order: i + 1,
    description: a.description,
    values: a.values ?? [],
  }));
}
