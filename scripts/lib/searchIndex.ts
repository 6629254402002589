/**
 * A derived search aid (not plan content): pinyin and pinyin initials of every field the text
 * search reads (name, summary, scale, location words, table and district), so that `lenglian`
 * finds what 冷链 finds. Fields are joined with "|" so a match never spans two fields.
 */
import { pinyin } from 'pinyin-pro';

const SEARCHED = ['name', 'summary', 'location_text', 'scale_text', 'table', 'admin_county'] as const;

export interface SearchEntry {
  id: string;
  pinyin: string;
  initials: string;
}

/** Pinyin and initials of each text, lower-case without tones, joined with "|". */
export function pinyinFields(texts: readonly string[]): { pinyin: string; initials: string } {
  const syllables = texts.map((text) =>
    pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map((s) =>
      s.toLowerCase().replace(/[^a-z0-9]/g, ''),
    ),
  );
  return {
    pinyin: syllables.map((s) => s.join('')).join('|'),
    initials: syllables.map((s) => s.map((x) => x[0] ?? '').join('')).join('|'),
  };
}

export function searchEntries(
  projects: ReadonlyArray<{ properties: Record<string, unknown> }>,
): SearchEntry[] {
  return projects.map((f) => {
    const fields = SEARCHED.map((k) => f.properties[k]).filter((v): v is string => typeof v === 'string');
    return { id: String(f.properties.id), ...pinyinFields(fields) };
  });
}
