/**
 * The popup's profile of one person: who they are, Party rank by term, and the full timeline
 * of their posts, newest first. Pure view.
 */
import type { MembershipBody, Person, Position } from '../../lib/dataset/types';
import { useText } from '../i18n';

export interface PersonProfileProps {
  person: Person;
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

/** Party rank by term ("Ủy viên Bộ Chính trị: Khóa XII, XIII"), shown with the facts instead. */
const PARTY_RANK =
  /^(Ủy viên|Uỷ viên) (Bộ Chính trị|Ban Bí thư|Trung ương|Ban Chấp hành Trung ương|dự khuyết)|^Bí thư Trung ương Đảng/u;

/**
 * The posts, newest first: current ones, then by start (undated last), keeping the dataset's
 * order on ties; Party rank by term is left out (the facts above list it).
 */
export function timelineOf(positions: readonly Position[]): Position[] {
  return positions
    .filter((p) => !(p.start === undefined && PARTY_RANK.test(p.raw.normalize('NFC'))))
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        Number(b.p.current === true) - Number(a.p.current === true) ||
        (b.p.start ?? '').localeCompare(a.p.start ?? '') ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}

export function PersonProfile({ person, onBack }: PersonProfileProps) {
  const { t } = useText();
  const ranks = new Map<string, string[]>();
  for (const m of person.memberships ?? []) {
    const list = ranks.get(m.body) ?? [];
    if (!list.includes(m.term)) list.push(m.term);
    ranks.set(m.body, list);
  }
  const timeline = timelineOf(person.positions);
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
      <h3>{t('popup_timeline')}</h3>
      {timeline.length === 0 ? (
        <p class="status">{t('popup_noPositions')}</p>
      ) : (
        <ol class="timeline" data-testid="profile-timeline">
          {timeline.map((p, i) => (
            <li key={i} class={p.current ? 'current' : undefined}>
              <span class="when">
                {p.start ? `${displayDate(p.start)} – ` : p.end ? '… – ' : ''}
                {p.current ? t('popup_present') : p.end ? displayDate(p.end) : ''}
              </span>
              <span class="what">{p.raw}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
