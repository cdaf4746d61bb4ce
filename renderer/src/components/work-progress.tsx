import type { WorkKind } from '../../../shared/work-progress';
import { useApp } from '../state/store-context';

const CANCEL_LABELS: Readonly<Record<WorkKind, string>> = { import: 'Cancel import', export: 'Cancel export' };

/** How far a running import or export has got, with a button to stop it. Shown while it runs. */
export function WorkProgressBar({ kind }: { kind: WorkKind }) {
  const progress = useApp((s) => s.workProgress[kind]);
  const cancelWork = useApp((s) => s.cancelWork);
  const label = progress?.message ?? (kind === 'import' ? 'Reading the document…' : 'Making the letter…');
  return (
    <div className="work-progress">
      <progress aria-label={label} value={progress?.total ? progress.done : undefined} max={progress?.total ?? undefined} />
      <span className="work-progress__message" aria-live="polite">
        {label}
      </span>
      <button type="button" onClick={() => void cancelWork(kind)}>
        {CANCEL_LABELS[kind]}
      </button>
    </div>
  );
}
