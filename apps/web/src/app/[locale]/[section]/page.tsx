import { categoryKeys, homePath, type Locale, localize } from '@paseo/domain';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CategoryChips, GuideList, NeighborhoodList, VenueGrid } from '@/components/Cards';
import { PageShell } from '@/components/PageShell';
import { content } from '@/data';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { isLocale, sectionAlternates, sectionFromSegment } from '@/lib/urls';

type Props = { params: Promise<{ locale: string; section: string }> };

export function generateStaticParams() {
  return [];
}

const listedSections = ['venue', 'neighborhood', 'category', 'guide'] as const;
type ListedSection = (typeof listedSections)[number];

function resolve(
  localeParam: string,
  segment: string,
): { locale: Locale; section: ListedSection } | undefined {
  if (!isLocale(localeParam)) return undefined;
  const section = sectionFromSegment(segment, localeParam);
  return section && (listedSections as readonly string[]).includes(section)
    ? { locale: localeParam, section: section as ListedSection }
    : undefined;
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

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section } = await params;
  const found = resolve(locale, section);
  if (!found) return {};
  return pageMetadata({
    locale: found.locale,
    title: titleOf(found.section, found.locale),
    description: t(found.locale).tagline,
    alternates: sectionAlternates(found.section),
  });
}

export default async function SectionIndexPage({ params }: Props) {
  const { locale: localeParam, section: segment } = await params;
  const found = resolve(localeParam, segment);
  if (!found) notFound();
  const { locale, section } = found;
  const words = t(locale);
  const data = await content();
  const title = titleOf(section, locale);

  let body: React.ReactNode;
  if (section === 'venue') {
    body = <VenueGrid venues={await data.allVenueCards()} locale={locale} eagerCount={2} />;
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
    <PageShell locale={locale} alternates={sectionAlternates(section)}>
      <div className="wrap listing">
        <Breadcrumbs
          label={locale === 'es' ? 'Ruta de navegación' : 'Breadcrumb'}
          items={[
            { name: words.home, path: homePath(locale) },
            { name: title, path: sectionAlternates(section)[locale] },
          ]}
        />
        <header className="listing__header">
          <h1>{title}</h1>
        </header>
        {body}
      </div>
    </PageShell>
  );
}
