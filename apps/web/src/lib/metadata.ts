import { cutAtWord, type Locale, type Media } from '@paseo/domain';
import type { Metadata } from 'next';
import { t } from './i18n';
import { absoluteUrl } from './urls';

type PageMeta = {
  locale: Locale;
  title: string;
  description: string;
  /** This page's path in each language; the current language's is the canonical URL. */
  alternates: Record<Locale, string>;
  image?: Media | undefined;
  type?: 'website' | 'article';
};

/** Title, description, canonical URL, hreflang alternates and the Open Graph card of a page. */
export function pageMetadata({
  locale,
  title,
  description,
  alternates,
  image,
  type = 'website',
}: PageMeta): Metadata {
  const url = absoluteUrl(alternates[locale]);
  const og = image?.sizes?.og ?? image?.sizes?.hero ?? image;
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: {
        es: absoluteUrl(alternates.es),
        en: absoluteUrl(alternates.en),
        'x-default': absoluteUrl(alternates.es),
      },
    },
    openGraph: {
      type,
      url,
      title,
      description,
      siteName: t(locale).siteName,
      locale: locale === 'es' ? 'es_MX' : 'en_US',
      alternateLocale: locale === 'es' ? ['en_US'] : ['es_MX'],
      ...(image && og
        ? {
            images: [
              { url: absoluteUrl(og.url), width: og.width, height: og.height, alt: image.alt[locale] },
            ],
          }
        : {}),
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description },
  };
}

/** Descriptions are cut at a word near 160 characters, as search results show them. */
export function shortDescription(text: string, max = 160): string {
  return cutAtWord(text, max);
}
