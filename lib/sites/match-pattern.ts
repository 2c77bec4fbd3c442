/**
 * WebExtension match patterns ("*://*.vnexpress.net/*", "http://127.0.0.1/*"), enough to
 * tell whether a URL is among a content script's manifest matches.
 */
export function matchesPattern(pattern: string, url: string | URL): boolean {
  if (pattern === '<all_urls>') return true;
  const m = /^(\*|https?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  const protocol = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? !/^https?$/.test(protocol) : protocol !== scheme) return false;
  const hostname = parsed.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host) return false;
  }
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(parsed.pathname + parsed.search);
}
