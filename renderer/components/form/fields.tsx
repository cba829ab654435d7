import type { ReactNode } from 'react';
import { t } from '../../i18n/t';
import { errorIdFor } from './FieldErrors';
import { useFormScope } from './FormContext';

/**
 * Labelled form controls that show their own validation message: each knows the path of the
 * value it edits, finds the message for that path in the enclosing form, and links it with
 * aria-describedby and aria-invalid so a screen reader reads it with the field.
 */
interface Common {
  label: string;
  path: string;
  /** Visually hide the label (in tables whose column header says it); it is still read. */
  hideLabel?: boolean;
  hint?: string;
  className?: string;
}

function useFieldA11y(path: string, hint: string | undefined) {
  const { formId, errors } = useFormScope();
  const error = errors.get(path);
  const errorId = errorIdFor(formId, path);
  const hintId = `${errorId}-hint`;
  const controlId = `${errorId}-control`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return {
    error,
    errorId,
    hintId,
    controlId,
    controlProps: {
      id: controlId,
      'aria-invalid': error ? (true as const) : undefined,
      'aria-describedby': describedBy || undefined,
    },
  };
}

type FieldA11y = ReturnType<typeof useFieldA11y>;

function FieldFrame({
  common,
  a11y,
  children,
}: {
  common: Common;
  a11y: FieldA11y;
  children: ReactNode;
}) {
  const { label, hideLabel, hint, className } = common;
  const { error, errorId, hintId } = a11y;
  return (
    <div className={`field${className ? ` ${className}` : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={a11y.controlId} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {children}
      {hint ? (
        <small id={hintId} className="muted">
          {hint}
        </small>
      ) : null}
      {error ? (
        <small id={errorId} className="error-text">
          {error}
        </small>
      ) : null}
    </div>
  );
}

export function TextField({
  value,
  onChange,
  maxLength,
  inputMode,
  placeholder,
  autoFocus,
  lang,
  ...common
}: Common & {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'url';
  placeholder?: string;
  autoFocus?: boolean;
  lang?: string;
}) {
  const a11y = useFieldA11y(common.path, common.hint);
  return (
    <FieldFrame common={common} a11y={a11y}>
      <input
        type="text"
        value={value}
        maxLength={maxLength}
        inputMode={inputMode}
        placeholder={placeholder}
        autoFocus={autoFocus}
        lang={lang}
        onChange={(e) => onChange(e.target.value)}
        {...a11y.controlProps}
      />
    </FieldFrame>
  );
}

/** A partial date: YYYY, YYYY-MM or YYYY-MM-DD, checked by the model's schema on save. */
export function DateField(props: Common & { value: string; onChange: (value: string) => void }) {
  return (
    <TextField
      {...props}
      maxLength={10}
      inputMode="numeric"
      placeholder={t('common.datePlaceholder')}
      className={`date-field${props.className ? ` ${props.className}` : ''}`}
    />
  );
}

export function TextAreaField({
  value,
  onChange,
  rows = 3,
  maxLength,
  autoFocus,
  ...common
}: Common & {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
  autoFocus?: boolean;
}) {
  const a11y = useFieldA11y(common.path, common.hint);
  return (
    <FieldFrame common={common} a11y={a11y}>
      <textarea
        value={value}
        rows={rows}
        maxLength={maxLength}
        autoFocus={autoFocus}
        onChange={(e) => onChange(e.target.value)}
        {...a11y.controlProps}
      />
    </FieldFrame>
  );
}

export function SelectField<V extends string>({
  value,
  onChange,
  options,
  ...common
}: Common & {
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
}) {
  const a11y = useFieldA11y(common.path, common.hint);
  return (
    <FieldFrame common={common} a11y={a11y}>
      <select value={value} onChange={(e) => onChange(e.target.value as V)} {...a11y.controlProps}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="checkbox-field">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
