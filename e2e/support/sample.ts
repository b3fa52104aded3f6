/**
 * Facts of the seeded sample content (packages/domain/src/fixtures), written out here so a test
 * states what the page must show rather than recomputing it with the code under test.
 */
export const demoUsers = {
  admin: { email: 'admin@example.com', password: 'paseo-demo-admin' },
  editor: { email: 'editor@example.com', password: 'paseo-demo-editor' },
} as const;
export type Account = { email: string; password: string };

export const trotsky = {
  es: {
    path: '/es/lugares/museo-casa-de-leon-trotsky',
    name: 'Museo Casa de León Trotsky',
  },
  en: {
    path: '/en/places/leon-trotsky-house-museum',
    name: 'Leon Trotsky House Museum',
  },
  // Opening hours: "Tu-Su 10:00-17:00" in America/Mexico_City (UTC−6 all year since 2022).
  credit: {
    title: 'Casa de León Trotsky, illustration',
    author: 'Paseo sample images',
    sourceName: 'Paseo',
    sourceUrl: 'https://paseo.example/sample-images',
    licenseName: 'CC0 1.0',
    licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
  pullQuoteStart: 'La vida es hermosa.',
  address: 'Av. Río Churubusco 410',
  coordinates: '19.3566%2C-99.1596',
  transitStop: 'Eje Central',
  generalPrice: '70',
  pinnedNearby: ['Museo Frida Kahlo', 'Cineteca Nacional', 'Mercado de Coyoacán'],
  guide: 'Cómo moverse por Coyoacán',
  tip: 'Las mochilas y bolsas grandes se dejan en la entrada antes del recorrido.',
  verified: '10 de noviembre de 2026',
} as const;

export const frida = {
  es: { path: '/es/lugares/museo-frida-kahlo', name: 'Museo Frida Kahlo' },
} as const;

export const delCarmen = {
  es: { path: '/es/barrios/del-carmen', name: 'Del Carmen' },
} as const;

/** A short random tag, so parallel tests and repeated runs never touch each other's entries. */
export const uniqueSuffix = () => Math.random().toString(36).slice(2, 8);

/**
 * The sample walk through Del Carmen: Frida Kahlo (Tu,Th–Su 10–18, We 11–18; 90 min), the market
 * (daily 8–18; 60 min), Trotsky (Tu–Su 10–17; 75 min).
 */
export const delCarmenWalk = {
  es: { path: '/es/paseos/dos-casas-y-un-mercado', name: 'Dos casas y un mercado en Del Carmen' },
  en: { path: '/en/walks/two-houses-and-a-market', name: 'Two houses and a market in Del Carmen' },
  stops: ['Museo Frida Kahlo', 'Mercado de Coyoacán', 'Museo Casa de León Trotsky'],
} as const;
