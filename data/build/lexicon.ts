/**
 * The lexicon of titles, bodies, ranks, honorifics and modifiers, read from the project's own
 * copies in data/lexicon/ (titles.tsv, modifiers.tsv; sources in data/lexicon/SOURCES.md).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { isPartialDate } from './dates';
import { tidy } from './text';

export const LEXICON_KINDS = ['title', 'body', 'rank', 'honorific', 'modifier'] as const;
export type LexiconKind = (typeof LEXICON_KINDS)[number];

export interface LexiconEntry {
  vi: string;
  variants: string[];
  en: string;
  kind: LexiconKind;
  validFrom?: string;
  validTo?: string;
  /**
   * A generic administrative title ("Giám đốc", "Thành viên", "Giáo viên"), added for reading
   * position strings: on a page it names an official only with a body after it.
   */
  generic?: true;
  /** Bodies that took this body over (merged, renamed, absorbed), from successors.tsv. */
  successors?: { body: string; date: string }[];
}

const COLUMNS = ['vietnamese', 'variants', 'english', 'kind', 'valid_from', 'valid_to', 'note'];

function isKind(value: string): value is LexiconKind {
  return (LEXICON_KINDS as readonly string[]).includes(value);
}

/** Rows of one TSV file; `kindOverride` forces the kind (modifiers.tsv). */
function readTsv(path: string, kindOverride?: LexiconKind): LexiconEntry[] {
  const lines = readFileSync(path, 'utf8').replace(/\r\n/gu, '\n').split('\n');
  const header = lines[0]?.split('\t') ?? [];
  if (COLUMNS.some((c, i) => header[i] !== c)) {
    throw new Error(`${path}: expected the columns ${COLUMNS.join(', ')}`);
  }
  const out: LexiconEntry[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${path}:${i + 2}`;
    const [vi = '', variants = '', en = '', kind = '', from = '', to = '', note = ''] = line
      .split('\t')
      .map((cell) => tidy(cell));
    if (vi === '') throw new Error(`${where}: empty "vietnamese"`);
    const k = kindOverride ?? kind;
    if (!isKind(k)) throw new Error(`${where}: unknown kind "${kind}"`);
    if (kindOverride && kind !== kindOverride) {
      throw new Error(`${where}: kind "${kind}", expected "${kindOverride}"`);
    }
    for (const date of [from, to]) {
      if (date !== '' && !isPartialDate(date)) throw new Error(`${where}: "${date}" is not a date`);
    }
    const entry: LexiconEntry = {
      vi,
      variants: variants
        .split(';')
        .map((v) => tidy(v))
        .filter((v) => v !== ''),
      en,
      kind: k,
    };
    if (from !== '') entry.validFrom = from;
    if (to !== '') entry.validTo = to;
    if (note.startsWith('generic title')) entry.generic = true;
    out.push(entry);
  });
  return out;
}

/**
 * successors.tsv: which body took each dissolved body over, and when (the 2025 restructuring;
 * source keys as in SOURCES.md). Both sides must be lexicon bodies.
 */
function attachSuccessors(entries: LexiconEntry[], path: string): void {
  const bodies = new Map(entries.filter((e) => e.kind === 'body').map((e) => [e.vi, e]));
  const lines = readFileSync(path, 'utf8').replace(/\r\n/gu, '\n').split('\n');
  if (lines[0] !== 'body\tsuccessor\tdate\tsource') {
    throw new Error(`${path}: expected the columns body, successor, date, source`);
  }
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${path}:${i + 2}`;
    const [body = '', successor = '', date = '', source = ''] = line.split('\t').map(tidy);
    const entry = bodies.get(body);
    if (!entry) throw new Error(`${where}: "${body}" is not a body of titles.tsv`);
    if (!bodies.has(successor))
      throw new Error(`${where}: "${successor}" is not a body of titles.tsv`);
    if (!isPartialDate(date)) throw new Error(`${where}: "${date}" is not a date`);
    if (source === '') throw new Error(`${where}: no source`);
    (entry.successors ??= []).push({ body: successor, date });
  });
}

/** titles.tsv rows (with successors.tsv), then modifiers.tsv rows, in file order. */
export function readLexicon(lexiconDir: string): LexiconEntry[] {
  const titles = readTsv(join(lexiconDir, 'titles.tsv'));
  attachSuccessors(titles, join(lexiconDir, 'successors.tsv'));
  return [...titles, ...readTsv(join(lexiconDir, 'modifiers.tsv'), 'modifier')];
}
