import type { CategoryKey, PracticalTip } from '@paseo/domain';
import { a, capitalized, de, type Pair } from './names';
import type { Random } from './random';

/** What the text of one venue is written from. */
export type Story = {
  category: CategoryKey;
  name: Pair;
  theme: Pair;
  colonia: string;
  street: string;
  /** The year it opened (for a church, was built). */
  year: number;
  /** The nearest stop, named as a sentence names it, and the walk from it. */
  stop?: { es: string; en: string; minutes: number };
};

type Template = (s: Story) => Pair;
type TipKind = PracticalTip['kind'];

/** One line for cards: at most 140 characters in either language (the domain's limit). */
const teasers = {
  museum: [
    (s) => ({
      es: `Un museo pequeño dedicado ${a(s.theme.es)}, en una casona de ${s.colonia}.`,
      en: `A small museum devoted to ${s.theme.en}, in an old house in ${s.colonia}.`,
    }),
    (s) => ({
      es: `Colecciones sobre ${s.theme.es} y exposiciones que cambian cada temporada.`,
      en: `Collections on ${s.theme.en} and exhibitions that change every season.`,
    }),
  ],
  theatre: [
    (s) => ({
      es: `Sala íntima de ${s.theme.es} con funciones de jueves a domingo.`,
      en: `An intimate house for ${s.theme.en}, with shows from Thursday to Sunday.`,
    }),
    (s) => ({
      es: `Un foro independiente de ${s.colonia} con cartelera de ${s.theme.es}.`,
      en: `An independent stage in ${s.colonia} with a programme of ${s.theme.en}.`,
    }),
  ],
  cinema: [
    (s) => ({
      es: `Una sala de barrio que programa ${s.theme.es} y ciclos temáticos.`,
      en: `A neighbourhood screen showing ${s.theme.en} and themed seasons.`,
    }),
    (s) => ({
      es: `Cine pequeño en ${s.colonia}: ${s.theme.es}, charlas y funciones al aire libre.`,
      en: `A small cinema in ${s.colonia}: ${s.theme.en}, talks and open-air screenings.`,
    }),
  ],
  market: [
    (s) => ({
      es: `Mercado de ${s.colonia} con puestos de ${s.theme.es} y fondas para comer.`,
      en: `A ${s.colonia} market with stalls of ${s.theme.en} and places to eat.`,
    }),
    (s) => ({
      es: `Pasillos llenos de ${s.theme.es}, a precios de barrio.`,
      en: `Aisles full of ${s.theme.en}, at neighbourhood prices.`,
    }),
  ],
  shopping: [
    (s) => ({
      es: `Tienda de ${s.theme.es} en ${s.street}, con piezas que cambian cada semana.`,
      en: `A shop for ${s.theme.en} on ${s.street}, with stock that changes every week.`,
    }),
    (s) => ({
      es: `Un local pequeño de ${s.colonia} especializado en ${s.theme.es}.`,
      en: `A small shop in ${s.colonia} that specialises in ${s.theme.en}.`,
    }),
  ],
  'cultural-centre': [
    (s) => ({
      es: `Talleres, conciertos y lecturas; su fuerte es ${s.theme.es}.`,
      en: `Workshops, concerts and readings; its strength is ${s.theme.en}.`,
    }),
    (s) => ({
      es: `Centro cultural de ${s.colonia} con actividades gratuitas toda la semana.`,
      en: `A cultural centre in ${s.colonia} with free activities all week.`,
    }),
  ],
  gallery: [
    (s) => ({
      es: `Galería de ${s.theme.es} con exposiciones de artistas del sur de la ciudad.`,
      en: `A gallery of ${s.theme.en} showing artists from the south of the city.`,
    }),
    (s) => ({
      es: `Una sala blanca en ${s.street} que expone ${s.theme.es} todo el año.`,
      en: `A white room on ${s.street} showing ${s.theme.en} all year round.`,
    }),
  ],
  park: [
    (s) => ({
      es: `Un respiro verde en ${s.colonia}, con ${s.theme.es} y bancas a la sombra.`,
      en: `A green break in ${s.colonia}, with ${s.theme.en} and shady benches.`,
    }),
    () => ({
      es: `Parque de barrio para caminar, correr o sentarse a leer.`,
      en: `A neighbourhood park for a walk, a run or a quiet read.`,
    }),
  ],
  church: [
    (s) => ({
      es: `Un templo de ${s.year} en el corazón de ${s.colonia}; no te pierdas ${s.theme.es}.`,
      en: `A church from ${s.year} at the heart of ${s.colonia}; do not miss ${s.theme.en}.`,
    }),
    (s) => ({
      es: `Iglesia de barrio de ${s.colonia}, conocida por ${s.theme.es}.`,
      en: `A parish church in ${s.colonia}, known for ${s.theme.en}.`,
    }),
  ],
  'neighborhood-walk': [
    (s) => ({
      es: `Un paseo a pie entre ${s.theme.es} de ${s.colonia}.`,
      en: `A walk among the ${s.theme.en} of ${s.colonia}.`,
    }),
    (s) => ({
      es: `Una hora a pie por ${s.street} y sus alrededores.`,
      en: `An hour on foot along ${s.street} and the streets around it.`,
    }),
  ],
  restaurant: [
    (s) => ({
      es: `${capitalized(s.theme.es)} en ${s.colonia}, desde ${s.year}.`,
      en: `${capitalized(s.theme.en)} in ${s.colonia}, since ${s.year}.`,
    }),
    (s) => ({
      es: `Cocina de barrio en ${s.street}: ${s.theme.es} y aguas frescas.`,
      en: `Neighbourhood cooking on ${s.street}: ${s.theme.en} and aguas frescas.`,
    }),
  ],
  cafe: [
    (s) => ({
      es: `${capitalized(s.theme.es)} en ${s.street}, con mesas en la banqueta.`,
      en: `${capitalized(s.theme.en)} on ${s.street}, with tables on the pavement.`,
    }),
    (s) => ({
      es: `Café de ${s.colonia} para desayunar, trabajar un rato o ver pasar la calle.`,
      en: `A ${s.colonia} café for breakfast, an hour’s work or watching the street.`,
    }),
  ],
} satisfies Record<CategoryKey, Template[]>;

