/** The DOM event the menu's "Mark as confidential" sends to the focused rationale editor. */
export const TOGGLE_CONFIDENTIAL_EVENT = 'crd-toggle-confidential';
