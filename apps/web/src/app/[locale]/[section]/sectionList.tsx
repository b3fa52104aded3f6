import { categoryKeys, homePath, type Locale, localize } from '@paseo/domain';
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CategoryChips, GuideList, NeighborhoodList, VenueGrid } from '@/components/Cards';
import { PageShell } from '@/components/PageShell';
import { Pagination } from '@/components/Pagination';
import { content } from '@/data';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import {
  isLocale,
  listPageAlternates,
  listPageFrom,
  sectionAlternates,
  sectionFromSegment,
} from '@/lib/urls';

/**
 * A section's list: every place, neighborhood, category or guide. The list of places comes a page
 * at a time, its later pages under their own addresses (`/es/lugares/pagina/2`, the page files
 * beside this one) so that each is cached and refreshed like any other page.
 */
export type SectionListProps = { params: Promise<{ locale: string; section: string; page?: string }> };

const listedSections = ['venue', 'neighborhood', 'category', 'guide'] as const;
type ListedSection = (typeof listedSections)[number];

/** What an address names; `pageWord` is the word before the page number in it, if any. */
function resolve(
  localeParam: string,
  segment: string,
  pageWord?: string,
  pageParam?: string,
): { locale: Locale; section: ListedSection; page: number } | undefined {
  if (!isLocale(localeParam)) return undefined;
  const section = sectionFromSegment(segment, localeParam);
  const page = listPageFrom(localeParam, pageWord, pageParam);
  if (!section || !(listedSections as readonly string[]).includes(section) || page === undefined)
    return undefined;
  // Only the places are many enough to need pages.
  if (page > 1 && section !== 'venue') return undefined;
  return { locale: localeParam, section: section as ListedSection, page };
}

function titleOf(section: ListedSection, locale: Locale): string {
  const words = t(locale);
  return {
    venue: words.allPlaces,
    neighborhood: words.allNeighborhoods,
    category: words.allCategories,
    guide: words.allGuides,
  }[section];
}

export async function sectionListMetadata(
  { params }: SectionListProps,
  pageWord?: string,
): Promise<Metadata> {
  const { locale, section, page } = await params;
  const found = resolve(locale, section, pageWord, page);
  if (!found) return {};
  return pageMetadata({
    locale: found.locale,
    title: t(found.locale).titleOnPage(titleOf(found.section, found.locale), found.page),
    description: t(found.locale).tagline,
    alternates: listPageAlternates(sectionAlternates(found.section), found.page),
  });
}

export async function SectionList({ params, pageWord }: SectionListProps & { pageWord?: string }) {
  const { locale: localeParam, section: segment, page: pageParam } = await params;
  const found = resolve(localeParam, segment, pageWord, pageParam);
  if (!found) notFound();
  const { locale, section, page } = found;
  const listPath = sectionAlternates(section)[locale];
  // The first page has one address, the list's own.
  if (pageWord !== undefined && page === 1) permanentRedirect(listPath);
  const words = t(locale);
  const data = await content();
  const title = titleOf(section, locale);

  let body: React.ReactNode;
  if (section === 'venue') {
    const venues = await data.venues(page);
    if (page > venues.totalPages) notFound();
    body = (
      <>
        <VenueGrid venues={venues.venues} locale={locale} eagerCount={2} />
        <Pagination listPath={listPath} locale={locale} page={page} totalPages={venues.totalPages} />
      </>
    );
  } else if (section === 'neighborhood') {
    const all = await data.allNeighborhoods();
    body = all
      .filter((n) => n.kind === 'borough')
      .map((borough) => {
        const inside = all.filter((n) => n.parent === borough.slug.es);
        return (
          <section key={borough.slug.es} className="section" aria-labelledby={`borough-${borough.slug.es}`}>
            <h2 id={`borough-${borough.slug.es}`}>{localize(borough.name, locale)}</h2>
            <NeighborhoodList neighborhoods={[borough, ...inside]} locale={locale} />
          </section>
        );
      });
  } else if (section === 'category') {
    body = <CategoryChips locale={locale} keys={categoryKeys} />;
  } else {
    body = <GuideList guides={await data.allGuides()} locale={locale} />;
  }

  return (
    <PageShell locale={locale} alternates={listPageAlternates(sectionAlternates(section), page)}>
      <div className="wrap listing">
        <Breadcrumbs
          label={locale === 'es' ? 'Ruta de navegación' : 'Breadcrumb'}
          items={[
            { name: words.home, path: homePath(locale) },
            { name: title, path: listPath },
          ]}
        />
        <header className="listing__header">
          <h1>{words.titleOnPage(title, page)}</h1>
        </header>
        {body}
      </div>
    </PageShell>
  );
}