/** The opening paragraph: what the place is and where it came from. */
const openings = {
  museum: [
    (s) => ({
      es: `${s.name.es} ocupa una casona de ${s.colonia} que fue vivienda familiar hasta que abrió sus puertas como museo en ${s.year}. Su acervo, reunido durante décadas por vecinos y coleccionistas, está dedicado ${a(s.theme.es)}.`,
      en: `${s.name.en} fills an old house in ${s.colonia} that was a family home until it opened as a museum in ${s.year}. Its collection, gathered over decades by neighbours and collectors, is devoted to ${s.theme.en}.`,
    }),
    (s) => ({
      es: `Desde ${s.year}, ${s.name.es} cuenta la historia ${de(s.theme.es)} en México a través de objetos cotidianos, documentos y testimonios. Las salas se recorren en orden cronológico.`,
      en: `Since ${s.year}, ${s.name.en} has told the story of ${s.theme.en} in Mexico through everyday objects, papers and first-hand accounts. The rooms run in chronological order.`,
    }),
  ],
  theatre: [
    (s) => ({
      es: `${s.name.es} abrió en ${s.year} en una antigua bodega de ${s.street}, y desde entonces programa ${s.theme.es} de compañías independientes. La sala tiene menos de cien butacas, así que nadie queda lejos del escenario.`,
      en: `${s.name.en} opened in ${s.year} in a former warehouse on ${s.street}, and has staged ${s.theme.en} by independent companies ever since. The house has fewer than a hundred seats, so nobody sits far from the stage.`,
    }),
    (s) => ({
      es: `Fundado en ${s.year} por un grupo de actores del barrio, ${s.name.es} es uno de los foros de ${s.theme.es} más constantes del sur de la ciudad.`,
      en: `Founded in ${s.year} by a group of local actors, ${s.name.en} is one of the most steadfast stages for ${s.theme.en} in the south of the city.`,
    }),
  ],
  cinema: [
    (s) => ({
      es: `${s.name.es} proyecta ${s.theme.es} desde ${s.year} en una sala pequeña de ${s.colonia}. Cada mes arma ciclos con charlas de directores, críticos y público.`,
      en: `${s.name.en} has been screening ${s.theme.en} since ${s.year} in a small room in ${s.colonia}. Each month it puts together seasons with talks by directors, critics and the audience.`,
    }),
  ],
  market: [
    (s) => ({
      es: `${s.name.es} funciona desde ${s.year} y abastece a medio barrio. Entre sus puestos destacan los de ${s.theme.es}, y al fondo hay fondas donde se come bien y barato.`,
      en: `${s.name.en} has been trading since ${s.year} and feeds half the neighbourhood. Its stalls of ${s.theme.en} stand out, and at the back there are eateries serving good, cheap meals.`,
    }),
    (s) => ({
      es: `Los fines de semana, ${s.street} se llena de toldos de colores: es ${s.name.es}, con puestos de ${s.theme.es} que llegan desde temprano.`,
      en: `At weekends ${s.street} fills with coloured awnings: this is ${s.name.en}, with stalls of ${s.theme.en} that set up early.`,
    }),
  ],
  shopping: [
    (s) => ({
      es: `${s.name.es} abrió en ${s.year} en un local de ${s.street} y se especializa en ${s.theme.es}. Quienes atienden conocen bien cada pieza y con gusto cuentan su historia.`,
      en: `${s.name.en} opened in ${s.year} in a shopfront on ${s.street} and specialises in ${s.theme.en}. The people behind the counter know every piece and are glad to tell its story.`,
    }),
  ],
  'cultural-centre': [
    (s) => ({
      es: `${s.name.es} nació en ${s.year} como un proyecto vecinal de ${s.colonia}. Hoy ofrece talleres, conciertos y lecturas, y es conocido por su trabajo en ${s.theme.es}.`,
      en: `${s.name.en} began in ${s.year} as a neighbourhood project in ${s.colonia}. Today it runs workshops, concerts and readings, and is known for its work in ${s.theme.en}.`,
    }),
  ],
  gallery: [
    (s) => ({
      es: `${s.name.es} abrió en ${s.year} como espacio de ${s.theme.es}. Presenta cuatro o cinco exposiciones al año, casi siempre de artistas que viven en el sur de la ciudad.`,
      en: `${s.name.en} opened in ${s.year} as a space for ${s.theme.en}. It puts on four or five exhibitions a year, mostly by artists who live in the south of the city.`,
    }),
  ],
  park: [
    (s) => ({
      es: `${s.name.es} es el pulmón de ${s.colonia}: un parque abierto al público desde ${s.year}, con ${s.theme.es}, senderos de tierra y bancas bajo los árboles.`,
      en: `${s.name.en} is the green lung of ${s.colonia}: a park open to the public since ${s.year}, with ${s.theme.en}, dirt paths and benches under the trees.`,
    }),
  ],
  church: [
    (s) => ({
      es: `${s.name.es} se levantó hacia ${s.year} y todavía conserva ${s.theme.es}. Sigue siendo el centro de las fiestas de ${s.colonia}, que llenan el atrio de música y comida.`,
      en: `${s.name.en} was built around ${s.year} and still has ${s.theme.en}. It is still the centre of the festivities of ${s.colonia}, which fill its forecourt with music and food.`,
    }),
  ],
  'neighborhood-walk': [
    (s) => ({
      es: `Este recorrido empieza en ${s.street} y se adentra en ${s.colonia}, entre ${s.theme.es}. Se hace sin prisa en una hora y no necesita guía.`,
      en: `This walk starts on ${s.street} and heads into ${s.colonia}, among its ${s.theme.en}. It takes an unhurried hour and needs no guide.`,
    }),
  ],
  restaurant: [
    (s) => ({
      es: `${s.name.es} sirve ${s.theme.es} desde ${s.year}. La receta de la casa viene de la familia que lo fundó, y la cocina se ve desde las mesas.`,
      en: `${s.name.en} has served ${s.theme.en} since ${s.year}. The house recipes come from the family that founded it, and the kitchen is in view of the tables.`,
    }),
    (s) => ({
      es: `En ${s.street}, ${s.name.es} es de esos lugares donde los vecinos comen a diario: ${s.theme.es}, tortillas hechas a mano y aguas del día.`,
      en: `On ${s.street}, ${s.name.en} is one of those places where the neighbours eat every day: ${s.theme.en}, handmade tortillas and the day’s aguas frescas.`,
    }),
  ],
  cafe: [
    (s) => ({
      es: `${s.name.es} abrió en ${s.year} en una esquina de ${s.colonia}. Su especialidad es ${s.theme.es}, y por las mañanas el olor llega hasta la calle.`,
      en: `${s.name.en} opened in ${s.year} on a corner of ${s.colonia}. Its speciality is ${s.theme.en}, and in the mornings the smell reaches the street.`,
    }),
  ],
} satisfies Record<CategoryKey, Template[]>;

