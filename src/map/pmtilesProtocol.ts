/**
 * The map's shared `pmtiles` protocol: PMTiles archives are added to it when opened (a file the
 * planner picks, or the deployment's offline basemap). Its module, with the PMTiles reader, is
 * loaded only once a PMTiles basemap is used (see map/basemap), not at every first open.
 */
import { Protocol } from 'pmtiles';

export const pmtilesProtocol = new Protocol();
