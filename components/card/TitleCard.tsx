/**
 * The card of a title ("Trưởng Ban Kinh tế Trung ương") or a body ("Bộ Ngoại giao"): its
 * English, what it is (when the body existed, what took it over), and who held the post on
 * the article's date.
 */
import type { Mention } from '../../lib/create-recogniser';
import type { TermInfo } from '../../lib/lexicon/lookup-term';
import { useText } from '../i18n';
import type { CardDetails } from './card-details';
import { displayDate, yearOf } from './person-facts';

export interface TitleCardProps {
  mention: Mention;
  details: CardDetails;
  /** The article's date (YYYY-MM-DD) the holders are for. */
  day?: string;
}

/** The lexicon entry of the mention's body (or of the title's body), if known. */
function bodyInfo(mention: Mention, terms: CardDetails['terms']): TermInfo | undefined {
  return mention.body ? terms?.[mention.body] : undefined;
}

/** The English of a title or body mention: the engine's, else the lexicon's. */
export function mentionEnglish(mention: Mention, terms: CardDetails['terms']): string | undefined {
  if (mention.en) return mention.en;
  const whole = mention.title ? terms?.[mention.title] : undefined;
  if (whole) return whole.en;
  const head = mention.head ? terms?.[mention.head]?.en.replace(/\s*\([^)]*\)/g, '') : undefined;
  const body = bodyInfo(mention, terms)?.en;
  if (head && body) return `${head}, ${body}`;
  return head ?? body;
}

export function TitleCard({ mention, details, day }: TitleCardProps) {
  const { t } = useText();
  const english = mentionEnglish(mention, details.terms);
  const body = bodyInfo(mention, details.terms);
  const held = details.heldBy;
  const { holder } = mention;
  return (
    <>
      {mention.title && mention.title !== mention.text ? (
        <div class="subtitle" data-testid="card-title">
          {mention.title}
        </div>
      ) : null}
      {english ? (
        <div class="translation" lang="en" data-testid="card-translation">
          {english}
        </div>
      ) : null}
      {mention.kind === 'title' && !mention.body ? (
        <p class="muted">{t('card_aboutTitle')}</p>
      ) : null}
      {body && (body.validFrom || body.validTo || body.successors?.length) ? (
        <section class="section" data-testid="card-body-about">
          <h3 class="label">{body.vi}</h3>
          <p class="muted">
            {[
              body.validFrom ? t('card_validFrom', yearOf(body.validFrom)!) : '',
              body.validTo ? t('card_validTo', displayDate(body.validTo)) : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {body.successors?.map((s) => (
            <p class="muted" key={s.body}>
              {t('card_successor', s.body, displayDate(s.date))}
            </p>
          ))}
        </section>
      ) : null}
      {day ? (
        <section class="section" data-testid="card-holders">
          <h3 class="label">
            {t(mention.kind === 'body' ? 'card_bodyHolders' : 'card_holders', displayDate(day))}
          </h3>
          {held === undefined && !holder ? (
            <p class="muted">{t('card_loading')}</p>
          ) : held?.holders.length || holder ? (
            <ul class="posts">
              {[
                // The engine's answer (the head of the body, or the one holder of a title) first.
                ...(holder && !held?.holders.some((h) => h.id === holder.id)
                  ? [{ id: holder.id, name: holder.name, raw: mention.office ?? '' }]
                  : []),
                ...(held?.holders ?? []),
              ].map((h) => (
                <li key={h.id}>
                  <span class="post">{h.name}</span>
                  {h.raw && mention.kind === 'body' ? <span class="years"> · {h.raw}</span> : null}
                </li>
              ))}
              {held && held.total > held.holders.length ? (
                <li class="muted">{t('card_andMore', held.total - held.holders.length)}</li>
              ) : null}
            </ul>
          ) : (
            <p class="muted">{t('card_noHolder')}</p>
          )}
        </section>
      ) : null}
    </>
  );
}
