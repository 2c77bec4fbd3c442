/** The card's footer: the sources of what it shows (with their licences), the dataset's as-of
 * date, and the date the page was read at. */
import type { ArticleDate } from '../../lib/date/article-date';
import type { Translate } from '../../lib/i18n/translate';
import { useText } from '../i18n';
import { displayDate } from './person-facts';

/** Source key prefixes credited on the card (with the derived data's licences, in _locales). */
const KNOWN_SOURCES = new Set(['viwiki', 'na15', 'na16']);

/** The credits of a person's sources, each source kind once, in the reader's language. */
export function sourceCredits(sources: readonly string[], t: Translate): string[] {
  const kinds = [...new Set(sources.map((s) => s.split(':')[0]!))];
  return kinds.map((kind) => (KNOWN_SOURCES.has(kind) ? t(`card_source_${kind}`) : kind));
}

export interface SourcesLineProps {
  sources?: readonly string[];
  asOf?: string;
  articleDate?: ArticleDate;
}

export function SourcesLine({ sources, asOf, articleDate }: SourcesLineProps) {
  const { t } = useText();
  return (
    <footer class="footer">
      {articleDate ? (
        <div data-testid="card-date">
          {t(
            articleDate.source === 'today' ? 'card_dateToday' : 'card_dateArticle',
            displayDate(articleDate.date),
          )}
        </div>
      ) : null}
      {sources?.length || asOf ? (
        <div data-testid="card-sources">
          {[
            sources?.length ? t('card_sources', sourceCredits(sources, t).join('; ')) : '',
            asOf ? t('card_datasetAsOf', displayDate(asOf)) : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </div>
      ) : null}
    </footer>
  );
}
