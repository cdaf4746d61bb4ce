import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, type RenderedApp } from './support/render-app';

let app: RenderedApp | null = null;

afterEach(async () => {
  await app?.cleanup();
  app = null;
});

/** A response with the organisation given (so nothing hard-blocks) but Dates Q1 unanswered. */
async function unansweredResponseAtSignOff(): Promise<RenderedApp> {
  app = await renderApp();
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /Start a response to Further consultation/ }));
  await screen.findByRole('heading', { level: 1, name: 'Dates Q1' });
  await user.click(screen.getByRole('link', { name: /Respondent/ }));
  await user.type(screen.getByLabelText(/^Organisation/), 'Acme Energy Ltd');
  await user.click(screen.getByRole('link', { name: /Review and sign-off/ }));
  await user.type(screen.getByLabelText('Signed off by'), 'Jordan Lee');
  await user.type(screen.getByLabelText('Job title'), 'Head of Regulation');
  return app;
}

describe('sign-off with guard rails', () => {
  it('lists what is incomplete, and signs off only once the signer says why, recording it in the history', async () => {
    const rendered = await unansweredResponseAtSignOff();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Sign off on/ }));

    const dialog = within(screen.getByRole('dialog', { name: 'Sign off with items incomplete?' }));
    expect(dialog.getByRole('listitem').textContent).toMatch(/Dates Q1 has no position yet/);
    const confirm = dialog.getByRole('button', { name: 'Sign off anyway' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);

    await user.type(dialog.getByLabelText(/Why sign off with these items incomplete/), '   ');
    expect(confirm.disabled).toBe(true);
    await user.type(dialog.getByLabelText(/Why sign off with these items incomplete/), 'We have no view on the date; the letter says so.');
    expect(confirm.disabled).toBe(false);
    await user.click(confirm);

    await screen.findByText(/The response is signed off and read-only/);
    const entry = rendered.store.getState().draft!.history.at(-1)!;
    expect(entry.kind).toBe('signed-off');
    expect(entry.summary).toMatch(/^Signed off by Jordan Lee, Head of Regulation, with one item incomplete \(Dates Q1 has no position yet.*\)\. Reason given: We have no view on the date; the letter says so\.$/);
  });

  it('cancelling leaves the draft open for changes', async () => {
    const rendered = await unansweredResponseAtSignOff();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Sign off on/ }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(rendered.store.getState().draft!.status).toBe('drafting');
    expect(rendered.store.getState().draft!.signOff).toBeNull();
  });

  it('lists a marked part with no reason among the incomplete items', async () => {
    const rendered = await unansweredResponseAtSignOff();
    rendered.store.getState().editDraft((d) => ({
      ...d,
      answers: Object.fromEntries(Object.entries(d.answers).map(([id, a]) => [id, { ...a, position: 'agree' as const, rationale: 'We agree. {{confidential:p1}}Our cost is £4m.{{/confidential}}' }])),
      confidentiality: { ...d.confidentiality, scope: 'parts' },
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Sign off on/ }));
    const items = within(screen.getByRole('dialog')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([expect.stringMatching(/^Marked part 1 in Dates Q1 \(“Our cost is £4m\.”\) has no reason yet/)]);
  });
});
