import { describe, expect, it } from 'vitest';
import { datelineDate, findArticleDate, type ArticleDateEvidence } from './article-date';

const none: ArticleDateEvidence = { meta: [], jsonLd: [], times: [], text: '' };
const TODAY = '2026-11-22';

describe('findArticleDate', () => {
  it('trusts publication meta first, reading the date as the page wrote it', () => {
    expect(
      findArticleDate(
        { ...none, meta: ['2016-12-13T23:16:17+07:00'], times: ['2015-01-01'] },
        TODAY,
      ),
    ).toEqual({ date: '2016-12-13', source: 'meta' });
  });

  it('then JSON-LD datePublished, also inside @graph, skipping broken JSON', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage' },
        { '@type': 'NewsArticle', datePublished: '2020-07-17T15:00:00+07:00' },
      ],
    });
    expect(findArticleDate({ ...none, jsonLd: ['{ not json', graph] }, TODAY)).toEqual({
      date: '2020-07-17',
      source: 'json-ld',
    });
  });

  it('then <time datetime>', () => {
    expect(findArticleDate({ ...none, times: ['nonsense', '2021-04-07'] }, TODAY)).toEqual({
      date: '2021-04-07',
      source: 'time',
    });
  });

  it('then a Vietnamese dateline, and today when the page says nothing', () => {
    expect(
      findArticleDate(
        { ...none, text: 'Thứ ba, 13/12/2016 | 14:16 GMT+7\nÔng Đinh La Thăng' },
        TODAY,
      ),
    ).toEqual({ date: '2016-12-13', source: 'dateline' });
    expect(findArticleDate(none, TODAY)).toEqual({ date: TODAY, source: 'today' });
  });
});

describe('datelineDate', () => {
  it('reads "Ngày 17/7/2020" and "Chiều ngày 17/7/2020 tại Hà Nội"', () => {
    expect(datelineDate('Ngày 17/7/2020, Ban Kinh tế Trung ương')).toBe('2020-07-17');
    expect(datelineDate('Chiều ngày 17/7/2020 tại Hà Nội, hai cơ quan')).toBe('2020-07-17');
  });

  it('completes "Chiều ngày 25/2" with the year found elsewhere on the page', () => {
    const text =
      'Chiều ngày 25/2, tại Hà Nội, lễ ký đã diễn ra. Năm 2016 là năm đầu nhiệm kỳ. Kế hoạch năm 2016.';
    expect(datelineDate(text)).toBe('2016-02-25');
  });

  it('refuses impossible dates and decree numbers', () => {
    expect(datelineDate('Ngày 31/2/2020')).toBeUndefined();
    expect(datelineDate('Chỉ thị số 32-CT/TW')).toBeUndefined();
    expect(datelineDate('Chiều ngày 25/2, không có năm nào')).toBeUndefined();
  });
});
