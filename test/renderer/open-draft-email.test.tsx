import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, type RenderedApp } from './support/render-app';

let app: RenderedApp | null = null;
let exportFolder: string | null = null;

afterEach(async () => {
  await app?.cleanup();
  app = null;
  if (exportFolder) await rm(exportFolder, { recursive: true, force: true });
  exportFolder = null;
});

/** A response exported (letter and email) from the export section, the folder chosen through the app's picker. */
async function exportedResponse(signOffFirst: boolean): Promise<RenderedApp> {
  app = await renderApp();
  exportFolder = await mkdtemp(join(tmpdir(), 'crd-open-email-'));
  app.services.dialogAnswers.exportFolder = exportFolder;
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /Start a response to Further consultation/ }));
  await screen.findByRole('heading', { level: 1, name: 'Dates Q1' });
  await user.click(screen.getByLabelText(/^Agree/));
  await user.click(screen.getByRole('link', { name: /Respondent/ }));
  await user.type(screen.getByLabelText(/^Organisation/), 'Acme Energy Ltd');
  if (signOffFirst) {
    await user.click(screen.getByRole('link', { name: /Review and sign-off/ }));
    await user.type(screen.getByLabelText('Signed off by'), 'Jordan Lee');
    await user.type(screen.getByLabelText('Job title'), 'Head of Regulation');
    await user.click(screen.getByRole('button', { name: /Sign off on/ }));
    const dialog = within(screen.getByRole('dialog'));
    const reason = dialog.queryByLabelText(/Why sign off with these items incomplete/);
    if (reason) await user.type(reason, 'Reasons are in the covering note.');
    await user.click(dialog.getByRole('button', { name: /^Sign off/ }));
    await screen.findByText(/The response is signed off and read-only/);
  }
  await user.click(screen.getByRole('link', { name: /Preview and export/ }));
  await user.click(screen.getByRole('button', { name: /Choose folder/ }));
  await screen.findByText(exportFolder);
  await user.click(screen.getByRole('button', { name: /^Export$/ }));
  await screen.findByText(/Exported \d files/);
  return app;
}

describe('opening an exported email in the mail app', () => {
  it('asks first when the email was exported before sign-off, and opens nothing if cancelled', async () => {
    const rendered = await exportedResponse(false);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open in mail app' }));

    const dialog = within(screen.getByRole('dialog', { name: 'Open a draft email?' }));
    expect(dialog.getByText(/prepared before sign-off/).textContent).toMatch(/DRAFT/);
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(rendered.services.openedPaths).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Open in mail app' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Open the draft email' }));
    await vi.waitFor(() => expect(rendered.services.openedPaths).toHaveLength(1));
    expect(rendered.services.openedPaths[0]).toMatch(/DRAFT.*\.eml$/);
  });

  it('opens a signed-off response’s email straight away', async () => {
    const rendered = await exportedResponse(true);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open in mail app' }));

    await vi.waitFor(() => expect(rendered.services.openedPaths).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(rendered.services.openedPaths[0]).toMatch(/\.eml$/);
    expect(rendered.services.openedPaths[0]).not.toMatch(/DRAFT/);
  });
});
