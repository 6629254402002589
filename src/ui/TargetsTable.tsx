import { CitationView } from './panel/CitationView';
import { useData, useT } from './context';
import { fmt } from './panel/format';

/** The plan's 2025 targets (indicator, value and unit as stated); the citation is optional. */
export function TargetsTable({
  withCitation = false,
  className,
  plan,
}: {
  withCitation?: boolean;
  className?: string;
  /** Only one plan's targets (the logistics tour shows the logistics plan's). */
  plan?: 'logistics' | 'county';
}) {
  const t = useT();
  const targets = useData().targets.filter((x) => !plan || x.plan === plan);
  const first = targets[0];
  return (
    <>
      <table className={className} data-testid="targets-table">
        <caption>{t('present.targets')}</caption>
        <tbody>
          {targets.map((x) => (
            <tr key={x.id}>
              <th scope="row" lang="zh-CN">
                {x.indicator}
              </th>
              <td>
                {x.value === null ? <span lang="zh-CN">{x.text}</span> : `${fmt(x.value)} ${x.unit ?? ''}`}
              </td>
              {withCitation && <td className="line-ref">{t('panel.line', { n: x.citation.line })}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {withCitation && first && <CitationView c={first.citation} />}
    </>
  );
}
