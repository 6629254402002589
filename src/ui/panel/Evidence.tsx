import type { z } from 'zod';
import type { Citation, FactSchema } from '../../domain/schema';
import { CitationView } from './CitationView';

/** The plan's labelled passages, verbatim, each with its line. */
export function FactList({ facts }: { facts: ReadonlyArray<z.infer<typeof FactSchema>> }) {
  return (
    <dl className="facts">
      {facts.map((f, i) => (
        <div key={i} className="fact">
          <dt>{f.label}</dt>
          <dd lang="zh-CN" className="verbatim">
            {f.text}
            {f.citation && <CitationView c={f.citation} />}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Other lines that name the feature: the quote, then where it stands. */
export function MentionList({ mentions }: { mentions: readonly Citation[] }) {
  return (
    <ul className="mentions">
      {mentions.map((m) => (
        <li key={`${m.file}:${m.line}:${m.quote ?? ''}`}>
          {m.quote && <q lang="zh-CN">{m.quote}</q>}
          <CitationView c={m} />
        </li>
      ))}
    </ul>
  );
}
