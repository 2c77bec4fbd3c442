/**
 * Fetches what a card shows beyond the mention, from the background, as it arrives: the
 * person's record and their namesakes', the dataset's as-of date, the lexicon's English for
 * every post, and who held a title or body's post on the article's date. Answers are cached
 * for the page's life (the dataset does not change under an open page often enough to matter).
 */
import { phrasesOf, type CardDetails } from '../../components/card/card-details';
import type { Mention } from '../../lib/create-recogniser';
import type { Person } from '../../lib/dataset/types';
import type { TermInfo } from '../../lib/lexicon/lookup-term';
import type { HeldBy } from '../../utils/messages';

/** The background's answers the loader needs (utils/messages.ts), passed in so tests can fake them. */
export interface CardBackend {
  getPeople(ids: string[]): Promise<Person[]>;
  getAsOf(): Promise<string>;
  lookupTerms(phrases: string[]): Promise<(TermInfo | null)[]>;
  whoHeld(query: { title?: string; body?: string; date: string }): Promise<HeldBy>;
}

export type LoadDetails = (
  mention: Mention,
  day: string,
  update: (details: CardDetails) => void,
) => Promise<void>;

export function createDetailsLoader(backend: CardBackend): LoadDetails {
  const people = new Map<string, Promise<Person | undefined>>();
  const terms = new Map<string, Promise<TermInfo | null>>();
  const held = new Map<string, Promise<HeldBy>>();
  let asOf: Promise<string> | undefined;

  const person = (id: string) => {
    let found = people.get(id);
    if (!found) {
      found = backend.getPeople([id]).then(
        (list) => list[0],
        () => undefined,
      );
      people.set(id, found);
    }
    return found;
  };
  const lookup = async (phrases: string[]): Promise<Record<string, TermInfo>> => {
    const missing = phrases.filter((p) => !terms.has(p));
    if (missing.length) {
      const answer = backend.lookupTerms(missing).catch(() => missing.map(() => null));
      missing.forEach((phrase, k) =>
        terms.set(
          phrase,
          answer.then((list) => list[k] ?? null),
        ),
      );
    }
    const found: Record<string, TermInfo> = {};
    await Promise.all(
      phrases.map(async (phrase) => {
        const info = await terms.get(phrase);
        if (info) found[phrase] = info;
      }),
    );
    return found;
  };

  return async (mention, day, update) => {
    let details: CardDetails = {};
    const merge = (more: CardDetails) => {
      details = { ...details, ...more };
      update(details);
    };
    asOf ??= backend.getAsOf().catch(() => '');
    const dataAsOf = asOf.then((value) => (value ? merge({ asOf: value }) : undefined));
    if (mention.kind === 'person') {
      const [main, ...others] = await Promise.all(
        [mention.id, ...(mention.alternatives ?? [])].map((id) =>
          id ? person(id) : Promise.resolve(undefined),
        ),
      );
      merge({
        person: main,
        alternatives: others.filter((p): p is Person => p !== undefined),
      });
      merge({ terms: await lookup(phrasesOf([main], [mention.title])) });
    } else {
      const phrases = [mention.title, mention.head, mention.body].filter(
        (p): p is string => p !== undefined,
      );
      const query =
        mention.kind === 'title'
          ? { title: mention.head ?? mention.title ?? mention.text, body: mention.body, date: day }
          : { body: mention.body ?? mention.text, date: day };
      const key = JSON.stringify(query);
      if (!held.has(key)) {
        held.set(
          key,
          backend.whoHeld(query).catch(() => ({ holders: [], total: 0 })),
        );
      }
      const [found, heldBy] = await Promise.all([lookup(phrases), held.get(key)!]);
      merge({ terms: found, heldBy });
    }
    await dataAsOf;
  };
}
