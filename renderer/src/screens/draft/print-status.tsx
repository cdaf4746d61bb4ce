import { useApp } from '../../state/store-context';

/** The outcome of Print / Save as PDF, and any message about draft files. */
export function PrintStatus() {
  const printState = useApp((s) => s.printState);
  const dismissPrint = useApp((s) => s.dismissPrint);
  const fileMessage = useApp((s) => s.fileMessage);
  const dismissFileMessage = useApp((s) => s.dismissFileMessage);
  return (
    <>
      {printState.kind === 'printing' ? <p role="status">Preparing the PDF…</p> : null}
      {printState.kind === 'done' ? (
        <p role="status" className="notice-ok">
          PDF saved to <code>{printState.path}</code>{' '}
          <button type="button" className="link-button" onClick={dismissPrint}>
            Dismiss
          </button>
        </p>
      ) : null}
      {printState.kind === 'error' ? (
        <div role="alert" className="alert alert--error">
          The PDF was not saved. {printState.message}{' '}
          <button type="button" className="link-button" onClick={dismissPrint}>
            Dismiss
          </button>
        </div>
      ) : null}
      {fileMessage ? (
        <div role={fileMessage.kind === 'error' ? 'alert' : 'status'} className={fileMessage.kind === 'error' ? 'alert alert--error' : 'notice-ok'}>
          {fileMessage.text}{' '}
          <button type="button" className="link-button" onClick={dismissFileMessage}>
            Dismiss
          </button>
        </div>
      ) : null}
    </>
  );
}
