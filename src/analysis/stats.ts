/** Statistics of a set of projects: totals and breakdowns, counting only what the plan states. */
import type { ProjectFeature } from '../domain/data';
import { PROJECT_STATUSES, PROJECT_TABLES, PROJECT_TYPES } from '../domain/schema';

export interface ProjectStats {
  count: number;
  /** Sum of stated land areas (亩) and how many projects state one. */
  areaMu: number;
  areaStated: number;
  investmentYi: number;
  investmentStated: number;
  /** table → type → count */
  byTableType: Record<string, Record<string, number>>;
  byStatus: Record<string, number>;
}

export function projectStats(list: readonly ProjectFeature[]): ProjectStats {
  const byTableType = Object.fromEntries(
    PROJECT_TABLES.map((t) => [t, Object.fromEntries(PROJECT_TYPES.map((ty) => [ty, 0]))]),
  ) as Record<string, Record<string, number>>;
  const byStatus = Object.fromEntries(PROJECT_STATUSES.map((s) => [s, 0])) as Record<string, number>;
  let areaMu = 0;
  let areaStated = 0;
  let investmentYi = 0;
  let investmentStated = 0;
  for (const { properties: p } of list) {
    byTableType[p.table]![p.type]! += 1;
    byStatus[p.status]! += 1;
    if (p.area_mu !== null) {
      areaMu += p.area_mu;
      areaStated += 1;
    }
    if (p.investment_yi !== null) {
      investmentYi += p.investment_yi;
      investmentStated += 1;
    }
  }
  // Sums of decimals: keep the precision the plan uses.
  const r2 = (n: number) => Math.round(n * 100) / 100;
  return {
    count: list.length,
    areaMu: r2(areaMu),
    areaStated,
    investmentYi: r2(investmentYi),
    investmentStated,
    byTableType,
    byStatus,
  };
}
