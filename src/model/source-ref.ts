/** Which configuration supplied a value, and where inside that configuration it sits. */
export interface SourceRef {
  /** Configuration id. */
  readonly configurationId: string;
  /** JSON path inside that configuration object, e.g. `content.modulesContent.$edgeAgent["properties.desired.modules.m0"]`. */
  readonly jsonPath: string;
}
