import { describe, expect, it } from 'vitest';
import { NEWS_SITES } from './news-sites';
import { hostFromInput, newsSiteOf, siteChoice, siteKeyOf } from './site-key';

describe('news sites', () => {
  it('lists every site of issue 4 §4', () => {
    const required = [
      'vnexpress.net',
      'tuoitre.vn',
      'thanhnien.vn',
      'vietnamplus.vn',
      'nhandan.vn',
      'baochinhphu.vn',
      'dangcongsan.vn',
      'vov.vn',
      'vtv.vn',
      'znews.vn',
      'dantri.com.vn',
      'vietnamnet.vn',
      'laodong.vn',
      'tienphong.vn',
      'qdnd.vn',
      'cand.com.vn',
      'plo.vn',
      'sggp.org.vn',
      'hanoimoi.vn',
      'nld.com.vn',
      'baomoi.com',
      'kinhtetrunguong.vn',
      'quochoi.vn',
      'chinhphu.vn',
      'bbc.com/vietnamese',
      'rfa.org/vietnamese',
      'voatiengviet.com',
    ];
    expect([...NEWS_SITES].sort()).toEqual(required.sort());
  });

  it('finds the news site of a page, subdomains and path prefixes included', () => {
    expect(newsSiteOf('https://vnexpress.net/a-1.html')).toBe('vnexpress.net');
    expect(newsSiteOf('https://e.vnexpress.net/news')).toBe('vnexpress.net');
    expect(newsSiteOf('https://www.bbc.com/vietnamese/articles/x')).toBe('bbc.com/vietnamese');
    expect(newsSiteOf('https://www.bbc.com/news/world')).toBeUndefined();
    expect(newsSiteOf('https://notvnexpress.net/')).toBeUndefined();
    expect(newsSiteOf('chrome://extensions')).toBeUndefined();
  });
});

describe('siteKeyOf and siteChoice', () => {
  it('keys other pages by host name', () => {
    expect(siteKeyOf('http://localhost:8080/a')).toBe('localhost');
    expect(siteKeyOf('https://example.org/')).toBe('example.org');
    expect(siteKeyOf('about:blank')).toBeUndefined();
  });

  it('is on by default on news sites only, and the user choice wins', () => {
    expect(siteChoice({}, 'https://tuoitre.vn/x')).toBe(true);
    expect(siteChoice({}, 'https://example.org/x')).toBe(false);
    expect(siteChoice({ 'tuoitre.vn': false }, 'https://tuoitre.vn/x')).toBe(false);
    expect(siteChoice({ 'example.org': true }, 'https://example.org/x')).toBe(true);
  });
});

describe('hostFromInput', () => {
  it('reads a host from what a user types', () => {
    expect(hostFromInput(' https://Example.org/path ')).toBe('example.org');
    expect(hostFromInput('baodautu.vn')).toBe('baodautu.vn');
    expect(hostFromInput('not a host')).toBeUndefined();
    expect(hostFromInput('')).toBeUndefined();
  });
});

describe('matchesPattern', () => {
  it('reads the manifest patterns of the news sites and the e2e build', async () => {
    const { matchesPattern } = await import('./match-pattern');
    expect(matchesPattern('*://*.vnexpress.net/*', 'https://e.vnexpress.net/a')).toBe(true);
    expect(matchesPattern('*://*.vnexpress.net/*', 'https://vnexpress.net/a')).toBe(true);
    expect(matchesPattern('*://*.bbc.com/vietnamese*', 'https://www.bbc.com/news')).toBe(false);
    expect(matchesPattern('http://127.0.0.1/*', 'http://127.0.0.1:4000/x.html')).toBe(true);
    expect(matchesPattern('http://127.0.0.1/*', 'http://localhost:4000/x.html')).toBe(false);
  });
});
