import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, type RenderedApp } from './support/render-app';
import { createDraftLibrary } from '../../electron/services/draft-library';
import { addComment, changeAnswer } from '../../shared/draft-changes';
import { SAMPLE_NOW } from '../support/sample-draft';

let app: RenderedApp | null = null;

afterEach(async () => {
  await app?.cleanup();
  app = null;
});

async function openDraftWithAColleague(autosaveDelayMs?: number) {
  app = await renderApp(undefined, { autosaveDelayMs });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /Start a response to Further consultation/ }, { timeout: 10_000 }));
  await screen.findByRole('heading', { level: 1, name: 'Dates Q1' }, { timeout: 10_000 });
  const id = app.store.getState().draft!.id;
  // A colleague on the same library folder, as on a shared drive: their own app, their own writer.
  const colleague = createDraftLibrary({ folder: app.libraryFolder, writerName: 'Sam Green on PC-2', clock: () => SAMPLE_NOW });
  return { user, id, colleague, theirs: await colleague.open(id) };
}

describe('a colleague’s saved changes in the open draft', () => {
  it('appear between edits with who else has it open, and undo cannot take them back', async () => {
    const { user, id, colleague, theirs } = await openDraftWithAColleague();
    await user.type(screen.getByLabelText('Rationale'), 'Mine.');
    await app!.store.getState().flushSave();

    await colleague.save(addComment(theirs, { id: 'c-sam', target: { kind: 'question', questionId: 'dates-q1' }, author: 'Sam Green', text: 'Add the test dates.' }, new Date()));
    await app!.store.getState().refreshShared();

    expect(await screen.findByText('Add the test dates.')).toBeTruthy();
    expect(screen.getByText(/Also open by/).textContent).toContain('Sam Green on PC-2');
    expect((screen.getByLabelText('Rationale') as HTMLTextAreaElement).value).toBe('Mine.');
    // Undo starts afresh: it would otherwise put back a version without the colleague's comment.
    app!.store.getState().undo();
    expect(screen.queryByText('Add the test dates.')).not.toBeNull();
    expect(app!.store.getState().draft?.id).toBe(id);
  }, 30_000);

  it('shows in the history who made each change', async () => {
    const { user, colleague, theirs } = await openDraftWithAColleague();
    await colleague.save(changeAnswer(theirs, 'dates-q1', { position: 'disagree' }, new Date()));
    await app!.store.getState().refreshShared();
    await user.click(screen.getByRole('link', { name: /History/ }));
    const lines = within(screen.getByRole('list', { name: 'Timeline of this draft' })).getAllByRole('listitem');
    const theirLine = lines.find((line) => line.textContent?.includes('Sam Green on PC-2'));
    expect(theirLine?.textContent).toMatch(/Edited\s*Sam Green on PC-2.*Dates Q1/);
  }, 30_000);

  it('lists the history in the order things happened, though two people’s lines merge in no set order', async () => {
    const { user, id } = await openDraftWithAColleague();
    // As a merge can leave them: a later line stored before an earlier one.
    await app!.services.library.update(id, (d) => ({
      ...d,
      history: [
        ...d.history,
        { kind: 'commented', at: '2020-10-26T11:30:00.000Z', summary: 'Sam Green commented on Dates Q1', by: 'Sam Green on PC-2' },
        { kind: 'edited', at: '2020-10-26T11:00:00.000Z', summary: 'Edited the answer to Dates Q1', by: 'Priya Shah on PC-1' },
      ],
    }));
    await app!.store.getState().refreshShared();
    await user.click(screen.getByRole('link', { name: /History/ }));
    const lines = within(screen.getByRole('list', { name: 'Timeline of this draft' })).getAllByRole('listitem').map((line) => line.textContent ?? '');
    expect(lines.slice(-2).map((line) => line.includes('Priya Shah') ? 'Priya' : 'Sam')).toEqual(['Priya', 'Sam']);
  }, 30_000);

  it('tells colleagues when this person closes the draft', async () => {
    const { id, colleague } = await openDraftWithAColleague();
    await app!.store.getState().refreshShared();
    expect((await colleague.shared(id, null)).others).toHaveLength(1);
    await app!.store.getState().closeDraft();
    await waitFor(async () => expect((await colleague.shared(id, null)).others).toEqual([]));
  }, 30_000);

  it('waits while something typed is unsaved, then the save brings them in with the typing kept', async () => {
    // No autosave until the test flushes: on a busy machine a pause between keys would otherwise save the typing early.
    const { user, colleague, theirs } = await openDraftWithAColleague(60_000);
    await colleague.save(changeAnswer(theirs, 'dates-q1', { position: 'disagree' }, new Date()));
    await user.type(screen.getByLabelText('Rationale'), 'Typed meanwhile.');
    // Unsaved typing: the colleague's change is not put over it.
    await app!.store.getState().refreshShared();
    expect((screen.getByRole('radio', { name: 'Disagree' }) as HTMLInputElement).checked).toBe(false);
    await app!.store.getState().flushSave();
    await app!.store.getState().refreshShared();
    expect((screen.getByRole('radio', { name: 'Disagree' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Rationale') as HTMLTextAreaElement).value).toBe('Typed meanwhile.');
  }, 30_000);

  it('lists a change that could not be taken as made, with the reason', async () => {
    const { user, id } = await openDraftWithAColleague();
    await app!.services.library.update(id, (d) => ({ ...d, conflicts: [{ id: 'k1', at: '2020-10-26T10:00:00.000Z', by: 'Sam Green', summary: 'Sam Green’s sign-off was not taken: the draft was already signed off.' }] }));
    await app!.store.getState().refreshShared();
    await user.click(await screen.findByText('One change could not be taken as made'));
    expect(screen.getByText(/Sam Green’s sign-off was not taken/)).toBeTruthy();
  }, 30_000);
});
