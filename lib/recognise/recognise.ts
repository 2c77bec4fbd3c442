/**
 * The recogniser: one left-to-right pass over the page's tokens that reads titles, bodies
 * and names, then a resolution step that links names to dataset people.
 *
 * - A dataset name is a person mention (linked when the dataset can say who).
 * - A capitalised name that is not in the dataset is a person only when an official title
 *   introduces it ("Phó Trưởng ban Thường trực Ban Đối ngoại Trung ương Nguyễn Huy Tăng")
 *   or follows it after a comma behind an honorific ("đồng chí Nguyễn Huy Tăng, Phó ...").
 *   A bare "ông"/"bà" is not enough: ordinary people are not highlighted.
 * - Names inside streets, schools, prizes and places are not people (VIETNAMESE.md §3).
 */
import type { Mention } from './mention';
import {
  roles,
  START_NAME,
  START_PHRASE,
  START_SURNAME,
  type NamedPerson,
  type RecogniserIndex,
} from './build-index';
import {
  Gap,
  isAllCapsAt,
  isAsciiAt,
  isUpperAt,
  isYFoldedAt,
  scanText,
  type ScannedText,
} from './scan-tokens';
import { TitleParser, type BodyParse, type TitleParse } from './parse-title';
import { pageGenre } from './page-genre';
import { COMPOUNDS_ENDING_IN_PLACE_WORD } from './name-words';
import { foldPhrase } from '../text/fold-text';
import { choosePerson, type ContextTitle } from '../resolve/choose-person';
import { FORMER_MODIFIERS, NEW_MODIFIER, officeKey, postAtDate } from '../resolve/post-at-date';
import { headOfBody, holderOn } from '../resolve/title-holders';
import { findShortReferences, type FullMention, type TitleAt } from '../resolve/short-references';

export interface RecogniseOptions {
  /** The article's date (YYYY-MM-DD): used to tell homonyms apart and to give each person's post. */
  date?: string;
  /**
   * The date the dataset describes (its `asOf`): a post marked current with no start date
   * counts as held from then on (nothing says when it began). Without it, never.
   */
  asOf?: string;
  /**
   * On a sport or entertainment page (lib/recognise/page-genre.ts), a dataset name that no
   * title introduces anywhere on the page is a namesake more often than the official: it is
   * not linked. Default on; `false` links it as on any other page.
   */
  weakNamesOffPolitics?: boolean;
}

interface NameSpan {
  start: number;
  end: number;
  /** Dataset candidates (empty for a titled person not in the dataset). */
  ids: readonly string[];
  ascii: boolean;
  yFolded: boolean;
}

interface PersonDraft {
  span: NameSpan;
  /** Title chain read before or after the name. */
  chain: TitleParse[];
  introducedBy?: 'title' | 'honorific';
}

const NOT_A_PERSON = roles('not-person', 'place-prefix');
const HONORIFIC = roles('honorific');
const CONNECTOR = roles('connector');
/** After a dataset name, these start something else: the name has ended. */
const ENDS_NAME = roles('title', 'head', 'body', 'rank', 'place', 'place-prefix', 'pre-modifier');
/** Inside an unknown name, these end it ("Anh" is a given name as often as an honorific). */
const BREAKS_NAME = roles('title', 'head', 'body', 'rank', 'place-prefix');
/** A place or a country is not the start of a name: "Thái Lan", "Hà Nội". */
const PLACE_OR_COUNTRY = roles('place', 'country');
const PLACE_PREFIX = roles('place-prefix');
/** What starts a new item of a title chain: a run of words after a title stops there. */
const CHAIN_ITEM = roles('title', 'head', 'rank');
/** Units that stand for their province's body: "Phó Chủ tịch tỉnh", "Chủ tịch thành phố". */
const PROVINCE_UNITS = new Set(['tỉnh', 'thành phố', 'TP', 'TP.']);
const VAN = 'văn';
const HEAD = roles('head');
const COUNTRY = roles('country');
/** Heads that companies and clubs have too. */
const BUSINESS_HEADS = new Set([
  'Chủ tịch',
  'Phó Chủ tịch',
  'Giám đốc',
  'Phó Giám đốc',
  'Tổng Giám đốc',
  'Phó Tổng Giám đốc',
  'Tổng giám đốc',
]);
const NOT_PERSON = roles('not-person');
/** Words that end a body's name: what a sentence goes on with after it. */
// prettier-ignore
const NOT_IN_BODY = new Set([
  'cho', 'biết', 'nói', 'là', 'đã', 'đang', 'sẽ', 'với', 'được', 'bị', 'có', 'thì', 'mà', 'khi',
  'tại', 'ở', 'trong', 'theo', 'về', 'cùng', 'các', 'những', 'này', 'đó', 'người', 'vừa', 'hôm',
  'ngày', 'sáng', 'chiều', 'tối', 'năm', 'tháng', 'cũng', 'không', 'gặp', 'tiếp', 'ký', 'trao',
  'đến', 'từ', 'do', 'để', 'hoặc', 'như', 'sau', 'trước', 'lúc', 'thăm', 'dự', 'chủ', 'trì',
].map(foldPhrase));
const COMPOUNDS = new Set(COMPOUNDS_ENDING_IN_PLACE_WORD.map(foldPhrase));
/** "Công ty CP": the company form, not an abbreviated body. */
const TY = 'ti'; // "ty", i/y-folded
/** Heads too vague to introduce an official without their body ("Thành viên", "Phó Trưởng"). */
const VAGUE_HEADS = new Set(['Thành viên', 'Ủy viên', 'Phó Trưởng', 'Trưởng ban', 'Phó Ban']);
/** A word that starts one of these is not a given name after a title. */
const SHORT_NAME_BLOCKERS = roles(
  'title',
  'head',
  'body',
  'rank',
  'place',
  'place-prefix',
  'country',
  'not-person',
);
/** Letters only Vietnamese writes (other Latin scripts share à, é, ö and the like). */
const VIETNAMESE_LETTER =
  /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊĨỌỎỐỒỔỖỘỚỜỞỠỢỤỦŨỨỪỬỮỰỲỴỶỸ]/;

