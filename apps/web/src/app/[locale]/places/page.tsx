import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { PagedVenueGrid } from '@/components/PagedVenueGrid';
import { content } from '@/data';
import { type ListingParams, listingMetadata, localeOr404 } from '@/lib/pages';
import { listPageNumber, sectionAlternates } from '@/lib/urls';
import { SectionListing } from '@/views/ListingView';

/** Every place, a page at a time: `/es/lugares`, then `/es/lugares/pagina/2` (page/[page]). */
type Props = { params: ListingParams };

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata('venue', params);
}

export default async function PlacesPage({ params }: Props) {
  const { locale: localeParam, page: pageParam } = await params;
  const locale = localeOr404(localeParam);
  const page = listPageNumber(pageParam) ?? notFound();
  const listPath = sectionAlternates('venue')[locale];
  // The first page has one address, the list's own.
  if (pageParam !== undefined && page === 1) permanentRedirect(listPath);
  const venues = await (await content()).venues(page);
  if (page > venues.totalPages) notFound();
  return (
    <SectionListing section="venue" locale={locale} page={page}>
      <PagedVenueGrid venues={venues} listPath={listPath} locale={locale} eagerCount={2} />
    </SectionListing>
  );
}
