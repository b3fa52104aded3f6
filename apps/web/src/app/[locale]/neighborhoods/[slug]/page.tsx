import { breadcrumbJsonLd, homePath, type Locale, localize, neighborhoodJsonLd } from '@paseo/domain';
import type { Metadata } from 'next';
import { cache } from 'react';
import { JsonLd, PageShell } from '@/components/PageShell';
import { content } from '@/data';
import { t } from '@/lib/i18n';
import { pageMetadata, shortDescription } from '@/lib/metadata';
import { type PagedEntryParams, pagedEntryMetadata, pagedEntryPage } from '@/lib/pages';
import { absoluteUrl, entryAlternates, entryPath, listPageAlternates } from '@/lib/urls';
import { NeighborhoodView } from '@/views/NeighborhoodView';

/** A neighborhood and its places, a page at a time (later pages: page/[page]). */
type Props = { params: PagedEntryParams };

export function generateStaticParams() {
  return [];
}

/** The neighborhood, the areas around it, and a page of the places in it and in the areas inside it. */
const load = cache(async (locale: Locale, slug: string, page: number) => {
  const data = await content();
  const found = await data.neighborhoodBySlug(locale, slug);
  if (!found) return undefined;
  const slugs = [found.neighborhood.slug.es, ...found.children.map((n) => n.slug.es)];
  const venues = await data.venuesInNeighborhoods(slugs, page);
  return page > venues.totalPages ? undefined : { ...found, venues };
});

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return pagedEntryMetadata(params, load, ({ neighborhood, venues }, locale, page) =>
    pageMetadata({
      locale,
      title: t(locale).titleOnPage(localize(neighborhood.name, locale), page),
      description: shortDescription(localize(neighborhood.summary, locale)),
      alternates: listPageAlternates(entryAlternates('neighborhood', neighborhood.slug), page),
      image: venues.venues[0]?.heroImage,
    }),
  );
}

export default async function NeighborhoodPage({ params }: Props) {
  const { locale, found, alternates } = await pagedEntryPage(
    params,
    'neighborhood',
    load,
    ({ neighborhood }) => entryAlternates('neighborhood', neighborhood.slug),
  );
  // The neighborhood's own address, whichever page of its places this is.
  const url = absoluteUrl(entryPath('neighborhood', locale, found.neighborhood.slug));
  const linkTo = (n: (typeof found.trail)[number]) => absoluteUrl(entryPath('neighborhood', locale, n.slug));
  return (
    <PageShell locale={locale} alternates={alternates}>
      <JsonLd
        data={neighborhoodJsonLd(found.neighborhood, {
          locale,
          url,
          neighborhoods: found.trail.slice(0, -1).map((n) => ({ neighborhood: n, url: linkTo(n) })),
        })}
      />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: t(locale).home, url: absoluteUrl(homePath(locale)) },
          ...found.trail.map((n) => ({ name: localize(n.name, locale), url: linkTo(n) })),
        ])}
      />
      <NeighborhoodView
        locale={locale}
        neighborhood={found.neighborhood}
        trail={found.trail}
        subNeighborhoods={found.children}
        venues={found.venues}
      />
    </PageShell>
  );
}
