/**
 * The two seed articles, through the real engine with the real bundled dataset and lexicon:
 * exactly the officials a reader would point at, each linked to the right person, and every
 * title and body in them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRecogniser, type Mention } from '../lib/create-recogniser';
import { namedPeopleOf } from '../lib/dataset/named-people';
import type { Dataset } from '../lib/dataset/types';
import { loadBundledDataset } from './support/bundled-dataset';

const dataset: Dataset = loadBundledDataset();
const recogniser = createRecogniser(namedPeopleOf(dataset));

function read(name: string): string {
  return readFileSync(new URL(`./fixtures/seeds/${name}`, import.meta.url), 'utf8');
}

function idOf(name: string, born: string): string {
  const person = dataset.people.find((p) => p.name === name && p.birth?.startsWith(born));
  if (!person) throw new Error(`${name} (${born}) is not in the dataset`);
  return person.id;
}

const people = (mentions: Mention[]) => mentions.filter((m) => m.kind === 'person');
const texts = (mentions: Mention[], kind: Mention['kind']) =>
  new Set(mentions.filter((m) => m.kind === kind).map((m) => m.text));

describe('seed: vietnamplus, 25 February 2016', () => {
  const text = read('vietnamplus-2016-02-25.txt');
  const mentions = recogniser.recognise(text, { date: '2016-02-25' });

  it('finds exactly Phạm Bình Minh and Hoàng Bình Quân, linked', () => {
    const found = new Set(people(mentions).map((m) => `${m.name}|${m.id}`));
    expect(found).toEqual(
      new Set([
        `Phạm Bình Minh|${idOf('Phạm Bình Minh', '1959')}`,
        `Hoàng Bình Quân|${idOf('Hoàng Bình Quân', '1959')}`,
      ]),
    );
  });

  it('gives offsets into the original text', () => {
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads the title chain around each name', () => {
    const first = people(mentions)[0]!;
    expect(first.text).toBe('Phạm Bình Minh');
    expect(first.title).toBe('Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao');
  });

  it('gives every title and body', () => {
    const titles = texts(mentions, 'title');
    for (const t of [
      'Ủy viên Bộ Chính trị',
      'Phó Thủ tướng',
      'Bộ trưởng Bộ Ngoại giao',
      'Ủy viên Trung ương Đảng',
      'Trưởng Ban Đối ngoại Trung ương Đảng',
      'Trưởng Ban Đối ngoại Trung ương',
      'Bộ trưởng',
    ]) {
      expect(titles, t).toContain(t);
    }
    const bodies = texts(mentions, 'body');
    for (const b of ['Bộ Ngoại giao', 'Ban Đối ngoại Trung ương']) expect(bodies, b).toContain(b);
  });

  it('highlights no ordinary words or photo credits as people', () => {
    expect(people(mentions).map((m) => m.text)).not.toContain('Thống Nhất');
  });
});

describe('seed: kinhtetrunguong.vn, 17 July 2020', () => {
  const text = read('kinhtetrunguong-2020-07-17.txt');
  const mentions = recogniser.recognise(text, { date: '2020-07-17' });

  it('finds exactly the five officials', () => {
    expect(new Set(people(mentions).map((m) => m.name))).toEqual(
      new Set(['Nguyễn Văn Bình', 'Hoàng Bình Quân', 'Cao Đức Phát', 'Nguyễn Huy Tăng']),
    );
  });

  it('links every Nguyễn Văn Bình to the head of the Central Economic Commission', () => {
    const binh = people(mentions).filter((m) => m.name === 'Nguyễn Văn Bình');
    expect(binh.length).toBeGreaterThanOrEqual(4);
    const id = idOf('Nguyễn Văn Bình', '1961');
    for (const m of binh) expect(m.id).toBe(id);
    const record = dataset.people.find((p) => p.id === id)!;
    expect(record.positions.some((p) => /Kinh tế Trung ương/i.test(p.raw))).toBe(true);
  });

  it('keeps Nguyễn Huy Tăng as a titled person not in the dataset', () => {
    const tang = people(mentions).filter((m) => m.name === 'Nguyễn Huy Tăng');
    expect(tang).toHaveLength(1);
    expect(tang[0]!.id).toBeUndefined();
    expect(tang[0]!.title).toBe('Phó Trưởng ban Thường trực Ban Đối ngoại Trung ương');
  });

  it('links Cao Đức Phát and Hoàng Bình Quân with their titles from the page', () => {
    const phat = people(mentions).find((m) => m.name === 'Cao Đức Phát')!;
    expect(phat.id).toBe(idOf('Cao Đức Phát', '1956'));
    expect(phat.title).toBe(
      'Uỷ viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Kinh tế Trung ương',
    );
    const quan = people(mentions).find((m) => m.name === 'Hoàng Bình Quân')!;
    expect(quan.id).toBe(idOf('Hoàng Bình Quân', '1959'));
  });

  it('gives every title and body, including across the glued "tếTrung"', () => {
    const titles = texts(mentions, 'title');
    for (const t of [
      'Ủy viên Bộ Chính trị',
      'Bí thư Trung ương Đảng',
      'Trưởng Ban Kinh tếTrung ương',
      'Ủy viên Trung ương Đảng',
      'Trưởng Ban Đối ngoại Trung ương',
      'Trưởng Ban Kinh tế Trung ương',
      'Uỷ viên Trung ương Đảng',
      'Phó Trưởng ban Thường trực Ban Kinh tế Trung ương',
      'Phó Trưởng ban Thường trực Ban Đối ngoại Trung ương',
      'Trưởng Ban Đối Ngoại Trung ương',
    ]) {
      expect(titles, t).toContain(t);
    }
    const heads = new Set(mentions.map((m) => m.head));
    expect(heads).toContain('Phó Trưởng ban Thường trực');
    const bodies = texts(mentions, 'body');
    for (const b of [
      'Ban Kinh tế Trung ương',
      'Ban Đối ngoại Trung ương',
      'Bộ Chính trị',
      'Ban Bí thư',
      'Ban Chấp hành Trung ương',
    ]) {
      expect(bodies, b).toContain(b);
    }
  });
});
