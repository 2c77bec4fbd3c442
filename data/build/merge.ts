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

/**
 * One person from a cluster. Where the sources differ, the National Assembly profile (an
 * official, mid-2026 record) wins for birth date, gender and hometown; its current posts replace
 * political-net's "nay" flags, which describe late 2025 (the older posts keep their dates).
 */
function personOf(cluster: Cluster, stats: BuildStats): Omit<Person, 'id'> {
  const [first, ...rest] = cluster.drafts as [Draft, ...Draft[]];
  const person: Omit<Person, 'id'> = {
    name: first.name,
    aliases: [],
    positions: first.positions.map((p) => ({ ...p })),
    sources: [first.sourceKey],
  };
  let { gender, birth, hometown } = first;
  const aliases = [...first.aliases];
  for (const other of rest) {
    if (other.name !== first.name) aliases.push(other.name);
    aliases.push(...other.aliases);
    if (other.gender) {
      if (gender && gender !== other.gender) {
        stats.notes.push(
          `gender differs: ${first.sourceKey} ${gender} vs ${other.sourceKey} ${other.gender}`,
        );
      } else if (gender) count(stats, 'merged people whose sources agree on gender');
      gender = other.gender;
    }
    if (other.birth) {
      if (birth && birth.length === other.birth.length && birth !== other.birth) {
        stats.notes.push(
          `birth differs: ${first.sourceKey} ${first.name} ${birth} vs ${other.sourceKey} ` +
            `${other.birth} (kept ${other.birth})`,
        );
      }
      if (!birth || !datesAgree(birth, other.birth) || other.birth.length > birth.length)
        birth = other.birth;
    }
    if (other.hometown) hometown = other.hometown;
    if (other.positions.some((p) => p.current)) {
      for (const p of person.positions) {
        if (p.current) {
          delete p.current;
          count(stats, 'viwiki "nay" flags superseded by na16 current posts');
        }
      }
    }
    person.positions.push(...other.positions.map((p) => ({ ...p })));
    person.sources.push(other.sourceKey);
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
