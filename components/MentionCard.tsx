/**
 * The hover card for one mention. Pure view: data in, nothing else; the content script
 * positions it and the popup can reuse it.
 */
import type { Mention } from '../lib/create-recogniser';
import type { Person } from '../lib/dataset/types';
import type { ArticleDate } from '../lib/date/article-date';

export interface MentionCardProps {
  mention: Mention;
  /** The dataset record of a linked person, once the background has answered. */
  person?: Person;
  /** The article's date the mention was read at. */
  articleDate?: ArticleDate;
}

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

/** "2020-07-17" → "17/07/2020", as Vietnamese pages write dates. */
function vietnameseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const KIND_LABEL: Record<Mention['kind'], string> = {
  person: 'Người',
  title: 'Chức danh',
  body: 'Cơ quan',
};

export function MentionCard({ mention, person, articleDate }: MentionCardProps) {
  const heading = mention.kind === 'person' ? (mention.name ?? mention.text) : mention.text;
  const title =
    mention.kind === 'person' ? mention.title : mention.title !== mention.text ? mention.title : '';
  const born = person?.birth?.slice(0, 4);
  return (
    <div class="card" data-testid="mention-card" data-kind={mention.kind} role="tooltip">
      <div class="kind">
        {mention.kind === 'person' && !mention.id
          ? 'Không có trong dữ liệu'
          : KIND_LABEL[mention.kind]}
      </div>
      <div class="name" data-testid="card-name">
        {heading}
      </div>
      {title ? (
        <div class="title" data-testid="card-title">
          {title}
        </div>
      ) : null}
      {mention.en ? <div class="en">{mention.en}</div> : null}
      {born || person?.hometown ? (
        <div class="facts">
          {[born ? `Sinh ${born}` : '', person?.hometown ?? ''].filter(Boolean).join(' · ')}
        </div>
      ) : null}
      {person?.sources.length ? (
        <div class="sources" data-testid="card-sources">
          Nguồn: {sourceCredits(person.sources).join('; ')}
        </div>
      ) : null}
      {articleDate ? (
        <div class="facts" data-testid="card-date">
          {articleDate.source === 'today'
            ? `Theo ngày hôm nay ${vietnameseDate(articleDate.date)}`
            : `Theo ngày bài báo ${vietnameseDate(articleDate.date)}`}
        </div>
      ) : null}
      {mention.alternatives?.length ? (
        <div class="facts">
          Trùng tên: {mention.alternatives.length + (mention.id ? 1 : 0)} người
        </div>
      ) : null}
    </div>
  );
}

/** Styles for the card inside its shadow root (no rem: the page's root font size is not ours). */
export const MENTION_CARD_CSS = `
.card {
  box-sizing: border-box;
  max-width: 340px;
  min-width: 200px;
  padding: 10px 12px;
  border-radius: 8px;
  background: #ffffff;
  color: #1f2328;
  border: 1px solid #d0d7de;
  box-shadow: 0 8px 24px rgba(140, 149, 159, 0.3);
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
}
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: #656d76; }
.name { font-size: 16px; font-weight: 600; margin-top: 2px; }
.title { margin-top: 4px; }
.en { margin-top: 4px; color: #656d76; font-style: italic; }
.facts { margin-top: 6px; font-size: 12px; color: #656d76; }
.sources { margin-top: 6px; font-size: 11px; color: #656d76; }
@media (prefers-color-scheme: dark) {
  .card { background: #161b22; color: #e6edf3; border-color: #30363d; box-shadow: 0 8px 24px #010409; }
  .kind, .en, .facts, .sources { color: #9198a1; }
}
`;
