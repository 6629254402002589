import type { LegendSymbol } from '../layers/types';

/** Draws a legend symbol from the same constants the layer spec uses. */
export function LegendSwatch({ symbol }: { symbol: LegendSymbol }) {
  const size = 22;
  switch (symbol.kind) {
    case 'fill':
      return (
        <svg width={size} height={16} aria-hidden="true">
          <rect
            x={1}
            y={1}
            width={size - 2}
            height={14}
            fill={symbol.color}
            stroke={symbol.outline ?? 'none'}
            strokeDasharray={symbol.dashed ? '3 2' : undefined}
          />
        </svg>
      );
    case 'line':
      return (
        <svg width={size} height={16} aria-hidden="true">
          {symbol.casing && (
            <line x1={1} y1={8} x2={size - 1} y2={8} stroke={symbol.casing} strokeWidth={symbol.width + 2} />
          )}
          <line x1={1} y1={8} x2={size - 1} y2={8} stroke={symbol.color} strokeWidth={symbol.width} />
          {symbol.dashed && (
            <line x1={1} y1={8} x2={size - 1} y2={8} stroke="#fff" strokeWidth={1} strokeDasharray="3 3" />
          )}
        </svg>
      );
    case 'circle':
      return (
        <svg width={size} height={16} aria-hidden="true">
          <circle
            cx={size / 2}
            cy={8}
            r={symbol.radius}
            fill={symbol.hollow ? '#fff' : symbol.color}
            stroke={symbol.stroke}
            strokeWidth={symbol.hollow ? 2 : 1.5}
          />
        </svg>
      );
  }
}
