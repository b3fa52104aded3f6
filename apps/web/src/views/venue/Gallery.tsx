import type { Locale, Media } from '@paseo/domain';
import { Credit } from '@/components/Credit';
import { MediaImage } from '@/components/Image';
import { galleryImageSizes } from '@/lib/imageSizes';

/** More pictures of the place, each credited. */
export function Gallery({ images, locale }: { images: Media[]; locale: Locale }) {
  if (images.length === 0) return null;
  return (
    <section aria-label={locale === 'es' ? 'Galería' : 'Gallery'} className="venue__section gallery">
      {images.map((image) => (
        <figure key={image.url}>
          <MediaImage media={image} locale={locale} sizes={galleryImageSizes} />
          <figcaption>
            <Credit credit={image.credit} locale={locale} />
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
