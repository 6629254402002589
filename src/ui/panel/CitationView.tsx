import type { Citation } from '../../domain/schema';
import { documentTitle } from '../../domain/sources';
import { useT } from '../context';

/** Document title, section and line of a plan statement; the source file name is only a tooltip. */
export function CitationView({ c }: { c: Citation }) {
  const t = useT();
  return (
    <span className="citation" data-testid="citation" title={c.file}>
      <span className="doc">{documentTitle(c)}</span>
      <span className="section">{c.section}</span>
      <span className="where">{t('panel.line', { n: c.line })}</span>
    </span>
  );
}
