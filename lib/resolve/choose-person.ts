/**
 * Resolution: which dataset person a name on the page is, and what they held on the
 * article's date. Homonyms are told apart by the titles and bodies read around the name,
 * weighed by whether the person held them on the article's date.
 */
import { foldPhrase } from '../text/fold-text';
import { isInForce } from '../date/partial-date';
import type { NamedPerson } from '../recognise/build-index';

export interface Choice {
  id?: string;
  /** 0..1 share of the evidence that went to the chosen person. */
  certainty: number;
  alternatives: string[];
}

type Post = NonNullable<NamedPerson['posts']>[number];

/** Posts held on `day` (YYYY-MM-DD), in the dataset's order. */
export function postsAt(person: NamedPerson, day: string): Post[] {
  return (person.posts ?? []).filter((post) => isInForce(post, day));
}

/**
 * Scores each candidate by the context phrases (folded title heads and bodies read on the
 * page) that appear in their posts; a post held on the article's date counts double.
 * Returns the single best candidate, or no id when the evidence does not separate them.
 */
export function choosePerson(
  candidates: readonly NamedPerson[],
  context: readonly string[],
  day: string | undefined,
): Choice {
  const ids = candidates.map((c) => c.id);
  if (candidates.length === 1) return { id: ids[0], certainty: 1, alternatives: [] };
  const phrases = context.map(foldPhrase).filter((p) => p.length > 0);
  const scores = candidates.map((person) => {
    let score = 0;
    for (const post of person.posts ?? []) {
      const raw = ` ${foldPhrase(post.raw)} `;
      const hits = phrases.filter((p) => raw.includes(` ${p} `)).length;
      if (hits === 0) continue;
      score += hits * (day !== undefined && isInForce(post, day) ? 2 : 1);
    }
    return score;
  });
  const best = Math.max(...scores);
  const winners = scores.filter((s) => s === best).length;
  if (best === 0 || winners > 1) return { certainty: 0, alternatives: ids };
  const index = scores.indexOf(best);
  const total = scores.reduce((a, b) => a + b, 0);
  return {
    id: ids[index],
    certainty: best / total,
    alternatives: ids.filter((_, k) => k !== index),
  };
}
