import { type Guide, type Locale, localize } from '@paseo/domain';
import { t } from '@/lib/i18n';
import { entryPath } from '@/lib/urls';

/** The practical guides an editor linked to the venue. */
export function GuideLinks({ guides, locale }: { guides: Guide[]; locale: Locale }) {
  if (guides.length === 0) return null;
  const words = t(locale);
  return (
    <section aria-labelledby="guides" className="venue__section wrap" data-testid="guides">
      <h2 id="guides">{words.practicalGuides}</h2>
      <ul className="guide-links">
        {guides.map((guide) => (
          <li key={guide.slug.es}>
            <a href={entryPath('guide', locale, guide.slug)}>{localize(guide.title, locale)}</a>
            <span>{localize(guide.summary, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
