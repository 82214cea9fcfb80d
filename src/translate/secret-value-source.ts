/**
 * Where the value behind a secret-store key the output reads lives in the deployment a device got. Translation
 * names the place as it makes each ExternalSecret entry, so `provision` writes exactly the keys the output reads,
 * decided by one rule. The place is a path, never the value: nothing that translation returns for rendering or
 * hashing may hold one (and createOptions reach it with credentials already replaced by the marker).
 */

/** A place in the device's deployment (model/device-manifest.ts) that holds one secret value. */
export type SecretValuePlace =
  /** `registryCredentials.<credential>.password` of edgeAgent's runtime settings. */
  | { readonly kind: 'registry password'; readonly credential: string }
  /** `env.<name>.value` of a module (`$edgeHub` for edgeHub). */
  | { readonly kind: 'module env'; readonly module: string; readonly name: string }
  /** The entry at `index` of createOptions `field`, after `prefix` (`NAME=` of an Env entry, `--token=` of an argument). */
  | { readonly kind: 'createOptions'; readonly module: string; readonly field: 'Env' | 'Cmd' | 'Entrypoint'; readonly index: number; readonly prefix: string };

/** One secret-store key an ExternalSecret of the device reads, and where the device's deployment holds its value. */
export interface SecretValueSource {
  readonly remoteKey: string;
  readonly place: SecretValuePlace;
}
