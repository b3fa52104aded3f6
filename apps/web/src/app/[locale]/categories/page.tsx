import { categoryKeys } from '@paseo/domain';
import type { Metadata } from 'next';
import { CategoryChips } from '@/components/Cards';
import { PageShell } from '@/components/PageShell';
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
  return isLocale(locale) ? listingMetadata('category', locale, t(locale).allCategories) : {};
}

/** Every kind of place. */
export default async function CategoriesPage({ params }: Props) {
  const locale = localeOr404((await params).locale);
  const alternates = sectionAlternates('category');
  return (
    <PageShell locale={locale} alternates={alternates}>
      <ListingView locale={locale} title={t(locale).allCategories} listPath={alternates[locale]}>
        <CategoryChips locale={locale} keys={categoryKeys} />
      </ListingView>
    </PageShell>
  );
}
