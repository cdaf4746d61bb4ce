import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, type RenderedApp } from './support/render-app';
import { dccConsultation } from '../support/sample-draft';

let app: RenderedApp | null = null;

afterEach(async () => {
  await app?.cleanup();
  app = null;
});

// Wednesday 25 Nov 2020. The deadline is Tuesday 1 Dec; Monday 30 Nov (St Andrew's Day) is a bank holiday in Scotland only.
const WEDNESDAY = new Date('2020-11-25T10:00:00Z');
const closesAfterStAndrews = { ...dccConsultation, id: 'closes-after-st-andrews', title: 'Closes after St Andrew’s Day', respondBy: { date: '2020-12-01', time: '16:00' } };

/** The draft's row on the deadline board. */
function boardRow(): HTMLElement {
  const rows = screen.getAllByRole('row').filter((row) => row.textContent?.includes('Closes after St Andrew’s Day'));
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe('bank holidays chosen in the profile', () => {
  it('counts working days to a deadline with the chosen region’s bank holidays', async () => {
    app = await renderApp({ screen: 'library' }, { clock: () => WEDNESDAY });
    await app.services.library.addConsultation(closesAfterStAndrews);
    await app.services.library.create(closesAfterStAndrews.id);
    await app.store.getState().loadLibrary();
    const user = userEvent.setup();

    await screen.findByRole('table');
    expect(within(boardRow()).queryByText('Due soon')).toBeNull();
    expect(screen.getByText(/England and Wales bank holidays excluded/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Respondent profile' }));
    const region = (await screen.findByLabelText('Bank holidays')) as HTMLSelectElement;
    expect(region.value).toBe('england-and-wales');
    await user.type(screen.getByLabelText(/^Organisation/), 'Highland Energy Ltd');
    await user.type(screen.getByLabelText(/^Contact name/), 'Morag Reid');
    await user.type(screen.getByLabelText(/^Email/), 'regulation@highland.example');
    await user.selectOptions(region, 'Scotland');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByText(/Profile saved/);
    expect((await app.services.settings.get()).profile.bankHolidayRegion).toBe('scotland');

    await user.click(screen.getByRole('button', { name: '← Library' }));
    await screen.findByRole('table');
    expect(within(boardRow()).getByText('Due soon')).toBeTruthy();
    expect(screen.getByText(/Scotland bank holidays excluded/)).toBeTruthy();

    // The draft itself says the same as the board, by the same rule.
    await user.click(within(within(boardRow()).getByRole('rowheader')).getByRole('button'));
    const header = await screen.findByRole('banner');
    expect(within(header).getByText('Due soon')).toBeTruthy();
  });

  it('does not mark the draft due soon in England and Wales, where the same deadline is four working days away', async () => {
    app = await renderApp({ screen: 'library' }, { clock: () => WEDNESDAY });
    await app.services.library.addConsultation(closesAfterStAndrews);
    const draft = await app.services.library.create(closesAfterStAndrews.id);
    app.store.getState().navigate({ screen: 'draft', draftId: draft.id, section: null });
    const header = await screen.findByRole('banner');
    await within(header).findByText(/Closes in 6 days/);
    expect(within(header).queryByText('Due soon')).toBeNull();
  });
});
