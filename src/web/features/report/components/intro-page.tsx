import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { clearDraft, getDraft, isStarted, useDraft } from '../draft-store.ts';
import { clearChosenPhotos } from '../photo-store.ts';
import { CHECK_PATH, STATUS_PATH, stepPath, stepsFor } from '../report-flow.ts';
import { validateStep } from '../report-validation.ts';
import { PoliceLines } from './help-lines.tsx';
import { useReportHeading } from './use-report-heading.ts';

/** Where an unfinished report picks up: its first unanswered question, or the check page. */
function resumePath(language: string): string {
  const draft = getDraft();
  const context = { now: new Date(), language };
  const unanswered = stepsFor(draft).find((step) => validateStep(step, draft, context).length > 0);
  return unanswered ? stepPath(unanswered) : CHECK_PATH;
}

function startAgain() {
  clearChosenPhotos();
  clearDraft();
}

/** The start page: what the service is for, what to expect, and the way in. */
export function IntroPage() {
  const { t, i18n } = useTranslation('report');
  const draft = useDraft();
  const heading = useReportHeading(t('intro.title'));
  const started = isStarted(draft);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="page-heading">
        {t('intro.title')}
      </h1>
      <p className="lead">{t('intro.lead')}</p>
      <h2>{t('intro.whatIsHeading')}</h2>
      <p>{t('intro.whatIs')}</p>
      <p>{t('intro.examples')}</p>
      <h2>{t('intro.beforeHeading')}</h2>
      <ul className="list--bullet">
        <li>{t('intro.anonymous')}</li>
        <li>{t('intro.anyLanguage')}</li>
        <li>{t('intro.private')}</li>
        <li>{t('intro.time')}</li>
      </ul>
      <p>{t('intro.leaveHint')}</p>
      {started ? (
        <div className="notice">
          <h2 className="notice__heading">{t('intro.draftHeading')}</h2>
          <p>{t('intro.draftBody')}</p>
          <div className="button-row">
            <Link to={resumePath(i18n.language)} className="button button--large">
              {t('intro.continue')}
            </Link>
            <button type="button" className="button button--secondary" onClick={startAgain}>
              {t('intro.startAgain')}
            </button>
          </div>
        </div>
      ) : (
        <p>
          <Link to={stepPath('start')} className="button button--large button--start" draggable={false}>
            {t('intro.start')}
          </Link>
        </p>
      )}
      <PoliceLines />
      <h2>{t('intro.statusHeading')}</h2>
      <p>
        <Link to={STATUS_PATH}>{t('intro.statusLink')}</Link>
      </p>
    </>
  );
}
