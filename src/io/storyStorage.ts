/**
 * Effect: keeps the user's story in the browser (localStorage) across reloads. What is stored is
 * validated on load; if it is unreadable it is kept aside under a backup key, never overwritten,
 * and the user is told.
 */
import { StorySchema, type Story } from '../domain/story';
import { t } from '../i18n/strings';
import type { AppStore } from '../state/store';

export const STORY_KEY = 'liuzhou-plan-map.story.v1';

export function startStoryStorage(store: AppStore, storage: Storage | null = safeStorage()): () => void {
  if (!storage) return () => undefined;
  const raw = storage.getItem(STORY_KEY);
  if (raw !== null) {
    let ok = false;
    try {
      const parsed = StorySchema.safeParse(JSON.parse(raw));
      if (parsed.success) {
        store.getState().replaceCustomStory(parsed.data);
        ok = true;
      }
    } catch {
      ok = false;
    }
    if (!ok) {
      const backup = `${STORY_KEY}.unreadable.${Date.now()}`;
      storage.setItem(backup, raw);
      storage.removeItem(STORY_KEY);
      store.getState().pushNotice('error', t(store.getState().lang, 'story.storageBad', { key: backup }));
    }
  }
  return store.subscribe(
    (s) => s.customStory,
    (story) => {
      try {
        storage.setItem(STORY_KEY, JSON.stringify(story));
      } catch {
        store.getState().pushNotice('error', t(store.getState().lang, 'story.storageFull'));
      }
    },
  );
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Keeps a copy of a story about to be replaced (e.g. by an import) under a dated key, so replacing
 * never loses work. Returns the key, or null when there is nothing to keep or no storage.
 */
export function keepCopy(story: Story, storage: Storage | null = safeStorage()): string | null {
  if (!storage || story.steps.length === 0) return null;
  const key = `${STORY_KEY}.before-import.${Date.now()}`;
  try {
    storage.setItem(key, JSON.stringify(story));
    return key;
  } catch {
    return null;
  }
}
