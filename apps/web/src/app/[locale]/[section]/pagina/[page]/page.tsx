import { SectionList, type SectionListProps, sectionListMetadata } from '../../sectionList';

// A later page of a Spanish list, /es/lugares/pagina/2; under /en/ this word is a 404.
export function generateStaticParams() {
  return [];
}

export const generateMetadata = (props: SectionListProps) => sectionListMetadata(props, 'pagina');

export default function LaterSectionListPage(props: SectionListProps) {
  return <SectionList {...props} pageWord="pagina" />;
}
