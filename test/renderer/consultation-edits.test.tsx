import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Consultation } from '../../shared/model';
import { renderApp, type RenderedApp } from './support/render-app';

let app: RenderedApp | null = null;

afterEach(async () => {
  await app?.cleanup();
  app = null;
});

const mp205: Consultation = {
  id: 'typed-mp205',
  title: 'MP205 Refinement Consultation',
  reference: 'MP205',
  issuer: 'SECAS',
  issuedOn: '2022-02-18',
  respondBy: { date: '2022-03-04', time: '17:00' },
  responseEmail: 'sec.change@smartenergycodecompany.co.uk',
  classification: 'SECAS Public',
  questions: [
    { id: 'q-1', label: 'Question 1', text: 'Do you agree with the proposed solution for MP205?', section: '', kind: 'agree' },
    { id: 'q-2', label: 'Question 2', text: 'Will MP205 impact your organisation?', section: '', kind: 'open' },
  ],
  publicationNotice: '',
  source: 'imported',
};

async function withSavedConsultation(): Promise<RenderedApp> {
  const rendered = await renderApp();
  await rendered.services.library.addConsultation(mp205);
  await rendered.store.getState().loadLibrary();
  return rendered;
}

const card = (title: string) => screen.getByRole('heading', { level: 3, name: title }).closest('li') as HTMLElement;

describe('correcting a saved consultation from the library', () => {
  it('changes its deadline and questions, and the library shows the corrected deadline', async () => {
    app = await withSavedConsultation();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Correct MP205 Refinement Consultation' }));
    await screen.findByRole('heading', { level: 1, name: 'Correct the consultation' });

    fireEvent.change(screen.getByLabelText('Date', { selector: 'input[type=date]' }), { target: { value: '2022-03-11' } });
    const texts = () => screen.getAllByLabelText('Question text') as HTMLTextAreaElement[];
    await user.clear(texts()[0]!);
    await user.type(texts()[0]!, 'Do you agree with the proposed solution? Please give reasons.');
    await user.click(screen.getByRole('button', { name: 'Remove Question 2' }));
    await user.click(screen.getByRole('button', { name: 'Add a question' }));
    await user.click(screen.getByRole('button', { name: 'Save the corrections' }));

    await screen.findByRole('heading', { level: 1, name: 'Consultation library' });
    await waitFor(() => expect(within(card('MP205 Refinement Consultation')).getByText(/Fri 11 Mar 2022/)).toBeTruthy());
    const saved = JSON.parse(await readFile(join(app.libraryFolder, 'consultations', 'typed-mp205.json'), 'utf8')) as Consultation;
    expect(saved.respondBy).toEqual({ date: '2022-03-11', time: '17:00' });
    expect(saved.questions.map((q) => [q.id, q.text])).toEqual([
      ['q-1', 'Do you agree with the proposed solution? Please give reasons.'],
      // The new question does not take the id of the one just removed, so no draft's answer lands on it.
      ['q-3', 'New question'],
    ]);
  });

  it('says in plain words why a correction cannot be saved, and saves nothing', async () => {
    app = await withSavedConsultation();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Correct MP205 Refinement Consultation' }));
    await user.clear(await screen.findByLabelText('Response email address'));
    await user.type(screen.getByLabelText('Response email address'), 'sec.change@');
    await user.click(screen.getByRole('button', { name: 'Remove Question 1' }));
    await user.click(screen.getByRole('button', { name: 'Remove Question 2' }));
    await user.click(screen.getByRole('button', { name: 'Save the corrections' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('That email address is not complete');
    expect(alert.textContent).toContain('Add at least one question');
    expect(alert.textContent).not.toMatch(/Invalid|responseEmail|questions\.\d|too_small|Expected/);
    expect((await app.services.library.getConsultation(mp205.id)).questions).toHaveLength(2);
  });

  it('offers no correction or removal of the consultation that comes with the app', async () => {
    app = await renderApp();
    await screen.findByRole('heading', { level: 3, name: /^Further consultation/ });
    const bundled = card('Further consultation on the date for re-designation of regulatory changes covering SMETS1 Uplift 1.2 and CoS Dormancy');
    expect(within(bundled).getByText('Comes with the app: read-only')).toBeTruthy();
    expect(within(bundled).queryByRole('button', { name: /^Correct|^Remove/ })).toBeNull();
  });
});

describe('removing a consultation', () => {
  it('asks first, then removes it; the draft started from it keeps its copy', async () => {
    app = await withSavedConsultation();
    const draft = await app.services.library.create(mp205.id);
    await app.store.getState().loadLibrary();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Remove MP205 Refinement Consultation' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove this consultation?' });
    expect(dialog.textContent).toContain('The draft started from it keeps its own copy of the consultation, so nothing in it changes.');
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.getByRole('heading', { level: 3, name: 'MP205 Refinement Consultation' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Remove MP205 Refinement Consultation' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Remove this consultation?' })).getByRole('button', { name: 'Remove consultation' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'MP205 Refinement Consultation' })).toBeNull());
    expect((await app.services.library.list()).consultations.map((c) => c.id)).not.toContain(mp205.id);
    expect((await app.services.library.open(draft.id)).consultation).toEqual(mp205);
    expect(screen.getByRole('button', { name: draft.name })).toBeTruthy();
  });
});

