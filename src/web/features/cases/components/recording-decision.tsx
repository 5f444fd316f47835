import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordingDecision, ReportDetail } from '../../../../shared/cases/contract.ts';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { formatDateTime } from '../../../lib/date-format.ts';
import { useCaseAction } from '../api/case-actions.ts';
import { serverErrors } from '../form-errors.ts';
import { decisions, oneOf } from '../options.ts';
import { CaseSection, useCaseForm } from './case-forms.tsx';
import { ClockText } from './clock-text.tsx';
import { ChoiceFieldset, TextAreaField } from './fields.tsx';

const OWNER = 'recording';
/** The first radio: where the error summary and the close refusal's link land. */
export const RECORDING_DECISION_FIELD = 'recording-decision-choice';
const ids = {
  decision: RECORDING_DECISION_FIELD,
  crimeNumber: 'recording-crime-number',
  rationale: 'recording-rationale',
  intentionalHostility: 'nchi-intentional-hostility',
  significantHarmRisk: 'nchi-significant-harm',
  futureOffenceRisk: 'nchi-future-offence',
};
const thresholds = ['intentionalHostility', 'significantHarmRisk', 'futureOffenceRisk'] as const;
type Threshold = (typeof thresholds)[number];

function yesNo(value: FormDataEntryValue | null): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

