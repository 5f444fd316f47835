import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { IssueOpen311KeyRequest } from '../../../../shared/open311/contract.ts';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { describeError } from '../../../components/query-status.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useIssueOpen311Key } from '../api/issue-open311-key.ts';
import { IssuedKey } from './issued-key.tsx';

const ORGANISATION_ID = 'new-key-organisation';

// The rule comes from the shared contract, so the form and the server cannot disagree.
function organisationMessage(issueCode: string | undefined): (t: TFunction) => string {
  return issueCode === 'too_big' ? (t) => t('open311Keys.errors.organisationTooLong') : (t) => t('open311Keys.errors.organisationRequired');
}

function serverErrors(error: unknown): FormError[] {
  if (isApiError(error, 400) && error.fieldErrors.length > 0) {
    return error.fieldErrors.map((problem) =>
      problem.field === 'organisation'
        ? { fieldId: ORGANISATION_ID, message: organisationMessage(undefined) }
        : { message: () => problem.message },
    );
  }
  return [{ message: (t) => describeError(error, t) }];
}

export function IssueKeyForm({ endpoint, onErrors }: { endpoint: string; onErrors: (hasErrors: boolean) => void }) {
  const { t } = useTranslation();
  const issueKey = useIssueOpen311Key();
  const [errors, setErrorsState] = useState<FormError[]>([]);
  const [issued, setIssued] = useState<{ organisation: string; apiKey: string } | null>(null);

  function setErrors(next: FormError[]) {
    setErrorsState(next);
    onErrors(next.length > 0);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (issueKey.isPending) {
      return;
    }
    const form = event.currentTarget;
    const parsed = IssueOpen311KeyRequest.safeParse({ organisation: String(new FormData(form).get('organisation') ?? '') });
    if (!parsed.success) {
      setErrors([{ fieldId: ORGANISATION_ID, message: organisationMessage(parsed.error.issues[0]?.code) }]);
      return;
    }
    setErrors([]);
    setIssued(null);
    issueKey.mutate(parsed.data, {
      onSuccess: (created) => {
        form.reset();
        setIssued({ organisation: created.key.organisation, apiKey: created.apiKey });
        issueKey.reset();
      },
      onError: (error) => setErrors(serverErrors(error)),
    });
  }

  return (
    <section aria-labelledby="issue-key-heading" className="section">
      <h2 id="issue-key-heading">{t('open311Keys.addHeading')}</h2>
      {issued && <IssuedKey organisation={issued.organisation} apiKey={issued.apiKey} endpoint={endpoint} onDismiss={() => setIssued(null)} />}
      <ErrorSummary errors={errors} />
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={ORGANISATION_ID}
          name="organisation"
          label={t('open311Keys.organisation')}
          hint={t('open311Keys.organisationHint')}
          error={errorFor(errors, ORGANISATION_ID, t)}
          autoComplete="off"
        />
        <button type="submit" className="button" aria-disabled={issueKey.isPending || undefined}>
          {issueKey.isPending ? t('open311Keys.submitting') : t('open311Keys.submit')}
        </button>
      </form>
    </section>
  );
}