describe('a draft started before the consultation was corrected', () => {
  async function answeredDraft(rendered: RenderedApp) {
    const draft = await rendered.services.library.create(mp205.id);
    await rendered.services.library.save({
      ...draft,
      answers: {
        ...draft.answers,
        'q-1': { position: 'agree', rationale: 'We support retrying failed top-ups.', confidential: false },
        'q-2': { position: null, rationale: 'About six months of supplier system changes.', confidential: false },
      },
    });
    return draft;
  }

  it('shows what will change before it updates, then keeps the removed question’s answer in the History', async () => {
    app = await withSavedConsultation();
    const draft = await answeredDraft(app);
    await app.services.library.updateConsultation({ ...mp205, respondBy: { date: '2022-03-11', time: '17:00' }, questions: [mp205.questions[0]!] });
    await app.store.getState().loadLibrary();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: draft.name }));
    await user.click(await screen.findByRole('link', { name: /^Question 2/ }));

    await user.click(await screen.findByRole('button', { name: 'Update this draft…' }));
    const dialog = screen.getByRole('dialog', { name: 'Update this draft to the corrected consultation?' });
    expect(dialog.textContent).toContain('the deadline (now 17:00 Fri 11 Mar 2022)');
    expect(dialog.textContent).toContain('Removed questions you had answered: Question 2');
    expect(dialog.textContent).toContain('kept word for word in this draft’s History');
    await user.click(within(dialog).getByRole('button', { name: 'Update this draft' }));

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Update this draft…' })).toBeNull());
    // The question on screen was removed, so the draft's first question is shown instead.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Question 1');
    const updated = app.store.getState().draft!;
    expect(updated.consultation.respondBy).toEqual({ date: '2022-03-11', time: '17:00' });
    expect(updated.answers).toEqual({ 'q-1': { position: 'agree', rationale: 'We support retrying failed top-ups.', confidential: false } });
    expect(await app.services.library.open(draft.id)).toEqual(updated);

    await user.click(screen.getByRole('link', { name: /History/ }));
    const timeline = screen.getByRole('list', { name: 'Timeline of this draft' });
    expect(timeline.textContent).toContain('Consultation corrected');
    expect(timeline.textContent).toContain('About six months of supplier system changes.');
  });

  it('leaves a signed-off draft as it is and says why', async () => {
    app = await withSavedConsultation();
    const draft = await answeredDraft(app);
    await app.services.library.update(draft.id, (d) => ({ ...d, status: 'signed-off', signOff: { name: 'Jordan Lee', jobTitle: 'Head of Regulation', date: '2022-02-23', at: '2022-02-23T10:00:00.000Z' } }));
    await app.services.library.updateConsultation({ ...mp205, title: 'MP205 Refinement Consultation (corrected)' });
    await app.store.getState().loadLibrary();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: draft.name }));

    expect((await screen.findByText(/keeps the consultation it was signed against/)).textContent).toContain('corrected in the library');
    expect(screen.queryByRole('button', { name: 'Update this draft…' })).toBeNull();
  });
});

describe('typing a consultation in', () => {
  it('refuses one with no questions, in plain English', async () => {
    app = await renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Type one in' }));
    await user.type(await screen.findByLabelText(/^Title/), 'Ofgem call for input');
    await user.type(screen.getByLabelText('Response email address'), 'standingcharges@ofgem');
    await user.click(screen.getByRole('button', { name: 'Save to the library' }));
    const alert = await screen.findByRole('alert');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'That email address is not complete: it should look like name@example.org, or be left empty',
      'Add at least one question: a response answers the consultation’s questions',
    ]);
    expect((await app.services.library.list()).consultations).toHaveLength(1);
  });
});
