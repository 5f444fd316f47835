import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { reportKinds, statusFilters, strands } from '../options.ts';
import { reportSearch, type ReportFilters } from '../report-filters.ts';
import { SelectField } from './fields.tsx';

const id = (name: string) => `reports-${name}`;

type Props = { filters: ReportFilters; onApply: (filters: ReportFilters) => void; onErrors: (hasErrors: boolean) => void };

/** Search words and filters; applied together, so the address bar holds one shareable search. */
export function ReportsFilterForm({ filters, onApply, onErrors }: Props) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormError[]>([]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next: ReportFilters = { areaId: filters.areaId, area: filters.area };
    for (const name of ['q', 'status', 'kind', 'strand', 'from', 'to'] as const) {
      const value = String(form.get(name) ?? '').trim();
      if (value) {
        next[name] = value;
      }
    }
    // ISO dates compare correctly as text.
    const problems: FormError[] = next.from && next.to && next.to < next.from ? [{ fieldId: id('to'), message: (tr) => tr('reportList.toBeforeFrom') }] : [];
    setErrors(problems);
    onErrors(problems.length > 0);
    if (problems.length === 0) {
      onApply(next);
    }
  }

  return (
    <form className="filters" role="search" aria-labelledby="reports-filters-heading" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} />
      <h2 id="reports-filters-heading" className="filters__heading">
        {t('reportList.filtersHeading')}
      </h2>
      <TextField id={id('q')} name="q" type="search" label={t('reportList.search')} hint={t('reportList.searchHint')} defaultValue={filters.q ?? ''} maxLength={200} autoComplete="off" />
      <div className="filters__grid">
        <SelectField
          id={id('status')}
          name="status"
          label={t('reportList.status')}
          placeholder={t('reportList.any')}
          defaultValue={filters.status ?? ''}
          options={statusFilters.map((s) => ({ value: s, label: s === 'open' || s === 'closed' ? t(`reportList.statusFilter.${s}`) : t(`cases.status.${s}`) }))}
        />
        <SelectField
          id={id('kind')}
          name="kind"
          label={t('reportList.kind')}
          placeholder={t('reportList.any')}
          defaultValue={filters.kind ?? ''}
          options={reportKinds.map((k) => ({ value: k, label: t(`cases.kind.${k}`) }))}
        />
        <SelectField
          id={id('strand')}
          name="strand"
          label={t('reportList.strand')}
          placeholder={t('reportList.any')}
          defaultValue={filters.strand ?? ''}
          options={strands.map((s) => ({ value: s, label: t(`cases.strand.${s}`) }))}
        />
        <TextField id={id('from')} name="from" type="date" label={t('reportList.from')} defaultValue={filters.from ?? ''} />
        <TextField id={id('to')} name="to" type="date" label={t('reportList.to')} defaultValue={filters.to ?? ''} error={errorFor(errors, id('to'), t)} />
      </div>
      {filters.areaId && (
        <p>
          {t('reportList.areaFilter', { area: filters.area ?? t('reportList.oneArea') })}{' '}
          <Link to={{ search: reportSearch({ ...filters, areaId: undefined, area: undefined }).toString() }}>
            {t('reportList.removeArea')}
          </Link>
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button">
          {t('reportList.apply')}
        </button>
        <Link to="/reports">{t('reportList.clear')}</Link>
      </div>
    </form>
  );
}
