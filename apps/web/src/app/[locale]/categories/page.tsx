import { categoryKeys } from '@paseo/domain';
import type { Metadata } from 'next';
import { CategoryChips } from '@/components/Cards';
import { type ListingParams, listingMetadata, localeOr404 } from '@/lib/pages';
import { SectionListing } from '@/views/ListingView';

type Props = { params: ListingParams };

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata('category', params);
}

/** Every kind of place. */
export default async function CategoriesPage({ params }: Props) {
  const locale = localeOr404((await params).locale);
  return (
    <SectionListing section="category" locale={locale}>
      <CategoryChips locale={locale} keys={categoryKeys} />
    </SectionListing>
  );
}
