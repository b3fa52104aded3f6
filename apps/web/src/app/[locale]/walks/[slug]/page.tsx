import { breadcrumbJsonLd, homePath, type Locale, localize, walkJsonLd } from '@paseo/domain';
import type { Metadata } from 'next';
import { cache } from 'react';
import { JsonLd, PageShell } from '@/components/PageShell';
import { content } from '@/data';
import { t } from '@/lib/i18n';
import { pageMetadata, shortDescription } from '@/lib/metadata';
import { entryPage, metadataOf } from '@/lib/pages';
import { absoluteUrl, entryAlternates, entryPath } from '@/lib/urls';
import { WalkView } from '@/views/WalkView';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered again at least daily: the planner carries the stops' opening instants for the coming
// two weeks only (views/WalkView.tsx).
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

/** The walk, loaded once per request for both the metadata and the page. */
const load = cache(async (locale: Locale, slug: string) => (await content()).walkPage(locale, slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return metadataOf(
    locale,
    (l) => load(l, slug),
    ({ walk }, l) =>
      pageMetadata({
        locale: l,
        title: localize(walk.title, l),
        description: shortDescription(localize(walk.teaser, l)),
        alternates: entryAlternates('walk', walk.slug),
        image: walk.heroImage,
        type: 'article',
      }),
  );
}

/** A walk through a neighborhood. */
export default async function WalkPage({ params }: Props) {
  const {
    locale,
    found: page,
    alternates,
  } = await entryPage(params, 'walk', load, ({ walk }) => entryAlternates('walk', walk.slug));
  const { walk, venues, trail } = page;
  const url = absoluteUrl(alternates[locale]);
  return (
    <PageShell locale={locale} alternates={alternates}>
      <JsonLd
        data={walkJsonLd(walk, venues, {
          locale,
          url,
          absoluteUrl,
          venueUrl: (venue) => absoluteUrl(entryPath('venue', locale, venue.slug)),
        })}
      />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: t(locale).home, url: absoluteUrl(homePath(locale)) },
          ...trail.map((n) => ({
            name: localize(n.name, locale),
            url: absoluteUrl(entryPath('neighborhood', locale, n.slug)),
          })),
          { name: localize(walk.title, locale), url },
        ])}
      />
      <WalkView page={page} locale={locale} />
    </PageShell>
  );
}
