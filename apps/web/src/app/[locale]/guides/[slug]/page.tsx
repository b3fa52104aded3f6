import { breadcrumbJsonLd, guideJsonLd, homePath, localize, pagePath } from '@paseo/domain';
import type { Metadata } from 'next';
import { cache } from 'react';
import { JsonLd, PageShell } from '@/components/PageShell';
import { content } from '@/data';
import { t } from '@/lib/i18n';
import { pageMetadata, shortDescription } from '@/lib/metadata';
import { keepCanonical, localeOr404, metadataOf, redirectOr404 } from '@/lib/pages';
import { absoluteUrl, entryAlternates, isLocale } from '@/lib/urls';
import { GuideView } from '@/views/GuideView';

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return [];
}

const load = cache(async (locale: string, slug: string) =>
  isLocale(locale) ? (await content()).guideBySlug(locale, slug) : undefined,
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return metadataOf(
    locale,
    () => load(locale, slug),
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
  const { locale: localeParam, slug } = await params;
  const locale = localeOr404(localeParam);
  const asked = pagePath('guide', locale, slug);
  const guide = (await load(locale, slug)) ?? (await redirectOr404(asked));
  const alternates = entryAlternates('guide', guide.slug);
  keepCanonical(asked, alternates[locale]);
  const words = t(locale);
  const url = absoluteUrl(asked);
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
