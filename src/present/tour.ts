/**
 * The built-in tour of the plan, as data: 总览 → 一核 → 三区 → 多组团 → 铁路港 → 铁路 → 高速公路网 →
 * 水运 → 航空 → 物流通道 → 重点物流项目 (one step per table) → 2025 发展目标. Captions are verbatim
 * quotes of the plan with their citation (a unit test checks each against its line).
 */
import { bbox, featureCollection } from '@turf/turf';
import type { AppData } from '../domain/data';
import { EMPTY_FILTERS } from '../domain/filters';
import { PROJECT_TABLES, type Citation } from '../domain/schema';
import { TOUR_ID, type Story, type StoryStep } from '../domain/story';
import type { LayerGroupId } from '../domain/layerGroups';

const PLAN = '002_cea03bdf2b5fe175.txt' as const;
const cite = (line: number, section: string, quote: string): { caption: string; citation: Citation } => ({
  caption: quote,
  citation: { file: PLAN, line, section, quote: quote.slice(0, 20) },
});

const BASE: LayerGroupId[] = ['counties', 'rivers', 'county'];
const layers = (...more: LayerGroupId[]) => [...BASE, ...more];

const TABLE_LINES: Record<string, number> = {
  柳南区: 643,
  柳北区: 658,
  柳江区: 668,
  柳东新区: 682,
  柳城县: 695,
  鹿寨县: 703,
  融安县: 712,
  融水苗族自治县: 719,
  三江侗族自治县: 726,
};

type StepInput = Omit<StoryStep, 'filters' | 'selected'> & Partial<Pick<StoryStep, 'filters' | 'selected'>>;
const step = (s: StepInput): StoryStep => ({ filters: EMPTY_FILTERS, selected: null, ...s });

export function buildTour(data: AppData): Story {
  const layout = '第三章 第一节 城市物流空间布局';
  const steps: StoryStep[] = [
    step({
      id: 'overview',
      title: '总览：一核三区多组团',
      titleEn: 'Overview: one core, three zones, county clusters',
      camera: 'home',
      layers: layers('structure', 'railport', 'railways', 'stations', 'water', 'air', 'airport', 'projects'),
      ...cite(219, layout, '构建“一核三区多组团”的物流产业布局。'),
    }),
    step({
      id: 'core',
      title: '一核：中心城区',
      titleEn: 'The core: central districts',
      camera: { center: [109.43, 24.36], zoom: 9.6, bearing: 0, pitch: 0 },
      layers: layers('structure', 'railport', 'railways', 'projects'),
      selected: { source: 'structure', id: 'structure-core' },
      ...cite(
        227,
        `${layout}（“一核”）`,
        '即以中心城区（城中区、柳南区、柳北区、鱼峰区）为核心的柳州市物流业发展集聚区域',
      ),
    }),
    step({
      id: 'zone-liudong',
      title: '三区：柳东新区',
      titleEn: 'Zone: Liudong New Area',
      camera: { center: [109.56, 24.4], zoom: 10.2, bearing: 0, pitch: 0 },
      layers: layers('structure', 'railport', 'water', 'projects'),
      selected: { source: 'structure', id: 'structure-liudong' },
      ...cite(
        233,
        `${layout}（“三区”）`,
        '柳东新区：围绕新能源汽车、城市轨道交通、高端装备制造、医药、新材料、林木深加工、高端绿色家居、智能制造等新兴产业，打造三大核心物流功能。',
      ),
    }),
    step({
      id: 'zone-north',
      title: '三区：北部生态新区',
      titleEn: 'Zone: Northern Ecological New Area',
      camera: { center: [109.42, 24.5], zoom: 10, bearing: 0, pitch: 0 },
      layers: layers('structure', 'projects'),
      selected: { source: 'structure', id: 'structure-north' },
      ...cite(245, `${layout}（“三区”）`, '北部生态新区：促进物流服务与制造业协同发展，建立科研与创新平台。'),
    }),
    step({
      id: 'zone-liujiang',
      title: '三区：柳江区',
      titleEn: 'Zone: Liujiang District',
      camera: { center: [109.3, 24.17], zoom: 9.4, bearing: 0, pitch: 0 },
      layers: layers('structure', 'air', 'airport', 'railways', 'projects'),
      selected: { source: 'structure', id: 'structure-liujiang' },
      ...cite(247, `${layout}（“三区”）`, '柳江区：利用“公铁水空”综合优势，加快空港物流产业园建设'),
    }),
    step({
      id: 'clusters',
      title: '多组团：柳城、鹿寨、融安·融水·三江',
      titleEn: 'County clusters',
      camera: 'home',
      layers: layers('structure', 'projects'),
      ...cite(251, `${layout}（“多组团”）`, '柳城县组团：以完善市场体系、扩大消费、发展现代工业物流业为主线'),
    }),
    step({
      id: 'railport',
      title: '柳州铁路港 一核二园三基地',
      titleEn: 'Liuzhou rail port: one core, two parks, three bases',
      camera: { center: [109.43, 24.3], zoom: 9.9, bearing: 0, pitch: 0 },
      layers: layers('railport', 'railways', 'stations', 'airport'),
      ...cite(
        491,
        '第五章 第二节 物流枢纽创建工程',
        '加快推进西部陆海新通道柳州铁路港“一核二园三基地”总体功能布局。',
      ),
    }),
    step({
      id: 'rail',
      title: '铁路',
      titleEn: 'Railways',
      camera: 'home',
      layers: layers('railways', 'rail', 'stations'),
      ...cite(
        354,
        '第四章 第二节 推进物流网基础设施建设',
        '加快推进柳州经梧州至广州铁路，建设柳州乃至广西北部地区与粤港澳大湾区间的便捷大能力铁路货运通道。',
      ),
    }),
    step({
      id: 'roads',
      title: '高速公路网（一环八射四横）',
      titleEn: 'Expressway network',
      camera: 'home',
      layers: layers('road', 'railways'),
      ...cite(373, '第四章 第二节 推进物流网基础设施建设', '提升公路货运质量。完善高速公路网络布局。'),
    }),
    step({
      id: 'water',
      title: '水运',
      titleEn: 'Waterways and ports',
      camera: { center: [109.6, 24.35], zoom: 9, bearing: 0, pitch: 0 },
      layers: layers('water'),
      ...cite(396, '第四章 第二节 推进物流网基础设施建设', '畅通水运通道能力。加速提升航道通航能力。'),
    }),
    step({
      id: 'air',
      title: '航空',
      titleEn: 'Aviation',
      camera: { center: [109.39, 24.21], zoom: 11.3, bearing: 0, pitch: 0 },
      layers: layers('air', 'airport', 'projects'),
      selected: { source: 'air', id: 'air-konggang' },
      ...cite(
        409,
        '第四章 第二节 推进物流网基础设施建设',
        '完善空港基础建设。大力推进空港物流产业园建设，打造航空货运枢纽',
      ),
    }),
    step({
      id: 'channels',
      title: '物流通道',
      titleEn: 'Logistics channels',
      camera: { center: [109.6, 24.6], zoom: 6.3, bearing: 0, pitch: 0 },
      layers: layers('channels', 'railways'),
      ...cite(259, '第三章 第二节 物流空间通道', '形成“基于桂中、辐射西南、对接国际”的综合物流通道'),
    }),
    ...PROJECT_TABLES.map((table) => {
      const features = data.projects.features.filter((f) => f.properties.table === table);
      // A county's table frames the county; 柳东新区 (not an administrative unit) frames its sites.
      const county = data.base.counties.features.filter((f) => f.properties?.name === table);
      const sited = features.filter((f) => f.properties.placement_scope !== 'county');
      const [w, s, e, n] = bbox(featureCollection(county.length ? county : sited.length ? sited : features));
      const pad = county.length ? 0 : 0.04;
      return step({
        id: `projects-${table}`,
        title: `重点物流项目：${table}（${features.length} 个）`,
        titleEn: `Key logistics projects: ${table} (${features.length})`,
        camera: { bounds: [w - pad, s - pad, e + pad, n + pad] },
        layers: layers('projects', 'structure', 'railways'),
        filters: { ...EMPTY_FILTERS, tables: [table] },
        ...cite(TABLE_LINES[table]!, '附件 “十四五”柳州市重点物流项目表', `“十四五”${table}重点物流项目表`),
      });
    }),
    step({
      id: 'targets',
      title: '2025 发展目标',
      titleEn: '2025 targets',
      camera: 'home',
      layers: layers('structure', 'projects'),
      showTargets: true,
      ...cite(
        192,
        '第二章 第四节 发展目标',
        '到2025年，建立园区布局合理、技术先进、便捷高效、绿色环保、安全有序的现代物流服务体系。',
      ),
    }),
    ...implementationSteps(data),
  ];
  return { id: TOUR_ID, title: '柳州市物流业发展“十四五”规划导览', steps };
}

