/**
 * A JSON Pointer (RFC 6901) from path segments, escaping `~` and `/` inside a segment — needed because
 * label keys such as `cdk8s.io/metadata.addr` contain a slash.
 */
export function jsonPointer(...segments: readonly (string | number)[]): string {
  let pointer = '';
  for (const segment of segments) {
    pointer += '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
  }
  return pointer;
}
