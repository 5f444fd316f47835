import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, londonDay } from '../../../../shared/london-time.ts';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { problemErrors } from '../../tension/form-problems.ts';
import { useCompileSummary } from '../api/tension-summaries.ts';
import { ReturnsNav } from './returns-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';
import '../../../styles/returns.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The contract's MAX_PERIOD_DAYS, repeated so that this page does not ship zod (the server checks again). */
const MAX_PERIOD_DAYS = 31;
const ids = { from: 'cts-from', to: 'cts-to' };

/** What the summary page shows after compiling, so the compiler knows what to do next. */
export type CompiledState = { compiled: true };

/** The same checks as the server's, so the common slips are caught before a round trip. */
function check(from: string, to: string, today: string): FormError[] {
  const errors: FormError[] = [];
  if (!DAY.test(from)) {
    errors.push({ fieldId: ids.from, message: (t) => t('returns.compile.errors.from') });
  }
  if (!DAY.test(to)) {
    errors.push({ fieldId: ids.to, message: (t) => t('returns.compile.errors.to') });
  } else if (to > today) {
    errors.push({ fieldId: ids.to, message: (t) => t('returns.compile.errors.future') });
  }
  if (errors.length === 0 && from > to) {
    errors.push({ fieldId: ids.to, message: (t) => t('returns.compile.errors.order') });
  } else if (errors.length === 0 && addDays(from, MAX_PERIOD_DAYS) <= to) {
    errors.push({ fieldId: ids.from, message: (t) => t('returns.compile.errors.tooLong', { days: MAX_PERIOD_DAYS }) });
  }
  return errors;
}

/**
 * `/returns/tension-summaries/new`: compiles a Community Tension Summary from the live tension
 * picture for a run of days: weekly by default, one day during an operation (SCENARIO.md, Day 2–14).
 */
export function CompileSummaryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const compile = useCompileSummary();
  const today = londonDay(new Date());
  const yesterday = addDays(today, -1);
  const [from, setFrom] = useState(addDays(yesterday, -6));
  const [to, setTo] = useState(yesterday);
  const [errors, setErrors] = useState<FormError[]>([]);
  const err = (id: string) => errorFor(errors, id, t);
  const choose = (first: string, last: string) => {
    setFrom(first);
    setTo(last);
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (compile.isPending) {
      return;
    }
    const problems = check(from, to, today);
    setErrors(problems);
    if (problems.length > 0) {
      return;
    }
    compile.mutate(
      { from, to },
      {
        onSuccess: (summary) => {
          const state: CompiledState = { compiled: true };
          void navigate(`/returns/tension-summaries/${summary.id}`, { state });
        },
        onError: (error) =>
          setErrors(problemErrors(error, ([field], fallback) => (field === 'from' || field === 'to' ? { fieldId: ids[field], message: () => fallback } : { message: () => fallback }))),
      },
    );
  }

  return (
    <>
      <ReturnsNav />
      <PageHeading hasError={errors.length > 0}>{t('returns.compile.title')}</PageHeading>
      <p>{t('returns.compile.intro')}</p>
      <ErrorSummary errors={errors} />
      <form className="form" noValidate onSubmit={submit}>
        <div className="button-row">
          <button type="button" className="button button--secondary button--small" onClick={() => choose(addDays(yesterday, -6), yesterday)}>
            {t('returns.compile.weekly')}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => choose(yesterday, yesterday)}>
            {t('returns.compile.daily')}
          </button>
        </div>
        <div className="field-pair">
          <TextField id={ids.from} name="from" type="date" label={t('returns.compile.from')} error={err(ids.from)} max={today} value={from} onChange={(e) => setFrom(e.target.value)} className="form-input--medium" />
          <TextField id={ids.to} name="to" type="date" label={t('returns.compile.to')} hint={t('returns.compile.toHint')} error={err(ids.to)} max={today} value={to} onChange={(e) => setTo(e.target.value)} className="form-input--medium" />
        </div>
        <p className="form-hint">{t('returns.compile.what', { days: MAX_PERIOD_DAYS })}</p>
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={compile.isPending || undefined}>
            {compile.isPending ? t('returns.compile.compiling') : t('returns.compile.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
