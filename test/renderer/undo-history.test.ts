import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, recordEdit, redoStep, TYPING_GROUP_MS, UNDO_LIMIT, undoStep, type UndoHistory } from '../../renderer/src/state/undo-history';
import type { ResponseDraft } from '../../shared/model';
import { sampleDraft } from '../support/sample-draft';

const version = (n: number): ResponseDraft => sampleDraft({ name: `v${n}` });

describe('the undo history', () => {
  it('groups keystrokes in one field into one step, and starts a new step for another field or after a pause', () => {
    let history: UndoHistory = EMPTY_HISTORY;
    history = recordEdit(history, version(0), 'rationale:dates-q1', 1000);
    history = recordEdit(history, version(1), 'rationale:dates-q1', 1200);
    history = recordEdit(history, version(2), 'rationale:dates-q1', 1400);
    expect(history.past.map((d) => d.name)).toEqual(['v0']);

    history = recordEdit(history, version(3), 'rationale:dates-q2', 1500);
    history = recordEdit(history, version(4), 'rationale:dates-q2', 1500 + TYPING_GROUP_MS + 1);
    history = recordEdit(history, version(5), null, 5000);
    history = recordEdit(history, version(6), null, 5001);
    expect(history.past.map((d) => d.name)).toEqual(['v0', 'v3', 'v4', 'v5', 'v6']);
  });

  it('undoes and redoes one step at a time, and a new edit clears what could be redone', () => {
    let history = recordEdit(recordEdit(EMPTY_HISTORY, version(0), null, 0), version(1), null, 1);
    const undone = undoStep(history, version(2))!;
    expect(undone.draft.name).toBe('v1');
    const twice = undoStep(undone.history, undone.draft)!;
    expect(twice.draft.name).toBe('v0');
    expect(undoStep(twice.history, twice.draft)).toBeNull();

    const redone = redoStep(twice.history, twice.draft)!;
    expect(redone.draft.name).toBe('v1');
    history = recordEdit(redone.history, redone.draft, null, 10);
    expect(redoStep(history, version(9))).toBeNull();
  });

  it('is bounded in memory', () => {
    let history: UndoHistory = EMPTY_HISTORY;
    for (let n = 0; n < UNDO_LIMIT + 50; n += 1) history = recordEdit(history, version(n), null, n);
    expect(history.past).toHaveLength(UNDO_LIMIT);
    expect(history.past[0]!.name).toBe('v50');
  });
});