const CONFIDENCE = {
  title: 0.95,
  titleLowerCase: 0.85,
  body: 0.95,
  linkedWithTitle: 0.97,
  linkedBare: 0.85,
  titledUnknown: 0.9,
  ambiguous: 0.5,
  asciiFactor: 0.9,
  yFoldFactor: 0.95,
  /** "Bí thư Thăng", "Thủ tướng Phúc" after the full name: the title agreed. */
  shortWithTitle: 0.9,
  /** "ông Thăng" after the full name. */
  shortWithHonorific: 0.85,
  /** "VKS cho rằng Sơn đã ...": the given name alone, mid-sentence, after the full name. */
  shortBare: 0.75,
};

const PLACE_ROLE = roles('place');
/** A phrase starting at a given name makes it something else: "ông Bình Dương". */
const LONGER_THAN_NAME = roles('title', 'head', 'body', 'place', 'place-prefix', 'not-person');

export class Recogniser {
  constructor(private readonly index: RecogniserIndex) {}

  recognise(text: string, options: RecogniseOptions = {}): Mention[] {
    const scanned = scanText(this.index, text);
    return new PageReading(this.index, scanned, options).read();
  }
}

/** The state of reading one text; thrown away afterwards. */
class PageReading {
  private readonly parser: TitleParser;
  private readonly titles: TitleParse[] = [];
  private readonly bodies: BodyParse[] = [];
  private readonly people: PersonDraft[] = [];

  constructor(
    private readonly index: RecogniserIndex,
    private readonly scanned: ScannedText,
    private readonly options: RecogniseOptions,
  ) {
    this.parser = new TitleParser(index, scanned);
  }

  read(): Mention[] {
    this.scan();
    return this.toMentions();
  }

  private readonly spaceOnly = (k: number): boolean => this.gap(k) === Gap.Space;

  private gap(i: number): number {
    return this.scanned.gaps[i] ?? Gap.Hard;
  }

