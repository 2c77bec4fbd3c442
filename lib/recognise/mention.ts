/** What the engine reports for each thing it recognised on a page. Offsets are UTF-16 code
 * units in the ORIGINAL text, never in the folded key. */
export type MentionKind = 'person' | 'title' | 'body';

export interface Mention {
  start: number;
  end: number;
  /** The original text of the span, exactly as on the page. */
  text: string;
  kind: MentionKind;
  /** Dataset id, for a person linked to the dataset. */
  id?: string;
  /** Person: the dataset name when linked, the name as written otherwise. */
  name?: string;
  /**
   * Person: the title chain read from the page around the name ("Phó Thủ tướng, Bộ trưởng"),
   * or, when the page gives none, the post the dataset says was held on the article's date.
   * Title: the canonical composed title ("Trưởng Ban Kinh tế Trung ương").
   */
  title?: string;
  /** Title mentions: canonical head ("Phó Trưởng ban Thường trực") and body ("Ban Kinh tế Trung ương"). */
  head?: string;
  body?: string;
  /** Modifiers before the title: "nguyên", "cựu", "cố", "tân", "quyền". */
  modifiers?: string[];
  /** English for a title or body, from the lexicon. */
  en?: string;
  /** 0..1: how sure the engine is of the kind and, for a person, of the link. */
  confidence: number;
  /** Person: ids of other dataset people who share the name, when there are any. */
  alternatives?: string[];
}
