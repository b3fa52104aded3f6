import { breadcrumbJsonLd, homePath, type Locale, localize, regularWeek, venueJsonLd } from '@paseo/domain';
import type { Metadata } from 'next';
import { cache } from 'react';
import { JsonLd, PageShell } from '@/components/PageShell';
import { content } from '@/data';
import { t } from '@/lib/i18n';
import { pageMetadata, shortDescription } from '@/lib/metadata';
import { entryPage, metadataOf } from '@/lib/pages';
import { absoluteUrl, entryAlternates, entryPath } from '@/lib/urls';
import { VenueView } from '@/views/VenueView';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered again at least daily: a venue's "open now" line carries its opening instants for the
// coming two weeks only (views/venue/OpeningHours.tsx), and its week of hours moves on.
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

/** The venue, loaded once per request for both the metadata and the page. */
const load = cache(async (locale: Locale, slug: string) => (await content()).venuePage(locale, slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return metadataOf(
    locale,
    (l) => load(l, slug),
    ({ venue, seo }, l) =>
      pageMetadata({
        locale: l,
        title:
          (seo.title && localize(seo.title as { es: string; en?: string }, l)) || localize(venue.name, l),
        description: shortDescription(
          (seo.description && localize(seo.description as { es: string; en?: string }, l)) ||
            localize(venue.teaser, l),
        ),
        alternates: entryAlternates('venue', venue.slug),
        image: venue.heroImage,
        type: 'article',
      }),
  );
}

export default async function VenuePage({ params }: Props) {
  const {
    locale,
    found: page,
    alternates,
  } = await entryPage(params, 'venue', load, ({ venue }) => entryAlternates('venue', venue.slug));
  const { venue, trail } = page;
  const url = absoluteUrl(alternates[locale]);
  const trailLinks = trail.map((n) => ({
    neighborhood: n,
    url: absoluteUrl(entryPath('neighborhood', locale, n.slug)),
  }));
  return (
    <PageShell locale={locale} alternates={alternates}>
      <JsonLd
        data={venueJsonLd(venue, { locale, url, absoluteUrl, neighborhoods: trailLinks, at: regularWeek })}
      />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: t(locale).home, url: absoluteUrl(homePath(locale)) },
          ...trailLinks.map((n) => ({ name: localize(n.neighborhood.name, locale), url: n.url })),
          { name: localize(venue.name, locale), url },
        ])}
      />
      <VenueView page={page} locale={locale} />
    </PageShell>
  );
}
