import { useState, type MouseEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { assigneesQueryOptions, reportQueryOptions } from '../api/get-report.ts';
import { useGrades } from '../api/get-queue.ts';
import { isRecordedState } from '../recorded-state.ts';
import { useNow } from '../use-now.ts';
import { CaseAssignment } from './case-assignment.tsx';
import { CaseClose } from './case-close.tsx';
import { CaseContact } from './case-contact.tsx';
import { CaseContactLog } from './case-contact-log.tsx';
import { CaseDescription } from './case-description.tsx';
import { CaseFacts } from './case-facts.tsx';
import { CaseFormsProvider } from './case-forms.tsx';
import { CaseHeader } from './case-header.tsx';
import { CaseHistory } from './case-history.tsx';
import { CaseLinks } from './case-links.tsx';
import { CaseNotes } from './case-notes.tsx';
import { RecordingDecisionSection } from './recording-decision.tsx';
import { ThrivePanel } from './thrive-panel.tsx';
import '../../../styles/cases.css';

// In reading order: the report, then what can be done about it, then its links and history.
const sections = ['description', 'facts', 'contact', 'thrive', 'assignment', 'recording-decision', 'close', 'victim-contact', 'notes', 'links', 'history'] as const;

/** Moves focus to a section's heading, so keyboard and screen reader users land where they asked. */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const heading = document.getElementById(`${id}-heading`);
  if (!heading) {
    return;
  }
  event.preventDefault();
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/**
 * One report and everything done about it. Each part shows only the actions the user's
 * permissions allow; the server decides again on every request.
 */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const can = (permission: Parameters<typeof hasPermission>[1]) => hasPermission(me, permission);
  const report = useQuery(reportQueryOptions(id));
  const canAssign = can('cases:assign');
  const canTriage = can('cases:triage');
  const grades = useGrades(canTriage || canAssign);
  const people = useQuery({ ...assigneesQueryOptions, enabled: canAssign });
  const now = useNow();
  const [formHasErrors, setFormHasErrors] = useState(false);
  const location = useLocation();
  const recorded = isRecordedState(location.state) ? location.state : null;

  if (report.isPending) {
    return (
      <>
        <PageHeading>{t('caseView.title')}</PageHeading>
        <Loading />
      </>
    );
  }
  if (report.isError) {
    if (isApiError(report.error, 404)) {
      return (
        <>
          <PageHeading>{t('caseView.notFound')}</PageHeading>
          <p>{t('caseView.notFoundBody')}</p>
          <p>
            <Link to="/reports">{t('caseView.toReports')}</Link>
          </p>
        </>
      );
    }
    return (
      <>
        <PageHeading>{t('caseView.title')}</PageHeading>
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      </>
    );
  }

  const r = report.data;
  const canWork = canAssign || (can('cases:work') && r.assignedTo?.id === me.user.id);
  const gradeList = grades.data ?? [];
  const presentSections = sections.filter((s) => s !== 'close' || canWork || canAssign);

  return (
    <CaseFormsProvider onErrors={setFormHasErrors}>
      <PageHeading hasError={formHasErrors}>{r.reference}</PageHeading>
      {recorded?.recorded === r.reference && (
        <div className={`notice ${recorded.thriveFailed ? 'notice--error' : 'notice--ok'}`} role="status">
          <p>{t('caseView.recorded', { reference: r.reference })}</p>
          {recorded.thriveFailed && <p>{t('caseView.recordedThriveFailed')}</p>}
        </div>
      )}
      <CaseHeader report={r} grades={gradeList} now={now} />

      <nav className="contents" aria-labelledby="contents-heading">
        <h2 id="contents-heading" className="contents__heading">
          {t('caseView.contents')}
        </h2>
        <ul className="contents__list">
          {presentSections.map((s) => (
            <li key={s}>
              <a href={`#${s}`} onClick={(event) => jumpTo(event, s)}>
                {t(`caseView.sections.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="case-layout page-wide">
        <div className="case-layout__main">
          <CaseDescription report={r} canTranslate={canTriage || canAssign || can('cases:work')} />
          <CaseFacts report={r} />
          <CaseContact report={r} />
          <ThrivePanel report={r} canTriage={canTriage} canReadGrades={canTriage || canAssign} />
        </div>
        <div className="case-layout__side">
          <CaseAssignment report={r} canAssign={canAssign} canWork={canWork} />
          <RecordingDecisionSection report={r} canDecide={can('cases:decide_recording')} now={now} />
          <CaseClose
            report={r}
            canClose={canWork}
            canReopen={canAssign}
            canDecide={can('cases:decide_recording')}
          />
          <CaseContactLog report={r} canWork={canWork} />
          <CaseNotes report={r} canNote={canWork || canTriage} />
        </div>
        <div className="case-layout__bottom">
          <CaseLinks report={r} canLink={canTriage || canAssign || can('cases:review_compliance')} />
          <CaseHistory report={r} grades={gradeList} people={people.data ?? []} />
        </div>
      </div>
    </CaseFormsProvider>
  );
}
