import { categories, homePath, type Locale, localize } from '@paseo/domain';
import { BackLink } from '@/components/BackLink';
import { Breadcrumbs, neighborhoodCrumbs } from '@/components/Breadcrumbs';
import { Credit } from '@/components/Credit';
import { MediaImage } from '@/components/Image';
import { RichText } from '@/components/RichText';
import type { VenuePage } from '@/data';
import { t } from '@/lib/i18n';
import { venueHeroSizes } from '@/lib/imageSizes';
import { categoryPath, entryPath } from '@/lib/urls';
import { Accessibility } from './venue/Accessibility';
import { Admission } from './venue/Admission';
import { Contact } from './venue/Contact';
import { Gallery } from './venue/Gallery';
import { GettingHere } from './venue/GettingHere';
import { Nearby } from './venue/Nearby';
import { OpeningHours } from './venue/OpeningHours';
import { RelatedLinks } from './venue/RelatedLinks';
import { Report } from './venue/Report';
import { Tips } from './venue/Tips';
import { Verified } from './venue/Verified';

/** The venue page, section by section. */
export function VenueView({ page, locale }: { page: VenuePage; locale: Locale }) {
  const { venue, trail, guides } = page;
  const words = t(locale);
  const name = localize(venue.name, locale);
  const neighborhood = trail[trail.length - 1];
  const neighborhoodPath = neighborhood
    ? entryPath('neighborhood', locale, neighborhood.slug)
    : homePath(locale);
  const neighborhoodName = neighborhood ? localize(neighborhood.name, locale) : words.home;
  const description = localize(venue.description, locale);
  const hero = venue.heroImage;
  const path = entryPath('venue', locale, venue.slug);

  return (
    <article className="venue">
      <div className="venue__top wrap">
        <BackLink
          fallbackHref={neighborhoodPath}
          fallbackLabel={words.backTo(neighborhoodName)}
          backLabel={words.back}
        />
        <Breadcrumbs
          label={t(locale).breadcrumb}
          items={[
            { name: words.home, path: homePath(locale) },
            ...neighborhoodCrumbs(trail, locale),
            { name, path },
          ]}
        />
      </div>

      <header className="venue__header wrap">
        <p className="venue__kicker">
          <a href={categoryPath(venue.category, locale)}>{categories[venue.category].label[locale]}</a>
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
        <MediaImage
          media={hero}
          locale={locale}
          sizes={venueHeroSizes}
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

          <Gallery images={venue.gallery} locale={locale} />

          <GettingHere venue={venue} locale={locale} />

          <Tips tips={venue.tips} locale={locale} />
        </div>

        <aside
          className="venue__facts"
          aria-label={locale === 'es' ? 'Datos prácticos' : 'Practical details'}
        >
          {venue.openingHours ? <OpeningHours hours={venue.openingHours} locale={locale} /> : null}
          {venue.admission ? <Admission admission={venue.admission} locale={locale} /> : null}
          {venue.accessibility ? <Accessibility accessibility={venue.accessibility} locale={locale} /> : null}
          <Contact contact={venue.contact} locale={locale} />
        </aside>
      </div>

      <Nearby nearby={page.nearby} locale={locale} />

      <RelatedLinks
        id="walks"
        title={words.walksHere}
        testId="walks-here"
        links={page.walks.map((walk) => ({
          href: entryPath('walk', locale, walk.slug),
          title: localize(walk.title, locale),
        }))}
      />

      <RelatedLinks
        id="guides"
        title={words.practicalGuides}
        testId="guides"
        links={guides.map((guide) => ({
          href: entryPath('guide', locale, guide.slug),
          title: localize(guide.title, locale),
          text: localize(guide.summary, locale),
        }))}
      />

      <div className="venue__closing wrap">
        <Verified venue={venue} locale={locale} />
        <Report venueId={page.id} pagePath={path} locale={locale} />
      </div>
    </article>
  );
}
