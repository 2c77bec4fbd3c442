// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../lib/create-recogniser';
import type { Person } from '../lib/dataset/types';
import type { Language } from '../lib/i18n/translate';
import { translatorFor } from '../utils/i18n';
import { LanguageProvider } from './i18n';
import { MentionCard, sourceCredits, type MentionCardProps } from './MentionCard';

const MINH: Person = {
  id: 'pham-binh-minh-1959',
  name: 'Phạm Bình Minh',
  aliases: [],
  birth: '1959-03-26',
  hometown: 'Xã Liên Minh, huyện Vụ Bản, tỉnh Nam Định',
  hometownProvince: 'Ninh Bình',
  positions: [
    {
      raw: 'Phó Thủ tướng Chính phủ',
      title: 'Phó Thủ tướng',
      body: 'Chính phủ',
      start: '2013-11-13',
      end: '2021-09-06',
      source: 'viwiki:611726',
    },
    {
      raw: 'Bộ trưởng Bộ Ngoại giao',
      title: 'Bộ trưởng',
      body: 'Bộ Ngoại giao',
      start: '2011-08-03',
      end: '2021-04-07',
      source: 'viwiki:611726',
    },
    {
      raw: 'Ủy viên Bộ Chính trị khóa XII, XIII',
      title: 'Ủy viên Bộ Chính trị',
      body: 'Bộ Chính trị',
      start: '2016-01-27',
      end: '2022-12-30',
      source: 'viwiki:611726',
    },
  ],
  memberships: [
    { body: 'Bộ Chính trị', term: 'XIII', source: 'viwiki:611726' },
    { body: 'Bộ Chính trị', term: 'XII', source: 'viwiki:611726' },
    { body: 'Ban Chấp hành Trung ương', term: 'XI', source: 'viwiki:611726' },
  ],
  sources: ['viwiki:611726', 'na15:person-8c66f95f51f3'],
};

const MENTION: Mention = {
  start: 0,
  end: 14,
  text: 'Phạm Bình Minh',
  kind: 'person',
  id: MINH.id,
  name: MINH.name,
  title: 'Phó Thủ tướng, Bộ trưởng',
  confidence: 0.97,
};

