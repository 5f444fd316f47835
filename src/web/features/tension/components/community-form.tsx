import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CommunityRequest } from '../../../../shared/tension/contract.ts';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { SelectField, TextAreaField } from '../../cases/components/fields.tsx';
import { useAddCommunity } from '../api/communities.ts';
import { inPageOrder, pathOf, problemErrors, type FieldPath } from '../form-problems.ts';
import { communityKinds } from '../options.ts';
import type { MapArea } from '../types.ts';

const ids = { name: 'community-name', kind: 'community-kind', areaId: 'community-area', description: 'community-description' } as const;

function fieldError([field]: FieldPath, fallback: string): FormError {
  switch (field) {
    case 'name':
      return { fieldId: ids.name, message: (t) => t('tension.errors.communityName') };
    case 'kind':
      return { fieldId: ids.kind, message: (t) => t('tension.errors.communityKind') };
    case 'areaId':
      return { fieldId: ids.areaId, message: (t) => t('tension.errors.area') };
    case 'description':
      return { fieldId: ids.description, message: () => fallback };
    default:
      return { message: () => fallback };
  }
}

/** Adds a community (a faith, ethnic, LGBT+ or disabled people's community) in one area or across the force. */
export function CommunityForm({ areas, onErrors }: { areas: readonly MapArea[]; onErrors: (hasErrors: boolean) => void }) {
  const { t } = useTranslation();
  const add = useAddCommunity();
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
    const parsed = CommunityRequest.safeParse({
      name: String(data.get('name') ?? ''),
      kind: String(data.get('kind') ?? ''),
      areaId: String(data.get('areaId') ?? '') || null,
      description: String(data.get('description') ?? ''),
    });
    if (!parsed.success) {
      setErrors(inPageOrder(parsed.error.issues.map((issue) => fieldError(pathOf(issue.path), issue.message))));
      return;
    }
    setErrors([]);
    setAdded('');
    add.mutate(parsed.data, {
      onSuccess: (community) => {
        form.reset();
        setAdded(t('tension.communities.added', { name: community.name }));
      },
      onError: (error) => setErrors(problemErrors(error, fieldError)),
    });
  }

  return (
    <section aria-labelledby="add-community-heading" className="section">
      <h2 id="add-community-heading">{t('tension.communities.addHeading')}</h2>
      {added && (
        <p className="notice notice--ok" role="status">
          {added}
        </p>
      )}
      <ErrorSummary errors={errors} />
      <form className="form" noValidate onSubmit={submit}>
        <TextField id={ids.name} name="name" label={t('tension.communities.name')} hint={t('tension.communities.nameHint')} error={errorFor(errors, ids.name, t)} maxLength={120} autoComplete="off" />
        <SelectField
          id={ids.kind}
          name="kind"
          label={t('tension.communities.kind')}
          placeholder={t('tension.form.choose')}
          error={errorFor(errors, ids.kind, t)}
          options={communityKinds.map((k) => ({ value: k, label: t(`tension.communityKind.${k}`) }))}
          defaultValue=""
        />
        <SelectField
          id={ids.areaId}
          name="areaId"
          label={t('tension.communities.area')}
          error={errorFor(errors, ids.areaId, t)}
          options={[{ value: '', label: t('tension.communities.forceWide') }, ...[...areas].sort((a, b) => a.name.localeCompare(b.name)).map((a) => ({ value: a.id, label: a.name }))]}
          defaultValue=""
        />
        <TextAreaField id={ids.description} name="description" label={t('tension.communities.descriptionOptional')} hint={t('tension.communities.descriptionHint')} error={errorFor(errors, ids.description, t)} rows={3} maxLength={2000} />
        <button type="submit" className="button" aria-disabled={add.isPending || undefined}>
          {add.isPending ? t('tension.form.saving') : t('tension.communities.submit')}
        </button>
      </form>
    </section>
  );
}
