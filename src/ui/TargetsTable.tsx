import type { Target } from '../domain/schema';
import { CitationView } from './panel/CitationView';
import { useData, useT } from './context';
import { fmt } from '../i18n/amounts';

/**
 * The plan's 2025 targets (indicator, value and unit as stated); the citation is optional. On a
 * slide the rows run in columns so the whole table fits a 720-pixel-high screen.
 */
export function TargetsTable({
  withCitation = false,
  className,
  plan,
  columns = 1,
}: {
  withCitation?: boolean;
  className?: string;
  /** Only one plan's targets (the logistics tour shows the logistics plan's). */
  plan?: 'logistics' | 'county';
  columns?: 1 | 2 | 3;
}) {
  const t = useT();
  const targets = useData().targets.filter((x) => !plan || x.plan === plan);
  const first = targets[0];
  const perRow = Math.ceil(targets.length / columns);
  const rows = Array.from({ length: perRow }, (_, r) =>
    Array.from({ length: columns }, (_, c) => targets[c * perRow + r]).filter((x): x is Target => !!x),
  );
  return (
    <>
      <table className={className} data-testid="targets-table">
        <caption>{t('present.targets')}</caption>
        <tbody>
          {rows.map((row) => (
            <tr key={row.map((x) => x.id).join('+')}>
              {row.map((x) => (
                <TargetCells key={x.id} x={x} withCitation={withCitation} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {withCitation && first && <CitationView c={first.citation} />}
    </>
  );
}

function TargetCells({ x, withCitation }: { x: Target; withCitation: boolean }) {
  const t = useT();
  return (
    <>
      <th scope="row" lang="zh-CN">
        {x.indicator}
      </th>
      <td>{x.value === null ? <span lang="zh-CN">{x.text}</span> : `${fmt(x.value)} ${x.unit ?? ''}`}</td>
      {withCitation && <td className="line-ref">{t('panel.line', { n: x.citation.line })}</td>}
    </>
  );
}
