import { breadcrumbJsonLd, categoryOf, homePath, listPagePath, localize, pagePath } from '@paseo/domain';
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { JsonLd, PageShell } from '@/components/PageShell';
import { content } from '@/data';
import { t } from '@/lib/i18n';
import { pageMetadata, shortDescription } from '@/lib/metadata';
import { localeOr404, metadataOf, redirectOr404 } from '@/lib/pages';
import {
  absoluteUrl,
  categoryAlternates,
  categoryFromSlug,
  isLocale,
  listPageAlternates,
  listPageNumber,
} from '@/lib/urls';
import { CategoryView } from '@/views/CategoryView';

/** The places of one kind, a page at a time (later pages: page/[page]). */
type Props = { params: Promise<{ locale: string; slug: string; page?: string }> };

export function generateStaticParams() {
  return [];
}

/** The category a slug names in its language, and a page of its places. */
const load = cache(async (locale: string, slug: string, page: number) => {
  const key = isLocale(locale) ? categoryFromSlug(slug, locale) : undefined;
  if (!key) return undefined;
  const venues = await (await content()).venuesInCategory(key, page);
  return page > venues.totalPages ? undefined : { category: categoryOf(key), venues };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await params;
  const number = listPageNumber(page);
  if (number === undefined) return isLocale(locale) ? { title: t(locale).notFoundTitle } : {};
  return metadataOf(
    locale,
    () => load(locale, slug, number),
    ({ category, venues }, l) =>
      pageMetadata({
        locale: l,
        title: t(l).titleOnPage(localize(category.label, l), number),
        description: shortDescription(
          venues.venues.map((v) => localize(v.name, l)).join(' · ') || localize(category.label, l),
        ),
        alternates: listPageAlternates(categoryAlternates(category.key), number),
        image: venues.venues[0]?.heroImage,
      }),
  );
}

export default async function CategoryPage({ params }: Props) {
  const { locale: localeParam, slug, page: pageParam } = await params;
  const locale = localeOr404(localeParam);
  const page = listPageNumber(pageParam) ?? notFound();
  const asked = listPagePath(pagePath('category', locale, slug), locale, page);
  const found = (await load(locale, slug, page)) ?? (await redirectOr404(asked));
  const alternates = listPageAlternates(categoryAlternates(found.category.key), page);
  // The first page has one address, the list's own.
  if (pageParam !== undefined && page === 1) permanentRedirect(alternates[locale]);
  const label = localize(found.category.label, locale);
  const words = t(locale);
  return (
    <PageShell locale={locale} alternates={alternates}>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: words.home, url: absoluteUrl(homePath(locale)) },
          { name: words.categories, url: absoluteUrl(pagePath('category', locale)) },
          { name: label, url: absoluteUrl(categoryAlternates(found.category.key)[locale]) },
        ])}
      />
      <CategoryView locale={locale} label={label} categoryKey={found.category.key} venues={found.venues} />
    </PageShell>
  );
}
