/** How faithfully a manifest field is reproduced on Kubernetes. */
export type Fidelity = 'exact' | 'approximate' | 'dropped';

/**
 * One row of the fidelity ledger: a field the translator read and what became of it. Warnings are data:
 * translate returns them, synth summarises them, `--strict` turns `dropped` into an error.
 */
export interface LedgerEntry {
  readonly deviceId: string;
  /** Module name as written (`$edgeHub` for edgeHub). */
  readonly module: string;
  /** Configuration that supplied the field. */
  readonly configurationId: string;
  /** JSON path of the field inside that configuration. */
  readonly jsonPath: string;
  /** Field name as a user knows it: `HostConfig.Binds`, `restartPolicy`, `env.PASSWORD`. */
  readonly key: string;
  readonly fidelity: Fidelity;
  /** The Kubernetes field(s) it became, e.g. `Deployment.spec.template.spec.hostNetwork`; empty when dropped. */
  readonly target: string;
  /** Why, in one sentence. Never contains a secret value. */
  readonly reason: string;
}
