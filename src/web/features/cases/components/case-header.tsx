import { useTranslation } from 'react-i18next';
import type { QueueResponse, ReportDetail } from '../../../../shared/cases/contract.ts';
import { formatDateTime } from '../../../lib/date-format.ts';
import { gradeLabel } from '../labels.ts';
import { closeReasons, oneOf } from '../options.ts';
import { ClockText, formatAge } from './clock-text.tsx';

/** Attendance is still awaited until someone marks the case attended (or it moves on). */
const AWAITING_ATTENDANCE = new Set(['new', 'triaged', 'assigned']);

/** The facts to act on, at the top of the case page: kind, status, grade, marking and the clocks. */
export function CaseHeader({ report, grades, now }: { report: ReportDetail; grades: QueueResponse['grades']; now: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const closed = report.status === 'closed';
  const closeReasonLabel = (reason: string) => {
    const known = oneOf(closeReasons, reason);
    return known ? t(`cases.closeReason.${known}`) : reason;
  };

  let attendance;
  if (!report.grade) {
    attendance = t('caseView.header.notGraded');
  } else if (!report.attendanceDueAt) {
    attendance = t('caseView.header.noAttendance');
  } else if (closed || !AWAITING_ATTENDANCE.has(report.status)) {
    attendance = t('caseView.header.attendanceDone');
  } else {
    attendance = <ClockText dueAt={report.attendanceDueAt} startedAt={report.receivedAt} now={now} showDue />;
  }

  let recording;
  if (report.recordingDecision) {
    recording = t('caseView.header.decided', {
      decision: t(`cases.decision.${report.recordingDecision}`),
      when: report.recordingDecidedAt ? formatDateTime(report.recordingDecidedAt, lang) : '',
    });
  } else if (report.kind === 'concern') {
    recording = t('caseView.header.noDecisionNeeded');
  } else {
    recording = <ClockText dueAt={report.recordingDueAt} startedAt={report.receivedAt} now={now} showDue />;
  }

  return (
    <>
      <p className="marking">
        <span className="visually-hidden">{t('caseView.header.marking')}: </span>
        {report.protectiveMarking}
      </p>
      <dl className="summary-list summary-list--header">
        <div className="summary-list__row">
          <dt>{t('caseView.header.kind')}</dt>
          <dd>{t(`cases.kind.${report.kind}`)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('caseView.header.status')}</dt>
          <dd>
            <span className={`status status--${closed ? 'muted' : 'ok'}`}>{t(`cases.status.${report.status}`)}</span>
            {closed && report.closureReason && ` – ${closeReasonLabel(report.closureReason)}`}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>
            <abbr title={t('glossary.grade')}>{t('caseView.header.grade')}</abbr>
          </dt>
          <dd className={report.grade ? undefined : 'status status--warn'}>{gradeLabel(report.grade, grades, t)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('caseView.header.received')}</dt>
          <dd>
            <time dateTime={report.receivedAt}>{formatDateTime(report.receivedAt, lang)}</time> ({formatAge(report.receivedAt, now, t)}) –{' '}
            {t(`cases.channel.${report.channel}`)}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('caseView.header.attendance')}</dt>
          <dd>{attendance}</dd>
        </div>
        <div className="summary-list__row">
          <dt>
            <abbr title={t('glossary.ncrs')}>{t('caseView.header.recording')}</abbr>
          </dt>
          <dd>
            {recording}
            {report.crimeNumber && (
              <>
                {' '}
                – {t('caseView.header.crimeNumber')} <strong translate="no">{report.crimeNumber}</strong>
              </>
            )}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('caseView.header.assigned')}</dt>
          <dd>{[report.assignedTo?.name, report.assignedTeam].filter(Boolean).join(' · ') || t('cases.unassigned')}</dd>
        </div>
      </dl>
    </>
  );
}
