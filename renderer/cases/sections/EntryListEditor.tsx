import type { ReactNode } from 'react';
import { t } from '../../i18n/t';
import { bindFields, type FieldBinder } from './bindFields';
import { removeAt, replaceAt } from './listDraft';

interface Props<T> {
  items: readonly T[];
  /** Applies a change to the list in the section's draft. */
  setItems: (change: (items: T[]) => T[]) => void;
  keyOf: (item: T, index: number) => string | number;
  /** Validation paths of entries start with this (e.g. "detention", "legalCases.0.fines"). */
  pathPrefix: string;
  /** Each entry as a fieldset with this (visually hidden) legend; without it, a plain row. */
  legend?: (index: number) => string;
  compact?: boolean;
  removeLabel: (index: number) => string;
  addLabel: string;
  newItem: () => T;
  fields: (item: T, index: number, bind: FieldBinder<T>) => ReactNode;
}

/**
 * The form of a list of entries (affiliations, places of detention, a legal case's articles
 * and fines): each entry's fields, a Remove button per entry, an Add button after them. One
 * component, so every list in a case file edits the same way.
 */
export function EntryListEditor<T>(props: Props<T>) {
  const { items, setItems, pathPrefix, removeLabel } = props;
  const binderFor = (item: T, index: number): FieldBinder<T> =>
    bindFields(item, `${pathPrefix}.${index}`, (change) =>
      setItems((list) => replaceAt(list, index, change)),
    );
  const rowClass = props.compact ? 'entry-row compact' : 'entry-row';
  return (
    <>
      {items.map((item, i) => {
        const content = (
          <>
            {props.fields(item, i, binderFor(item, i))}
            <button
              type="button"
              className="small remove-entry"
              aria-label={removeLabel(i)}
              onClick={() => setItems((list) => removeAt(list, i))}
            >
              {t('common.remove')}
            </button>
          </>
        );
        const key = props.keyOf(item, i);
        return props.legend ? (
          <fieldset key={key} className={rowClass}>
            <legend className="visually-hidden">{props.legend(i)}</legend>
            {content}
          </fieldset>
        ) : (
          <div key={key} className={rowClass}>
            {content}
          </div>
        );
      })}
      <button
        type="button"
        className="small"
        onClick={() => setItems((list) => [...list, props.newItem()])}
      >
        {props.addLabel}
      </button>
    </>
  );
}
