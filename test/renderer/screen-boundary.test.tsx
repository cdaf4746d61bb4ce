import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, type RenderedApp } from './support/render-app';
import type { ResponseDraft } from '../../shared/model';

let app: RenderedApp | null = null;

afterEach(async () => {
  vi.restoreAllMocks();
  await app?.cleanup();
  app = null;
});

describe('one screen failing', () => {
  it('shows a plain message in that screen and leaves the rest of the window working', async () => {
    app = await renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Start a response to Further consultation/ }, { timeout: 10_000 }));
    await screen.findByRole('heading', { level: 1, name: 'Dates Q1' }, { timeout: 10_000 });
    // React reports the caught error on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});

    // An answer the screen cannot show (a rationale that is not text) must not blank the window.
    const draft = app.store.getState().draft as ResponseDraft;
    const [firstId, first] = Object.entries(draft.answers)[0]!;
    const broken = { ...draft, answers: { ...draft.answers, [firstId]: { ...first, rationale: null as unknown as string } } };
    app.store.setState({ draft: broken });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This screen could not be shown');
    expect(alert.textContent).toContain('What is already saved is not affected');

    await user.click(screen.getByRole('button', { name: 'Back to the library' }));
    expect(await screen.findByRole('heading', { name: /Further consultation on the date for re-designation/ })).toBeTruthy();
    expect(screen.queryByText('This screen could not be shown')).toBeNull();
  }, 30_000);
});
