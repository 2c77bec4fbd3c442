import lexicon from '../../data/lexicon.json';
import type { LexiconEntry } from './types';

/** The lexicon built by `npm run data` from data/lexicon/*.tsv. */
export const BUNDLED_LEXICON: readonly LexiconEntry[] = lexicon as LexiconEntry[];
