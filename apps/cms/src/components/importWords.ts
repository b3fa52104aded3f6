import type { ImportPlan } from '@paseo/domain/cms';

/** The import and export controls' words, in the admin's two languages. */
export const importWords = {
  en: {
    title: 'Import venues',
    intro:
      'A CSV or GeoJSON file of venues, one row (or feature) a venue, its columns as the export writes them. Venues are matched by their Spanish slug: existing ones are updated, new ones created.',
    file: 'File',
    publishNew:
      'Publish new venues (rows whose status says draft, and venues without a hero image, stay drafts)',
    check: 'Check the file',
    checking: 'Checking…',
    summary: (c: Counts) =>
      `${c.create} to create, ${c.update} to update, ${c.unchanged} unchanged, ${c.refuse} refused`,
    fileRefused: 'The file cannot be read:',
    row: 'Row',
    feature: 'Feature',
    venue: 'Venue',
    action: 'Action',
    column: 'Column',
    why: 'Why',
    actions: { create: 'create', update: 'update', unchanged: 'unchanged', refuse: 'refused' },
    start: (n: number) => `Import ${n} venue${n === 1 ? '' : 's'}`,
    nothing: 'Nothing to import: every good row is already in the CMS as it is.',
    progress: (done: number, total: number) => `${done} of ${total} rows written`,
    rate: (perSecond: number) => `${perSecond.toFixed(1)} rows/s`,
    left: (seconds: number) => `about ${formatSeconds(seconds)} left`,
    done: (c: { created: number; updated: number; failed: number }) =>
      `Done: ${c.created} created, ${c.updated} updated, ${c.failed} refused while writing.`,
    failed: 'The import stopped:',
    stalled:
      'This import stopped (its server went away). Start it again: rows already written stay as they are.',
    again: 'Start again',
    another: 'Import another file',
    shown: (shown: number, total: number) => `Showing ${shown} of ${total} rows.`,
    importLink: 'Import venues…',
    exportCsv: 'Export CSV',
    exportGeoJson: 'Export GeoJSON',
    exportHint: 'Exports the venues this list shows, with its filters and search.',
  },
  es: {
    title: 'Importar lugares',
    intro:
      'Un archivo CSV o GeoJSON de lugares, una fila (o elemento) por lugar, con las columnas que escribe la exportación. Los lugares se reconocen por su slug en español: los que existen se actualizan y los nuevos se crean.',
    file: 'Archivo',
    publishNew:
      'Publicar los lugares nuevos (las filas con estado draft, y los lugares sin imagen principal, quedan como borrador)',
    check: 'Revisar el archivo',
    checking: 'Revisando…',
    summary: (c: Counts) =>
      `${c.create} por crear, ${c.update} por actualizar, ${c.unchanged} sin cambios, ${c.refuse} rechazadas`,
    fileRefused: 'No se puede leer el archivo:',
    row: 'Fila',
    feature: 'Elemento',
    venue: 'Lugar',
    action: 'Acción',
    column: 'Columna',
    why: 'Motivo',
    actions: { create: 'crear', update: 'actualizar', unchanged: 'sin cambios', refuse: 'rechazada' },
    start: (n: number) => `Importar ${n} lugar${n === 1 ? '' : 'es'}`,
    nothing: 'Nada que importar: cada fila válida ya está en el CMS tal cual.',
    progress: (done: number, total: number) => `${done} de ${total} filas escritas`,
    rate: (perSecond: number) => `${perSecond.toFixed(1)} filas/s`,
    left: (seconds: number) => `faltan unos ${formatSeconds(seconds)}`,
    done: (c: { created: number; updated: number; failed: number }) =>
      `Listo: ${c.created} creados, ${c.updated} actualizados, ${c.failed} rechazados al escribir.`,
    failed: 'La importación se detuvo:',
    stalled:
      'Esta importación se detuvo (su servidor dejó de responder). Iníciala de nuevo: las filas ya escritas quedan como están.',
    again: 'Iniciar de nuevo',
    another: 'Importar otro archivo',
    shown: (shown: number, total: number) => `Se muestran ${shown} de ${total} filas.`,
    importLink: 'Importar lugares…',
    exportCsv: 'Exportar CSV',
    exportGeoJson: 'Exportar GeoJSON',
    exportHint: 'Exporta los lugares que muestra esta lista, con sus filtros y búsqueda.',
  },
};

type Counts = ImportPlan['counts'];
export type ImportWords = (typeof importWords)['en'];

/** The words for the admin's language; English for any other. */
export const wordsFor = (language: string): ImportWords =>
  language === 'es' ? importWords.es : importWords.en;

function formatSeconds(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  return `${Math.round(seconds / 60)} min`;
}
