/**
 * Merging the per-source drafts into people and giving them ids.
 *
 * A National Assembly XVI profile joins a political-net person when the names are the same
 * (NFC, ignoring case and tone-mark placement) and the birth dates agree: equal, or equal as far
 * as the less precise one goes (political-net often has the year only). When the infobox date
 * disagrees but the article lead states a date that agrees, the lead decides (several infobox
 * dates have day and month swapped or are plain wrong). Anything else stays a separate person:
 * people sharing a name are common (several "Nguyễn Thanh Bình").
 */

import type { Person } from '../../lib/dataset/types';
import { comparePartial, datesAgree } from './dates';
import { count, type BuildStats, type Draft } from './model';
import { foldPhrase } from '../../lib/text/fold-text';
import { asciiKey, compareCodePoints, nameKey, slugify } from './text';

export type MatchKind = 'birth date' | 'birth year/month' | 'article lead';

function agreement(pn: Draft, na: Draft): MatchKind | undefined {
  if (na.birth === undefined) return undefined;
  if (pn.birth !== undefined && datesAgree(pn.birth, na.birth)) {
    return pn.birth.length === na.birth.length ? 'birth date' : 'birth year/month';
  }
  if (pn.leadBirth !== undefined && datesAgree(pn.leadBirth, na.birth)) return 'article lead';
  return undefined;
}

/** A merged person before ids: the drafts it came from, first the political-net one. */
export interface Cluster {
  drafts: Draft[];
  match?: MatchKind;
}

export function mergeDrafts(pnDrafts: Draft[], naDrafts: Draft[], stats: BuildStats): Cluster[] {
  const clusters: Cluster[] = pnDrafts.map((d) => ({ drafts: [d] }));
  const byName = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const key = nameKey(c.drafts[0]?.name ?? '');
    byName.set(key, [...(byName.get(key) ?? []), c]);
  }
  const byAscii = new Map<string, Draft[]>();
  for (const d of pnDrafts)
    byAscii.set(asciiKey(d.name), [...(byAscii.get(asciiKey(d.name)) ?? []), d]);

  for (const na of naDrafts) {
    const candidates = (byName.get(nameKey(na.name)) ?? []).filter((c) => c.drafts.length === 1);
    const agreeing = candidates
      .map((c) => ({ c, kind: agreement(c.drafts[0] as Draft, na) }))
      .filter((x): x is { c: Cluster; kind: MatchKind } => x.kind !== undefined);
    const exact = agreeing.filter((x) => x.kind === 'birth date');
    const chosen = exact.length === 1 ? exact : agreeing;
    if (chosen.length === 1 && chosen[0]) {
      chosen[0].c.drafts.push(na);
      chosen[0].c.match = chosen[0].kind;
      count(stats, `na16 merged into viwiki by ${chosen[0].kind}`);
      continue;
    }
    if (chosen.length > 1) {
      stats.notes.push(
        `ambiguous: ${na.sourceKey} ${na.name} ${na.birth} fits several viwiki people`,
      );
    } else if (candidates.length > 0) {
      const seen = candidates.map((c) => {
        const d = c.drafts[0] as Draft;
        const lead = d.leadBirth && d.leadBirth !== d.birth ? ` (lead ${d.leadBirth})` : '';
        return `${d.sourceKey} born ${d.birth ?? '?'}${lead}`;
      });
      stats.notes.push(
        `same name, birth disagrees, kept apart: ${na.sourceKey} ${na.name} born ${na.birth} ` +
          `vs ${seen.join('; ')}`,
      );
    } else {
      const near = (byAscii.get(asciiKey(na.name)) ?? []).filter(
        (d) => na.birth !== undefined && d.birth !== undefined && datesAgree(d.birth, na.birth),
      );
      for (const d of near) {
        stats.notes.push(
          `near match (same letters, different diacritics), kept apart: ${na.sourceKey} ` +
            `${na.name} vs ${d.sourceKey} ${d.name}, both born ${na.birth}`,
        );
      }
    }
    clusters.push({ drafts: [na] });
  }
  return clusters;
}

/** The birth date a merged person will get (the newest source's), and the article lead's. */
function clusterBirths(c: Cluster): string[] {
  const byAge = [...c.drafts].sort((a, b) => ageOf(b) - ageOf(a));
  const birth = byAge.find((d) => d.birth !== undefined)?.birth;
  const leads = c.drafts.map((d) => d.leadBirth).filter((b): b is string => b !== undefined);
  return birth === undefined ? leads : [birth, ...leads];
}