  private scan(): void {
    const n = this.scanned.count;
    /** The title chain that ended right before the current token, if any. */
    let chain: TitleParse[] = [];
    let chainEnd = -1;
    /** A person (or an honorific-introduced candidate) waiting for ", Title" after it. */
    let awaiting: { draft: PersonDraft; end: number; candidate: boolean } | undefined;
    /** Where the last name read as part of a street, school or place ended. */
    let placeListEnd = -1;
    /** One capitalised word right after a title chain. */
    const givenNames: { at: number; chain: TitleParse[] }[] = [];

    const { ids } = this.scanned;
    const { startFlags } = this.index;
    for (let i = 0; i < n;) {
      // Most tokens start nothing: skip them without any walk.
      const id = ids[i]!;
      const flags = id >= 0 ? startFlags[id]! : 0;
      const nameLike = (flags & (START_NAME | START_SURNAME)) !== 0 && isUpperAt(this.scanned, i);
      if (!nameLike && !((flags & START_PHRASE) !== 0 && this.parser.completesPhrase(i))) {
        chain = [];
        chainEnd = -1;
        i++;
        continue;
      }
      const title = this.parser.parseTitleAt(i);
      const name = nameLike ? this.parseName(i) : undefined;
      const body = title ? undefined : this.parser.parseBodyAt(i, true);
      const longest = Math.max(title?.end ?? -1, name?.end ?? -1, body?.end ?? -1);

      if (longest > i && title && title.end === longest) {
        const continues =
          chainEnd === i &&
          (this.gap(i) === Gap.Comma || this.gap(i) === Gap.Space || this.isConnectorBefore(i));
        chain = continues ? [...chain, title] : [title];
        this.titles.push(title);
        if (awaiting && awaiting.end === i && this.gap(i) === Gap.Comma) {
          awaiting.draft.chain.push(title);
          if (awaiting.candidate) {
            this.people.push(awaiting.draft);
            awaiting.candidate = false;
          }
          awaiting.end = title.end;
        }
        chainEnd = this.skipConnector(title.end);
        // "Chủ tịch HĐQT OceanBank Hà Văn Thắm", "Thủ tướng Đức Angela Merkel": a name after
        // the title and words the lexicon does not know.
        const after = this.titledNameAfter(chainEnd, title);
        if (!after && this.isSingleWordAt(chainEnd)) {
          // "Thủ tướng Kohl": a given name, read once the whole page is known.
          givenNames.push({ at: chainEnd, chain: [...chain] });
        }
        if (after) {
          const draft: PersonDraft = { span: after, chain: [...chain], introducedBy: 'title' };
          this.people.push(draft);
          awaiting = { draft, end: after.end, candidate: false };
          chain = [];
          chainEnd = -1;
          i = after.end;
          continue;
        }
        i = title.end;
        continue;
      }

      if (longest > i && body && body.end === longest) {
        if (this.isOwnBody(body)) this.bodies.push(body);
        chain = [];
        chainEnd = -1;
        i = body.end;
        continue;
      }

      // "Ông Phạm Bình Minh": an honorific is not the first syllable of a name.
      const span =
        name ?? (nameLike && !this.parser.has(i, HONORIFIC) ? this.parseUnknownName(i) : undefined);
      if (span) {
        // "đường Lê Lợi", "Trường THPT Nguyễn Du", "TP Hồ Chí Minh": part of a place.
        // "Phó Tổng cục trưởng Nguyễn Thị Thanh Hương": a head whose body the page leaves out.
        const titled =
          (chainEnd === i && this.gap(i) === Gap.Space) || (chainEnd !== i && this.headEndsAt(i));
        // A title read right before the name owns its "tỉnh": "Phó Chủ tịch tỉnh Phạm Trường Thọ".
        // "các tuyến đường Phạm Hùng, Phạm Văn Đồng": the list goes on naming streets.
        const listed = placeListEnd === i && this.gap(i) === Gap.Comma;
        const inPlace =
          !titled && (listed || (this.parser.endsAt(i, NOT_A_PERSON) && !this.compoundEndsAt(i)));
        if (inPlace) placeListEnd = span.end;
        else {
          const honoured = this.parser.endsAt(i, HONORIFIC);
          const introducedBy = titled ? 'title' : honoured ? 'honorific' : undefined;
          const draft: PersonDraft = { span, chain: titled ? [...chain] : [], introducedBy };
          if (span.ids.length > 0 || titled) {
            this.people.push(draft);
            awaiting = { draft, end: span.end, candidate: false };
          } else if (honoured) {
            // Not in the dataset: a person only if ", Title" follows.
            awaiting = { draft, end: span.end, candidate: true };
          }
        }
        chain = [];
        chainEnd = -1;
        i = span.end;
        continue;
      }

      chain = [];
      chainEnd = -1;
      i++;
    }
    for (const { at, chain } of givenNames) {
      if (this.isGivenNameOfTitled(this.scanned.keys[at]!)) {
        const span = { start: at, end: at + 1, ids: [], ascii: false, yFolded: false };
        this.people.push({ span, chain, introducedBy: 'title' });
      }
    }
    if (this.options.weakNamesOffPolitics !== false) this.dropNamesOffPolitics();
  }

  /**
   * "Nguyễn Văn Quyết ghi bàn": on a sport or entertainment page, a dataset name with no title
   * next to it here or at another mention of the same name is not taken for the official.
   */
  private dropNamesOffPolitics(): void {
    const bare = (d: PersonDraft) =>
      d.span.ids.length > 0 && d.chain.length === 0 && d.introducedBy !== 'title';
    if (!this.people.some(bare)) return;
    if (pageGenre(this.scanned.keys, this.titles.length + this.bodies.length) === 'other') return;
    const titled = new Set(this.people.filter((d) => !bare(d)).map((d) => d.span.ids.join(' ')));
    for (let k = this.people.length - 1; k >= 0; k--) {
      const draft = this.people[k]!;
      if (bare(draft) && !titled.has(draft.span.ids.join(' '))) this.people.splice(k, 1);
    }
  }

  private isConnectorBefore(i: number): boolean {
    return i > 0 && this.parser.longest(i - 1, CONNECTOR)?.end === i;
  }

  /** "Phó Thủ tướng kiêm Bộ trưởng": the chain goes on after "kiêm". */
  private skipConnector(end: number): number {
    const connector = this.parser.longest(end, CONNECTOR);
    return connector && this.gap(end) === Gap.Space ? connector.end : end;
  }

