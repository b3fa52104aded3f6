import type { Metadata } from 'next';
import { GuideList } from '@/components/Cards';
import { PageShell } from '@/components/PageShell';
import { content } from '@/data';
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
  return isLocale(locale) ? listingMetadata('guide', locale, t(locale).allGuides) : {};
}

/** Every practical guide. */
export default async function GuidesPage({ params }: Props) {
  const locale = localeOr404((await params).locale);
  const alternates = sectionAlternates('guide');
  return (
    <PageShell locale={locale} alternates={alternates}>
      <ListingView locale={locale} title={t(locale).allGuides} listPath={alternates[locale]}>
        <GuideList guides={await (await content()).allGuides()} locale={locale} />
      </ListingView>
    </PageShell>
  );
}
