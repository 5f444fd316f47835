import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client.ts';

/** Plain words for a failed request; the request id lets support find it in the logs. */
export function describeError(error: unknown, t: TFunction): string {
  if (isApiError(error, 0)) {
    return t('errors.network');
  }
  if (isApiError(error, 403)) {
    return error.code === 'csrf_failed' ? t('errors.csrf') : t('errors.forbidden');
  }
  const reference = isApiError(error) && error.requestId ? ` ${t('errors.reference', { requestId: error.requestId })}` : '';
  return `${t('errors.generic')}${reference}`;
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** A whole page still loading (the signed-in check, or a page's code on first visit). */
export function PageLoading() {
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <Loading />
    </main>
  );
}

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <p>{describeError(error, t)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('errors.tryAgain')}
        </button>
      )}
    </div>
  );
}
