import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormError } from '../../../components/error-summary.tsx';

/**
 * The case page has many small forms. One of them at a time owns the error summary (so there is
 * one summary and one "Error:" title), and the last one saved shows "Saved" under its heading
 * while a polite live region says so.
 */
type Owned<T> = { owner: string; value: T } | null;

type CaseFormsState = {
  errors: Owned<readonly FormError[]>;
  setErrors: (next: Owned<readonly FormError[]> | ((current: Owned<readonly FormError[]>) => Owned<readonly FormError[]>)) => void;
  saved: Owned<string>;
  setSaved: (next: Owned<string>) => void;
  announce: (message: string) => void;
};

const CaseFormsContext = createContext<CaseFormsState | null>(null);

export function CaseFormsProvider({ children, onErrors }: { children: ReactNode; onErrors?: (hasErrors: boolean) => void }) {
  const [errors, setErrorsState] = useState<Owned<readonly FormError[]>>(null);
  const [saved, setSaved] = useState<Owned<string>>(null);
  const [announcement, setAnnouncement] = useState({ text: '', n: 0 });

  const setErrors: CaseFormsState['setErrors'] = (next) => setErrorsState(next);
  const hasErrors = errors !== null;
  useEffect(() => onErrors?.(hasErrors), [hasErrors]);

  // A trailing no-break space on every other message makes a repeated "Saved" a change the
  // screen reader announces again.
  const announce = (text: string) => setAnnouncement((a) => ({ text: a.n % 2 ? text : `${text}\u00a0`, n: a.n + 1 }));

  return (
    <CaseFormsContext value={{ errors, setErrors, saved, setSaved, announce }}>
      <p className="visually-hidden" role="status">
        {announcement.text}
      </p>
      {children}
    </CaseFormsContext>
  );
}

function useCaseForms(): CaseFormsState {
  const state = use(CaseFormsContext);
  if (!state) {
    throw new Error('case forms are used inside <CaseFormsProvider>');
  }
  return state;
}

/** The error and "saved" state of one form on the case page, named by `owner`. */
export function useCaseForm(owner: string) {
  const { t } = useTranslation();
  const forms = useCaseForms();
  const errors = forms.errors?.owner === owner ? forms.errors.value : [];
  return {
    errors,
    setErrors(next: readonly FormError[]) {
      forms.setErrors((current) => (next.length > 0 ? { owner, value: next } : current?.owner === owner ? null : current));
      if (next.length > 0) {
        forms.setSaved(null);
      }
    },
    /** After a successful action: clear this form's errors, say so, and put focus on `focusId`. */
    saved(message = t('caseView.saved'), focusId?: string) {
      forms.setErrors((current) => (current?.owner === owner ? null : current));
      forms.setSaved({ owner, value: message });
      forms.announce(message);
      if (focusId) {
        // After React has rendered the refetched report, so the element is the current one.
        window.setTimeout(() => document.getElementById(focusId)?.focus(), 0);
      }
    },
  };
}

type CaseSectionProps = {
  id: string;
  title: ReactNode;
  children: ReactNode;
  /** The forms (owners) whose "Saved" message shows under this heading. */
  owners?: readonly string[];
};

/** One titled part of the case page; its heading takes focus after an action so the reading place is clear. */
export function CaseSection({ id, title, children, owners = [] }: CaseSectionProps) {
  const forms = useCaseForms();
  const message = forms.saved && owners.includes(forms.saved.owner) ? forms.saved.value : null;
  return (
    <section className="case-section" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="case-section__heading" tabIndex={-1}>
        {title}
      </h2>
      {message && <p className="notice notice--ok case-section__saved">{message}</p>}
      {children}
    </section>
  );
}
