import type { Mention } from '../recognise/mention';

/** One person found on a page, as the popup lists them. */
export interface PagePerson {
  id?: string;
  name: string;
  title?: string;
  mentions: number;
  confidence: number;
}

/** The people on the page, in order of first mention, each with its mention count. */
export function summarisePeople(mentions: readonly Mention[]): PagePerson[] {
  const byKey = new Map<string, PagePerson>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const key = m.id ?? `?${m.name ?? m.text}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.mentions++;
      seen.title ??= m.title;
      seen.confidence = Math.max(seen.confidence, m.confidence);
    } else {
      byKey.set(key, {
        ...(m.id ? { id: m.id } : {}),
        name: m.name ?? m.text,
        ...(m.title ? { title: m.title } : {}),
        mentions: 1,
        confidence: m.confidence,
      });
    }
  }
  return [...byKey.values()];
}
