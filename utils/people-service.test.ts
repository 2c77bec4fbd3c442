import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Dataset, Person } from '../lib/dataset/types';
import { datasetInfo, openDatabase, peopleByName } from './database';
import { PeopleService } from './people-service';

const person = (id: string, name: string, raw = 'Bộ trưởng Bộ Ngoại giao'): Person => ({
  id,
  name,
  aliases: [],
  positions: [{ raw, start: '2011-08-03', end: '2021-04-07', source: 'viwiki:1' }],
  sources: ['viwiki:1'],
});

const dataset = (version: string, people: Person[]): Dataset => ({
  version,
  asOf: '2026-07-03',
  license: 'CC BY-SA 4.0',
  people,
});

let counter = 0;
const freshDb = () => openDatabase(`test-${++counter}`);

describe('PeopleService over IndexedDB', () => {
  it('loads the bundled dataset once and serves the recogniser and full records', async () => {
    let reads = 0;
    const data = dataset('1.0.0', [
      person('pham-binh-minh-1959', 'Phạm Bình Minh'),
      person('nguyen-van-binh-1961', 'Nguyễn Văn Bình', 'Trưởng ban Kinh tế Trung ương'),
      person('nguyen-van-binh-1970', 'Nguyễn Văn Bình', 'Phó Chủ tịch UBND tỉnh Lạng Sơn'),
    ]);
    const db = freshDb();
    const service = new PeopleService(db, () => {
      reads++;
      return data;
    });
    const matcher = await service.getMatcherData();
    expect(matcher.version).toBe('1.0.0');
    expect(matcher.people.map((p) => p.id).sort()).toEqual([
      'nguyen-van-binh-1961',
      'nguyen-van-binh-1970',
      'pham-binh-minh-1959',
    ]);
    // Only homonyms carry their posts to pages.
    expect(matcher.people.find((p) => p.id === 'pham-binh-minh-1959')?.posts).toBeUndefined();
    expect(matcher.people.find((p) => p.id === 'nguyen-van-binh-1970')?.posts).toHaveLength(1);

    const [binh, minh] = await service.getPeople(['nguyen-van-binh-1961', 'pham-binh-minh-1959']);
    expect(binh).toEqual(data.people[1]);
    expect(minh).toEqual(data.people[0]);
    expect(await service.getPeople(['nobody'])).toEqual([]);

    // A second service on the same database finds the version loaded and does not reload.
    const again = new PeopleService(db, () => {
      reads++;
      return data;
    });
    await again.ensureLoaded();
    expect(reads).toBe(2);
    expect((await datasetInfo(await db))?.people).toBe(3);
  });

  it('finds people by name whatever the tone placement or case', async () => {
    const db = freshDb();
    await new PeopleService(db, () =>
      dataset('1.0.0', [person('hoang-thi-thuy-1970', 'Hoàng Thị Thuỷ')]),
    ).ensureLoaded();
    const found = await peopleByName(await db, 'HOÀNG THỊ THỦY');
    expect(found.map((p) => p.id)).toEqual(['hoang-thi-thuy-1970']);
  });

  it('swaps a new version in whole, and keeps the old one when loading fails halfway', async () => {
    const db = freshDb();
    await new PeopleService(db, () =>
      dataset('1.0.0', [person('a-1', 'Phạm Bình Minh')]),
    ).ensureLoaded();

    const broken = dataset('2.0.0', [
      person('b-1', 'Hoàng Bình Quân'),
      { ...person('b-2', 'Cao Đức Phát'), id: undefined as unknown as string },
    ]);
    await expect(new PeopleService(db, () => broken).ensureLoaded()).rejects.toThrow();
    expect((await datasetInfo(await db))?.version).toBe('1.0.0');
    const kept = new PeopleService(db, () => dataset('1.0.0', [person('a-1', 'Phạm Bình Minh')]));
    expect((await kept.getPeople(['a-1', 'b-1'])).map((p) => p.id)).toEqual(['a-1']);

    const next = new PeopleService(db, () => dataset('2.0.0', [person('b-1', 'Hoàng Bình Quân')]));
    expect((await next.getMatcherData()).people.map((p) => p.id)).toEqual(['b-1']);
    expect((await datasetInfo(await db))?.version).toBe('2.0.0');
  });
});
