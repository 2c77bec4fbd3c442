/**
 * A labelled list of posts: what a person held on the article's date, or holds now. Each post
 * as the source wrote it, its years, and its English when asked for.
 */
import type { Position } from '../../lib/dataset/types';
import { useText } from '../i18n';
import { EnglishLine } from './EnglishLine';
import { yearOf } from './person-facts';

export interface PostListProps {
  label: string;
  posts: readonly Position[];
  /** Said instead of the list when it is empty. */
  empty: string;
  englishOf?: (post: Position) => string | undefined;
  testId: string;
  /** At most this many posts (default 3). */
  limit?: number;
}

export function years(post: Position, present: string): string {
  const from = yearOf(post.start);
  const to = post.end ? yearOf(post.end) : post.current ? present : undefined;
  if (!from && !to) return '';
  if (from === to) return from ?? '';
  return `${from ?? '…'}–${to ?? '…'}`;
}

export function PostList({ label, posts, empty, englishOf, testId, limit = 3 }: PostListProps) {
  const { t } = useText();
  return (
    <section class="section" data-testid={testId}>
      <h3 class="label">{label}</h3>
      {posts.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <ul class="posts">
          {posts.slice(0, limit).map((post) => (
            <li key={post.raw}>
              <span class="post">{post.raw}</span>
              {years(post, t('card_present')) ? (
                <span class="years"> · {years(post, t('card_present'))}</span>
              ) : null}
              <EnglishLine text={englishOf?.(post)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
