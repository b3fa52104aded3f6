import { getTranslation } from '@payloadcms/translations';
import type { DefaultServerCellComponentProps } from 'payload';
import { untranslatedFields } from '../hooks/indexLanguages';

const text = {
  complete: { en: 'Complete', es: 'Completo' },
  missing: { en: 'English missing:', es: 'Falta en inglés:' },
};

/**
 * The list's translation column: "Complete" when every visitor-facing field has its English (the
 * stored note is then empty, which Payload would show as "<No Translation>"), else the fields
 * still missing it, in the editor's admin language.
 */
export function TranslationCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  const note = typeof cellData === 'string' ? cellData.trim() : '';
  if (note === '')
    return <span className="translation-cell--complete">{getTranslation(text.complete, i18n)}</span>;
  return (
    <span className="translation-cell--missing">
      {getTranslation(text.missing, i18n)} {untranslatedFields(note)}
    </span>
  );
}
