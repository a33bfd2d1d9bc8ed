import type { ReactNode } from 'react';
import { useLang, useT } from '@/lib/i18n/react';
import { severitySchema } from '@/lib/schemas/common';
import type { FieldError } from './profile-form';

/** An error's text in the UI language. */
export function useErrorText(): (e: FieldError | undefined) => string {
  const tr = useT();
  const lang = useLang();
  return (e) => (!e ? '' : 'msg' in e ? e.msg[lang] : tr(e.key, e.params));
}

interface FieldProps {
  /** The form field key, e.g. "emojiLimit" or "customRules.0.pattern": ids and errors hang on it. */
  name: string;
  label: string;
  error?: FieldError;
  children: (a11y: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; 'data-field': string }) => ReactNode;
}

/** A labelled control with its error underneath, linked for screen readers. */
export function Field({ name, label, error, children }: FieldProps) {
  const text = useErrorText()(error);
  const id = `profile-${name.replace(/\./g, '-')}`;
  const errorId = `${id}-error`;
  return (
    <label className="profile-field" data-invalid={error ? 'true' : undefined}>
      <span>{label}</span>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': error ? errorId : undefined, 'data-field': name })}
      {error ? (
        <p className="field-error" id={errorId} data-testid="profile-field-error" data-field={name}>
          {text}
        </p>
      ) : null}
    </label>
  );
}

/** One <option> per severity, named in the UI language (rule lists and rule editors). */
export function SeverityOptions() {
  const tr = useT();
  return (
    <>
      {severitySchema.options.map((s) => (
        <option key={s} value={s}>
          {tr(`checker.severity.${s}`)}
        </option>
      ))}
    </>
  );
}
