import { useTranslation } from 'react-i18next';
import { errorFor, type FormError } from '../../../components/error-summary.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { emptyAction, type ActionDraft } from '../action-draft.ts';
import { focusSoon, removeAt, replaceAt } from '../draft-lists.ts';

type Props = {
  legend: string;
  hint: string;
  /** "Action 2", "Mitigation 2". */
  itemLabel: (n: number) => string;
  addLabel: string;
  idFor: (index: number, field: 'description' | 'owner' | 'dueAt') => string;
  items: readonly ActionDraft[];
  onChange: (items: ActionDraft[]) => void;
  errors: readonly FormError[];
};

/** Actions with an owner and an optional due time (London), for an assessment or a CIA's mitigations. */
export function ActionsEditor({ legend, hint, itemLabel, addLabel, idFor, items, onChange, errors }: Props) {
  const { t } = useTranslation();
  const addId = `${idFor(0, 'description')}-add`;
  const set = (index: number, item: ActionDraft) => onChange(replaceAt(items, index, item));
  return (
    <fieldset className="fieldset form-section list-editor">
      <legend className="form-section__legend">{legend}</legend>
      <p className="form-hint">{hint}</p>
      {items.map((item, index) => (
        <fieldset key={item.key} className="fieldset list-editor__item">
          <legend className="list-editor__legend">{itemLabel(index + 1)}</legend>
          <TextField
            id={idFor(index, 'description')}
            name={`action-${index}-description`}
            label={t('tension.actions.description')}
            error={errorFor(errors, idFor(index, 'description'), t)}
            value={item.description}
            maxLength={1000}
            onChange={(event) => set(index, { ...item, description: event.target.value })}
          />
          <div className="field-pair">
            <TextField
              id={idFor(index, 'owner')}
              name={`action-${index}-owner`}
              label={t('tension.actions.owner')}
              hint={t('tension.actions.ownerHint')}
              error={errorFor(errors, idFor(index, 'owner'), t)}
              value={item.owner}
              maxLength={200}
              onChange={(event) => set(index, { ...item, owner: event.target.value })}
            />
            <TextField
              id={idFor(index, 'dueAt')}
              name={`action-${index}-due`}
              type="datetime-local"
              label={t('tension.actions.dueOptional')}
              hint={t('tension.form.londonTime')}
              error={errorFor(errors, idFor(index, 'dueAt'), t)}
              value={item.dueAt}
              onChange={(event) => set(index, { ...item, dueAt: event.target.value })}
            />
          </div>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              onChange(removeAt(items, index));
              focusSoon(items.length > 1 ? idFor(Math.max(0, index - 1), 'description') : addId);
            }}
          >
            {t('tension.form.remove')}
            <span className="visually-hidden"> {itemLabel(index + 1)}</span>
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        id={addId}
        className="button button--secondary button--small"
        onClick={() => {
          onChange([...items, emptyAction()]);
          focusSoon(idFor(items.length, 'description'));
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
