/**
 * Program files (scripts, style sheets) that fail to load after start-up, and those that failed
 * before it (recorded by public/boot.js), become one notice naming them, with a reload button.
 */
import { t } from '../i18n/strings';
import type { AppStore } from '../state/store';
import { fileNameOf } from './loadData';

declare global {
  interface Window {
    lzBootFailures?: string[];
  }
}

export function watchResourceFailures(store: AppStore, win: Window = window): () => void {
  const failed = new Set<string>(win.lzBootFailures ?? []);
  const show = () => {
    if (!failed.size) return;
    const files = [...failed].map(fileNameOf).join(', ');
    const s = store.getState();
    s.pushNotice('error', t(s.lang, 'data.resourceFailed', { files }), {
      key: 'resources',
      action: 'reload',
    });
  };
  const onError = (e: Event) => {
    const el = e.target as { tagName?: string; src?: string; href?: string } | null;
    if (!el || el.tagName === undefined) return;
    if (el.tagName !== 'SCRIPT' && el.tagName !== 'LINK') return;
    const url = el.src || el.href;
    if (url) failed.add(url);
    show();
  };
  win.addEventListener('error', onError, true);
  show();
  return () => win.removeEventListener('error', onError, true);
}
