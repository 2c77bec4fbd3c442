/**
 * The popup's profile of one person: who they are, Party rank by term, the posts held now and
 * the whole career, newest first (the hover card's PostList and CareerTimeline). Pure view.
 */
import type { MembershipBody, Person } from '../../lib/dataset/types';
import { CareerTimeline } from '../card/CareerTimeline';
import { postsNow } from '../card/person-facts';
import { PostList } from '../card/PostList';
import { useText } from '../i18n';

export interface PersonProfileProps {
  person: Person;
  /** The dataset's as-of date: posts in force then count as held now. */
  asOf?: string;
  onBack(): void;
}

const BODY_KEYS: Record<MembershipBody, string> = {
  'Bộ Chính trị': 'popup_rankPolitburo',
  'Ban Bí thư': 'popup_rankSecretariat',
  'Ban Chấp hành Trung ương': 'popup_rankCentral',
  'Ban Chấp hành Trung ương (dự khuyết)': 'popup_rankCentralAlternate',
};

/** "1961-03-04" → "04/03/1961", "2016-04" → "04/2016". */
export const displayDate = (date: string): string => date.split('-').reverse().join('/');

export function PersonProfile({ person, asOf, onBack }: PersonProfileProps) {
  const { t } = useText();
  const ranks = new Map<string, string[]>();
  for (const m of person.memberships ?? []) {
    const list = ranks.get(m.body) ?? [];
    if (!list.includes(m.term)) list.push(m.term);
    ranks.set(m.body, list);
  }
  return (
    <section class="profile" data-testid="profile" aria-labelledby="profile-name">
      <button type="button" class="back" data-testid="profile-back" onClick={onBack}>
        <span aria-hidden="true">‹ </span>
        {t('popup_back')}
      </button>
      <h2 id="profile-name" class="profile-name" data-testid="profile-name">
        {person.name}
      </h2>
      <dl class="facts">
        {person.birth ? (
          <>
            <dt>{t('popup_born')}</dt>
            <dd>{displayDate(person.birth)}</dd>
          </>
        ) : null}
        {person.hometown ? (
          <>
            <dt>{t('popup_hometown')}</dt>
            <dd>{person.hometown}</dd>
          </>
        ) : null}
        {[...ranks].map(([body, terms]) => (
          <>
            <dt key={`${body}-dt`}>{t(BODY_KEYS[body as MembershipBody])}</dt>
            <dd key={`${body}-dd`}>{t('popup_terms', terms.join(', '))}</dd>
          </>
        ))}
        {person.naTerms?.length ? (
          <>
            <dt>{t('popup_nationalAssembly')}</dt>
            <dd>{t('popup_terms', person.naTerms.join(', '))}</dd>
          </>
        ) : null}
      </dl>
      <PostList
        label={t('card_postNow')}
        posts={postsNow(person, asOf)}
        empty={t('card_noPostNow')}
        testId="profile-now"
        limit={Infinity}
      />
      {/* The whole career, the card's timeline without its limit. */}
      <CareerTimeline positions={person.positions} limit={Infinity} heading={t('popup_timeline')} />
      {person.positions.length === 0 ? <p class="status">{t('popup_noPositions')}</p> : null}
    </section>
  );
}
