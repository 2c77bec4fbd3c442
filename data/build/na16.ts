/**
 * People from the National Assembly XVI deputies' profiles (baucuquochoi.vn, transcribed). See
 * ../shared/data/sources/na16-2026-profiles/SOURCE.md.
 *
 * Positions:
 * - each `timeline` entry's description is split on ";" into one position per post, all sharing
 *   the entry's period; a post ending in "(từ 6/2020)", "(đến 3/2026)" or "(6/2020 - 3/2026)"
 *   takes those dates instead when they fall inside the period (the raw text keeps the bracket);
 * - a period with a start only ("7/2025") is open: the last entry of a timeline runs to the
 *   present (`current: true`), an earlier one gets a start and no end;
 * - `position_vi` lists the posts held at the time of the profile (mid-2026), glued without a
 *   separator: it is split before each capitalised post, and every item is `current: true`.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Position } from '../../lib/dataset/types';
import { comparePartial, makeDate, readDate, readDayMonthYear, type DateReading } from './dates';
import { count, type BuildStats, type Draft } from './model';
import { takeDate } from './take-date';
import { genderOf, tidy } from './text';

export const NA16_DIR = 'na16-2026-profiles';

interface Profile {
  source_id: number;
  name_vi: string;
  dob: string;
  gender: string;
  hometown_vi: string;
  position_vi: string;
  timeline: { period: string; description: string }[];
}

function readProfiles(dir: string): Profile[] {
  const files = readdirSync(dir)
    .filter((f) => /^part-\d+\.jsonl$/u.test(f))
    .sort((a, b) => Number(/\d+/u.exec(a)?.[0]) - Number(/\d+/u.exec(b)?.[0]));
  if (files.length === 0) throw new Error(`${dir}: no part-*.jsonl files`);
  const out: Profile[] = [];
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const p = JSON.parse(line) as Partial<Profile>;
      if (
        typeof p.source_id !== 'number' ||
        typeof p.name_vi !== 'string' ||
        !Array.isArray(p.timeline)
      ) {
        throw new Error(`${file}:${i + 1}: expected a profile with source_id, name_vi, timeline`);
      }
      out.push(p as Profile);
    });
  }
  return out;
}

const RELIGIOUS_TITLES =
  /^(?:hòa thượng|hoà thượng|thượng tọa|thượng toạ|đại đức|linh mục|mục sư|ni sư|sư cô)\s+/iu;

/** "Lý Đức (Thượng tọa Lý Minh Đức)" → name "Lý Đức", other name "Lý Minh Đức". */
export function splitProfileName(nameVi: string): { name: string; other?: string } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/u.exec(tidy(nameVi));
  if (!m?.[1] || !m[2]) return { name: tidy(nameVi) };
  const other = tidy(m[2].replace(RELIGIOUS_TITLES, ''));
  return other === '' || other === m[1] ? { name: m[1] } : { name: m[1], other };
}

/**
 * `position_vi` items: split before a capital letter that starts a word glued to the previous
 * item ("…Đảng bộ tỉnhỦy viên…", "…Khóa XIII, XIVBí thư…", "…(từ 7/2025)Phó Chủ tịch…").
 * A capital directly after a letter, digit or ")" and followed by a lower-case letter starts a
 * new item; acronyms ("HĐND", "TNCS") are left whole.
 */
export function splitGluedPosts(text: string): string[] {
  return tidy(text)
    .split(/(?<=[\p{L}\d)])(?=\p{Lu}\p{Ll})/u)
    .map((item) => cleanPost(item))
    .filter((item) => item !== '');
}

/** Trims a post and its closing punctuation. */
function cleanPost(text: string): string {
  return tidy(text).replace(/[\s.;,]+$/u, '');
}

/** Splits a description on ";" outside balanced brackets. */
export function splitDescription(text: string): string[] {
  const closing = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') stack.push(i);
    if (text[i] === ')' && stack.length > 0) closing.set(stack.pop() ?? 0, i);
  }
  const parts: string[] = [];
  let from = 0;
  let skipUntil = -1;
  for (let i = 0; i < text.length; i++) {
    const close = closing.get(i);
    if (close !== undefined && close > skipUntil) skipUntil = close;
    if (text[i] === ';' && i > skipUntil) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.map(cleanPost).filter((p) => p !== '');
}

/** "m/yyyy", "d/m/yyyy" or "yyyy" as written in the profiles. */
function readProfileDate(text: string): DateReading {
  const t = tidy(text);
  if (/^(?:nay|hiện nay|đến nay)$/iu.test(t)) return { kind: 'current' };
  const m = /^(?:(\d{1,2})\s*\/\s*)?(?:(\d{1,2})\s*\/+\s*)?(\d{4})$/u.exec(t);
  if (!m) return t === '' ? { kind: 'empty' } : { kind: 'unparseable', text: t };
  const [, a, b, y] = m;
  const parts = [a, b].filter((x) => x !== undefined).map(Number);
  if (parts.length === 2) return makeDate(Number(y), parts[1], parts[0]);
  if (parts.length === 1) return makeDate(Number(y), parts[0]);
  return makeDate(Number(y));
}

export interface Period {
  start: DateReading;
  end: DateReading;
  /** Only a start was written ("7/2025", "Từ 5/2016"). */
  open: boolean;
}

