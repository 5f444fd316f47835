import type { ReportKind } from '../../shared/reports/contract.ts';

const PREFIX: Record<ReportKind, string> = { hate_crime: 'HC', hate_incident: 'HI', concern: 'CC' };

/** `DEMO-HC-2026-000123`: force, kind, year (Europe/London) and a six-digit serial. */
export function formatReference(forceCode: string, kind: ReportKind, year: number, serial: number): string {
  return `${forceCode}-${PREFIX[kind]}-${year}-${String(serial).padStart(6, '0')}`;
}

export function referencePrefix(kind: ReportKind): string {
  return PREFIX[kind];
}

export function londonYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric' }).format(at));
}

/** A secret the reporter can read over the phone: 16 characters, no look-alikes, ~80 bits. */
export function formatSecret(bytes: Buffer): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const chars = Array.from(bytes.subarray(0, 16), (b) => alphabet[b % 32]).join('');
  return chars.match(/.{4}/g)?.join('-') ?? chars;
}

/** What is compared: letters and digits only, upper case, so "abcd efgh…" and "ABCD-EFGH-…" agree. */
export function normaliseSecret(secret: string): string {
  return secret.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
