/** What the engine reports for each thing it recognised on a page. Offsets are UTF-16 code
 * units in the ORIGINAL text, never in the folded key. */
import type { Because } from '../resolve/choose-person';
import type { PostAtDate } from '../resolve/post-at-date';

export type MentionKind = 'person' | 'title' | 'body';
export type { Because, PostAtDate };

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
   * or, when the page gives none, the post the dataset says was held on the article's date
   * (`post.raw`). A short reference: the title right before it ("Bí thư" of "Bí thư Thăng").
   * Title: the canonical composed title ("Trưởng Ban Kinh tế Trung ương").
   */
  title?: string;
  /** Title mentions: canonical head ("Phó Trưởng ban Thường trực") and body ("Ban Kinh tế Trung ương"). */
  head?: string;
  body?: string;
  /**
   * Modifiers before the title: "nguyên", "cựu", "cố", "tân", "quyền". Person: the modifiers of
   * the titles read around the name ("nguyên Thủ tướng Nguyễn Tấn Dũng" → ["nguyên"]), which
   * say the title was held before the article's date ("nguyên", "cựu", "cố") or had just
   * begun ("tân").
   */
  modifiers?: string[];
  /** English for a title or body, from the lexicon. */
  en?: string;
  /** 0..1: how sure the engine is of the kind and, for a person, of the link. */
  confidence: number;
  /** Person: ids of other dataset people who share the name, when there are any. */
  alternatives?: string[];
  /**
   * Linked person: what the dataset says they held on the article's date, the post to show
   * first (`raw` is the source's wording, for display; `title`/`body` as parsed; `start`/`end`
   * partial ISO dates, `end` null while current). Order when several: a post whose title the
   * page gave, then seniority, then the latest start (lib/resolve/post-at-date.ts).
   * `null`: the dataset knows no post held then ("nguyên Thủ tướng" years after).
   * Pass `asOf: dataset.asOf` in RecogniseOptions, or current posts without a start date
   * (most NA XVI profile posts) never count.
   * Absent: not worked out, because no article date was given or because the index this
   * recogniser was built from carries no posts for this person (the extension's index keeps
   * posts only for namesakes: compute it from the full Person with `postAtDate`).
   */
  post?: PostAtDate | null;
  /**
   * Title mentions with no name next to them ("Thủ tướng", "Tổng Bí thư", "Bộ trưởng Bộ
   * Ngoại giao", "Bí thư Thành ủy Hà Nội"): the one dataset person who held that office on the
   * article's date. Only for offices with one seat (not "Phó Thủ tướng", not "Ủy viên Bộ
   * Chính trị", not "Bí thư Tỉnh ủy" without its province), only when the dataset knows exactly
   * one holder then, and never for a former or acting title ("nguyên Thủ tướng", "quyền Bộ
   * trưởng") nor one followed by a capitalised word we do not read ("Thủ tướng Nhật Bản").
   * Body mentions read on their own ("Bộ Ngoại giao", "Chính phủ", "Thành ủy Hà Nội"): the
   * one person who headed the body then (its minister, Prime Minister, Party secretary), by
   * the same rules, for the bodies whose head `office` names.
   */
  holder?: { id: string; name: string };
  /**
   * Body mentions: the office that heads the body ("Bộ trưởng Bộ Ngoại giao"), when known.
   * Title mentions: the office as compared with dataset posts, without modifiers and with the
   * place's own name ("Bí thư Thành ủy TP.HCM" → "Bí thư Thành ủy Thành phố Hồ Chí Minh").
   * `holderOn(people, office, date)` (lib/resolve/title-holders.ts) gives `holder` from it
   * wherever the full dataset is at hand (the extension's page index lacks most posts).
   */
  office?: string;
  /**
   * Linked person: why this person was chosen. 'only-candidate': nobody else has the name;
   * 'title-on-page': the titles/bodies around the name match their posts (weighed by the
   * date); 'held-post-on-date': no title on the page, and the only namesake holding a post on
   * the article's date; 'same-name-on-page': bare here, told apart by titles elsewhere on the
   * page; 'short-reference': a given name ("ông Thăng") after the full name on the page.
   */
  because?: Because;
}
