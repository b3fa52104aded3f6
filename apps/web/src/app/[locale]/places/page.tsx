import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { PagedVenueGrid } from '@/components/PagedVenueGrid';
import { PageShell } from '@/components/PageShell';
import { content } from '@/data';
import { t } from '@/lib/i18n';
import { listingMetadata, localeOr404 } from '@/lib/pages';
import { isLocale, listPageAlternates, listPageNumber, sectionAlternates } from '@/lib/urls';
import { ListingView } from '@/views/ListingView';

/** Every place, a page at a time: `/es/lugares`, then `/es/lugares/pagina/2` (page/[page]). */
type Props = { params: Promise<{ locale: string; page?: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await params;
  const number = listPageNumber(page);
  if (!isLocale(locale) || number === undefined) return {};
  return listingMetadata('venue', locale, t(locale).allPlaces, number);
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
    <PageShell locale={locale} alternates={listPageAlternates(sectionAlternates('venue'), page)}>
      <ListingView locale={locale} title={t(locale).allPlaces} listPath={listPath} page={page}>
        <PagedVenueGrid venues={venues} listPath={listPath} locale={locale} eagerCount={2} />
      </ListingView>
    </PageShell>
  );
}
