/**
 * A person's career, the most recent post first: years, then the post as the source wrote
 * it, and its English when asked for. Party rank is left to PartyRank.
 *
 * Used by the hover card (a short timeline) and the popup's profile view (the whole career):
 *   <CareerTimeline positions={person.positions} limit={Infinity} englishOf={...} />
 */
import type { Position } from '../../lib/dataset/types';
import { useText } from '../i18n';
import { EnglishLine } from './EnglishLine';
import { careerOf } from './person-facts';
import { years } from './PostList';

export interface CareerTimelineProps {
  /** The person's positions (`Person.positions`), in any order. */
  positions: readonly Position[];
  /** At most this many entries (default 3); the rest are counted ("and 6 more posts"). */
  limit?: number;
  /** The English of a post, shown under it when given and defined. */
  englishOf?: (post: Position) => string | undefined;
  /** Heading above the list (default: "Career" in the reader's language); null for none. */
  heading?: string | null;
}

export function CareerTimeline({ positions, limit = 3, englishOf, heading }: CareerTimelineProps) {
  const { t } = useText();
  const career = careerOf({ positions: [...positions] });
  if (career.length === 0) return null;
  const shown = career.slice(0, limit);
  return (
    <section class="section" data-testid="career-timeline">
      {heading === null ? null : <h3 class="label">{heading ?? t('card_career')}</h3>}
      <ol class="timeline">
        {shown.map((post) => (
          <li key={`${post.raw}|${post.start ?? ''}`}>
            <span class="when">{years(post, t('card_present'))}</span>
            <span class="what">
              <span class="post">{post.raw}</span>
              <EnglishLine text={englishOf?.(post)} />
            </span>
          </li>
        ))}
      </ol>
      {career.length > shown.length ? (
        <p class="muted more">{t('card_moreCareer', career.length - shown.length)}</p>
      ) : null}
    </section>
  );
}
