// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../lib/dataset/types';
import { LanguageProvider } from '../i18n';
import { PersonProfile, timelineOf } from './PersonProfile';

const PERSON: Person = {
  id: 'a-1960',
  name: 'Nguyễn Văn A',
  aliases: [],
  birth: '1960-03-04',
  positions: [
    { raw: 'Bộ trưởng Bộ X', start: '2016-04', end: '2021-04', source: 's' },
    { raw: 'Phó Thủ tướng', start: '2021-04', current: true, source: 's' },
    { raw: 'Ủy viên Bộ Chính trị: Khóa XIII', current: true, terms: ['XIII'], source: 's' },
    { raw: 'Thứ trưởng Bộ X', start: '2010', end: '2016', source: 's' },
  ],
  memberships: [{ body: 'Bộ Chính trị', term: 'XIII', source: 's' }],
  sources: ['s'],
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PersonProfile', () => {
  it('orders the timeline newest first and leaves Party rank to the facts', () => {
    expect(timelineOf(PERSON.positions).map((p) => p.raw)).toEqual([
      'Phó Thủ tướng',
      'Bộ trưởng Bộ X',
      'Thứ trưởng Bộ X',
    ]);
  });

  it('shows the facts and the timeline in the chosen language, and goes back', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onBack = vi.fn();
    render(
      <LanguageProvider language="en">
        <PersonProfile person={PERSON} onBack={onBack} />
      </LanguageProvider>,
      root,
    );
    const text = root.textContent ?? '';
    expect(text).toContain('04/03/1960');
    expect(text).toContain('Politburo');
    expect(text).toContain('term XIII');
    const items = Array.from(root.querySelectorAll('[data-testid="profile-timeline"] li'), (li) =>
      li.textContent?.replace(/\s+/g, ' '),
    );
    expect(items[0]).toBe('04/2021 – presentPhó Thủ tướng');
    expect(items[1]).toBe('04/2016 – 04/2021Bộ trưởng Bộ X');
    root.querySelector<HTMLButtonElement>('[data-testid="profile-back"]')!.click();
    expect(onBack).toHaveBeenCalledOnce();
  });
});