/** "1/2012 - 7/2017", "4/2026", "7/2025 - nay", "Trước 4/2020", "Từ 5/2016". */
export function parsePeriod(period: string): Period {
  const t = tidy(period);
  const before = /^trước\s+(.*)$/iu.exec(t);
  if (before)
    return { start: { kind: 'empty' }, end: readProfileDate(before[1] ?? ''), open: false };
  const since = /^từ\s+(.*)$/iu.exec(t);
  const body = since ? (since[1] ?? '') : t;
  const parts = body.split(/\s*[-–—]\s*/u);
  if (parts.length === 2) {
    const end = readProfileDate(parts[1] ?? '');
    return { start: readProfileDate(parts[0] ?? ''), end, open: end.kind === 'empty' };
  }
  return { start: readProfileDate(body), end: { kind: 'empty' }, open: true };
}

/** Dates a post gives itself at its end: "(từ 6/2020)", "(đến 3/2026)", "(6/2020 - 3/2026)". */
function ownPeriod(post: string): { start?: DateReading; end?: DateReading } | undefined {
  const m = /\(\s*([^()]*?)\s*\)$/u.exec(post);
  if (!m?.[1]) return undefined;
  const inner = m[1].replace(/\btháng\s+/giu, '');
  const from = /^từ\s+(\S+)(?:\s+đến\s+(\S+))?$/iu.exec(inner);
  if (from) {
    const out: { start?: DateReading; end?: DateReading } = {
      start: readProfileDate(from[1] ?? ''),
    };
    if (from[2] !== undefined) out.end = readProfileDate(from[2]);
    return out;
  }
  const to = /^đến\s+(\S+)$/iu.exec(inner);
  if (to) return { end: readProfileDate(to[1] ?? '') };
  const range = /^(\d[\d/]*)\s*[-–]\s*(\d[\d/]*)$/u.exec(inner);
  if (range) {
    const until = range[2] ?? '';
    // "(6 - 7/2023)": the start month shares the end's year.
    const year = /^\d{1,2}\/(\d{4})$/u.exec(until)?.[1];
    const from =
      /^\d{1,2}$/u.test(range[1] ?? '') && year ? `${range[1]}/${year}` : (range[1] ?? '');
    return { start: readProfileDate(from), end: readProfileDate(until) };
  }
  return undefined;
}

export interface Na16Options {
  sourcesDir: string;
  snapshot: string;
  stats: BuildStats;
}

export function readNa16(options: Na16Options): Draft[] {
  const { sourcesDir, snapshot, stats } = options;
  const profiles = readProfiles(join(sourcesDir, NA16_DIR));
  return profiles.map((p): Draft => {
    const sourceKey = `na16:${p.source_id}`;
    const where = `${sourceKey} ${p.name_vi}`;
    const { name, other } = splitProfileName(p.name_vi);
    const positions: Position[] = [];
    const add = (position: Position): void => {
      const same = positions.find(
        (q) => q.raw === position.raw && q.start === position.start && q.end === position.end,
      );
      if (same) {
        if (position.current) same.current = true;
        count(stats, 'na16 duplicate posts folded');
      } else positions.push(position);
    };

    p.timeline.forEach((entry, i) => {
      const period = parsePeriod(entry.period);
      const here = `${where} timeline "${entry.period}"`;
      const start = takeDate(period.start, 'period start', here, snapshot, stats);
      const end = takeDate(period.end, 'period end', here, snapshot, stats);
      const current = period.end.kind === 'current' || (period.open && i === p.timeline.length - 1);
      for (const post of splitDescription(entry.description)) {
        const position: Position = { raw: post, source: sourceKey };
        const own = ownPeriod(post);
        // A post's own dates count only inside the entry's period: "(từ 3/2025)" in an entry
        // ending 2/2025, or a term "(2025-2030)", are remarks, not the post's dates.
        const inPeriod = (reading?: DateReading): DateReading | undefined => {
          if (reading?.kind !== 'date') return reading;
          const afterStart = start === undefined || comparePartial(reading.date, start) >= 0;
          const beforeEnd = comparePartial(reading.date, end ?? snapshot) <= 0;
          return afterStart && beforeEnd ? reading : undefined;
        };
        const ownStartReading = inPeriod(own?.start);
        const ownEndReading = inPeriod(own?.end);
        const ownStart =
          ownStartReading && takeDate(ownStartReading, 'post start', here, snapshot, stats);
        const ownEnd = ownEndReading && takeDate(ownEndReading, 'post end', here, snapshot, stats);
        const s = ownStart ?? start;
        const e = ownEnd ?? end;
        if (s !== undefined) position.start = s;
        if (current && ownEnd === undefined) position.current = true;
        else if (e !== undefined) position.end = e;
        add(position);
      }
    });

    for (const post of splitGluedPosts(p.position_vi)) {
      const own = ownPeriod(post);
      const position: Position = { raw: post, source: sourceKey, current: true };
      const ownStart = own?.start && takeDate(own.start, 'post start', where, snapshot, stats);
      if (ownStart !== undefined) position.start = ownStart;
      const sameCurrent = positions.find((q) => q.current && q.raw === post);
      if (sameCurrent) {
        if (sameCurrent.start === undefined && ownStart !== undefined) sameCurrent.start = ownStart;
        count(stats, 'na16 current posts already in the timeline');
      } else add(position);
    }

    const draft: Draft = {
      sourceKey,
      name,
      aliases: other ? [other] : [],
      positions,
      idHint: sourceKey,
    };
    const birth = takeDate(
      readDayMonthYear(p.dob) ?? readDate(p.dob),
      'dob',
      where,
      snapshot,
      stats,
    );
    if (birth !== undefined) draft.birth = birth;
    const gender = genderOf(p.gender ?? '');
    if (gender) draft.gender = gender;
    if (draft.gender) draft.genderSignal = 'na16';
    const hometown = tidy(p.hometown_vi ?? '');
    if (hometown !== '') draft.hometown = hometown;
    return draft;
  });
}
