import { homePath, type Locale, localize, type Neighborhood } from '@paseo/domain';
import { Breadcrumbs, neighborhoodCrumbs } from '@/components/Breadcrumbs';
import { NeighborhoodList } from '@/components/Cards';
import { MapOnDemand } from '@/components/MapOnDemand';
import { PagedVenueGrid } from '@/components/PagedVenueGrid';
import type { VenueCardPage } from '@/data';
import { t } from '@/lib/i18n';
import { entryPath } from '@/lib/urls';

type Props = {
  locale: Locale;
  neighborhood: Neighborhood;
  trail: Neighborhood[];
  subNeighborhoods: Neighborhood[];
  /** The page of its places this page shows; the map marks those. */
  venues: VenueCardPage;
};

export function NeighborhoodView({ locale, neighborhood, trail, subNeighborhoods, venues }: Props) {
  const words = t(locale);
  const name = localize(neighborhood.name, locale);
  const path = entryPath('neighborhood', locale, neighborhood.slug);
  const parent = trail.length > 1 ? trail[trail.length - 2] : undefined;
  const outline =
    neighborhood.boundary?.type === 'Polygon'
      ? (neighborhood.boundary.coordinates as [number, number][][])
      : neighborhood.boundary?.type === 'MultiPolygon'
        ? (neighborhood.boundary.coordinates.flat() as [number, number][][])
        : undefined;
  return (
    <div className="wrap listing">
      <Breadcrumbs
        label={t(locale).breadcrumb}
        items={[{ name: words.home, path: homePath(locale) }, ...neighborhoodCrumbs(trail, locale)]}
      />
      <header className="listing__header">
        {parent ? (
          <p className="venue__kicker">
            {words.partOf}{' '}
            <a href={entryPath('neighborhood', locale, parent.slug)}>{localize(parent.name, locale)}</a>
          </p>
        ) : null}
        <h1>{words.titleOnPage(name, venues.page)}</h1>
        <p className="listing__intro">{localize(neighborhood.summary, locale)}</p>
      </header>
      <MapOnDemand
        point={{ ...neighborhood.centre, title: name }}
        others={venues.venues.map((v) => ({
          ...v.location,
          title: localize(v.name, locale),
          href: entryPath('venue', locale, v.slug),
        }))}
        outline={outline}
        label={words.mapOf(name)}
        previewLabel={words.mapPreviewOf(name)}
        showLabel={words.showMap}
        loadingLabel={words.mapLoading}
      />
      {subNeighborhoods.length > 0 ? (
        <section className="section" aria-labelledby="sub-neighborhoods">
          <h2 id="sub-neighborhoods">{words.subNeighborhoods}</h2>
          <NeighborhoodList neighborhoods={subNeighborhoods} locale={locale} />
        </section>
      ) : null}
      <section className="section" aria-labelledby="places-here">
        <h2 id="places-here">{words.placesHere}</h2>
        <PagedVenueGrid venues={venues} listPath={path} locale={locale} />
      </section>
    </div>
  );
}
