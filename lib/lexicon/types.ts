/** One row of data/lexicon/titles.tsv or modifiers.tsv, as built into data/lexicon.json. */
export interface LexiconEntry {
  /** Canonical Vietnamese form ("Ban Kinh tế Trung ương"). */
  vi: string;
  /** Other written forms: abbreviations, old tone placement ("Uỷ"), "TW"/"T.Ư". */
  variants: string[];
  /** English used by official outlets (VNA, VNS, VGP). */
  en: string;
  kind: 'title' | 'body' | 'rank' | 'honorific' | 'modifier';
  /** Partial ISO date from which the title or body exists. */
  validFrom?: string;
  /** Partial ISO date on which the body ceased (merged, renamed, dissolved). */
  validTo?: string;
  /**
   * A generic administrative title ("Giám đốc", "Thành viên", "Giáo viên"), in the lexicon for
   * reading position strings: on a page it names an official only with a body after it.
   */
  generic?: true;
  /** Bodies that took this body over (merged, renamed, absorbed), with the date. */
  successors?: { body: string; date: string }[];
}
