import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  children: ReactNode;
  onCancel: () => void;
  actions: ReactNode;
}

/** A native modal <dialog>: focus stays inside it and Escape cancels. */
export function ModalDialog({ title, children, onCancel, actions }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby="modal-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="modal-title">{title}</h2>
      <div className="modal__body">{children}</div>
      <div className="modal__actions">{actions}</div>
    </dialog>
  );
}

/** Cancel and one confirming action, as most dialogs end: confirming closes the dialog first, then does its work. */
export function CancelOrConfirm({ confirmLabel, onCancel, onConfirm, focusCancel = false }: { confirmLabel: string; onCancel: () => void; onConfirm: () => void; focusCancel?: boolean }) {
  return (
    <>
      <button type="button" autoFocus={focusCancel} onClick={onCancel}>
        Cancel
      </button>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          onCancel();
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
    </>
  );
}
