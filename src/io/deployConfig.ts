/**
 * The deployer's settings, read once at start from `config.json` next to the app: the 审图号, an
 * offline PMTiles basemap and how large imported layers are drawn. A missing file means "nothing configured"; an invalid one is ignored
 * with a notice naming the problem.
 */
import { DeployConfigSchema, type DeployConfig } from '../domain/basemaps';
import { t } from '../i18n/strings';
import type { AppStore } from '../state/store';

export const CONFIG_URL = 'config.json';

export async function readDeployConfig(fetcher: typeof fetch = fetch): Promise<DeployConfig | string> {
  let res: Response;
  try {
    res = await fetcher(CONFIG_URL, { cache: 'no-cache' });
  } catch {
    return {};
  }
  if (res.status === 404) return {};
  if (!res.ok) return `HTTP ${res.status}`;
  try {
    const parsed = DeployConfigSchema.safeParse(await res.json());
    if (parsed.success) return parsed.data;
    return parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  } catch {
    return 'JSON';
  }
}

/** Applies the config to the store; the offline basemap URL is resolved against the page. */
export async function startDeployConfig(store: AppStore, base: string = document.baseURI): Promise<void> {
  const config = await readDeployConfig();
  const s = store.getState();
  if (typeof config === 'string') {
    s.pushNotice('warning', t(s.lang, 'config.invalid', { problem: config }));
    return;
  }
  if (config.reviewNumber) s.setReviewNumber(config.reviewNumber);
  if (config.largeLayerDrawing) s.setLargeLayerDrawing(config.largeLayerDrawing);
  const offline = config.offlineBasemap;
  if (offline && !s.offlineBasemap) {
    const url = new URL(offline.url, base).href;
    s.setOfflineBasemap({
      url: `pmtiles://${url}`,
      label: offline.url,
      attribution: offline.attribution ?? null,
    });
  }
}
