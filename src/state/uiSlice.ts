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

export interface UiSlice {
  lang: Lang;
  notices: Notice[];
  setLang(lang: Lang): void;
  pushNotice(level: Notice['level'], text: string, opts?: Pick<Notice, 'key' | 'action'>): void;
  dismissNotice(id: number): void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  lang: 'zh',
  notices: [],
  setLang: (lang) => set({ lang }),
  pushNotice: (level, text, opts) =>
    set((s) => {
      const same = opts?.key ? s.notices.find((n) => n.key === opts.key) : undefined;
      if (same) return { notices: s.notices.map((n) => (n === same ? { ...n, level, text, ...opts } : n)) };
      return { notices: [...s.notices, { id: (s.notices.at(-1)?.id ?? 0) + 1, level, text, ...opts }] };
    }),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
