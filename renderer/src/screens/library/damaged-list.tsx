import type { DamagedDraft } from '../../../../shared/ipc';
import { useApp } from '../../state/store-context';

/** Files the library could not read: shown with their path, never overwritten. */
export function DamagedList({ damaged }: { damaged: readonly DamagedDraft[] }) {
  const restoreBackup = useApp((s) => s.restoreBackup);
  return (
    <section className="panel panel--warning" aria-labelledby="damaged-title">
      <h2 id="damaged-title">Files that could not be opened</h2>
      <p>These files were left exactly as they are. Restore a backup to carry on from the last version that was saved whole.</p>
      <ul>
        {damaged.map((d) => (
          <li key={d.path} className="damaged">
            <div>
              <code>{d.path}</code>
            </div>
            <div>{d.problem}</div>
            {d.hasBackup ? (
              <button type="button" onClick={() => void restoreBackup(d.id)}>
                Restore the backup
              </button>
            ) : (
              <div className="muted">There is no backup of this file.</div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
