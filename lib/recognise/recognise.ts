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
import { Gap, isAsciiAt, isUpperAt, isYFoldedAt, scanText, type ScannedText } from './scan-tokens';
import { TitleParser, type BodyParse, type TitleParse } from './parse-title';
import { choosePerson, postsAt } from '../resolve/choose-person';

export interface RecogniseOptions {
  /** The article's date (YYYY-MM-DD): used to tell homonyms apart and to give each person's post. */
  date?: string;
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
const ENDS_NAME = roles(
  'title',
  'head',
  'body',
  'rank',
  'place',
  'place-prefix',
  'pre-modifier',
  'honorific',
);
/** Inside an unknown name, these end it. */
const BREAKS_NAME = roles('title', 'head', 'body', 'rank', 'place-prefix', 'honorific');

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
};

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
        i = title.end;
        continue;
      }

      if (longest > i && body && body.end === longest) {
        this.bodies.push(body);
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
        if (!this.parser.endsAt(i, NOT_A_PERSON)) {
          const titled = chainEnd === i && this.gap(i) === Gap.Space;
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

  /** A Vietnamese personal name not in the dataset: a surname, then 1–4 capitalised syllables. */
  private parseUnknownName(i: number): NameSpan | undefined {
    const id = this.scanned.ids[i]!;
    if (!isUpperAt(this.scanned, i) || id < 0 || !(this.index.startFlags[id]! & START_SURNAME)) {
      return undefined;
    }
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

  private titleMention(t: TitleParse): Mention {
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
    return mention;
  }

  private toMentions(): Mention[] {
    const mentions: Mention[] = [
      ...this.titles.map((t) => this.titleMention(t)),
      ...this.bodies.map((b) => this.bodyMention(b)),
      ...this.resolvePeople(),
    ];
    return mentions.sort((a, b) => a.start - b.start);
  }

  /**
   * Links each name to a dataset person. Evidence: the title chain around the name. A name
   * seen without evidence takes the person that the same name was resolved to elsewhere on
   * the page (one sense per page).
   */
  private resolvePeople(): Mention[] {
    const day = this.options.date;
    const firstPass = this.people.map((draft) => {
      // Bodies, and titles that name their office whole ("Phó Thủ tướng"); a bare head such
      // as "Trưởng" would match half the dataset.
      const context = draft.chain.map(
        (t) => t.body?.vi ?? (t.head.role === 'title' ? t.head.vi : ''),
      );
      const candidates = draft.span.ids
        .map((id) => this.index.people.get(id))
        .filter((p): p is NamedPerson => p !== undefined);
      const choice = candidates.length ? choosePerson(candidates, context, day) : undefined;
      return { draft, candidates, choice, hasEvidence: context.length > 0 };
    });
    const pageChoice = new Map<string, { id: string; certainty: number }>();
    for (const { draft, choice, hasEvidence } of firstPass) {
      if (choice?.id && hasEvidence && draft.span.ids.length > 1) {
        pageChoice.set(draft.span.ids.join(' '), { id: choice.id, certainty: choice.certainty });
      }
    }
    return firstPass.map(({ draft, candidates, choice }) => {
      const { span } = draft;
      let id = choice?.id;
      let certainty = choice?.certainty ?? 0;
      let alternatives = choice?.alternatives ?? [];
      const elsewhere = id ? undefined : pageChoice.get(span.ids.join(' '));
      if (elsewhere) {
        ({ id, certainty } = elsewhere);
        alternatives = span.ids.filter((x) => x !== id);
      }
      const person = id ? this.index.people.get(id) : undefined;
      const pageTitle = draft.chain.map((t) => this.textOf(t.start, t.end)).join(', ');
      const datedPost = person && day ? postsAt(person, day)[0]?.raw : undefined;
      let confidence: number;
      if (candidates.length === 0) confidence = CONFIDENCE.titledUnknown;
      else if (!id) confidence = CONFIDENCE.ambiguous;
      else if (draft.chain.length || draft.introducedBy) confidence = CONFIDENCE.linkedWithTitle;
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
      const title = pageTitle || datedPost;
      if (title) mention.title = title;
      if (alternatives.length) mention.alternatives = alternatives;
      return mention;
    });
  }
}
