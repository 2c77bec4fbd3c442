/**
 * Vietnamese news sites where Ai là ai runs without being asked.
 * Each entry is a host (subdomains included) or a host plus a path prefix for
 * international outlets whose Vietnamese service lives under one path.
 */
export const NEWS_SITES: readonly string[] = [
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

/** Match patterns (for manifests) covering a site entry, its subdomains and both schemes. */
export function matchPatternsFor(site: string): string[] {
  const slash = site.indexOf('/');
  const host = slash === -1 ? site : site.slice(0, slash);
  const path = slash === -1 ? '/*' : `${site.slice(slash)}*`;
  return [`*://${host}${path}`, `*://*.${host}${path}`];
}

export const NEWS_SITE_MATCHES: readonly string[] = NEWS_SITES.flatMap(matchPatternsFor);
