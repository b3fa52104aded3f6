import {
  breadcrumbJsonLd,
  homePath,
  type Locale,
  localize,
  neighborhoodJsonLd,
  pagePath,
  richTextToPlain,
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
  sectionFromSegment,
} from '@/lib/urls';
import { CategoryView } from '@/views/CategoryView';
import { GuideView } from '@/views/GuideView';
import { NeighborhoodView } from '@/views/NeighborhoodView';
import { VenueView } from '@/views/VenueView';

type Params = { locale: string; section: string; slug: string };
type Props = { params: Promise<Params> };

// Rendered again at least daily: a venue's "open now" line carries its opening instants for the
// coming two weeks only (views/VenueView.tsx), and its week of hours moves on.
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

/** A regular week for structured data, so a cached page does not freeze one week's holidays. */
const REGULAR_WEEK = new Date('2026-01-05T12:00:00-06:00');

/** What the address names, loaded once per request for both the metadata and the page. */
const load = cache(async (localeParam: string, segment: string, slug: string) => {
  if (!isLocale(localeParam)) return undefined;
  const locale: Locale = localeParam;
  const section = sectionFromSegment(segment, locale);
  const data = await content();
  const path = `/${locale}/${segment}/${slug}`;
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
        const venues = await data.venuesInNeighborhoods(slugs);
        return { kind: 'neighborhood' as const, locale, path, ...found, venues };
      }
      break;
    }
    case 'category': {
      const key = categoryFromSlug(slug, locale);
      if (key) {
        const [category, venues] = await Promise.all([data.categoryOfKey(key), data.venuesInCategory(key)]);
        return { kind: 'category' as const, locale, path, category, venues };
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
});

type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;

function alternatesOf(entry: Loaded): Record<Locale, string> {
  switch (entry.kind) {
    case 'venue':
      return entryAlternates('venue', entry.page.venue.slug);
    case 'neighborhood':
      return entryAlternates('neighborhood', entry.neighborhood.slug);
    case 'category':
      return categoryAlternates(entry.category.key);
    case 'guide':
      return entryAlternates('guide', entry.guide.slug);
    default:
      return { es: homePath('es'), en: homePath('en') };
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section, slug } = await params;
  const words = t(isLocale(locale) ? locale : 'es');
  // A CMS that cannot answer fails the page itself, whose error page then says so; the title must
  // not fail first and take the whole document down with it.
  const entry = await load(locale, section, slug).catch((error: unknown) => {
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
        title: localize(entry.neighborhood.name, l),
        description: shortDescription(localize(entry.neighborhood.summary, l)),
        alternates,
        image: entry.venues[0]?.heroImage,
      });
    case 'category':
      return pageMetadata({
        locale: l,
        title: localize(entry.category.label, l),
        description: shortDescription(
          entry.venues.map((v) => localize(v.name, l)).join(' · ') || localize(entry.category.label, l),
        ),
        alternates,
        image: entry.venues[0]?.heroImage,
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

export default async function EntryPage({ params }: Props) {
  const { locale, section, slug } = await params;
  const entry = await load(locale, section, slug);
  if (!entry) notFound();
  if (entry.kind === 'missing') {
    // A renamed entry leaves its old address behind as a redirect.
    const to = await (await content()).redirectFor(entry.path);
    if (to) permanentRedirect(to);
    notFound();
  }
  const l = entry.locale;
  const alternates = alternatesOf(entry);
  // The canonical address of an English page is its own English slug.
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
          <JsonLd
            data={{
              '@context': 'https://schema.org',
              '@type': 'Article',
              headline: title,
              description: localize(entry.guide.summary, l),
              inLanguage: l,
              url: absoluteUrl(entry.path),
              articleBody: shortDescription(
                richTextToPlain((l === 'en' ? entry.guide.body.en : undefined) ?? entry.guide.body.es),
                5000,
              ),
              ...(entry.guide.updatedAt ? { dateModified: entry.guide.updatedAt } : {}),
            }}
          />
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
