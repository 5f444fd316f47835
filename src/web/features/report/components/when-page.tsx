import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/date-input.tsx';
import { Radios } from '../../../components/radios.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useDraft, type Draft } from '../draft-store.ts';
import { londonDay } from '../report-dates.ts';
import { isConcern } from '../report-flow.ts';
import { QuestionForm, useQuestion } from './question-form.tsx';

type DateChoice = NonNullable<Draft['dateChoice']>;

/** "Today" and "yesterday" mean the day they were chosen on, so a draft sent tomorrow stays right. */
function chooseDay(dateChoice: DateChoice): Partial<Draft> {
  const now = new Date();
  return { dateChoice, date: dateChoice === 'today' ? londonDay(now) : dateChoice === 'yesterday' ? londonDay(now, 1) : '' };
}

/** When: a day (or a best guess), maybe a time, "roughly" with a note, and whether it goes on. */
export function WhenPage() {
  const { t } = useTranslation('report');
  const concern = isConcern(useDraft());
  const q = useQuestion('when', concern ? t('when.titleConcern') : t('when.title'));
  const { draft, update, error } = q;
  const dateError = error('date-day') ?? error('date-month') ?? error('date-year');
  const errorPart = error('date-month') ? 'month' : error('date-year') ? 'year' : error('date-day') && draft.day.trim() === '' ? 'day' : undefined;

  return (
    <QuestionForm question={q}>
      <Radios<DateChoice>
        id="date-choice"
        name="dateChoice"
        legend={concern ? t('when.titleConcern') : t('when.title')}
        headingRef={q.headingRef}
        error={error('date-choice-today')}
        value={draft.dateChoice}
        onChange={(choice) => update(chooseDay(choice))}
        options={[
          { value: 'today', label: t('when.today') },
          { value: 'yesterday', label: t('when.yesterday') },
          {
            value: 'another',
            label: t('when.another'),
            conditional: (
              <DateInput
                id="date"
                legend={t('when.date')}
                hint={t('when.dateHint')}
                labels={{ day: t('when.day'), month: t('when.month'), year: t('when.year') }}
                error={dateError}
                errorPart={errorPart}
                value={{ day: draft.day, month: draft.month, year: draft.year }}
                onChange={(parts) => update(parts)}
              />
            ),
          },
        ]}
      />
      <TextField
        id="time"
        name="time"
        label={t('when.time')}
        hint={t('when.timeHint')}
        error={error('time')}
        className="form-input--width-5"
        inputMode="numeric"
        autoComplete="off"
        dir="ltr"
        value={draft.time}
        onChange={(event) => update({ time: event.currentTarget.value })}
      />
      <div className="form-group">
        <div className="choice choice--checkbox">
          <input
            type="checkbox"
            id="approximate"
            name="approximate"
            checked={draft.approximate}
            onChange={(event) => update({ approximate: event.currentTarget.checked })}
          />
          <label htmlFor="approximate">{t('when.approximate')}</label>
        </div>
        {draft.approximate && (
          <div className="choice__conditional">
            <TextareaField
              id="note"
              name="note"
              label={t('when.note')}
              hint={t('when.noteHint')}
              error={error('note')}
              rows={2}
              value={draft.note}
              onChange={(event) => update({ note: event.currentTarget.value })}
            />
          </div>
        )}
      </div>
      <Radios
        id="ongoing"
        name="ongoing"
        legend={t('when.ongoing')}
        error={error('ongoing-yes')}
        value={draft.ongoing}
        onChange={(ongoing) => update({ ongoing })}
        inline
        options={[
          { value: 'yes', label: t('when.ongoingYes') },
          { value: 'no', label: t('when.ongoingNo') },
        ]}
      />
    </QuestionForm>
  );
}
