/** "Other parts" of a response the respondent asks to keep confidential: which figures, and where. */
export const CONFIDENTIAL_OTHER_PARTS = 'the unit cost figures of £4.27 per meter in Annex B';

/** Why: the reasons name the commercial secret as well. */
export const CONFIDENTIAL_REASONS = 'The figures reveal our Osprey tariff pricing ahead of its launch.\n\nThey are commercially sensitive until April.';

/** Phrases of the confidentiality request that only the full letter may carry. */
export const WORDS_ONLY_IN_THE_REQUEST = ['£4.27 per meter', 'Annex B', 'Osprey tariff', 'commercially sensitive until April'];
