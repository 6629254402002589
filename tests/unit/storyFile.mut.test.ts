/** An imported story file: the first problem is named in the planner's words, field by field. */
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { parseStoryFile } from '../../src/io/storyStorage';

const step = (p: Record<string, unknown> = {}) => ({
  id: 'a',
  title: '第一步',
  camera: { center: [109.4, 24.3], zoom: 9, bearing: 0, pitch: 0 },
  layers: ['projects'],
  filters: EMPTY_FILTERS,
  selected: null,
  ...p,
});
const file = (story: Record<string, unknown>, top: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'liuzhou-plan-map/story', version: 1, story, ...top });
const good = { id: 'x', title: '演示', steps: [step()] };
const message = (text: string, lang: 'zh' | 'en' = 'zh') => {
  const r = parseStoryFile(text, lang);
  return r.ok ? null : r.message;
};

describe('story file problems', () => {
  it('a file that is not JSON is of the wrong kind, in either language', () => {
    expect(message('{"format":')).toBe('文件：类型不对');
    expect(message('{"format":', 'en')).toBe('file: wrong kind of value');
    expect(message(file(good, { format: 'other' }))).toBe('文件格式：取值无效');
  });

  it('names the step and the field, with what is wrong with it', () => {
    const steps = (...list: unknown[]) => message(file({ ...good, steps: list }));
    expect(message(file({ ...good, title: '长'.repeat(121) }))).toBe('标题：过长');
    expect(message(file({ ...good, steps: {} }))).toBe('步骤列表：类型不对');
    expect(steps(step(), step({ camera: { bounds: [110, 25, 109, 24] } }))).toBe(
      '第 2 步 › 地图视图 › 范围：范围的西南角应在东北角的西南方，且在地图范围内',
    );
    expect(steps(step({ camera: 5 }))).toBe('第 1 步 › 地图视图：取值无效');
    expect(steps(step({ camera: {} }))).toBe('第 1 步 › 地图视图 › 中心点：缺失');
    expect(steps(step({ camera: { center: [109, 24], zoom: 2, bearing: 0, pitch: 0 } }))).toBe(
      '第 1 步 › 地图视图 › 缩放级别：超出允许范围',
    );
    expect(steps(step({ camera: { bounds: [110, 25, 109, 'x'] } }))).toBe(
      '第 1 步 › 地图视图 › 范围：类型不对',
    );
    // An extent of three numbers is a bad extent, not a view whose centre is missing.
    expect(steps(step({ camera: { bounds: [110, 25, 109] } }))).toMatch(/^第 1 步 › 地图视图 › 范围：/);
    expect(steps(step({ layers: ['Road'] }))).toBe('第 1 步 › 图层：取值无效');
    expect(steps(step({ filters: { ...EMPTY_FILTERS, areaMin: -1 } }))).toBe(
      '第 1 步 › 筛选条件：超出允许范围',
    );
    expect(message(file({ ...good, steps: [step({ caption: 'x'.repeat(2001) })] }), 'en')).toBe(
      'step 1 › note: too long',
    );
  });

  it('a good file is taken as the planner’s own story', () => {
    const r = parseStoryFile(file(good), 'zh');
    expect(r.ok && r.story.id).toBe('mine');
    expect(r.ok && r.renumbered).toBe(0);
  });
});
