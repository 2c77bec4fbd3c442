import { describe, expect, it } from 'vitest';

import { findDatasetProblems, isPartialDate, parseDataset } from './schema';
import type { Dataset, Person } from './types';

function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'nguyen-van-binh-1961',
    name: 'Nguyễn Văn Bình',
    aliases: [],
    positions: [],
    sources: ['viwiki:808161'],
    ...overrides,
  };
}

function dataset(people: unknown[] = [person()]): Dataset {
  return {
    version: '0.1.0',
    asOf: '2026-07-03',
    license: 'CC BY-SA 4.0',
    people: people as Person[],
  };
}

/** A copy of `value` with `key` removed (to build malformed input). */
function without<T extends object>(value: T, key: keyof T & string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  delete copy[key];
  return copy;
}

describe('isPartialDate', () => {
  it('accepts years, months and real days', () => {
    for (const d of ['1961', '1961-03', '1961-03-04', '2024-02-29'])
      expect(isPartialDate(d)).toBe(true);
  });

  it('rejects impossible or malformed dates', () => {
    for (const d of ['1961-13-01', '1961-02-30', '2023-02-29', '1961-3-4', '61', '1961-00', '']) {
      expect(isPartialDate(d)).toBe(false);
    }
  });
});

describe('findDatasetProblems', () => {
  it('finds nothing wrong with a minimal dataset', () => {
    expect(findDatasetProblems(dataset([]))).toEqual([]);
    expect(findDatasetProblems(dataset())).toEqual([]);
  });

  it('accepts every optional field', () => {
    const full = person({
      aliases: ['Nguyễn Văn Bính'],
      gender: 'male',
      birth: '1961-03',
      hometown: 'Phú Thọ',
      positions: [
        {
          raw: 'Trưởng ban Kinh tế Trung ương',
          title: 'Trưởng ban',
          body: 'Ban Kinh tế Trung ương',
          start: '2016-04-11',
          end: '2021',
          source: 'viwiki:808161',
        },
        { raw: 'Đại biểu Quốc hội', start: '2016', current: true, source: 'viwiki:808161' },
      ],
    });
    expect(findDatasetProblems(dataset([full]))).toEqual([]);
  });

  it('names the path and the value of a bad date', () => {
    const bad = person({
      birth: '1961-13-01',
      positions: [
        { raw: 'Thống đốc', start: '2011/08', end: '2016-02-30', source: 'viwiki:808161' },
      ],
    });
    expect(findDatasetProblems(dataset([person({ id: 'a-1' }), bad]))).toEqual([
      'people[1].birth: "1961-13-01" is not a date',
      'people[1].positions[0].start: "2011/08" is not a date',
      'people[1].positions[0].end: "2016-02-30" is not a date',
    ]);
  });

  it('reports missing fields, unknown fields and wrong types', () => {
    const data = dataset([
      without(person(), 'name'),
      { ...person({ id: 'b-2' }), nickname: 'Bình' },
      person({ id: 'c-3', gender: 'm' as Person['gender'], aliases: 'x' as unknown as string[] }),
    ]);
    expect(findDatasetProblems(data)).toEqual([
      'people[0].name: is missing',
      'people[1].nickname: is not a known field',
      'people[2].aliases: expected an array, got "x"',
      'people[2].gender: expected "male" or "female", got "m"',
    ]);
  });

  it('checks the dataset fields, then the people in order', () => {
    const data = { ...dataset([person({ name: '' }), person({ id: 'X' })]), asOf: '2026-07' };
    expect(findDatasetProblems(data)).toEqual([
      'asOf: "2026-07" is not a full date (YYYY-MM-DD)',
      'people[0].name: is empty',
      'people[1].id: "X" is not an id (lower-case ASCII words joined by "-")',
    ]);
    expect(findDatasetProblems(null)).toEqual(['dataset: expected an object, got null']);
    expect(findDatasetProblems({ ...dataset(), people: {} })).toEqual([
      'people: expected an array, got an object',
    ]);
  });

  it('reports duplicate ids', () => {
    const data = dataset([person(), person({ id: 'b-2' }), person()]);
    expect(findDatasetProblems(data)).toEqual([
      'people[2].id: "nguyen-van-binh-1961" is also the id of people[0]',
    ]);
  });

  it('reports rules across fields', () => {
    const data = dataset([
      person({
        aliases: ['Nguyễn Văn Bình'],
        sources: ['viwiki:808161', 'viwiki:808161'],
        positions: [
          { raw: 'A', source: 'na16:1' },
          { raw: 'B', end: '2020', current: true, source: 'viwiki:808161' },
          { raw: 'C', start: '2021-05', end: '2019', source: 'viwiki:808161' },
        ],
      }),
    ]);
    expect(findDatasetProblems(data)).toEqual([
      'people[0].aliases[0]: repeats the name',
      'people[0].sources[1]: "viwiki:808161" is listed twice',
      'people[0].positions[0].source: "na16:1" is not in people[0].sources',
      'people[0].positions[1].end: a current position has no end',
      'people[0].positions[2]: starts "2021-05", after its end "2019"',
    ]);
  });
});

describe('parseDataset', () => {
  it('returns a valid dataset', () => {
    const data = dataset();
    expect(parseDataset(data)).toEqual(data);
  });

  it('throws with the first five problems', () => {
    const people = ['1', '2', '3', '4', '5', '6', '7'].map((n) =>
      person({ id: `p-${n}`, birth: 'x' }),
    );
    expect(() => parseDataset(dataset(people))).toThrowError(
      [
        'Invalid dataset (7 problems):',
        '- people[0].birth: "x" is not a date',
        '- people[1].birth: "x" is not a date',
        '- people[2].birth: "x" is not a date',
        '- people[3].birth: "x" is not a date',
        '- people[4].birth: "x" is not a date',
        '- … and 2 more',
      ].join('\n'),
    );
  });
});
