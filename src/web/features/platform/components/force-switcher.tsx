import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../../shared/platform/contract.ts';
import { useSwitchForce } from '../api/switch-force.ts';

/**
 * Shown only to people in more than one force. A select plus a button rather than switching on
 * change: moving to another force changes everything on screen, so it waits to be asked.
 */
export function ForceSwitcher({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const [forceId, setForceId] = useState(me.force.id);
  const switchForce = useSwitchForce();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (forceId !== me.force.id && !switchForce.isPending) {
      switchForce.mutate(forceId);
    }
  }

  return (
    <form className="force-switcher" onSubmit={submit}>
      <label htmlFor="force-switcher" className="force-switcher__label">
        {t('header.force')}
      </label>
      <select id="force-switcher" value={forceId} onChange={(event) => setForceId(event.target.value)}>
        {me.forces.map((force) => (
          <option key={force.id} value={force.id}>
            {force.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--header">
        {switchForce.isPending ? t('header.switchingForce') : t('header.switchForce')}
      </button>
      {switchForce.isError && (
        <p className="header-error" role="alert">
          {t('header.switchForceFailed')}
        </p>
      )}
    </form>
  );
}
