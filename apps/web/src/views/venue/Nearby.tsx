import { categories, type Locale, localize } from '@paseo/domain';
import { MediaImage } from '@/components/Image';
import type { VenuePage } from '@/data';
import { t } from '@/lib/i18n';
import { nearbyThumbnailSizes } from '@/lib/imageSizes';
import { entryPath } from '@/lib/urls';

/** The places within a walk, pinned ones first, each with its distance and walking time. */
export function Nearby({ nearby, locale }: { nearby: VenuePage['nearby']; locale: Locale }) {
  if (nearby.length === 0) return null;
  const words = t(locale);
  return (
    <section aria-labelledby="nearby" className="venue__band" data-testid="nearby">
      <div className="wrap">
        <h2 id="nearby">{words.nearby}</h2>
        <ul className="nearby">
          {nearby.map((place) => (
            <li
              key={place.venue.slug.es}
              className="nearby__item"
              data-pinned={place.pinned ? 'true' : undefined}
            >
              <MediaImage
                className="nearby__image"
                media={place.venue.heroImage}
                locale={locale}
                alt=""
                sizes={nearbyThumbnailSizes(place.venue.heroImage)}
              />
              <div>
                <p className="nearby__kicker">
                  {categories[place.venue.category].label[locale]}
                  {place.pinned ? ` · ${words.pinned}` : ''}
                </p>
                <h3 className="nearby__title">
                  <a href={entryPath('venue', locale, place.venue.slug)}>
                    {localize(place.venue.name, locale)}
                  </a>
                </h3>
                <p className="nearby__teaser">{localize(place.venue.teaser, locale)}</p>
                <p className="nearby__distance">
                  {words.distance(place.meters)} · {words.walkMinutes(place.walkingMinutes)}
                </p>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
