/**
 * Scores the recogniser's mentions against VLSP 2018 gold spans (see README "Measured on
 * VLSP 2018"). Gold PERSON spans exclude titles and honorifics, so a predicted person counts
 * only when its span equals a gold PERSON span exactly.
 */
import { foldPhrase } from '../../lib/text/fold-text';
import type { GoldDocument, GoldSpan } from './vlsp';

/** What the metrics need of a mention (a subset of lib/recognise/mention.ts). */
export interface PredictedMention {
  start: number;
  end: number;
  text: string;
  kind: string;
  id?: string;
}

export interface ScoredDocument {
  name: string;
  gold: GoldDocument;
  predicted: readonly PredictedMention[];
}

export interface Ratio {
  hit: number;
  total: number;
}

export interface EvalReport {
  documents: number;
  personPrecision: Ratio;
  /** Gold PERSON mentions whose text is a dataset person's full name (or alias). */
  fullNameRecall: Ratio;
  /** Gold PERSON mentions that are the tail of a dataset name mentioned earlier ("Thăng"). */
  shortReferenceRecall: Ratio;
  /** Gold PERSON mentions right after an official title or rank. */
  titledRecall: Ratio;
  bodyPrecision: Ratio;
  /** Gold PERSON mentions inside another entity ("Trường THPT Nguyễn Du"): not in any recall. */
  nestedPersons: number;
  falsePositives: [string, number][];
  misses: [string, number][];
}

export const ratio = (r: Ratio): number => (r.total === 0 ? 1 : r.hit / r.total);

/**
 * Heads of official titles and military ranks, folded. Kept independent of the recogniser's
 * lexicon so that a title the recogniser does not know still counts against its recall.
 */
// prettier-ignore
const TITLE_WORDS = [
  'Chủ tịch', 'Bí thư', 'Thủ tướng', 'Bộ trưởng', 'Thứ trưởng', 'Giám đốc', 'Chủ nhiệm',
  'Chánh án', 'Viện trưởng', 'Chánh Văn phòng', 'Chánh Thanh tra', 'Cục trưởng', 'Vụ trưởng',
  'Tổng cục trưởng', 'Tư lệnh', 'Chính ủy', 'Chính uỷ', 'Ủy viên', 'Uỷ viên', 'Đại biểu',
  'Đại sứ', 'Tổng Lãnh sự', 'Thống đốc', 'Tổng Thư ký', 'Người phát ngôn', 'Phát ngôn viên',
  'Trưởng ban', 'Trưởng phòng', 'Trưởng đoàn', 'Trưởng Công an', 'Chỉ huy trưởng',
  'Tham mưu trưởng', 'Tổng Kiểm toán', 'Tổng Thanh tra', 'Tổng Bí thư', 'Chủ tịch nước',
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá',
  'Thiếu tá', 'Đại úy', 'Đại uý', 'Thượng úy', 'Thượng uý', 'Trung úy', 'Trung uý',
  'Thiếu úy', 'Thiếu uý', 'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc',
].map((w) => foldPhrase(w).split(' '));

/** Lower-case words that may sit inside a title between its head and the name. */
// prettier-ignore
const TITLE_FILLERS = new Set([
  'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'xã', 'phường', 'thị', 'trấn', 'ủy', 'uỷ', 'ban',
  'bộ', 'sở', 'cục', 'vụ', 'viện', 'phòng', 'trung', 'ương', 'nhân', 'dân', 'thường', 'trực',
  'kiêm', 'và', 'của', 'hội', 'đồng', 'quốc', 'chính', 'phủ', 'đảng', 'đoàn', 'công', 'an',
  'tổng', 'thư', 'ký', 'phó', 'thứ', 'nhất', 'hai', 'ba', 'khóa', 'khoá', 'nhiệm', 'kỳ',
  'quân', 'khu', 'đội', 'biên', 'phòng', 'cảnh', 'sát', 'kiểm', 'tra', 'tòa', 'toà', 'án',
  'tối', 'cao', 'đại', 'biểu', 'mặt', 'trận', 'tổ', 'lãnh', 'đạo', 'văn', 'tuyên', 'giáo',
  'tổ', 'chức', 'nội', 'ngoại', 'giao', 'kinh', 'tế', 'chỉ', 'huy', 'sự', 'cơ', 'quan',
  'điều', 'thanh', 'ngân', 'hàng', 'nhà', 'nước', 'dự', 'khuyết', 'ty', 'tập', 'quản', 'lý',
].map((w) => foldPhrase(w)));

/** Honorifics: right before a name they make it a bare-honorific mention, not a titled one. */
const HONORIFICS = new Set(
  ['ông', 'bà', 'anh', 'chị', 'cô', 'em', 'cụ', 'chú', 'bác', 'cháu', 'bé', 'chí', 'ngài'].map(
    (w) => foldPhrase(w),
  ),
);

interface Word {
  key: string;
  start: number;
  end: number;
  upper: boolean;
  /** Punctuation right after the word that ends a clause (not an abbreviation's dot). */
  endsClause: boolean;
}

