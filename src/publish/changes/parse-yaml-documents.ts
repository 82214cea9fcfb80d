import YAML from 'yaml';

/**
 * The documents of a device file as plain data; a document that does not parse is null and a file that does not
 * parse at all gives none: a file edited by hand must not stop a change description, it just says less.
 */
export function parseYamlDocuments(text: string): any[] {
  let documents: ReturnType<typeof YAML.parseAllDocuments>;
  try {
    documents = YAML.parseAllDocuments(text);
  } catch {
    return [];
  }
  // toJSON throws for what the parser let through (an alias to no anchor): that document only is lost.
  return documents.map((d) => {
    if (d.errors.length > 0) return null;
    try {
      return d.toJSON();
    } catch {
      return null;
    }
  });
}
