/**
 * What every route shares: the language from the address, the metadata of a page whose content may
 * be missing or unreachable, a renamed entry's redirect, and the canonical address.
 */
import { type Locale, listPagePath, pagePath, type Section } from '@paseo/domain';
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { CMS_UNAVAILABLE_DIGEST, content } from '@/data';
import { type ListedSection, listTitleWords, t } from './i18n';
import { pageMetadata } from './metadata';
import { isLocale, listPageAlternates, listPageNumber, sectionAlternates } from './urls';

/** The language an address names, or a 404. */
export function localeOr404(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}

/**
 * Metadata from content that may be missing or that the CMS cannot give now. A CMS that cannot
 * answer fails the page itself, whose error page then says so; the title must not fail first and
 * take the whole document down with it.
 */
export async function metadataOf<T>(
  localeParam: string,
  load: (locale: Locale) => Promise<T | undefined>,
  describe: (found: T, locale: Locale) => Metadata,
): Promise<Metadata> {
  if (!isLocale(localeParam)) return {};
  const words = t(localeParam);
  try {
    const found = await load(localeParam);
    return found === undefined ? { title: words.notFoundTitle } : describe(found, localeParam);
  } catch (error) {
    if ((error as { digest?: unknown } | null)?.digest === CMS_UNAVAILABLE_DIGEST) {
      return { title: words.unavailableTitle };
    }
    throw error;
  }
}

/** Nothing at this address: a renamed entry's old address redirects to its new one, else 404. */
export async function redirectOr404(asked: string): Promise<never> {
  const to = await (await content()).redirectFor(asked);
  if (to) permanentRedirect(to);
  notFound();
}

/** One address per page: an English page reached by its Spanish slug is sent to its English one. */
export function keepCanonical(asked: string, canonical: string): void {
  if (asked !== canonical) permanentRedirect(canonical);
}

/** The title of a section's list (every place, neighborhood, category or guide). */
export function listTitle(section: ListedSection, locale: Locale): string {
  return t(locale)[listTitleWords[section]];
}

/** The parameters of a section's list; only the list of places has later pages. */
export type ListingParams = Promise<{ locale: string; page?: string }>;

/** The metadata of a section's list, or of a later page of it. */
export async function listingMetadata(section: ListedSection, params: ListingParams): Promise<Metadata> {
  const { locale, page } = await params;
  const number = listPageNumber(page);
  if (!isLocale(locale) || number === undefined) return {};
  return pageMetadata({
    locale,
    title: t(locale).titleOnPage(listTitle(section, locale), number),
    description: t(locale).tagline,
    alternates: listPageAlternates(sectionAlternates(section), number),
  });
}

/** The address of an entry that lists places a page at a time (later pages: `…/page/[page]`). */
export type PagedEntryParams = Promise<{ locale: string; slug: string; page?: string }>;

/** Finds a page of an entry's places; undefined when there is no such entry or page. */
type PagedEntryLoader<T> = (locale: Locale, slug: string, page: number) => Promise<T | undefined>;

/** The metadata of a page of an entry's places. */
export async function pagedEntryMetadata<T>(
  params: PagedEntryParams,
  load: PagedEntryLoader<T>,
  describe: (found: T, locale: Locale, page: number) => Metadata,
): Promise<Metadata> {
  const { locale, slug, page } = await params;
  const number = listPageNumber(page);
  if (number === undefined) return isLocale(locale) ? { title: t(locale).notFoundTitle } : {};
  return metadataOf(
    locale,
    (l) => load(l, slug, number),
    (found, l) => describe(found, l, number),
  );
}

/**
 * A page of an entry's places: what `load` found at the address (else the renamed entry's
 * redirect, else a 404), and the page's address in each language, the one asked for being
 * canonical. The first page has one address, the entry's own: asked for by number, it redirects
 * there.
 */
export async function pagedEntryPage<T>(
  params: PagedEntryParams,
  section: Section,
  load: PagedEntryLoader<T>,
  addressesOf: (found: T) => Record<Locale, string>,
) {
  const { locale: localeParam, slug, page: pageParam } = await params;
  const locale = localeOr404(localeParam);
  const page = listPageNumber(pageParam) ?? notFound();
  const asked = listPagePath(pagePath(section, locale, slug), locale, page);
  const found = (await load(locale, slug, page)) ?? (await redirectOr404(asked));
  const alternates = listPageAlternates(addressesOf(found), page);
  if (pageParam !== undefined && page === 1) permanentRedirect(alternates[locale]);
  keepCanonical(asked, alternates[locale]);
  return { locale, found, alternates };
}

/**
 * An entry's page: what `load` found at the address (else the renamed entry's redirect, else a
 * 404), and its address in each language, the one asked for being canonical.
 */
export async function entryPage<T>(
  params: Promise<{ locale: string; slug: string }>,
  section: Section,
  load: (locale: Locale, slug: string) => Promise<T | undefined>,
  addressesOf: (found: T) => Record<Locale, string>,
) {
  const { locale: localeParam, slug } = await params;
  const locale = localeOr404(localeParam);
  const asked = pagePath(section, locale, slug);
  const found = (await load(locale, slug)) ?? (await redirectOr404(asked));
  const alternates = addressesOf(found);
  keepCanonical(asked, alternates[locale]);
  return { locale, found, alternates };
}
