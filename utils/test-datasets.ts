/** Small datasets for the utils tests (not shipped: only *.test.ts files import this). */
import type { Dataset, Person } from '../lib/dataset/types';

/** A person with one position, from source viwiki:1. */
export function testPerson(
  id: string,
  name: string,
  raw = 'Bộ trưởng',
  dates: { start?: string; end?: string } = {},
): Person {
  return {
    id,
    name,
    aliases: [],
    positions: [{ raw, ...dates, source: 'viwiki:1' }],
    sources: ['viwiki:1'],
  };
}

export function testDataset(version: string, people: Person[]): Dataset {
  return { version, asOf: '2026-07-03', license: 'CC BY-SA 4.0', people };
}
