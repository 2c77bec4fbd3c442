/**
 * Deterministic JSON for the generated files: fixed key order, one person (or lexicon entry) per
 * line, so that a rebuild diffs line by line.
 */

import type { Dataset, Person, Position } from '../../lib/dataset/types';
import type { LexiconEntry } from './lexicon';

const POSITION_KEYS = [
  'raw',
  'title',
  'body',
  'terms',
  'start',
  'end',
  'current',
  'source',
] as const;
const PERSON_KEYS = [
  'id',
  'name',
  'aliases',
  'gender',
  'birth',
  'hometown',
  'hometownProvince',
  'birthplace',
  'birthplaceProvince',
] as const;
const LEXICON_KEYS = [
  'vi',
  'variants',
  'en',
  'kind',
  'validFrom',
  'validTo',
  'generic',
  'successors',
] as const;

function pick<T extends object>(value: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) {
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out;
}

function orderedPerson(person: Person): Person {
  return {
    ...(pick(person, PERSON_KEYS) as Person),
    positions: person.positions.map((p) => pick(p, POSITION_KEYS) as Position),
    ...(person.memberships ? { memberships: person.memberships } : {}),
    ...(person.naTerms ? { naTerms: person.naTerms } : {}),
    sources: person.sources,
  };
}

export function formatDataset(dataset: Dataset): string {
  const head = [
    `  "version": ${JSON.stringify(dataset.version)}`,
    `  "asOf": ${JSON.stringify(dataset.asOf)}`,
    `  "license": ${JSON.stringify(dataset.license)}`,
  ];
  const people = dataset.people.map((p) => `    ${JSON.stringify(orderedPerson(p))}`);
  return `{\n${head.join(',\n')},\n  "people": [\n${people.join(',\n')}\n  ]\n}\n`;
}

export function formatLexicon(entries: LexiconEntry[]): string {
  const lines = entries.map((e) => `  ${JSON.stringify(pick(e, LEXICON_KEYS))}`);
  return `[\n${lines.join(',\n')}\n]\n`;
}
