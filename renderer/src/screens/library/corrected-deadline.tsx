import { formatRespondBy } from '../../../../shared/deadline';
import type { DraftSummary } from '../../../../shared/ipc';
import type { Consultation } from '../../../../shared/model';

/** On the deadline board: the consultation's deadline was corrected in the library, and this draft has not taken it up yet. */
export function CorrectedDeadline({ draft, consultations }: { draft: DraftSummary; consultations: readonly Consultation[] }) {
  const corrected = consultations.find((c) => c.id === draft.consultationId && c.correctedAt !== undefined);
  if (!corrected || (corrected.respondBy?.date === draft.respondBy?.date && corrected.respondBy?.time === draft.respondBy?.time)) return null;
  return (
    <div className="small board-row__corrected">
      Deadline corrected to {corrected.respondBy ? formatRespondBy(corrected.respondBy) : 'none given'}: open the draft to update it.
    </div>
  );
}
