import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CreateUserRequest } from '../../../../shared/platform/contract.ts';
import { Role } from '../../../../shared/platform/roles.ts';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { describeError } from '../../../components/query-status.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useCreateUser } from '../api/create-user.ts';
import { GeneratedPassword } from './generated-password.tsx';

// The rules come from the shared contract, so the form and the server cannot disagree.
const MIN_PASSWORD = CreateUserRequest.shape.password.unwrap().minLength ?? 12;

const fields = ['name', 'email', 'roles', 'password'] as const;
type Field = (typeof fields)[number];
const roleId = (role: Role) => `new-user-role-${role}`;
const fieldIds: Record<Field, string> = {
  name: 'new-user-name',
  email: 'new-user-email',
  roles: 'new-user-roles', // the first checkbox carries it, so the error summary can link there
  password: 'new-user-password',
};

type Draft = { name: string; email: string; roles: string[]; password?: string };

function messageFor(field: Field, draft: Draft, issueCode: string): (t: TFunction) => string {
  switch (field) {
    case 'name':
      return (t) => t('users.errors.nameRequired');
    case 'email':
      return draft.email ? (t) => t('users.errors.emailInvalid') : (t) => t('users.errors.emailRequired');
    case 'roles':
      return (t) => t('users.errors.rolesRequired');
    case 'password':
      return issueCode === 'too_big'
        ? (t) => t('users.errors.passwordTooLong')
        : (t) => t('users.errors.passwordTooShort', { min: MIN_PASSWORD });
  }
}

function isField(value: unknown): value is Field {
  return fields.some((f) => f === value);
}

function serverErrors(error: unknown, draft: Draft): FormError[] {
  if (isApiError(error, 409)) {
    return [{ fieldId: fieldIds.email, message: (t) => t('users.errors.emailTaken') }];
  }
  if (isApiError(error, 400) && error.fieldErrors.length > 0) {
    return error.fieldErrors.map((problem) => {
      const field = problem.field.split('.')[0];
      return isField(field)
        ? { fieldId: fieldIds[field], message: messageFor(field, draft, '') }
        : { message: () => problem.message };
    });
  }
  return [{ message: (t) => describeError(error, t) }];
}

export function AddUserForm({ onErrors }: { onErrors: (hasErrors: boolean) => void }) {
  const { t } = useTranslation();
  const createUser = useCreateUser();
  const [errors, setErrorsState] = useState<FormError[]>([]);
  const [added, setAdded] = useState<{ name: string; password?: string | undefined } | null>(null);

  function setErrors(next: FormError[]) {
    setErrorsState(next);
    onErrors(next.length > 0);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (createUser.isPending) {
      return;
    }
    const form = event.currentTarget;
    const data = new FormData(form);
    const password = String(data.get('password') ?? '');
    const draft: Draft = {
      name: String(data.get('name') ?? '').trim(),
      email: String(data.get('email') ?? '').trim(),
      roles: data.getAll('roles').map(String),
      ...(password ? { password } : {}),
    };
    const parsed = CreateUserRequest.safeParse(draft);
    if (!parsed.success) {
      const failed = fields.filter((field) => parsed.error.issues.some((issue) => issue.path[0] === field));
      setErrors(
        failed.map((field) => ({
          fieldId: fieldIds[field],
          message: messageFor(field, draft, parsed.error.issues.find((i) => i.path[0] === field)?.code ?? ''),
        })),
      );
      return;
    }
    setErrors([]);
    setAdded(null);
    createUser.mutate(parsed.data, {
      onSuccess: (created) => {
        form.reset();
        setAdded({ name: created.user.name, password: created.password });
        createUser.reset();
      },
      onError: (error) => setErrors(serverErrors(error, draft)),
    });
  }

  const rolesError = errorFor(errors, fieldIds.roles, t);

  return (
    <section aria-labelledby="add-user-heading" className="section">
      <h2 id="add-user-heading">{t('users.addHeading')}</h2>
      {added?.password ? (
        <GeneratedPassword name={added.name} password={added.password} onDismiss={() => setAdded(null)} />
      ) : (
        added && (
          <p className="notice notice--ok" role="status">
            {t('users.added', { name: added.name })}
          </p>
        )
      )}
      <ErrorSummary errors={errors} />
      <form className="form" noValidate onSubmit={submit}>
        <TextField id={fieldIds.name} name="name" label={t('users.fullName')} error={errorFor(errors, fieldIds.name, t)} autoComplete="off" />
        <TextField
          id={fieldIds.email}
          name="email"
          type="email"
          label={t('users.email')}
          error={errorFor(errors, fieldIds.email, t)}
          autoComplete="off"
          spellCheck={false}
        />
        <div className={`form-group${rolesError ? ' form-group--error' : ''}`}>
          <fieldset className="fieldset" aria-describedby={`roles-hint${rolesError ? ' roles-error' : ''}`}>
            <legend className="form-label">{t('users.roles')}</legend>
            <p id="roles-hint" className="form-hint">
              {t('users.rolesHint')}
            </p>
            {rolesError && (
              <p id="roles-error" className="field-error">
                <span className="visually-hidden">{t('errors.prefix')} </span>
                {rolesError}
              </p>
            )}
            <div className="checkboxes">
              {Role.options.map((role, index) => {
                const id = index === 0 ? fieldIds.roles : roleId(role);
                return (
                  <div className="checkbox" key={role}>
                    <input type="checkbox" id={id} name="roles" value={role} />
                    <label htmlFor={id}>{t(`roles.${role}`)}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        <TextField
          id={fieldIds.password}
          name="password"
          type="text"
          label={t('users.password')}
          hint={t('users.passwordHint', { min: MIN_PASSWORD })}
          error={errorFor(errors, fieldIds.password, t)}
          autoComplete="new-password"
          spellCheck={false}
          translate="no"
        />
        <button type="submit" className="button" aria-disabled={createUser.isPending || undefined}>
          {createUser.isPending ? t('users.submitting') : t('users.submit')}
        </button>
      </form>
    </section>
  );
}
