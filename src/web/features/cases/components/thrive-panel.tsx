import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueResponse, ReportDetail } from '../../../../shared/cases/contract.ts';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { formatDateTime } from '../../../lib/date-format.ts';
import { useCaseAction } from '../api/case-actions.ts';
import { useGrades } from '../api/get-queue.ts';
import { serverErrors } from '../form-errors.ts';
import { gradeLabel } from '../labels.ts';
import { CaseSection, useCaseForm } from './case-forms.tsx';
import { readThrive, ThriveFields, thriveElements, thriveFieldIds } from './thrive-fields.tsx';

const OWNER = 'thrive';
const PREFIX = 'thrive';

type Assessment = ReportDetail['thrive'][number];

function AssessmentTable({ assessment, grades, caption }: { assessment: Assessment; grades: QueueResponse['grades']; caption: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="table table--dense">
          <caption className="table__caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('thrive.elementHeading')}</th>
              <th scope="col">{t('thrive.ratingHeading')}</th>
              <th scope="col">{t('thrive.notesHeading')}</th>
            </tr>
          </thead>
          <tbody>
            {thriveElements.map((name) => {
              const element = assessment.elements[name];
              return (
                <tr key={name}>
                  <th scope="row">{t(`thrive.element.${name}`)}</th>
                  <td className={element?.rating === 'high' ? 'status status--danger' : undefined}>{element ? t(`thrive.rating.${element.rating}`) : '–'}</td>
                  <td className="break">{element?.notes || '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>
        {t('thrive.assessedBy', {
          grade: gradeLabel(assessment.grade, grades, t),
          name: assessment.assessedBy,
          when: formatDateTime(assessment.assessedAt, i18n.resolvedLanguage),
        })}
      </p>
      {assessment.rationale && <p className="break">{t('thrive.rationaleShown', { rationale: assessment.rationale })}</p>}
    </>
  );
}

/** THRIVE: the current assessment, the form to THRIVE or re-THRIVE (with cases:triage), and earlier ones. */
export function ThrivePanel({ report, canTriage, canReadGrades }: { report: ReportDetail; canTriage: boolean; canReadGrades: boolean }) {
  const { t, i18n } = useTranslation();
  const grades = useGrades(canReadGrades);
  const action = useCaseAction(report.id);
  const form = useCaseForm(OWNER);
  const [open, setOpen] = useState(false);
  const [current, ...earlier] = report.thrive;
  const gradeList = grades.data ?? [];
  const ids = thriveFieldIds(PREFIX);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (action.isPending) {
      return;
    }
    const { request, errors } = readThrive(new FormData(event.currentTarget), PREFIX);
    form.setErrors(errors);
    if (!request) {
      return;
    }
    action.mutate(
      { action: 'thrive', body: request },
      {
        onSuccess: () => {
          setOpen(false);
          form.saved(t('thrive.saved', { grade: gradeLabel(request.grade, gradeList, t) }), 'thrive-heading');
        },
        onError: (error) => form.setErrors(serverErrors(error, { grade: ids.grade })),
      },
    );
  }

  const showForm = canTriage && (open || !current);
  return (
    <CaseSection id="thrive" owners={[OWNER]} title={<abbr title={t('glossary.thrive')}>THRIVE</abbr>}>
      {current ? <AssessmentTable assessment={current} grades={gradeList} caption={t('thrive.currentCaption')} /> : <p>{t('thrive.none')}</p>}

      {canTriage && current && !open && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(true);
            window.setTimeout(() => document.getElementById('thrive-form-heading')?.focus(), 0);
          }}
        >
          {t('thrive.reThrive')}
        </button>
      )}
      {showForm && (
        <form className="form form--wide" noValidate onSubmit={submit} aria-labelledby="thrive-form-heading">
          <h3 id="thrive-form-heading" tabIndex={-1}>{current ? t('thrive.reThriveHeading') : t('thrive.formHeading')}</h3>
          <ErrorSummary errors={form.errors} />
          {grades.isError && <p className="notice notice--error">{t('thrive.gradesFailed')}</p>}
          <ThriveFields prefix={PREFIX} grades={gradeList} errors={form.errors} current={current} headingLevel="h4" />
          <div className="button-row">
            <button type="submit" className="button" aria-disabled={action.isPending || undefined}>
              {action.isPending ? t('caseView.saving') : t('thrive.submit')}
            </button>
            {current && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setOpen(false);
                  form.setErrors([]);
                  window.setTimeout(() => document.getElementById('thrive-heading')?.focus(), 0);
                }}
              >
                {t('caseView.cancel')}
              </button>
            )}
          </div>
        </form>
      )}

      {earlier.length > 0 && (
        <details className="details">
          <summary>{t('thrive.earlier', { n: earlier.length })}</summary>
          {earlier.map((assessment) => (
            <AssessmentTable
              key={assessment.id}
              assessment={assessment}
              grades={gradeList}
              caption={t('thrive.earlierCaption', { when: formatDateTime(assessment.assessedAt, i18n.resolvedLanguage) })}
            />
          ))}
        </details>
      )}
    </CaseSection>
  );
}
