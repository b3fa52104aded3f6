import {
  accessibilityFeatures,
  categories,
  directionsUrl,
  formatAddress,
  homePath,
  type Locale,
  lastVerified,
  localize,
  openSchedule,
  weeklyHours,
} from '@paseo/domain';
import { BackLink } from '@/components/BackLink';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Credit } from '@/components/Credit';
import Image from '@/components/Image';
import { MapOnDemand } from '@/components/MapOnDemand';
import { OpenNow } from '@/components/OpenNow';
import { ReportForm } from '@/components/ReportForm';
import { RichText } from '@/components/RichText';
import type { VenuePage } from '@/data';
import { formatDate, formatPrice, t } from '@/lib/i18n';
import { galleryImageSizes, nearbyThumbnailSizes, venueHeroSizes } from '@/lib/imageSizes';
import { categoryPath, entryPath } from '@/lib/urls';

/**
 * How far ahead a page's "open now" line can tell. Pages are rendered again every day (see the
 * route's `revalidate`), so a copy kept by any cache stays right for about two weeks.
 */
const OPEN_NOW_DAYS = 14;

/** The venue page, section by section. */
export function VenueView({ page, locale }: { page: VenuePage; locale: Locale }) {
  const { venue, trail, guides, category } = page;
  const words = t(locale);
  const name = localize(venue.name, locale);
  const neighborhood = trail[trail.length - 1];
  const neighborhoodPath = neighborhood
    ? entryPath('neighborhood', locale, neighborhood.slug)
    : homePath(locale);
  const neighborhoodName = neighborhood ? localize(neighborhood.name, locale) : words.home;
  const description = localize(venue.description, locale);
  const verified = lastVerified(venue);
  const hero = venue.heroImage;
  const path = entryPath('venue', locale, venue.slug);
  const accessibility = venue.accessibility;

  return (
    <article className="venue">
      <div className="venue__top wrap">
        <BackLink
          fallbackHref={neighborhoodPath}
          fallbackLabel={words.backTo(neighborhoodName)}
          backLabel={words.back}
        />
        <Breadcrumbs
          label={locale === 'es' ? 'Ruta de navegación' : 'Breadcrumb'}
          items={[
            { name: words.home, path: homePath(locale) },
            ...trail.map((n) => ({
              name: localize(n.name, locale),
              path: entryPath('neighborhood', locale, n.slug),
            })),
            { name, path },
          ]}
        />
      </div>

      <header className="venue__header wrap">
        <p className="venue__kicker">
          <a href={categoryPath(venue.category, locale)}>{localize(category.label, locale)}</a>
          {neighborhood ? (
            <>
              {' · '}
              <a href={neighborhoodPath}>{neighborhoodName}</a>
              {trail.length > 1 && trail[0] ? `, ${localize(trail[0].name, locale)}` : ''}
            </>
          ) : null}
        </p>
        <h1 className="venue__title">{name}</h1>
        <p className="venue__teaser">{localize(venue.teaser, locale)}</p>
      </header>

      <figure className="venue__hero">
        <Image
          src={hero.url}
          alt={hero.alt[locale]}
          width={hero.width}
          height={hero.height}
          sizes={venueHeroSizes}
          quality={70}
          preload
          fetchPriority="high"
          loading="eager"
          className="venue__hero-image"
        />
        <figcaption className="venue__credit wrap" data-testid="hero-credit">
          <Credit credit={hero.credit} locale={locale} />
        </figcaption>
      </figure>

      <div className="venue__layout wrap">
        <div className="venue__main">
          {venue.pullQuote ? (
            <figure className="pull-quote">
              <blockquote>
                <p>{localize(venue.pullQuote.text, locale)}</p>
              </blockquote>
              <figcaption>— {venue.pullQuote.attribution}</figcaption>
            </figure>
          ) : null}

          <section aria-labelledby="about" className="venue__section prose">
            <h2 id="about">{words.aboutThePlace}</h2>
            <RichText value={description} />
          </section>

          {venue.gallery.length > 0 ? (
            <section aria-label={locale === 'es' ? 'Galería' : 'Gallery'} className="venue__section gallery">
              {venue.gallery.map((image) => (
                <figure key={image.url}>
                  <Image
                    src={image.url}
                    alt={image.alt[locale]}
                    width={image.width}
                    height={image.height}
                    sizes={galleryImageSizes}
                    quality={70}
                  />
                  <figcaption>
                    <Credit credit={image.credit} locale={locale} />
                  </figcaption>
                </figure>
              ))}
            </section>
          ) : null}

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

          {venue.tips.length > 0 ? (
            <section aria-labelledby="tips" className="venue__section">
              <h2 id="tips">{words.tips}</h2>
              <dl className="tips">
                {venue.tips.map((tip) => (
                  <div key={`${tip.kind}-${tip.text.es}`} className="tips__item">
                    <dt>{words.tipKinds[tip.kind]}</dt>
                    <dd>{localize(tip.text, locale)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null}
        </div>

        <aside
          className="venue__facts"
          aria-label={locale === 'es' ? 'Datos prácticos' : 'Practical details'}
        >
          {venue.openingHours ? (
            <section aria-labelledby="hours" className="facts-card" data-testid="opening-hours">
              <h2 id="hours">{words.openingHours}</h2>
              <OpenNow
                schedule={openSchedule(venue.openingHours, new Date(), OPEN_NOW_DAYS)}
                locale={locale}
              />
              <HoursTable hours={venue.openingHours} locale={locale} />
              <p className="facts-card__note">{words.timeZoneNote}</p>
              {venue.openingHours.closures.length > 0 ? (
                <>
                  <h3>{words.specialClosures}</h3>
                  <ul className="plain-list">
                    {venue.openingHours.closures.map((closure) => (
                      <li key={closure.date}>
                        {formatDate(closure.date, locale)}
                        {closure.reason ? ` — ${localize(closure.reason, locale)}` : ''}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {venue.openingHours.note ? (
                <p className="facts-card__note">{localize(venue.openingHours.note, locale)}</p>
              ) : null}
            </section>
          ) : null}

          {venue.admission ? (
            <section aria-labelledby="admission" className="facts-card" data-testid="admission">
              <h2 id="admission">{words.admission}</h2>
              <dl className="price-list">
                {venue.admission.prices.map((price) => (
                  <div key={`${price.kind}-${price.audience.es}`}>
                    <dt>{localize(price.audience, locale)}</dt>
                    <dd>{price.amountMXN === 0 ? words.free : formatPrice(price.amountMXN, locale)}</dd>
                  </div>
                ))}
              </dl>
              {venue.admission.freeDays.length > 0 ? (
                <>
                  <h3>{words.freeEntry}</h3>
                  <ul className="plain-list">
                    {venue.admission.freeDays.map((day) => (
                      <li key={day.es}>{localize(day, locale)}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {venue.admission.note ? (
                <p className="facts-card__note">{localize(venue.admission.note, locale)}</p>
              ) : null}
            </section>
          ) : null}

          {accessibility ? (
            <section aria-labelledby="accessibility" className="facts-card" data-testid="accessibility">
              <h2 id="accessibility">{words.accessibility}</h2>
              <dl className="access-list">
                {accessibilityFeatures.map((key) => (
                  <div key={key} data-availability={accessibility[key]}>
                    <dt>{words.accessibilityFeatures[key]}</dt>
                    <dd>{words.availability[accessibility[key]]}</dd>
                  </div>
                ))}
                {accessibility.signageLanguages.length > 0 ? (
                  <div>
                    <dt>{words.signageLanguages}</dt>
                    <dd>
                      {accessibility.signageLanguages
                        .map((code) => words.languageNames[code] ?? code)
                        .join(', ')}
                    </dd>
                  </div>
                ) : null}
                {accessibility.tourLanguages.length > 0 ? (
                  <div>
                    <dt>{words.tourLanguages}</dt>
                    <dd>
                      {accessibility.tourLanguages
                        .map((code) => words.languageNames[code] ?? code)
                        .join(', ')}
                    </dd>
                  </div>
                ) : null}
              </dl>
              {accessibility.note ? (
                <p className="facts-card__note">{localize(accessibility.note, locale)}</p>
              ) : null}
            </section>
          ) : null}

          {venue.contact && (venue.contact.phone || venue.contact.website || venue.contact.email) ? (
            <section aria-labelledby="contact" className="facts-card">
              <h2 id="contact">{words.contact}</h2>
              <ul className="plain-list">
                {venue.contact.phone ? (
                  <li>
                    {words.phone}:{' '}
                    <a href={`tel:${venue.contact.phone.replace(/[^+\d]/g, '')}`}>{venue.contact.phone}</a>
                  </li>
                ) : null}
                {venue.contact.website ? (
                  <li>
                    <a href={venue.contact.website} rel="noopener">
                      {words.website}
                    </a>
                  </li>
                ) : null}
                {venue.contact.email ? (
                  <li>
                    {words.email}: <a href={`mailto:${venue.contact.email}`}>{venue.contact.email}</a>
                  </li>
                ) : null}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>

      {page.nearby.length > 0 ? (
        <section aria-labelledby="nearby" className="venue__band" data-testid="nearby">
          <div className="wrap">
            <h2 id="nearby">{words.nearby}</h2>
            <ul className="nearby">
              {page.nearby.map((place) => (
                <li
                  key={place.venue.slug.es}
                  className="nearby__item"
                  data-pinned={place.pinned ? 'true' : undefined}
                >
                  <Image
                    className="nearby__image"
                    src={place.venue.heroImage.url}
                    alt=""
                    width={place.venue.heroImage.width}
                    height={place.venue.heroImage.height}
                    sizes={nearbyThumbnailSizes(place.venue.heroImage)}
                    quality={70}
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
      ) : null}

      {guides.length > 0 ? (
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
      ) : null}

      <div className="venue__closing wrap">
        {verified ? (
          <div className="verified" data-testid="verified">
            <p>
              <strong>{words.verifiedOn(formatDate(verified, locale))}</strong>
            </p>
            <p className="verified__sources">
              {words.verifiedSources}:{' '}
              {[...new Map(venue.factChecks.map((check) => [check.source.name, check.source])).values()].map(
                (source, index) => (
                  <span key={source.name}>
                    {index > 0 ? ', ' : ''}
                    {source.url ? <a href={source.url}>{source.name}</a> : source.name}
                  </span>
                ),
              )}
            </p>
          </div>
        ) : null}
        <ReportForm
          venueId={page.id}
          pagePath={path}
          locale={locale}
          words={{
            title: words.reportError,
            intro: words.reportIntro,
            message: words.reportMessage,
            email: words.reportEmail,
            send: words.reportSend,
            sending: words.reportSending,
            thanks: words.reportThanks,
            failed: words.reportFailed,
            tooShort: words.reportTooShort,
            badEmail: words.reportBadEmail,
            tooMany: words.reportTooMany,
            tooLarge: words.reportTooLarge,
          }}
        />
      </div>
    </article>
  );
}

function HoursTable({
  hours,
  locale,
}: {
  hours: NonNullable<VenuePage['venue']['openingHours']>;
  locale: Locale;
}) {
  const words = t(locale);
  // A regular week, taken from a fixed Monday so a cached page never shows one week's holiday.
  const week = weeklyHours(
    { rule: hours.rule, timeZone: hours.timeZone },
    new Date('2026-01-05T12:00:00-06:00'),
  );
  return (
    <table className="hours">
      <caption className="visually-hidden">{words.openingHours}</caption>
      <tbody>
        {week.map(({ day, intervals }) => (
          <tr key={day}>
            <th scope="row">{words.weekdays[day]}</th>
            <td>
              {intervals.length === 0
                ? words.closed
                : intervals.map(({ opens, closes }) => `${opens}–${closes}`).join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
