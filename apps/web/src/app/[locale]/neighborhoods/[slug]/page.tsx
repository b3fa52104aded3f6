import {
  breadcrumbJsonLd,
  homePath,
  listPagePath,
  localize,
  neighborhoodJsonLd,
  pagePath,
} from '@paseo/domain';
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { JsonLd, PageShell } from '@/components/PageShell';
import { content } from '@/data';
import { t } from '@/lib/i18n';
import { pageMetadata, shortDescription } from '@/lib/metadata';
import { keepCanonical, localeOr404, metadataOf, redirectOr404 } from '@/lib/pages';
import {
  absoluteUrl,
  entryAlternates,
  entryPath,
  isLocale,
  listPageAlternates,
  listPageNumber,
} from '@/lib/urls';
import { NeighborhoodView } from '@/views/NeighborhoodView';

/** A neighborhood and its places, a page at a time (later pages: page/[page]). */
type Props = { params: Promise<{ locale: string; slug: string; page?: string }> };

export function generateStaticParams() {
  return [];
}

/** The neighborhood, the areas around it, and a page of the places in it and in the areas inside it. */
const load = cache(async (locale: string, slug: string, page: number) => {
  if (!isLocale(locale)) return undefined;
  const data = await content();
  const found = await data.neighborhoodBySlug(locale, slug);
  if (!found) return undefined;
  const slugs = [found.neighborhood.slug.es, ...found.children.map((n) => n.slug.es)];
  const venues = await data.venuesInNeighborhoods(slugs, page);
  return page > venues.totalPages ? undefined : { ...found, venues };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await params;
  const number = listPageNumber(page);
  if (number === undefined) return isLocale(locale) ? { title: t(locale).notFoundTitle } : {};
  return metadataOf(
    locale,
    () => load(locale, slug, number),
    ({ neighborhood, venues }, l) =>
      pageMetadata({
        locale: l,
        title: t(l).titleOnPage(localize(neighborhood.name, l), number),
        description: shortDescription(localize(neighborhood.summary, l)),
        alternates: listPageAlternates(entryAlternates('neighborhood', neighborhood.slug), number),
        image: venues.venues[0]?.heroImage,
      }),
  );
}

export default async function NeighborhoodPage({ params }: Props) {
  const { locale: localeParam, slug, page: pageParam } = await params;
  const locale = localeOr404(localeParam);
  const page = listPageNumber(pageParam) ?? notFound();
  const asked = listPagePath(pagePath('neighborhood', locale, slug), locale, page);
  const found = (await load(locale, slug, page)) ?? (await redirectOr404(asked));
  const alternates = listPageAlternates(entryAlternates('neighborhood', found.neighborhood.slug), page);
  // The first page has one address, the list's own.
  if (pageParam !== undefined && page === 1) permanentRedirect(alternates[locale]);
  keepCanonical(asked, alternates[locale]);
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
