import type { Locale, Media } from '@paseo/domain';
import { getImageProps, type ImageProps } from 'next/image';
import { preload as preloadResource } from 'react-dom';

/**
 * A picture with next/image's sizes, formats and optimizer, rendered on the server as a plain
 * `<img>`: next/image's own component is a client component, and a page would ship its code only
 * to draw pictures that never change in the browser. `preload` puts the picture in the head, for
 * the one a visitor sees first.
 */
export default function Image({ preload, ...rest }: ImageProps) {
  const { props } = getImageProps({
    ...rest,
    ...(preload ? { loading: 'eager', fetchPriority: 'high' } : {}),
  });
  if (preload) {
    preloadResource(props.src, {
      as: 'image',
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: 'high',
    });
  }
  // biome-ignore lint/a11y/useAltText: alt is among the props, as next/image requires.
  // biome-ignore lint/performance/noImgElement: this is next/image's output, optimizer and all.
  return <img {...props} />;
}

/** The quality every picture is served at: enough for photographs, a third of the bytes of 100. */
const quality = 70;

type MediaImageProps = Omit<ImageProps, 'src' | 'alt' | 'width' | 'height' | 'quality'> & {
  media: Media;
  locale: Locale;
  /** Instead of the picture's own description: empty for a copy beside a title that names it. */
  alt?: string;
};

/** A picture from the CMS, described in the page's language. */
export function MediaImage({ media, locale, alt, ...rest }: MediaImageProps) {
  return (
    <Image
      src={media.url}
      alt={alt ?? media.alt[locale]}
      width={media.width}
      height={media.height}
      quality={quality}
      {...rest}
    />
  );
}
