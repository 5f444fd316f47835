import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { tensionMapQueryOptions } from '../api/picture.ts';
import { useTensionEvents } from '../api/use-tension-events.ts';
import { AreaTimeline } from './area-timeline.tsx';
import { LiveState } from './live-state.tsx';
import { CiasPanel, OpenSignalsPanel, OverdueReviewsPanel } from './picture-panels.tsx';
import { TensionMap } from './tension-map.tsx';
import { TensionNav } from './tension-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';

/**
 * The tension picture: the map of policing areas at their current levels, the open signals, the
 * reviews that are overdue and the CIAs; choosing an area shows its last four weeks. Live: a new
 * report or tension change anywhere in the force refreshes what is on screen.
 */
export function TensionPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canAssess = hasPermission(me, 'tension:assess');
  const map = useQuery(tensionMapQueryOptions);
  const live = useTensionEvents();
  // The chosen area is in the address, so a picture with an area open can be shared or bookmarked.
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('area') ?? undefined;
  const selected = map.data?.areas.find((a) => a.id === selectedId);
  const [announcement, setAnnouncement] = useState('');

  function select(id: string) {
    const area = map.data?.areas.find((a) => a.id === id);
    setParams({ area: id }, { replace: true, preventScrollReset: true });
    if (area) {
      setAnnouncement(t('tension.picture.selected', { area: area.name }));
    }
  }

  return (
    <>
      <TensionNav />
      <PageHeading>{t('tension.picture.title')}</PageHeading>
      <p>{t('tension.picture.intro')}</p>
      <div className="live-bar">
        <LiveState state={live} />
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </div>
      <div className="picture-layout page-wide">
        <div className="picture-layout__map">
          {map.isPending && <Loading />}
          {map.isError && <QueryError error={map.error} onRetry={() => void map.refetch()} />}
          {map.data && <TensionMap map={map.data} selectedId={selectedId} onSelect={select} />}
          {map.data && !selected && <p className="form-hint">{t('tension.picture.chooseArea')}</p>}
          {map.data && selected && <AreaTimeline area={selected} scale={map.data.scale} />}
        </div>
        <div className="picture-layout__side">
          <OpenSignalsPanel canAssess={canAssess} />
          <OverdueReviewsPanel canAssess={canAssess} />
          <CiasPanel />
        </div>
      </div>
    </>
  );
}
