import { localeOrDefault, pagePath, type Section } from '@paseo/domain';
import type { CollectionConfig } from 'payload';
import { isEditor } from '../access/isEditor';
import { publishedOrEditor } from '../access/publishedOrEditor';
import { env, siteAddress } from '../env';
import { indexLanguages } from '../hooks/indexLanguages';
import { notifySiteOfChange } from '../hooks/notifySiteOfChange';
import { recordPublishedState } from '../hooks/recordPublishedState';
import { recordSlugRedirects } from '../hooks/recordSlugRedirects';
import { refuseDeleteWhileUsed } from '../hooks/refuseDeleteWhileUsed';
import { refuseMalformedReferenceQueries } from '../hooks/refuseMalformedReferenceQueries';
import { refuseUnknownReferences } from '../hooks/refuseUnknownReferences';
import { refuseUnpublishWhileRequired } from '../hooks/refuseUnpublishWhileRequired';

/** The public page of a draft, through the site's draft mode, for preview and live preview. */
export function previewUrl(section: Section, locale: string | undefined, slug: unknown): string {
  const url = new URL('/api/draft', siteAddress());
  url.searchParams.set('secret', env().PREVIEW_SECRET ?? '');
  url.searchParams.set('path', pagePath(section, localeOrDefault(locale), String(slug ?? '')));
  return url.toString();
}

type Options = {
  /** Which public page shows an entry. */
  section: Section;
  /** Fields a visitor reads, flagged while their English is missing. */
  translatable: string[];
  /** Plain-text fields whose words, in both languages, the site's search matches. */
  searchable: string[];
};

/**
 * What venues, neighborhoods and guides share as published pages: visitors read only what is
 * published, editors write; drafts, autosave, scheduled publishing and versions; the language index; a redirect when a slug changes; a notice to the site; and the
 * integrity rules: references must exist, and what a published entry uses cannot be deleted (nor,
 * when the entry cannot do without it, unpublished).
 */
export function publishedContent({
  section,
  translatable,
  searchable,
}: Options): Pick<CollectionConfig, 'access' | 'versions' | 'hooks'> {
  const siteNotice = notifySiteOfChange(section);
  return {
    access: {
      read: publishedOrEditor,
      readVersions: isEditor,
      create: isEditor,
      update: isEditor,
      delete: isEditor,
    },
    versions: {
      drafts: { autosave: { interval: 1500 }, schedulePublish: true },
      maxPerDoc: 50,
    },
    hooks: {
      beforeOperation: [refuseMalformedReferenceQueries, refuseDeleteWhileUsed],
      beforeValidate: [refuseUnknownReferences],
      beforeChange: [recordPublishedState, indexLanguages({ translatable, searchable })],
      afterChange: [refuseUnpublishWhileRequired, recordSlugRedirects(section), siteNotice.afterChange],
      afterDelete: [siteNotice.afterDelete],
    },
  };
}

/** The admin's preview of an entry: its public page, draft included. */
export function contentPreview(section: Section): NonNullable<CollectionConfig['admin']>['preview'] {
  return (doc, { locale }) => previewUrl(section, locale, doc.slug);
}
