import type { OffenceGroup } from '../../shared/reports/contract.ts';
import { HOME_OFFICE_COLUMNS, type HomeOfficeReturn, type HomeOfficeRow } from '../../shared/returns/home-office-contract.ts';
import { csvField } from '../formats/csv.ts';
import type { HomeOfficeCount } from './home-office.repository.ts';
import { MONITORED_STRANDS } from './home-office.repository.ts';

/** The strands as the Home Office's hate crime tables name them. */
const STRANDS: Record<(typeof MONITORED_STRANDS)[number], string> = {
  race: 'Race',
  religion: 'Religion',
  sexual_orientation: 'Sexual orientation',
  disability: 'Disability',
  transgender: 'Transgender',
};

/** The perceived religion of the victim, mandatory since 2017/18 (DOMAIN.md §1.6), in that order. */
const RELIGIONS: [key: string, label: string][] = [
  ['buddhist', 'Buddhist'],
  ['christian', 'Christian'],
  ['hindu', 'Hindu'],
  ['jewish', 'Jewish'],
  ['muslim', 'Muslim'],
  ['sikh', 'Sikh'],
  ['other', 'Other'],
  ['no_religion', 'No religion'],
  ['unknown', 'Unknown'],
];

/**
 * Home Office offence groups from the crime types we record (data.police.uk's, `reports.offence_group`).
 * data.police.uk's "Violence and sexual offences" joins two Home Office groups and does not say
 * whether anyone was injured, so violence with and without injury, stalking and harassment, and
 * sexual offences cannot be told apart: they are one line, named for what it holds. Theft offences
 * include burglary and vehicle offences, as the Home Office groups them; robbery is its own group.
 */
export const OFFENCE_GROUPS: { group: string; types: readonly OffenceGroup[]; note: string }[] = [
  { group: 'Public order offences', types: ['Public order'], note: '' },
  {
    group: 'Violence against the person and sexual offences',
    types: ['Violence and sexual offences'],
    note: 'one data.police.uk type: cannot be split into violence with injury, without injury, stalking and harassment, or sexual offences',
  },
  { group: 'Criminal damage and arson', types: ['Criminal damage and arson'], note: '' },
  { group: 'Theft offences', types: ['Burglary', 'Vehicle crime', 'Theft from the person', 'Bicycle theft', 'Shoplifting', 'Other theft'], note: 'includes burglary and vehicle offences' },
  { group: 'Robbery', types: ['Robbery'], note: '' },
  { group: 'Other notifiable offences', types: ['Drugs', 'Possession of weapons', 'Other crime'], note: 'drug offences, possession of weapons, miscellaneous crimes against society' },
];

const NOT_RECORDED = 'Not recorded';

/** Builds the return's rows: every category, zeros included, so returns line up year on year. */
export function presentHomeOfficeRows(counts: readonly HomeOfficeCount[]): HomeOfficeRow[] {
  const count = (section: HomeOfficeCount['section'], match: (category: string | null) => boolean) =>
    counts.filter((c) => c.section === section && match(c.category)).reduce((sum, c) => sum + c.n, 0);
  const knownReligions = new Set(RELIGIONS.map(([key]) => key));
  const knownTypes = new Set<string>(OFFENCE_GROUPS.flatMap((g) => g.types));
  return [
    { section: 'total', category: 'Hate crimes (distinct)', count: count('total', () => true), note: 'each crime once, whatever its strands' },
    ...MONITORED_STRANDS.map((strand): HomeOfficeRow => ({ section: 'strand', category: STRANDS[strand], count: count('strand', (c) => c === strand), note: 'a crime with several strands counts under each' })),
    ...RELIGIONS.map(([key, label]): HomeOfficeRow => ({ section: 'perceived_religion', category: label, count: count('perceived_religion', (c) => c === key), note: 'religion-motivated crimes' })),
    { section: 'perceived_religion', category: NOT_RECORDED, count: count('perceived_religion', (c) => c === null || !knownReligions.has(c)), note: 'religion-motivated crimes with no perceived religion recorded: correct before submission' },
    ...OFFENCE_GROUPS.map(({ group, types, note }): HomeOfficeRow => ({ section: 'offence_group', category: group, count: count('offence_group', (c) => c !== null && (types as readonly string[]).includes(c)), note: note || `data.police.uk: ${types.join(', ')}` })),
    { section: 'offence_group', category: NOT_RECORDED, count: count('offence_group', (c) => c === null || !knownTypes.has(c)), note: 'no offence group recorded: correct before submission' },
    { section: 'flag', category: 'Online (cyber-enabled)', count: count('online', () => true), note: 'reported as happening online' },
    { section: 'excluded', category: 'Recorded crimes with only a non-monitored strand', count: count('other_only', () => true), note: 'not part of the national return; counted for reconciliation' },
  ];
}

/** The return as CSV (RFC 4180, CRLF), one row per category. */
export function homeOfficeCsv(ret: HomeOfficeReturn): string {
  const lines = ret.rows.map((row) => [ret.financialYear, ret.forceCode, row.section, row.category, row.count, row.note].map(csvField).join(','));
  return [HOME_OFFICE_COLUMNS.join(','), ...lines].map((line) => `${line}\r\n`).join('');
}
