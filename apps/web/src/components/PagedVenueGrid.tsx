import type { Locale } from '@paseo/domain';
import { VenueGrid } from '@/components/Cards';
import { Pagination } from '@/components/Pagination';
import type { VenueCardPage } from '@/data';
import { t } from '@/lib/i18n';

/** A page of a list of places, or a line saying there are none yet, then the links to the other pages. */
export function PagedVenueGrid({
  venues,
  listPath,
  locale,
  eagerCount = 0,
}: {
  venues: VenueCardPage;
  /** The list's own address, which is its first page. */
  listPath: string;
  locale: Locale;
  eagerCount?: number;
}) {
  return (
    <>
      {venues.venues.length > 0 ? (
        <VenueGrid venues={venues.venues} locale={locale} eagerCount={eagerCount} />
      ) : (
        <p>{t(locale).noPlacesYet}</p>
      )}
      <Pagination listPath={listPath} locale={locale} page={venues.page} totalPages={venues.totalPages} />
    </>
  );
}