/** A paragraph about the visit itself, for any kind of place. */
const visits: Template[] = [
  (s) => ({
    es: `Conviene ir entre semana, cuando hay menos gente. Los fines de semana ${s.colonia} se llena de familias y paseantes, y ${s.name.es} también.`,
    en: `Weekdays are best, when it is quieter. At weekends ${s.colonia} fills with families and strollers, and so does ${s.name.en}.`,
  }),
  (s) => ({
    es: `La calle de ${s.street} tiene banquetas anchas y sombra, así que la visita se combina bien con un paseo por las cuadras cercanas.`,
    en: `${s.street} has wide pavements and shade, so the visit pairs well with a stroll around the nearby blocks.`,
  }),
  (s) => ({
    es: `Quienes viven en ${s.colonia} lo recomiendan sin dudar; quienes vienen de lejos suelen volver.`,
    en: `People who live in ${s.colonia} recommend it without a second thought; people from further away tend to come back.`,
  }),
];

/** A last paragraph on getting there, when a stop is near enough to walk from. */
const arrivals: ((s: Story, stop: NonNullable<Story['stop']>) => Pair)[] = [
  (_s, stop) => ({
    es: `Desde ${stop.es} son unos ${stop.minutes} minutos a pie.`,
    en: `It is about ${stop.minutes} minutes on foot from ${stop.en}.`,
  }),
  (s, stop) => ({
    es: `Para llegar, baja en ${stop.es} y camina unos ${stop.minutes} minutos hasta ${s.street}.`,
    en: `To get there, leave at ${stop.en} and walk about ${stop.minutes} minutes to ${s.street}.`,
  }),
];

