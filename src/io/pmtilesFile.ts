/**
 * PMTiles archives for the offline basemap: opening a file the user picked from disk, checked
 * before use, and adding it to the map's shared `pmtiles` protocol.
 */
import { FileSource, PMTiles, TileType } from 'pmtiles';
import type { OfflineBasemap } from '../domain/basemaps';
import { pmtilesProtocol } from '../map/pmtilesProtocol';

/** Reads the archive's header and metadata; rejects anything that is not a vector-tile PMTiles v3. */
export async function openPmtilesFile(file: File): Promise<OfflineBasemap> {
  if (!/\.pmtiles$/i.test(file.name)) throw new Error('not-pmtiles');
  const archive = new PMTiles(new FileSource(file));
  let header;
  try {
    header = await archive.getHeader();
  } catch {
    throw new Error('not-pmtiles');
  }
  if (header.tileType !== TileType.Mvt) throw new Error('not-vector');
  const metadata = (await archive.getMetadata().catch(() => ({}))) as { attribution?: unknown };
  pmtilesProtocol.add(archive);
  return {
    url: `pmtiles://${file.name}`,
    label: file.name,
    attribution: typeof metadata.attribution === 'string' ? metadata.attribution.slice(0, 300) : null,
  };
}
