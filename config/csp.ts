/**
 * The site's Content-Security-Policy, in one place. The build writes it into index.html as a
 * <meta> tag (see vite.config.ts); README "Deploying" shows the same policy as server headers.
 * The online basemaps' hosts come from their one list (src/domain/basemaps.ts), over https only.
 */
import { ONLINE_TILE_HOSTS } from '../src/domain/basemaps';

/** Hosts the online basemaps load tiles from, e.g. 'https://t0.tianditu.gov.cn'. */
export const ONLINE_HOSTS: readonly string[] = ONLINE_TILE_HOSTS.map((h) => `https://${h}`);

export function cspDirectives(hosts: readonly string[] = ONLINE_HOSTS): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // The map library and the PDF/PNG exporters set element styles from script only (allowed).
    'style-src': ["'self'"],
    // data: for the empty favicon and for images MapLibre decodes; blob: for exported figures.
    'img-src': ["'self'", 'data:', 'blob:', ...hosts],
    'worker-src': ["'self'", 'blob:'],
    'connect-src': ["'self'", ...hosts],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
}

/** The policy as one header/meta value. `frame-ancestors` only works as a header, so it is optional. */
export function cspValue(opts: { header?: boolean; hosts?: readonly string[] } = {}): string {
  const d = cspDirectives(opts.hosts);
  if (opts.header) d['frame-ancestors'] = ["'self'"];
  return Object.entries(d)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
}
