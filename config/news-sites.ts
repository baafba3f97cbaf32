/**
 * The news sites Backstory runs on out of the box. Every other site needs the reader's consent
 * (an optional host permission granted from the popup) or a click on the toolbar button.
 * Hostnames without "www."; each covers its subdomains.
 */
export const NEWS_SITES = [
  'apnews.com',
  'reuters.com',
  'bbc.com',
  'bbc.co.uk',
  'nytimes.com',
  'washingtonpost.com',
  'wsj.com',
  'theguardian.com',
  'bostonglobe.com',
  'latimes.com',
  'npr.org',
  'cnn.com',
  'nbcnews.com',
  'cbsnews.com',
  'abcnews.go.com',
  'politico.com',
  'axios.com',
  'aljazeera.com',
  'dw.com',
  'france24.com',
  'ft.com',
  'economist.com',
  'bloomberg.com',
  'theatlantic.com',
  'usatoday.com',
  'independent.co.uk',
  'telegraph.co.uk',
  'koreaherald.com',
  'koreatimes.co.kr',
  'en.yna.co.kr',
  'japantimes.co.jp',
  'scmp.com',
  'abc.net.au',
  'cbc.ca',
] as const;

/** Match patterns for the manifest's content script: each site and its subdomains, http and https. */
export const NEWS_SITE_MATCHES: string[] = NEWS_SITES.flatMap((host) => [`*://${host}/*`, `*://*.${host}/*`]);

/** True when `hostname` is one of the bundled news sites or a subdomain of one. */
export function isNewsSite(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return NEWS_SITES.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Pages served from this machine: the test build (browser tests, `npm run demo`) also runs there. */
export const LOCAL_HOSTS = ['127.0.0.1', 'localhost'];
export const LOCAL_MATCHES = LOCAL_HOSTS.map((host) => `http://${host}/*`);
