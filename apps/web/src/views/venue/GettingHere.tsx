import { directionsUrl, formatAddress, type Locale, localize, type Venue } from '@paseo/domain';
import { MapOnDemand } from '@/components/MapOnDemand';
import { t } from '@/lib/i18n';

/** The address, how to arrive, the map on request, the stops nearby and a link to a map app. */
export function GettingHere({ venue, locale }: { venue: Venue; locale: Locale }) {
  const words = t(locale);
  const name = localize(venue.name, locale);
  return (
    <section aria-labelledby="getting-here" className="venue__section" data-testid="getting-here">
      <h2 id="getting-here">{words.howToGetHere}</h2>
      <address className="venue__address">
        <span className="visually-hidden">{words.address}: </span>
        {formatAddress(venue.address)}
      </address>
      {venue.gettingThere ? <p>{localize(venue.gettingThere, locale)}</p> : null}
      <MapOnDemand
        point={{ ...venue.location, title: name }}
        label={words.mapOf(name)}
        previewLabel={words.mapPreviewOf(name)}
        showLabel={words.showMap}
        loadingLabel={words.mapLoading}
      />
      {venue.transit.length > 0 ? (
        <>
          <h3>{words.transitStops}</h3>
          <ul className="transit" data-testid="transit">
            {venue.transit.map((stop) => (
              <li
                key={`${stop.mode}-${stop.line}-${stop.name}`}
                className={`transit__stop transit__stop--${stop.mode}`}
              >
                <span className="transit__mode">
                  {words.transitModes[stop.mode]} {words.line} {stop.line}
                </span>
                <span className="transit__name">{stop.name}</span>
                <span className="transit__walk">{words.walkMinutes(stop.walkingMinutes)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a
          className="button button--secondary"
          href={directionsUrl(venue.location)}
          rel="noopener"
          data-testid="directions"
        >
          {words.directions}
        </a>
      </p>
    </section>
  );
}
