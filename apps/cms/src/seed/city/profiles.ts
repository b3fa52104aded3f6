import type { CategoryKey, VenueInput } from '@paseo/domain';
import type { ImageKey } from '@paseo/domain/fixtures';
import type { Pair, Theme } from './names';
import type { Random } from './random';

type AdmissionInput = NonNullable<VenueInput['admission']>;

/** What venues of one category are like: how common, about what, open when, at what price. */
export type CategoryProfile = {
  /** How many of a city's venues are of this category, relative to the others. */
  weight: number;
  /** What a venue of the category is about (a collection, a cuisine, a kind of show), as in a sentence. */
  themes: readonly Theme[];
  /** Opening hours in OpenStreetMap syntax; none for places that never close (a walk). */
  hours: readonly string[];
  /** The sample illustrations that suit the category. */
  images: readonly ImageKey[];
  admission(r: Random): AdmissionInput | undefined;
};

const general: Pair = { es: 'Entrada general', en: 'General admission' };
const concession: Pair = {
  es: 'Estudiantes, docentes y personas adultas mayores con credencial',
  en: 'Students, teachers and seniors with ID',
};
const children: Pair = { es: 'Niñas y niños menores de 12 años', en: 'Children under 12' };
const freeEntry: Pair = { es: 'Entrada libre', en: 'Free entry' };
const sundays: Pair = { es: 'Los domingos', en: 'On Sundays' };
const lastWednesday: Pair = {
  es: 'El último miércoles de cada mes',
  en: 'On the last Wednesday of every month',
};

/** A price in pesos, rounded to five as prices here are. */
const pesos = (r: Random, min: number, max: number) => Math.round(r.int(min, max) / 5) * 5;

function ticketed(r: Random, min: number, max: number, { free = false } = {}): AdmissionInput {
  const full = pesos(r, min, max);
  return {
    prices: [
      { kind: 'general', audience: general, amountMXN: full },
      { kind: 'concession', audience: concession, amountMXN: Math.round(full / 10) * 5 },
      ...(r.chance(0.5) ? [{ kind: 'free' as const, audience: children, amountMXN: 0 }] : []),
    ],
    freeDays: free ? [{ text: r.pick([sundays, lastWednesday]) }] : [],
  };
}

const noCharge = (): AdmissionInput => ({
  prices: [{ kind: 'free', audience: freeEntry, amountMXN: 0 }],
});

