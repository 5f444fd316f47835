import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../../lib/date-format.ts';
import { contactLanguageName } from '../contact-languages.ts';
import type { Draft } from '../draft-store.ts';
import { photosLost, type ChosenPhoto } from '../photo-store.ts';
import { formatDay } from '../report-dates.ts';
import { isConcern, stepsFor, type StepId } from '../report-flow.ts';
import { whenAnswer } from '../report-request.ts';

export type AnswerRow = { id: string; step: StepId; label: string; value: ReactNode };

/** Free text as typed, line breaks kept; its direction follows its own script. */
function Typed({ text, t }: { text: string; t: TFunction<'report'> }) {
  const trimmed = text.trim();
  return trimmed ? (
    <span className="answer-text" dir="auto">
      {trimmed}
    </span>
  ) : (
    <span className="answer-none">{t('common.notGiven')}</span>
  );
}

function Lines({ lines }: { lines: ReactNode[] }) {
  return (
    <>
      {lines.map((line, index) => (
        <span key={index} className="answer-line">
          {line}
        </span>
      ))}
    </>
  );
}

function aboutAnswer(draft: Draft, t: TFunction<'report'>): ReactNode {
  switch (draft.about) {
    case 'me':
      return t('start.me');
    case 'someone_else':
      return <Lines lines={[t('start.someoneElse'), draft.sawIt === 'yes' ? t('start.sawItYes') : t('start.sawItNo')]} />;
    case 'concern':
      return t('start.concern');
    case 'organisation':
      return (
        <Lines
          lines={[
            t('start.organisation'),
            <Typed key="name" text={draft.organisation} t={t} />,
            draft.organisationAbout === 'concern' ? t('start.organisationConcern') : t('start.organisationHappened'),
          ]}
        />
      );
    default:
      return <span className="answer-none">{t('common.notGiven')}</span>;
  }
}

function whenText(draft: Draft, t: TFunction<'report'>, language: string): ReactNode {
  const when = whenAnswer(draft, new Date());
  if (!when.ok) {
    return <span className="answer-none">{t('common.notGiven')}</span>;
  }
  const shown = when.minutes === null ? formatDay(when.day, language) : formatDateTime(when.at, language);
  const lines: ReactNode[] = [draft.approximate ? `${shown} (${t('check.roughly')})` : shown];
  if (draft.approximate && draft.note.trim()) {
    lines.push(<Typed key="note" text={draft.note} t={t} />);
  }
  return <Lines lines={lines} />;
}

function contactDetails(draft: Draft, t: TFunction<'report'>): ReactNode {
  const lines: ReactNode[] = [<Typed key="name" text={draft.name} t={t} />];
  for (const value of [draft.phone, draft.email]) {
    if (value.trim()) {
      lines.push(
        <span key={value} dir="ltr">
          {value.trim()}
        </span>,
      );
    }
  }
  if (draft.method) {
    lines.push(t(`contact.methods.${draft.method}`));
  }
  if (draft.times.trim()) {
    lines.push(<Typed key="times" text={draft.times} t={t} />);
  }
  return <Lines lines={lines} />;
}

/** The photos by name; they live in memory only, so the row says what closing the page would do. */
function photosAnswer(draft: Draft, photos: readonly ChosenPhoto[], t: TFunction<'report'>): ReactNode {
  if (photosLost(draft.photoCount, photos)) {
    return <span className="answer-note">{t('photos.lost')}</span>;
  }
  if (photos.length === 0) {
    return <span className="answer-none">{t('check.noPhotos')}</span>;
  }
  return (
    <>
      <ul className="answer-files">
        {photos.map((photo) => (
          <li key={photo.id} dir="auto">
            {photo.name}
          </li>
        ))}
      </ul>
      <span className="answer-note">{t('check.photosNote')}</span>
    </>
  );
}

