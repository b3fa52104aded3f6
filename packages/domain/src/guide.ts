import { z } from 'zod';
import { localizedLine, localizedText } from './locale.js';
import { localizedRichText } from './richText.js';
import { localizedSlug } from './slug.js';
import { publicationStatusSchema } from './venue.js';

export const guideTopics = ['transport', 'money', 'safety', 'accessibility', 'tours'] as const;
export const guideTopicSchema = z.enum(guideTopics);
export type GuideTopic = z.infer<typeof guideTopicSchema>;

/** A practical guide or service page, linked from venue pages. */
export const guideSchema = z.object({
  title: localizedLine,
  slug: localizedSlug,
  status: publicationStatusSchema,
  topic: guideTopicSchema,
  summary: localizedText,
  body: localizedRichText,
  updatedAt: z.iso.datetime({ offset: true }).optional(),
});
export type GuideInput = z.input<typeof guideSchema>;
export type Guide = z.output<typeof guideSchema>;
