import { localize } from '@paseo/domain';
import type { Metadata } from 'next';
import { NeighborhoodList } from '@/components/Cards';
import { PageShell } from '@/components/PageShell';
import { content } from '@/data';
import { t } from '@/lib/i18n';
import { listingMetadata, localeOr404 } from '@/lib/pages';
import { isLocale, sectionAlternates } from '@/lib/urls';
import { ListingView } from '@/views/ListingView';

type Props = { params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? listingMetadata('neighborhood', locale, t(locale).allNeighborhoods) : {};
}

/** Every neighborhood, under its borough. */
export default async function NeighborhoodsPage({ params }: Props) {
  const locale = localeOr404((await params).locale);
  const all = await (await content()).allNeighborhoods();
  const alternates = sectionAlternates('neighborhood');
  return (
    <PageShell locale={locale} alternates={alternates}>
      <ListingView locale={locale} title={t(locale).allNeighborhoods} listPath={alternates[locale]}>
        {all
          .filter((n) => n.kind === 'borough')
          .map((borough) => (
            <section key={borough.slug.es} className="section" aria-labelledby={`borough-${borough.slug.es}`}>
              <h2 id={`borough-${borough.slug.es}`}>{localize(borough.name, locale)}</h2>
              <NeighborhoodList
                neighborhoods={[borough, ...all.filter((n) => n.parent === borough.slug.es)]}
                locale={locale}
              />
            </section>
          ))}
      </ListingView>
    </PageShell>
  );
}
