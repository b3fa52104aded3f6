// A later page of every place: /en/places/page/2, and /es/lugares/pagina/2 rewritten here.
export { default, generateMetadata } from '../../page';

export function generateStaticParams() {
  return [];
}
