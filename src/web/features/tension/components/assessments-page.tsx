import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { assessmentsQueryOptions } from '../api/assessments.ts';
import { tensionMapQueryOptions } from '../api/picture.ts';
import { useTensionEvents } from '../api/use-tension-events.ts';
import { AssessmentsTable } from './assessments-table.tsx';
import { LiveState } from './live-state.tsx';
import { TensionNav } from './tension-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';

/**
 * The current assessment of every area and community (or, with "history", every assessment ever
 * made), highest level first, with the areas nobody has assessed yet.
 */
export function AssessmentsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canAssess = hasPermission(me, 'tension:assess');
  const [params, setParams] = useSearchParams();
  const areaId = params.get('areaId') ?? '';
  const history = params.get('history') === 'true';
  const map = useQuery(tensionMapQueryOptions);
  const list = useQuery(assessmentsQueryOptions({ areaId: areaId || undefined, history }));
  const live = useTensionEvents();
  const areas = [...(map.data?.areas ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const unassessed = areas.filter((a) => a.level === null && (!areaId || a.id === areaId));

  return (
    <>
      <TensionNav />
      <PageHeading>{t('tension.assessments.title')}</PageHeading>
      <p>{t('tension.assessments.intro')}</p>
      <div className="live-bar">
        <LiveState state={live} />
      </div>
      {canAssess && (
        <p>
          <Link className="button" to={areaId ? `/tension/assessments/new?areaId=${areaId}` : '/tension/assessments/new'}>
            {t('tension.assessments.record')}
          </Link>
        </p>
      )}

      <form
        className="filters filters--inline"
        role="search"
        aria-label={t('tension.assessments.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const next = new URLSearchParams();
          const area = String(data.get('areaId') ?? '');
          if (area) {
            next.set('areaId', area);
          }
          if (data.get('history') === 'true') {
            next.set('history', 'true');
          }
          setParams(next);
        }}
      >
        <div className="form-group">
          <label className="form-label" htmlFor="assessments-area">
            {t('tension.assessments.area')}
          </label>
          <select id="assessments-area" name="areaId" className="form-input form-select" defaultValue={areaId} key={`${areaId}-${areas.length}`}>
            <option value="">{t('tension.assessments.allAreas')}</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="checkbox form-group">
          <input id="assessments-history" type="checkbox" name="history" value="true" defaultChecked={history} key={String(history)} />
          <label htmlFor="assessments-history">{t('tension.assessments.history')}</label>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--secondary">
            {t('tension.assessments.show')}
          </button>
        </div>
      </form>

      {list.isPending && <Loading />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data &&
        (list.data.items.length === 0 ? (
          <p>{t('tension.assessments.empty')}</p>
        ) : (
          <div aria-busy={list.isPlaceholderData || undefined}>
            <AssessmentsTable list={list.data} history={history} caption={history ? t('tension.assessments.historyCaption') : t('tension.assessments.currentCaption')} />
          </div>
        ))}

      {!history && unassessed.length > 0 && (
        <section aria-labelledby="unassessed-heading">
          <h2 id="unassessed-heading">{t('tension.assessments.unassessedHeading')}</h2>
          <ul className="inline-list">
            {unassessed.map((a) => (
              <li key={a.id}>{canAssess ? <Link to={`/tension/assessments/new?areaId=${a.id}`}>{t('tension.assessments.assessArea', { area: a.name })}</Link> : a.name}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
