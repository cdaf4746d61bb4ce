import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, type RenderedApp } from './support/render-app';

let app: RenderedApp | null = null;

afterEach(async () => {
  await app?.cleanup();
  app = null;
});

async function startDccResponse(): Promise<RenderedApp> {
  app = await renderApp();
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /Start a response to Further consultation/ }));
  await screen.findByRole('heading', { level: 1, name: 'Dates Q1' });
  return app;
}

describe('the response form', () => {
  it('offers the bundled DCC consultation with its deadline in UK time', async () => {
    app = await renderApp();
    // The first render of a test file loads every module; on a busy machine that takes more than the usual second.
    const card = (await screen.findByRole('heading', { name: /Further consultation on the date for re-designation/ }, { timeout: 5000 })).closest('li')!;
    expect(within(card).getByText('date_con_consultation_issued')).toBeTruthy();
    expect(within(card).getByText('Closes in 2 days, 16:00 Wed 28 Oct 2020 (UK time)')).toBeTruthy();
  });

  it('shows Dates Q1 in full with the agree/disagree positions', async () => {
    await startDccResponse();
    expect(screen.getByText(/^Do you agree with the proposed re-designation date of Tuesday 3 November 2020 .* using draft notification at Attachment 1\?$/)).toBeTruthy();
    const positions = within(screen.getByRole('group', { name: 'Your position' })).getAllByRole('radio');
    expect(positions.map((p) => (p.closest('label') as HTMLElement).textContent)).toEqual(['Agree', 'Partly agree', 'Disagree', 'No comment']);
  });

  it('updates the store and the word count as a rationale is typed, then saves it', async () => {
    const { store } = await startDccResponse();
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Disagree' }));
    await user.type(screen.getByLabelText('Rationale'), 'Three working days is too short.');
    expect(screen.getByText('6 words')).toBeTruthy();
    expect(store.getState().draft?.answers['dates-q1']).toMatchObject({ position: 'disagree', rationale: 'Three working days is too short.' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Saved at \d\d:\d\d$/));
    const saved = await app!.services.library.open(store.getState().draft!.id);
    expect(saved.answers['dates-q1']!.rationale).toBe('Three working days is too short.');
  });

  it('lists the answers marked confidential when "named parts" is chosen', async () => {
    await startDccResponse();
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: /Confidentiality/ }));
    await user.click(screen.getByRole('radio', { name: /Named parts of it/ }));
    expect(screen.getByText(/No answer is marked confidential yet/)).toBeTruthy();

    await user.click(screen.getByRole('link', { name: /Dates Q1/ }));
    await user.click(screen.getByLabelText('The whole answer is confidential'));
    await user.click(screen.getByRole('link', { name: /Confidentiality/ }));
    expect(screen.getByText(/Marked: Dates Q1\./)).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Whole answers marked confidential' });
    expect((within(group).getByRole('checkbox', { name: /Dates Q1/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('demands reasons unless nothing is confidential', async () => {
    await startDccResponse();
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: /Confidentiality/ }));
    expect(screen.queryByLabelText(/Why is this information confidential/)).toBeNull();

    await user.click(screen.getByRole('radio', { name: /The whole response/ }));
    const reasons = screen.getByLabelText(/Why is this information confidential/);
    expect(reasons.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Give your reasons/)).toBeTruthy();

    await user.type(reasons, 'Commercially sensitive volumes.');
    expect(reasons.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/Give your reasons/)).toBeNull();
  });

  it('marks a section complete in the navigation when it is filled in', async () => {
    await startDccResponse();
    const user = userEvent.setup();
    const nav = screen.getByRole('navigation', { name: 'Sections of this response' });
    expect(within(nav).getByRole('link', { name: /Dates Q1.*\(not complete\)/ })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Agree' }));
    await user.type(screen.getByLabelText('Rationale'), 'Agreed.');
    expect(within(nav).getByRole('link', { name: /Dates Q1.*\(complete\)/ })).toBeTruthy();
  });

  it('shows a save failure and keeps the typed text', async () => {
    const { store, services } = await startDccResponse();
    services.library.save = async () => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    };
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Rationale'), 'Keep me');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Not saved/));
    expect((screen.getByLabelText('Rationale') as HTMLTextAreaElement).value).toBe('Keep me');
    expect(store.getState().hasUnsavedChanges()).toBe(true);
  });
});
