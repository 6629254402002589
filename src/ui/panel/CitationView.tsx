import type { Citation } from '../../domain/schema';
import { documentTitle } from '../../domain/sources';
import { useT } from '../context';

/** Document title, section and line of a plan statement. */
export function CitationView({ c }: { c: Citation }) {
  const t = useT();
  return (
    <span className="citation" data-testid="citation">
      <span className="doc">{documentTitle(c)}</span>
      <span className="section">{c.section}</span>
      <span className="where">
        {c.file} · {t('panel.line', { n: c.line })}
      </span>
    </span>
  );
}
