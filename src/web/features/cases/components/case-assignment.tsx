import type { FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../shared/cases/contract.ts';
import { ErrorSummary, errorFor } from '../../../components/error-summary.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useCaseAction } from '../api/case-actions.ts';
import { assigneesQueryOptions } from '../api/get-report.ts';
import { serverErrors } from '../form-errors.ts';
import { assigneeText } from '../labels.ts';
import { workStatuses } from '../options.ts';
import { CaseSection, useCaseForm } from './case-forms.tsx';
import { SelectField } from './fields.tsx';

const OFFICER = 'assign-officer';
const TEAM = 'assign-team';

function AssignForm({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const assignees = useQuery(assigneesQueryOptions);
  const action = useCaseAction(report.id);
  const form = useCaseForm('assign');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (action.isPending) {
      return;
    }
    const data = new FormData(event.currentTarget);
    const userId = String(data.get('userId') ?? '') || null;
    const team = String(data.get('team') ?? '').trim() || null;
    if (!userId && !team) {
      form.setErrors([{ fieldId: OFFICER, message: (tr) => tr('caseView.assign.errors.required') }]);
      return;
    }
    action.mutate(
      { action: 'assign', body: { userId, team } },
      {
        onSuccess: () => {
          const name = assignees.data?.find((p) => p.id === userId)?.name;
          form.saved(t('caseView.assign.saved', { to: [name, team].filter(Boolean).join(' · ') }), 'assignment-heading');
        },
        onError: (error) => form.setErrors(serverErrors(error, { userId: OFFICER, team: TEAM })),
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="assign-form-heading">
      <h3 id="assign-form-heading">{report.assignedTo || report.assignedTeam ? t('caseView.assign.reassign') : t('caseView.assign.heading')}</h3>
      <ErrorSummary errors={form.errors} />
      {assignees.isError && <p className="notice notice--error">{t('caseView.assign.assigneesFailed')}</p>}
      <SelectField
        key={`${report.assignedTo?.id ?? ''}:${assignees.data?.length ?? 0}`}
        id={OFFICER}
        name="userId"
        label={t('caseView.assign.officer')}
        error={errorFor(form.errors, OFFICER, t)}
        placeholder={t('caseView.assign.noOfficer')}
        options={(assignees.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        defaultValue={report.assignedTo?.id ?? ''}
      />
      <TextField
        key={report.assignedTeam ?? ''}
        id={TEAM}
        name="team"
        label={t('caseView.assign.team')}
        hint={t('caseView.assign.teamHint')}
        error={errorFor(form.errors, TEAM, t)}
        defaultValue={report.assignedTeam ?? ''}
        maxLength={100}
        autoComplete="off"
      />
      <button type="submit" className="button" aria-disabled={action.isPending || undefined}>
        {action.isPending ? t('caseView.saving') : t('caseView.assign.submit')}
      </button>
    </form>
  );
}


function StatusButtons({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const action = useCaseAction(report.id);
  const form = useCaseForm('status');
  const choices = workStatuses.filter((s) => s !== report.status);

  function set(status: (typeof workStatuses)[number]) {
    if (action.isPending) {
      return;
    }
    action.mutate(
      { action: 'status', body: { status } },
      {
        onSuccess: () => form.saved(t('caseView.status.saved', { status: t(`cases.status.${status}`) }), 'assignment-heading'),
        onError: (error) => form.setErrors(serverErrors(error, {})),
      },
    );
  }

  return (
    <div className="status-actions">
      <h3>{t('caseView.status.heading')}</h3>
      <ErrorSummary errors={form.errors} />
      <div className="button-row">
        {choices.map((status) => (
          <button key={status} type="button" className="button button--secondary" aria-disabled={action.isPending || undefined} onClick={() => set(status)}>
            {t(`caseView.status.mark.${status}`)}
          </button>
        ))}
      </div>
    </div>
  );
}

/** Who has the case (a supervisor assigns an officer or a team) and how far it has got. */
export function CaseAssignment({ report, canAssign, canWork }: { report: ReportDetail; canAssign: boolean; canWork: boolean }) {
  const { t } = useTranslation();
  const closed = report.status === 'closed';
  return (
    <CaseSection id="assignment" owners={['assign', 'status']} title={t('caseView.assign.title')}>
      <p>
        {t('caseView.assign.current')} <strong>{assigneeText(report, t)}</strong>. {t('caseView.assign.status')}{' '}
        <strong>{t(`cases.status.${report.status}`)}</strong>.
      </p>
      {closed && (canAssign || canWork) && <p>{t('caseView.assign.closedHint')}</p>}
      {!closed && canAssign && <AssignForm report={report} />}
      {!closed && canWork && <StatusButtons report={report} />}
    </CaseSection>
  );
}

