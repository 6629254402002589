import {
  DEFAULT_BASEMAP,
  needsTiandituKey,
  type BasemapFailure,
  type BasemapId,
  type OfflineBasemap,
} from '../domain/basemaps';
import { t } from '../i18n/strings';
import type { SliceCreator } from './store';

/**
 * The basemap on the map and what it can draw from. The Tianditu key itself is never in the store
 * (so it cannot reach links, stories or exports): only whether one is saved.
 */
export interface BasemapSlice {
  basemap: BasemapId;
  /** Set when the app, not the user, switched to the offline base (so the choice is not saved). */
  basemapFallback: { from: BasemapId; reason: BasemapFailure } | null;
  offlineBasemap: OfflineBasemap | null;
  hasTiandituKey: boolean;
  /** 审图号 as configured by the deployer; null when none is configured. */
  reviewNumber: string | null;
  basemapSettingsOpen: boolean;
  chooseBasemap(id: BasemapId): void;
  basemapFailed(id: BasemapId, reason: BasemapFailure): void;
  setOfflineBasemap(offline: OfflineBasemap | null): void;
  setHasTiandituKey(has: boolean): void;
  setReviewNumber(value: string | null): void;
  setBasemapSettingsOpen(open: boolean): void;
}

export const createBasemapSlice: SliceCreator<BasemapSlice> = (set, get) => ({
  basemap: DEFAULT_BASEMAP,
  basemapFallback: null,
  offlineBasemap: null,
  hasTiandituKey: false,
  reviewNumber: null,
  basemapSettingsOpen: false,
  chooseBasemap: (id) => {
    if (needsTiandituKey(id) && !get().hasTiandituKey) {
      // Without a key every tile would fail: ask for one instead of switching.
      get().pushNotice('warning', t(get().lang, 'basemap.needKey'));
      set({ basemapSettingsOpen: true });
      return;
    }
    set({ basemap: id, basemapFallback: null });
  },
  basemapFailed: (id, reason) => {
    if (get().basemap !== id) return;
    const lang = get().lang;
    set({ basemap: 'offline', basemapFallback: { from: id, reason } });
    get().pushNotice(
      'warning',
      t(lang, 'basemap.fallback', {
        name: t(lang, `basemap.${id}`),
        reason: t(lang, `basemap.fail.${reason}`),
      }),
    );
  },
  setOfflineBasemap: (offlineBasemap) => set({ offlineBasemap }),
  setHasTiandituKey: (hasTiandituKey) => set({ hasTiandituKey }),
  setReviewNumber: (reviewNumber) => set({ reviewNumber }),
  setBasemapSettingsOpen: (basemapSettingsOpen) => set({ basemapSettingsOpen }),
});
