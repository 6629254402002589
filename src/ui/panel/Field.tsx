import type { ReactNode } from 'react';
import { useT } from '../context';

/** A labelled attribute; absent values say "规划未载明" rather than hiding the row. */
export function Field({
  label,
  value,
  verbatim,
}: {
  label: string;
  value: ReactNode | null | undefined;
  verbatim?: boolean;
}) {
  const t = useT();
  const missing = value === null || value === undefined || value === '';
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd
        className={missing ? 'not-stated' : verbatim ? 'verbatim' : undefined}
        lang={verbatim ? 'zh-CN' : undefined}
      >
        {missing ? t('panel.notStated') : value}
      </dd>
    </div>
  );
}
