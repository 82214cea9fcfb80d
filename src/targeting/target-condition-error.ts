import { ConfigError, type ErrorContext } from '../errors.js';

/**
 * A target condition that is not valid grammar. `position` is the 0-based character offset in the
 * condition text where the parser gave up; the message names it too, so that the error reads well even
 * where only `describe()` is printed. The parser knows no configuration: `withContext` lets the caller
 * add the configuration id (and whatever else it knows) without losing the position.
 */
export class TargetConditionError extends ConfigError {
  /** 0-based character offset of the offending token in the condition text. */
  readonly position: number;

  constructor(message: string, position: number, context: ErrorContext = {}) {
    super(message, { stage: 'targeting', jsonPath: 'targetCondition', ...context });
    this.position = position;
  }

  /** The same error with more context (e.g. `configurationId`); position and message are kept. */
  withContext(context: ErrorContext): TargetConditionError {
    return new TargetConditionError(this.message, this.position, {
      stage: this.stage,
      configurationId: this.configurationId,
      deviceId: this.deviceId,
      module: this.module,
      jsonPath: this.jsonPath,
      ...context,
    });
  }
}
