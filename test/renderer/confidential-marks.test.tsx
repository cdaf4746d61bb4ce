import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, type RenderedApp } from './support/render-app';

let app: RenderedApp | null = null;

afterEach(async () => {
  await app?.cleanup();
  app = null;
});

const ANSWER = 'We agree. Our cost is £4.2m a year. We ask for time.';
const SECRET = '£4.2m a year';

async function answerDatesQ1(): Promise<{ app: RenderedApp; rationale: HTMLTextAreaElement }> {
  app = await renderApp();
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /Start a response to Further consultation/ }));
  await screen.findByRole('heading', { level: 1, name: 'Dates Q1' });
  const rationale = screen.getByLabelText('Rationale') as HTMLTextAreaElement;
  await user.type(rationale, ANSWER);
  return { app, rationale };
}

function select(field: HTMLTextAreaElement, start: number, end: number): void {
  field.focus();
  field.setSelectionRange(start, end);
  fireEvent.select(field);
}

const rationaleInStore = (rendered: RenderedApp) => rendered.store.getState().draft!.answers['dates-q1']!.rationale;
const announcement = () => document.querySelector('.rationale-editor__tools [aria-live]')?.textContent ?? '';
const highlighted = () => Array.from(document.querySelectorAll('.rationale-editor mark')).map((m) => m.textContent);

describe('marking words of an answer confidential', () => {
  it('marks the selected words with the button, highlights them, lists them with a reason box, and undoes and redoes the mark', async () => {
    const { app: rendered, rationale } = await answerDatesQ1();
    const user = userEvent.setup();
    const start = ANSWER.indexOf(SECRET);
    select(rationale, start, start + SECRET.length);
    await user.click(screen.getByRole('button', { name: 'Mark selection confidential' }));

    expect(rationaleInStore(rendered)).toMatch(/^We agree\. Our cost is \{\{confidential:[a-z0-9]{1,12}\}\}£4\.2m a year\{\{\/confidential\}\}\. We ask for time\.$/);
    // The user still sees just their words, with the marked ones highlighted.
    expect(rationale.value).toBe(ANSWER);
    expect(highlighted()).toEqual([SECRET]);
    expect(announcement()).toMatch(/Marked as confidential/);
    // Marking made the response "named parts" so the letter does not say nothing is confidential.
    expect(rendered.store.getState().draft!.confidentiality.scope).toBe('parts');

    await user.click(screen.getByRole('link', { name: /Confidentiality/ }));
    const parts = screen.getByRole('region', { name: /Marked parts/ });
    expect(within(parts).getByText(SECRET)).toBeTruthy();
    expect(within(parts).getByRole('button', { name: 'Dates Q1' })).toBeTruthy();
    const reason = within(parts).getByLabelText(/Why Part 1 is confidential/);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    await user.type(reason, 'Our trading costs.');
    const id = /confidential:([a-z0-9]+)/.exec(rationaleInStore(rendered))![1]!;
    expect(rendered.store.getState().draft!.confidentiality.partReasons).toEqual({ [id]: 'Our trading costs.' });

    // Undo takes back the reason, then the mark; the words stay.
    rendered.emit('menu:command', 'undo');
    rendered.emit('menu:command', 'undo');
    expect(rationaleInStore(rendered)).toBe(ANSWER);
    await user.click(screen.getByRole('link', { name: /Dates Q1/ }));
    await screen.findByRole('heading', { level: 1, name: 'Dates Q1' });
    expect(highlighted()).toEqual([]);
    expect((screen.getByLabelText('Rationale') as HTMLTextAreaElement).value).toBe(ANSWER);

    rendered.emit('menu:command', 'redo');
    await waitFor(() => expect(highlighted()).toEqual([SECRET]));
    expect(rationaleInStore(rendered)).toContain(`}}${SECRET}{{/confidential}}`);
  });

  it('unmarks with the shortcut where the caret is, and the mark stays on its words while typing around it', async () => {
    const { app: rendered, rationale } = await answerDatesQ1();
    const user = userEvent.setup();
    const start = ANSWER.indexOf(SECRET);
    select(rationale, start, start + SECRET.length);
    fireEvent.keyDown(rationale, { key: 'M', ctrlKey: true, shiftKey: true });
    expect(highlighted()).toEqual([SECRET]);

    // Typing at the very start, outside the mark, leaves the mark on the same words.
    rationale.setSelectionRange(0, 0);
    await user.keyboard('Yes. ');
    expect(rationale.value).toBe(`Yes. ${ANSWER}`);
    expect(highlighted()).toEqual([SECRET]);

    // The caret inside the marked words: the button offers to remove the mark, and the shortcut does.
    const inside = `Yes. ${ANSWER}`.indexOf('4.2m');
    select(rationale, inside, inside);
    expect(screen.getByRole('button', { name: 'Remove confidential mark' })).toBeTruthy();
    fireEvent.keyDown(rationale, { key: 'm', ctrlKey: true, shiftKey: true });
    expect(highlighted()).toEqual([]);
    expect(rationaleInStore(rendered)).toBe(`Yes. ${ANSWER}`);
    expect(announcement()).toMatch(/mark removed/);

    rendered.emit('menu:command', 'undo');
    await waitFor(() => expect(highlighted()).toEqual([SECRET]));
  });

  it('marks from the context menu command, into the focused answer only', async () => {
    const { app: rendered, rationale } = await answerDatesQ1();
    const start = ANSWER.indexOf('We ask');
    select(rationale, start, ANSWER.length);
    rendered.emit('menu:command', 'toggle-confidential');
    await waitFor(() => expect(highlighted()).toEqual(['We ask for time.']));

    // With the focus elsewhere, the command marks nothing.
    rationale.blur();
    rendered.emit('menu:command', 'toggle-confidential');
    expect(highlighted()).toEqual(['We ask for time.']);
  });

  it('says what to do when nothing is selected', async () => {
    const { app: rendered, rationale } = await answerDatesQ1();
    select(rationale, 3, 3);
    fireEvent.keyDown(rationale, { key: 'm', ctrlKey: true, shiftKey: true });
    expect(announcement()).toMatch(/Select the words/);
    expect(rationaleInStore(rendered)).toBe(ANSWER);
  });
});
