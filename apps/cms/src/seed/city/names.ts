import type { CategoryKey, LocalizedTextRequired } from '@paseo/domain';
import type { Random } from './random';

/** The same thing said in Spanish and in English. */
export type Pair = LocalizedTextRequired;

/** Names a business or a place might go by; proper names, so English keeps them. */
export const properNames: readonly string[] = [
  'La Jacaranda',
  'El Ahuehuete',
  'Los Colorines',
  'La Buganvilia',
  'El Nopal',
  'La Ceiba',
  'El Colibrí',
  'La Golondrina',
  'El Tecolote',
  'La Luciérnaga',
  'El Zapote',
  'La Guayaba',
  'El Tejocote',
  'La Higuera',
  'El Alcatraz',
  'La Azucena',
  'El Pirul',
  'La Nopalera',
  'El Jacal',
  'El Portal',
  'La Esquina',
  'El Callejón',
  'La Vecindad',
  'El Patio',
  'La Terraza',
  'El Zaguán',
  'La Ventana',
  'El Balcón',
  'La Azotea',
  'Doña Chelo',
  'Don Lupe',
  'Las Hermanas',
  'Los Compadres',
  'La Abuela',
  'Tía Mela',
  'Don Chucho',
  'La Güera',
  'Las Margaritas',
  'Los Alcatraces',
  'La Palma',
  'El Fresno',
  'El Cedro',
  'La Noria',
  'El Molino',
  'La Cantera',
  'El Tezontle',
  'La Obsidiana',
  'El Jade',
  'El Maguey',
  'La Milpa',
  'El Comal',
  'La Olla',
  'El Metate',
  'El Molcajete',
  'La Cazuela',
  'El Jarrito',
  'La Canasta',
  'El Rebozo',
  'La Piñata',
  'El Papalote',
  'La Lotería',
  'El Trompo',
  'La Matraca',
  'El Alebrije',
  'La Catrina',
  'El Xolo',
  'La Chinampa',
  'El Ajolote',
  'La Tuna',
  'El Chapulín',
  'Mamá Rosa',
  'La Mariposa',
  'El Venado',
  'La Luna',
  'El Sol',
  'La Estrella',
  'El Farol',
  'La Campana',
  'El Reloj',
  'La Fuente',
  'El Puente',
  'La Escalera',
  'El Arco',
  'La Torre',
  'El Mirador',
  'La Huerta',
  'El Vergel',
  'La Alameda',
  'El Laurel',
  'La Magnolia',
  'La Pitaya',
  'El Mamey',
  'La Chirimoya',
  'El Capulín',
  'La Jamaica',
  'El Tamarindo',
  'La Lima',
  'El Limonero',
  'La Naranja',
  'El Ciruelo',
  'La Granada',
  'El Durazno',
  'La Calabaza',
  'El Elote',
  'La Mazorca',
  'El Frijol',
  'La Vainilla',
  'El Epazote',
  'La Hierbabuena',
  'El Romero',
  'La Ruda',
  'El Cempasúchil',
  'La Dalia',
  'El Girasol',
  'La Orquídea',
  'El Tulipán',
  'La Violeta',
  'El Clavel',
  'La Gardenia',
  'El Jazmín',
  'La Paloma',
  'El Gorrión',
  'La Calandria',
  'El Cenzontle',
  'El Quetzal',
  'La Guacamaya',
  'El Pelícano',
  'La Garza',
  'El Búho',
  'La Ardilla',
  'El Tlacuache',
  'El Armadillo',
  'La Tortuga',
  'El Jaguar',
  'La Liebre',
  'El Coyote',
  'La Iguana',
  'El Cacomixtle',
  'La Chicharra',
  'El Grillo',
  'La Abeja',
  'El Caracol',
  'La Hormiga',
  'El Escarabajo',
  'La Veleta',
  'El Aljibe',
  'La Pérgola',
  'El Kiosco',
  'La Banca',
  'El Andén',
  'La Trajinera',
  'El Tranvía',
  'La Bicicleta',
  'El Globo',
  'La Cometa',
  'El Columpio',
  'La Rayuela',
  'El Balero',
  'La Canica',
  'El Yoyo',
];

