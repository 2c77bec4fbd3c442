// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { MentionCard, sourceCredits } from './MentionCard';

describe('MentionCard', () => {
  it('credits each kind of source once, with its licence', () => {
    expect(sourceCredits(['viwiki:808161', 'na16:12', 'viwiki:1'])).toEqual([
      'Wikipedia tiếng Việt (CC BY-SA)',
      'Hồ sơ ĐBQH khóa XVI (CC BY)',
    ]);
  });

  it('shows the name, the title read from the page, the sources and the date it used', () => {
    const root = document.createElement('div');
    render(
      <MentionCard
        mention={{
          start: 0,
          end: 15,
          text: 'Nguyễn Văn Bình',
          kind: 'person',
          id: 'nguyen-van-binh-1961',
          name: 'Nguyễn Văn Bình',
          title: 'Trưởng Ban Kinh tế Trung ương',
          confidence: 0.97,
        }}
        person={{
          id: 'nguyen-van-binh-1961',
          name: 'Nguyễn Văn Bình',
          aliases: [],
          birth: '1961-03-04',
          positions: [],
          sources: ['viwiki:808161'],
        }}
        articleDate={{ date: '2020-07-17', source: 'meta' }}
      />,
      root,
    );
    const text = (id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;
    expect(text('card-name')).toBe('Nguyễn Văn Bình');
    expect(text('card-title')).toBe('Trưởng Ban Kinh tế Trung ương');
    expect(text('card-sources')).toBe('Nguồn: Wikipedia tiếng Việt (CC BY-SA)');
    expect(text('card-date')).toBe('Theo ngày bài báo 17/07/2020');
    expect(root.textContent).toContain('Sinh 1961');
  });
});
