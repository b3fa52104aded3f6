import type { GeoPoint, TransitStop } from '@paseo/domain';

/**
 * The map a generated city is drawn on: Coyoacán and the edges of its neighbours. Centres are
 * approximate (to about 300 m), enough for addresses, transit and neighborhoods that agree with
 * where a venue sits.
 */
export const cityBounds = { south: 19.3, north: 19.37, west: -99.2, east: -99.12 } as const;

/** A colonia: the name and postal code an address carries, and the alcaldía it belongs to. */
export type Colonia = { name: string; postalCode: string; borough: string; centre: GeoPoint };

const colonia = (name: string, postalCode: string, borough: string, latitude: number, longitude: number) => ({
  name,
  postalCode,
  borough,
  centre: { latitude, longitude },
});

export const colonias: readonly Colonia[] = [
  colonia('Villa Coyoacán', '04000', 'Coyoacán', 19.349, -99.162),
  colonia('Del Carmen', '04100', 'Coyoacán', 19.354, -99.1623),
  colonia('Santa Catarina', '04010', 'Coyoacán', 19.3465, -99.17),
  colonia('La Concepción', '04020', 'Coyoacán', 19.3455, -99.156),
  colonia('Barrio de San Lucas', '04030', 'Coyoacán', 19.346, -99.1505),
  colonia('Parque San Andrés', '04040', 'Coyoacán', 19.3385, -99.151),
  colonia('San Mateo', '04120', 'Coyoacán', 19.3505, -99.1485),
  colonia('Country Club Churubusco', '04220', 'Coyoacán', 19.3515, -99.1395),
  colonia('Campestre Churubusco', '04200', 'Coyoacán', 19.344, -99.144),
  colonia('Prado Churubusco', '04230', 'Coyoacán', 19.356, -99.128),
  colonia('El Rosedal', '04330', 'Coyoacán', 19.339, -99.157),
  colonia('Los Reyes', '04330', 'Coyoacán', 19.3325, -99.159),
  colonia('Romero de Terreros', '04310', 'Coyoacán', 19.34, -99.18),
  colonia('Copilco Universidad', '04360', 'Coyoacán', 19.336, -99.178),
  colonia('Oxtopulco Universidad', '04318', 'Coyoacán', 19.3425, -99.183),
  colonia('Pedregal de Santo Domingo', '04369', 'Coyoacán', 19.3265, -99.165),
  colonia('Ajusco', '04300', 'Coyoacán', 19.327, -99.155),
  colonia('Ciudad Universitaria', '04510', 'Coyoacán', 19.323, -99.187),
  colonia('Pedregal de Santa Úrsula', '04600', 'Coyoacán', 19.315, -99.155),
  colonia('Santa Úrsula Coapa', '04650', 'Coyoacán', 19.3085, -99.145),
  colonia('Xotepingo', '04610', 'Coyoacán', 19.322, -99.14),
  colonia('Ciudad Jardín', '04370', 'Coyoacán', 19.334, -99.137),
  colonia('Paseos de Taxqueña', '04250', 'Coyoacán', 19.342, -99.127),
  colonia('Educación', '04400', 'Coyoacán', 19.325, -99.125),
  colonia('Petrolera Taxqueña', '04410', 'Coyoacán', 19.337, -99.122),
  colonia('Jardines de Coyoacán', '04890', 'Coyoacán', 19.308, -99.128),
  colonia('Chimalistac', '01070', 'Álvaro Obregón', 19.347, -99.187),
  colonia('San Ángel', '01000', 'Álvaro Obregón', 19.346, -99.192),
  colonia('Tizapán', '01090', 'Álvaro Obregón', 19.337, -99.196),
  colonia('Jardines del Pedregal', '01900', 'Álvaro Obregón', 19.315, -99.195),
  colonia('Guadalupe Inn', '01020', 'Álvaro Obregón', 19.357, -99.185),
  colonia('Florida', '01030', 'Álvaro Obregón', 19.357, -99.18),
  colonia('Xoco', '03330', 'Benito Juárez', 19.3605, -99.166),
  colonia('Santa Cruz Atoyac', '03310', 'Benito Juárez', 19.368, -99.163),
  colonia('General Anaya', '03340', 'Benito Juárez', 19.3585, -99.147),
  colonia('San Simón Ticumac', '03660', 'Benito Juárez', 19.3675, -99.146),
  colonia('Acacias', '03240', 'Benito Juárez', 19.3675, -99.174),
  colonia('Actipan', '03230', 'Benito Juárez', 19.369, -99.18),
  colonia('Crédito Constructor', '03940', 'Benito Juárez', 19.362, -99.181),
  colonia('San Andrés Tetepilco', '09440', 'Iztapalapa', 19.36, -99.125),
  colonia('Villa Coapa', '14390', 'Tlalpan', 19.302, -99.132),
];

/** A stop on the map: the domain's stop, where it is instead of how far. */
export type MapStop = Omit<TransitStop, 'walkingMinutes'> & { at: GeoPoint };

const stop = (mode: MapStop['mode'], line: string, name: string, latitude: number, longitude: number) => ({
  mode,
  line,
  name,
  at: { latitude, longitude },
});

