import type { z } from 'zod';
import type { FieldProblem } from '../../shared/errors.ts';
import {
  OPEN311_SERVICES,
  Open311ServiceCode,
  open311Attributes,
  type Open311Attribute,
  type Open311Receipt,
  type Open311RequestForm,
  type Open311RequestsQuery,
  type Open311Service as GeoReportService,
  type Open311ServiceDefinition,
  type Open311ServiceRequest,
} from '../../shared/open311/contract.ts';
import { PublicReportRequest, type PublicReport, type ReportKind } from '../../shared/reports/contract.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope } from '../db/scope.ts';
import { notFound, validationFailed } from '../http/errors.ts';
import { systemActor } from '../platform/actor.ts';
import type { AreaLocator } from '../platform/area-locator.ts';
import { receiveReport } from '../reports/intake.service.ts';
import type { Open311Caller, Open311KeysService } from './open311-keys.service.ts';
import { presentReceipt, presentServiceRequest } from './open311.presenter.ts';
import * as repository from './open311.repository.ts';

type Origin = { ip: string | null; requestId: string | null };

/** GeoReport's limits on a listing: at most 90 days and 1000 requests. */
const MAX_DAYS = 90;
const MAX_RESULTS = 1000;
const DAY = 24 * 60 * 60 * 1000;

const STANDARD_FIELDS = new Set([
  'api_key', 'jurisdiction_id', 'service_code', 'lat', 'long', 'address_string', 'address_id',
  'email', 'device_id', 'account_id', 'first_name', 'last_name', 'phone', 'description', 'media_url',
]);
const ATTRIBUTE_KEY = /^attribute\[([^\][]+)\](\[\])?$/;
const CONTACT_ATTRIBUTES = ['contact_method', 'contact_times', 'contact_language', 'needs_interpreter', 'needs_text_relay', 'contact_notes'];
const POSTCODE_IN_ADDRESS = /\b([A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})\s*$/i;

/** Where each part of a report comes from in a GeoReport request, so refusals name it that way. */
const OPEN311_FIELD: Record<string, string> = {
  kind: 'service_code',
  description: 'description',
  occurredAt: 'attribute[occurred_at]',
  occurredApproximate: 'attribute[occurred_approximate]',
  occurredNote: 'attribute[occurred_note]',
  ongoing: 'attribute[ongoing]',
  strands: 'attribute[strands]',
  perceivedReligion: 'attribute[perceived_religion]',
  location: 'address_string',
  'location.postcode': 'attribute[postcode]',
  'location.latitude': 'lat',
  'location.longitude': 'long',
  'location.description': 'address_string',
  online: 'attribute[online]',
  onlinePlatform: 'attribute[online_platform]',
  offenderDescription: 'attribute[offender_description]',
  witnesses: 'attribute[witnesses]',
  reporterRole: 'attribute[reporter_role]',
  anonymous: 'attribute[anonymous]',
  contact: 'attribute[anonymous]',
  'contact.name': 'first_name',
  'contact.email': 'email',
  'contact.phone': 'phone',
  'contact.preferredMethod': 'attribute[contact_method]',
  'contact.bestTimes': 'attribute[contact_times]',
  'contact.language': 'attribute[contact_language]',
  'contact.needsInterpreter': 'attribute[needs_interpreter]',
  'contact.needsTextRelay': 'attribute[needs_text_relay]',
  'contact.notes': 'attribute[contact_notes]',
  language: 'attribute[language]',
};

function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p) => typeof p === 'string').join('.');
    const field = OPEN311_FIELD[path] ?? (path || 'request');
    if (path === 'location') {
      return { field, message: 'give lat and long, or address_string, or set attribute[online] to true' };
    }
    const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
    return { field, message: missing ? 'is required' : issue.message };
  });
}

/** The fields and attributes of a form, each checked against the service definition. */
function readForm(form: Open311RequestForm, service: ReportKind) {
  const definitions = new Map(open311Attributes(service).map((a) => [a.code, a]));
  const fields = new Map<string, string>();
  const attributes = new Map<string, string[]>();
  const problems: FieldProblem[] = [];
  for (const [key, raw] of Object.entries(form)) {
    const values = (Array.isArray(raw) ? raw : [raw]).map((v) => v.trim()).filter((v) => v !== '');
    const match = ATTRIBUTE_KEY.exec(key);
    if (match?.[1]) {
      const code = match[1];
      const definition: Open311Attribute | undefined = definitions.get(code);
      const all = [...(attributes.get(code) ?? []), ...values];
      if (!definition) {
        problems.push({ field: `attribute[${code}]`, message: `is not an attribute of service ${service}` });
      } else if (definition.datatype !== 'multivaluelist' && all.length > 1) {
        problems.push({ field: `attribute[${code}]`, message: 'give one value' });
      } else if (definition.values.length > 0) {
        const keys = definition.values.map((v) => v.key);
        for (const value of values.filter((v) => !keys.includes(v))) {
          problems.push({ field: `attribute[${code}]`, message: `"${value}" is not one of ${keys.join(', ')}` });
        }
      }
      attributes.set(code, all);
    } else if (STANDARD_FIELDS.has(key)) {
      if (values.length > 1) {
        problems.push({ field: key, message: 'give one value' });
      } else if (values[0] !== undefined) {
        fields.set(key, values[0]);
      }
    } else {
      problems.push({ field: key, message: 'is not a GeoReport v2 field (attributes are sent as attribute[code])' });
    }
  }
  return { fields, attributes, problems };
}

