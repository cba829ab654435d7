import { useEffect, useId, useRef } from 'react';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { t } from '../../i18n/t';
import { FormContext } from '../../components/form/FormContext';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import type { SectionEditor } from './useSectionEditor';
import { FormActions } from '../../components/form/FormActions';

interface CaseSectionProps<D> {
  title: string;
  editor: SectionEditor<D>;
  /** The section as read. */
  view: ReactNode;
  /** The form's fields, given the draft. */
  form: (draft: D) => ReactNode;
  /** A readable name for an error path, for the summary ("Name 2", "Case 1 · Verdict date"). */
  describe: (path: string) => string;
  /** Start in edit mode (a new case file opens with its names in edit). */
  startEditing?: boolean;
  onStarted?: () => void;
}

/**
 * One section of a case file: its heading, what it says, and Edit → Save/Cancel. In the
 * form, Ctrl+Enter saves and Escape cancels; focus goes to the first field on Edit and back
 * to the Edit button afterwards.
 */
export function CaseSection<D>({
  title,
  editor,
  view,
  form,
  describe,
  startEditing,
  onStarted,
}: CaseSectionProps<D>) {
  const headingId = useId();
  const formId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const editing = editor.draft !== null;
  const wasEditing = useRef(false);

  useEffect(() => {
    if (startEditing && !editing) {
      editor.start();
      onStarted?.();
    }
    // Only on mount: the route asked for this section to open in edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (editing && !wasEditing.current) {
      formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    } else if (!editing && wasEditing.current) {
      editButton.current?.focus();
    }
    wasEditing.current = editing;
  }, [editing]);

  useEffect(() => {
    // After a failed save, bring the summary into view.
    if (editor.errors.size > 0)
      formRef.current?.querySelector('.error-summary')?.scrollIntoView({ block: 'nearest' });
  }, [editor.errors]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void editor.save();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void editor.save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      editor.cancel();
    }
  };

  return (
    <section className={`case-section${editing ? ' editing' : ''}`} aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{title}</h2>
        {editing ? null : (
          <button
            ref={editButton}
            type="button"
            className="small"
            onClick={editor.start}
            aria-label={t('common.editSection', { section: title })}
          >
            {t('common.edit')}
          </button>
        )}
      </div>
      {editor.draft === null ? (
        view
      ) : (
        <FormContext.Provider value={{ formId, errors: editor.errors }}>
          <form
            ref={formRef}
            className="section-form"
            onSubmit={submit}
            onKeyDown={onKeyDown}
            noValidate
          >
            <ErrorSummary errors={editor.errors} describe={describe} saveError={editor.saveError} />
            {form(editor.draft)}
            <FormActions
              submitLabel={editor.saving ? t('common.saving') : t('common.save')}
              onCancel={editor.cancel}
              busy={editor.saving}
              hint={t('common.saveShortcut')}
            />
          </form>
        </FormContext.Provider>
      )}
    </section>
  );
}
