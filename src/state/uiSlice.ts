import type { Lang } from '../i18n/strings';
import type { SliceCreator } from './store';

export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  /** Already-localised message text (never HTML). */
  text: string;
}

export interface UiSlice {
  lang: Lang;
  notices: Notice[];
  setLang(lang: Lang): void;
  pushNotice(level: Notice['level'], text: string): void;
  dismissNotice(id: number): void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  lang: 'zh',
  notices: [],
  setLang: (lang) => set({ lang }),
  pushNotice: (level, text) =>
    set((s) => ({ notices: [...s.notices, { id: (s.notices.at(-1)?.id ?? 0) + 1, level, text }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
