import type { Field, SanitizedConfig } from 'payload';

/**
 * The dotted paths of the localized fields among `fields`, through groups, arrays, rows and tabs
 * (`name`, `openingHours.closures.reason`). A localized group or array is one path.
 */
export function localizedPaths(fields: readonly Field[], prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => {
        if (!('name' in tab) || !tab.name) return localizedPaths(tab.fields, prefix);
        return tab.localized ? [prefix + tab.name] : localizedPaths(tab.fields, `${prefix}${tab.name}.`);
      });
    if (!('name' in field) || !field.name)
      return 'fields' in field ? localizedPaths(field.fields, prefix) : [];
    const path = prefix + field.name;
    if ('localized' in field && field.localized) return [path];
    return 'fields' in field ? localizedPaths(field.fields, `${path}.`) : [];
  });
}

/**
 * Appended to the generated types: which fields of each collection a `locale=all` answer gives
 * one value per language, so readers of the REST API can type such answers (`AllLocales` in
 * `@paseo/domain/cms`) from the config instead of restating it.
 */
export function appendLocalizedFields({
  compiledTypes,
  config,
}: {
  compiledTypes: string;
  config: SanitizedConfig;
}): string {
  const lines = config.collections.map((collection) => {
    const paths = localizedPaths(collection.fields).map((path) => `'${path}'`);
    return `  '${collection.slug}': ${paths.join(' | ') || 'never'};`;
  });
  return `${compiledTypes}
/**
 * The localized fields of each collection, as dotted paths: a \`locale=all\` answer gives each of
 * them as one value per language.
 */
export interface LocalizedFields {
${lines.join('\n')}
}
`;
}
