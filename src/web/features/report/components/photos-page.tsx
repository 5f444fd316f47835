import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FormError } from '../../../components/error-summary.tsx';
import { formatCount, formatFileSize, MAX_PHOTO_BYTES, MAX_PHOTOS, PHOTO_ACCEPT } from '../photo-files.ts';
import { acknowledgePhotos, choosePhotos, getPhotos, photosLost, removePhoto, usePhotos, type Refusal } from '../photo-store.ts';
import { QuestionForm, useQuestion } from './question-form.tsx';

const INPUT_ID = 'photos';

/** Limits in the reader's numerals, for the strings that mention them. */
function limits(language: string) {
  return { size: formatFileSize(MAX_PHOTO_BYTES, language), max: formatCount(MAX_PHOTOS, language) };
}

/** One error per refused file, naming it; worded when shown so that it follows the language. */
function refusalErrors(refused: readonly Refusal[]): FormError[] {
  // Two files of the same name refused for the same reason (from different folders) read as one.
  const unique = new Map(refused.map((r) => [`${r.reason}:${r.name}`, r]));
  return [...unique.values()].map((refusal) => ({
    fieldId: INPUT_ID,
    // The name is isolated (FSI…PDI) so that a Latin file name never reorders an Arabic or Urdu sentence.
    message: () =>
      i18next.getFixedT(null, 'report')(`photos.errors.${refusal.reason}`, { name: `\u2068${refusal.name}\u2069`, ...limits(i18next.language) }),
  }));
}

/** Photos or screenshots, optional: checked here by their bytes, kept in memory, sent after the report. */
export function PhotosPage() {
  const { t, i18n } = useTranslation('report');
  const { t: tShared } = useTranslation();
  const q = useQuestion('photos', t('photos.title'));
  const { chosen } = usePhotos();
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const { size, max } = limits(i18n.language);
  const lost = photosLost(q.draft.photoCount, chosen);
  const inlineErrors = q.errors.filter((e) => e.fieldId === INPUT_ID).map((e) => e.message(tShared));
  const describedBy = ['photos-hint', inlineErrors.length > 0 ? 'photos-error' : ''].filter(Boolean).join(' ');

  const total = (count: number) => t('photos.total', { chosen: formatCount(count, i18n.language), max });

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    // Emptied at once, so that the same file can be chosen again after it is removed.
    input.value = '';
    if (files.length === 0) {
      return;
    }
    const { added, refused } = await choosePhotos(files);
    q.setErrors(refusalErrors(refused));
    if (added.length > 0) {
      setAnnouncement(`${t('photos.added', { names: added.join(', ') })} ${total(getPhotos().chosen.length)}`);
    }
  }

  function remove(id: string, name: string) {
    removePhoto(id);
    const left = getPhotos().chosen.length;
    setAnnouncement(`${t('photos.removed', { name })} ${total(left)}`);
    // The button has gone: focus goes to the list's heading, or to the file input once it is empty.
    requestAnimationFrame(() => (left > 0 ? listHeadingRef.current : inputRef.current)?.focus());
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    acknowledgePhotos();
    q.submit(event);
  }

  return (
    <QuestionForm question={{ ...q, submit }}>
      <h1 ref={q.headingRef} tabIndex={-1} className="page-heading">
        {t('photos.title')}
      </h1>
      <p>{t('photos.intro')}</p>
      <p>{t('photos.screenshots')}</p>
      <div className="warning-text">
        <span className="warning-text__icon" aria-hidden="true">
          !
        </span>
        <p className="warning-text__text">
          <span className="visually-hidden">{t('photos.warningLabel')}: </span>
          {t('photos.warning')}
        </p>
      </div>
      {lost && (
        <div className="notice">
          <p>{t('photos.lost')}</p>
        </div>
      )}
      <div className={`form-group${inlineErrors.length > 0 ? ' form-group--error' : ''}`}>
        <label className="form-label" htmlFor={INPUT_ID}>
          {t('photos.label')}
        </label>
        <p id="photos-hint" className="form-hint">
          {t('photos.hint', { size, max })}
        </p>
        {inlineErrors.length > 0 && (
          <div id="photos-error" className="field-error">
            {inlineErrors.map((message) => (
              <p key={message} className="field-error__line">
                <span className="visually-hidden">{tShared('errors.prefix')} </span>
                {message}
              </p>
            ))}
          </div>
        )}
        <input
          ref={inputRef}
          id={INPUT_ID}
          name="photos"
          type="file"
          className="file-input"
          accept={PHOTO_ACCEPT}
          multiple
          aria-describedby={describedBy}
          aria-invalid={inlineErrors.length > 0 || undefined}
          onChange={(event) => void choose(event)}
        />
      </div>
      {chosen.length > 0 && (
        <section className="photo-choices" aria-labelledby="photos-chosen-heading">
          <h2 id="photos-chosen-heading" ref={listHeadingRef} tabIndex={-1} className="photo-choices__heading">
            {t('photos.chosenHeading')}
          </h2>
          <p className="form-hint">{total(chosen.length)}</p>
          <ul className="photo-list" data-testid="photo-list">
            {chosen.map((photo) => (
              <li key={photo.id} className="photo-list__item">
                {photo.thumbnail ? (
                  <img className="photo-list__thumbnail" src={photo.thumbnail} alt="" />
                ) : (
                  <span className="photo-list__thumbnail photo-list__thumbnail--none" aria-hidden="true" />
                )}
                <span className="photo-list__about">
                  <span className="photo-list__name" dir="auto">
                    {photo.name}
                  </span>
                  <span className="photo-list__size">{formatFileSize(photo.size, i18n.language)}</span>
                </span>
                <button type="button" className="button button--secondary photo-list__remove" onClick={() => remove(photo.id, photo.name)}>
                  {t('photos.remove')}
                  <span className="visually-hidden"> {photo.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="form-hint">{t('photos.keepNote')}</p>
      <p className="visually-hidden" role="status" data-testid="photo-announcement">
        {announcement}
      </p>
    </QuestionForm>
  );
}
