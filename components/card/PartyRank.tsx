/** Party rank: Politburo, Secretariat, Central Committee, each with its Congress terms. */
import type { MembershipBody, Person } from '../../lib/dataset/types';
import { useText } from '../i18n';
import { partyRanks, termRanges } from './person-facts';

const RANK_KEYS: Record<MembershipBody, string> = {
  'Bộ Chính trị': 'card_rankPolitburo',
  'Ban Bí thư': 'card_rankSecretariat',
  'Ban Chấp hành Trung ương': 'card_rankCentral',
  'Ban Chấp hành Trung ương (dự khuyết)': 'card_rankCentralAlternate',
};

export function PartyRank({ person }: { person: Pick<Person, 'memberships'> }) {
  const { t } = useText();
  const ranks = partyRanks(person);
  if (ranks.length === 0) return null;
  return (
    <section class="section" data-testid="card-party-rank">
      <h3 class="label">{t('card_partyRank')}</h3>
      <ul class="posts">
        {ranks.map(({ body, terms }) => (
          <li key={body}>
            <span class="post">{t(RANK_KEYS[body])}</span>
            <span class="years"> · {t('card_terms', termRanges(terms))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
