import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { formatDateTime } from '../../../lib/date-format.ts';
import { shortStrandList } from '../../cases/labels.ts';
import { evidenceSuggestionsQueryOptions } from '../api/assessments.ts';
import { reportEvidence, signalEvidence, type EvidenceDraft } from '../assessment-draft.ts';
import { formatRatio } from '../labels.ts';
import { SignalLevel } from './signal-level.tsx';
import { signalTitle } from './signal-text.ts';

const DAYS = 14;

type Props = { areaId: string; evidence: readonly EvidenceDraft[]; onAdd: (item: EvidenceDraft) => void };

/**
 * What the system already knows about the area that could be evidence: the area's open signals,
 * recent concerns from partners and the public (Experienced) and recent hate crimes and incidents
 * (Evidenced). One click adds an item, linked to its record, for the author to check and edit.
 */
export function EvidenceSuggestions({ areaId, evidence, onAdd }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const suggestions = useQuery(evidenceSuggestionsQueryOptions(areaId, DAYS));
  const hasSignal = (id: string) => evidence.some((e) => e.signalId === id);
  const hasReport = (id: string) => evidence.some((e) => e.reportId === id);

  if (!areaId) {
    return <p className="form-hint">{t('tension.form.suggestionsNeedArea')}</p>;
  }
  if (suggestions.isPending) {
    return <Loading />;
  }
  if (suggestions.isError) {
    return <QueryError error={suggestions.error} onRetry={() => void suggestions.refetch()} />;
  }
  const { signals, reports } = suggestions.data;
  if (signals.length === 0 && reports.length === 0) {
    return <p>{t('tension.form.noSuggestions', { days: DAYS })}</p>;
  }
  const added = <span className="status status--ok suggestion__added">{t('tension.form.added')}</span>;
  return (
    <>
      <p className="form-hint">{t('tension.form.suggestionsHint', { days: DAYS })}</p>
      <ul className="suggestion-list">
        {signals.map((s) => (
          <li key={s.id} className="suggestion-list__item suggestion">
            <p>
              <SignalLevel level={s.level} /> <Link to={`/tension/signals/${s.id}`}>{signalTitle(s, t, lang)}</Link> –{' '}
              {t('tension.signal.ratio', { ratio: formatRatio(s.ratio, lang) })}
            </p>
            <p className="suggestion__meta">{s.reason}</p>
            {hasSignal(s.id) ? (
              added
            ) : (
              <button type="button" className="button button--secondary button--small" onClick={() => onAdd(signalEvidence(s, t))}>
                {t('tension.form.addAs', { category: t('tension.eep.evidenced') })}
                <span className="visually-hidden">: {signalTitle(s, t, lang)}</span>
              </button>
            )}
          </li>
        ))}
        {reports.map((r) => (
          <li key={r.id} className="suggestion-list__item suggestion">
            <p>
              <Link to={`/reports/${r.id}`}>{r.reference}</Link> – {t(`cases.kind.${r.kind}`)}
              {r.strands.length > 0 && <> ({shortStrandList(r.strands, t)})</>} – <time dateTime={r.receivedAt}>{formatDateTime(r.receivedAt, lang)}</time>
            </p>
            <p className="suggestion__meta" dir="auto">
              {r.excerpt}
            </p>
            {hasReport(r.id) ? (
              added
            ) : (
              <button type="button" className="button button--secondary button--small" onClick={() => onAdd(reportEvidence(r, t))}>
                {t('tension.form.addAs', { category: t(`tension.eep.${r.suggestedCategory}`) })}
                <span className="visually-hidden">: {r.reference}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
