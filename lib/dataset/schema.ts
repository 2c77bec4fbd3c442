/**
 * Runtime validation of the dataset (data/dataset.json, or a file a user imports): a valibot
 * schema matching ./types.ts, plus the rules a schema cannot state (unique ids, a position's
 * source listed in its person's sources, …). Problems read like
 * `people[12].birth: "1961-13-01" is not a date`.
 */

import * as v from 'valibot';

import type { Dataset, Membership, Person, Position } from './types';

/** True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" strings naming a real calendar date. */
export function isPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** True for "YYYY-MM-DD" strings naming a real calendar date. */
export function isFullDate(value: string): boolean {
  return value.length === 10 && isPartialDate(value);
}

type Issue = v.BaseIssue<unknown>;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const expected = (what: string) => (issue: Issue) =>
  `expected ${what}, got ${describe(issue.input)}`;

/** Messages for missing keys, unknown keys and non-objects. */
function objectMessage(issue: Issue): string {
  if (issue.expected === 'never') return 'is not a known field';
  if (issue.expected?.startsWith('"') && issue.input === undefined) return 'is missing';
  return expected('an object')(issue);
}

const text = v.pipe(
  v.string(expected('a string')),
  v.check((s) => s.trim() !== '', 'is empty'),
);

const partialDate = v.pipe(
  v.string(expected('a date string')),
  v.check(isPartialDate, (issue) => `${JSON.stringify(issue.input)} is not a date`),
);

const fullDate = v.pipe(
  v.string(expected('a date string')),
  v.check(isFullDate, (issue) => `${JSON.stringify(issue.input)} is not a full date (YYYY-MM-DD)`),
);

const romanTerm = v.pipe(
  v.string(expected('a term')),
  v.regex(/^[IVXL]+$/u, (issue) => `${describe(issue.input)} is not a term like "XIII"`),
);

const sourceKey = v.pipe(
  v.string(expected('a source key')),
  v.regex(
    /^[a-z][a-z0-9]*:\S+$/u,
    (issue) => `${describe(issue.input)} is not a source key like "viwiki:808161"`,
  ),
);

export const PositionSchema = v.strictObject(
  {
    raw: text,
    title: v.optional(text),
    body: v.optional(text),
    terms: v.optional(v.array(romanTerm, expected('an array'))),
    start: v.optional(partialDate),
    end: v.optional(partialDate),
    current: v.optional(v.boolean(expected('true or false'))),
    source: sourceKey,
  },
  objectMessage,
);

export const MembershipSchema = v.strictObject(
  {
    body: v.picklist(
      [
        'Bộ Chính trị',
        'Ban Bí thư',
        'Ban Chấp hành Trung ương',
        'Ban Chấp hành Trung ương (dự khuyết)',
      ],
      expected('a Party body'),
    ),
    term: romanTerm,
    source: sourceKey,
  },
  objectMessage,
);

export const PersonSchema = v.strictObject(
  {
    id: v.pipe(
      v.string(expected('a string')),
      v.regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/u,
        (issue) => `${describe(issue.input)} is not an id (lower-case ASCII words joined by "-")`,
      ),
    ),
    name: text,
    aliases: v.array(text, expected('an array')),
    gender: v.optional(v.picklist(['male', 'female'], expected('"male" or "female"'))),
    birth: v.optional(partialDate),
    hometown: v.optional(text),
    hometownProvince: v.optional(text),
    birthplace: v.optional(text),
    birthplaceProvince: v.optional(text),
    positions: v.array(PositionSchema, expected('an array')),
    memberships: v.optional(v.array(MembershipSchema, expected('an array'))),
    naTerms: v.optional(v.array(romanTerm, expected('an array'))),
    sources: v.pipe(
      v.array(sourceKey, expected('an array')),
      v.check((s) => s.length > 0, 'is empty'),
    ),
  },
  objectMessage,
);

export const DatasetSchema = v.strictObject(
  {
    version: v.pipe(
      v.string(expected('a string')),
      v.regex(
        /^\d+\.\d+\.\d+$/u,
        (issue) => `${describe(issue.input)} is not a version like "0.1.0"`,
      ),
    ),
    asOf: fullDate,
    license: text,
    people: v.array(PersonSchema, expected('an array')),
  },
  objectMessage,
);

/** Compile-time proof that the schema's output is exactly the Dataset type (same keys, too). */
type SameKeys<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? true
    : false
  : false;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? SameKeys<A, B> : false) : false;
