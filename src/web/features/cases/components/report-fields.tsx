import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorFor, type FormError } from '../../../components/error-summary.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { reportFieldIds as ids } from '../report-draft.ts';
import { reporterRoles, reportKinds, reportLanguages, religions, strands } from '../options.ts';
import { ChoiceFieldset, SelectField, TextAreaField } from './fields.tsx';
import { ReporterContactFields } from './reporter-contact-fields.tsx';
import { languageName } from '../labels.ts';

type ReportFieldsProps = {
  errors: readonly FormError[];
  /** "call": the control room's defaults (a hate crime, the victim calling, happening now). */
  mode: 'call' | 'partner';
  /** The London wall-clock time to start "when" at (datetime-local value). */
  defaultOccurredAt: string;
};

/**
 * The fields of PublicReportRequest, top to bottom in the order a caller tells it: what, when,
 * why, where, who did it, who is reporting and how to reach them. Named as report-draft.ts reads them.
 */
export function ReportFields({ errors, mode, defaultOccurredAt }: ReportFieldsProps) {
  const { t, i18n } = useTranslation();
  const err = (id: string) => errorFor(errors, id, t);
  const [kind, setKind] = useState<string>(mode === 'call' ? 'hate_crime' : '');
  const [chosenStrands, setChosenStrands] = useState<readonly string[]>([]);
  const [online, setOnline] = useState(false);
  const [anonymous, setAnonymous] = useState(false);
  const [role, setRole] = useState<string>(mode === 'call' ? 'victim' : 'on_behalf');

  return (
    <>
      <ChoiceFieldset
        id={ids.kind}
        name="kind"
        type="radio"
        legend={t('reportForm.kind')}
        error={err(ids.kind)}
        value={kind ? [kind] : []}
        onChange={(value, on) => on && setKind(value)}
        options={reportKinds.map((k) => ({ value: k, label: t(`cases.kind.${k}`), hint: t(`reportForm.kindHint.${k}`) }))}
      />
      <TextAreaField
        id={ids.description}
        name="description"
        label={t('reportForm.description')}
        hint={mode === 'call' ? t('reportForm.descriptionHintCall') : t('reportForm.descriptionHintPartner')}
        error={err(ids.description)}
        rows={6}
        maxLength={10_000}
        dir="auto"
      />
      <SelectField
        id={ids.language}
        name="language"
        label={t('reportForm.language')}
        hint={t('reportForm.languageHint')}
        defaultValue="en"
        options={[...reportLanguages.map((code) => ({ value: code, label: languageName(code, i18n.resolvedLanguage) })), { value: '', label: t('reportForm.detectLanguage') }]}
      />

      <fieldset className="fieldset form-section">
        <legend className="form-section__legend">{t('reportForm.whenHeading')}</legend>
        <TextField
          id={ids.occurredAt}
          name="occurredAt"
          type="datetime-local"
          label={t('reportForm.occurredAt')}
          hint={t('reportForm.occurredAtHint')}
          error={err(ids.occurredAt)}
          defaultValue={defaultOccurredAt}
          className="form-input--medium"
        />
        <div className="checkbox">
          <input type="checkbox" id="report-approximate" name="occurredApproximate" value="yes" />
          <label htmlFor="report-approximate">{t('reportForm.approximate')}</label>
        </div>
        <TextField
          id={ids.occurredNote}
          name="occurredNote"
          label={mode === 'call' ? t('reportForm.occurredNote') : t('reportForm.occurredNotePartner')}
          hint={t('reportForm.occurredNoteHint')}
          maxLength={200}
        />
        <div className="checkbox">
          <input type="checkbox" id="report-ongoing" name="ongoing" value="yes" />
          <label htmlFor="report-ongoing">{t('reportForm.ongoing')}</label>
        </div>
      </fieldset>

      <ChoiceFieldset
        id={ids.strands}
        name="strands"
        type="checkbox"
        legend={<abbr title={t('glossary.strand')}>{t('reportForm.strands')}</abbr>}
        hint={kind === 'concern' ? t('reportForm.strandsHintConcern') : t('reportForm.strandsHint')}
        error={err(ids.strands)}
        value={chosenStrands}
        onChange={(value, on) => setChosenStrands((now) => (on ? [...now, value] : now.filter((s) => s !== value)))}
        options={strands.map((s) => ({ value: s, label: t(`cases.strand.${s}`) }))}
        reveal={{
          religion: (
            <SelectField
              id={ids.perceivedReligion}
              name="perceivedReligion"
              label={t('reportForm.religion')}
              error={err(ids.perceivedReligion)}
              placeholder={t('reportForm.religionNotSaid')}
              options={religions.map((r) => ({ value: r, label: t(`cases.religion.${r}`) }))}
            />
          ),
        }}
      />

      <fieldset className="fieldset form-section">
        <legend className="form-section__legend">{t('reportForm.whereHeading')}</legend>
        <TextField id={ids['location.postcode']} name="postcode" label={t('reportForm.postcode')} error={err(ids['location.postcode'])} autoComplete="off" className="form-input--short" />
        <TextField id={ids.location} name="place" label={t('reportForm.place')} hint={t('reportForm.placeHint')} error={err(ids.location)} maxLength={500} autoComplete="off" />
        <div className="checkbox">
          <input type="checkbox" id={ids.online} name="online" value="yes" checked={online} onChange={(e) => setOnline(e.target.checked)} />
          <label htmlFor={ids.online}>{t('reportForm.online')}</label>
        </div>
        {online && <TextField id={ids.onlinePlatform} name="onlinePlatform" label={t('reportForm.platform')} hint={t('reportForm.platformHint')} maxLength={200} />}
      </fieldset>

      <TextAreaField id={ids.offenderDescription} name="offenderDescription" label={t('reportForm.offender')} rows={2} maxLength={2000} dir="auto" />
      <TextAreaField id={ids.witnesses} name="witnesses" label={t('reportForm.witnesses')} rows={2} maxLength={1000} dir="auto" />

      <ChoiceFieldset
        id={ids.reporterRole}
        name="reporterRole"
        type="radio"
        legend={mode === 'call' ? t('reportForm.roleCall') : t('reportForm.rolePartner')}
        error={err(ids.reporterRole)}
        value={[role]}
        onChange={(value, on) => on && setRole(value)}
        options={reporterRoles.map((r) => ({ value: r, label: t(`cases.reporterRole.${r}`) }))}
      />
      {(mode === 'partner' || role === 'on_behalf' || role === 'organisation') && (
        <TextField
          id={ids.organisation}
          name="organisation"
          label={mode === 'partner' ? t('reportForm.organisationPartner') : t('reportForm.organisation')}
          error={err(ids.organisation)}
          maxLength={200}
          autoComplete="organization"
        />
      )}

      <ChoiceFieldset
        id={ids.anonymous}
        name="anonymous"
        type="radio"
        legend={t('reportForm.contactHeading')}
        value={[anonymous ? 'yes' : 'no']}
        onChange={(value, on) => on && setAnonymous(value === 'yes')}
        options={[
          { value: 'no', label: mode === 'call' ? t('reportForm.giveContactCall') : t('reportForm.giveContactPartner') },
          { value: 'yes', label: t('reportForm.anonymous') },
        ]}
      />
      {!anonymous && <ReporterContactFields errors={errors} />}
    </>
  );
}
