import type { LocationQuality } from '../../domain/schema';
import { useT } from '../context';

export function QualityBadge({ quality, basis }: { quality: LocationQuality; basis: string }) {
  const t = useT();
  return (
    <div className="quality">
      <span className={`badge badge-${quality}`} data-testid="quality-badge" data-quality={quality}>
        {t('quality.badge', { q: t(`quality.${quality}`) })}
      </span>
      <details>
        <summary>{t('quality.basis')}</summary>
        <p lang="zh-CN">{basis}</p>
      </details>
    </div>
  );
}
