import type { Locale, Media } from '@paseo/domain';
import { Credit } from '@/components/Credit';
import Image from '@/components/Image';
import { galleryImageSizes } from '@/lib/imageSizes';

/** More pictures of the place, each credited. */
export function Gallery({ images, locale }: { images: Media[]; locale: Locale }) {
  if (images.length === 0) return null;
  return (
    <section aria-label={locale === 'es' ? 'Galería' : 'Gallery'} className="venue__section gallery">
      {images.map((image) => (
        <figure key={image.url}>
          <Image
            src={image.url}
            alt={image.alt[locale]}
            width={image.width}
            height={image.height}
            sizes={galleryImageSizes}
            quality={70}
          />
          <figcaption>
            <Credit credit={image.credit} locale={locale} />
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
