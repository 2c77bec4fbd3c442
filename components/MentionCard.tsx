/**
 * The hover card for one mention. Pure view: data in, an action out (the English toggle);
 * the content script fetches the details and positions it, and the popup can reuse it.
 * Its parts are in components/card/.
 */
import type { Mention } from '../lib/create-recogniser';
import type { ArticleDate } from '../lib/date/article-date';
import { highlightKindOf } from '../dom/highlight-mentions';
import { CARD_CSS } from './card/card-css';
import type { CardDetails } from './card/card-details';
import { PersonCard } from './card/PersonCard';
import { SourcesLine } from './card/SourcesLine';
import { TitleCard } from './card/TitleCard';
import { useText } from './i18n';

export { sourceCredits } from './card/SourcesLine';
export type { CardDetails } from './card/card-details';

export interface MentionCardProps {
  mention: Mention;
  /** What the background answered so far (records, English, holders). */
  details?: CardDetails;
  /** The article's date the mention was read at. */
  articleDate?: ArticleDate;
  /** Show the English of titles and bodies on a person card (the reader's setting). */
  showEnglish?: boolean;
  /** The toggle was pressed: the caller stores the new choice. */
  onToggleEnglish?: (show: boolean) => void;
}

export type CardKind = ReturnType<typeof highlightKindOf>;

export function cardKindOf(mention: Mention): CardKind {
  return highlightKindOf(mention);
}

const KIND_KEYS: Record<CardKind, string> = {
  person: 'card_kindPerson',
  'person-unlinked': 'card_kindUnlinked',
  title: 'card_kindTitle',
  body: 'card_kindBody',
};

export function MentionCard({
  mention,
  details = {},
  articleDate,
  showEnglish = false,
  onToggleEnglish,
}: MentionCardProps) {
  const { t } = useText();
  const kind = cardKindOf(mention);
  const isPerson = mention.kind === 'person';
  const heading = isPerson ? (details.person?.name ?? mention.name ?? mention.text) : mention.text;
  return (
    <div
      class="card"
      data-testid="mention-card"
      data-kind={kind}
      role="dialog"
      aria-labelledby="card-name"
    >
      <div class="head">
        <span class="kind">{t(KIND_KEYS[kind])}</span>
        {isPerson && mention.id && onToggleEnglish ? (
          <button
            type="button"
            class="toggle"
            data-testid="card-english-toggle"
            aria-pressed={showEnglish}
            title={t('card_englishToggleLabel')}
            onClick={() => onToggleEnglish(!showEnglish)}
          >
            {t('card_showEnglish')}
          </button>
        ) : null}
      </div>
      <h2 class="name" id="card-name" data-testid="card-name">
        {heading}
      </h2>
      {isPerson ? (
        <PersonCard
          mention={mention}
          details={details}
          articleDate={articleDate}
          showEnglish={showEnglish}
        />
      ) : (
        <TitleCard mention={mention} details={details} day={articleDate?.date} />
      )}
      <SourcesLine
        sources={details.person?.sources}
        asOf={details.asOf}
        articleDate={articleDate}
      />
    </div>
  );
}

/** Styles for the card inside its shadow root. */
export const MENTION_CARD_CSS = CARD_CSS;