export function teaser(s: Story, r: Random): Pair {
  return r.pick<Template>(teasers[s.category])(s);
}

/** Three or four paragraphs, in both languages. */
export function description(s: Story, r: Random): { es: string[]; en: string[] } {
  const paragraphs = [
    r.pick<Template>(openings[s.category])(s),
    ...r.some(visits, r.int(1, 2)).map((t) => t(s)),
  ];
  if (s.stop) paragraphs.push(r.pick(arrivals)(s, s.stop));
  return { es: paragraphs.map((p) => p.es), en: paragraphs.map((p) => p.en) };
}

/** How to get there, as the venue page's "getting there" note. */
export function gettingThere(s: Story): Pair | undefined {
  if (!s.stop) return undefined;
  return {
    es: `A unos ${s.stop.minutes} minutos a pie ${de(s.stop.es)}, por ${s.street}.`,
    en: `About ${s.stop.minutes} minutes on foot from ${s.stop.en}, along ${s.street}.`,
  };
}

const tipTexts: Record<TipKind, Pair[]> = {
  'bag-storage': [
    {
      es: 'Las mochilas grandes se dejan en la entrada.',
      en: 'Large backpacks are left at the entrance.',
    },
  ],
  'cash-only': [
    {
      es: 'Solo aceptan efectivo; hay un cajero a una cuadra.',
      en: 'Cash only; there is an ATM a block away.',
    },
    { es: 'Lleva efectivo: no aceptan tarjetas.', en: 'Bring cash: cards are not accepted.' },
  ],
  'time-needed': [
    { es: 'Calcula alrededor de una hora.', en: 'Allow about an hour.' },
    { es: 'Con media hora alcanza para verlo con calma.', en: 'Half an hour is enough to see it at ease.' },
  ],
  photography: [
    { es: 'Se permiten fotos sin flash.', en: 'Photos without flash are allowed.' },
    { es: 'Pregunta antes de fotografiar a las personas.', en: 'Ask before photographing people.' },
  ],
  'best-time': [
    { es: 'Las mañanas entre semana son las más tranquilas.', en: 'Weekday mornings are the quietest.' },
    { es: 'Al atardecer la luz es muy bonita.', en: 'The light is lovely at dusk.' },
  ],
  other: [
    { es: 'Hay baños públicos a unos pasos.', en: 'There are public toilets a few steps away.' },
    {
      es: 'Hay lugar para estacionar bicicletas en la entrada.',
      en: 'There is space to lock bicycles at the entrance.',
    },
  ],
};

export function tips(r: Random): { kind: TipKind; text: Pair }[] {
  const kinds = r.some(Object.keys(tipTexts) as TipKind[], r.int(0, 3));
  return kinds.map((kind) => ({ kind, text: r.pick(tipTexts[kind]) }));
}

export const closureReasons: readonly { date: string; reason: Pair }[] = [
  { date: '2026-12-25', reason: { es: 'Navidad', en: 'Christmas Day' } },
  { date: '2027-01-01', reason: { es: 'Año Nuevo', en: 'New Year’s Day' } },
  { date: '2027-02-15', reason: { es: 'Mantenimiento', en: 'Maintenance' } },
  { date: '2027-03-21', reason: { es: 'Inventario anual', en: 'Annual stocktaking' } },
];

export const hoursNotes: readonly Pair[] = [
  {
    es: 'El horario puede cambiar en días festivos.',
    en: 'Hours may change on public holidays.',
  },
  {
    es: 'La última entrada es media hora antes del cierre.',
    en: 'Last entry is half an hour before closing.',
  },
];

export const accessibilityNotes: readonly Pair[] = [
  {
    es: 'La entrada tiene un escalón bajo; el personal ayuda con gusto.',
    en: 'There is one low step at the entrance; staff are glad to help.',
  },
  {
    es: 'Las banquetas de la zona son irregulares; ve con cuidado.',
    en: 'Pavements around here are uneven; take care.',
  },
];
