import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../shared/cases/contract.ts';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { formatDateTime } from '../../../lib/date-format.ts';
import { useLinkReport, useUnlinkReport } from '../api/case-actions.ts';
import { serverErrors } from '../form-errors.ts';
import { CaseSection, useCaseForm } from './case-forms.tsx';

const OWNER = 'links';

type SuggestedKind = ReportDetail['suggestions'][number]['kind'];

type Suggestion = ReportDetail['suggestions'][number];

/** One entry per other report, with every way Cohesion thinks it may be linked and why. */
function groupSuggestions(suggestions: readonly Suggestion[]) {
  const byReport = new Map<string, { other: Suggestion['other']; kinds: SuggestedKind[]; why: string[] }>();
  for (const s of suggestions) {
    const entry = byReport.get(s.other.id) ?? { other: s.other, kinds: [], why: [] };
    if (!entry.kinds.includes(s.kind)) {
      entry.kinds.push(s.kind);
    }
    if (!entry.why.includes(s.why)) {
      entry.why.push(s.why);
    }
    byReport.set(s.other.id, entry);
  }
  return [...byReport.values()];
}

/** The other likely reading of a suggestion: the same incident, or a repeat at the same place. */
const alternative = (kind: SuggestedKind): SuggestedKind => (kind === 'duplicate' ? 'repeat_location' : 'duplicate');

/** Linked reports (duplicates, repeat victims and locations), and Cohesion's suggestions to link in one click. */
export function CaseLinks({ report, canLink }: { report: ReportDetail; canLink: boolean }) {
  const { t, i18n } = useTranslation();
  const link = useLinkReport(report.id);
  const unlink = useUnlinkReport(report.id);
  const form = useCaseForm(OWNER);
  const lang = i18n.resolvedLanguage;
  const busy = link.isPending || unlink.isPending;
  const suggested = groupSuggestions(report.suggestions);

  function add(otherReportId: string, kind: SuggestedKind, reference: string) {
    if (busy) {
      return;
    }
    link.mutate(
      { otherReportId, kind },
      {
        onSuccess: () => form.saved(t('links.linked', { reference, kind: t(`cases.linkKind.${kind}`) }), 'links-heading'),
        onError: (error) => form.setErrors(serverErrors(error, {})),
      },
    );
  }

  function remove(linkId: string, reference: string) {
    if (busy) {
      return;
    }
    unlink.mutate(linkId, {
      onSuccess: () => form.saved(t('links.unlinked', { reference }), 'links-heading'),
      onError: (error) => form.setErrors(serverErrors(error, {})),
    });
  }

  return (
    <CaseSection id="links" owners={[OWNER]} title={t('links.title')}>
      <ErrorSummary errors={form.errors} />
      {report.links.length === 0 ? (
        <p>{t('links.none')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="links-caption" tabIndex={0}>
          <table className="table table--dense">
            <caption id="links-caption" className="table__caption">
              {t('links.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('links.report')}</th>
                <th scope="col">{t('links.kind')}</th>
                <th scope="col">{t('links.received')}</th>
                {canLink && (
                  <th scope="col">
                    <span className="visually-hidden">{t('links.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {report.links.map((l) => (
                <tr key={l.id}>
                  <th scope="row">
                    <Link to={`/reports/${l.other.id}`}>{l.other.reference}</Link>
                  </th>
                  <td>{t(`cases.linkKind.${l.kind}`)}</td>
                  <td className="nowrap">{formatDateTime(l.other.receivedAt, lang)}</td>
                  {canLink && (
                    <td>
                      <button type="button" className="button button--secondary button--small" aria-disabled={busy || undefined} onClick={() => remove(l.id, l.other.reference)}>
                        {t('links.unlink')}
                        <span className="visually-hidden"> {l.other.reference}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>{t('links.suggestionsHeading')}</h3>
      {suggested.length === 0 ? (
        <p>{t('links.noSuggestions')}</p>
      ) : (
        <ul className="suggestion-list">
          {suggested.map(({ other, kinds, why }) => (
            <li key={other.id} className="suggestion-list__item">
              <p>
                <Link to={`/reports/${other.id}`}>{other.reference}</Link> –{' '}
                {t('links.suggestedAs', { kind: kinds.map((k) => t(`cases.linkKind.${k}`)).join(t('links.or')) })}{' '}
                <span className="form-hint">
                  ({formatDateTime(other.receivedAt, lang)}; {why.join('; ')})
                </span>
              </p>
              {canLink && (
                <div className="button-row">
                  {(kinds.length > 1 ? kinds : [...kinds, alternative(kinds[0] ?? 'duplicate')]).map((kind, index) => (
                    <button
                      key={kind}
                      type="button"
                      className={`button button--small${index === 0 ? '' : ' button--secondary'}`}
                      aria-disabled={busy || undefined}
                      onClick={() => add(other.id, kind, other.reference)}
                    >
                      {t('links.linkAs', { kind: t(`cases.linkKind.${kind}`) })}
                      <span className="visually-hidden"> {other.reference}</span>
                    </button>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </CaseSection>
  );
}
