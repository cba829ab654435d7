import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { t } from '../i18n/t';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** The dialog's buttons, shown at its foot. */
  actions?: ReactNode;
  /** 'wide' for dialogs with lists (citing, adding sources). */
  size?: 'normal' | 'wide';
  /** Text read out after the title. */
  description?: string;
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, makes the rest
 * of the page inert, closes on Escape and returns focus to where it was, with no library.
 * Mount it to open it; the owner unmounts it in onClose.
 */
export function Dialog({
  title,
  onClose,
  children,
  actions,
  size = 'normal',
  description,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first focusable element, the close button; start instead where
    // the work is: a control marked data-autofocus, else the first field, else the actions.
    const start =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>(
        '.dialog-body :is(input, select, textarea):not([disabled])',
      ) ??
      dialog.querySelector<HTMLElement>('.dialog-actions button:not([disabled])');
    start?.focus();
    // Escape: the browser fires 'cancel'; let the owner decide by unmounting.
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
    >
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('common.closeDialog')}
        >
          ×
        </button>
      </div>
      {description ? (
        <p id={descriptionId} className="dialog-description">
          {description}
        </p>
      ) : null}
      <div className="dialog-body">{children}</div>
      {actions ? <div className="dialog-actions">{actions}</div> : null}
    </dialog>
  );
}
