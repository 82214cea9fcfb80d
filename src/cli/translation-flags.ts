/**
 * The flags that shape translation (`--cluster-tag`, `--secret-store`, `--secret-store-kind`, `--strict`, and the
 * certificate flags of cert-issuer-flags.ts), shared
 * by synth, explain and sync, resolved in one pure function: flag ?? DEFAULT_*. A bad value fails here, before any
 * I/O, naming the flag: a secret store name that Kubernetes would refuse would otherwise be written into every
 * ExternalSecret of the fleet, and Flux or Argo CD would fail to apply each device.
 */
import { ConfigError } from '../errors.js';
import type { CertificateSource } from '../translate/certificate-source.js';
import { DEFAULT_CLUSTER_TAG, DEFAULT_SECRET_STORE, type SecretStoreRef } from '../translate/translate-options.js';
import { resolveCertificateFlags, type CertificateFlags } from './cert-issuer-flags.js';
import type { SynthOptions } from '../plan/synthesize.js';

/** Raw translation flags as commander parsed them. */
export interface TranslationFlags extends CertificateFlags {
  readonly clusterTag?: string;
  readonly secretStore?: string;
  readonly secretStoreKind?: string;
  readonly strict?: boolean;
}

/** The translation flags resolved: what SynthOptions takes. */
export interface ResolvedTranslationFlags {
  readonly clusterTag: string;
  readonly secretStore: SecretStoreRef;
  readonly strict: boolean;
  readonly certificates: CertificateSource;
}

/**
 * The pipeline settings the command line sets (synth, explain, sync, provision): the translation flags resolved, the
 * isolation flags, `--upstream-host`. The rest of SynthOptions (reuse, streaming, profiling) is the commands' own.
 */
export type SynthFlags = Pick<SynthOptions, 'clusterTag' | 'secretStore' | 'upstreamHost' | 'certificates' | 'strict' | 'isolation'>;

/** The kinds of store an External Secrets `secretStoreRef` may name. */
export const SECRET_STORE_KINDS: readonly SecretStoreRef['kind'][] = ['SecretStore', 'ClusterSecretStore'];

/** DNS-1123 subdomain: the name rule of SecretStore and ClusterSecretStore objects. */
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const MAX_SUBDOMAIN = 253;

/** Resolves the translation flags; throws ConfigError naming the flag and the value for a bad one. */
export function resolveTranslationFlags(flags: TranslationFlags): ResolvedTranslationFlags {
  const clusterTag = flags.clusterTag ?? DEFAULT_CLUSTER_TAG;
  if (clusterTag.trim() === '') throw new ConfigError('--cluster-tag must name a twin tag, got an empty name', { stage: 'cli' });
  const name = flags.secretStore ?? DEFAULT_SECRET_STORE.name;
  if (name.length > MAX_SUBDOMAIN || !DNS_SUBDOMAIN.test(name)) {
    throw new ConfigError(
      `--secret-store must be a Kubernetes object name (lower-case letters, digits, '-' and '.', starting and ending with a letter or digit, at most ${MAX_SUBDOMAIN} characters), got '${_shown(name)}'`,
      { stage: 'cli' },
    );
  }
  const kind = flags.secretStoreKind ?? DEFAULT_SECRET_STORE.kind;
  if (!(SECRET_STORE_KINDS as readonly string[]).includes(kind)) {
    throw new ConfigError(`--secret-store-kind must be ${SECRET_STORE_KINDS.join(' or ')}, got '${_shown(kind)}'`, { stage: 'cli' });
  }
  const certificates = resolveCertificateFlags(flags);
  return { clusterTag, secretStore: { name, kind: kind as SecretStoreRef['kind'] }, strict: flags.strict ?? false, certificates };
}

/** A value as shown in a message: control characters as '?', so the message stays one line; long values cut. */
function _shown(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 80)}… (${clean.length} characters)` : clean;
}
