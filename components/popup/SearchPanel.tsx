/** Search across the whole dataset (see lib/search/people-index.ts). Pure view. */
import type { SearchEntry } from '../../lib/search/people-index';
import { useText } from '../i18n';

export interface SearchPanelProps {
  query: string;
  /** null while the index is being built. */
  results: readonly SearchEntry[] | null;
  onQuery(query: string): void;
  onOpen(id: string): void;
}

export function SearchPanel({ query, results, onQuery, onOpen }: SearchPanelProps) {
  const { t } = useText();
  const searching = query.trim() !== '';
  return (
    <div class="search">
      <form
        role="search"
        aria-label={t('popup_searchLabel')}
        onSubmit={(event) => {
          // Enter opens the first result.
          event.preventDefault();
          if (results?.[0]) onOpen(results[0].id);
        }}
      >
        <input
          type="search"
          class="search-input"
          data-testid="search-input"
          placeholder={t('popup_searchPlaceholder')}
          aria-label={t('popup_searchLabel')}
          value={query}
          onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
          autoComplete="off"
          spellcheck={false}
        />
      </form>
      {searching && results === null ? <p class="status">{t('popup_searchPreparing')}</p> : null}
      {searching && results?.length === 0 ? (
        <p class="status" data-testid="search-empty">
          {t('popup_searchNoResult', query.trim())}
        </p>
      ) : null}
      {searching && results?.length ? (
        <ul class="results" data-testid="search-results">
          {results.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                class="result"
                data-testid="search-result"
                onClick={() => onOpen(r.id)}
              >
                <span class="name" data-testid="result-name">
                  {r.name}
                </span>
                {r.birth ? <span class="muted"> ({r.birth.slice(0, 4)})</span> : null}
                {r.post ? <span class="title">{r.post}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
