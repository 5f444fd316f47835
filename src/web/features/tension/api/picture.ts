import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api-client.ts';
import type { Timeline, TensionMapResponse } from '../types.ts';
import { idPath, tensionPath } from './keys.ts';

/**
 * The map of policing areas at their current levels, with the force's scale. Live events refresh it;
 * the interval is the fallback for browsers that cannot hold the event stream open.
 */
export const tensionMapQueryOptions = queryOptions({
  queryKey: ['tension', 'map'],
  queryFn: () => api.get<TensionMapResponse>(tensionPath('/map')),
  refetchInterval: 120_000,
});

/** What happened in one area over the last `days`: reports, signals, assessments and CIAs, newest first. */
export const timelineQueryOptions = (areaId: string, days = 28) =>
  queryOptions({
    queryKey: ['tension', 'timeline', areaId, days],
    queryFn: () => api.get<Timeline>(withQuery(`${idPath('areas', areaId)}/timeline`, { days })),
    placeholderData: keepPreviousData,
  });
