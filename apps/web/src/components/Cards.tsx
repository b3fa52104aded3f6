import {
  type CategoryKey,
  categories,
  type Guide,
  type Locale,
  localize,
  type Neighborhood,
  type Walk,
} from '@paseo/domain';
import { MediaImage } from '@/components/Image';
import type { VenueCard as VenueCardData } from '@/data';
import { t } from '@/lib/i18n';
import { venueCardSizes } from '@/lib/imageSizes';
import { categoryPath, entryPath } from '@/lib/urls';

/** A venue in a list: photo, category, name, one-line teaser. */
export function VenueCard({
  venue,
  locale,
  headingLevel = 3,
  eager = false,
}: {
  venue: VenueCardData;
  locale: Locale;
  headingLevel?: 2 | 3;
  eager?: boolean;
}) {
  const Heading = `h${headingLevel}` as 'h3';
  const image = venue.heroImage;
  return (
    <article className="card">
      <MediaImage
        className="card__image"
        media={image}
        locale={locale}
        sizes={venueCardSizes}
        loading={eager ? 'eager' : 'lazy'}
      />
      <div className="card__body">
        <p className="card__kicker">{categories[venue.category].label[locale]}</p>
        <Heading className="card__title">
          <a href={entryPath('venue', locale, venue.slug)} className="card__link">
            {localize(venue.name, locale)}
          </a>
        </Heading>
        <p className="card__teaser">{localize(venue.teaser, locale)}</p>
      </div>
    </article>
  );
}

export function VenueGrid({
  venues,
  locale,
  eagerCount = 0,
}: {
  venues: VenueCardData[];
  locale: Locale;
  eagerCount?: number;
}) {
  return (
    <ul className="card-grid">
      {venues.map((venue, index) => (
        <li key={venue.slug.es}>
          <VenueCard venue={venue} locale={locale} eager={index < eagerCount} />
        </li>
      ))}
    </ul>
  );
}

/** Walks in a list: picture, stop count, title, one-line teaser. */
export function WalkGrid({
  walks,
  locale,
  headingLevel = 2,
}: {
  walks: Walk[];
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const words = t(locale);
  const Heading = `h${headingLevel}` as 'h2';
  return (
    <ul className="card-grid">
      {walks.map((walk, index) => (
        <li key={walk.slug.es}>
          <article className="card">
            <MediaImage
              className="card__image"
              media={walk.heroImage}
              locale={locale}
              sizes={venueCardSizes}
              loading={index < 3 ? 'eager' : 'lazy'}
            />
            <div className="card__body">
              <p className="card__kicker">
                {words.walk} · {words.stopCount(walk.stops.length)}
              </p>
              <Heading className="card__title">
                <a href={entryPath('walk', locale, walk.slug)} className="card__link">
                  {localize(walk.title, locale)}
                </a>
              </Heading>
              <p className="card__teaser">{localize(walk.teaser, locale)}</p>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}

export function NeighborhoodList({
  neighborhoods,
  locale,
}: {
  neighborhoods: Neighborhood[];
  locale: Locale;
}) {
  return (
    <ul className="tile-list">
      {neighborhoods.map((n) => (
        <li key={n.slug.es} className="tile">
          <a href={entryPath('neighborhood', locale, n.slug)} className="tile__link">
            {localize(n.name, locale)}
          </a>
          <p className="tile__text">{localize(n.summary, locale)}</p>
        </li>
      ))}
    </ul>
  );
}

export function GuideList({ guides, locale }: { guides: Guide[]; locale: Locale }) {
  return (
    <ul className="tile-list">
      {guides.map((guide) => (
        <li key={guide.slug.es} className="tile">
          <a href={entryPath('guide', locale, guide.slug)} className="tile__link">
            {localize(guide.title, locale)}
          </a>
          <p className="tile__text">{localize(guide.summary, locale)}</p>
        </li>
      ))}
    </ul>
  );
}

export function CategoryChips({ locale, keys }: { locale: Locale; keys: readonly CategoryKey[] }) {
  return (
    <ul className="chips">
      {keys.map((key) => (
        <li key={key}>
          <a className="chip" href={categoryPath(key, locale)}>
            {categories[key].label[locale]}
          </a>
        </li>
      ))}
    </ul>
  );
}
