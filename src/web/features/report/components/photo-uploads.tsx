import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatFileSize, MAX_PHOTO_BYTES, MAX_PHOTOS } from '../photo-files.ts';
import { retryUpload, uploadsFor, usePhotos, type PhotoUpload } from '../photo-store.ts';

/** Where a set of uploads has got to, in one sentence for the live region. */
function progress(uploads: readonly PhotoUpload[]) {
  const index = uploads.findIndex((u) => u.state === 'sending' || u.state === 'waiting');
  const sent = uploads.filter((u) => u.state === 'sent').length;
  return { index, current: uploads[index], sent, done: index === -1 };
}

/**
 * On the sent page, under the reference and secret (which never wait for photos): each photo of
 * this report as it is sent, and "Try again" for any that could be sent if tried again.
 */
export function PhotoUploads({ reference }: { reference: string }) {
  const { t, i18n } = useTranslation('report');
  const { uploads: all } = usePhotos();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const uploads = uploadsFor(all, reference);
  if (uploads.length === 0) {
    return null;
  }
  const n = (count: number) => formatCount(count, i18n.language);
  const { index, current, sent, done } = progress(uploads);
  const total = n(uploads.length);
  const status = !done
    ? t('sent.photos.sending', { current: n(index + 1), total })
    : sent === uploads.length
      ? t('sent.photos.allSent')
      : t('sent.photos.someSent', { sent: n(sent), total });

  function retry(id: string) {
    retryUpload(id);
    // The button goes as the photo is queued again: focus the section rather than lose it.
    headingRef.current?.focus();
  }

  return (
    <section className="photo-uploads" aria-labelledby="photo-uploads-heading">
      <h2 id="photo-uploads-heading" ref={headingRef} tabIndex={-1}>
        {t('sent.photos.heading')}
      </h2>
      <p role="status" className="photo-uploads__status" data-testid="photo-progress">
        <strong>{status}</strong>
        {current?.waitSeconds ? <span className="answer-line">{t('sent.photos.waiting')}</span> : null}
      </p>
      {!done && <p>{t('sent.photos.keepOpen')}</p>}
      <ul className="photo-list photo-list--sent">
        {uploads.map((upload) => (
          <li key={upload.id} className="photo-list__item" data-state={upload.state}>
            <span className="photo-list__about">
              <span className="photo-list__name" dir="auto">
                {upload.name}
              </span>
              <span className={`photo-list__state photo-list__state--${upload.state}`}>{t(`sent.photos.states.${upload.state}`)}</span>
              {upload.failure && (
                <span className="photo-list__failure">
                  {t(`sent.photos.failures.${upload.failure}`, { size: formatFileSize(MAX_PHOTO_BYTES, i18n.language), max: n(MAX_PHOTOS) })}
                </span>
              )}
            </span>
            {upload.state === 'failed' && upload.file && (
              <button type="button" className="button button--secondary photo-list__remove" onClick={() => retry(upload.id)}>
                {t('sent.photos.tryAgain')}
                <span className="visually-hidden"> {upload.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
