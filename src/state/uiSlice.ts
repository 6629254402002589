import type { Lang } from '../i18n/strings';
import type { SliceCreator } from './store';

export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  /** Already-localised message text (never HTML). */
  text: string;
  /** Notices with the same key replace each other (one notice per problem, never a pile). */
  key?: string;
  /** A button offered with the notice. */
  action?: NoticeAction;
}

export type NoticeAction = 'reload' | 'export-story';
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
  pushNotice(level: Notice['level'], text: string, opts?: Pick<Notice, 'key' | 'action'>): void;
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
  pushNotice: (level, text, opts) =>
    set((s) => {
      const same = opts?.key ? s.notices.find((n) => n.key === opts.key) : undefined;
      if (same) return { notices: s.notices.map((n) => (n === same ? { ...n, level, text, ...opts } : n)) };
      return { notices: [...s.notices, { id: (s.notices.at(-1)?.id ?? 0) + 1, level, text, ...opts }] };
    }),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
