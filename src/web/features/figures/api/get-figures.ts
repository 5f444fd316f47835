import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { FiguresResponse } from '../../../../shared/cases/figures-contract.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

export const figuresQueryOptions = (date: string | undefined) =>
  queryOptions({
    queryKey: ['cases', 'figures', date ?? 'today'],
    queryFn: () => api.get<FiguresResponse>(withQuery('/api/v1/figures', { date })),
    placeholderData: keepPreviousData,
  });
