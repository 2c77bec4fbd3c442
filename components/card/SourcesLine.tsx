/** The card's footer: the sources of what it shows (with their licences), the dataset's as-of
 * date, and the date the page was read at. */
import type { ArticleDate } from '../../lib/date/article-date';
import { useText } from '../i18n';
import { displayDate } from './person-facts';

/** How each source key prefix is credited on the card (the derived data's licences). */
const SOURCE_NAMES: Record<string, string> = {
  viwiki: 'Wikipedia tiếng Việt (CC BY-SA)',
  na16: 'Hồ sơ ĐBQH khóa XVI (CC BY)',
  na15: 'Danh sách ứng cử ĐBQH khóa XV (CC BY)',
};

/** The credits of a person's sources, each source kind once. */
export function sourceCredits(sources: readonly string[]): string[] {
  const kinds = [...new Set(sources.map((s) => s.split(':')[0]!))];
  return kinds.map((kind) => SOURCE_NAMES[kind] ?? kind);
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
            sources?.length ? t('card_sources', sourceCredits(sources).join('; ')) : '',
            asOf ? t('card_datasetAsOf', displayDate(asOf)) : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </div>
      ) : null}
    </footer>
  );
}
