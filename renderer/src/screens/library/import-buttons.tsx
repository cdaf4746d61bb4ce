import { useApp } from '../../state/store-context';
import { WorkProgressBar } from '../../components/work-progress';

/** Import from a document (a file can also be dropped on the window), or type a consultation in. */
export function ImportButtons() {
  const chooseImportFile = useApp((s) => s.chooseImportFile);
  const startTypedConsultation = useApp((s) => s.startTypedConsultation);
  const importing = useApp((s) => s.importing);
  return (
    <>
      <button type="button" className="button button--primary" disabled={importing} onClick={() => void chooseImportFile()}>
        {importing ? 'Reading…' : 'Import consultation…'}
      </button>
      <button type="button" onClick={startTypedConsultation}>
        Type one in
      </button>
      {importing ? <WorkProgressBar kind="import" /> : null}
    </>
  );
}
