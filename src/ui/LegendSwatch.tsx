import type { LegendSymbol } from '../layers/types';

/** Draws a legend symbol from the same constants the layer spec uses. */
export function LegendSwatch({ symbol }: { symbol: LegendSymbol }) {
  const w = 24;
  switch (symbol.kind) {
    case 'fill':
      return (
        <svg width={w} height={16} aria-hidden="true">
          <rect
            x={1.5}
            y={1.5}
            width={w - 3}
            height={13}
            fill={symbol.color}
            fillOpacity={symbol.opacity ?? 1}
            stroke={symbol.outline ?? 'none'}
            strokeWidth={1.5}
            strokeDasharray={symbol.dashed ? '3 2' : undefined}
          />
        </svg>
      );
    case 'line':
      return (
        <svg width={w} height={16} aria-hidden="true">
          {symbol.casing && (
            <line x1={1} y1={8} x2={w - 1} y2={8} stroke={symbol.casing} strokeWidth={symbol.width + 2} />
          )}
          <line
            x1={1}
            y1={8}
            x2={w - 1}
            y2={8}
            stroke={symbol.color}
            strokeWidth={symbol.width}
            strokeDasharray={symbol.dashPattern
              ?.split(' ')
              .map((n) => Number(n) * symbol.width)
              .join(' ')}
          />
          {symbol.dashed && (
            <line x1={1} y1={8} x2={w - 1} y2={8} stroke="#fff" strokeWidth={1} strokeDasharray="3 3" />
          )}
        </svg>
      );
    case 'circle':
      return (
        <svg width={w} height={18} aria-hidden="true">
          {symbol.halo && (
            <circle cx={w / 2} cy={9} r={symbol.radius + 4} fill={symbol.color} fillOpacity={0.22} />
          )}
          <circle
            cx={w / 2}
            cy={9}
            r={symbol.radius}
            fill={symbol.hollow ? '#fff' : symbol.color}
            stroke={symbol.stroke}
            strokeWidth={symbol.hollow ? 2 : 1.5}
          />
          {symbol.dot && <circle cx={w / 2} cy={9} r={1.8} fill={symbol.hollow ? symbol.stroke : '#fff'} />}
        </svg>
      );
  }
}
