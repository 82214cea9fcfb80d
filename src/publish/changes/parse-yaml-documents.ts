import YAML from 'yaml';

/**
 * The documents of a device file as plain data; a document that does not parse is null and a file that does not
 * parse at all gives none: a file edited by hand must not stop a change description, it just says less.
 */
export function parseYamlDocuments(text: string): any[] {
  try {
    return YAML.parseAllDocuments(text).map((d) => (d.errors.length > 0 ? null : d.toJSON()));
  } catch {
    return [];
  }
}