function draw(props: MentionCardProps, language: Language = 'vi') {
  const root = document.createElement('div');
  render(
    <LanguageProvider language={language}>
      <MentionCard {...props} />
    </LanguageProvider>,
    root,
  );
  const text = (id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
  return { root, text };
}

describe('MentionCard', () => {
  it('credits each kind of source once, with its licence', () => {
    expect(sourceCredits(['viwiki:808161', 'na16:12', 'viwiki:1'], translatorFor('vi'))).toEqual([
      'Wikipedia tiếng Việt (CC BY-SA)',
      'Hồ sơ ĐBQH khóa XVI (CC BY)',
    ]);
  });

  it("shows a person's posts on the article's date and now, rank, career, sources and dates", () => {
    const { text } = draw({
      mention: MENTION,
      details: { person: MINH, asOf: '2026-07-03' },
      articleDate: { date: '2020-07-17', source: 'meta' },
    });
    expect(text('card-name')).toBe('Phạm Bình Minh');
    expect(text('card-title')).toBe('Phó Thủ tướng, Bộ trưởng');
    expect(text('card-facts')).toBe('Sinh năm 1959 · Quê tỉnh Nam Định (nay Ninh Bình)');
    expect(text('card-post-on-date')).toContain('Phó Thủ tướng Chính phủ');
    expect(text('card-post-on-date')).toContain('Bộ trưởng Bộ Ngoại giao');
    // Party rank is not a post: it has its own line, with its terms in order.
    expect(text('card-post-on-date')).not.toContain('Bộ Chính trị');
    expect(text('card-party-rank')).toContain('Ủy viên Bộ Chính trị · khóa XII, XIII');
    expect(text('card-party-rank')).toContain('Ủy viên Trung ương Đảng · khóa XI');
    expect(text('card-post-now')).toContain('Dữ liệu không ghi chức vụ hiện nay.');
    expect(text('career-timeline')).toMatch(/2013–2021.*Phó Thủ tướng Chính phủ.*2011–2021/);
    expect(text('card-sources')).toBe(
      'Nguồn: Wikipedia tiếng Việt (CC BY-SA); Danh sách ứng cử ĐBQH khóa XV (CC BY) · dữ liệu đến 03/07/2026',
    );
    expect(text('card-date')).toBe('Theo ngày bài báo 17/07/2020');
  });

  it('speaks English when the reader chose it, and shows English lines when toggled on', () => {
    const terms = {
      'Phó Thủ tướng Chính phủ': {
        vi: 'Phó Thủ tướng',
        en: 'Deputy Prime Minister',
        kind: 'title' as const,
      },
    };
    const off = draw(
      {
        mention: MENTION,
        details: { person: MINH, terms },
        articleDate: { date: '2020-07-17', source: 'meta' },
      },
      'en',
    );
    expect(off.text('card-date')).toBe("As of the article's date, 17/07/2020");
    expect(off.root.querySelector('[data-testid="card-english"]')).toBeNull();
    const on = draw(
      {
        mention: MENTION,
        details: { person: MINH, terms },
        articleDate: { date: '2020-07-17', source: 'meta' },
        showEnglish: true,
        onToggleEnglish: () => {},
      },
      'en',
    );
    expect(on.text('card-english')).toBe('Deputy Prime Minister');
    expect(
      on.root.querySelector('[data-testid="card-english-toggle"]')?.getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('says an unlinked name is not in the dataset and shows the title read from the page', () => {
    const { text, root } = draw({
      mention: {
        start: 0,
        end: 9,
        text: 'Lê Văn Tư',
        kind: 'person',
        name: 'Lê Văn Tư',
        title: 'Giám đốc Sở Y tế',
        confidence: 0.7,
      },
    });
    expect(root.querySelector('.card')?.getAttribute('data-kind')).toBe('person-unlinked');
    expect(text('card-title')).toBe('Giám đốc Sở Y tế');
    expect(root.textContent).toContain('Tên này không có trong dữ liệu');
  });

  it('lists the other people of a shared name and says why this one was chosen', () => {
    const other: Person = {
      ...MINH,
      id: 'pham-binh-minh-1970',
      birth: '1970',
      positions: [],
      memberships: [],
    };
    const { text } = draw({
      mention: { ...MENTION, alternatives: [other.id] },
      details: { person: MINH, alternatives: [other] },
    });
    expect(text('card-homonyms')).toContain('2 người trùng tên');
    expect(text('card-homonyms')).toContain('Phạm Bình Minh (1970)');
    expect(text('card-homonym-reason')).toContain('chức danh');
  });

  it("shows a title's translation and who held it on the article's date", () => {
    const { text } = draw(
      {
        mention: {
          start: 0,
          end: 9,
          text: 'Thủ tướng',
          kind: 'title',
          title: 'Thủ tướng',
          head: 'Thủ tướng',
          en: 'Prime Minister',
          confidence: 0.9,
        },
        details: {
          heldBy: { holders: [{ id: 'x', name: 'Nguyễn Xuân Phúc', raw: 'Thủ tướng' }], total: 1 },
        },
        articleDate: { date: '2020-07-17', source: 'meta' },
      },
      'en',
    );
    expect(text('card-translation')).toBe('Prime Minister');
    expect(text('card-holders')).toBe('Held on 17/07/2020 byNguyễn Xuân Phúc');
  });

  it('says what became of a body that was merged', () => {
    const { text } = draw({
      mention: {
        start: 0,
        end: 9,
        text: 'Ban Tuyên giáo TW',
        kind: 'body',
        body: 'Ban Tuyên giáo Trung ương',
        title: 'Ban Tuyên giáo Trung ương',
        confidence: 0.9,
      },
      details: {
        terms: {
          'Ban Tuyên giáo Trung ương': {
            vi: 'Ban Tuyên giáo Trung ương',
            en: 'Central Propaganda and Training Commission',
            kind: 'body',
            validTo: '2025-02-03',
            successors: [{ body: 'Ban Tuyên giáo và Dân vận Trung ương', date: '2025-02-03' }],
          },
        },
        heldBy: { holders: [], total: 0 },
      },
      articleDate: { date: '2020-07-17', source: 'meta' },
    });
    expect(text('card-translation')).toBe('Central Propaganda and Training Commission');
    expect(text('card-body-about')).toContain(
      'Nay là Ban Tuyên giáo và Dân vận Trung ương (từ 03/02/2025)',
    );
    expect(text('card-holders')).toContain('Dữ liệu không ghi ai giữ chức này');
  });
});
