import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, type RenderedApp } from './support/render-app';

let app: RenderedApp | null = null;

afterEach(async () => {
  await app?.cleanup();
  app = null;
  localStorage.clear();
});

/** The profile saved with Priya Shah as its contact (its required fields filled), through the Respondent profile screen, then a new response opened. */
async function responseWithProfileContact(ownName = ''): Promise<RenderedApp> {
  app = await renderApp();
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Respondent profile' }));
  await user.type(await screen.findByLabelText(/^Organisation/), 'Acme Energy Ltd');
  await user.type(screen.getByLabelText(/^Contact name/), 'Priya Shah');
  await user.type(screen.getByLabelText(/^Email/), 'regulation@acme.example');
  if (ownName) await user.type(screen.getByLabelText(/^Your name/), ownName);
  await user.click(screen.getByRole('button', { name: 'Save profile' }));
  await screen.findByText(/Profile saved/);
  await user.click(screen.getByRole('button', { name: '← Library' }));
  await user.click(await screen.findByRole('button', { name: /Start a response to Further consultation/ }));
  await screen.findByRole('heading', { level: 1, name: 'Dates Q1' });
  return app;
}

describe('who comments and who resolves', () => {
  it('fills the commenter’s name from the respondent profile', async () => {
    const rendered = await responseWithProfileContact();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a comment' }));
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Priya Shah');
    await user.type(screen.getByLabelText('Comment'), 'Cite the test results.');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(rendered.store.getState().draft!.comments).toEqual([expect.objectContaining({ author: 'Priya Shah', text: 'Cite the test results.' })]);
  });

  it('prefers the person’s own name from the profile to the organisation’s contact', async () => {
    const rendered = await responseWithProfileContact('Sam Green');
    expect((await rendered.services.settings.get()).profile.reviewerName).toBe('Sam Green');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a comment' }));
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Sam Green');
  });

  it('asks who resolves a comment, suggesting the profile’s name, and credits the name given', async () => {
    const rendered = await responseWithProfileContact();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a comment' }));
    await user.type(screen.getByLabelText('Comment'), 'Cite the test results.');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));

    await user.click(screen.getByRole('button', { name: 'Mark resolved' }));
    expect(rendered.store.getState().draft!.comments[0]!.resolved).toBe(false);
    const resolvedBy = screen.getByLabelText(/^Resolved by/) as HTMLInputElement;
    expect(resolvedBy.value).toBe('Priya Shah');
    await user.clear(resolvedBy);
    expect((screen.getByRole('button', { name: 'Resolve' }) as HTMLButtonElement).disabled).toBe(true);
    await user.type(resolvedBy, 'Sam Green');
    await user.click(screen.getByRole('button', { name: 'Resolve' }));

    expect(rendered.store.getState().draft!.comments[0]).toMatchObject({ resolved: true, resolvedBy: 'Sam Green' });
    const comment = within(screen.getByRole('region', { name: 'Review comments' }));
    expect(comment.getByText(/Resolved by Sam Green/)).toBeTruthy();
  });

  it('resolves nothing when asked who and cancelled', async () => {
    const rendered = await responseWithProfileContact();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a comment' }));
    await user.type(screen.getByLabelText('Comment'), 'Cite the test results.');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    await user.click(screen.getByRole('button', { name: 'Mark resolved' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(rendered.store.getState().draft!.comments[0]!.resolved).toBe(false);
    expect(screen.getByRole('button', { name: 'Mark resolved' })).toBeTruthy();
  });
});
