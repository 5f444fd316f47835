import type { z } from 'zod';
import { formatLondon } from '../../shared/london-time.ts';
import type { CiaResponse } from '../../shared/tension/contract.ts';
import { renderPdf, type PdfBlock } from '../formats/pdf.ts';

type Cia = z.infer<typeof CiaResponse>;

const TRIGGER_WORDS = { operation: 'Operation', critical_incident: 'Critical incident', event: 'Event' } as const;
const RAG_WORDS = { low: 'Low', medium: 'Medium', high: 'High' } as const;

const section = (n: number, title: string, text: string): PdfBlock[] => [
  { kind: 'heading', text: `${n}. ${title}`, level: 2 },
  { kind: 'paragraph', text: text.trim() || 'Nothing recorded.' },
];

/** One version of a CIA as the PDF a commander signs and a gold group reads: the ten sections in order. */
export function renderCiaPdf(cia: Cia, context: { forceName: string; names: Map<string, string> }): Promise<Buffer> {
  const name = (id: string) => context.names.get(id) ?? id;
  const blocks: PdfBlock[] = [
    {
      kind: 'fields',
      items: [
        ['Trigger', TRIGGER_WORDS[cia.trigger]],
        ['Reference', cia.reference || '—'],
        ['Commissioned by', cia.commissionedBy],
        ['Version', `${cia.version} (${cia.status === 'signed_off' ? `signed off by ${cia.signedOffBy ?? ''} on ${formatLondon(cia.signedOffAt ?? cia.savedAt)}` : 'draft, not signed off'})`],
        ['Saved', `${formatLondon(cia.savedAt)} by ${cia.savedBy}`],
        ['Areas', cia.areaIds.map(name).join(', ') || '—'],
        ['Next review', formatLondon(cia.nextReviewAt)],
      ],
    },
    ...section(1, 'Summary of the incident or event', cia.summary),
    ...section(2, 'Communities affected', [cia.communityIds.map(name).join(', '), cia.communitiesAffected].filter(Boolean).join('\n\n')),
    ...section(3, 'Community profile and context', cia.communityProfile),
    ...section(4, 'Impact assessment', cia.impactAssessment),
    ...section(5, 'Tension indicators and sources', cia.tensionIndicators),
    { kind: 'heading', text: '6. Risks', level: 2 },
    cia.risks.length
      ? { kind: 'table', columns: ['Risk', 'Likelihood', 'Impact'], rows: cia.risks.map((r) => [r.description, RAG_WORDS[r.likelihood], RAG_WORDS[r.impact]]), widths: [4, 1, 1] }
      : { kind: 'paragraph', text: 'No risks recorded.' },
    { kind: 'heading', text: '7. Mitigation and actions', level: 2 },
    cia.mitigations.length
      ? { kind: 'table', columns: ['Action', 'Owner', 'Due'], rows: cia.mitigations.map((m) => [m.description, m.owner, m.dueAt ? formatLondon(m.dueAt) : '—']), widths: [4, 2, 2] }
      : { kind: 'paragraph', text: 'No actions recorded.' },
    ...section(8, 'Communication strategy', cia.communicationStrategy),
    ...section(9, 'Equality considerations', cia.equalityConsiderations),
    { kind: 'heading', text: '10. Review and version history', level: 2 },
    { kind: 'paragraph', text: `Review: ${cia.reviewFrequency}. Next review ${formatLondon(cia.nextReviewAt)}.` },
    {
      kind: 'table',
      columns: ['Version', 'Saved', 'By', 'Signed off'],
      rows: cia.versions.map((v) => [String(v.version), formatLondon(v.savedAt), v.savedBy, v.signedOffAt ? `${formatLondon(v.signedOffAt)} by ${v.signedOffBy ?? ''}` : '—']),
      widths: [1, 2, 2, 3],
    },
  ];
  return renderPdf({
    title: `Community Impact Assessment: ${cia.title}`,
    subtitle: `Version ${cia.version}${cia.status === 'signed_off' ? ', signed off' : ', draft'}`,
    forceName: context.forceName,
    marking: 'OFFICIAL-SENSITIVE',
    author: cia.savedBy,
    createdAt: new Date(cia.savedAt),
    blocks,
  });
}
