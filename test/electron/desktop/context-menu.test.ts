import { EventEmitter } from 'node:events';
import type { ContextMenuParams, EditFlags, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { attachContextMenu, buildContextMenuTemplate, type ContextMenuContents, type ContextMenuFacts } from '../../../electron/context-menu';

type Item = MenuItemConstructorOptions;

const allFlags: EditFlags = { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: false };

function facts(overrides: Partial<ContextMenuFacts> = {}): ContextMenuFacts {
  return { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: allFlags, ...overrides };
}

function actions() {
  return {
    replaceMisspelling: vi.fn<(word: string) => void>(),
    addToDictionary: vi.fn<(word: string) => void>(),
    toggleConfidential: vi.fn<() => void>(),
  };
}

const describeItem = (item: Item) => item.role ?? item.label ?? item.type;

function click(item: Item | undefined): void {
  expect(item?.click).toBeTypeOf('function');
  (item?.click as () => void)();
}

describe('the right-click menu', () => {
  it('offers spelling suggestions for a misspelled word and swaps in the one chosen', () => {
    const act = actions();
    const template = buildContextMenuTemplate(facts({ misspelledWord: 'organsation', dictionarySuggestions: ['organisation', 'organization'] }), act);
    expect(template.slice(0, 2).map((item) => item.label)).toEqual(['organisation', 'organization']);
    click(template[0]);
    expect(act.replaceMisspelling).toHaveBeenCalledWith('organisation');
  });

  it('adds a word to the dictionary, so DCC and Ofgem stop being underlined', () => {
    const act = actions();
    const template = buildContextMenuTemplate(facts({ misspelledWord: 'Ofgem', dictionarySuggestions: ['Often'] }), act);
    click(template.find((item) => item.label === 'Add to dictionary'));
    expect(act.addToDictionary).toHaveBeenCalledWith('Ofgem');
    expect(act.replaceMisspelling).not.toHaveBeenCalled();
  });

  it('says so when the checker has no suggestion, and still offers to add the word', () => {
    const template = buildContextMenuTemplate(facts({ misspelledWord: 'SECAS', dictionarySuggestions: [] }), actions());
    expect(template[0]).toMatchObject({ label: 'No spelling suggestions', enabled: false });
    expect(template.some((item) => item.label === 'Add to dictionary')).toBe(true);
  });

  it('offers at most five suggestions', () => {
    const template = buildContextMenuTemplate(facts({ misspelledWord: 'teh', dictionarySuggestions: ['the', 'ten', 'tech', 'eh', 'tel', 'Tex', 'tea'] }), actions());
    expect(template.filter((item) => item.click !== undefined && item.label !== 'Add to dictionary' && item.id !== 'toggle-confidential')).toHaveLength(5);
  });

  it('offers cut, copy, paste and select all in a text field, enabled as Chromium says', () => {
    const template = buildContextMenuTemplate(facts({ editFlags: { ...allFlags, canCut: false, canCopy: false } }), actions());
    expect(template.map(describeItem)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll', 'separator', 'Mark or unmark as confidential']);
    expect(template.filter((item) => item.role !== undefined).map((item) => [item.role, item.enabled])).toEqual([
      ['cut', false],
      ['copy', false],
      ['paste', true],
      ['selectAll', true],
    ]);
  });

  it('offers to mark or unmark the selection as confidential in a text field, showing the shortcut', () => {
    const act = actions();
    const item = buildContextMenuTemplate(facts({ selectionText: '£4.2m' }), act).find((i) => i.id === 'toggle-confidential');
    expect(item).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+M', registerAccelerator: false });
    click(item);
    expect(act.toggleConfidential).toHaveBeenCalledOnce();
  });

  it('offers only Copy over selected text that cannot be edited, such as the letter preview', () => {
    const template = buildContextMenuTemplate(facts({ isEditable: false, selectionText: 'We support the date' }), actions());
    expect(template.map(describeItem)).toEqual(['copy']);
  });

  it('shows no spelling items outside a text field, and no menu where there is nothing to do', () => {
    expect(buildContextMenuTemplate(facts({ isEditable: false, misspelledWord: 'teh', selectionText: 'teh' }), actions()).map(describeItem)).toEqual(['copy']);
    expect(buildContextMenuTemplate(facts({ isEditable: false }), actions())).toEqual([]);
  });
});

describe('showing the right-click menu', () => {
  function fakeContents() {
    const session = { addWordToSpellCheckerDictionary: vi.fn(() => true) };
    const contents = Object.assign(new EventEmitter(), { replaceMisspelling: vi.fn(), session });
    return { contents, session };
  }

  it('pops up the menu for the place clicked and routes spelling actions to the page and its session', () => {
    const { contents, session } = fakeContents();
    const popup = vi.fn<(template: Item[]) => void>();
    attachContextMenu(contents as unknown as ContextMenuContents, popup, () => undefined);

    const params = { ...facts({ misspelledWord: 'licence', dictionarySuggestions: ['licensee'] }) } as ContextMenuParams;
    contents.emit('context-menu', {}, params);
    expect(popup).toHaveBeenCalledOnce();
    const template = popup.mock.calls[0]?.[0] ?? [];
    click(template[0]);
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('licensee');
    click(template.find((item) => item.label === 'Add to dictionary'));
    expect(session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('licence');
  });

  it('shows nothing when the menu would be empty', () => {
    const { contents } = fakeContents();
    const popup = vi.fn();
    attachContextMenu(contents as unknown as ContextMenuContents, popup, () => undefined);
    contents.emit('context-menu', {}, facts({ isEditable: false }) as ContextMenuParams);
    expect(popup).not.toHaveBeenCalled();
  });
});
