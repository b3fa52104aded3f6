// A later page of a neighborhood's places: /en/neighborhoods/del-carmen/page/2, and the Spanish
// /es/barrios/del-carmen/pagina/2 rewritten here.
export { default, generateMetadata } from '../../page';

export function generateStaticParams() {
  return [];
}
