import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, type RenderedApp } from './support/render-app';
import { dccConsultation } from '../support/sample-draft';

let app: RenderedApp | null = null;

afterEach(async () => {
  await app?.cleanup();
  app = null;
});

const twoQuestions = {
  ...dccConsultation,
  id: 'two-questions',
  title: 'Two-question consultation',
  questions: [...dccConsultation.questions, { id: 'dates-q2', label: 'Dates Q2', text: 'Do you agree with the draft direction text at Attachment 1?', section: '', kind: 'agree' as const }],
};

async function startResponse(consultationTitle: RegExp): Promise<RenderedApp> {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: consultationTitle }));
  await screen.findByRole('heading', { level: 1, name: 'Dates Q1' });
  return app!;
}

describe('undo and redo across the whole draft', () => {
  it('undoes typing in two questions step by step, and redoes it', async () => {
    app = await renderApp();
    await app.services.library.addConsultation(twoQuestions);
    await app.store.getState().loadLibrary();
    await startResponse(/Start a response to Two-question consultation/);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Rationale'), 'First answer');
    await user.click(screen.getByRole('link', { name: /Dates Q2/ }));
    await user.type(screen.getByLabelText('Rationale'), 'Second answer');
    const answers = () => Object.values(app!.store.getState().draft!.answers).map((a) => a.rationale);
    expect(answers()).toEqual(['First answer', 'Second answer']);

    app.emit('menu:command', 'undo');
    await waitFor(() => expect(answers()).toEqual(['First answer', '']));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(answers()).toEqual(['', '']);

    app.emit('menu:command', 'redo');
    await waitFor(() => expect(answers()).toEqual(['First answer', '']));
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(answers()).toEqual(['First answer', 'Second answer']);
    expect((screen.getByLabelText('Rationale') as HTMLTextAreaElement).value).toBe('Second answer');
  });
});

describe('review, sign-off and the lock', () => {
  it('takes a draft through review and sign-off, then refuses edits until reopened', async () => {
    app = await renderApp();
    await startResponse(/Start a response to Further consultation/);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Agree' }));
    await user.type(screen.getByLabelText('Rationale'), 'We agree.');

    await user.click(screen.getByRole('button', { name: 'Add a comment' }));
    await user.type(screen.getByLabelText('Your name'), 'Sam Reviewer');
    await user.type(screen.getByLabelText('Comment'), 'Say why the date works for us.');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(screen.getByText('Say why the date works for us.')).toBeTruthy();

    await user.click(screen.getByRole('link', { name: /Review and sign-off/ }));
    await user.click(screen.getByRole('button', { name: 'Mark ready for review' }));
    await screen.findByText(/Colleagues are reviewing the draft/);
    expect(screen.getByText(/Resolve the open review comment first/)).toBeTruthy();

    await user.click(screen.getByRole('link', { name: /Dates Q1/ }));
    await user.click(screen.getByRole('button', { name: 'Mark resolved' }));
    await user.click(screen.getByRole('button', { name: 'Resolve' }));
    await user.click(screen.getByRole('link', { name: /Respondent/ }));
    await user.type(screen.getByLabelText(/^Organisation/), 'Acme Energy Ltd');
    await user.click(screen.getByRole('link', { name: /Review and sign-off/ }));
    await user.type(screen.getByLabelText('Signed off by'), 'Jordan Lee');
    await user.type(screen.getByLabelText('Job title'), 'Head of Regulation');
    await user.click(screen.getByRole('button', { name: /Sign off on/ }));
    const dialog = within(screen.getByRole('dialog', { name: 'Sign off this response?' }));
    expect(dialog.getByText('Everything is complete.')).toBeTruthy();
    await user.click(dialog.getByRole('button', { name: 'Sign off' }));
    await screen.findByText(/The response is signed off and read-only/);

    await user.click(screen.getByRole('link', { name: /Dates Q1/ }));
    const rationale = screen.getByLabelText('Rationale') as HTMLTextAreaElement;
    expect(rationale.readOnly).toBe(true);
    expect(screen.getByRole('radio', { name: 'Agree' }).matches(':disabled')).toBe(true);
    await user.type(rationale, ' More.');
    expect(app.store.getState().draft!.answers['dates-q1']!.rationale).toBe('We agree.');
    expect(screen.getByRole('note').textContent).toMatch(/Signed off by Jordan Lee .* This draft is read-only/);

    await user.click(screen.getByRole('button', { name: 'Reopen…' }));
    await user.type(screen.getByLabelText('Reason for reopening'), 'New evidence from DCC');
    await user.click(screen.getByRole('button', { name: 'Reopen for changes' }));
    await screen.findByText(/The draft is being written/);

    await user.click(screen.getByRole('link', { name: /History/ }));
    const timeline = within(screen.getByRole('list', { name: 'Timeline of this draft' }));
    for (const text of ['Sam Reviewer commented on Dates Q1', 'Marked ready for review', 'Signed off by Jordan Lee, Head of Regulation', 'Reopened for changes: New evidence from DCC']) {
      expect(timeline.getByText(text)).toBeTruthy();
    }
  });
});

describe('reusing an earlier answer', () => {
  it('inserts an answer from another draft and notes it in the history', async () => {
    app = await renderApp();
    const earlier = await app.services.library.create(dccConsultation.id);
    await app.services.library.save({ ...earlier, name: 'Last year', answers: { ...earlier.answers, 'dates-q1': { ...earlier.answers['dates-q1']!, position: 'disagree', rationale: 'The PPMID key insertion is not finished.' } } });
    await app.store.getState().loadLibrary();
    await startResponse(/Start a response to Further consultation/);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Reuse an earlier answer…' }));
    await user.type(screen.getByLabelText('Search earlier answers'), 'key insertion');
    await user.click(await screen.findByRole('button', { name: 'Insert the answer to Dates Q1 from Last year' }));
    await waitFor(() => expect((screen.getByLabelText('Rationale') as HTMLTextAreaElement).value).toBe('The PPMID key insertion is not finished.'));
    expect((screen.getByRole('radio', { name: 'Disagree' }) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(app!.store.getState().draft!.history.at(-1)).toMatchObject({ kind: 'reused', fromDraftName: 'Last year' }));
  });
});
