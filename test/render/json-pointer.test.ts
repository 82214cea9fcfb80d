/**
 * jsonPointer: an RFC 6901 JSON Pointer from path segments: `/` before each segment, `~` written `~0` and `/`
 * written `~1` inside a segment, `~` first so that a literal `~1` does not turn into a slash.
 */
import { jsonPointer } from '../../src/render/json-pointer.js';

describe('jsonPointer', () => {
  it.each<{ name: string; segments: (string | number)[]; expected: string }>([
    { name: 'no segments → the whole document (empty pointer)', segments: [], expected: '' },
    { name: 'an empty segment is a key named ""', segments: [''], expected: '/' },
    { name: 'two empty segments', segments: ['', ''], expected: '//' },
    { name: 'a literal "~1" is escaped to "~01", not read as a slash', segments: ['a~1b'], expected: '/a~01b' },
    { name: 'every slash and tilde is escaped, not only the first', segments: ['a//b~~c'], expected: '/a~1~1b~0~0c' },
    { name: 'a number is written in decimal', segments: ['containers', 0, 'ports', 12], expected: '/containers/0/ports/12' },
    { name: 'the "-" array-append token is kept as is', segments: ['env', '-'], expected: '/env/-' },
    { name: 'dots and other characters are not escaped', segments: ['metadata', 'annotations', 'net.azure-devices.edge.module'], expected: '/metadata/annotations/net.azure-devices.edge.module' },
  ])('$name', ({ segments, expected }) => {
    expect(jsonPointer(...segments)).toBe(expected);
  });
});

describe('jsonPointer: basic cases', () => {
  it.each([
    { name: 'plain segments', segments: ['spec', 'template', 0], expected: '/spec/template/0' },
    { name: 'slash escaped as ~1', segments: ['labels', 'cdk8s.io/metadata.addr'], expected: '/labels/cdk8s.io~1metadata.addr' },
    { name: 'tilde escaped as ~0 first', segments: ['a~/b'], expected: '/a~0~1b' },
  ])('$name', ({ segments, expected }) => {
    expect(jsonPointer(...segments)).toBe(expected);
  });
});
