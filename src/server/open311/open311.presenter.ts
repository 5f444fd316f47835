import type { Open311Errors, Open311KeyResponse, Open311Receipt, Open311ServiceRequest } from '../../shared/open311/contract.ts';
import { OPEN311_SERVICES } from '../../shared/open311/contract.ts';
import type { FieldProblem } from '../../shared/errors.ts';
import type { ReportStatus } from '../db/schema.ts';
import type { Open311Key } from './open311-keys.service.ts';
import type { Open311RequestRow } from './open311.repository.ts';

/** What a partner is told about progress: the stage only, never notes, outcomes or who has it. */
const STATUS_NOTES: Record<ReportStatus, string> = {
  new: 'Received; waiting to be assessed.',
  triaged: 'Assessed; waiting for an officer.',
  assigned: 'With an officer.',
  attended: 'With an officer.',
  under_investigation: 'Under investigation.',
  closed: 'Closed.',
};

export const SERVICE_NOTICE =
  'Received by the police hate crime team, who will assess it. Quote the service_request_id in any contact about it. In an emergency, call 999.';

const serviceName = (code: string) => OPEN311_SERVICES.find((s) => s.service_code === code)?.service_name ?? code;

export function presentReceipt(reference: string): Open311Receipt {
  return [{ service_request_id: reference, service_notice: SERVICE_NOTICE, token: null, account_id: null }];
}

/**
 * A request's status for the organisation that sent it. Typed by the contract, so a new column
 * (a description, a name) cannot leave the server by accident. The address is the place the
 * partner described (or its postcode); the point may come from the postcode look-up.
 */
export function presentServiceRequest(row: Open311RequestRow): Open311ServiceRequest {
  const closed = row.status === 'closed';
  return {
    service_request_id: row.reference,
    status: closed ? 'closed' : 'open',
    status_notes: STATUS_NOTES[row.status],
    service_name: serviceName(row.kind),
    service_code: row.kind,
    requested_datetime: row.received_at.toISOString(),
    // The specification: for a closed request, when it was closed.
    updated_datetime: ((closed ? row.closed_at : null) ?? row.updated_at).toISOString(),
    address: row.location_description ?? row.location_postcode,
    lat: row.location_latitude,
    long: row.location_longitude,
  };
}

/** GeoReport's error body: one entry per problem, `code` the HTTP status. */
export function presentErrors(status: number, message: string, fields?: readonly FieldProblem[]): Open311Errors {
  if (fields && fields.length > 0) {
    return fields.map((f) => ({ code: status, description: `${f.field}: ${f.message}` }));
  }
  return [{ code: status, description: message }];
}

/** A key for its force's admins: who it is for and whether it works; never the key or its hash. */
export function presentKey(key: Open311Key): Open311KeyResponse {
  return { id: key.id, organisation: key.organisation, createdAt: key.createdAt, revokedAt: key.revokedAt };
}
