import { breadcrumbJsonLd, categoryOf, homePath, type Locale, localize, pagePath } from '@paseo/domain';
import type { Metadata } from 'next';
import { cache } from 'react';
import { JsonLd, PageShell } from '@/components/PageShell';
import { content } from '@/data';
import { t } from '@/lib/i18n';
import { pageMetadata, shortDescription } from '@/lib/metadata';
import { type PagedEntryParams, pagedEntryMetadata, pagedEntryPage } from '@/lib/pages';
import { absoluteUrl, categoryAlternates, categoryFromSlug, listPageAlternates } from '@/lib/urls';
import { CategoryView } from '@/views/CategoryView';

/** The places of one kind, a page at a time (later pages: page/[page]). */
type Props = { params: PagedEntryParams };

export function generateStaticParams() {
  return [];
}

/** The category a slug names in its language, and a page of its places. */
const load = cache(async (locale: Locale, slug: string, page: number) => {
  const key = categoryFromSlug(slug, locale);
  if (!key) return undefined;
  const venues = await (await content()).venuesInCategory(key, page);
  return page > venues.totalPages ? undefined : { category: categoryOf(key), venues };
});

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return pagedEntryMetadata(params, load, ({ category, venues }, locale, page) =>
    pageMetadata({
      locale,
      title: t(locale).titleOnPage(localize(category.label, locale), page),
      description: shortDescription(
        venues.venues.map((v) => localize(v.name, locale)).join(' · ') || localize(category.label, locale),
      ),
      alternates: listPageAlternates(categoryAlternates(category.key), page),
      image: venues.venues[0]?.heroImage,
    }),
  );
}

export default async function CategoryPage({ params }: Props) {
  const { locale, found, alternates } = await pagedEntryPage(params, 'category', load, ({ category }) =>
    categoryAlternates(category.key),
  );
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
