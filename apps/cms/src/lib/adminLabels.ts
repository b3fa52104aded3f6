/** The admin's two languages; a label names itself in each (Payload picks the editor's). */
export type Bilingual = { en: string; es: string };

/** The admin's navigation groups. */
export const contentGroup = { en: 'Content', es: 'Contenido' } satisfies Bilingual;
export const administrationGroup = { en: 'Administration', es: 'Administración' } satisfies Bilingual;
