import type { Lang } from '../i18n/strings';
import type { SliceCreator } from './store';

export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  /** Already-localised message text (never HTML). */
  text: string;
}

/** Screen edges (CSS px) covered by overlays such as a slide's text: framing keeps clear of them. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export interface UiSlice {
  lang: Lang;
  notices: Notice[];
  mapInsets: Insets;
  setMapInsets(insets: Insets): void;
  setLang(lang: Lang): void;
  pushNotice(level: Notice['level'], text: string): void;
  dismissNotice(id: number): void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  lang: 'zh',
  notices: [],
  mapInsets: NO_INSETS,
  setMapInsets: (mapInsets) =>
    set((s) =>
      (Object.keys(mapInsets) as Array<keyof Insets>).every((k) => s.mapInsets[k] === mapInsets[k])
        ? s
        : { mapInsets },
    ),
  setLang: (lang) => set({ lang }),
  pushNotice: (level, text) =>
    set((s) => ({ notices: [...s.notices, { id: (s.notices.at(-1)?.id ?? 0) + 1, level, text }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
