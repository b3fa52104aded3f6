import { type CategoryKey, type Locale, pagePath } from '@paseo/domain';
import { PagedVenueGrid } from '@/components/PagedVenueGrid';
import type { VenueCardPage } from '@/data';
import { t } from '@/lib/i18n';
import { categoryPath } from '@/lib/urls';
import { ListingView } from './ListingView';

type Props = { locale: Locale; label: string; categoryKey: CategoryKey; venues: VenueCardPage };

/** A category's places, a page at a time. */
export function CategoryView({ locale, label, categoryKey, venues }: Props) {
  const listPath = categoryPath(categoryKey, locale);
  return (
    <ListingView
      locale={locale}
      title={label}
      listPath={listPath}
      above={[{ name: t(locale).categories, path: pagePath('category', locale) }]}
      page={venues.page}
    >
      <PagedVenueGrid venues={venues} listPath={listPath} locale={locale} eagerCount={2} />
    </ListingView>
  );
}
