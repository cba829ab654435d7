import { useState } from 'react';
import type { RefObject } from 'react';
import { t } from '../i18n/t';
import { selectOffsets } from './selectionOffsets';
import type { TextSelection } from './useTextSelection';
import { LabelledControl } from '../components/form/LabelledControl';

const PREVIEW = 80;

/**
 * Above the text: Cite selection and Highlight, enabled once a passage is selected, and a
 * find field that selects a phrase from the keyboard (the text itself is not editable, so
 * this is how a keyboard user selects). The buttons keep the selection on mouse down.
 */
export function SourceToolbar({
  text,
  selection,
  textRef,
  onCite,
  onHighlight,
}: {
  text: string;
  selection: TextSelection | null;
  textRef: RefObject<HTMLDivElement | null>;
  onCite: () => void;
  onHighlight: () => void;
}) {
  const [find, setFind] = useState('');
  const [from, setFrom] = useState(0);
  const [notFound, setNotFound] = useState(false);
  const selected = selection ? text.slice(selection.start16, selection.end16) : '';

  const findNext = () => {
    if (!find || !textRef.current) return;
    let at = text.indexOf(find, from);
    if (at < 0) at = text.indexOf(find);
    if (at < 0) {
      setNotFound(true);
      return;
    }
    setNotFound(false);
    setFrom(at + 1);
    selectOffsets(textRef.current, at, at + find.length);
    const range = document.getSelection()?.getRangeAt(0);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  };

  return (
    <div className="source-toolbar" role="toolbar" aria-label={t('source.text')}>
      <button
        type="button"
        className="primary"
        disabled={!selection}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onCite}
      >
        {t('source.citeSelection')}
      </button>
      <button
        type="button"
        disabled={!selection}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onHighlight}
      >
        {t('source.highlight')}
      </button>
      <span className="selection-status" aria-live="polite">
        {selection ? (
          <>
            {t('source.selectionLength', { count: Array.from(selected).length })}
            <q className="selection-preview">
              {selected.length > PREVIEW ? `${selected.slice(0, PREVIEW)}…` : selected}
            </q>
          </>
        ) : (
          <span className="muted">{t('source.selectHint')}</span>
        )}
      </span>
      <LabelledControl
        className="inline-field find-field"
        label={t('source.find')}
        labelClassName=""
      >
        {(id) => (
          <>
            <input
              id={id}
              type="search"
              value={find}
              onChange={(e) => {
                setFind(e.target.value);
                setFrom(0);
                setNotFound(false);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  findNext();
                }
              }}
              aria-invalid={notFound ? true : undefined}
              aria-describedby={notFound ? 'find-not-found' : undefined}
            />
          </>
        )}
      </LabelledControl>
      {notFound ? (
        <span id="find-not-found" className="error-text">
          {t('source.findNotFound')}
        </span>
      ) : null}
    </div>
  );
}
