/**
 * Several people in the dataset share the name: who the others are (birth year and a post),
 * and why this one was chosen, or that the page does not say.
 */
import type { Person } from '../../lib/dataset/types';
import { useText } from '../i18n';
import { careerOf, yearOf } from './person-facts';

export interface HomonymNoteProps {
  /** Whether a person was chosen (a linked mention) or the name stayed ambiguous. */
  chosen: boolean;
  /** The engine's reason for its choice (lib/resolve/choose-person.ts `Because`), if it gave one. */
  because?: string;
  /** The other people sharing the name (records, or ids while they load). */
  others: readonly (Person | string)[];
}

export function HomonymNote({ chosen, because, others }: HomonymNoteProps) {
  const { t } = useText();
  if (others.length === 0) return null;
  const reason = !chosen
    ? t('card_homonymUnresolved')
    : because
      ? t(`card_because_${because.replace(/-/g, '_')}`)
      : t('card_because_title_on_page');
  return (
    <section class="section homonyms" data-testid="card-homonyms">
      <h3 class="label">{t('card_homonym', others.length + (chosen ? 1 : 0))}</h3>
      <p class="reason" data-testid="card-homonym-reason">
        {reason}
      </p>
      <ul class="posts">
        {others.slice(0, 4).map((other) =>
          typeof other === 'string' ? (
            <li key={other}>{other}</li>
          ) : (
            <li key={other.id}>
              <span class="post">
                {other.name}
                {other.birth ? ` (${yearOf(other.birth)})` : ''}
              </span>
              {careerOf(other)[0] ? <span class="years"> · {careerOf(other)[0]!.raw}</span> : null}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
