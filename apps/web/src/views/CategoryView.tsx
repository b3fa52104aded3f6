import { type CategoryKey, homePath, type Locale, pagePath } from '@paseo/domain';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { VenueGrid } from '@/components/Cards';
import type { VenueCard } from '@/data';
import { t } from '@/lib/i18n';
import { categoryPath } from '@/lib/urls';

type Props = { locale: Locale; label: string; categoryKey: CategoryKey; venues: VenueCard[] };

export function CategoryView({ locale, label, categoryKey, venues }: Props) {
  const words = t(locale);
  return (
    <div className="wrap listing">
      <Breadcrumbs
        label={locale === 'es' ? 'Ruta de navegación' : 'Breadcrumb'}
        items={[
          { name: words.home, path: homePath(locale) },
          { name: words.categories, path: pagePath('category', locale) },
          { name: label, path: categoryPath(categoryKey, locale) },
        ]}
      />
      <header className="listing__header">
        <h1>{label}</h1>
      </header>
      {venues.length > 0 ? (
        <VenueGrid venues={venues} locale={locale} eagerCount={2} />
      ) : (
        <p>{words.noPlacesYet}</p>
      )}
    </div>
  );
}
