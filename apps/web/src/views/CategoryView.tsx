import { type CategoryKey, homePath, type Locale, pagePath } from '@paseo/domain';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { PagedVenueGrid } from '@/components/PagedVenueGrid';
import type { VenueCardPage } from '@/data';
import { t } from '@/lib/i18n';
import { categoryPath } from '@/lib/urls';

type Props = { locale: Locale; label: string; categoryKey: CategoryKey; venues: VenueCardPage };

export function CategoryView({ locale, label, categoryKey, venues }: Props) {
  const words = t(locale);
  return (
    <div className="wrap listing">
      <Breadcrumbs
        label={t(locale).breadcrumb}
        items={[
          { name: words.home, path: homePath(locale) },
          { name: words.categories, path: pagePath('category', locale) },
          { name: label, path: categoryPath(categoryKey, locale) },
        ]}
      />
      <header className="listing__header">
        <h1>{words.titleOnPage(label, venues.page)}</h1>
      </header>
      <PagedVenueGrid
        venues={venues}
        listPath={categoryPath(categoryKey, locale)}
        locale={locale}
        eagerCount={2}
      />
    </div>
  );
}
