/**
 * Resolution: which dataset person a name on the page is. Homonyms are told apart by the
 * titles and bodies read around the name, weighed by whether the person held them on the
 * article's date (a "nguyên"/"cựu"/"cố" title by whether they had held it before that date,
 * a "tân" one by whether it had just begun). With no title to go on, the date alone decides
 * only when exactly one of them held any post on it.
 */
import { foldPhrase } from '../text/fold-text';
import type { NamedPerson } from '../recognise/build-index';
import { endedBy, heldOn, newOn, postMatches, postsHeldOn, type DatedPost } from './post-at-date';

/** Why a person was chosen; shown on the card. */
export type Because =
  /** Nobody else in the dataset has this name. */
  | 'only-candidate'
  /** The titles or bodies around the name match this person's posts (weighed by the date). */
  | 'title-on-page'
  /** No title on the page; this was the only namesake holding a post on the article's date. */
  | 'held-post-on-date'
  /** Bare here; the same name was told apart by its titles elsewhere on the page. */
  | 'same-name-on-page'
  /** A given name ("ông Thăng") after this person's full name on the page. */
  | 'short-reference';

export interface Choice {
  id?: string;
  /** 0..1 share of the evidence that went to the chosen person. */
  certainty: number;
  alternatives: string[];
  because?: Because;
}

/** A title or body read around a name. */
export interface ContextTitle {
  /** The title as composed on the page ("Bí thư Thành ủy Thành phố Hồ Chí Minh"), if any. */
  office?: string;
  /** The body alone ("Ban Kinh tế Trung ương"), if any. */
  body?: string;
  /** "nguyên", "cựu", "cố": held before the article's date. */
  former?: boolean;
  /** "tân": newly appointed. */
  isNew?: boolean;
}

export interface ChooseOptions {
  /** See PostOptions.currentFrom. */
  currentFrom?: string;
}

/** Certainty given when only the date separated the namesakes. */
const DATE_ONLY_CERTAINTY = 0.6;

type Post = NonNullable<NamedPerson['posts']>[number];

/** Posts held on `day` (YYYY-MM-DD), the most senior first (see post-at-date.ts). */
export function postsAt(person: NamedPerson, day: string, currentFrom?: string): Post[] {
  return postsHeldOn(person.posts, day, { currentFrom });
}

const rawCache = new WeakMap<DatedPost, string>();
function foldedRaw(post: DatedPost): string {
  let raw = rawCache.get(post);
  if (raw === undefined) rawCache.set(post, (raw = ` ${foldPhrase(post.raw)} `));
  return raw;
}

/** How well one post answers one title read on the page, weighed by the date. */
function weigh(
  post: DatedPost,
  item: { office: string; body: string; former: boolean; isNew: boolean },
  day: string | undefined,
  currentFrom: string | undefined,
): number {
  let match = 0;
  if (item.office && postMatches(post, item.office)) match = 1;
  else if (item.body && foldedRaw(post).includes(` ${item.body} `)) match = 0.5;
  if (match === 0) return 0;
  if (day === undefined) return match;
  if (item.former) {
    if (endedBy(post, day)) return 2 * match;
    return heldOn(post, day, currentFrom) ? 0.25 * match : match;
  }
  if (item.isNew) {
    if (newOn(post, day, currentFrom)) return 3 * match;
    return heldOn(post, day, currentFrom) ? 2 * match : 0.5 * match;
  }
  return heldOn(post, day, currentFrom) ? 2 * match : match;
}

/**
 * Scores each candidate by the titles and bodies read around the name: for each one, the
 * best of the candidate's posts that it names, weighed by the date. Returns the single best
 * candidate, or no id when the evidence does not separate them.
 */
export function choosePerson(
  candidates: readonly NamedPerson[],
  context: readonly ContextTitle[],
  day: string | undefined,
  options: ChooseOptions = {},
): Choice {
  const ids = candidates.map((c) => c.id);
  if (candidates.length === 1) {
    return { id: ids[0], certainty: 1, alternatives: [], because: 'only-candidate' };
  }
  const items = context
    .map((c) => ({
      office: c.office ? foldPhrase(c.office) : '',
      body: c.body ? foldPhrase(c.body) : '',
      former: c.former === true,
      isNew: c.isNew === true,
    }))
    .filter((c) => c.office !== '' || c.body !== '');
  const scores = candidates.map((person) => {
    let score = 0;
    for (const item of items) {
      let best = 0;
      for (const post of person.posts ?? []) {
        best = Math.max(best, weigh(post, item, day, options.currentFrom));
      }
      score += best;
    }
    return score;
  });
  const best = Math.max(...scores);
  if (best === 0) return chooseByDate(candidates, day, options);
  const winners = scores.filter((s) => s === best).length;
  if (winners > 1) return { certainty: 0, alternatives: ids };
  const index = scores.indexOf(best);
  const total = scores.reduce((a, b) => a + b, 0);
  return {
    id: ids[index],
    certainty: best / total,
    alternatives: ids.filter((_, k) => k !== index),
    because: 'title-on-page',
  };
}

/**
 * No title to go on: the one namesake who held any post on the date, if only one did and
 * every other one has dated posts that say they held none then. A namesake whose posts carry
 * no dates at all (some sources list posts without them) could have held anything: no choice.
 */
function chooseByDate(
  candidates: readonly NamedPerson[],
  day: string | undefined,
  options: ChooseOptions,
): Choice {
  const ids = candidates.map((c) => c.id);
  if (day === undefined) return { certainty: 0, alternatives: ids };
  const active = candidates.filter((p) =>
    (p.posts ?? []).some((post) => heldOn(post, day, options.currentFrom)),
  );
  const undated = candidates.some((p) => !(p.posts ?? []).some((post) => post.start ?? post.end));
  if (active.length !== 1 || undated) return { certainty: 0, alternatives: ids };
  const id = active[0]!.id;
  return {
    id,
    certainty: DATE_ONLY_CERTAINTY,
    alternatives: ids.filter((x) => x !== id),
    because: 'held-post-on-date',
  };
}
