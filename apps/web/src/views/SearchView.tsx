import { homePath, pagePath } from '@paseo/domain';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { GuideList, NeighborhoodList, VenueGrid, WalkGrid } from '@/components/Cards';
import { PageShell } from '@/components/PageShell';
import { SearchForm } from '@/components/SiteHeader';
import { content } from '@/data';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { isLocale, perLocale, sectionAlternates } from '@/lib/urls';

export type SearchProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
};

function queryOf(q: string | string[] | undefined): string {
  return (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 100) ?? '';
}

/**
 * The search page's metadata. The page itself may be indexed (a way into the guide); its results
 * pages are kept out of search engines: one per query anyone may type, each a thin copy of pages
 * indexed on their own.
 */
export async function searchMetadata({ params, searchParams }: SearchProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const metadata = pageMetadata({
    locale,
    title: t(locale).search,
    description: t(locale).searchLabel,
    alternates: sectionAlternates('search'),
  });
  return queryOf((await searchParams).q) ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

/** The search form, and under it the results of the query, rendered on every request. */
export async function SearchPage({ params, searchParams }: SearchProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const words = t(locale);
  const q = queryOf((await searchParams).q);
  const results = q ? await (await content()).search(q) : undefined;
  const total = results
    ? results.venues.length + results.neighborhoods.length + results.guides.length + results.walks.length
    : 0;
  const alternates = sectionAlternates('search');
  const withQuery = q ? perLocale((l) => `${alternates[l]}?q=${encodeURIComponent(q)}`) : alternates;
  return (
    <PageShell locale={locale} alternates={withQuery}>
      <div className="wrap listing">
        <Breadcrumbs
          label={t(locale).breadcrumb}
          items={[
            { name: words.home, path: homePath(locale) },
            { name: words.search, path: pagePath('search', locale) },
          ]}
        />
        <header className="listing__header">
          <h1>{q ? words.searchResults(q) : words.search}</h1>
          <SearchForm locale={locale} className="search-page__form" defaultValue={q} />
        </header>
        {!results ? <p>{words.searchPrompt}</p> : null}
        {results && total === 0 ? <p data-testid="search-empty">{words.searchEmpty}</p> : null}
        {results && results.venues.length > 0 ? (
          <section className="section" aria-labelledby="results-places" data-testid="results-places">
            <h2 id="results-places">{words.places}</h2>
            {/* The first result is in a phone's first screen, under the search form. */}
            <VenueGrid venues={results.venues} locale={locale} eagerCount={1} />
          </section>
        ) : null}
        {results && results.walks.length > 0 ? (
          <section className="section" aria-labelledby="results-walks" data-testid="results-walks">
            <h2 id="results-walks">{words.walks}</h2>
            <WalkGrid walks={results.walks} locale={locale} headingLevel={3} />
          </section>
        ) : null}
        {results && results.neighborhoods.length > 0 ? (
          <section
            className="section"
            aria-labelledby="results-neighborhoods"
            data-testid="results-neighborhoods"
          >
            <h2 id="results-neighborhoods">{words.neighborhoods}</h2>
            <NeighborhoodList neighborhoods={results.neighborhoods} locale={locale} />
          </section>
        ) : null}
        {results && results.guides.length > 0 ? (
          <section className="section" aria-labelledby="results-guides" data-testid="results-guides">
            <h2 id="results-guides">{words.guides}</h2>
            <GuideList guides={results.guides} locale={locale} />
          </section>
        ) : null}
      </div>
    </PageShell>
  );
}
