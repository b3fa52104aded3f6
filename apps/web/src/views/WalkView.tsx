import {
  directionsUrl,
  homePath,
  type Locale,
  localize,
  planRoute,
  stopVenues,
  walkRoute,
  walkTimeZone,
} from '@paseo/domain';
import { Breadcrumbs, neighborhoodCrumbs } from '@/components/Breadcrumbs';
import { Credit } from '@/components/Credit';
import { MediaImage } from '@/components/Image';
import { MapOnDemand } from '@/components/MapOnDemand';
import { RichText } from '@/components/RichText';
import { StopTiming, WalkPlanner } from '@/components/WalkPlanner';
import type { WalkPage } from '@/data';
import { formatDate, formatDuration, t } from '@/lib/i18n';
import { nearbyThumbnailSizes, venueHeroSizes } from '@/lib/imageSizes';
import { entryPath, walkGpxPath } from '@/lib/urls';
import './WalkView.css';

/**
 * How many days of opening hours a walk page carries for the planner. The page is rendered again
 * at least daily (its route's `revalidate`), so a start up to two weeks ahead can always be planned.
 */
const plannedDays = 15;

/** A walk: its stops in order, a planner for any start, the route on a map and to take along. */
export function WalkView({ page, locale }: { page: WalkPage; locale: Locale }) {
  const now = new Date();
  const { walk, venues, trail } = page;
  const words = t(locale);
  const title = localize(walk.title, locale);
  const stopVenuesInOrder = stopVenues(walk, venues);
  const timeZone = walkTimeZone(stopVenuesInOrder);
  const route = walkRoute(walk, venues, now, plannedDays);
  // Legs and lengths do not depend on the start; the times come from the visitor's planner.
  const overview = planRoute(route, now, timeZone);
  const neighborhood = trail[trail.length - 1];
  const path = entryPath('walk', locale, walk.slug);
  const points = stopVenuesInOrder.map((venue) => ({
    latitude: venue.location.latitude,
    longitude: venue.location.longitude,
    title: localize(venue.name, locale),
    href: entryPath('venue', locale, venue.slug),
  }));
  const [first, ...rest] = points;

  return (
    <article className="walk">
      <div className="walk__top wrap">
        <Breadcrumbs
          label={words.breadcrumb}
          items={[
            { name: words.home, path: homePath(locale) },
            ...neighborhoodCrumbs(trail, locale),
            { name: title, path },
          ]}
        />
      </div>

      <header className="walk__header wrap">
        <p className="walk__kicker">
          {words.walk}
          {neighborhood ? (
            <>
              {' · '}
              <a href={entryPath('neighborhood', locale, neighborhood.slug)}>
                {localize(neighborhood.name, locale)}
              </a>
            </>
          ) : null}
        </p>
        <h1 className="walk__title">{title}</h1>
        <p className="walk__teaser">{localize(walk.teaser, locale)}</p>
        <p className="walk__facts" data-testid="walk-facts">
          {words.stopCount(walk.stops.length)} ·{' '}
          {words.walkFacts(
            (overview.meters / 1000).toFixed(1),
            overview.walkingMinutes,
            formatDuration((overview.ends - overview.start) / 60_000),
          )}
        </p>
      </header>

      <figure className="walk__hero">
        <MediaImage
          media={walk.heroImage}
          locale={locale}
          sizes={venueHeroSizes}
          preload
          fetchPriority="high"
          loading="eager"
          className="walk__hero-image"
        />
        <figcaption className="walk__credit wrap">
          <Credit credit={walk.heroImage.credit} locale={locale} />
        </figcaption>
      </figure>

      <div className="walk__layout wrap">
        <section className="prose" aria-label={words.walk}>
          <RichText value={localize(walk.introduction, locale)} />
        </section>

        <section aria-labelledby="stops">
          <h2 id="stops">{words.theStops}</h2>
          <WalkPlanner
            route={route}
            names={Object.fromEntries(stopVenuesInOrder.map((v) => [v.slug.es, localize(v.name, locale)]))}
            timeZone={timeZone}
            locale={locale}
            reorderable={walk.reorderable}
          >
            <ol className="walk-stops">
              {walk.stops.map((stop, index) => {
                const venue = stopVenuesInOrder[index];
                const leg = overview.stops[index]?.leg;
                if (!venue) return null;
                return (
                  <li key={stop.venue} className="walk-stop" data-testid="walk-stop">
                    {leg ? <p className="walk-stop__leg">{words.legLine(leg.meters, leg.minutes)}</p> : null}
                    {stop.wayHere ? (
                      <p className="walk-stop__way">
                        <strong>{words.wayHere}:</strong> {localize(stop.wayHere, locale)}
                      </p>
                    ) : null}
                    <div className="walk-stop__card">
                      <MediaImage
                        className="walk-stop__image"
                        media={venue.heroImage}
                        locale={locale}
                        alt=""
                        sizes={nearbyThumbnailSizes(venue.heroImage)}
                      />
                      <div>
                        <h3 className="walk-stop__title">
                          <span className="walk-stop__number">{index + 1}.</span>{' '}
                          <a href={entryPath('venue', locale, venue.slug)}>{localize(venue.name, locale)}</a>
                        </h3>
                        <StopTiming index={index} />
                        {stop.lookFor ? (
                          <p className="walk-stop__look">
                            <strong>{words.lookFor}:</strong> {localize(stop.lookFor, locale)}
                          </p>
                        ) : null}
                        <p className="walk-stop__stay">{words.stayFor(route[index]?.minutes ?? 0)}</p>
                      </div>
                    </div>
                  </li>
                );
              })}
            </ol>
          </WalkPlanner>
        </section>

        <section aria-labelledby="route" className="walk__route">
          <h2 id="route">{words.theRoute}</h2>
          {first ? (
            <div className="walk__map">
              <MapOnDemand
                point={first}
                others={rest}
                route={points.map((point) => [point.latitude, point.longitude])}
                label={words.routeMapOf(title)}
                showLabel={words.showMap}
                loadingLabel={words.mapLoading}
                previewLabel={words.routePreviewOf(title)}
              />
            </div>
          ) : null}
          <p className="walk__links">
            <a href={directionsUrl(...stopVenuesInOrder.map((venue) => venue.location))} rel="noopener">
              {words.directionsInMapApp}
            </a>
            <a href={walkGpxPath(locale, walk.slug)} download data-testid="gpx-link">
              {words.downloadGpx}
            </a>
          </p>
        </section>

        {walk.verifiedAt || walk.sources.length > 0 ? (
          <footer className="walk__sources">
            {walk.verifiedAt ? (
              <p>
                {words.routeChecked} {formatDate(walk.verifiedAt, locale)}
              </p>
            ) : null}
            {walk.sources.length > 0 ? (
              <p>
                {words.sources}:{' '}
                {walk.sources.map((source, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: sources are a fixed list; two may share a name.
                  <span key={index}>
                    {index > 0 ? ', ' : ''}
                    {source.url ? <a href={source.url}>{source.name}</a> : source.name}
                  </span>
                ))}
              </p>
            ) : null}
          </footer>
        ) : null}
      </div>
    </article>
  );
}
