/** Labels, annotations, resource quantities: string keys to string values. */
export type StringMap = Readonly<Record<string, string>>;