/**
 * Turns a GeoReport request into the report every channel produces. Names and an email or phone
 * make a report one the police may follow up; without them it is anonymous. Refusals name the
 * field or attribute in GeoReport terms; nothing is silently dropped apart from device_id and
 * account_id, which identify the partner's user and are not ours to keep.
 */
function readOpen311Report(form: Open311RequestForm, service: ReportKind, organisation: string): PublicReport {
  const { fields, attributes, problems } = readForm(form, service);
  const one = (code: string) => attributes.get(code)?.[0];
  const flag = (code: string) => (one(code) === undefined ? undefined : one(code) === 'true');
  const number = (field: string) => {
    const text = fields.get(field);
    const value = text === undefined ? undefined : Number(text);
    if (value !== undefined && !Number.isFinite(value)) {
      problems.push({ field, message: 'is not a number' });
    }
    return value;
  };

  if (fields.has('address_id')) {
    problems.push({ field: 'address_id', message: 'is not used here: send lat and long, or address_string' });
  }
  let description = fields.get('description');
  if (description === undefined) {
    problems.push({ field: 'description', message: 'is required: say what happened' });
  }
  const media = fields.get('media_url');
  if (media !== undefined && (!/^https?:\/\/\S+$/i.test(media) || media.length > 2000)) {
    problems.push({ field: 'media_url', message: 'is not an http or https address' });
  } else if (media !== undefined && description !== undefined) {
    // No store for attachments yet: the link stays with the report rather than being lost.
    description = `${description}\n\nMedia: ${media}`;
  }

  const latitude = number('lat');
  const longitude = number('long');
  const address = fields.get('address_string');
  const postcode = one('postcode') ?? (address ? POSTCODE_IN_ADDRESS.exec(address)?.[1] : undefined);
  const located = [latitude, longitude, address, postcode].some((v) => v !== undefined);

  const name = [fields.get('first_name'), fields.get('last_name')].filter(Boolean).join(' ');
  const email = fields.get('email');
  const phone = fields.get('phone');
  const contactGiven = Boolean(name || email || phone);
  const anonymous = flag('anonymous') ?? !contactGiven;
  if (contactGiven && !name) {
    problems.push({ field: 'first_name', message: 'give the reporter’s name with their email or phone, or no contact details to report anonymously' });
  }
  if (anonymous && contactGiven) {
    problems.push({ field: 'attribute[anonymous]', message: 'an anonymous report carries no contact details: leave out first_name, last_name, email and phone' });
  }
  for (const code of CONTACT_ATTRIBUTES.filter((c) => attributes.get(c)?.length && !contactGiven)) {
    problems.push({ field: `attribute[${code}]`, message: 'only with contact details (a name, and an email or phone)' });
  }

  const parsed = PublicReportRequest.safeParse({
    kind: service,
    description,
    occurredAt: one('occurred_at'),
    occurredApproximate: flag('occurred_approximate'),
    occurredNote: one('occurred_note'),
    ongoing: flag('ongoing'),
    strands: attributes.get('strands') ?? [],
    perceivedReligion: one('perceived_religion'),
    location: located ? { latitude, longitude, description: address, postcode } : undefined,
    online: flag('online'),
    onlinePlatform: one('online_platform'),
    offenderDescription: one('offender_description'),
    witnesses: one('witnesses'),
    reporterRole: one('reporter_role') ?? 'organisation',
    organisation,
    anonymous,
    contact:
      contactGiven && !anonymous
        ? {
            name,
            email,
            phone,
            preferredMethod: one('contact_method'),
            bestTimes: one('contact_times'),
            language: one('contact_language'),
            needsInterpreter: flag('needs_interpreter'),
            needsTextRelay: flag('needs_text_relay'),
            notes: one('contact_notes'),
          }
        : undefined,
    language: one('language'),
  });
  const all = [...problems, ...(parsed.success ? [] : zodProblems(parsed.error))];
  if (all.length > 0) {
    // One complaint per field: the first is the most specific.
    throw validationFailed(all.filter((p, i) => all.findIndex((q) => q.field === p.field) === i));
  }
  if (!parsed.success) {
    throw new Error('unreachable: a failed parse has problems');
  }
  return parsed.data;
}

function serviceOrFail(code: string | undefined): ReportKind {
  if (code === undefined) {
    throw validationFailed([{ field: 'service_code', message: 'is required' }]);
  }
  const parsed = Open311ServiceCode.safeParse(code);
  if (!parsed.success) {
    throw notFound(`service_code ${code}`);
  }
  return parsed.data;
}

