import type { Credit as CreditData, Locale } from '@paseo/domain';

/** The full credit of an image, in TASL order, with its source and licence linked. */
export function Credit({ credit, locale }: { credit: CreditData; locale: Locale }) {
  const { title, author, sourceName, sourceUrl, licenseName, licenseUrl } = credit;
  if (locale === 'en') {
    return (
      <span className="credit">
        Photo: “{title}” by {author}, via <a href={sourceUrl}>{sourceName}</a>, licensed under{' '}
        <a href={licenseUrl} rel="license">
          {licenseName}
        </a>
      </span>
    );
  }
  return (
    <span className="credit">
      Foto: «{title}», de {author}, vía <a href={sourceUrl}>{sourceName}</a>, con licencia{' '}
      <a href={licenseUrl} rel="license">
        {licenseName}
      </a>
    </span>
  );
}
