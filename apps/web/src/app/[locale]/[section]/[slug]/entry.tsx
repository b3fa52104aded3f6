import {
  breadcrumbJsonLd,
  categoryOf,
  guideJsonLd,
  homePath,
  type Locale,
  localize,
  neighborhoodJsonLd,
  pagePath,
  venueJsonLd,
} from '@paseo/domain';
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { JsonLd, PageShell } from '@/components/PageShell';
import { CMS_UNAVAILABLE_DIGEST, content } from '@/data';
import { t } from '@/lib/i18n';
import { pageMetadata, shortDescription } from '@/lib/metadata';
import {
  absoluteUrl,
  categoryAlternates,
  categoryFromSlug,
  entryAlternates,
  entryPath,
  isLocale,
  listPageAlternates,
  listPageFrom,
  sectionFromSegment,
} from '@/lib/urls';
import { CategoryView } from '@/views/CategoryView';
import { GuideView } from '@/views/GuideView';
import { NeighborhoodView } from '@/views/NeighborhoodView';
import { VenueView } from '@/views/VenueView';
import { REGULAR_WEEK } from '@/views/venue/OpeningHours';

/**
 * An entry's page: a venue, neighborhood, category or guide. The places a neighborhood or a
 * category lists come a page at a time, later pages under their own addresses
 * (`/es/categorias/museo/pagina/2`, the page files beside this one).
 */
export type EntryProps = {
  params: Promise<{ locale: string; section: string; slug: string; page?: string }>;
};

/**
 * What the address names, loaded once per request for both the metadata and the page;
 * `pageWord` is the word before the page number in it, if any.
 */
const load = cache(
  async (localeParam: string, segment: string, slug: string, pageWord?: string, pageParam?: string) => {
    if (!isLocale(localeParam)) return undefined;
    const locale: Locale = localeParam;
    const section = sectionFromSegment(segment, locale);
    const page = listPageFrom(locale, pageWord, pageParam);
    if (page === undefined) return undefined;
    // Only the lists of places have pages.
    if (page > 1 && section !== 'neighborhood' && section !== 'category') return undefined;
    const data = await content();
    const entryAddress = `/${locale}/${segment}/${slug}`;
    // As asked, so that `/pagina/1` is sent to the list's own address.
    const path = pageWord === undefined ? entryAddress : `${entryAddress}/${pageWord}/${pageParam}`;
    switch (section) {
      case 'venue': {
        const page = await data.venuePage(locale, slug);
        if (page) return { kind: 'venue' as const, locale, path, page };
        break;
      }
      case 'neighborhood': {
        const found = await data.neighborhoodBySlug(locale, slug);
        if (found) {
          const slugs = [found.neighborhood.slug.es, ...found.children.map((n) => n.slug.es)];
          const venues = await data.venuesInNeighborhoods(slugs, page);
          if (page > venues.totalPages) break;
          return { kind: 'neighborhood' as const, locale, path, page, ...found, venues };
        }
        break;
      }
      case 'category': {
        const key = categoryFromSlug(slug, locale);
        if (key) {
          const venues = await data.venuesInCategory(key, page);
          if (page > venues.totalPages) break;
          return { kind: 'category' as const, locale, path, page, category: categoryOf(key), venues };
        }
        break;
      }
      case 'guide': {
        const guide = await data.guideBySlug(locale, slug);
        if (guide) return { kind: 'guide' as const, locale, path, guide };
        break;
      }
      default:
        return undefined;
    }
    return { kind: 'missing' as const, locale, path };
  },
);

type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;

function alternatesOf(entry: Loaded): Record<Locale, string> {
  switch (entry.kind) {
    case 'venue':
      return entryAlternates('venue', entry.page.venue.slug);
    case 'neighborhood':
      return listPageAlternates(entryAlternates('neighborhood', entry.neighborhood.slug), entry.page);
    case 'category':
      return listPageAlternates(categoryAlternates(entry.category.key), entry.page);
    case 'guide':
      return entryAlternates('guide', entry.guide.slug);
    default:
      return { es: homePath('es'), en: homePath('en') };
  }
}

