import { describe, expect, it } from 'vitest';
import type { Dataset } from '../lib/dataset/types';
import { MAX_IMPORT_BYTES, checkImportText, utf8Size } from './dataset-import';

const valid: Dataset = {
  version: '1.0.0',
  asOf: '2026-07-03',
  license: 'CC BY-SA 4.0',
  people: [
    {
      id: 'pham-binh-minh-1959',
      name: 'Phạm Bình Minh',
      aliases: [],
      positions: [{ raw: 'Bộ trưởng Bộ Ngoại giao', source: 'viwiki:1' }],
      sources: ['viwiki:1'],
    },
  ],
};

describe('checkImportText', () => {
  it('accepts a valid dataset file', () => {
    expect(checkImportText(JSON.stringify(valid))).toEqual({ ok: true, dataset: valid });
  });

  it('refuses a text just over 50 MB before parsing it', () => {
    const text = `${' '.repeat(MAX_IMPORT_BYTES - JSON.stringify(valid).length + 1)}${JSON.stringify(valid)}`;
    expect(text.length).toBe(MAX_IMPORT_BYTES + 1);
    const result = checkImportText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/larger than 50\.0 MB/);
    expect(result.problems).toEqual([result.message]);
    expect(result.refusal).toEqual({ code: 'tooLarge', params: ['50'] });
  });

  it('counts UTF-8 bytes, and takes a file size when given', () => {
    expect(utf8Size('aạ𝄞')).toBe(1 + 3 + 4);
    expect(checkImportText(JSON.stringify(valid), MAX_IMPORT_BYTES + 1).ok).toBe(false);
    expect(checkImportText(JSON.stringify(valid), MAX_IMPORT_BYTES).ok).toBe(true);
    // 20 M "ạ" are 60 MB in UTF-8, though only 20 M characters.
    const wide = checkImportText('ạ'.repeat(20 * 1024 * 1024));
    expect(wide.ok || wide.message).toMatch(/larger than 50\.0 MB/);
  });

  it('refuses a text that is not JSON', () => {
    const result = checkImportText('{"version": "1.0.0",');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^The file is not JSON \(.+\)\. Nothing was imported\.$/);
  });

  it('lists the first five schema problems and how many more there are', () => {
    const people = Array.from({ length: 7 }, (_, i) => ({
      ...valid.people[0]!,
      id: `person-${i}`,
      birth: '1961-13-01',
    }));
    const result = checkImportText(JSON.stringify({ ...valid, people }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe(
      'The file is not a valid dataset (7 problems). Nothing was imported.',
    );
    expect(result.problems).toEqual([
      'people[0].birth: "1961-13-01" is not a date',
      'people[1].birth: "1961-13-01" is not a date',
      'people[2].birth: "1961-13-01" is not a date',
      'people[3].birth: "1961-13-01" is not a date',
      'people[4].birth: "1961-13-01" is not a date',
      '… and 2 more',
    ]);
  });

  it('says what is wrong with JSON that is not a dataset at all', () => {
    const result = checkImportText('{"people": []}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        'version: is missing',
        'asOf: is missing',
        'license: is missing',
      ]);
    }
  });
});
