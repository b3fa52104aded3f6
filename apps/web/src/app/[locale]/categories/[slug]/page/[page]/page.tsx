// A later page of a category's places: /en/categories/museum/page/2, and the Spanish
// /es/categorias/museo/pagina/2 rewritten here.
export { default, generateMetadata } from '../../page';

export function generateStaticParams() {
  return [];
}
