import { describe, expect, it } from 'vitest';

import { findDatasetProblems } from './schema';
import type { Dataset, Person } from './types';

const base: Person = {
  id: 'pham-binh-minh-1959',
  name: 'Phạm Bình Minh',
  aliases: [],
  positions: [
    {
      raw: 'Ủy viên Bộ Chính trị khóa XII, XIII',
      title: 'Ủy viên Bộ Chính trị',
      body: 'Bộ Chính trị',
      terms: ['XII', 'XIII'],
      source: 'viwiki:611726',
    },
  ],
  memberships: [{ body: 'Bộ Chính trị', term: 'XII', source: 'viwiki:611726' }],
  naTerms: ['XIII', 'XIV', 'XV'],
  sources: ['viwiki:611726'],
};

function dataset(people: unknown[]): Dataset {
  return {
    version: '0.1.0',
    asOf: '2026-07-03',
    license: 'CC BY-SA 4.0',
    people: people as Person[],
  };
}

describe('terms, memberships and naTerms', () => {
  it('accepts them, and a person without them (older files)', () => {
    const { memberships: _m, naTerms: _n, ...older } = base;
    expect(findDatasetProblems(dataset([base]))).toEqual([]);
    expect(findDatasetProblems(dataset([older]))).toEqual([]);
  });

  it('rejects an unknown Party body, a term that is not a Roman numeral and a foreign source', () => {
    const bad = {
      ...base,
      memberships: [
        { body: 'Quốc hội', term: 'XII', source: 'viwiki:611726' },
        { body: 'Ban Bí thư', term: '12', source: 'viwiki:611726' },
        { body: 'Ban Bí thư', term: 'XII', source: 'na16:1' },
      ],
      naTerms: ['15'],
    };
    const problems = findDatasetProblems(dataset([bad]));
    expect(problems).toContain(
      'people[0].memberships[0].body: expected a Party body, got "Quốc hội"',
    );
    expect(problems).toContain('people[0].memberships[1].term: "12" is not a term like "XIII"');
    expect(problems).toContain('people[0].naTerms[0]: "15" is not a term like "XIII"');
    expect(problems).toContain(
      'people[0].memberships[2].source: "na16:1" is not in people[0].sources',
    );
  });

  it('rejects a position term that is not a Roman numeral', () => {
    const bad = { ...base, positions: [{ ...base.positions[0], terms: ['khóa 12'] }] };
    expect(findDatasetProblems(dataset([bad]))).toEqual([
      'people[0].positions[0].terms[0]: "khóa 12" is not a term like "XIII"',
    ]);
  });
});
