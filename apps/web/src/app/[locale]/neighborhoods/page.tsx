import { localize } from '@paseo/domain';
import type { Metadata } from 'next';
import { NeighborhoodList } from '@/components/Cards';
import { content } from '@/data';
import { type ListingParams, listingMetadata, localeOr404 } from '@/lib/pages';
import { SectionListing } from '@/views/ListingView';

type Props = { params: ListingParams };

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata('neighborhood', params);
}

/** Every neighborhood, under its borough. */
export default async function NeighborhoodsPage({ params }: Props) {
  const locale = localeOr404((await params).locale);
  const all = await (await content()).allNeighborhoods();
  return (
    <SectionListing section="neighborhood" locale={locale}>
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
    </SectionListing>
  );
}
