/**
 * IoT Hub SAS tokens written from the spec (§9), independently of azure-iothub, so that the fake hub
 * checks the real client's tokens rather than trusting them.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Outcome of checking an Authorization header. */
export type SasCheck = { readonly ok: true; readonly policy: string } | { readonly ok: false; readonly reason: string; readonly policy?: string };

/** encodeURIComponent that also escapes `!'()*`, as the Node SDK does. */
export function encodeUriComponentStrict(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `SharedAccessSignature sr=<sr>&sig=<sig>&skn=<policy>&se=<expiry>` with sig = HMAC-SHA256(base64-decoded key, `sr\nse`). */
export function signSasToken(resource: string, policy: string, base64Key: string, expirySeconds: number): string {
  const sig = createHmac('sha256', Buffer.from(base64Key, 'base64')).update(`${resource}\n${expirySeconds}`).digest('base64');
  return `SharedAccessSignature sr=${resource}&sig=${encodeUriComponentStrict(sig)}&skn=${encodeUriComponentStrict(policy)}&se=${expirySeconds}`;
}

/**
 * Checks a header as the spec's server side does: pairs in any order, `sig` and `skn` URL-decoded, the
 * HMAC recomputed over `sr\nse` with `sr` as sent and URL-decoded, compared in constant time, `se` in
 * the future, `skn` a known policy, and `sr` naming this hub (`hostName`, optionally with a path).
 */
export function verifySasToken(header: string | undefined, hostName: string, policies: Readonly<Record<string, string>>, nowSeconds: number): SasCheck {
  const prefix = 'SharedAccessSignature ';
  if (header === undefined || !header.startsWith(prefix)) return { ok: false, reason: 'no SharedAccessSignature' };
  const fields = new Map<string, string>();
  for (const pair of header.slice(prefix.length).split('&')) {
    const at = pair.indexOf('=');
    if (at > 0) fields.set(pair.slice(0, at), pair.slice(at + 1));
  }
  const sr = fields.get('sr');
  const se = fields.get('se');
  const sig = fields.get('sig');
  const skn = fields.get('skn');
  if (sr === undefined || se === undefined || sig === undefined || skn === undefined) return { ok: false, reason: 'missing sr, se, sig or skn' };
  const policy = _decode(skn);
  const key = policy === undefined ? undefined : policies[policy];
  if (policy === undefined || key === undefined) return { ok: false, reason: 'unknown policy', policy };
  if (!/^\d+$/.test(se) || Number(se) <= nowSeconds) return { ok: false, reason: 'expired', policy };
  const resource = _decode(sr) ?? sr;
  if (resource.toLowerCase().split('/')[0] !== hostName.toLowerCase()) return { ok: false, reason: 'token for another hub', policy };
  const given = Buffer.from(_decode(sig) ?? '', 'base64');
  for (const candidate of new Set([sr, resource])) {
    const expected = createHmac('sha256', Buffer.from(key, 'base64')).update(`${candidate}\n${se}`).digest();
    if (given.length === expected.length && timingSafeEqual(given, expected)) return { ok: true, policy };
  }
  return { ok: false, reason: 'bad signature', policy };
}

function _decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
