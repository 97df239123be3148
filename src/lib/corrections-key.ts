// Apart from src/lib/corrections.ts so that the article query can tell whether a reader has corrected
// anything without loading the corrections code and schemas with the page.

import { readStored } from './storage';

export const CORRECTIONS_KEY = 'verbatim:corrections';

/** Whether any correction is stored, without reading or validating them. */
export const hasStoredCorrections = (): boolean => readStored(CORRECTIONS_KEY) !== null;