/** Saints and dedications, for churches. */
const dedications: readonly Pair[] = [
  { es: 'San Antonio de Padua', en: 'Saint Anthony of Padua' },
  { es: 'Santa Rosa de Lima', en: 'Saint Rose of Lima' },
  { es: 'San José', en: 'Saint Joseph' },
  { es: 'Santa Cecilia', en: 'Saint Cecilia' },
  { es: 'San Judas Tadeo', en: 'Saint Jude' },
  { es: 'La Candelaria', en: 'Our Lady of Candlemas' },
  { es: 'San Francisco de Asís', en: 'Saint Francis of Assisi' },
  { es: 'Santa Teresa', en: 'Saint Teresa' },
  { es: 'San Miguel Arcángel', en: 'Saint Michael the Archangel' },
  { es: 'San Pedro', en: 'Saint Peter' },
  { es: 'Santa Ana', en: 'Saint Anne' },
  { es: 'San Sebastián', en: 'Saint Sebastian' },
  { es: 'La Purísima Concepción', en: 'the Immaculate Conception' },
  { es: 'San Bernabé', en: 'Saint Barnabas' },
  { es: 'San Pablo', en: 'Saint Paul' },
  { es: 'Santa Lucía', en: 'Saint Lucy' },
  { es: 'San Martín de Porres', en: 'Saint Martin de Porres' },
  { es: 'Santo Tomás', en: 'Saint Thomas' },
  { es: 'San Andrés', en: 'Saint Andrew' },
  { es: 'Nuestra Señora de Guadalupe', en: 'Our Lady of Guadalupe' },
  { es: 'San Agustín', en: 'Saint Augustine' },
  { es: 'Santa Clara', en: 'Saint Clare' },
  { es: 'San Ignacio', en: 'Saint Ignatius' },
  { es: 'San Lorenzo', en: 'Saint Lawrence' },
  { es: 'Santa Inés', en: 'Saint Agnes' },
  { es: 'El Sagrado Corazón', en: 'the Sacred Heart' },
  { es: 'La Santa Cruz', en: 'the Holy Cross' },
  { es: 'San Felipe de Jesús', en: 'Saint Philip of Jesus' },
];

/**
 * The word a business goes by before its name ("Librería", "Taquería"), and in English after it
 * ("Bookshop"); without `en` the English name is the Spanish one, as locals say it.
 */
export type Trade = { es: string; en?: string };

/** What a venue is about, as a sentence says it, and the trade that sells it, if it has one. */
export type Theme = Pair & { trade?: Trade };

/** What the place is called, given what it is about and where it is. */
type About = { theme: Theme; street: string; colonia: string; proper: string };
type NamePattern = (r: Random, about: About) => Pair;

const same = (name: string): Pair => ({ es: name, en: name });

const traded = (trade: Trade, proper: string): Pair => ({
  es: `${trade.es} ${proper}`,
  en: trade.en ? `${proper} ${trade.en}` : `${trade.es} ${proper}`,
});

/** Words that qualify a name in either language: "La Ceiba Azul", "El Comal de Oro". */
const qualifiers: readonly string[] = [
  'Azul',
  'Verde',
  'de Plata',
  'de Oro',
  'del Sur',
  'de Barro',
  'de Papel',
];

const minorWords = new Set(['de', 'del', 'la', 'las', 'el', 'los', 'y', 'e', 'en', 'of', 'and', 'the', 'in']);

/** "el cine mexicano" → "el Cine Mexicano": a theme as part of a name, its small words left small. */
function titled(text: string): string {
  return text.replace(/\p{L}+/gu, (word) =>
    minorWords.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
  );
}

export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Spanish "de" and "a" before a phrase, contracted before "el" as Spanish requires: "del", "al". */
export const de = (phrase: string) => (phrase.startsWith('el ') ? `del ${phrase.slice(3)}` : `de ${phrase}`);
export const a = (phrase: string) => (phrase.startsWith('el ') ? `al ${phrase.slice(3)}` : `a ${phrase}`);

/** A street as a name uses it: "Av. Pacífico" → "Pacífico". */
export const bareStreet = (street: string) => street.replace(/^(Av\.|Calzada de|Callejón del) /, '');

/** A business: named for its trade when its theme has one, else with one of the category's own words. */
const business =
  (generic: readonly Trade[]): NamePattern =>
  (r, { theme, proper }) =>
    traded(theme.trade && r.chance(0.7) ? theme.trade : r.pick(generic), proper);

