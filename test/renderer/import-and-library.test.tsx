import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { renderApp, type RenderedApp } from './support/render-app';
import { SIGNATURE_PNG_BASE64, fromBase64 } from '../shared/letter/letter-fixtures';

let app: RenderedApp | null = null;

afterEach(async () => {
  await app?.cleanup();
  app = null;
});

describe('the import review screen', () => {
  it('lets questions be added, reworded, merged, reordered and removed before saving', async () => {
    app = await renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Type one in' }));
    await user.type(await screen.findByLabelText(/^Title/), 'SECAS modification MP999');
    for (let n = 0; n < 3; n += 1) await user.click(screen.getByRole('button', { name: 'Add a question' }));
    const texts = () => screen.getAllByLabelText('Question text') as HTMLTextAreaElement[];
    await user.clear(texts()[0]!);
    await user.type(texts()[0]!, 'Do you agree with the solution?');
    await user.clear(texts()[1]!);
    await user.type(texts()[1]!, 'Please give your reasons.');
    await user.clear(texts()[2]!);
    await user.type(texts()[2]!, 'Any other comments?');

    await user.click(screen.getByRole('button', { name: 'Merge with next: Q1 and the question after it' }));
    expect(texts().map((t) => t.value)).toEqual(['Do you agree with the solution? Please give your reasons.', 'Any other comments?']);
    await user.click(screen.getByRole('button', { name: 'Move Q3 up' }));
    expect(texts().map((t) => t.value)).toEqual(['Any other comments?', 'Do you agree with the solution? Please give your reasons.']);
    await user.click(screen.getByRole('button', { name: 'Remove Q3' }));
    expect(texts().map((t) => t.value)).toEqual(['Do you agree with the solution? Please give your reasons.']);

    await user.click(screen.getByRole('button', { name: 'Save and start a response' }));
    await screen.findByRole('heading', { level: 1, name: 'Q1' });
    const { consultations } = await app.services.library.list();
    expect(consultations.find((c) => c.title === 'SECAS modification MP999')).toMatchObject({ source: 'typed', questions: [{ label: 'Q1', kind: 'agree' }] });
  });

  it('says what is missing rather than saving a consultation without a title', async () => {
    app = await renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Type one in' }));
    await user.click(screen.getByRole('button', { name: 'Save to the library' }));
    expect(screen.getByRole('alert').textContent).toMatch(/title/);
    expect((await app.services.library.list()).consultations).toHaveLength(1);
  });

  it('imports a file dropped on the window and shows what was found beside the text', async () => {
    app = await renderApp();
    const bytes = await readFile(resolve('test/fixtures/consultations/date_con_consultation_issued.md'));
    await app.store.getState().importFile(new File([bytes], 'date_con_consultation_issued.md'));
    await screen.findByRole('heading', { name: /Check the consultation read from/ });
    expect((screen.getByLabelText('Label as printed') as HTMLInputElement).value).toBe('Dates Q1');
    expect(screen.getByRole('region', { name: 'Text of date_con_consultation_issued.md' }).textContent).toContain('How to Respond');
  });
});

describe('the signature image', () => {
  it('accepts a PNG and refuses a file that only pretends to be one', async () => {
    app = await renderApp();
    const user = userEvent.setup({ applyAccept: false });
    await user.click(await screen.findByRole('button', { name: /Start a response to Further consultation/ }));
    await user.click(await screen.findByRole('link', { name: /Signatory/ }));
    await user.type(screen.getByLabelText(/^Signatory name/), 'Jordan Lee');
    const input = screen.getByLabelText(/Signature image/) as HTMLInputElement;

    await user.upload(input, new File(['not really a picture'], 'signature.png', { type: 'image/png' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/PNG or JPEG/i));

    await user.upload(input, new File([new Uint8Array(fromBase64(SIGNATURE_PNG_BASE64))], 'signature.png', { type: 'image/png' }));
    await screen.findByRole('img', { name: 'Signature of Jordan Lee' });
    expect(app.store.getState().draft!.signatory.signature).toMatchObject({ mimeType: 'image/png', widthPx: 360, heightPx: 120 });
  });
});

describe('the library', () => {
  it('renames and deletes a draft, asking before it deletes', async () => {
    app = await renderApp();
    await app.services.library.create('dcc-date-con-consultation-issued-2020-10-21');
    await app.store.getState().loadLibrary();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Rename Response to/ }));
    const dialog = screen.getByRole('dialog', { name: 'Rename draft' });
    await user.clear(within(dialog).getByLabelText('Draft name'));
    await user.type(within(dialog).getByLabelText('Draft name'), 'Acme – date con');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    await screen.findByRole('button', { name: 'Acme – date con' });

    await user.click(screen.getByRole('button', { name: 'Delete Acme – date con' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete this draft?' })).getByRole('button', { name: 'Keep it' }));
    expect(screen.getByRole('button', { name: 'Acme – date con' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Delete Acme – date con' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete this draft?' })).getByRole('button', { name: 'Delete draft' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Acme – date con' })).toBeNull());
    expect((await app.services.library.list()).drafts).toEqual([]);
  });
});
