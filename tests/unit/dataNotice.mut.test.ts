/** The message naming data that failed to load: English list separator and reasons with numbers. */
import { describe, expect, it } from 'vitest';
import { dataProblemsText } from '../../src/io/dataNotice';

describe('data problems message in English', () => {
  it('separates several data sets with "; " (the full-width "；" is for Chinese only)', () => {
    expect(
      dataProblemsText('en', [
        { what: 'projects', file: 'projects.geojson', fault: 'http', detail: 503 },
        { what: 'targets', file: 't.json', fault: 'timeout' },
      ]),
    ).toBe(
      'Some data could not be loaded; everything else works: Key logistics projects (projects.geojson: HTTP 503); 2025 targets (t.json: no answer in time).',
    );
  });
});
