/**
 * Builds data/dataset.json (a Dataset, see lib/dataset/types.ts) and data/lexicon.json from the
 * source files. Deterministic: the same sources give byte-identical output.
 *
 *   npx tsx data/build-dataset.ts [--sources DIR] [--report]
 *
 * DIR is the shared data folder whose sources/ holds one folder per source (default
 * ../shared/data, resolved from the project root; a DIR given on the command line is resolved
 * from the current directory). The lexicon is read from the project's own copy in data/lexicon/.
 * See data/README.md for the decisions taken.
 */

import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { findDatasetProblems } from '../lib/dataset/schema';
import type { Dataset, Person, Position } from '../lib/dataset/types';
import { asciiFold, foldPhrase } from '../lib/text/fold-text';
import { readLexicon, type LexiconEntry } from './build/lexicon';
import { assignIds, mergeDrafts, mergeNa15 } from './build/merge';
import { newStats, type BuildStats } from './build/model';
import { NA15_DIR, readNa15 } from './build/na15';
import { NA16_DIR, readNa16 } from './build/na16';
import { formatDataset, formatLexicon } from './build/output';
import { POLITICAL_NET_DIR, readPoliticalNet } from './build/political-net';
import { parsePositions, positionParser } from './build/positions';
import { provinceOf } from './build/province';
import { membershipsOf, naTermsOf, PARTY_TERMS } from './build/memberships';
import { compareCodePoints, nameKey } from './build/text';

export const DATASET_VERSION = '0.1.0';

/**
 * The sources used, with the latest date each can describe (from their SOURCE.md): political-net
 * files last changed 2025-11-21; the NA XVI profiles were fetched on 2026-07-03; the NA XV
 * results bulletin is dated 2021-06-11 (the candidate lists describe April 2021).
 */
export const SOURCES = [
  { dir: POLITICAL_NET_DIR, snapshot: '2025-11-21' },
  { dir: NA16_DIR, snapshot: '2026-07-03' },
  { dir: NA15_DIR, snapshot: '2021-06-11' },
] as const;

export const LICENSE =
  'Derived from Vietnamese Wikipedia (CC BY-SA 4.0) via political-net, and from the National ' +
  'Assembly XVI deputy profiles and the XV (2021) candidate lists and results (CC BY 4.0, ' +
  'Vietnam Elections dataset by Bamboo Filing Cabinet). This derived data is licensed ' +
  'CC BY-SA 4.0.';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SOURCES = resolve(PROJECT_ROOT, '../shared/data');
const DATA_DIR = join(PROJECT_ROOT, 'data');

interface Args {
  sources: string;
  report: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sources: DEFAULT_SOURCES, report: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--report') args.report = true;
    else if (arg === '--sources' && argv[i + 1] !== undefined)
      args.sources = resolve(argv[++i] ?? '');
    else if (arg?.startsWith('--sources=')) args.sources = resolve(arg.slice('--sources='.length));
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npx tsx data/build-dataset.ts [--sources DIR] [--report]');
      process.exit(0);
    } else fail(`unknown argument "${arg}" (usage: build-dataset.ts [--sources DIR] [--report])`);
  }
  return args;
}