/**
 * Elected NA XV candidates join a person (from political-net or NA XVI) with the same name
 * (ignoring case and tone placement) and an agreeing birth date (the newest source's, or the
 * article lead's); an exact date is preferred to a year-only one; one match only, otherwise
 * the candidate is a new person.
 */
export function mergeNa15(clusters: Cluster[], na15Drafts: Draft[], stats: BuildStats): Cluster[] {
  const out = [...clusters];
  const byName = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const keys = new Set(c.drafts.map((d) => nameKey(d.name)));
    for (const key of keys) byName.set(key, [...(byName.get(key) ?? []), c]);
  }
  const taken = new Set<Cluster>();
  for (const na of na15Drafts) {
    const candidates = (byName.get(nameKey(na.name)) ?? []).filter((c) => !taken.has(c));
    const birth = na.birth;
    const agreeing =
      birth === undefined
        ? []
        : candidates.filter((c) => clusterBirths(c).some((b) => datesAgree(b, birth)));
    const exact = agreeing.filter((c) => clusterBirths(c)[0] === birth);
    const chosen = exact.length === 1 ? exact : agreeing;
    const match = chosen.length === 1 ? chosen[0] : undefined;
    if (match) {
      match.drafts.push(na);
      taken.add(match);
      const kinds = [...new Set(match.drafts.map((d) => d.sourceKey.split(':')[0]))].join('+');
      count(stats, `na15 merged into ${kinds.replace(/\+na15$/u, '')}`);
      continue;
    }
    if (chosen.length > 1) {
      stats.notes.push(`ambiguous: ${na.sourceKey} ${na.name} ${na.birth} fits several people`);
    } else if (candidates.length > 0) {
      const seen = candidates.map((c) => `${c.drafts[0]?.sourceKey} born ${clusterBirths(c)[0]}`);
      stats.notes.push(
        `same name, birth disagrees, kept apart: ${na.sourceKey} ${na.name} born ${na.birth} ` +
          `vs ${seen.join('; ')}`,
      );
    }
    count(stats, 'na15 elected candidates added as new people');
    out.push({ drafts: [na] });
  }
  return out;
}

function uniqueAliases(name: string, aliases: string[]): string[] {
  const out: string[] = [];
  const keys = new Set([nameKey(name)]);
  for (const a of aliases) {
    const k = nameKey(a);
    if (!keys.has(k)) {
      keys.add(k);
      out.push(a);
    }
  }
  return out;
}

/** Sources from the oldest snapshot to the newest: a newer source wins where they differ. */
const SOURCE_AGE: Record<string, number> = { na15: 0, viwiki: 1, na16: 2 };
const ageOf = (d: Draft) => SOURCE_AGE[d.sourceKey.split(':')[0] ?? ''] ?? 1;

const currentPosts = (d: Draft) => d.positions.filter((p) => p.current).map((p) => p.raw);

/**
 * One person from a cluster. Where the sources differ, the newer source wins (NA XV candidate
 * list, April 2021 < political-net, late 2025 < NA XVI profile, mid-2026) for birth date, gender
 * and hometown, except that a less precise date never replaces one it agrees with; the newest
 * source's current posts replace older "nay" flags (the older posts keep their dates). Every
 * disagreement is recorded in `stats.conflicts` with the value kept.
 */
