import { useId, useState } from 'react';
import { t } from '../../i18n/t';
import { isPartialDate } from './searchFiltersParams';

interface Props {
  label: string;
  /** The bound in force (from the route); undefined: none. */
  value: string | undefined;
  /** A valid partial date, or undefined when the field is emptied. */
  onChange: (value: string | undefined) => void;
}

/**
 * One end of the date range, typed as the query language takes it (2021, 2021-08,
 * 2021-08-09). What is typed stays in the field while it is not yet a date; only a date, or
 * an empty field, reaches the search.
 */
export function DateBoundField({ label, value, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  // The bound changed from elsewhere (a chip removed, back, a link): show it.
  if (value !== seen) {
    setSeen(value);
    setText(value ?? '');
  }
  const trimmed = text.trim();
  const invalid = trimmed !== '' && !isPartialDate(trimmed);
  const change = (next: string) => {
    setText(next);
    const v = next.trim();
    if (v === '') {
      if (value !== undefined) {
        setSeen(undefined);
        onChange(undefined);
      }
    } else if (isPartialDate(v) && v !== value) {
      setSeen(v);
      onChange(v);
    }
  };
  return (
    <div className="field search-filter-date">
      <label htmlFor={`${id}-input`} className="field-label">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        inputMode="numeric"
        value={text}
        placeholder={t('searchFilters.dateHint')}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => change(event.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      {invalid ? (
        <small id={`${id}-error`} className="error-text">
          {t('searchFilters.dateInvalid')}
        </small>
      ) : null}
    </div>
  );
}
