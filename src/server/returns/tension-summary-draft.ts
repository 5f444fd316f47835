import { formatLondon } from '../../shared/london-time.ts';
import type { AreaText, CompiledArea, CompiledEvidence, CompiledSignal, CompiledSummary, SummaryText } from '../../shared/returns/tension-summary-contract.ts';

/**
 * Pure: the first draft of a return's text, written from the compiled figures. People edit it
 * afterwards; the figures it was drafted from stay stored beside it, unedited.
 */

const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

/** "Mon 23 Nov 2026" for a calendar day (no time zone arithmetic: a date is a date). */
export function dayWords(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`)).replaceAll(',', '');
}

/** "Mon 16 Nov 2026 to Sun 22 Nov 2026", or the one day of a daily return. */
export function periodWords(from: string, to: string): string {
  return from === to ? dayWords(from) : `${dayWords(from)} to ${dayWords(to)}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const words = (key: string) => key.replaceAll('_', ' ');

function strandWords(byStrand: Record<string, number>): string {
  return Object.entries(byStrand)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([strand, n]) => `${words(strand)} ${n}`)
    .join(', ');
}

function evidenceLines(area: CompiledArea, category: CompiledEvidence['category']): string {
  return area.evidence
    .filter((e) => e.category === category)
    .map((e) => {
      const where = e.assessedFor === area.name ? '' : `; ${e.assessedFor}`;
      const report = e.reportReference ? `; report ${e.reportReference}` : '';
      return `• ${e.description} (${e.source}; ${words(e.reliability)}; ${dayWords(e.observedOn)}${where}${report})`;
    })
    .join('\n');
}

/** "• Red signal, Tue 24 Nov 2026 (religion): 7 reports against 0.4 expected…" */
export function signalLine(s: CompiledSignal): string {
  const level = s.level === 'red' ? 'Red' : 'Amber';
  return `• ${level} signal, ${dayWords(s.day)} (${s.strand ? words(s.strand) : 'all strands'}): ${s.reason}`;
}

function incidentsText(area: CompiledArea): string {
  const strands = strandWords(area.byStrand);
  const counts = `${plural(area.hateCrimes, 'hate crime')} and ${plural(area.hateIncidents, 'hate incident')} reported${strands ? ` (${strands})` : ''}.`;
  return [counts, ...area.signals.map(signalLine)].join('\n');
}

function areaText(area: CompiledArea): AreaText {
  const summary = area.assessments.length
    ? area.assessments.map((a) => `${a.assessedFor}: ${a.levelLabel}, ${a.trend}${a.reviewOverdue ? ' (review overdue)' : ''}. ${a.summary}`).join('\n\n')
    : 'No current tension assessment.';
  return {
    areaId: area.areaId,
    summary,
    experienced: evidenceLines(area, 'experienced'),
    evidenced: evidenceLines(area, 'evidenced'),
    potential: evidenceLines(area, 'potential'),
    keyIncidents: incidentsText(area),
    actions: area.actions.map((a) => `• ${a.description}: ${a.owner}${a.dueAt ? `, due ${formatLondon(a.dueAt)}` : ''}`).join('\n'),
  };
}

function forceSummary(compiled: CompiledSummary, from: string, to: string): string {
  const { totals, areas } = compiled;
  const signals = compiled.forceSignals.length + areas.reduce((n, a) => n + a.signals.length, 0);
  const sentences = [
    `${from === to ? 'On' : 'From'} ${periodWords(from, to)}, ${plural(totals.hateCrimes, 'hate crime')} and ${plural(totals.hateIncidents, 'hate incident')} were reported across the force (exercises excluded); ${plural(signals, 'signal was', 'signals were')} raised.`,
  ];
  const assessed = areas.filter((a) => a.levelRank !== null);
  const top = Math.max(-1, ...assessed.map((a) => a.levelRank ?? -1));
  const highest = assessed.filter((a) => a.levelRank === top);
  if (highest.length > 0) {
    const label = highest[0]?.levelLabel ?? '';
    sentences.push(`The highest current tension level is ${label}, in ${highest.map((a) => `${a.name}${a.trend ? ` (${a.trend})` : ''}`).join(', ')}.`);
  }
  const rising = areas.filter((a) => a.trend === 'rising').length;
  const falling = areas.filter((a) => a.trend === 'falling').length;
  sentences.push(`${plural(rising, 'area is', 'areas are')} rising and ${falling} falling.`);
  const unassessed = areas.length - assessed.length;
  if (unassessed > 0) {
    sentences.push(`${plural(unassessed, 'area has', 'areas have')} no current assessment.`);
  }
  return sentences.join(' ');
}

function contextText(compiled: CompiledSummary): string {
  if (compiled.cias.length === 0) {
    return '';
  }
  const lines = compiled.cias.map((c) => `• ${c.title}${c.reference ? ` (${c.reference})` : ''}: version ${c.version}, ${c.signedOff ? 'signed off' : 'draft'}; next review ${formatLondon(c.nextReviewAt)}`);
  return ['Community Impact Assessments in force:', ...lines].join('\n');
}

function forthcomingText(compiled: CompiledSummary): string {
  const potential = compiled.areas
    .flatMap((a) => a.evidence.filter((e) => e.category === 'potential').map((e) => ({ area: a.name, e })))
    .sort((x, y) => x.e.observedOn.localeCompare(y.e.observedOn))
    .map(({ area, e }) => `• ${area}: ${e.description} (${dayWords(e.observedOn)}; ${e.source})`);
  const triggers = compiled.areas.flatMap((a) => [...new Set(a.keyTriggers.map((t) => t.text))].map((t) => `• ${a.name}: key trigger: ${t}`));
  return [...potential, ...triggers].join('\n');
}

/** The drafted text of a freshly compiled return. */
export function draftText(compiled: CompiledSummary, from: string, to: string): SummaryText {
  return {
    summary: forceSummary(compiled, from, to),
    context: contextText(compiled),
    forthcoming: forthcomingText(compiled),
    areas: compiled.areas.map(areaText),
  };
}