const saint =
  (building: Pair): NamePattern =>
  (r) => {
    const dedication = r.pick(dedications);
    return { es: `${building.es} de ${dedication.es}`, en: `${building.en} of ${dedication.en}` };
  };

const namePatterns = {
  museum: [
    (_r, { theme }) => ({ es: `Museo ${de(titled(theme.es))}`, en: `Museum of ${titled(theme.en)}` }),
    (_r, { proper }) => ({ es: `Casa Museo ${proper}`, en: `${proper} House Museum` }),
    (_r, { theme, proper }) => ({
      es: `Museo ${proper} ${de(titled(theme.es))}`,
      en: `${proper} Museum of ${titled(theme.en)}`,
    }),
  ],
  theatre: [
    (_r, { proper }) => same(`Teatro ${proper}`),
    (_r, { proper }) => same(`Foro ${proper}`),
    (_r, { street }) => ({ es: `Teatro de ${bareStreet(street)}`, en: `${bareStreet(street)} Theatre` }),
  ],
  cinema: [
    (_r, { proper }) => same(`Cine ${proper}`),
    (_r, { proper }) => ({ es: `Cineclub ${proper}`, en: `${proper} Film Club` }),
  ],
  market: [
    (_r, { proper }) => ({ es: `Mercado ${proper}`, en: `${proper} Market` }),
    (_r, { colonia }) => ({ es: `Mercado de ${colonia}`, en: `${colonia} Market` }),
    (_r, { street }) => ({
      es: `Tianguis de ${bareStreet(street)}`,
      en: `${bareStreet(street)} Street Market`,
    }),
  ],
  shopping: [business([{ es: 'Tienda' }, { es: 'Bazar', en: 'Bazaar' }])],
  'cultural-centre': [
    (_r, { proper }) => ({ es: `Centro Cultural ${proper}`, en: `${proper} Cultural Centre` }),
    (_r, { colonia }) => ({ es: `Casa de Cultura de ${colonia}`, en: `${colonia} House of Culture` }),
    (_r, { proper }) => same(`Faro ${proper}`),
  ],
  gallery: [
    (_r, { proper }) => ({ es: `Galería ${proper}`, en: `${proper} Gallery` }),
    (_r, { proper }) => ({ es: `Taller ${proper}`, en: `${proper} Studio` }),
    (_r, { street }) => ({ es: `Galería ${bareStreet(street)}`, en: `${bareStreet(street)} Gallery` }),
  ],
  park: [
    (_r, { proper }) => ({ es: `Parque ${proper}`, en: `${proper} Park` }),
    (_r, { proper }) => ({ es: `Jardín ${proper}`, en: `${proper} Garden` }),
    (_r, { proper }) => ({ es: `Vivero ${proper}`, en: `${proper} Plant Nursery` }),
    (_r, { colonia }) => ({ es: `Plaza de ${colonia}`, en: `${colonia} Square` }),
  ],
  church: [
    saint({ es: 'Templo', en: 'Church' }),
    saint({ es: 'Capilla', en: 'Chapel' }),
    saint({ es: 'Parroquia', en: 'Parish Church' }),
  ],
  'neighborhood-walk': [
    (_r, { street }) => ({ es: `Paseo por ${bareStreet(street)}`, en: `A walk along ${bareStreet(street)}` }),
    (_r, { colonia }) => ({ es: `Los callejones de ${colonia}`, en: `The lanes of ${colonia}` }),
    (_r, { theme, colonia }) => ({
      es: `Ruta ${de(theme.es)} en ${colonia}`,
      en: `${capitalized(theme.en)} of ${colonia}`,
    }),
  ],
  restaurant: [
    business([
      { es: 'Fonda' },
      { es: 'Cocina' },
      { es: 'Cantina' },
      { es: 'Restaurante' },
      { es: 'Comedor' },
    ]),
  ],
  cafe: [business([{ es: 'Café' }, { es: 'Cafetería' }])],
} satisfies Record<CategoryKey, NamePattern[]>;

/** A name for a venue of this category. */
export function venueName(category: CategoryKey, r: Random, about: Omit<About, 'proper'>): Pair {
  const pattern = r.pick<NamePattern>(namePatterns[category]);
  const base = r.pick(properNames);
  const proper = r.chance(0.35) ? `${base} ${r.pick(qualifiers)}` : base;
  return pattern(r, { ...about, proper });
}
