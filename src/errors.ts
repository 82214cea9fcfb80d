/**
 * Typed errors with the context a user needs to find the broken input: the pipeline stage, the
 * configuration, device and module it concerns, and the JSON path inside that input.
 * `cli/main.ts` maps each class to an exit code; nothing else decides how the process ends.
 */

/** Where in the input an error or a ledger entry points. Every field is optional: fill what is known. */
export interface ErrorContext {
  /** Pipeline stage that found the problem: source, model, targeting, translate, render, publish, cli. */
  readonly stage?: string;
  /** IoT Hub configuration (deployment) id, verbatim. */
  readonly configurationId?: string;
  /** Device id, verbatim. */
  readonly deviceId?: string;
  /** Module name as written in the manifest (`$edgeHub` for edgeHub). */
  readonly module?: string;
  /** JSON path inside the configuration or twin, e.g. `content.modulesContent.$edgeAgent['properties.desired'].modules.sensor.settings.createOptions`. */
  readonly jsonPath?: string;
  /** Underlying error, kept for --debug; never printed by default because library errors can carry secrets. */
  readonly cause?: unknown;
}

/** Base class of every error the tool raises on purpose. */
export abstract class IotEdgeGitopsError extends Error {
  readonly stage?: string;
  readonly configurationId?: string;
  readonly deviceId?: string;
  readonly module?: string;
  readonly jsonPath?: string;
  override readonly cause?: unknown;

  constructor(message: string, context: ErrorContext = {}) {
    super(message);
    this.name = new.target.name;
    this.stage = context.stage;
    this.configurationId = context.configurationId;
    this.deviceId = context.deviceId;
    this.module = context.module;
    this.jsonPath = context.jsonPath;
    this.cause = context.cause;
  }

  /** One line naming the context, then the message: `configuration 'x', device 'y', module 'z', at path: message`. */
  describe(): string {
    return describeContext(this) + this.message;
  }
}

/** Bad input: retrying will not help; the user has to change a configuration, twin, flag or file. */
export class ConfigError extends IotEdgeGitopsError {}

/** A remote service said "not now" (429, 5xx, timeout): the caller may retry. */
export class TransientError extends IotEdgeGitopsError {}

/** A bug in this tool: exits 70 and asks the user to report it. */
export class InternalError extends IotEdgeGitopsError {}

/** Several input errors found in one pass, so the user can fix them all at once. */
export class ConfigErrors extends ConfigError {
  readonly errors: readonly ConfigError[];
  constructor(errors: readonly ConfigError[], context: ErrorContext = {}) {
    super(errors.map((e) => e.describe()).join('\n'), context);
    this.errors = errors;
  }
  override describe(): string {
    return this.message;
  }
}

/** Renders the context prefix of an error or ledger entry; empty when nothing is known. */
export function describeContext(context: ErrorContext): string {
  const parts: string[] = [];
  if (context.configurationId !== undefined) parts.push(`configuration '${context.configurationId}'`);
  if (context.deviceId !== undefined) parts.push(`device '${context.deviceId}'`);
  if (context.module !== undefined) parts.push(`module '${context.module}'`);
  if (context.jsonPath !== undefined) parts.push(`at ${context.jsonPath}`);
  return parts.length === 0 ? '' : parts.join(', ') + ': ';
}

/** The run was stopped by SIGINT or SIGTERM; it cleaned up and exits 128 + the signal number (130, 143). */
export class StoppedError extends IotEdgeGitopsError {
  readonly signal: 'SIGINT' | 'SIGTERM';
  constructor(signal: 'SIGINT' | 'SIGTERM') {
    super(`stopped by ${signal}: temporary files removed, every device directory left whole (old or new); the next run completes the work`, { stage: 'cli' });
    this.signal = signal;
  }
  /** 130 for SIGINT, 143 for SIGTERM, as a shell reports a process ended by that signal. */
  get exitCode(): number {
    return this.signal === 'SIGINT' ? 130 : 143;
  }
}
