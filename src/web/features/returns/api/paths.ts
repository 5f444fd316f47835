import { withQuery } from '../../../lib/api-client.ts';

const API = '/api/v1';

/** The API path of a returns resource: `returnsPath('/daily-pack')`. */
export const returnsPath = (path: string) => `${API}/returns${path}`;

/** The API path of one Community Tension Summary, with an optional suffix (`/approve`, `.pdf`). */
export const summaryPath = (id: string, suffix = '') => returnsPath(`/tension-summaries/${encodeURIComponent(id)}${suffix}`);

/**
 * Downloads are plain links, so that the browser saves the file under the name the server gives
 * and the session cookie goes with it (a GET needs no CSRF token).
 */
export const downloads = {
  dailyPack: (format: 'pdf' | 'xlsx', date: string | undefined) => withQuery(returnsPath(`/daily-pack.${format}`), { date }),
  summary: (id: string, format: 'pdf' | 'json' | 'csv') => summaryPath(id, `.${format}`),
  pccReport: (format: 'pdf' | 'xlsx', period: string, unsuppressed: boolean) =>
    withQuery(returnsPath(`/pcc-report.${format}`), { period, unsuppressed: unsuppressed ? 'true' : undefined }),
  homeOffice: (year: string) => withQuery(returnsPath('/home-office.csv'), { year }),
  streetCrime: (month: string) => withQuery(`${API}/exports/street-crime.csv`, { month }),
};
