/**
 * How many of the deadline board's rows are put in the page at once: more than a screenful, the most urgent
 * first. The rest follow in a background render that gives way to the user's clicks and keys, so a library of
 * hundreds of drafts is usable as soon as its top rows are painted.
 */
export const FIRST_ROWS = 30;
