/**
 * The card of a person: the name, birth year and hometown, the title read on the page, the
 * post held on the article's date and now, Party rank, a short career and, for a homonym,
 * the others and why this one was chosen. An unlinked titled person shows the title read
 * from the page.
 */
import type { Mention } from '../../lib/create-recogniser';
import type { ArticleDate } from '../../lib/date/article-date';
import { useText } from '../i18n';
import { englishFrom, type CardDetails } from './card-details';
import { CareerTimeline } from './CareerTimeline';
import { HomonymNote } from './HomonymNote';
import { PartyRank } from './PartyRank';
import { displayDate, postsNow, postsOn, shortHometown, yearOf } from './person-facts';
import { PostList } from './PostList';

export interface PersonCardProps {
  mention: Mention;
  details: CardDetails;
  articleDate?: ArticleDate;
  showEnglish: boolean;
}

export function PersonCard({ mention, details, articleDate, showEnglish }: PersonCardProps) {
  const { t } = useText();
  const { person, asOf } = details;
  const englishOf = showEnglish ? englishFrom(details.terms) : undefined;
  const born = yearOf(person?.birth);
  const hometown = person ? shortHometown(person, t('card_nowWord')) : undefined;
  const day = articleDate?.date;
  const onDate = person && day ? postsOn(person, day, asOf) : [];
  const now = person ? postsNow(person, asOf) : [];
  const sameAsOnDate =
    now.length > 0 && now.length === onDate.length && now.every((p, i) => p === onDate[i]);
  const others = details.alternatives ?? mention.alternatives ?? [];
  return (
    <>
      {born || hometown ? (
        <div class="facts" data-testid="card-facts">
          {[born ? t('card_born', born) : '', hometown ? t('card_hometown', hometown) : '']
            .filter(Boolean)
            .join(' · ')}
        </div>
      ) : null}
      {mention.title ? (
        <div class="subtitle">
          <span class="on-page">{t('card_onPage')} </span>
          <span data-testid="card-title">{mention.title}</span>
        </div>
      ) : null}
      {!mention.id && !mention.alternatives?.length ? (
        <p class="muted">{t('card_unlinkedNote')}</p>
      ) : null}
      {/* Before the posts: which person this is matters before what they held. */}
      <HomonymNote chosen={mention.id !== undefined} because={mention.because} others={others} />
      {person && day ? (
        <PostList
          testId="card-post-on-date"
          label={t('card_postOnDate', displayDate(day))}
          posts={onDate}
          empty={t('card_noPostOnDate')}
          englishOf={englishOf}
        />
      ) : null}
      {person && asOf && day !== asOf ? (
        sameAsOnDate ? (
          <section class="section" data-testid="card-post-now">
            <h3 class="label">{t('card_postNow')}</h3>
            <p class="muted">{t('card_sameAsOnDate')}</p>
          </section>
        ) : (
          <PostList
            testId="card-post-now"
            label={t('card_postNow')}
            posts={now}
            empty={t('card_noPostNow')}
            englishOf={englishOf}
          />
        )
      ) : null}
      {person ? <PartyRank person={person} /> : null}
      {person ? <CareerTimeline positions={person.positions} englishOf={englishOf} /> : null}
    </>
  );
}
