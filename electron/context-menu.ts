import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

/** What the right-click menu is built from: the part of Electron's 'context-menu' params it reads. */
export type ContextMenuFacts = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>;

export interface SpellingActions {
  /** webContents.replaceMisspelling: swaps the word under the cursor. */
  replaceMisspelling(word: string): void;
  /** session.addWordToSpellCheckerDictionary: "Ofgem", "DCC" and "SECAS" are words here. */
  addToDictionary(word: string): void;
}

/** What the menu's own items do: spelling, and marking words in an answer as confidential. */
export interface ContextMenuActions extends SpellingActions {
  /** Sends the 'toggle-confidential' command; the window marks or unmarks the selection of the focused answer. */
  toggleConfidential(): void;
}

type Item = MenuItemConstructorOptions;

const separator: Item = { type: 'separator' };
/** Chromium offers a handful; more would push the editing items off a small screen. */
const MAX_SUGGESTIONS = 5;

/** The shortcut is handled by the page itself; the menu only shows it. */
const CONFIDENTIAL_SHORTCUT = 'CmdOrCtrl+Shift+M';

function spellingItems(facts: ContextMenuFacts, actions: SpellingActions): Item[] {
  const word = facts.misspelledWord;
  if (!facts.isEditable || word === '') return [];
  const suggestions: Item[] = facts.dictionarySuggestions
    .slice(0, MAX_SUGGESTIONS)
    .map((suggestion) => ({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) }));
  return [
    ...(suggestions.length > 0 ? suggestions : [{ label: 'No spelling suggestions', enabled: false }]),
    separator,
    { label: 'Add to dictionary', click: () => actions.addToDictionary(word) },
    separator,
  ];
}

/**
 * The right-click menu for the window: spelling suggestions and "Add to
 * dictionary" on a misspelled word, then cut, copy, paste and select all in
 * a text field and marking the selection confidential, or just copy over
 * selected read-only text. Empty when there is nothing useful to offer, and
 * then no menu is shown.
 */
export function buildContextMenuTemplate(facts: ContextMenuFacts, actions: ContextMenuActions): Item[] {
  const flags = facts.editFlags;
  if (facts.isEditable) {
    return [
      ...spellingItems(facts, actions),
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      separator,
      { role: 'selectAll', enabled: flags.canSelectAll },
      separator,
      {
        id: 'toggle-confidential',
        label: 'Mark or unmark as confidential',
        accelerator: CONFIDENTIAL_SHORTCUT,
        registerAccelerator: false,
        click: () => actions.toggleConfidential(),
      },
    ];
  }
  if (facts.selectionText.trim() !== '') return [{ role: 'copy', enabled: flags.canCopy }];
  return [];
}

/** The part of WebContents the menu needs; Electron's WebContents satisfies it. */
export interface ContextMenuContents {
  on(event: 'context-menu', listener: (event: unknown, params: ContextMenuParams) => void): unknown;
  replaceMisspelling(word: string): void;
  session: { addWordToSpellCheckerDictionary(word: string): boolean };
}

/** Shows the menu on right-click; `popup` is Menu.buildFromTemplate(template).popup() in the app. */
export function attachContextMenu(contents: ContextMenuContents, popup: (template: Item[]) => void, toggleConfidential: () => void): void {
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, {
      toggleConfidential,
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => {
        contents.session.addWordToSpellCheckerDictionary(word);
      },
    });
    if (template.length > 0) popup(template);
  });
}
