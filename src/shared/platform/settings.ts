import { z } from 'zod';

/**
 * Force-specific policy is configuration, not code (DESIGN.md): call grades and attendance targets,
 * whether non-crime hate incidents are recorded (the law is changing), the compliance checklist and
 * the support organisations named to victims. Each force starts from these defaults.
 */
export const CallGrade = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/),
  label: z.string().min(1).max(100),
  /** Minutes from the report to attendance; null when no attendance is expected. */
  attendanceMinutes: z.number().int().positive().nullable(),
});
export type CallGrade = z.infer<typeof CallGrade>;

export const ChecklistItem = z.object({ key: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/), label: z.string().min(1).max(200) });

export const SupportOrganisation = z.object({ name: z.string().min(1).max(100), contact: z.string().min(1).max(200), url: z.url().optional() });

/**
 * One level of the force's tension scale, lowest first. No national names are published (DOMAIN.md
 * §3.2), so forces set their own; the colour is a CSS colour for the map, never the only cue.
 */
export const TensionLevel = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  label: z.string().min(1).max(60),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  description: z.string().max(300).default(''),
});
export type TensionLevel = z.infer<typeof TensionLevel>;

export const ForceSettings = z
  .object({
    callGrades: z.array(CallGrade).min(1).default([
      { code: 'emergency', label: 'Emergency', attendanceMinutes: 15 },
      { code: 'priority', label: 'Priority', attendanceMinutes: 60 },
      { code: 'scheduled', label: 'Scheduled appointment', attendanceMinutes: 48 * 60 },
      { code: 'resolution', label: 'Resolution without deployment', attendanceMinutes: null },
    ]),
    /** Hours from the report within which the crime-recording decision is due (NCRS: 24). */
    recordingDecisionHours: z.number().int().positive().default(24),
    /** Whether this force records non-crime hate incidents at all (2023 code of practice; under review). */
    nchiRecording: z.boolean().default(true),
    complianceChecklist: z.array(ChecklistItem).min(1).default([
      { key: 'flag_correct', label: 'Hate flag and strands are correct' },
      { key: 'thrive_done', label: 'THRIVE assessment completed' },
      { key: 'victim_contacted', label: 'Victim contacted (where not anonymous)' },
      { key: 'crime_number', label: 'Crime number recorded where a crime was recorded' },
      { key: 'support_offered', label: 'Referral to victim support offered' },
      { key: 'repeat_checked', label: 'Repeat victim and location checks made' },
    ]),
    supportOrganisations: z.array(SupportOrganisation).default([
      { name: 'Victim Support', contact: '08 08 16 89 111', url: 'https://www.victimsupport.org.uk/' },
      { name: 'Tell MAMA', contact: '0800 456 1226', url: 'https://tellmamauk.org/' },
      { name: 'Community Security Trust (CST)', contact: '0800 032 3263', url: 'https://cst.org.uk/' },
      { name: 'Galop (LGBT+ anti-abuse)', contact: '0800 999 5428', url: 'https://galop.org.uk/' },
      { name: 'Stop Hate UK', contact: '0800 138 1625', url: 'https://www.stophateuk.org/' },
    ]),
    /** Lowest first. Colours from a colour-blind-safe sequential palette (ColorBrewer YlOrRd). */
    tensionScale: z.array(TensionLevel).min(2).max(10).default([
      { key: 'normal', label: 'Normal', colour: '#ffffb2', description: 'Usual background; no indication of rising tension.' },
      { key: 'raised', label: 'Raised', colour: '#fecc5c', description: 'Some concern or isolated incidents; watch and engage.' },
      { key: 'high', label: 'High', colour: '#fd8d3c', description: 'Clear rise in incidents or fear; targeted reassurance and patrols.' },
      { key: 'very_high', label: 'Very high', colour: '#f03b20', description: 'Widespread fear or repeated incidents; disorder possible.' },
      { key: 'critical', label: 'Critical', colour: '#bd0026', description: 'Disorder happening or expected imminently.' },
    ]),
    /** Days from one tension assessment to the next review: weekly by default, daily during an operation. */
    tensionReviewDays: z.object({ routine: z.number().int().min(1).max(31), duringOperation: z.number().int().min(1).max(7) }).default({ routine: 7, duringOperation: 1 }),
  })
  .meta({ id: 'ForceSettings' });
export type ForceSettings = z.infer<typeof ForceSettings>;