/** The crime-recording decision (NCRS: within 24 hours): crime with its number, NCHI, or no record. */
export function RecordingDecisionSection({ report, canDecide, now }: { report: ReportDetail; canDecide: boolean; now: number }) {
  const { t, i18n } = useTranslation();
  const action = useCaseAction(report.id);
  const form = useCaseForm(OWNER);
  const [decision, setDecision] = useState<RecordingDecision | undefined>(undefined);
  const last = report.history.findLast((e) => e.kind === 'recording_decided');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (action.isPending) {
      return;
    }
    const element = event.currentTarget;
    const data = new FormData(element);
    const chosen = oneOf(decisions, data.get('decision'));
    const crimeNumber = String(data.get('crimeNumber') ?? '').trim();
    const rationale = String(data.get('rationale') ?? '').trim();
    const answers: Record<Threshold, boolean | undefined> = {
      intentionalHostility: yesNo(data.get('intentionalHostility')),
      significantHarmRisk: yesNo(data.get('significantHarmRisk')),
      futureOffenceRisk: yesNo(data.get('futureOffenceRisk')),
    };
    const problems: FormError[] = [];
    if (!chosen) {
      problems.push({ fieldId: ids.decision, message: (tr) => tr('recording.errors.decision') });
    }
    // Its format is the server's to judge (forces number crimes differently); a refusal links back here.
    if (chosen === 'crime' && !crimeNumber) {
      problems.push({ fieldId: ids.crimeNumber, message: (tr) => tr('recording.errors.crimeNumber') });
    }
    if (chosen === 'nchi') {
      for (const k of thresholds) {
        if (answers[k] === undefined) {
          problems.push({ fieldId: ids[k], message: (tr) => tr('recording.errors.answer', { question: tr(`recording.nchi.${k}`) }) });
        }
      }
      if (answers.intentionalHostility === false) {
        problems.push({ fieldId: ids.intentionalHostility, message: (tr) => tr('recording.errors.noHostility') });
      }
    }
    if (rationale.length < 5) {
      problems.push({ fieldId: ids.rationale, message: (tr) => tr('recording.errors.rationale') });
    }
    form.setErrors(problems);
    if (problems.length > 0 || !chosen) {
      return;
    }
    const nchiThreshold =
      chosen === 'nchi'
        ? { intentionalHostility: answers.intentionalHostility === true, significantHarmRisk: answers.significantHarmRisk === true, futureOffenceRisk: answers.futureOffenceRisk === true }
        : undefined;
    action.mutate(
      { action: 'recording-decision', body: { decision: chosen, rationale, ...(chosen === 'crime' ? { crimeNumber } : {}), ...(nchiThreshold ? { nchiThreshold } : {}) } },
      {
        onSuccess: () => {
          element.reset();
          setDecision(undefined);
          form.saved(t('recording.saved', { decision: t(`cases.decision.${chosen}`) }), 'recording-decision-heading');
        },
        onError: (error) =>
          form.setErrors(
            serverErrors(error, {
              decision: ids.decision,
              crimeNumber: ids.crimeNumber,
              rationale: ids.rationale,
              'nchiThreshold.intentionalHostility': ids.intentionalHostility,
              nchiThreshold: ids.intentionalHostility,
            }, { crimeNumber: (tr) => tr('recording.errors.crimeNumberFormat') }),
          ),
      },
    );
  }

  const yesNoOptions = [
    { value: 'yes', label: t('cases.yes') },
    { value: 'no', label: t('cases.no') },
  ];
  const lang = i18n.resolvedLanguage;
  return (
    <CaseSection id="recording-decision" owners={[OWNER]} title={<abbr title={t('glossary.recording')}>{t('recording.title')}</abbr>}>
      {report.recordingDecision ? (
        <p>
          {t('recording.current', {
            decision: t(`cases.decision.${report.recordingDecision}`),
            name: last?.actorName ?? '',
            when: report.recordingDecidedAt ? formatDateTime(report.recordingDecidedAt, lang) : '',
          })}{' '}
          {report.crimeNumber && (
            <>
              {t('recording.crimeNumberIs')} <strong translate="no">{report.crimeNumber}</strong>.{' '}
            </>
          )}
          {last?.details['withinLimit'] === false ? <strong className="status status--danger">{t('recording.late')}</strong> : last ? t('recording.inTime') : null}
        </p>
      ) : report.kind === 'concern' ? (
        <p>{t('recording.notNeeded')}</p>
      ) : (
        <p>
          {t('recording.due')} <ClockText dueAt={report.recordingDueAt} startedAt={report.receivedAt} now={now} showDue />
        </p>
      )}

      {canDecide && (
        <form className="form" noValidate onSubmit={submit} aria-labelledby="recording-form-heading">
          <h3 id="recording-form-heading">{report.recordingDecision ? t('recording.changeHeading') : t('recording.formHeading')}</h3>
          <ErrorSummary errors={form.errors} />
          <ChoiceFieldset
            id={ids.decision}
            name="decision"
            type="radio"
            legend={t('recording.decision')}
            error={errorFor(form.errors, ids.decision, t)}
            value={decision ? [decision] : []}
            onChange={(value, checked) => checked && setDecision(oneOf(decisions, value))}
            options={decisions.map((d) => ({ value: d, label: t(`cases.decision.${d}`), hint: t(`recording.hint.${d}`) }))}
            reveal={{
              crime: (
                <TextField
                  id={ids.crimeNumber}
                  name="crimeNumber"
                  label={t('recording.crimeNumber')}
                  hint={t('recording.crimeNumberHint')}
                  error={errorFor(form.errors, ids.crimeNumber, t)}
                  autoComplete="off"
                  spellCheck={false}
                  translate="no"
                  maxLength={30}
                />
              ),
              nchi: (
                <>
                  {thresholds.map((k) => (
                    <ChoiceFieldset
                      key={k}
                      id={ids[k]}
                      name={k}
                      type="radio"
                      inline
                      legend={t(`recording.nchi.${k}`)}
                      error={errorFor(form.errors, ids[k], t)}
                      options={yesNoOptions}
                    />
                  ))}
                </>
              ),
            }}
          />
          <TextAreaField
            id={ids.rationale}
            name="rationale"
            label={t('recording.rationale')}
            hint={t('recording.rationaleHint')}
            error={errorFor(form.errors, ids.rationale, t)}
            rows={3}
            maxLength={4000}
          />
          <button type="submit" className="button" aria-disabled={action.isPending || undefined}>
            {action.isPending ? t('caseView.saving') : t('recording.submit')}
          </button>
        </form>
      )}
    </CaseSection>
  );
}
