import { categoryKeys } from '@paseo/domain';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CategoryChips, NeighborhoodList, VenueGrid } from '@/components/Cards';
import { JsonLd, PageShell } from '@/components/PageShell';
import { SearchForm } from '@/components/SiteHeader';
import { content } from '@/data';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { absoluteUrl, homeAlternates, isLocale } from '@/lib/urls';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const words = t(locale);
  const featured = await (await content()).latestVenues(1).catch(() => []);
  return pageMetadata({
    locale,
    title: `${words.siteName}: ${words.heroTitle}`,
    description: words.heroText,
    alternates: homeAlternates(),
    image: featured[0]?.heroImage,
  });
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const words = t(locale);
  const data = await content();
  const [venues, neighborhoods] = await Promise.all([data.latestVenues(6), data.allNeighborhoods()]);
  return (
    <PageShell locale={locale} alternates={homeAlternates()}>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: words.siteName,
          url: absoluteUrl(`/${locale}`),
          inLanguage: locale,
          potentialAction: {
            '@type': 'SearchAction',
            target: `${absoluteUrl(locale === 'es' ? '/es/buscar' : '/en/search')}?q={query}`,
            'query-input': 'required name=query',
          },
        }}
      />
      <section className="home-hero">
        <div className="wrap">
          <h1>{words.heroTitle}</h1>
          <p className="home-hero__text">{words.heroText}</p>
          <SearchForm locale={locale} className="home-hero__search" />
        </div>
      </section>

      <section className="wrap section" aria-labelledby="featured">
        <h2 id="featured">{words.featured}</h2>
        <p className="section__intro">{words.featuredIntro}</p>
        {/* Below the introduction, only the first card is in a phone's first screen. */}
        <VenueGrid venues={venues} locale={locale} eagerCount={1} />
      </section>

      <section className="wrap section" aria-labelledby="neighborhoods">
        <h2 id="neighborhoods">{words.exploreNeighborhoods}</h2>
        <NeighborhoodList
          neighborhoods={neighborhoods.filter((n) => n.kind === 'neighborhood')}
          locale={locale}
        />
      </section>

      <section className="wrap section" aria-labelledby="categories">
        <h2 id="categories">{words.browseCategories}</h2>
        <CategoryChips locale={locale} keys={categoryKeys} />
      </section>
    </PageShell>
  );
}