/** The words before `end` on the same line, last first (at most `max`). */
function wordsBefore(text: string, end: number, max: number): Word[] {
  const words: Word[] = [];
  const lineStart = Math.max(text.lastIndexOf('\n', end - 1) + 1, end - 300);
  const re = /[^\s]+/g;
  re.lastIndex = lineStart;
  const all: Word[] = [];
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const raw = m[0].slice(0, Math.max(0, end - m.index));
    const core = raw.replace(/^[^\p{L}\p{N}]+/u, '');
    const word = core.replace(/[^\p{L}\p{N}]+$/u, '');
    const trail = core.slice(word.length);
    const abbreviation = /^[\p{Lu}.]+$/u.test(word) && trail === '.';
    all.push({
      key: foldPhrase(word),
      start: m.index,
      end: m.index + raw.length,
      upper: /^\p{Lu}/u.test(word),
      endsClause: (trail !== '' && !abbreviation) || core.length < raw.length,
    });
  }
  for (let k = all.length - 1; k >= 0 && words.length < max; k--) words.push(all[k]!);
  return words;
}

function endsWithTitleWord(words: readonly Word[], at: number): boolean {
  // words are last-first: words[at] is the last syllable of a candidate title word.
  return TITLE_WORDS.some((title) => {
    const n = title.length;
    if (at + n > words.length) return false;
    for (let k = 0; k < n; k++) {
      if (words[at + k]!.key !== title[n - 1 - k]) return false;
    }
    return true;
  });
}

/**
 * Whether a gold span follows an official title or rank: walking back from the name over
 * capitalised words, bodies (gold ORGANIZATION/LOCATION spans) and the lower-case words of
 * titles, without crossing a clause boundary, until a title head is found. A bare honorific
 * right before the name ("ông", "bà", "đồng chí") makes it not titled.
 */
export function followsTitle(doc: GoldDocument, span: GoldSpan): boolean {
  const between = doc.text.slice(0, span.start);
  if (!/[ \t\u00a0]$/.test(between)) return false;
  const words = wordsBefore(doc.text, span.start, 16);
  if (words.length === 0 || words[0]!.endsClause) return false;
  if (HONORIFICS.has(words[0]!.key)) return false;
  const inEntity = (w: Word) =>
    doc.spans.some(
      (s) =>
        s.start <= w.start &&
        w.end <= s.end &&
        (s.type === 'ORGANIZATION' || s.type === 'LOCATION'),
    );
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (k > 0 && w.endsClause) return false;
    if (endsWithTitleWord(words, k)) return true;
    if (!(w.upper || TITLE_FILLERS.has(w.key) || inEntity(w))) return false;
  }
  return false;
}

function syllablesOf(text: string): string[] {
  const key = foldPhrase(text);
  return key === '' ? [] : key.split(' ');
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function top(map: Map<string, number>, n: number): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}

/**
 * `datasetNames`: folded full names and aliases (two syllables or more) of the dataset's people.
 */
export function evaluate(
  documents: readonly ScoredDocument[],
  datasetNames: ReadonlySet<string>,
  topN = 20,
): EvalReport {
  const report: EvalReport = {
    documents: documents.length,
    personPrecision: { hit: 0, total: 0 },
    fullNameRecall: { hit: 0, total: 0 },
    shortReferenceRecall: { hit: 0, total: 0 },
    titledRecall: { hit: 0, total: 0 },
    bodyPrecision: { hit: 0, total: 0 },
    nestedPersons: 0,
    falsePositives: [],
    misses: [],
  };
  const falsePositives = new Map<string, number>();
  const misses = new Map<string, number>();
  for (const { gold, predicted } of documents) {
    const spanKey = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
    const goldPersons = new Set(gold.spans.filter((s) => s.type === 'PERSON').map(spanKey));
    const goldBodies = new Set(gold.spans.filter((s) => s.type === 'ORGANIZATION').map(spanKey));
    const people = predicted.filter((m) => m.kind === 'person');
    const found = new Set(people.map(spanKey));
    for (const m of people) {
      report.personPrecision.total++;
      if (goldPersons.has(spanKey(m))) report.personPrecision.hit++;
      else {
        const overlap = gold.spans.find((s) => s.start < m.end && m.start < s.end);
        const why = overlap ? (overlap.type === 'PERSON' ? 'boundary' : overlap.type) : 'none';
        bump(falsePositives, `${m.text} [${why}]`);
      }
    }
    for (const m of predicted) {
      if (m.kind !== 'body') continue;
      report.bodyPrecision.total++;
      if (goldBodies.has(spanKey(m))) report.bodyPrecision.hit++;
    }
    /** Tails (last one or two syllables) of dataset names mentioned so far in this document. */
    const tails = new Set<string>();
    for (const span of gold.spans) {
      if (span.type !== 'PERSON') continue;
      if (span.parent) {
        report.nestedPersons++;
        continue;
      }
      const key = foldPhrase(span.text);
      const syllables = syllablesOf(span.text);
      const hit = found.has(spanKey(span));
      const reasons: string[] = [];
      const count = (r: Ratio, reason: string) => {
        r.total++;
        if (hit) r.hit++;
        else reasons.push(reason);
      };
      if (syllables.length >= 2 && datasetNames.has(key)) {
        count(report.fullNameRecall, 'dataset');
        for (let k = 1; k < syllables.length && k <= 2; k++) {
          tails.add(syllables.slice(syllables.length - k).join(' '));
        }
      } else if (tails.has(key)) count(report.shortReferenceRecall, 'short');
      if (followsTitle(gold, span)) count(report.titledRecall, 'titled');
      if (reasons.length) bump(misses, `${span.text} [${reasons.join(',')}]`);
    }
  }
  report.falsePositives = top(falsePositives, topN);
  report.misses = top(misses, topN);
  return report;
}
