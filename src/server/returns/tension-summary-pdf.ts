import { formatLondon } from '../../shared/london-time.ts';
import type { TensionSummaryResponse } from '../../shared/returns/tension-summary-contract.ts';
import { renderPdf, type PdfBlock } from '../formats/pdf.ts';
import { periodWords } from './tension-summary-draft.ts';

const STATUS_WORDS = {
  draft: 'Draft: not approved, not issued',
  approved: 'Approved, not yet issued',
  issued: 'Issued',
  superseded: 'Issued, since superseded by a correction',
} as const;

const CADENCE_WORDS = { daily: 'Daily return', weekly: 'Weekly return', custom: 'Return' } as const;

const when = (at: string | null, by: string | null, otherwise: string) => (at ? `${formatLondon(at)} by ${by ?? 'unknown'}` : otherwise);

const prose = (text: string): PdfBlock => ({ kind: 'paragraph', text: text.trim() || 'None recorded.' });

/**
 * One version of a Community Tension Summary as the PDF the national team receives: who compiled,
 * approved and issued it and when, what it corrects, then the force summary, the context, a section
 * per policing area (EEP evidence, key incidents, actions) and the forthcoming events and risks.
 */
export function renderTensionSummaryPdf(summary: TensionSummaryResponse): Promise<Buffer> {
  const { compiled, text } = summary;
  const fields: [string, string][] = [
    ['Period', periodWords(summary.from, summary.to)],
    ['Return', `${CADENCE_WORDS[summary.cadence]}, version ${summary.version}`],
    ['Status', STATUS_WORDS[summary.status]],
    ['Corrects', summary.corrects ? `Version ${summary.corrects.version}: ${summary.corrects.reason}` : 'Nothing (first version)'],
    ['Compiled', `${when(summary.compiledAt, summary.compiledBy, '')} (live data as of ${formatLondon(compiled.dataAsOf)})`],
    ['Approved', when(summary.approvedAt, summary.approvedBy, 'Not yet approved')],
    ['Issued', when(summary.issuedAt, summary.issuedBy, 'Not yet issued')],
  ];
  if (summary.supersededBy) {
    fields.push(['Superseded', `By version ${summary.supersededBy.version}${summary.supersededAt ? ` on ${formatLondon(summary.supersededAt)}` : ''}`]);
  }
  const areaBlocks = compiled.areas.flatMap((area, i): PdfBlock[] => {
    const t = text.areas.find((a) => a.areaId === area.areaId);
    const level = area.levelLabel ? `${area.levelLabel}${area.trend ? `, ${area.trend}` : ''}` : 'not assessed';
    return [
      { kind: 'heading', text: `3.${i + 1} ${area.name}: ${level}`, level: 2 },
      prose(t?.summary ?? ''),
      { kind: 'heading', text: 'Experienced', level: 3 },
      prose(t?.experienced ?? ''),
      { kind: 'heading', text: 'Evidenced', level: 3 },
      prose(t?.evidenced ?? ''),
      { kind: 'heading', text: 'Potential', level: 3 },
      prose(t?.potential ?? ''),
      { kind: 'heading', text: 'Key incidents', level: 3 },
      prose(t?.keyIncidents ?? ''),
      { kind: 'heading', text: 'Actions', level: 3 },
      prose(t?.actions ?? ''),
    ];
  });
  const count = (area: (typeof compiled.areas)[number], category: string) => String(area.evidence.filter((e) => e.category === category).length);
  return renderPdf({
    title: 'Community Tension Summary',
    subtitle: `${periodWords(summary.from, summary.to)}, version ${summary.version}${summary.status === 'draft' ? ' (DRAFT)' : ''}`,
    forceName: summary.forceName,
    marking: 'OFFICIAL-SENSITIVE',
    author: summary.compiledBy,
    createdAt: new Date(summary.issuedAt ?? summary.editedAt ?? summary.compiledAt),
    blocks: [
      { kind: 'fields', items: fields },
      { kind: 'heading', text: '1. Summary', level: 2 },
      prose(text.summary),
      { kind: 'heading', text: '2. National and force context', level: 2 },
      prose(text.context),
      { kind: 'heading', text: '3. Tension by policing area', level: 2 },
      {
        kind: 'table',
        columns: ['Area', 'Level', 'Trend', 'Experienced', 'Evidenced', 'Potential', 'Hate crimes', 'Hate incidents', 'Signals'],
        rows: compiled.areas.map((a) => [
          a.name,
          a.levelLabel ?? 'Not assessed',
          a.trend ?? '—',
          count(a, 'experienced'),
          count(a, 'evidenced'),
          count(a, 'potential'),
          String(a.hateCrimes),
          String(a.hateIncidents),
          String(a.signals.length),
        ]),
        widths: [3, 2, 1.6, 2.8, 2.4, 2.2, 1.8, 2, 1.6],
      },
      ...areaBlocks,
      { kind: 'heading', text: '4. Forthcoming events and risks', level: 2 },
      prose(text.forthcoming),
    ],
  });
}
