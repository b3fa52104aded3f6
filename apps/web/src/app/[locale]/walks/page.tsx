import type { Metadata } from 'next';
import { WalkGrid } from '@/components/Cards';
import { content } from '@/data';
import { type ListingParams, listingMetadata, localeOr404 } from '@/lib/pages';
import { SectionListing } from '@/views/ListingView';

type Props = { params: ListingParams };

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata('walk', params);
}

/** Every walk. */
export default async function WalksPage({ params }: Props) {
  const locale = localeOr404((await params).locale);
  return (
    <SectionListing section="walk" locale={locale}>
      <WalkGrid walks={await (await content()).allWalks()} locale={locale} />
    </SectionListing>
  );
}
