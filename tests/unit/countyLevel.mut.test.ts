import { describe, expect, it } from 'vitest';
import { countyLevelItems } from '../../src/analysis/countyLevel';
import { makeData, pointFeature } from './fixtures';

describe('county-level items', () => {
  it("lists the other documents' items known only by their county, not those with a site", () => {
    const data = makeData();
    data.others.features.push(
      pointFeature(109.4, 24.3, { id: 'o-site', name: '有址' }) as never,
      pointFeature(109.5, 24.4, { id: 'o-county', name: '县级', placement_scope: 'county' }) as never,
    );
    const others = countyLevelItems(data).filter((i) => i.source === 'others');
    expect(others.map((i) => i.feature.properties.id)).toEqual(['o-county']);
  });
});
