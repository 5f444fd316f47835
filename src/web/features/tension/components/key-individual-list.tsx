import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { formatDateTime } from '../../../lib/date-format.ts';
import { languageName } from '../../cases/labels.ts';
import { keyIndividualsQueryOptions } from '../api/communities.ts';

/** The community's key individuals, read (and so audited) once, when this appears. */
export function KeyIndividualList({ communityId }: { communityId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const people = useQuery(keyIndividualsQueryOptions(communityId));
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (people.data) {
      ref.current?.focus();
    }
  }, [people.data !== undefined]);

  if (people.isPending) {
    return <Loading />;
  }
  if (people.isError) {
    return <QueryError error={people.error} onRetry={() => void people.refetch()} />;
  }
  if (people.data.length === 0) {
    return <p>{t('tension.kin.none')}</p>;
  }
  return (
    <div className="table-scroll" role="region" aria-labelledby="kin-caption" tabIndex={-1} ref={ref}>
      <table className="table table--dense">
        <caption id="kin-caption" className="table__caption">
          {t('tension.kin.caption', { n: people.data.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('tension.kin.name')}</th>
            <th scope="col">{t('tension.kin.role')}</th>
            <th scope="col">{t('tension.kin.contact')}</th>
            <th scope="col">{t('tension.kin.languages')}</th>
            <th scope="col">{t('tension.kin.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {people.data.map((p) => (
            <tr key={p.id}>
              <th scope="row" dir="auto">
                {p.name}
                <span className="table-detail">{t('tension.kin.addedAt', { when: formatDateTime(p.addedAt, lang) })}</span>
              </th>
              <td dir="auto">{p.role}</td>
              <td className="break">
                {p.phone && (
                  <a href={`tel:${p.phone.replace(/[^0-9+]/g, '')}`} className="table-detail-line">
                    {p.phone}
                  </a>
                )}
                {p.email && (
                  <a href={`mailto:${p.email}`} className="table-detail-line">
                    {p.email}
                  </a>
                )}
                {!p.phone && !p.email && t('app.none')}
              </td>
              <td>{p.languages.length > 0 ? p.languages.map((l) => (/^[a-z]{2,3}$/.test(l) ? languageName(l, lang) : l)).join(', ') : t('app.none')}</td>
              <td className="break" dir="auto">
                {p.notes || t('app.none')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