export type SchemaMatchesTypes = [
  Same<v.InferOutput<typeof DatasetSchema>, Dataset>,
  Same<v.InferOutput<typeof PersonSchema>, Person>,
  Same<v.InferOutput<typeof PositionSchema>, Position>,
  Same<v.InferOutput<typeof MembershipSchema>, Membership>,
] extends [true, true, true, true]
  ? true
  : never;
const schemaMatchesTypes: SchemaMatchesTypes = true;
void schemaMatchesTypes;

function pathOf(issue: Issue): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? 'dataset' : out;
}

interface Problem {
  /** Index of the person concerned, -1 for the dataset's own fields: sorts problems. */
  person: number;
  text: string;
}

function personIndex(issue: Issue): number {
  const [first, second] = issue.path ?? [];
  const key = (second as { key?: unknown } | undefined)?.key;
  return (first as { key?: unknown } | undefined)?.key === 'people' && typeof key === 'number'
    ? key
    : -1;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The rules across fields that the schema does not express. */
function crossChecks(data: unknown): Problem[] {
  if (!isRecord(data) || !Array.isArray(data.people)) return [];
  const problems: Problem[] = [];
  const firstWithId = new Map<string, number>();
  data.people.forEach((person: unknown, i) => {
    if (!isRecord(person)) return;
    const at = `people[${i}]`;
    const add = (text: string) => problems.push({ person: i, text });
    if (typeof person.id === 'string') {
      const first = firstWithId.get(person.id);
      if (first === undefined) firstWithId.set(person.id, i);
      else add(`${at}.id: ${JSON.stringify(person.id)} is also the id of people[${first}]`);
    }
    if (Array.isArray(person.aliases)) {
      person.aliases.forEach((alias: unknown, j) => {
        if (alias === person.name) add(`${at}.aliases[${j}]: repeats the name`);
        else if (person.aliases instanceof Array && person.aliases.indexOf(alias) < j) {
          add(`${at}.aliases[${j}]: ${JSON.stringify(alias)} is listed twice`);
        }
      });
    }
    const sources = Array.isArray(person.sources) ? (person.sources as unknown[]) : [];
    sources.forEach((source, j) => {
      if (sources.indexOf(source) < j)
        add(`${at}.sources[${j}]: ${JSON.stringify(source)} is listed twice`);
    });
    if (Array.isArray(person.memberships)) {
      person.memberships.forEach((m: unknown, j) => {
        if (isRecord(m) && typeof m.source === 'string' && !sources.includes(m.source)) {
          add(
            `${at}.memberships[${j}].source: ${JSON.stringify(m.source)} is not in ${at}.sources`,
          );
        }
      });
    }
    if (!Array.isArray(person.positions)) return;
    person.positions.forEach((position: unknown, j) => {
      if (!isRecord(position)) return;
      const here = `${at}.positions[${j}]`;
      if (
        typeof position.source === 'string' &&
        Array.isArray(person.sources) &&
        !sources.includes(position.source)
      ) {
        add(`${here}.source: ${JSON.stringify(position.source)} is not in ${at}.sources`);
      }
      if (position.current === true && position.end !== undefined) {
        add(`${here}.end: a current position has no end`);
      }
      const { start, end } = position;
      if (
        typeof start === 'string' &&
        typeof end === 'string' &&
        isPartialDate(start) &&
        isPartialDate(end)
      ) {
        const n = Math.min(start.length, end.length);
        if (start.slice(0, n) > end.slice(0, n)) {
          add(`${here}: starts ${JSON.stringify(start)}, after its end ${JSON.stringify(end)}`);
        }
      }
    });
  });
  return problems;
}

/**
 * Everything wrong with `data` as a Dataset, in document order (the dataset's own fields, then
 * person by person). An empty array means `data` is a valid Dataset.
 */
export function findDatasetProblems(data: unknown): string[] {
  const result = v.safeParse(DatasetSchema, data, { abortEarly: false });
  const problems: Problem[] = (result.issues ?? []).map((issue) => ({
    person: personIndex(issue),
    text: `${pathOf(issue)}: ${issue.message}`,
  }));
  problems.push(...crossChecks(data));
  return problems
    .map((p, order) => ({ ...p, order }))
    .sort((a, b) => a.person - b.person || a.order - b.order)
    .map((p) => p.text);
}

/** `data` as a Dataset, or an Error listing the first five problems. */
export function parseDataset(data: unknown): Dataset {
  const problems = findDatasetProblems(data);
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).map((p) => `- ${p}`);
    if (problems.length > 5) shown.push(`- … and ${problems.length - 5} more`);
    const noun = problems.length === 1 ? 'problem' : 'problems';
    throw new Error(`Invalid dataset (${problems.length} ${noun}):\n${shown.join('\n')}`);
  }
  return data as Dataset;
}
