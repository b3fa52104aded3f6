import { z } from 'zod';
import { boundedText, textLimits } from './locale.js';

const line = (message: string) => boundedText(textLimits.line, { empty: message });

/** A postal address as written in Mexico: street and number, colonia, postal code, alcaldía. */
export const addressSchema = z.object({
  street: line('Street is required'),
  neighborhood: line('Neighborhood (colonia) is required'),
  postalCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z -]{3,10}$/, 'Postal code must be 3–10 letters or digits'),
  borough: line('Borough (alcaldía) is required'),
  city: line('City is required'),
  /** ISO 3166-1 alpha-2. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'Country must be a two-letter ISO code such as MX')
    .default('MX'),
});
export type Address = z.infer<typeof addressSchema>;

/** The address on one line, as printed on a page. */
export function formatAddress(address: Address): string {
  return `${address.street}, ${address.neighborhood}, ${address.postalCode} ${address.borough}, ${address.city}`;
}
