import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { PublicLayout } from '../../../components/public-layout.tsx';
import { describeError, Loading } from '../../../components/query-status.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { isApiError, withQuery } from '../../../lib/api-client.ts';
import { meQueryOptions, safeNextPath } from '../../../lib/auth.ts';
import { authConfigQueryOptions, SSO_START_PATH } from '../api/get-auth-config.ts';
import { useSignIn } from '../api/sign-in.ts';

const EMAIL_ID = 'email';
const PASSWORD_ID = 'password';

// Deliberately loose: the server has the final say; this only catches obvious slips.
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+$/;

function validate(email: string, password: string): FormError[] {
  const errors: FormError[] = [];
  if (!email) {
    errors.push({ fieldId: EMAIL_ID, message: (t) => t('signIn.errors.emailRequired') });
  } else if (!LOOKS_LIKE_EMAIL.test(email)) {
    errors.push({ fieldId: EMAIL_ID, message: (t) => t('signIn.errors.emailInvalid') });
  }
  if (!password) {
    errors.push({ fieldId: PASSWORD_ID, message: (t) => t('signIn.errors.passwordRequired') });
  }
  return errors;
}

function serverErrors(error: unknown): FormError[] {
  if (isApiError(error, 401)) {
    return [{ fieldId: EMAIL_ID, message: (t) => t('signIn.errors.incorrect') }];
  }
  if (isApiError(error, 429)) {
    return [{ message: (t) => t('signIn.errors.rateLimited') }];
  }
  if (isApiError(error, 400) && error.fieldErrors.length > 0) {
    return error.fieldErrors.map((problem) =>
      problem.field === 'password'
        ? { fieldId: PASSWORD_ID, message: (t: TFunction) => t('signIn.errors.passwordRequired') }
        : { fieldId: EMAIL_ID, message: (t: TFunction) => t('signIn.errors.emailInvalid') },
    );
  }
  return [{ message: (t) => describeError(error, t) }];
}

/** The server sends the browser back with ?sso=failed or ?sso=off when single sign-on did not work. */
function ssoErrors(sso: string | null): FormError[] {
  if (sso === 'failed') {
    return [{ message: (t) => t('signIn.errors.ssoFailed') }];
  }
  if (sso === 'off') {
    return [{ message: (t) => t('signIn.errors.ssoOff') }];
  }
  return [];
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const me = useQuery(meQueryOptions);
  const config = useQuery(authConfigQueryOptions);
  const signIn = useSignIn();
  const [errors, setErrors] = useState<FormError[]>(() => ssoErrors(searchParams.get('sso')));

  if (me.data) {
    return <Navigate to={next} replace />;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) {
      return;
    }
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const problems = validate(email, password);
    setErrors(problems);
    if (problems.length > 0) {
      return;
    }
    signIn.mutate(
      { email, password },
      {
        onSuccess: () => void navigate(next, { replace: true }),
        onError: (error) => setErrors(serverErrors(error)),
      },
    );
  }

  // If the configuration cannot be read, offer the password form: it is the usual way in.
  const localSignIn = config.data?.localSignIn ?? true;
  const sso = config.data?.sso;

  return (
    <PublicLayout>
      <ErrorSummary errors={errors} />
      <PageHeading hasError={errors.length > 0}>{t('signIn.title')}</PageHeading>
      {config.isPending ? (
        <Loading />
      ) : (
        <>
          {localSignIn && (
            <form className="form" noValidate onSubmit={submit}>
              <p>{t('signIn.intro')}</p>
              <TextField
                id={EMAIL_ID}
                name="email"
                type="email"
                label={t('signIn.email')}
                error={errorFor(errors, EMAIL_ID, t)}
                autoComplete="username"
                spellCheck={false}
                autoCapitalize="none"
              />
              <TextField
                id={PASSWORD_ID}
                name="password"
                type="password"
                label={t('signIn.password')}
                error={errorFor(errors, PASSWORD_ID, t)}
                autoComplete="current-password"
              />
              <button type="submit" className="button" aria-disabled={signIn.isPending || undefined}>
                {t('signIn.submit')}
              </button>
              {signIn.isPending && (
                <p className="form-hint" role="status">
                  {t('signIn.submitting')}
                </p>
              )}
            </form>
          )}
          {sso?.enabled && (
            <>
              {localSignIn && <p className="divider">{t('signIn.or')}</p>}
              <a className="button button--secondary" href={withQuery(SSO_START_PATH, { returnTo: next === '/' ? undefined : next })}>
                {sso.label || t('signIn.ssoDefault')}
              </a>
            </>
          )}
          {!localSignIn && !sso?.enabled && <p>{t('signIn.unavailable')}</p>}
        </>
      )}
    </PublicLayout>
  );
}