/**
 * Implementation since the plan: each step shows the year a later document reports on, quoting
 * that document's line (the event's own quote and citation).
 */
function implementationSteps(data: AppData): StoryStep[] {
  const defs: Array<{
    id: string;
    event: string;
    title: string;
    titleEn: string;
    year: number;
    camera: StoryStep['camera'];
    layers: LayerGroupId[];
    selected?: StoryStep['selected'];
  }> = [
    {
      id: 'implementation-2020',
      event: 'ev-2021-liuwu-rail-start',
      title: '实施进展：2020 年（2021 年政府工作报告）',
      titleEn: 'Implementation: 2020 (2021 government work report)',
      year: 2020,
      camera: 'home',
      layers: layers('rail', 'railways', 'road'),
    },
    {
      id: 'implementation-railport',
      event: 'ev-2023r-xie-open',
      title: '实施进展：铁路港核心区投入运营（2022 年）',
      titleEn: 'Implementation: the rail port core in operation (2022)',
      year: 2023,
      camera: { center: [109.38, 24.27], zoom: 10.4, bearing: 0, pitch: 0 },
      layers: layers('railport', 'railways', 'projects'),
      selected: { source: 'railport', id: 'railport-xie' },
    },
    {
      id: 'implementation-latest',
      event: 'ev-2024l-nanqing-open',
      title: '实施进展：截至最新文件（2024 年）',
      titleEn: 'Implementation: as of the latest document (2024)',
      year: 2024,
      camera: 'home',
      layers: layers('railport', 'rail', 'road', 'water', 'railways'),
    },
  ];
  return defs.flatMap((d) => {
    const ev = data.events.find((e) => e.id === d.event);
    if (!ev) return [];
    return [
      step({
        id: d.id,
        title: d.title,
        titleEn: d.titleEn,
        camera: d.camera,
        layers: d.layers,
        selected: d.selected ?? null,
        asOfYear: d.year,
        caption: ev.quote,
        citation: { ...ev.citation, quote: ev.quote.slice(0, 20) },
      }),
    ];
  });
}
