import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppPage, screenshot } from './support/browser';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';
import { LARGE_DRAFT_ID, largeDraft } from '../../bench/large-case';

let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest();
});

afterAll(async () => {
  await app?.close();
});

/** The large case's first answer (~800 words) with words marked near its start, middle and end. */
function draftWithMarksThroughout() {
  const draft = largeDraft();
  const answer = draft.answers['q1']!;
  const words = answer.rationale.split(' ');
  for (const [at, id] of [[5, 'mk1'], [300, 'mk2'], [600, 'mk3']] as const) {
    words[at] = `{{confidential:${id}}}${words[at]}`;
    words[at + 2] = `${words[at + 2]}{{/confidential}}`;
  }
  answer.rationale = words.join(' ');
  draft.confidentiality = { ...draft.confidentiality, scope: 'parts', partReasons: { mk1: 'Costs.', mk2: 'Plans.', mk3: 'Dates.' } };
  return draft;
}

describe('the highlight behind marked words', () => {
  it('sits on the marked words wherever the long answer is scrolled to, after typing too', async () => {
    await app.services.library.save(draftWithMarksThroughout());
    const { page, problems } = await openAppPage(app.browser, `${app.server.url}#/draft/${LARGE_DRAFT_ID}/${encodeURIComponent('question:q1')}`);
    const rationale = page.getByLabel('Rationale', { exact: true });
    await rationale.waitFor();

    // Where the textarea itself puts the marked words: a copy of it with the textarea's own computed text metrics,
    // scrolled alike, each marked stretch in a span. The highlights must have the same boxes.
    const misplaced = () =>
      page.evaluate(() => {
        const textarea = document.querySelector('textarea.rationale-editor__text') as HTMLTextAreaElement;
        const marks = Array.from(document.querySelectorAll('.rationale-editor mark'));
        const style = getComputedStyle(textarea);
        const mirror = document.createElement('div');
        for (const property of ['box-sizing', 'width', 'height', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'border-style', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing', 'tab-size', 'text-indent', 'white-space', 'overflow-wrap', 'word-break', 'overflow-y']) {
          mirror.style.setProperty(property, style.getPropertyValue(property));
        }
        const box = textarea.getBoundingClientRect();
        Object.assign(mirror.style, { position: 'fixed', left: `${box.left}px`, top: `${box.top}px`, visibility: 'hidden', margin: '0' });
        let rest = textarea.value;
        for (const mark of marks) {
          const words = mark.textContent ?? '';
          const at = rest.indexOf(words);
          const span = document.createElement('span');
          span.textContent = words;
          mirror.append(rest.slice(0, at), span);
          rest = rest.slice(at + words.length);
        }
        mirror.append(`${rest}\u200b`);
        document.body.append(mirror);
        mirror.scrollTop = textarea.scrollTop;
        const boxes = (element: Element) => Array.from(element.getClientRects()).map((r) => `${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)}`);
        const expected = Array.from(mirror.querySelectorAll('span')).map(boxes);
        mirror.remove();
        return marks.flatMap((mark, i) => (JSON.stringify(boxes(mark)) === JSON.stringify(expected[i]) ? [] : [`${mark.textContent}: ${boxes(mark).join(' ')} ≠ ${expected[i]?.join(' ')}`]));
      });

    expect(await page.locator('.rationale-editor mark').count()).toBe(3);
    for (const scrollTop of [0, 700, 1500, 100_000]) {
      await rationale.evaluate((area: HTMLTextAreaElement, top: number) => {
        area.scrollTop = top;
        area.dispatchEvent(new Event('scroll'));
      }, scrollTop);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      expect({ scrollTop, misplaced: await misplaced() }).toEqual({ scrollTop, misplaced: [] });
    }
    await screenshot(page, 'confidential-highlight-scrolled');

    // Typing before the first mark moves every highlight along with its words.
    await rationale.evaluate((area: HTMLTextAreaElement) => {
      area.focus();
      area.setSelectionRange(0, 0);
      area.scrollTop = 0;
    });
    await page.keyboard.type('Yes. We would add a few words here, enough to move the lines along. ');
    await expect.poll(misplaced).toEqual([]);
    await screenshot(page, 'confidential-highlight-typed');
    expect(problems).toEqual([]);
  });
});