function personOf(cluster: Cluster, stats: BuildStats): Omit<Person, 'id'> {
  const [first] = cluster.drafts as [Draft, ...Draft[]];
  const person: Omit<Person, 'id'> = {
    name: first.name,
    aliases: [],
    positions: [],
    sources: [],
  };
  const byAge = [...cluster.drafts].sort((a, b) => ageOf(a) - ageOf(b));
  const [oldest, ...newer] = byAge as [Draft, ...Draft[]];
  let { gender, birth, hometown, birthplace } = oldest;
  let birthFrom = oldest.sourceKey;
  let hometownFrom = oldest.sourceKey;
  const aliases: string[] = [];
  for (const d of cluster.drafts) {
    if (d.name !== first.name) aliases.push(d.name);
    aliases.push(...d.aliases);
  }
  // Listed: political-net vs NA XVI. The NA XV lists (2021, pre-2025 place names) are counted.
  const conflict = (
    field: string,
    older: string,
    newerValue: string,
    other: Draft,
    kept: string,
  ) => {
    if (older.startsWith('na15:') || other.sourceKey.startsWith('na15:')) {
      count(stats, `na15 ${field} differing from a newer source (newer kept)`);
      return;
    }
    stats.conflicts.push({
      name: first.name,
      field,
      values: [older, `${other.sourceKey}: ${newerValue}`],
      kept,
    });
  };
  for (const other of newer) {
    if (other.gender) {
      if (gender && gender !== other.gender) {
        stats.notes.push(
          `gender differs: ${first.sourceKey} ${gender} vs ${other.sourceKey} ${other.gender}`,
        );
        conflict('gender', gender, other.gender, other, other.gender);
      } else if (gender) count(stats, 'merged people whose sources agree on gender');
      gender = other.gender;
    }
    if (other.birth) {
      const agree = birth !== undefined && datesAgree(birth, other.birth);
      const next = !agree || other.birth.length > (birth?.length ?? 0) ? other.birth : birth;
      if (birth && !agree) {
        if (!birthFrom.startsWith('na15:')) {
          stats.notes.push(
            `birth differs: ${birthFrom} ${first.name} ${birth} vs ${other.sourceKey} ` +
              `${other.birth} (kept ${other.birth})`,
          );
        }
        conflict('birth date', `${birthFrom}: ${birth}`, other.birth, other, other.birth);
      }
      if (next !== birth) birthFrom = other.sourceKey;
      birth = next;
    }
    if (other.hometown) {
      if (hometown && foldPhrase(hometown) !== foldPhrase(other.hometown)) {
        conflict(
          'hometown',
          `${hometownFrom}: ${hometown}`,
          other.hometown,
          other,
          `${other.hometown} (newer source)`,
        );
      }
      hometown = other.hometown;
      hometownFrom = other.sourceKey;
    }
    if (other.birthplace && !birthplace) birthplace = other.birthplace;
  }
  // Positions: cluster order (political-net first, then the NA XVI profile, then NA XV).
  const newestWithCurrent = [...byAge].reverse().find((d) => currentPosts(d).length > 0);
  for (const d of cluster.drafts) {
    const positions = d.positions.map((p) => ({ ...p }));
    if (newestWithCurrent && d !== newestWithCurrent && currentPosts(d).length > 0) {
      const kept = new Set(currentPosts(newestWithCurrent).map((r) => foldPhrase(r)));
      const dropped = currentPosts(d).filter((r) => !kept.has(foldPhrase(r)));
      if (dropped.length > 0) {
        conflict(
          'current posts',
          `${d.sourceKey}: ${dropped.join(' | ')}`,
          currentPosts(newestWithCurrent).join(' | '),
          newestWithCurrent,
          `${newestWithCurrent.sourceKey}'s current posts (newer dated source)`,
        );
      }
      for (const p of positions) {
        if (p.current) {
          delete p.current;
          count(stats, 'viwiki "nay" flags superseded by na16 current posts');
        }
      }
    }
    person.positions.push(...positions);
    person.sources.push(d.sourceKey);
  }
  for (const p of person.positions) {
    if (p.start !== undefined && p.end !== undefined && comparePartial(p.start, p.end) > 0) {
      stats.notes.push(
        `start after end, end dropped: ${p.source} "${p.raw}" ${p.start} > ${p.end}`,
      );
      count(stats, 'positions whose end preceded their start (end dropped)');
      delete p.end;
    }
  }
  person.aliases = uniqueAliases(person.name, aliases);
  if (gender) person.gender = gender;
  if (birth) person.birth = birth;
  if (hometown) person.hometown = hometown;
  if (birthplace) person.birthplace = birthplace;
  return person;
}

/**
 * Ids: ASCII slug of the name + birth year ("nguyen-van-binh-1961"), or + the Wikipedia page id
 * when the year is unknown. When two people would get the same id, each gets its first source's
 * id appended ("…-1973-3719474", "…-1973-na16-974"), so ids do not depend on the order of
 * people in the sources.
 */
export function assignIds(clusters: Cluster[], stats: BuildStats): Person[] {
  const people = clusters.map((c) => {
    const person = personOf(c, stats);
    const first = c.drafts[0] as Draft;
    const year = person.birth?.slice(0, 4);
    const base = `${slugify(person.name)}-${year ?? slugify(first.idHint)}`;
    const discriminator = first.sourceKey.replace(/^viwiki:/u, '').replace(':', '-');
    return { base, discriminator, person };
  });
  const uses = new Map<string, number>();
  for (const p of people) uses.set(p.base, (uses.get(p.base) ?? 0) + 1);
  const out = people.map(({ base, discriminator, person }) => {
    const id = (uses.get(base) ?? 0) > 1 ? `${base}-${discriminator}` : base;
    if (id !== base) count(stats, 'ids given a source suffix (same name and year)');
    return { id, ...person };
  });
  out.sort((a, b) => compareCodePoints(a.id, b.id));
  return out;
}