export const categoryProfiles = {
  museum: {
    weight: 6,
    themes: [
      { es: 'la cerámica', en: 'ceramics' },
      { es: 'la fotografía', en: 'photography' },
      { es: 'el juguete antiguo', en: 'antique toys' },
      { es: 'la estampa', en: 'printmaking' },
      { es: 'el textil', en: 'textiles' },
      { es: 'la máscara', en: 'masks' },
      { es: 'el títere', en: 'puppetry' },
      { es: 'la radio', en: 'radio' },
      { es: 'el vidrio soplado', en: 'blown glass' },
      { es: 'la caricatura', en: 'cartoons' },
      { es: 'la música popular', en: 'popular music' },
      { es: 'el papel picado', en: 'cut paper' },
      { es: 'la historia del barrio', en: 'local history' },
      { es: 'las culturas del maíz', en: 'maize cultures' },
      { es: 'el arte sacro', en: 'sacred art' },
      { es: 'la tipografía', en: 'typography' },
      { es: 'el cine mexicano', en: 'Mexican cinema' },
      { es: 'la herbolaria', en: 'herbal medicine' },
      { es: 'el ferrocarril', en: 'the railway' },
      { es: 'la lucha libre', en: 'lucha libre' },
      { es: 'la imprenta', en: 'printing' },
      { es: 'los mapas', en: 'maps' },
      { es: 'los oficios', en: 'crafts and trades' },
      { es: 'la arquitectura', en: 'architecture' },
      { es: 'el diseño', en: 'design' },
      { es: 'el cacao', en: 'cacao' },
    ],
    hours: [
      'Tu-Su 10:00-18:00',
      'Tu-Su 10:00-17:00',
      'We-Su 11:00-19:00',
      'Tu-Fr 10:00-18:00; Sa,Su 10:00-19:00',
      'Tu-Su 09:00-17:00; PH off',
    ],
    images: ['trotsky', 'frida'],
    admission: (r) => ticketed(r, 30, 150, { free: r.chance(0.6) }),
  },
  theatre: {
    weight: 4,
    themes: [
      { es: 'teatro de texto', en: 'spoken drama' },
      { es: 'comedia', en: 'comedy' },
      { es: 'teatro para niños', en: 'children’s theatre' },
      { es: 'danza contemporánea', en: 'contemporary dance' },
      { es: 'teatro de títeres', en: 'puppet theatre' },
      { es: 'cabaret', en: 'cabaret' },
      { es: 'improvisación', en: 'improv' },
      { es: 'ópera de cámara', en: 'chamber opera' },
    ],
    hours: ['Th-Sa 19:00-23:00; Su 13:00-20:00', 'Fr,Sa 18:00-23:30; Su 12:00-19:00', 'We-Su 17:00-22:30'],
    images: ['elVicio', 'teatroArtes', 'sogem'],
    admission: (r) => ticketed(r, 150, 450),
  },
  cinema: {
    weight: 2,
    themes: [
      { es: 'cine de autor', en: 'art-house film' },
      { es: 'clásicos restaurados', en: 'restored classics' },
      { es: 'documental', en: 'documentary' },
      { es: 'cine mexicano', en: 'Mexican film' },
      { es: 'animación', en: 'animation' },
      { es: 'cine de terror', en: 'horror film' },
    ],
    hours: ['Mo-Su 12:00-23:00', 'Tu-Su 15:00-22:30', 'Mo-Su 11:00-22:00'],
    images: ['cineteca'],
    admission: (r) => ticketed(r, 50, 110),
  },
  market: {
    weight: 4,
    themes: [
      { es: 'fruta y verdura', en: 'fruit and vegetables' },
      { es: 'comida corrida', en: 'set lunches' },
      { es: 'flores', en: 'flowers' },
      { es: 'antojitos', en: 'street snacks' },
      { es: 'artesanías', en: 'crafts' },
      { es: 'ropa y cosas usadas', en: 'second-hand clothes and bric-a-brac' },
      { es: 'plantas', en: 'plants' },
      { es: 'productos orgánicos', en: 'organic produce' },
    ],
    hours: ['Mo-Su 07:00-18:00', 'Mo-Sa 08:00-19:00; Su 08:00-16:00', 'Su 09:00-16:00', 'Sa,Su 10:00-19:00'],
    images: ['mercado'],
    admission: noCharge,
  },
  shopping: {
    weight: 12,
    themes: [
      { es: 'libros de segunda mano', en: 'second-hand books', trade: { es: 'Librería', en: 'Bookshop' } },
      { es: 'libros infantiles', en: 'children’s books', trade: { es: 'Librería', en: 'Bookshop' } },
      { es: 'discos de vinilo', en: 'vinyl records', trade: { es: 'Discos', en: 'Records' } },
      {
        es: 'barro negro de Oaxaca',
        en: 'black pottery from Oaxaca',
        trade: { es: 'Artesanías', en: 'Crafts' },
      },
      { es: 'textiles de Chiapas', en: 'textiles from Chiapas', trade: { es: 'Artesanías', en: 'Crafts' } },
      { es: 'diseño mexicano', en: 'Mexican design' },
      { es: 'juguetes de madera', en: 'wooden toys', trade: { es: 'Juguetería', en: 'Toys' } },
      { es: 'papelería artesanal', en: 'handmade stationery', trade: { es: 'Papelería', en: 'Stationers' } },
      { es: 'plata de Taxco', en: 'silver from Taxco', trade: { es: 'Platería' } },
      { es: 'cómics', en: 'comics' },
      { es: 'mezcal', en: 'mezcal', trade: { es: 'Mezcalería' } },
      { es: 'ropa vintage', en: 'vintage clothes' },
    ],
    hours: ['Mo-Sa 10:00-20:00; Su 11:00-18:00', 'Tu-Su 11:00-19:00', 'Mo-Su 10:00-21:00'],
    images: ['mercado', 'sogem'],
    admission: () => undefined,
  },
  'cultural-centre': {
    weight: 5,
    themes: [
      { es: 'talleres de grabado', en: 'printmaking workshops' },
      { es: 'música tradicional', en: 'traditional music' },
      { es: 'danzón', en: 'danzón' },
      { es: 'lectura en voz alta', en: 'reading aloud' },
      { es: 'cine comunitario', en: 'community film' },
      { es: 'lenguas indígenas', en: 'indigenous languages' },
      { es: 'fotografía', en: 'photography' },
      { es: 'artes del libro', en: 'book arts' },
    ],
    hours: ['Mo-Fr 09:00-21:00; Sa 10:00-18:00', 'Tu-Su 10:00-19:00', 'Mo-Sa 09:00-20:00'],
    images: ['sogem', 'teatroArtes'],
    admission: (r) => (r.chance(0.7) ? noCharge() : ticketed(r, 20, 80)),
  },
  gallery: {
    weight: 7,
    themes: [
      { es: 'pintura joven', en: 'young painters' },
      { es: 'grabado', en: 'printmaking' },
      { es: 'fotografía documental', en: 'documentary photography' },
      { es: 'arte textil', en: 'textile art' },
      { es: 'escultura', en: 'sculpture' },
      { es: 'ilustración', en: 'illustration' },
      { es: 'arte popular', en: 'folk art' },
      { es: 'cerámica contemporánea', en: 'contemporary ceramics' },
    ],
    hours: ['Tu-Sa 11:00-19:00', 'We-Sa 12:00-20:00; Su 12:00-17:00', 'Mo-Fr 10:00-18:00; Sa 11:00-15:00'],
    images: ['frida', 'sogem'],
    admission: noCharge,
  },
  park: {
    weight: 7,
    themes: [
      { es: 'árboles viejos', en: 'old trees' },
      { es: 'juegos infantiles', en: 'playgrounds' },
      { es: 'fuentes', en: 'fountains' },
      { es: 'aves', en: 'birds' },
      { es: 'plantas nativas', en: 'native plants' },
      { es: 'pista para correr', en: 'a running track' },
    ],
    hours: ['Mo-Su 06:00-19:00', 'Mo-Su 05:30-20:00', '24/7', 'Tu-Su 07:00-18:00'],
    images: ['sanLucas'],
    admission: noCharge,
  },
  church: {
    weight: 6,
    themes: [
      { es: 'sus retablos dorados', en: 'its gilded altarpieces' },
      { es: 'su portada de cantera', en: 'its carved stone doorway' },
      { es: 'su atrio arbolado', en: 'its tree-lined forecourt' },
      { es: 'su pintura virreinal', en: 'its colonial paintings' },
      { es: 'su campanario', en: 'its bell tower' },
    ],
    hours: [
      'Mo-Su 07:00-13:00,16:00-20:00',
      'Mo-Sa 08:00-14:00,17:00-20:00; Su 07:00-21:00',
      'Mo-Su 08:00-19:00',
    ],
    images: ['sanMateo'],
    admission: noCharge,
  },
  'neighborhood-walk': {
    weight: 4,
    themes: [
      { es: 'casonas', en: 'old houses' },
      { es: 'murales', en: 'murals' },
      { es: 'callejones empedrados', en: 'cobbled lanes' },
      { es: 'plazas', en: 'squares' },
      { es: 'arquitectura moderna', en: 'modern architecture' },
    ],
    hours: [],
    images: ['sanLucas'],
    admission: () => undefined,
  },
  restaurant: {
    weight: 25,
    themes: [
      { es: 'cocina oaxaqueña', en: 'Oaxacan cooking' },
      { es: 'mariscos', en: 'seafood', trade: { es: 'Marisquería' } },
      { es: 'tacos al pastor', en: 'tacos al pastor', trade: { es: 'Taquería' } },
      { es: 'pozole', en: 'pozole', trade: { es: 'Pozolería' } },
      { es: 'comida corrida', en: 'set lunches', trade: { es: 'Fonda' } },
      { es: 'mole', en: 'mole' },
      { es: 'antojitos', en: 'street snacks', trade: { es: 'Antojitos' } },
      { es: 'cocina vegetariana', en: 'vegetarian cooking' },
      { es: 'cocina yucateca', en: 'Yucatecan cooking' },
      { es: 'barbacoa', en: 'barbacoa', trade: { es: 'Barbacoa' } },
      { es: 'tamales', en: 'tamales', trade: { es: 'Tamalería' } },
      { es: 'cocina poblana', en: 'cooking from Puebla' },
      { es: 'carnitas', en: 'carnitas', trade: { es: 'Carnitas' } },
      { es: 'cocina de mercado', en: 'market cooking', trade: { es: 'Fonda' } },
    ],
    hours: [
      'Mo-Su 13:00-22:00',
      'Tu-Su 08:00-17:00',
      'Mo-Sa 13:00-23:00; Su 13:00-18:00',
      'We-Mo 09:00-18:00',
      'Mo-Fr 08:00-17:00; Sa,Su 09:00-18:00',
      'Tu-Su 18:00-01:00',
    ],
    images: ['mercado', 'elVicio'],
    admission: () => undefined,
  },
  cafe: {
    weight: 18,
    themes: [
      { es: 'café de Chiapas', en: 'Chiapas coffee', trade: { es: 'Café' } },
      { es: 'pan dulce', en: 'sweet bread', trade: { es: 'Panadería', en: 'Bakery' } },
      { es: 'chocolate de Oaxaca', en: 'Oaxacan chocolate', trade: { es: 'Chocolatería' } },
      { es: 'churros', en: 'churros', trade: { es: 'Churrería' } },
      { es: 'café de especialidad', en: 'speciality coffee', trade: { es: 'Tostadores', en: 'Roasters' } },
      { es: 'té y tisanas', en: 'tea and infusions', trade: { es: 'Casa de Té', en: 'Tea House' } },
      { es: 'desayunos', en: 'breakfasts', trade: { es: 'Cafetería' } },
      { es: 'helados artesanales', en: 'handmade ice cream', trade: { es: 'Nevería' } },
    ],
    hours: [
      'Mo-Fr 07:30-21:00; Sa,Su 08:30-21:00',
      'Mo-Su 08:00-22:00',
      'Tu-Su 09:00-20:00',
      'Mo-Sa 07:00-20:00',
    ],
    images: ['mercado', 'elVicio'],
    admission: () => undefined,
  },
} satisfies Record<CategoryKey, CategoryProfile>;
