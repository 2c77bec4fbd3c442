// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RankedPerson } from '../lib/page/rank-people';
import { LanguageProvider } from './i18n';
import { PagePeopleList } from './PagePeopleList';

const PEOPLE: RankedPerson[] = [
  { id: 'a', name: 'Phạm Bình Minh', title: 'Phó Thủ tướng', mentions: 3, confidence: 1, rank: 0 },
  { name: 'Trần Văn Thử', title: 'Giám đốc Sở', mentions: 1, confidence: 0.7, rank: 5 },
];

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(people: RankedPerson[], language: 'vi' | 'en' = 'vi') {
  const root = document.createElement('div');
  document.body.append(root);
  const onJump = vi.fn();
  const onProfile = vi.fn();
  render(
    <LanguageProvider language={language}>
      <PagePeopleList people={people} onJump={onJump} onProfile={onProfile} />
    </LanguageProvider>,
    root,
  );
  return { root, onJump, onProfile };
}

describe('PagePeopleList', () => {
  it('lists names with counts, rank and title; unlinked people say so and have no profile', () => {
    const { root } = mount(PEOPLE, 'en');
    const items = Array.from(root.querySelectorAll('li'));
    expect(items.map((li) => li.querySelector('[data-testid="person-name"]')?.textContent)).toEqual(
      ['Phạm Bình Minh', 'Trần Văn Thử'],
    );
    expect(items[0]!.textContent).toContain('Politburo');
    expect(
      items[0]!.querySelector('[data-testid="mention-count"]')?.getAttribute('aria-label'),
    ).toBe('3 mentions');
    expect(items[1]!.textContent).toContain('Not in the dataset');
    expect(items[1]!.querySelector('[data-testid="open-profile"]')).toBeNull();
  });

  it('asks to jump to a mention, or to open a profile', () => {
    const { root, onJump, onProfile } = mount(PEOPLE);
    root.querySelectorAll<HTMLButtonElement>('[data-testid="jump-to-mention"]')[1]!.click();
    expect(onJump).toHaveBeenCalledWith(PEOPLE[1]);
    root.querySelector<HTMLButtonElement>('[data-testid="open-profile"]')!.click();
    expect(onProfile).toHaveBeenCalledWith('a');
  });

  it('says when nobody was found', () => {
    const { root } = mount([]);
    expect(root.textContent).toBe('Không tìm thấy quan chức nào trên trang này.');
  });
});
