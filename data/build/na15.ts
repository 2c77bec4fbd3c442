/**
 * Elected candidates of the 2021 National Assembly XV election (vietnam-elections-na15). See
 * ../shared/data/sources/vietnam-elections-na15/SOURCE.md.
 *
 * The candidate lists (candidates-list/*.csv: birth date, gender, hometown, the post held in
 * April 2021) carry no id: a row is joined to `exports/candidates_index.json` (person_id) on
 * name, electoral unit number and list order (unique in the index; the province is not used, the
 * index writes "Tỉnh Quang Bình" for Quảng Bình), and kept when `exports/results.json` marks it
 * `won` (the one `won` + `not_confirmed` result is left out: the seat was not confirmed). The post
 * becomes one position with no dates (the lists are a snapshot of April 2021).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Position } from '../../lib/dataset/types';
import { foldPhrase } from '../../lib/text/fold-text';
import { readDayMonthYear } from './dates';
import { count, type BuildStats, type Draft } from './model';
import { takeDate } from './take-date';
import { genderOf, tidy } from './text';

export const NA15_DIR = 'vietnam-elections-na15';

/** Rows of a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

interface IndexRecord {
  entry_id: string;
  person_id: string;
  name_vi: string;
  unit_number: number;
  list_order: number;
}

interface ResultRecord {
  candidate_entry_id: string;
  statuses: string[];
}

function readJsonRecords<T>(path: string): T[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { records?: T[] };
  if (!Array.isArray(data.records)) throw new Error(`${path}: expected { records: [...] }`);
  return data.records;
}

const joinKey = (unit: number, order: number, name: string) =>
  [unit, order, foldPhrase(name)].join('|');

export interface Na15Options {
  sourcesDir: string;
  snapshot: string;
  stats: BuildStats;
}

export function readNa15({ sourcesDir, snapshot, stats }: Na15Options): Draft[] {
  const dir = join(sourcesDir, NA15_DIR);
  const index = readJsonRecords<IndexRecord>(join(dir, 'exports', 'candidates_index.json'));
  const results = readJsonRecords<ResultRecord>(join(dir, 'exports', 'results.json'));
  const won = new Set(
    results
      .filter((r) => r.statuses.includes('won') && !r.statuses.includes('not_confirmed'))
      .map((r) => r.candidate_entry_id),
  );
  const byKey = new Map<string, IndexRecord>();
  for (const r of index) {
    const key = joinKey(r.unit_number, r.list_order, r.name_vi);
    if (byKey.has(key)) throw new Error(`${NA15_DIR}: two index records for ${key}`);
    byKey.set(key, r);
  }

  const listDir = join(dir, 'candidates-list');
  const files = readdirSync(listDir)
    .filter((f) => f.endsWith('.csv'))
    .sort((a, b) => Number(/^\d+/u.exec(a)?.[0]) - Number(/^\d+/u.exec(b)?.[0]));
  const drafts: Draft[] = [];
  for (const file of files) {
    const [header = [], ...rows] = parseCsv(readFileSync(join(listDir, file), 'utf8'));
    const col = (name: string) => {
      const i = header.indexOf(name);
      if (i < 0) throw new Error(`${file}: no column "${name}"`);
      return i;
    };
    const c = {
      unit: col('unit_number'),
      order: col('STT'),
      name: col('Họ và tên'),
      dob: col('Ngày tháng năm sinh'),
      gender: col('Giới tính'),
      hometown: col('Quê quán'),
      post: col('Nghề nghiệp, chức vụ'),
    };
    for (const row of rows) {
      const cell = (i: number) => tidy(row[i] ?? '');
      const name = cell(c.name);
      const entry = byKey.get(joinKey(Number(cell(c.unit)), Number(cell(c.order)), name));
      if (!entry) {
        count(stats, 'na15 candidate rows not found in candidates_index.json');
        continue;
      }
      if (!won.has(entry.entry_id)) continue;
      const sourceKey = `na15:${entry.person_id}`;
      const where = `${sourceKey} ${name}`;
      const positions: Position[] = [];
      const post = cell(c.post);
      if (post !== '') positions.push({ raw: post, source: sourceKey });
      const draft: Draft = { sourceKey, name, aliases: [], positions, idHint: sourceKey };
      const dob = readDayMonthYear(cell(c.dob));
      const birth = dob ? takeDate(dob, 'dob', where, snapshot, stats) : undefined;
      if (birth !== undefined) draft.birth = birth;
      const gender = genderOf(cell(c.gender));
      if (gender) draft.gender = gender;
      if (draft.gender) draft.genderSignal = 'na15';
      const hometown = cell(c.hometown);
      if (hometown !== '') draft.hometown = hometown;
      drafts.push(draft);
      count(stats, 'na15 elected candidates read');
    }
  }
  return drafts;
}
