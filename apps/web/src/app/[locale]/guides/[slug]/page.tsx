import { breadcrumbJsonLd, guideJsonLd, homePath, type Locale, localize, pagePath } from '@paseo/domain';
import type { Metadata } from 'next';
import { cache } from 'react';
import { JsonLd, PageShell } from '@/components/PageShell';
import { content } from '@/data';
import { t } from '@/lib/i18n';
import { pageMetadata, shortDescription } from '@/lib/metadata';
import { entryPage, metadataOf } from '@/lib/pages';
import { absoluteUrl, entryAlternates } from '@/lib/urls';
import { GuideView } from '@/views/GuideView';

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return [];
}

const load = cache(async (locale: Locale, slug: string) => (await content()).guideBySlug(locale, slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return metadataOf(
    locale,
    (l) => load(l, slug),
    (guide, l) =>
      pageMetadata({
        locale: l,
        title: localize(guide.title, l),
        description: shortDescription(localize(guide.summary, l)),
        alternates: entryAlternates('guide', guide.slug),
        type: 'article',
      }),
  );
}

/** A practical guide. */
export default async function GuidePage({ params }: Props) {
  const {
    locale,
    found: guide,
    alternates,
  } = await entryPage(params, 'guide', load, (found) => entryAlternates('guide', found.slug));
  const words = t(locale);
  const url = absoluteUrl(alternates[locale]);
  return (
    <PageShell locale={locale} alternates={alternates}>
      <JsonLd data={guideJsonLd(guide, { locale, url })} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: words.home, url: absoluteUrl(homePath(locale)) },
          { name: words.guides, url: absoluteUrl(pagePath('guide', locale)) },
          { name: localize(guide.title, locale), url },
        ])}
      />
      <GuideView locale={locale} guide={guide} />
    </PageShell>
  );
}