  private allUpper(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!isUpperAt(this.scanned, k)) return false;
    return true;
  }

  /** A dataset name at token i: capitalised, spaces only between its syllables. */
  private parseName(i: number): NameSpan | undefined {
    if (!isUpperAt(this.scanned, i)) return undefined;
    const spaceOnly = this.spaceOnly;
    let ascii = false;
    const { ids } = this.scanned;
    let hit = this.index.names.canStart(ids[i]!)
      ? this.index.names.longestAt(ids, i, spaceOnly)
      : undefined;
    if (!hit && isAsciiAt(this.scanned, i) && this.index.asciiNames.canStart(ids[i]!)) {
      hit = this.index.asciiNames.longestAt(ids, i, spaceOnly);
      ascii = hit !== undefined;
    }
    if (!hit || !this.allUpper(i, hit.end)) return undefined;
    // The name goes on with another capitalised syllable that starts nothing we know:
    // it is someone else's longer name.
    if (
      isUpperAt(this.scanned, hit.end) &&
      this.gap(hit.end) === Gap.Space &&
      !this.parser.has(hit.end, ENDS_NAME)
    ) {
      return undefined;
    }
    let yFolded = false;
    for (let k = i; k < hit.end; k++) yFolded ||= isYFoldedAt(this.scanned, k);
    return { start: i, end: hit.end, ids: hit.payloads, ascii, yFolded };
  }

  private isSurnameAt(i: number): boolean {
    const id = this.scanned.ids[i]!;
    return id >= 0 && (this.index.startFlags[id]! & START_SURNAME) !== 0;
  }

  /**
   * The name in a run of capitalised words right after a title chain, when words the lexicon
   * does not know stand between ("Thứ trưởng GD&ĐT Trần Thị Nghĩa", "Chủ tịch xã Tà Rụt Hồ
   * Văn Nhiếp"), or a foreign name after a title and a country ("Thủ tướng Đức Angela
   * Merkel"). A Vietnamese name right after the title is left to the main loop.
   */
  private titledNameAfter(e: number, title: TitleParse): NameSpan | undefined {
    const { scanned, parser } = this;
    if (e >= scanned.count || this.gap(e) !== Gap.Space) return undefined;
    let start = e;
    /** "Phó Chủ tịch tỉnh Phạm Trường Thọ": "tỉnh" or "thành phố" stands for its body. */
    let unitAlone = false;
    if (!isUpperAt(scanned, e)) {
      const unit = parser.longest(e, PLACE_PREFIX);
      if (!unit || this.gap(unit.end) !== Gap.Space) return undefined;
      unitAlone = PROVINCE_UNITS.has(unit.item.vi);
      start = unit.end;
    }
    let end = start;
    /** Lower-case words in a row: "Sở Tài nguyên và Môi trường" has up to three. */
    let lower = 0;
    while (end < scanned.count && end - start < 10) {
      const gap = this.gap(end);
      if (isUpperAt(scanned, end)) {
        if (end > start && gap !== Gap.Space && gap !== Gap.Soft && !this.ampersandBefore(end)) {
          break;
        }
        if (end > e && parser.has(end, CHAIN_ITEM)) break;
        // "Trường THPT Đinh Tiên Hoàng": a school, street or prize starts here.
        if (parser.has(end, NOT_PERSON) && !parser.has(end, PLACE_PREFIX)) break;
        lower = 0;
      } else if (end > start && this.hyphenBefore(end)) {
        // "Ri Yong-ho"
      } else if (end > start && gap === Gap.Space && lower < 3 && this.isBodyWordAt(end)) {
        lower++;
      } else break;
      end++;
    }
    while (end > start && !isUpperAt(scanned, end - 1) && !this.hyphenBefore(end - 1)) end--;
    if (end - start < 2 || this.allCaps(start, end)) return undefined;
    // The name ends the first stretch of capitalised words that ends with one.
    for (let a = start; a < end;) {
      let b = a;
      while (b < end && (isUpperAt(scanned, b) || this.hyphenBefore(b))) b++;
      const name = this.nameInStretch(a, b, { e, start, unitAlone, title });
      if (name !== undefined) return name ?? undefined;
      a = b;
      while (a < end && !isUpperAt(scanned, a)) a++;
    }
    return undefined;
  }

  /**
   * The name at the end of tokens a..b, capitalised words after a title (see titledNameAfter):
   * undefined when there is none, null when the main loop reads it (right after the title).
   */
  private nameInStretch(
    a: number,
    b: number,
    run: { e: number; start: number; unitAlone: boolean; title: TitleParse },
  ): NameSpan | null | undefined {
    const { scanned, parser } = this;
    // Vietnamese: the longest 2–4 syllable tail that starts with a surname, not with a place.
    for (let s = Math.max(a, b - 4); s <= b - 2; s++) {
      if (!this.isSurnameAt(s) || parser.has(s, PLACE_OR_COUNTRY)) continue;
      // "Chủ tịch UBND xã Xuân Ninh", "quận Hoàng Mai": after "xã", "quận" comes a place.
      if (s === run.start && run.start > run.e && !run.unitAlone) continue;
      if (s > run.start && parser.longest(s - 1, PLACE_PREFIX)?.end === s) continue;
      if (!this.spacedFrom(s, b)) continue;
      if (s === run.e) return null;
      // "xã Môn Sơn Lương Văn Tuấn": after a capitalised word, four syllables from a surname
      // are more often the end of a place and a three-syllable name.
      if (b - s === 4 && s > a && this.isSurnameAt(s + 1) && !parser.has(s + 1, PLACE_OR_COUNTRY)) {
        s++;
      }
      // "Đại tá Sa Văn Tâm": "Văn" is a middle name more often than a surname.
      if (s > a && scanned.keys[s] === VAN && !parser.has(s - 1, PLACE_OR_COUNTRY)) s--;
      const known = this.parseName(s);
      return known && known.end === b
        ? known
        : { start: s, end: b, ids: [], ascii: false, yFolded: false };
    }
    // Foreign, right after the title: countries and abbreviations, then two or three words.
    if (a !== run.start) return undefined;
    let j = a;
    while (j < b) {
      const place = parser.longest(j, PLACE_OR_COUNTRY);
      if (place && place.end <= b) j = place.end;
      else if (isAllCapsAt(scanned, j) && scanned.ends[j]! - scanned.starts[j]! > 1) j++;
      else break;
    }
    if (b - j < 2 || b - j > 3 || this.isSurnameAt(j)) return undefined;
    // "Chủ tịch Facebook Mark Zuckerberg": a chairman or director may head a company or a
    // club, whose name the page gives first; only a country or a body says it is a state's.
    const country = j > a && parser.longest(a, COUNTRY) !== undefined;
    if (!country && !run.title.body && BUSINESS_HEADS.has(run.title.head.vi)) return undefined;
    // Not a Vietnamese word ("Bộ GD-ĐT"), unless a country came first ("Chủ tịch Trung Quốc
    // Tập Cận Bình"); never a word the lexicon starts with, nor an abbreviation.
    for (let k = j; k < b; k++) {
      if (isAllCapsAt(scanned, k) || parser.startsPhrase(k)) return undefined;
      if (j === a && VIETNAMESE_LETTER.test(this.textOf(k, k + 1))) return undefined;
    }
    if (!this.spacedFrom(j, b, true)) return undefined;
    return { start: j, end: b, ids: [], ascii: false, yFolded: false };
  }

  /** A lower-case word that may sit inside a body's name ("Y tế", "Giáo dục và Đào tạo"). */
  private isBodyWordAt(k: number): boolean {
    return !NOT_IN_BODY.has(this.scanned.keys[k]!) && !this.parser.has(k, HONORIFIC);
  }

  private ampersandBefore(k: number): boolean {
    const { text, ends, starts } = this.scanned;
    return text.slice(ends[k - 1]!, starts[k]!) === '&';
  }

  private hyphenBefore(k: number): boolean {
    const { text, ends, starts } = this.scanned;
    return this.gap(k) === Gap.Soft && text.slice(ends[k - 1]!, starts[k]!) === '-';
  }

  /**
   * "Trung tá Phong", "Thủ tướng Cerar": one capitalised word after a title that repeats the
   * given name of someone a title introduces elsewhere on the page and whom the dataset does
   * not know (short references to dataset people are resolved later, with the whole page).
   */
  /** One capitalised word, alone, that starts no title, body, place or country. */
  private isSingleWordAt(e: number): boolean {
    const { scanned } = this;
    if (e >= scanned.count || this.gap(e) !== Gap.Space || !isUpperAt(scanned, e)) return false;
    if (isAllCapsAt(scanned, e)) return false;
    if (isUpperAt(scanned, e + 1) && this.gap(e + 1) !== Gap.Hard) return false;
    return !this.parser.has(e, SHORT_NAME_BLOCKERS);
  }

  private isGivenNameOfTitled(key: string): boolean {
    const { scanned } = this;
    let named = false;
    for (const { span } of this.people) {
      const last = scanned.keys[span.end - 1];
      if (span.ids.length > 0) {
        if (last === key) return false; // a dataset person's: resolved later
        continue;
      }
      // A Vietnamese name by its given name; a foreign one by any of its words.
      if (last === key) named = true;
      else if (!this.isSurnameAt(span.start)) {
        for (let k = span.start; k < span.end - 1; k++) if (scanned.keys[k] === key) named = true;
      }
    }
    return named;
  }

  /**
   * Whether a body read on its own is one to highlight: written with a capital ("nhân dân",
   * "chính phủ" in running text are common nouns), not an abbreviation inside a code
   * ("NĐ-CP") or a company's form ("Công ty CP"), and not another country's ("Bộ Quốc phòng
   * Nga", "Quốc hội Mỹ").
   */
  private isOwnBody(body: BodyParse): boolean {
    const { scanned, parser } = this;
    const { start, end } = body;
    if (!isUpperAt(scanned, start)) return false;
    if (body.body.abbreviation || (end - start === 1 && isAllCapsAt(scanned, start))) {
      if (this.gap(start) === Gap.Soft || this.gap(end) === Gap.Soft) return false;
      if (start > 0 && scanned.keys[start - 1] === TY) return false;
    }
    return !(end < scanned.count && this.gap(end) === Gap.Space && parser.has(end, COUNTRY));
  }

  /** "nông thôn Nguyễn Xuân Cường": the "thôn" before the name ends a common word, not a place. */
  private compoundEndsAt(i: number): boolean {
    const { keys } = this.scanned;
    return (
      i >= 2 && this.gap(i - 1) === Gap.Space && COMPOUNDS.has(`${keys[i - 2]} ${keys[i - 1]}`)
    );
  }

  /** Whether a title head without its body ends right before token i ("Phó Tổng cục trưởng"). */
  private headEndsAt(i: number): boolean {
    if (i === 0 || this.gap(i) !== Gap.Space) return false;
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      for (const hit of this.parser.hits(k, HEAD)) {
        if (hit.end === i && hit.end - k >= 2 && !VAGUE_HEADS.has(hit.item.vi)) return true;
      }
      if (this.gap(k) !== Gap.Space) break;
    }
    return false;
  }

  /** Whether tokens from..to are one name: spaces between them (or hyphens, `hyphens`). */
  private spacedFrom(from: number, to: number, hyphens = false): boolean {
    const { starts, ends } = this.scanned;
    for (let k = from + 1; k < to; k++) {
      // "OceanBank": two tokens with nothing between them are one word.
      if (starts[k] === ends[k - 1]) return false;
      const gap = this.gap(k);
      if (gap === Gap.Space) continue;
      if (!hyphens || !this.hyphenBefore(k)) return false;
    }
    return true;
  }

  private allCaps(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!isAllCapsAt(this.scanned, k)) return false;
    return true;
  }

  /** A Vietnamese personal name not in the dataset: a surname, then 1–4 capitalised syllables. */
  private parseUnknownName(i: number): NameSpan | undefined {
    if (!isUpperAt(this.scanned, i) || !this.isSurnameAt(i)) return undefined;
    if (this.parser.has(i, PLACE_OR_COUNTRY)) return undefined;
    let k = i + 1;
    while (
      k < this.scanned.count &&
      k - i < 5 &&
      isUpperAt(this.scanned, k) &&
      this.gap(k) === Gap.Space
    ) {
      if (this.parser.has(k, BREAKS_NAME)) {
        break;
      }
      k++;
    }
    if (k - i < 2) return undefined;
    return { start: i, end: k, ids: [], ascii: false, yFolded: false };
  }

  private textOf(start: number, end: number): string {
    return this.scanned.text.slice(this.scanned.starts[start]!, this.scanned.ends[end - 1]!);
  }

  /**
   * A title as compared with dataset posts: head, body and the place's own name ("Bí thư
   * Thành ủy TP.HCM" → "Bí thư Thành ủy Thành phố Hồ Chí Minh"), without modifiers.
   */
  private officeOf(t: TitleParse): string {
    let office = t.postModifier ? `${t.head.vi} ${t.postModifier}` : t.head.vi;
    if (t.body) office += ` ${t.body.vi}`;
    if (t.place) office += ` ${this.placeName(t.place)}`;
    return office;
  }

  /** "TP.HCM" → "Thành phố Hồ Chí Minh", "tỉnh Quảng Ninh" → "Quảng Ninh". */
  private placeName(place: { start: number; end: number }): string {
    for (let k = place.start; k < place.end; k++) {
      const hit = this.parser.longest(k, PLACE_ROLE);
      if (hit && hit.end === place.end) return hit.item.vi;
    }
    return this.textOf(place.start, place.end);
  }

  private isFormer(t: TitleParse): boolean {
    return t.modifiers.some((m) => FORMER_MODIFIERS.has(m));
  }

  /**
   * Whether the title is someone else's than the dataset's holder: acting ("quyền Bộ
   * trưởng"), or followed by a capitalised word we do not read ("Thủ tướng Nhật Bản", "Thủ
   * tướng Shinzo Abe"): a foreign office or an unknown name.
   */
  private namesItsScope(t: TitleParse): boolean {
    if (t.modifiers.includes('quyền')) return true;
    return (
      isUpperAt(this.scanned, t.end) &&
      this.gap(t.end) === Gap.Space &&
      !this.parser.startsPhrase(t.end)
    );
  }

  /** `bare`: no name next to the title, so it may name who held it on the article's date. */
  private titleMention(t: TitleParse, bare = false): Mention {
    const head = t.postModifier ? `${t.head.vi} ${t.postModifier}` : t.head.vi;
    let title = t.modifiers.length ? `${t.modifiers.join(' ')} ${head}` : head;
    if (t.body) title += ` ${t.body.vi}`;
    if (t.place) title += ` ${this.textOf(t.place.start, t.place.end)}`;
    const mention: Mention = {
      start: this.scanned.starts[t.start]!,
      end: this.scanned.ends[t.end - 1]!,
      text: this.textOf(t.start, t.end),
      kind: 'title',
      title,
      head,
      confidence: isUpperAt(this.scanned, t.start) ? CONFIDENCE.title : CONFIDENCE.titleLowerCase,
    };
    if (t.body) mention.body = t.body.vi;
    else if (t.head.en) mention.en = t.head.en;
    if (t.modifiers.length) mention.modifiers = t.modifiers;
    mention.office = this.officeOf(t);
    const day = this.options.date;
    if (bare && day !== undefined && !this.isFormer(t) && !this.namesItsScope(t)) {
      const holder = holderOn(this.index.people, this.officeOf(t), day, this.options.asOf);
      if (holder) mention.holder = holder;
    }
    return mention;
  }

  private bodyMention(b: BodyParse): Mention {
    const mention: Mention = {
      start: this.scanned.starts[b.start]!,
      end: this.scanned.ends[b.end - 1]!,
      text: this.textOf(b.start, b.end),
      kind: 'body',
      body: b.body.vi,
      title: b.place ? `${b.body.vi} ${this.textOf(b.place.start, b.place.end)}` : b.body.vi,
      confidence: CONFIDENCE.body,
    };
    if (b.body.en) mention.en = b.body.en;
    // Who headed the body on the article's date ("Bộ Ngoại giao" → its minister then).
    const office = headOfBody(b.place ? `${b.body.vi} ${this.placeName(b.place)}` : b.body.vi);
    if (office) {
      mention.office = office;
      const day = this.options.date;
      const foreign = isUpperAt(this.scanned, b.end) && this.gap(b.end) === Gap.Space;
      if (day !== undefined && !foreign) {
        const holder = holderOn(this.index.people, office, day, this.options.asOf);
        if (holder) mention.holder = holder;
      }
    }
    return mention;
  }

  private toMentions(): Mention[] {
    const { people, full } = this.resolvePeople();
    const shorts = full.length > 0 ? this.shortReferences(full) : [];
    /** Titles with a name next to them: they do not name a holder on their own. */
    const named = new Set<TitleParse>(shorts.flatMap((s) => (s.title ? [s.title] : [])));
    for (const draft of this.people) for (const t of draft.chain) named.add(t);
    const mentions: Mention[] = [
      ...this.titles.map((t) => this.titleMention(t, !named.has(t))),
      ...this.bodies.map((b) => this.bodyMention(b)),
      ...people,
      ...shorts.map((s) => s.mention),
    ];
    return mentions.sort((a, b) => a.start - b.start);
  }

  /** A title read around a name, as evidence for choosing between namesakes. */
  private contextOf(t: TitleParse): ContextTitle {
    // A bare head such as "Trưởng" would match half the dataset: only titles that name their
    // office whole ("Phó Thủ tướng"), or with their body or place, are compared as offices.
    const whole = t.head.role === 'title' || t.body !== undefined || t.place !== undefined;
    const context: ContextTitle = {};
    if (whole) context.office = this.officeOf(t);
    if (t.body) context.body = t.body.vi;
    if (this.isFormer(t)) context.former = true;
    if (t.modifiers.includes(NEW_MODIFIER)) context.isNew = true;
    return context;
  }

  /** The post to show for a linked person on the article's date (see Mention.post). */
  private postOf(person: NamedPerson | undefined, pageTitles: readonly string[]): Mention['post'] {
    const day = this.options.date;
    if (!person?.posts || day === undefined) return undefined;
    return postAtDate(person.posts, day, { currentFrom: this.options.asOf, pageTitles });
  }

  /**
   * Links each name to a dataset person. Evidence: the title chain around the name, weighed by
   * the article's date. A name seen without evidence takes the person that the same name was
   * resolved to elsewhere on the page (one sense per page).
   */
  private resolvePeople(): { people: Mention[]; full: FullMention[] } {
    const day = this.options.date;
    // "Nguyễn Tấn Dũng, cố Tổng Bí thư Nguyễn Phú Trọng": a title that introduces the next
    // name is not also the previous name's.
    const introducing = new Set<TitleParse>();
    for (const draft of this.people) {
      for (const t of draft.chain) if (t.end <= draft.span.start) introducing.add(t);
    }
    const firstPass = this.people.map((draft) => {
      const chain = draft.chain.filter((t) => t.end <= draft.span.start || !introducing.has(t));
      const context = chain.map((t) => this.contextOf(t));
      const candidates = draft.span.ids
        .map((id) => this.index.people.get(id))
        .filter((p): p is NamedPerson => p !== undefined);
      const choice = candidates.length
        ? choosePerson(candidates, context, day, { currentFrom: this.options.asOf })
        : undefined;
      return { draft, chain, candidates, choice };
    });
    const pageChoice = new Map<string, { id: string; certainty: number }>();
    for (const { draft, choice } of firstPass) {
      if (choice?.id && choice.because === 'title-on-page' && draft.span.ids.length > 1) {
        pageChoice.set(draft.span.ids.join(' '), { id: choice.id, certainty: choice.certainty });
      }
    }
    const full: FullMention[] = [];
    const people = firstPass.map(({ draft, chain, candidates, choice }) => {
      const { span } = draft;
      let id = choice?.id;
      let certainty = choice?.certainty ?? 0;
      let alternatives = choice?.alternatives ?? [];
      let because = choice?.because;
      const elsewhere =
        choice?.because === 'title-on-page' ? undefined : pageChoice.get(span.ids.join(' '));
      if (elsewhere) {
        ({ id, certainty } = elsewhere);
        alternatives = span.ids.filter((x) => x !== id);
        because = 'same-name-on-page';
      }
      const person = id ? this.index.people.get(id) : undefined;
      const pageTitle = chain.map((t) => this.textOf(t.start, t.end)).join(', ');
      const offices = chain.map((t) => officeKey(this.officeOf(t)));
      const post = person ? this.postOf(person, offices) : undefined;
      let confidence: number;
      if (candidates.length === 0) confidence = CONFIDENCE.titledUnknown;
      else if (!id) confidence = CONFIDENCE.ambiguous;
      else if (chain.length || draft.introducedBy) confidence = CONFIDENCE.linkedWithTitle;
      else confidence = CONFIDENCE.linkedBare;
      if (id && span.ids.length > 1) confidence *= 0.5 + 0.5 * certainty;
      if (span.ascii) confidence *= CONFIDENCE.asciiFactor;
      if (span.yFolded) confidence *= CONFIDENCE.yFoldFactor;
      const text = this.textOf(span.start, span.end);
      const mention: Mention = {
        start: this.scanned.starts[span.start]!,
        end: this.scanned.ends[span.end - 1]!,
        text,
        kind: 'person',
        name: person?.name ?? text,
        confidence: Math.round(confidence * 1000) / 1000,
      };
      if (id) mention.id = id;
      const title = pageTitle || post?.raw;
      if (title) mention.title = title;
      const modifiers = [...new Set(chain.flatMap((t) => t.modifiers))];
      if (modifiers.length) mention.modifiers = modifiers;
      if (alternatives.length) mention.alternatives = alternatives;
      if (post !== undefined) mention.post = post;
      if (id && because) mention.because = because;
      if (id) full.push({ id, start: span.start, end: span.end, titles: offices });
      return mention;
    });
    return { people, full };
  }

  /** "ông Thăng", "Bí thư Thăng" after the full name (lib/resolve/short-references.ts). */
  private shortReferences(full: FullMention[]): { mention: Mention; title?: TitleParse }[] {
    const taken = new Uint8Array(this.scanned.count);
    const mark = (from: number, to: number) => taken.fill(1, from, to);
    for (const t of this.titles) mark(t.start, t.end);
    for (const b of this.bodies) mark(b.start, b.end);
    for (const d of this.people) mark(d.span.start, d.span.end);
    const isTaken = (i: number): boolean =>
      taken[i] === 1 || (this.parser.longest(i, LONGER_THAN_NAME)?.end ?? i) > i + 1;
    const endingAt = new Map<number, TitleParse>();
    for (const t of this.titles) endingAt.set(t.end, t);
    const titleOf = new Map<TitleAt, TitleParse>();
    const titleEndingAt = (i: number): TitleAt | undefined => {
      const t = endingAt.get(i);
      if (!t) return undefined;
      const at: TitleAt = {
        start: t.start,
        end: t.end,
        office: officeKey(this.officeOf(t)),
        former: this.isFormer(t),
      };
      titleOf.set(at, t);
      return at;
    };
    const refs = findShortReferences({
      scanned: this.scanned,
      people: this.index.people,
      full,
      titleEndingAt,
      surnames: this.index.surnames,
      placeWordBefore: (i) => this.parser.endsAt(i, NOT_A_PERSON),
      beginsPhrase: (i) => this.index.lexicon.prefixLength(this.scanned.ids, i, 2) === 2,
      isTaken,
      day: this.options.date,
      currentFrom: this.options.asOf,
    });
    return refs.map((ref) => {
      const person = this.index.people.get(ref.id)!;
      const first = full.find((f) => f.id === ref.id)!;
      const pageTitles = ref.title ? [ref.title.office, ...first.titles] : first.titles;
      const post = this.postOf(person, pageTitles);
      const mention: Mention = {
        start: this.scanned.starts[ref.start]!,
        end: this.scanned.ends[ref.end - 1]!,
        text: this.textOf(ref.start, ref.end),
        kind: 'person',
        id: ref.id,
        name: person.name,
        confidence: ref.title
          ? CONFIDENCE.shortWithTitle
          : ref.bare
            ? CONFIDENCE.shortBare
            : CONFIDENCE.shortWithHonorific,
        because: 'short-reference',
      };
      const title = ref.title ? this.textOf(ref.title.start, ref.title.end) : post?.raw;
      if (title) mention.title = title;
      const parse = ref.title ? titleOf.get(ref.title) : undefined;
      if (parse?.modifiers.length) mention.modifiers = parse.modifiers;
      if (post !== undefined) mention.post = post;
      return { mention, title: parse };
    });
  }
}
