import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Person, QueueResponse, ReportDetail } from '../../../../shared/cases/contract.ts';
import type { z } from 'zod';
import { formatDateTime } from '../../../lib/date-format.ts';
import { gradeLabel } from '../labels.ts';
import { caseStatuses, channels, closeReasons, contactMethods, contactOutcomes, decisions, oneOf } from '../options.ts';
import { CaseSection } from './case-forms.tsx';

const kinds = [
  'received',
  'thrived',
  're_thrived',
  'assigned',
  'status_changed',
  'victim_contacted',
  'note_added',
  'translated',
  'recording_decided',
  'closed',
  'reopened',
  'review_compliant',
  'review_returned',
] as const;

type Event = ReportDetail['history'][number];
type Context = { report: ReportDetail; grades: QueueResponse['grades']; people: readonly z.infer<typeof Person>[]; t: TFunction };

const text = (value: unknown) => (typeof value === 'string' ? value : '');
/** "flag_correct" → "flag correct": checklist keys, when the checklist's own labels are not at hand. */
const words = (key: string) => key.replace(/_/g, ' ');

/** One line on what an event changed, from its details; empty when the kind says it all. */
function describe(event: Event, { report, grades, people, t }: Context): string {
  const d = event.details;
  switch (event.kind) {
    case 'received': {
      const channel = oneOf(channels, d['channel']);
      return channel ? t('history.details.received', { channel: t(`cases.channel.${channel}`) }) : '';
    }
    case 'thrived':
    case 're_thrived':
      return t('history.details.graded', { grade: gradeLabel(text(d['grade']) || null, grades, t) });
    case 'assigned': {
      const id = text(d['userId']);
      const name = people.find((p) => p.id === id)?.name ?? (report.assignedTo?.id === id ? report.assignedTo.name : id ? t('history.details.anOfficer') : '');
      return [name, text(d['team'])].filter(Boolean).join(' · ');
    }
    case 'status_changed': {
      const to = oneOf(caseStatuses, d['to']);
      return to ? t(`cases.status.${to}`) : '';
    }
    case 'victim_contacted': {
      const method = oneOf(contactMethods, d['method']);
      const outcome = oneOf(contactOutcomes, d['outcome']);
      return [method && t(`cases.contactMethod.${method}`), outcome && t(`cases.contactOutcome.${outcome}`), text(d['notes'])].filter(Boolean).join(' – ');
    }
    case 'note_added':
      return text(d['note']);
    case 'recording_decided': {
      const decision = oneOf(decisions, d['decision']);
      return [
        decision && t(`cases.decision.${decision}`),
        text(d['crimeNumber']) && t('history.details.crimeNumber', { number: text(d['crimeNumber']) }),
        d['withinLimit'] === false ? t('history.details.late') : d['withinLimit'] === true ? t('history.details.inTime') : '',
      ]
        .filter(Boolean)
        .join(' – ');
    }
    case 'closed': {
      const reason = oneOf(closeReasons, d['reason']);
      return [reason && t(`cases.closeReason.${reason}`), text(d['notes'])].filter(Boolean).join(' – ');
    }
    case 'review_compliant':
    case 'review_returned': {
      const failed = Array.isArray(d['failed']) ? d['failed'].map((k) => words(text(k))).filter(Boolean) : [];
      return [failed.length > 0 && t('history.details.failed', { items: failed.join(', ') }), text(d['notes'])].filter(Boolean).join(' – ');
    }
    default:
      return '';
  }
}

/** Who did what and when, oldest first: the report's whole history. */
export function CaseHistory({ report, grades, people }: { report: ReportDetail; grades: QueueResponse['grades']; people: readonly z.infer<typeof Person>[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  return (
    <CaseSection id="history" title={t('history.title')}>
      {report.complianceReviews.length > 0 && (
        <>
          <h3>{t('history.reviewsHeading')}</h3>
          <ul className="list list--bullet">
            {report.complianceReviews.map((r) => (
              <li key={r.reviewedAt}>
                <strong className={`status status--${r.outcome === 'compliant' ? 'ok' : 'danger'}`}>{t(`compliance.outcome.${r.outcome}`)}</strong> –{' '}
                {t('history.reviewedBy', { name: r.reviewedBy, when: formatDateTime(r.reviewedAt, lang) })}
                {r.notes && <span dir="auto"> – {r.notes}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="table-scroll" role="region" aria-labelledby="history-caption" tabIndex={0}>
        <table className="table table--dense">
          <caption id="history-caption" className="table__caption">
            {t('history.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('caseView.when')}</th>
              <th scope="col">{t('caseView.who')}</th>
              <th scope="col">{t('history.what')}</th>
              <th scope="col">{t('history.details.heading')}</th>
            </tr>
          </thead>
          <tbody>
            {report.history.map((event, index) => {
              const kind = oneOf(kinds, event.kind);
              return (
                <tr key={`${event.at}-${index}`}>
                  <td className="nowrap">
                    <time dateTime={event.at}>{formatDateTime(event.at, lang)}</time>
                  </td>
                  <td>{event.actorName === 'public:report' ? t('history.public') : event.actorName}</td>
                  <td>{kind ? t(`history.kind.${kind}`) : words(event.kind)}</td>
                  <td className="break" dir="auto">
                    {describe(event, { report, grades, people, t }) || '–'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </CaseSection>
  );
}
