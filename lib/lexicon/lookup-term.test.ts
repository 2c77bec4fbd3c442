import { describe, expect, it } from 'vitest';
import { BUNDLED_LEXICON } from './bundled-lexicon';
import { englishOfPost, termLookup } from './lookup-term';

const lookup = termLookup(BUNDLED_LEXICON);

describe('termLookup', () => {
  it('finds a body by a variant spelling and says what took it over', () => {
    const info = lookup('Ban Tuyên giáo TW');
    expect(info?.vi).toBe('Ban Tuyên giáo Trung ương');
    expect(info?.successors?.[0]?.body).toBe('Ban Tuyên giáo và Dân vận Trung ương');
  });

  it('ignores old tone placement', () => {
    expect(lookup('Uỷ viên Bộ Chính trị')?.en).toBe(lookup('Ủy viên Bộ Chính trị')?.en);
  });

  it('knows nothing of a phrase outside the lexicon', () => {
    expect(lookup('Câu lạc bộ bóng đá')).toBeUndefined();
  });
});

describe('englishOfPost', () => {
  it('uses the whole post when the lexicon has it', () => {
    expect(englishOfPost(lookup, { raw: 'Bộ trưởng', title: 'Bộ trưởng' })).toBe('Minister');
  });

  it('joins title and body otherwise, without the title head notes', () => {
    const en = englishOfPost(lookup, {
      raw: 'Trưởng ban Kinh tế Trung ương Đảng nhiệm kỳ đầu',
      title: 'Trưởng ban',
      body: 'Ban Kinh tế Trung ương',
    });
    expect(en).toMatch(/^Chairman \/ Head, .*Economic/);
  });

  it('says nothing when no part is known', () => {
    expect(englishOfPost(lookup, { raw: 'Giám đốc sở thú' })).toBeUndefined();
  });
});
