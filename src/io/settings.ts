/**
 * Effect: the planner's basemap settings in the local database (`settings` table): the chosen
 * basemap and the Tianditu key. The key lives only here and in memory for the map's tile requests;
 * the store only knows whether one is saved.
 */
import { z } from '../domain/zod';
import { BasemapIdSchema, TiandituKeySchema, type BasemapId } from '../domain/basemaps';
import { t } from '../i18n/strings';
import type { AppStore } from '../state/store';
import { openDb, readStored, type PlanMapDb } from './db';
import { setTiandituKey } from '../map/tiandituKey';

export const BASEMAP_KEY = 'basemap';
export const TIANDITU_KEY = 'tianditu-key';

const StoredBasemap = z.object({ id: BasemapIdSchema });

export interface BasemapSettings {
  saveKey(raw: string): Promise<'saved' | 'invalid' | 'failed'>;
  clearKey(): Promise<void>;
  /** Settles once the saved settings are applied and choices are being saved. */
  ready: Promise<void>;
}

let current: BasemapSettings | null = null;
/** The running settings effect, for the settings dialog. */
export const getBasemapSettings = (): BasemapSettings | null => current;

/**
 * Loads the saved choice (unless the link names a basemap) and key, then saves every basemap the
 * user chooses. Fallbacks made by the app are not saved: the choice comes back next time.
 */
export function startBasemapSettings(
  store: AppStore,
  linkNamedBasemap: boolean,
  db: PlanMapDb = openDb(),
): BasemapSettings {
  const notifyFailed = () =>
    store.getState().pushNotice('error', t(store.getState().lang, 'basemap.settingsFailed'));
  const ready = (async () => {
    try {
      const [choice, key] = await readStored(
        db,
        () => Promise.all([db.settings.get(BASEMAP_KEY), db.settings.get(TIANDITU_KEY)]),
        [undefined, undefined],
      );
      const parsedKey = TiandituKeySchema.safeParse(key?.value);
      if (parsedKey.success) {
        setTiandituKey(parsedKey.data);
        store.getState().setHasTiandituKey(true);
      }
      const parsed = StoredBasemap.safeParse(choice?.value);
      if (!linkNamedBasemap && parsed.success && store.getState().basemap === 'offline')
        store.getState().chooseBasemap(parsed.data.id);
    } catch {
      notifyFailed();
    }
    store.subscribe(
      (s) => s.basemap,
      (id: BasemapId) => {
        if (store.getState().basemapFallback) return;
        db.settings
          .put({ key: BASEMAP_KEY, value: { id }, updated_at: new Date().toISOString() })
          .catch(notifyFailed);
      },
    );
  })();
  current = {
    ready,
    saveKey: async (raw) => {
      const parsed = TiandituKeySchema.safeParse(raw);
      if (!parsed.success) return 'invalid';
      try {
        await db.settings.put({
          key: TIANDITU_KEY,
          value: parsed.data,
          updated_at: new Date().toISOString(),
        });
      } catch {
        return 'failed';
      }
      setTiandituKey(parsed.data);
      store.getState().setHasTiandituKey(true);
      return 'saved';
    },
    clearKey: async () => {
      await db.settings.delete(TIANDITU_KEY).catch(notifyFailed);
      setTiandituKey(null);
      store.getState().setHasTiandituKey(false);
      if (store.getState().basemap.startsWith('tdt-')) store.getState().chooseBasemap('offline');
    },
  };
  return current;
}
