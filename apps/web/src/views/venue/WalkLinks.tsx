import { type Locale, localize } from '@paseo/domain';
import type { WalkLink } from '@/data';
import { t } from '@/lib/i18n';
import { entryPath } from '@/lib/urls';

/** The walks that stop at the venue. */
export function WalkLinks({ walks, locale }: { walks: WalkLink[]; locale: Locale }) {
  if (walks.length === 0) return null;
  const words = t(locale);
  return (
    <section aria-labelledby="walks" className="venue__section wrap" data-testid="walks-here">
      <h2 id="walks">{words.walksHere}</h2>
      <ul className="guide-links">
        {walks.map((walk) => (
          <li key={walk.slug.es}>
            <a href={entryPath('walk', locale, walk.slug)}>{localize(walk.title, locale)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
