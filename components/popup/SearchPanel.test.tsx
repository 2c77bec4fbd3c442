// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../lib/dataset/types';
import { searchEntriesOf } from '../../lib/search/search-entries';
import { LanguageProvider } from '../i18n';
import { SearchPanel } from './SearchPanel';

const [ENTRY] = searchEntriesOf([
  {
    id: 'to-lam-1957',
    name: 'Tô Lâm',
    aliases: [],
    birth: '1957-07-10',
    positions: [{ raw: 'Tổng Bí thư', current: true, source: 's' }],
    sources: ['s'],
  } satisfies Person,
]);

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(query: string, results: Parameters<typeof SearchPanel>[0]['results']) {
  const root = document.createElement('div');
  document.body.append(root);
  const onOpen = vi.fn();
  const onQuery = vi.fn();
  render(
    <LanguageProvider language="vi">
      <SearchPanel query={query} results={results} onQuery={onQuery} onOpen={onOpen} />
    </LanguageProvider>,
    root,
  );
  return { root, onOpen, onQuery };
}

describe('SearchPanel', () => {
  it('shows each result with its birth year and post; a click or Enter opens it', () => {
    const { root, onOpen } = mount('to lam', [ENTRY!]);
    expect(root.querySelector('[data-testid="search-result"]')?.textContent).toBe(
      'Tô Lâm (1957)Tổng Bí thư',
    );
    root.querySelector<HTMLButtonElement>('[data-testid="search-result"]')!.click();
    expect(onOpen).toHaveBeenLastCalledWith('to-lam-1957');
    onOpen.mockClear();
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(onOpen).toHaveBeenCalledWith('to-lam-1957');
  });

  it('says when the index is not ready, and when nobody matches', () => {
    expect(mount('abc', null).root.textContent).toContain('Đang chuẩn bị tìm kiếm…');
    document.body.innerHTML = '';
    expect(mount('abc', []).root.textContent).toContain('Không tìm thấy ai tên “abc”.');
  });
});
