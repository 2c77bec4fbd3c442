/**
 * "Trên trang này / On this page": the people found on a page, in rank order, with their
 * mention counts. Clicking a name asks the page to show its first mention; the (i) button
 * opens the person's profile. Pure view: actions come in as props.
 */
import type { RankedPerson, Rank } from '../lib/page/rank-people';
import { useText } from './i18n';

export interface PagePeopleListProps {
  people: readonly RankedPerson[];
  onJump(person: RankedPerson): void;
  onProfile(id: string): void;
  /** Name of the person whose mention was just asked for and not found, if any. */
  missing?: string;
}

const RANK_KEYS: Partial<Record<Rank, string>> = {
  0: 'popup_rankPolitburo',
  1: 'popup_rankSecretariat',
  2: 'popup_rankCentral',
  3: 'popup_rankCentralAlternate',
};

export function PagePeopleList({ people, onJump, onProfile, missing }: PagePeopleListProps) {
  const { t } = useText();
  if (people.length === 0) {
    return <p class="empty">{t('popup_nobodyOnPage')}</p>;
  }
  return (
    <ul class="people" data-testid="page-people">
      {people.map((p) => {
        const rankKey = RANK_KEYS[p.rank];
        return (
          <li key={p.id ?? p.name} class={p.id ? 'linked' : 'unlinked'} data-rank={p.rank}>
            <button
              type="button"
              class="jump"
              data-testid="jump-to-mention"
              title={t('popup_jumpHint')}
              onClick={() => onJump(p)}
            >
              <span class="row">
                <span class="name" data-testid="person-name">
                  {p.name}
                </span>
                <span
                  class="count"
                  data-testid="mention-count"
                  aria-label={t('popup_mentionCount', p.mentions)}
                >
                  {p.mentions}×
                </span>
              </span>
              {rankKey ? <span class="rank">{t(rankKey)}</span> : null}
              {p.title ? <span class="title">{p.title}</span> : null}
              {p.id ? null : <span class="note">{t('popup_notInDataset')}</span>}
            </button>
            {p.id ? (
              <button
                type="button"
                class="profile-button"
                data-testid="open-profile"
                aria-label={t('popup_openProfile', p.name)}
                title={t('popup_openProfile', p.name)}
                onClick={() => onProfile(p.id!)}
              >
                <span aria-hidden="true">›</span>
              </button>
            ) : null}
            {missing === (p.id ?? p.name) ? (
              <span class="note" role="status">
                {t('popup_mentionGone')}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
