import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { filterNames, type AuditFilters } from '../audit-filters.ts';

type AuditFilterFormProps = {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
  onErrors: (hasErrors: boolean) => void;
};

const fieldId = (name: string) => `audit-${name}`;

export function AuditFilterForm({ filters, onApply, onErrors }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormError[]>([]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next: AuditFilters = {};
    for (const name of filterNames) {
      const value = String(form.get(name) ?? '').trim();
      if (value) {
        next[name] = value;
      }
    }
    // ISO dates compare correctly as text.
    const problems: FormError[] =
      next.from && next.to && next.to < next.from ? [{ fieldId: fieldId('to'), message: (tr) => tr('audit.toBeforeFrom') }] : [];
    setErrors(problems);
    onErrors(problems.length > 0);
    if (problems.length === 0) {
      onApply(next);
    }
  }

  const field = (name: Exclude<keyof AuditFilters, 'from' | 'to'>, label: string, hint?: string) => (
    <TextField
      id={fieldId(name)}
      name={name}
      label={label}
      hint={hint}
      defaultValue={filters[name] ?? ''}
      spellCheck={false}
      autoComplete="off"
    />
  );

  return (
    <form className="filters" role="search" aria-labelledby="audit-filters-heading" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} />
      <h2 id="audit-filters-heading" className="filters__heading">
        {t('audit.filtersHeading')}
      </h2>
      <div className="filters__grid">
        <TextField id={fieldId('from')} name="from" type="date" label={t('audit.from')} defaultValue={filters.from ?? ''} />
        <TextField
          id={fieldId('to')}
          name="to"
          type="date"
          label={t('audit.to')}
          defaultValue={filters.to ?? ''}
          error={errorFor(errors, fieldId('to'), t)}
        />
        {field('actor', t('audit.actor'), t('audit.actorHint'))}
        {field('action', t('audit.action'), t('audit.actionHint'))}
        {field('recordType', t('audit.recordType'))}
        {field('recordId', t('audit.recordId'))}
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t('audit.apply')}
        </button>
        <Link to="/admin/audit">{t('audit.clear')}</Link>
      </div>
    </form>
  );
}