/** Every answer the draft needs, in the order asked, each tied to the page that asks it. */
export function answerRows(draft: Draft, photos: readonly ChosenPhoto[], t: TFunction<'report'>, language: string): AnswerRow[] {
  const steps = new Set(stepsFor(draft));
  const yesNo = (value: Draft['online'], yes: string, no: string) => (value === 'yes' ? yes : value === 'no' ? no : t('common.notGiven'));
  const reasons = draft.strands.map((strand) =>
    strand === 'religion' && draft.religion ? `${t('why.strands.religion')}: ${t(`why.religions.${draft.religion}`)}` : t(`why.strands.${strand}`),
  );
  const rows: (AnswerRow | false)[] = [
    { id: 'about', step: 'start', label: t('check.rows.about'), value: aboutAnswer(draft, t) },
    steps.has('crime') && {
      id: 'crime',
      step: 'crime',
      label: t('check.rows.crime'),
      value: draft.crime === 'not_sure' ? t('crime.notSure') : draft.crime === 'yes' ? t('crime.yes') : draft.crime === 'no' ? t('crime.no') : t('common.notGiven'),
    },
    {
      id: 'description',
      step: 'what-happened',
      label: isConcern(draft) ? t('what.titleConcern') : t('check.rows.description'),
      value: <Typed text={draft.description} t={t} />,
    },
    {
      id: 'online',
      step: 'what-happened',
      label: t('check.rows.online'),
      value:
        draft.online === 'yes' && draft.platform.trim() ? (
          <Lines lines={[t('what.onlineYes'), <Typed key="p" text={draft.platform} t={t} />]} />
        ) : (
          yesNo(draft.online, t('what.onlineYes'), t('what.onlineNo'))
        ),
    },
    {
      id: 'reasons',
      step: 'why',
      label: isConcern(draft) ? t('why.titleConcern') : t('check.rows.reasons'),
      value: reasons.length ? <Lines lines={reasons} /> : <span className="answer-none">{t('common.notGiven')}</span>,
    },
    { id: 'when', step: 'when', label: t('check.rows.when'), value: whenText(draft, t, language) },
    { id: 'ongoing', step: 'when', label: t('check.rows.ongoing'), value: yesNo(draft.ongoing, t('when.ongoingYes'), t('when.ongoingNo')) },
    steps.has('where') && {
      id: 'where',
      step: 'where',
      label: t('check.rows.where'),
      value: (
        <Lines
          lines={[
            ...(draft.postcode.trim() ? [<span key="pc" dir="ltr">{draft.postcode.trim().toUpperCase()}</span>] : []),
            ...(draft.place.trim() || !draft.postcode.trim() ? [<Typed key="place" text={draft.place} t={t} />] : []),
          ]}
        />
      ),
    },
    steps.has('who') && { id: 'offender', step: 'who', label: t('check.rows.offender'), value: <Typed text={draft.offender} t={t} /> },
    steps.has('who') && { id: 'witnesses', step: 'who', label: t('check.rows.witnesses'), value: <Typed text={draft.witnesses} t={t} /> },
    steps.has('photos') && { id: 'photos', step: 'photos', label: t('check.rows.photos'), value: photosAnswer(draft, photos, t) },
    {
      id: 'contact',
      step: 'about-you',
      label: t('check.rows.contact'),
      value: draft.contactMe === 'yes' ? t('about.yes') : draft.contactMe === 'no' ? t('about.no') : t('common.notGiven'),
    },
  ];
  if (steps.has('contact-details')) {
    const needs = [draft.interpreter && t('contact.interpreter'), draft.textRelay && t('contact.textRelay')].filter((n): n is string => Boolean(n));
    rows.push(
      { id: 'details', step: 'contact-details', label: t('check.rows.details'), value: contactDetails(draft, t) },
      { id: 'language', step: 'contact-details', label: t('check.rows.language'), value: contactLanguageName(draft.contactLanguage || language, language, t) },
      {
        id: 'needs',
        step: 'contact-details',
        label: t('check.rows.needs'),
        value: needs.length ? <Lines lines={needs} /> : <span className="answer-none">{t('common.notGiven')}</span>,
      },
      { id: 'notes', step: 'contact-details', label: t('check.rows.notes'), value: <Typed text={draft.notes} t={t} /> },
    );
  }
  return rows.filter((row): row is AnswerRow => row !== false);
}
