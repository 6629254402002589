/** The layer panel's sections: every group a planner can toggle is listed once, under a named section. */
import { describe, expect, it } from 'vitest';
import { USER_GROUP_IDS } from '../../src/layers';
import { LAYER_CATEGORIES } from '../../src/layers/categories';
import { LANGS, t } from '../../src/i18n/strings';

describe('layer panel sections', () => {
  it('list every toggleable group exactly once, and nothing the panel cannot toggle', () => {
    const listed = LAYER_CATEGORIES.flatMap((c) => c.groups);
    expect([...listed].sort()).toEqual(
      USER_GROUP_IDS.filter((id) => !['mask', 'tools', 'placemark'].includes(id)).sort(),
    );
    expect(new Set(listed).size).toBe(listed.length);
    expect(LAYER_CATEGORIES.every((c) => c.groups.length > 0)).toBe(true);
  });

  it('have distinct ids and a title in each language', () => {
    const ids = LAYER_CATEGORIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.length > 0)).toBe(true);
    for (const lang of LANGS)
      for (const c of LAYER_CATEGORIES) {
        const title = t(lang, c.title);
        expect(title, `${lang} ${c.id}`).not.toBe(c.title);
        expect(title.length).toBeGreaterThan(0);
      }
    expect(t('zh', LAYER_CATEGORIES[0]!.title)).toContain('空间结构');
  });

  it('follow the plan: structure first, rail, road, water, air, then own data last', () => {
    const order = LAYER_CATEGORIES.map((c) => c.id);
    expect(order.slice(0, 5)).toEqual(['structure', 'rail', 'road', 'water', 'air']);
    expect(order.at(-1)).toBe('own');
    expect(LAYER_CATEGORIES.find((c) => c.id === 'own')!.groups).toEqual(['drawings']);
    expect(LAYER_CATEGORIES.find((c) => c.id === 'base')!.groups).toEqual(['counties', 'rivers']);
  });
});
