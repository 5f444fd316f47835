import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { getDraft, updateDraft, useDraft, type Draft } from '../draft-store.ts';
import { CHANGE_QUERY, nextPath, previousPath, type StepId } from '../report-flow.ts';
import { validateStep } from '../report-validation.ts';
import { useReportHeading } from './use-report-heading.ts';

/**
 * What every question page shares: the draft, its errors, the heading, Back, and Continue,
 * which checks this page's answers and goes on to the next question the draft needs.
 */
export function useQuestion(step: StepId, title: string) {
  const draft = useDraft();
  const { i18n, t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const changing = searchParams.has(CHANGE_QUERY);
  const [errors, setErrors] = useState<FormError[]>([]);
  const headingRef = useReportHeading(title, errors.length > 0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const context = { now: new Date(), language: i18n.language };
    const current = getDraft();
    const problems = validateStep(step, current, context);
    setErrors(problems);
    if (problems.length === 0) {
      void navigate(nextPath(step, current, changing, (s) => validateStep(s, current, context).length === 0));
    }
  }

  return {
    draft,
    update: (patch: Partial<Draft>) => updateDraft(patch),
    errors,
    /** For problems found as they happen rather than on Continue (a photo that is not an image). */
    setErrors,
    error: (fieldId: string) => errorFor(errors, fieldId, t),
    headingRef,
    submit,
    backPath: previousPath(step, draft, changing),
  };
}

export type Question = ReturnType<typeof useQuestion>;

export function BackLink({ to }: { to: string }) {
  const { t } = useTranslation('report');
  return (
    <Link to={to} className="back-link">
      {t('common.back')}
    </Link>
  );
}

/** Back, the error summary, the page's fields and the Continue button. */
export function QuestionForm({ question, children }: { question: Question; children: ReactNode }) {
  const { t } = useTranslation('report');
  return (
    <>
      <BackLink to={question.backPath} />
      <ErrorSummary errors={question.errors} />
      <form className="form" noValidate onSubmit={question.submit}>
        {children}
        <button type="submit" className="button button--large">
          {t('common.continue')}
        </button>
      </form>
    </>
  );
}