/** The key decides the force; a jurisdiction_id, when sent, must agree with it. */
function checkJurisdiction(caller: Open311Caller, jurisdiction: string | undefined): void {
  if (jurisdiction !== undefined && jurisdiction.toUpperCase() !== caller.forceCode.toUpperCase()) {
    throw notFound(`jurisdiction_id ${jurisdiction}`);
  }
}

const commaList = (text: string | undefined) => text?.split(',').map((s) => s.trim()).filter(Boolean);

function requestFilter(caller: Open311Caller, query: Open311RequestsQuery): repository.Open311RequestFilter {
  const base = { forceId: caller.forceId, organisation: caller.organisation, limit: MAX_RESULTS };
  const references = commaList(query.service_request_id);
  if (references) {
    if (references.length > MAX_RESULTS) {
      throw validationFailed([{ field: 'service_request_id', message: `at most ${MAX_RESULTS} at once` }]);
    }
    return { ...base, references };
  }
  const problems: FieldProblem[] = [];
  const kinds = commaList(query.service_code);
  for (const kind of kinds?.filter((k) => !Open311ServiceCode.safeParse(k).success) ?? []) {
    problems.push({ field: 'service_code', message: `"${kind}" is not one of ${Open311ServiceCode.options.join(', ')}` });
  }
  const statuses = commaList(query.status);
  for (const status of statuses?.filter((s) => s !== 'open' && s !== 'closed') ?? []) {
    problems.push({ field: 'status', message: `"${status}" is not open or closed` });
  }
  const start = query.start_date ? new Date(query.start_date) : undefined;
  const end = query.end_date ? new Date(query.end_date) : undefined;
  const to = end ?? (start ? new Date(start.getTime() + MAX_DAYS * DAY) : new Date());
  const from = start ?? new Date(to.getTime() - MAX_DAYS * DAY);
  if (from > to) {
    problems.push({ field: 'start_date', message: 'is after end_date' });
  } else if (to.getTime() - from.getTime() > MAX_DAYS * DAY) {
    problems.push({ field: 'end_date', message: `the range may not span more than ${MAX_DAYS} days` });
  }
  if (problems.length > 0) {
    throw validationFailed(problems);
  }
  const open = statuses?.includes('open') ?? true;
  const closed = statuses?.includes('closed') ?? true;
  return { ...base, kinds, from, to, closed: open && closed ? undefined : closed };
}

/**
 * Open311 GeoReport v2 for partner organisations. A request becomes an ordinary report through
 * receiveReport (channel `open311`, the key's organisation as partner). A key reads back only what
 * its own organisation sent to its own force — any of that organisation's keys, so a rotated key
 * keeps its history — and only its status, never the description or anyone's details.
 */
export function createOpen311Service(deps: { db: Db; keys: Open311KeysService; locateArea: AreaLocator }) {
  const { db, keys } = deps;

  function listServices(): GeoReportService[] {
    return [...OPEN311_SERVICES];
  }

  function serviceDefinition(code: string): Open311ServiceDefinition {
    const service = serviceOrFail(code);
    return { service_code: service, attributes: open311Attributes(service) };
  }

  async function submitRequest(origin: Origin, form: Open311RequestForm): Promise<Open311Receipt> {
    const single = (key: string) => (typeof form[key] === 'string' ? (form[key] as string).trim() || undefined : undefined);
    const caller = await keys.authenticate(origin, single('api_key'));
    checkJurisdiction(caller, single('jurisdiction_id'));
    const service = serviceOrFail(single('service_code'));
    const report = readOpen311Report(form, service, caller.organisation);
    const actor = systemActor(`open311:${caller.organisation} (key ${caller.keyId})`, origin);
    const received = await inForceScope(db, { forceIds: [caller.forceId] }, (trx) =>
      receiveReport(trx, deps, { forceId: caller.forceId, forceCode: caller.forceCode }, actor, 'open311', report, {
        partnerOrganisation: caller.organisation,
      }),
    );
    return presentReceipt(received.reference);
  }

  async function listRequests(origin: Origin, query: Open311RequestsQuery): Promise<Open311ServiceRequest[]> {
    const caller = await keys.authenticate(origin, query.api_key);
    checkJurisdiction(caller, query.jurisdiction_id);
    const filter = requestFilter(caller, query);
    return inForceScope(db, { forceIds: [caller.forceId] }, async (trx) => (await repository.findRequests(trx, filter)).map(presentServiceRequest));
  }

  async function getRequest(origin: Origin, id: string, query: { api_key?: string; jurisdiction_id?: string }): Promise<Open311ServiceRequest[]> {
    const caller = await keys.authenticate(origin, query.api_key);
    checkJurisdiction(caller, query.jurisdiction_id);
    const rows = await inForceScope(db, { forceIds: [caller.forceId] }, (trx) =>
      repository.findRequests(trx, { forceId: caller.forceId, organisation: caller.organisation, references: [id], limit: 1 }),
    );
    if (rows.length === 0) {
      throw notFound(`service_request_id ${id}`);
    }
    return rows.map(presentServiceRequest);
  }

  return { listServices, serviceDefinition, submitRequest, listRequests, getRequest };
}

export type Open311Service = ReturnType<typeof createOpen311Service>;
