import { SectionList, type SectionListProps, sectionListMetadata } from './sectionList';

export function generateStaticParams() {
  return [];
}

export const generateMetadata = (props: SectionListProps) => sectionListMetadata(props);

export default function SectionListPage(props: SectionListProps) {
  return <SectionList {...props} />;
}
