import type { LocationQuality } from '../../domain/schema';
import { useAppState, useT } from '../context';

/** Location quality and how the place was obtained, in the user's language where the data has it. */
export function QualityBadge({
  quality,
  basis,
  basisEn,
}: {
  quality: LocationQuality;
  basis: string;
  basisEn?: string | undefined;
}) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const english = lang === 'en' && !!basisEn;
  return (
    <div className="quality">
      <span className={`badge badge-${quality}`} data-testid="quality-badge" data-quality={quality}>
        {t('quality.badge', { q: t(`quality.${quality}`) })}
      </span>
      <details>
        <summary>{t('quality.basis')}</summary>
        <p lang={english ? 'en' : 'zh-CN'} data-testid="quality-basis">
          {english ? basisEn : basis}
          {lang === 'en' && !english && <small> {t('quality.basisZhOnly')}</small>}
        </p>
      </details>
    </div>
  );
}
