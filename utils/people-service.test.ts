import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Dataset, Person } from '../lib/dataset/types';
import { testDataset, testPerson } from './test-datasets';
import { datasetInfo, openDatabase, peopleByName, storedCounts } from './database';
import { MAX_IMPORT_BYTES } from './dataset-import';
import { PeopleService } from './people-service';

const person = (id: string, name: string, raw = 'Bộ trưởng Bộ Ngoại giao'): Person =>
  testPerson(id, name, raw, { start: '2011-08-03', end: '2021-04-07' });

const dataset = testDataset;

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
    expect(matcher.index.people.map((p) => p.id).sort()).toEqual([
      'nguyen-van-binh-1961',
      'nguyen-van-binh-1970',
      'pham-binh-minh-1959',
    ]);
    // Only homonyms carry their posts to pages.
    expect(matcher.index.people.find((p) => p.id === 'pham-binh-minh-1959')?.posts).toBeUndefined();
    expect(matcher.index.people.find((p) => p.id === 'nguyen-van-binh-1970')?.posts).toHaveLength(
      1,
    );

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
    expect((await next.getMatcherData()).index.people.map((p) => p.id)).toEqual(['b-1']);
    expect((await datasetInfo(await db))?.version).toBe('2.0.0');
  });
});

describe('importing, exporting and resetting a user dataset', () => {
  const bundledV1 = dataset('1.0.0', [
    person('pham-binh-minh-1959', 'Phạm Bình Minh'),
    person('nguyen-van-binh-1961', 'Nguyễn Văn Bình', 'Trưởng ban Kinh tế Trung ương'),
  ]);
  const userFile: Dataset = {
    version: '0.0.1',
    asOf: '2026-08-01',
    license: 'My own notes',
    people: [
      person('pham-binh-minh-1959', 'Phạm Bình Minh', 'Phó Thủ tướng Thường trực Chính phủ'),
      person('le-van-a-1980', 'Lê Văn A', 'Chủ tịch UBND huyện'),
    ],
  };

  /** A service on a fresh database with the bundled dataset loaded. */
  const fresh = async (bundled: Dataset = bundledV1) => {
    const db = freshDb();
    const service = new PeopleService(db, () => bundled);
    await service.ensureLoaded();
    return { db, service };
  };

  /** Everything the service answers, to compare before and after a refused import. */
  const snapshot = async (service: PeopleService) => ({
    info: await service.getDatasetInfo(),
    exported: await service.exportDataset(),
    matcher: await service.getMatcherData(),
  });

  it('imports a valid file, which wins over bundled records with the same id', async () => {
    const { service } = await fresh();
    const before = await service.getMatcherData();
    expect(await service.importDataset(JSON.stringify(userFile))).toEqual({ ok: true, people: 2 });

    const [minh, a, binh] = await service.getPeople([
      'pham-binh-minh-1959',
      'le-van-a-1980',
      'nguyen-van-binh-1961',
    ]);
    expect(minh).toEqual(userFile.people[0]);
    expect(a).toEqual(userFile.people[1]);
    expect(binh).toEqual(bundledV1.people[1]);
    expect(await service.findPeopleByName('Phạm Bình Minh')).toEqual([userFile.people[0]]);
    expect(await service.searchPeople('Lê')).toEqual([userFile.people[1]]);

    const matcher = await service.getMatcherData();
    expect(matcher.version).not.toBe(before.version);
    expect(matcher.index.people.map((p) => p.id).sort()).toEqual([
      'le-van-a-1980',
      'nguyen-van-binh-1961',
      'pham-binh-minh-1959',
    ]);

    expect(await service.getDatasetInfo()).toEqual({
      version: '0.0.1',
      asOf: '2026-08-01',
      license: 'CC BY-SA 4.0; My own notes',
      people: 3,
      bundled: { version: '1.0.0', asOf: '2026-07-03', license: 'CC BY-SA 4.0', people: 2 },
      imported: {
        version: '0.0.1',
        asOf: '2026-08-01',
        license: 'My own notes',
        people: 2,
        importedAt: expect.any(String) as string,
      },
    });
  });

  it('exports the dataset in effect as JSON that imports back', async () => {
    const { service } = await fresh();
    await service.importDataset(JSON.stringify(userFile));
    const text = await service.exportDataset();
    const exported = JSON.parse(text) as Dataset;
    expect(exported.version).toBe('0.0.1');
    expect(exported.people).toEqual([userFile.people[1], bundledV1.people[1], userFile.people[0]]);
    const other = (await fresh()).service;
    expect(await other.importDataset(text)).toEqual({ ok: true, people: 3 });
    expect(JSON.parse(await other.exportDataset())).toEqual(exported);
  });

  it('exports the bundled dataset alone when nothing is imported', async () => {
    const { service } = await fresh();
    const exported = JSON.parse(await service.exportDataset()) as Dataset;
    expect({
      ...exported,
      people: [...exported.people].sort((a, b) => a.id.localeCompare(b.id)),
    }).toEqual({ ...bundledV1, people: [bundledV1.people[1], bundledV1.people[0]] });
  });

  it('refuses a file over 50 MB and changes nothing', async () => {
    const { db, service } = await fresh();
    await service.importDataset(JSON.stringify(userFile));
    const before = await snapshot(service);
    const huge = JSON.stringify(userFile).padEnd(MAX_IMPORT_BYTES + 1, ' ');
    const result = await service.importDataset(huge);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/larger than 50/) });
    expect(
      await service.importDataset(JSON.stringify(userFile), MAX_IMPORT_BYTES + 1),
    ).toMatchObject({ ok: false });
    expect(await snapshot(service)).toEqual(before);
    expect(await storedCounts(await db)).toEqual({ bundled: 2, imported: 2 });
  });

  it('refuses a file that is not JSON and changes nothing', async () => {
    const { db, service } = await fresh();
    const before = await snapshot(service);
    const result = await service.importDataset('people: [Phạm Bình Minh]');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/not JSON/) });
    expect(await snapshot(service)).toEqual(before);
    expect(await storedCounts(await db)).toEqual({ bundled: 2, imported: 0 });
  });

  it('lists the schema problems of an invalid file and changes nothing', async () => {
    const { db, service } = await fresh();
    await service.importDataset(JSON.stringify(userFile));
    const before = await snapshot(service);
    const broken = {
      ...userFile,
      version: 'two',
      people: [
        { ...userFile.people[0], birth: '1959-02-30' },
        { ...userFile.people[1], id: 'Lê Văn A' },
        { ...person('x-1', 'Người X'), positions: [{ raw: 'Chủ tịch', source: 'viwiki:2' }] },
      ],
    };
    const result = await service.importDataset(JSON.stringify(broken));
    expect(result).toEqual({
      ok: false,
      message: 'The file is not a valid dataset (4 problems). Nothing was imported.',
      refusal: { code: 'invalid', params: ['4'] },
      problems: [
        'version: "two" is not a version like "0.1.0"',
        'people[0].birth: "1959-02-30" is not a date',
        'people[1].id: "Lê Văn A" is not an id (lower-case ASCII words joined by "-")',
        'people[2].positions[0].source: "viwiki:2" is not in people[2].sources',
      ],
    });
    expect(await snapshot(service)).toEqual(before);
    expect(await storedCounts(await db)).toEqual({ bundled: 2, imported: 2 });
  });

  it('keeps the import across a bundled version update, still winning', async () => {
    const { db, service } = await fresh();
    await service.importDataset(JSON.stringify(userFile));
    const bundledV2 = dataset('2.0.0', [
      person('pham-binh-minh-1959', 'Phạm Bình Minh', 'Nguyên Phó Thủ tướng'),
      person('nguyen-van-binh-1961', 'Nguyễn Văn Bình'),
      person('tran-van-b-1970', 'Trần Văn B'),
    ]);
    const updated = new PeopleService(db, () => bundledV2);
    const info = await updated.getDatasetInfo();
    expect(info.bundled?.version).toBe('2.0.0');
    expect(info.imported?.people).toBe(2);
    expect(info.people).toBe(4);
    const [minh, a, b] = await updated.getPeople([
      'pham-binh-minh-1959',
      'le-van-a-1980',
      'tran-van-b-1970',
    ]);
    expect(minh).toEqual(userFile.people[0]);
    expect(a).toEqual(userFile.people[1]);
    expect(b?.name).toBe('Trần Văn B');
  });

  it('resets to the bundled dataset, dropping the import', async () => {
    const { db, service } = await fresh();
    const before = await service.getMatcherData();
    await service.importDataset(JSON.stringify(userFile));
    const info = await service.resetDataset();
    expect(info).toEqual({
      version: '1.0.0',
      asOf: '2026-07-03',
      license: 'CC BY-SA 4.0',
      people: 2,
      bundled: { version: '1.0.0', asOf: '2026-07-03', license: 'CC BY-SA 4.0', people: 2 },
      imported: null,
    });
    expect(await storedCounts(await db)).toEqual({ bundled: 2, imported: 0 });
    expect(await service.getPeople(['pham-binh-minh-1959', 'le-van-a-1980'])).toEqual([
      bundledV1.people[0],
    ]);
    expect(await service.getMatcherData()).toEqual(before);
    expect((await datasetInfo(await db, 'imported')) ?? null).toBeNull();
  });

  it('replaces an earlier import with a later one', async () => {
    const { service } = await fresh();
    await service.importDataset(JSON.stringify(userFile));
    const second = { ...userFile, version: '0.0.2', people: [person('le-van-c-1985', 'Lê Văn C')] };
    expect(await service.importDataset(JSON.stringify(second))).toEqual({ ok: true, people: 1 });
    expect(await service.getPeople(['le-van-a-1980', 'le-van-c-1985'])).toEqual(second.people);
    expect((await service.getPeople(['pham-binh-minh-1959']))[0]).toEqual(bundledV1.people[0]);
  });
});
