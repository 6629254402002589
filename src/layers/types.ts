import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { AppData } from '../domain/data';
import type { Lang } from '../i18n/strings';
import type { Evaluation, StageKey } from '../analysis/implementation';
import type { GroupState, LayerGroupId } from '../domain/layerGroups';

/** What a group's spec function may read; kept small so memoisation hits. */
export interface SpecInput {
  group: GroupState;
  lang: Lang;
  /** Multiplies label sizes and marker radii (1 on screen, larger when presenting to a room). */
  textScale?: number;
  /** The selected feature; read by the selection group only. */
  selected?: { source: string; id: string } | null;
  /** A basemap is drawn underneath: the land fill gives way to it (counties group only). */
  underlay?: boolean;
  /** Each monitored item's stage as of the chosen year; read by the implementation group only. */
  stages?: Record<string, StageKey> | null;
  /** Other groups' states, for the place names that follow their toggles (labels group only). */
  peers?: Partial<Record<LayerGroupId, GroupState>>;
  /** The filtered evaluation table's items and lights; read by the implementation group only. */
  focus?: Record<string, Evaluation> | null;
}

export type LegendSymbol =
  | { kind: 'fill'; color: string; outline?: string; dashed?: boolean; opacity?: number }
  | {
      kind: 'line';
      color: string;
      width: number;
      casing?: string;
      dashed?: boolean;
      dashPattern?: string | undefined;
    }
  | {
      kind: 'circle';
      color: string;
      stroke: string;
      radius: number;
      hollow?: boolean;
      halo?: boolean;
      dot?: boolean;
    };

export interface LegendEntry {
  /** i18n key of the entry's label. */
  label: string;
  symbol: LegendSymbol;
  /**
   * i18n key of the layer's short name, for entries that read the same in several layers (e.g.
   * "approximate location"): a legend that gathers layers (slide, export) names the layer.
   */
  of?: string;
}

/** One theme: pure functions from data and state to MapLibre specs. */
export interface LayerGroup {
  id: LayerGroupId;
  /** i18n key of the group's title. */
  title: string;
  sources(data: AppData): Record<string, SourceSpecification>;
  layers(input: SpecInput): LayerSpecification[];
  legend: LegendEntry[];
  /** Layers whose features open a side panel when clicked (topmost wins). */
  interactive?: string[];
  /** Geometry is approximate or schematic somewhere in the group (the layer panel says so). */
  quality?: Array<'exact' | 'approximate' | 'schematic'>;
}

export type { LayerSpecification, SourceSpecification };
