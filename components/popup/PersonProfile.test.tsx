// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../lib/dataset/types';
import { LanguageProvider } from '../i18n';
import { PersonProfile } from './PersonProfile';

const PERSON: Person = {
  id: 'a-1960',
  name: 'Nguyễn Văn A',
  aliases: [],
  birth: '1960-03-04',
  positions: [
    { raw: 'Bộ trưởng Bộ X', start: '2016-04', end: '2021-04', source: 's' },
    { raw: 'Phó Thủ tướng', start: '2021-04', current: true, source: 's' },
    { raw: 'Ủy viên Bộ Chính trị', title: 'Ủy viên Bộ Chính trị', current: true, source: 's' },
    { raw: 'Thứ trưởng Bộ X', start: '2010', end: '2016', source: 's' },
    { raw: 'Phó Chủ tịch tỉnh Z', start: '2009', end: '2010', source: 's' },
    { raw: 'Thứ trưởng Bộ Y', start: '2005', end: '2009', source: 's' },
  ],
  memberships: [{ body: 'Bộ Chính trị', term: 'XIII', source: 's' }],
  sources: ['s'],
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PersonProfile', () => {
  it('shows the facts, the posts held now and the whole career, and goes back', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onBack = vi.fn();
    render(
      <LanguageProvider language="en">
        <PersonProfile person={PERSON} onBack={onBack} />
      </LanguageProvider>,
      root,
    );
    const text = (sel: string) => root.querySelector(sel)?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text('.facts')).toContain('04/03/1960');
    expect(text('.facts')).toContain('Politburo');
    expect(text('.facts')).toContain('term XIII');
    expect(text('[data-testid="profile-now"]')).toContain('Phó Thủ tướng');
    expect(text('[data-testid="profile-now"]')).not.toContain('Bộ Chính trị');
    // Every dated post, newest first: no "and N more" as on the hover card.
    const career = Array.from(
      root.querySelectorAll('[data-testid="career-timeline"] li .post'),
      (el) => el.textContent,
    );
    expect(career[0]).toBe('Phó Thủ tướng');
    expect(career.at(-1)).toBe('Thứ trưởng Bộ Y');
    expect(career).toHaveLength(5);
    root.querySelector<HTMLButtonElement>('[data-testid="profile-back"]')!.click();
    expect(onBack).toHaveBeenCalledOnce();
  });
});
