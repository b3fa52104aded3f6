/** The admin's two languages; a label names itself in each (Payload picks the editor's). */
export type Bilingual = { en: string; es: string };

/** The admin's navigation groups. */
export const contentGroup = { en: 'Content', es: 'Contenido' } satisfies Bilingual;
export const administrationGroup = { en: 'Administration', es: 'Administración' } satisfies Bilingual;

/** Spanish for the closed lists' values (tip kinds, transit modes, …); English reads the value itself. */
const spanishOptions: Record<string, string> = {
  'bag-storage': 'guardarropa',
  'cash-only': 'solo efectivo',
  'time-needed': 'tiempo necesario',
  photography: 'fotografía',
  'best-time': 'mejor momento',
  other: 'otro',
  'light-rail': 'tren ligero',
  trolleybus: 'trolebús',
  bus: 'autobús',
  'bike-share': 'bicicleta compartida',
  concession: 'reducida',
  free: 'gratis',
  location: 'ubicación',
  hours: 'horario',
  admission: 'entrada',
  accessibility: 'accesibilidad',
  contact: 'contacto',
  tips: 'consejos',
  yes: 'sí',
  partial: 'en parte',
  unknown: 'no se sabe',
  borough: 'alcaldía',
  neighborhood: 'barrio',
  transport: 'transporte',
  money: 'dinero',
  safety: 'seguridad',
  tours: 'recorridos',
};

/** A select's options for a closed list of the domain's values, labelled in both languages. */
export const bilingualOptions = (values: readonly string[]) =>
  values.map((value) => {
    const english = value.replace(/-/g, ' ');
    return { label: { en: english, es: spanishOptions[value] ?? english } satisfies Bilingual, value };
  });
