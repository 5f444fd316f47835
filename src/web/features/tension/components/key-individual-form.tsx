import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyIndividualRequest } from '../../../../shared/tension/contract.ts';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextAreaField } from '../../cases/components/fields.tsx';
import { useAddKeyIndividual } from '../api/communities.ts';
import { inPageOrder, pathOf, problemErrors, type FieldPath } from '../form-problems.ts';

const ids = { name: 'kin-name', role: 'kin-role', phone: 'kin-phone', email: 'kin-email', languages: 'kin-languages', notes: 'kin-notes' } as const;

function fieldError([field]: FieldPath, fallback: string): FormError {
  switch (field) {
    case 'name':
      return { fieldId: ids.name, message: (t) => t('tension.errors.kinName') };
    case 'role':
      return { fieldId: ids.role, message: (t) => t('tension.errors.kinRole') };
    case 'email':
      return { fieldId: ids.email, message: (t) => t('tension.errors.kinEmail') };
    case 'phone':
      return { fieldId: ids.phone, message: () => fallback };
    case 'languages':
      return { fieldId: ids.languages, message: (t) => t('tension.errors.kinLanguages') };
    case 'notes':
      return { fieldId: ids.notes, message: () => fallback };
    default:
      return { message: () => fallback };
  }
}

/** Adds a key individual (a trusted contact) to a community's network. */
export function KeyIndividualForm({ communityId, onErrors }: { communityId: string; onErrors: (hasErrors: boolean) => void }) {
  const { t } = useTranslation();
  const add = useAddKeyIndividual(communityId);
  const [errors, setErrorsState] = useState<FormError[]>([]);
  const [added, setAdded] = useState('');

  function setErrors(next: FormError[]) {
    setErrorsState(next);
    onErrors(next.length > 0);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) {
      return;
    }
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    const parsed = KeyIndividualRequest.safeParse({
      name: value('name'),
      role: value('role'),
      phone: value('phone'),
      email: value('email').trim(),
      languages: value('languages')
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean),
      notes: value('notes'),
    });
    if (!parsed.success) {
      setErrors(inPageOrder(parsed.error.issues.map((issue) => fieldError(pathOf(issue.path), issue.message))));
      return;
    }
    setErrors([]);
    setAdded('');
    add.mutate(parsed.data, {
      onSuccess: (person) => {
        form.reset();
        setAdded(t('tension.kin.added', { name: person.name }));
      },
      onError: (error) => setErrors(problemErrors(error, fieldError)),
    });
  }

  return (
    <section aria-labelledby="add-kin-heading" className="section">
      <h2 id="add-kin-heading">{t('tension.kin.addHeading')}</h2>
      {added && (
        <p className="notice notice--ok" role="status">
          {added}
        </p>
      )}
      <ErrorSummary errors={errors} />
      <form className="form" noValidate onSubmit={submit}>
        <TextField id={ids.name} name="name" label={t('tension.kin.name')} error={errorFor(errors, ids.name, t)} maxLength={120} autoComplete="off" />
        <TextField id={ids.role} name="role" label={t('tension.kin.role')} hint={t('tension.kin.roleHint')} error={errorFor(errors, ids.role, t)} maxLength={200} autoComplete="off" />
        <div className="field-pair">
          <TextField id={ids.phone} name="phone" type="tel" label={t('tension.kin.phoneOptional')} error={errorFor(errors, ids.phone, t)} maxLength={40} autoComplete="off" />
          <TextField id={ids.email} name="email" type="email" label={t('tension.kin.emailOptional')} error={errorFor(errors, ids.email, t)} maxLength={254} autoComplete="off" spellCheck={false} />
        </div>
        <TextField id={ids.languages} name="languages" label={t('tension.kin.languagesOptional')} hint={t('tension.kin.languagesHint')} error={errorFor(errors, ids.languages, t)} autoComplete="off" />
        <TextAreaField id={ids.notes} name="notes" label={t('tension.kin.notesOptional')} error={errorFor(errors, ids.notes, t)} rows={3} maxLength={2000} />
        <button type="submit" className="button" aria-disabled={add.isPending || undefined}>
          {add.isPending ? t('tension.form.saving') : t('tension.kin.submit')}
        </button>
      </form>
    </section>
  );
}
