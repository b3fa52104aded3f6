/**
 * The `sizes` of the site's pictures: how wide each is drawn at every breakpoint of globals.css
 * (1rem = 16px, as media queries count it). The browser picks a candidate from them before it has
 * laid out the page, so a phone downloads a picture near the size it shows.
 */

/**
 * A venue card in `.card-grid`, inside `.wrap` (at most 72rem, 1.25rem padding each side).
 * Columns of at least 17rem with 1.25rem gaps make one column below 604px, two below 896px and
 * three above; from 1152px the wrap stops growing.
 */
export const venueCardSizes = [
  '(min-width: 1152px) 358px',
  '(min-width: 896px) calc((100vw - 80px) / 3)',
  '(min-width: 604px) calc((100vw - 60px) / 2)',
  'calc(100vw - 40px)',
].join(', ');

/** The venue's hero: the whole width, up to `.venue__hero`'s 75rem. */
export const venueHeroSizes = '(min-width: 1200px) 1200px, 100vw';

/**
 * A gallery picture in `.venue__main`, columns of at least 16rem with 1rem gaps. Below 960px the
 * main column is the wrap's width (two columns from 568px, three from 840px); from 960px it
 * leaves 22rem and a 3.5rem gap to the practical details (two columns from 976px) and stops
 * growing at 1152px.
 */
export const galleryImageSizes = [
  '(min-width: 1152px) 344px',
  '(min-width: 976px) calc((100vw - 464px) / 2)',
  '(min-width: 960px) calc(100vw - 448px)',
  '(min-width: 840px) calc((100vw - 72px) / 3)',
  '(min-width: 568px) calc((100vw - 56px) / 2)',
  'calc(100vw - 40px)',
].join(', ');

/** The side of `.nearby__image`'s square, in CSS pixels. */
const nearbyThumbnailSide = 96;

/**
 * A nearby venue's square thumbnail (`object-fit: cover`): a landscape picture fills the square's
 * height, so it is drawn wider than the square by its aspect ratio (a 16:10 picture, 154px).
 */
export function nearbyThumbnailSizes({ width, height }: { width: number; height: number }): string {
  return `${Math.ceil(nearbyThumbnailSide * Math.max(1, width / height))}px`;
}