function fail(message: string): never {
  console.error(`build-dataset: ${message}`);
  process.exit(1);
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** Writes through a temporary file so a failed build never leaves half a file behind. */
function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp`;
  writeFileSync(temp, content, 'utf8');
  renameSync(temp, path);
}

export interface BuildResult {
  dataset: Dataset;
  lexicon: LexiconEntry[];
  stats: BuildStats;
}

/** Builds everything from `dataDir` (the folder holding sources/) without writing files. */
export function build(dataDir: string): BuildResult {
  const sourcesDir = join(dataDir, 'sources');
  const stats = newStats();
  const lexicon = readLexicon(join(DATA_DIR, 'lexicon'));
  const namePrefixes = lexicon
    .filter((e) => e.kind === 'rank' || e.kind === 'honorific')
    .flatMap((e) => [e.vi, ...e.variants])
    .sort((a, b) => b.length - a.length || compareCodePoints(a, b));

  const pn = SOURCES[0];
  const na = SOURCES[1];
  const pnDrafts = readPoliticalNet({ sourcesDir, snapshot: pn.snapshot, namePrefixes, stats });
  const naDrafts = readNa16({ sourcesDir, snapshot: na.snapshot, stats });
  const na15 = SOURCES[2];
  const na15Drafts = readNa15({ sourcesDir, snapshot: na15.snapshot, stats });
  const clusters = mergeNa15(mergeDrafts(pnDrafts, naDrafts, stats), na15Drafts, stats);
  const people = assignIds(clusters, stats);
  const parser = positionParser(lexicon);
  for (const p of people)
    stats.unparsed.push(...parsePositions(parser, p.positions).map((q) => q.raw));

  const asOf =
    SOURCES.map((s) => s.snapshot)
      .sort()
      .at(-1) ?? '';
  for (const p of people) {
    const hometownProvince = provinceOf(p.hometown);
    if (hometownProvince !== undefined) p.hometownProvince = hometownProvince;
    const birthplaceProvince = provinceOf(p.birthplace);
    if (birthplaceProvince !== undefined) p.birthplaceProvince = birthplaceProvince;
    const memberships = membershipsOf(p, asOf);
    if (memberships.length > 0) p.memberships = memberships;
    const naTerms = naTermsOf(p, asOf);
    if (naTerms.length > 0) p.naTerms = naTerms;
  }
  const dataset: Dataset = { version: DATASET_VERSION, asOf, license: LICENSE, people };
  return { dataset, lexicon, stats };
}

const since2011 = (p: Position) =>
  p.current === true ||
  (p.end !== undefined && p.end >= '2011') ||
  (p.start !== undefined && p.start >= '2011');

const folded = (text: string | undefined) => (text === undefined ? '' : foldPhrase(text));
const PROVINCIAL_PARTY = [foldPhrase('Tỉnh ủy'), foldPhrase('Thành ủy')];
const PEOPLES_COMMITTEE = foldPhrase('Ủy ban nhân dân');

/** People per category, for the report (a person counts once per category). */
export function categoryCounts(people: Person[]): [string, number][] {
  const count = (test: (p: Person) => boolean) => people.filter(test).length;
  const holds = (test: (q: Position) => boolean) => (p: Person) => p.positions.some(test);
  const member = (body: string, term: string) => (p: Person) =>
    (p.memberships ?? []).some((m) => m.body === body && m.term === term);
  const out: [string, number][] = [];
  for (const t of PARTY_TERMS)
    out.push([`Politburo, term ${t.term}`, count(member('Bộ Chính trị', t.term))]);
  for (const t of PARTY_TERMS)
    out.push([`Secretariat, term ${t.term}`, count(member('Ban Bí thư', t.term))]);
  for (const t of PARTY_TERMS)
    out.push([
      `Central Committee, term ${t.term}`,
      count(member('Ban Chấp hành Trung ương', t.term)),
    ]);
  out.push([
    'ministers (Bộ trưởng of a Bộ) since 2011',
    count(
      holds(
        (q) =>
          q.title === 'Bộ trưởng' && folded(q.body).startsWith(foldPhrase('Bộ ')) && since2011(q),
      ),
    ),
  ]);
  out.push([
    'deputy prime ministers since 2011',
    count(holds((q) => (q.title ?? '').startsWith('Phó Thủ tướng') && since2011(q))),
  ]);
  out.push([
    'provincial Party secretaries (Bí thư Tỉnh/Thành ủy)',
    count(
      holds(
        (q) => q.title === 'Bí thư' && PROVINCIAL_PARTY.some((b) => folded(q.body).startsWith(b)),
      ),
    ),
  ]);
  out.push([
    "provincial People's Committee chairs",
    count(
      holds(
        (q) =>
          q.title === 'Chủ tịch' &&
          folded(q.body).startsWith(PEOPLES_COMMITTEE) &&
          !/\b(huyen|quan|thi xa|xa|phuong)\b/u.test(asciiFold(q.body ?? '')),
      ),
    ),
  ]);
  for (const t of ['XV', 'XVI'])
    out.push([`National Assembly ${t} deputies`, count((p) => (p.naTerms ?? []).includes(t))]);
  return out;
}

/** Groups of two or more people whose names are the same (ignoring tone-mark placement). */
export function homonymGroups(people: Person[]): Person[][] {
  const groups = new Map<string, Person[]>();
  for (const p of people) groups.set(nameKey(p.name), [...(groups.get(nameKey(p.name)) ?? []), p]);
  return [...groups.values()].filter((g) => g.length > 1);
}

function printReport({ dataset, lexicon, stats }: BuildResult): void {
  const people = dataset.people;
  const positions = people.reduce((n, p) => n + p.positions.length, 0);
  const bySource = new Map<string, number>();
  for (const p of people) {
    const kinds = [...new Set(p.sources.map((s) => s.split(':')[0]))].join('+');
    bySource.set(kinds, (bySource.get(kinds) ?? 0) + 1);
  }
  const groups = homonymGroups(people);
  const line = (label: string, value: number | string) =>
    console.log(`  ${label.padEnd(52)} ${value}`);

  console.log(`dataset ${dataset.version}, as of ${dataset.asOf}`);
  line('people', people.length);
  line('positions', positions);
  for (const [kinds, n] of [...bySource].sort()) line(`people from ${kinds}`, n);
  line('people with no position', people.filter((p) => p.positions.length === 0).length);
  line(
    'people with a birth date (full / month / year)',
    [10, 7, 4].map((n) => people.filter((p) => p.birth?.length === n).length).join(' / '),
  );
  line('people with no birth date', people.filter((p) => !p.birth).length);
  line('people with a gender', people.filter((p) => p.gender).length);
  line('people with a hometown', people.filter((p) => p.hometown).length);
  line(
    '  of which mapped to a post-2025 province',
    people.filter((p) => p.hometownProvince).length,
  );
  line('people with a birthplace', people.filter((p) => p.birthplace).length);
  line(
    '  of which mapped to a post-2025 province',
    people.filter((p) => p.birthplaceProvince).length,
  );
  line('people with aliases', people.filter((p) => p.aliases.length > 0).length);
  line(
    'current positions',
    people.reduce((n, p) => n + p.positions.filter((q) => q.current).length, 0),
  );
  const dropped = stats.datesDropped.length + stats.datesAfterSnapshot.length;
  line('dates dropped (positions and people kept)', dropped);
  line('  of which unreadable', stats.datesDropped.length);
  line('  of which after the source snapshot', stats.datesAfterSnapshot.length);
  line('dates cut back to the year (impossible month/day)', stats.datesReduced.length);
  line(
    'homonym groups (same name, several people)',
    `${groups.length} (${groups.reduce((n, g) => n + g.length, 0)} people)`,
  );
  line('lexicon entries', lexicon.length);
  line('conflicts between sources (listed below)', stats.conflicts.length);
  for (const [key, n] of Object.entries(stats.counters).sort()) line(key, n);

  const unparsedShare = positions === 0 ? 0 : (100 * stats.unparsed.length) / positions;
  line(
    'positions not read into title + body',
    `${stats.unparsed.length} (${unparsedShare.toFixed(1)}%)`,
  );
  console.log('\ncategories (people):');
  for (const [label, n] of categoryCounts(people)) line(label, n);

  const biggest = [...groups].sort(
    (a, b) => b.length - a.length || compareCodePoints(a[0]?.name ?? '', b[0]?.name ?? ''),
  );
  console.log('\nlargest homonym groups:');
  for (const g of biggest.slice(0, 8))
    console.log(`  ${g[0]?.name}: ${g.map((p) => p.id).join(', ')}`);
  console.log('\ndates dropped:');
  for (const d of stats.datesDropped)
    console.log(`  ${d.where} ${d.field}: ${JSON.stringify(d.text)}`);
  for (const d of stats.datesAfterSnapshot)
    console.log(`  ${d.where} ${d.field}: ${d.date} (after snapshot)`);
  console.log('\ndates cut back to the year:');
  for (const d of stats.datesReduced) console.log(`  ${d.where} ${d.field} → ${d.text}`);
  console.log('\nmost frequent positions not read (grow data/lexicon/titles.tsv):');
  const unread = new Map<string, number>();
  for (const raw of stats.unparsed) unread.set(raw, (unread.get(raw) ?? 0) + 1);
  const top = [...unread].sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]));
  for (const [raw, n] of top.slice(0, 30)) console.log(`  ${String(n).padStart(4)} ${raw}`);
  const conflictFields = new Map<string, number>();
  for (const c of stats.conflicts)
    conflictFields.set(c.field, (conflictFields.get(c.field) ?? 0) + 1);
  console.log(
    `\nconflicts between sources for the same person (${stats.conflicts.length}: ` +
      `${[...conflictFields].map(([f, n]) => `${n} ${f}`).join(', ')}); the newer dated ` +
      'source wins:',
  );
  for (const c of stats.conflicts) {
    console.log(`  ${c.name}, ${c.field}: ${c.values.join(' vs ')}`);
    console.log(`    kept: ${c.kept}`);
  }
  console.log('\nto review:');
  for (const note of stats.notes) console.log(`  ${note}`);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!isDirectory(args.sources))
    fail(`sources directory not found: ${args.sources} (use --sources DIR)`);
  for (const s of SOURCES) {
    const dir = join(args.sources, 'sources', s.dir);
    if (!isDirectory(dir)) fail(`source folder not found: ${dir} (is --sources the right DIR?)`);
  }
  const result = build(args.sources);
  const problems = findDatasetProblems(result.dataset);
  if (problems.length > 0) {
    fail(`the built dataset is invalid:\n${problems.slice(0, 20).join('\n')}`);
  }
  writeAtomically(join(DATA_DIR, 'dataset.json'), formatDataset(result.dataset));
  writeAtomically(join(DATA_DIR, 'lexicon.json'), formatLexicon(result.lexicon));
  const { people } = result.dataset;
  console.log(
    `wrote data/dataset.json (${people.length} people) and ` +
      `data/lexicon.json (${result.lexicon.length} entries)`,
  );
  if (args.report) printReport(result);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
