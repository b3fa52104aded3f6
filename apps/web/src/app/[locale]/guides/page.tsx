import type { Metadata } from 'next';
import { GuideList } from '@/components/Cards';
import { content } from '@/data';
import { type ListingParams, listingMetadata, localeOr404 } from '@/lib/pages';
import { SectionListing } from '@/views/ListingView';

type Props = { params: ListingParams };

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata('guide', params);
}

/** Every practical guide. */
export default async function GuidesPage({ params }: Props) {
  const locale = localeOr404((await params).locale);
  return (
    <SectionListing section="guide" locale={locale}>
      <GuideList guides={await (await content()).allGuides()} locale={locale} />
    </SectionListing>
  );
}