/** Metro, Metrobús and light-rail stops in and around the map. */
export const transitStops: readonly MapStop[] = [
  stop('metro', '3', 'Coyoacán', 19.3612, -99.1707),
  stop('metro', '3', 'Viveros / Derechos Humanos', 19.3536, -99.1757),
  stop('metro', '3', 'Miguel Ángel de Quevedo', 19.3464, -99.1809),
  stop('metro', '3', 'Copilco', 19.3359, -99.1774),
  stop('metro', '3', 'Universidad', 19.3243, -99.174),
  stop('metro', '3', 'Zapata', 19.3707, -99.165),
  stop('metro', '12', 'Eje Central', 19.3614, -99.1515),
  stop('metro', '12', 'Parque de los Venados', 19.3707, -99.1588),
  stop('metro', '12', 'Hospital 20 de Noviembre', 19.3719, -99.1707),
  stop('metro', '12', 'Ermita', 19.3618, -99.143),
  stop('metro', '2', 'General Anaya', 19.3531, -99.1451),
  stop('metro', '2', 'Ermita', 19.3618, -99.143),
  stop('metro', '2', 'Tasqueña', 19.3436, -99.1398),
  stop('metrobus', '1', 'Dr. Gálvez', 19.3455, -99.1874),
  stop('metrobus', '1', 'La Bombilla', 19.3497, -99.1868),
  stop('metrobus', '1', 'Centro Cultural Universitario', 19.3146, -99.1874),
  stop('metrobus', '1', 'Ciudad Universitaria', 19.3298, -99.1872),
  stop('light-rail', 'Tren Ligero', 'Las Torres', 19.3394, -99.1357),
  stop('light-rail', 'Tren Ligero', 'Ciudad Jardín', 19.334, -99.134),
  stop('light-rail', 'Tren Ligero', 'La Virgen', 19.3271, -99.1348),
  stop('light-rail', 'Tren Ligero', 'Xotepingo', 19.3218, -99.1377),
  stop('light-rail', 'Tren Ligero', 'Nezahualpilli', 19.3146, -99.1392),
];

/** Places a city's venues crowd around; the rest are spread over the whole map. */
export const hubs: readonly { centre: GeoPoint; spreadDegrees: number; weight: number }[] = [
  { centre: { latitude: 19.3499, longitude: -99.1622 }, spreadDegrees: 0.004, weight: 5 }, // Jardín Hidalgo
  { centre: { latitude: 19.3473, longitude: -99.17 }, spreadDegrees: 0.003, weight: 2 }, // Francisco Sosa
  { centre: { latitude: 19.346, longitude: -99.191 }, spreadDegrees: 0.003, weight: 2 }, // San Ángel
  { centre: { latitude: 19.336, longitude: -99.178 }, spreadDegrees: 0.004, weight: 2 }, // Copilco
  { centre: { latitude: 19.3603, longitude: -99.1644 }, spreadDegrees: 0.003, weight: 1 }, // Xoco
  { centre: { latitude: 19.3436, longitude: -99.1398 }, spreadDegrees: 0.004, weight: 2 }, // Tasqueña
  { centre: { latitude: 19.3225, longitude: -99.186 }, spreadDegrees: 0.004, weight: 1 }, // Ciudad Universitaria
];

/** Streets of the area, for addresses and walks. */
export const streets: readonly string[] = [
  'Francisco Sosa',
  'Fernández Leal',
  'Higuera',
  'Ignacio Allende',
  'Aguayo',
  'Felipe Carrillo Puerto',
  'Tres Cruces',
  'Malintzin',
  'Xicoténcatl',
  'Av. Centenario',
  'Caballocalco',
  'Vallarta',
  'Abasolo',
  'Av. Pacífico',
  'Av. Miguel Ángel de Quevedo',
  'Av. Universidad',
  'Miguel Hidalgo',
  'Cuauhtémoc',
  'Moctezuma',
  'Londres',
  'Viena',
  'Madrid',
  'París',
  'Berlín',
  'Gómez Farías',
  'Morelos',
  'Av. México',
  'Av. División del Norte',
  'Héroes del 47',
  'Calzada de Tlalpan',
  'Av. Taxqueña',
  'Av. Santa Ana',
  'Av. Aztecas',
  'Av. Delfín Madrigal',
  'Pedro Henríquez Ureña',
  'Av. Copilco',
  'Av. Popocatépetl',
  'Av. Árbol del Fuego',
  'Av. Cerro del Agua',
  'Real de los Reyes',
  'Belisario Domínguez',
  'Presidente Carranza',
  'Salvador Novo',
  'Ayuntamiento',
  'Dulce Olivia',
  'Corregidora',
  'Guerrero',
  'Chimalpopoca',
  'Av. Insurgentes Sur',
  'Av. Revolución',
  'Av. Altavista',
  'Arenal',
  'Av. La Paz',
  'Amores',
  'Real de San Lucas',
  'Av. Escuela Naval Militar',
  'Av. Canal de Miramontes',
  'Av. Río Churubusco',
  'Av. Hidalgo',
  'Callejón del Aguacate',
];
