import { SectionList, type SectionListProps, sectionListMetadata } from '../../sectionList';

// A later page of an English list, /en/places/page/2; under /es/ this word is a 404.
export function generateStaticParams() {
  return [];
}

export const generateMetadata = (props: SectionListProps) => sectionListMetadata(props, 'page');

export default function LaterSectionListPage(props: SectionListProps) {
  return <SectionList {...props} pageWord="page" />;
}