export async function entryMetadata({ params }: EntryProps, pageWord?: string): Promise<Metadata> {
  const { locale, section, slug, page } = await params;
  const words = t(isLocale(locale) ? locale : 'es');
  // A CMS that cannot answer fails the page itself, whose error page then says so; the title must
  // not fail first and take the whole document down with it.
  const entry = await load(locale, section, slug, pageWord, page).catch((error: unknown) => {
    if ((error as { digest?: unknown } | null)?.digest === CMS_UNAVAILABLE_DIGEST)
      return 'unavailable' as const;
    throw error;
  });
  if (entry === 'unavailable') return { title: words.unavailableTitle };
  if (!entry || entry.kind === 'missing') return { title: words.notFoundTitle };
  const alternates = alternatesOf(entry);
  const l = entry.locale;
  switch (entry.kind) {
    case 'venue': {
      const { venue, seo } = entry.page;
      return pageMetadata({
        locale: l,
        title:
          (seo.title && localize(seo.title as { es: string; en?: string }, l)) || localize(venue.name, l),
        description: shortDescription(
          (seo.description && localize(seo.description as { es: string; en?: string }, l)) ||
            localize(venue.teaser, l),
        ),
        alternates,
        image: venue.heroImage,
        type: 'article',
      });
    }
    case 'neighborhood':
      return pageMetadata({
        locale: l,
        title: words.titleOnPage(localize(entry.neighborhood.name, l), entry.page),
        description: shortDescription(localize(entry.neighborhood.summary, l)),
        alternates,
        image: entry.venues.venues[0]?.heroImage,
      });
    case 'category':
      return pageMetadata({
        locale: l,
        title: words.titleOnPage(localize(entry.category.label, l), entry.page),
        description: shortDescription(
          entry.venues.venues.map((v) => localize(v.name, l)).join(' · ') ||
            localize(entry.category.label, l),
        ),
        alternates,
        image: entry.venues.venues[0]?.heroImage,
      });
    case 'guide':
      return pageMetadata({
        locale: l,
        title: localize(entry.guide.title, l),
        description: shortDescription(localize(entry.guide.summary, l)),
        alternates,
        type: 'article',
      });
  }
}

export async function Entry({ params, pageWord }: EntryProps & { pageWord?: string }) {
  const { locale, section, slug, page } = await params;
  const entry = await load(locale, section, slug, pageWord, page);
  if (!entry) notFound();
  if (entry.kind === 'missing') {
    // A renamed entry leaves its old address behind as a redirect.
    const to = await (await content()).redirectFor(entry.path);
    if (to) permanentRedirect(to);
    notFound();
  }
  const l = entry.locale;
  const alternates = alternatesOf(entry);
  // The canonical address of an English page is its own English slug; a list's first page is the
  // list's own address.
  if (alternates[l] !== entry.path) permanentRedirect(alternates[l]);
  const words = t(l);
  const home = { name: words.home, url: absoluteUrl(homePath(l)) };

  switch (entry.kind) {
    case 'venue': {
      const { venue, trail } = entry.page;
      const url = absoluteUrl(entry.path);
      const trailLinks = trail.map((n) => ({
        neighborhood: n,
        url: absoluteUrl(entryPath('neighborhood', l, n.slug)),
      }));
      return (
        <PageShell locale={l} alternates={alternates}>
          <JsonLd
            data={venueJsonLd(venue, {
              locale: l,
              url,
              absoluteUrl,
              neighborhoods: trailLinks,
              at: REGULAR_WEEK,
            })}
          />
          <JsonLd
            data={breadcrumbJsonLd([
              home,
              ...trailLinks.map((n) => ({ name: localize(n.neighborhood.name, l), url: n.url })),
              { name: localize(venue.name, l), url },
            ])}
          />
          <VenueView page={entry.page} locale={l} />
        </PageShell>
      );
    }
    case 'neighborhood': {
      const url = absoluteUrl(entry.path);
      const above = entry.trail.slice(0, -1);
      return (
        <PageShell locale={l} alternates={alternates}>
          <JsonLd
            data={neighborhoodJsonLd(entry.neighborhood, {
              locale: l,
              url,
              neighborhoods: above.map((n) => ({
                neighborhood: n,
                url: absoluteUrl(entryPath('neighborhood', l, n.slug)),
              })),
            })}
          />
          <JsonLd
            data={breadcrumbJsonLd([
              home,
              ...entry.trail.map((n) => ({
                name: localize(n.name, l),
                url: absoluteUrl(entryPath('neighborhood', l, n.slug)),
              })),
            ])}
          />
          <NeighborhoodView
            locale={l}
            neighborhood={entry.neighborhood}
            trail={entry.trail}
            subNeighborhoods={entry.children}
            venues={entry.venues}
          />
        </PageShell>
      );
    }
    case 'category': {
      const label = localize(entry.category.label, l);
      return (
        <PageShell locale={l} alternates={alternates}>
          <JsonLd
            data={breadcrumbJsonLd([
              home,
              { name: words.categories, url: absoluteUrl(pagePath('category', l)) },
              { name: label, url: absoluteUrl(entry.path) },
            ])}
          />
          <CategoryView locale={l} label={label} categoryKey={entry.category.key} venues={entry.venues} />
        </PageShell>
      );
    }
    case 'guide': {
      const title = localize(entry.guide.title, l);
      return (
        <PageShell locale={l} alternates={alternates}>
          <JsonLd data={guideJsonLd(entry.guide, { locale: l, url: absoluteUrl(entry.path) })} />
          <JsonLd
            data={breadcrumbJsonLd([
              home,
              { name: words.guides, url: absoluteUrl(pagePath('guide', l)) },
              { name: title, url: absoluteUrl(entry.path) },
            ])}
          />
          <GuideView locale={l} guide={entry.guide} />
        </PageShell>
      );
    }
  }
  notFound();
}
