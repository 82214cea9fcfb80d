/**
 * Module name rules of `$edgeAgent` `modules.<name>` (spec §1 limits, §5): the az CLI schemas' pattern,
 * `$` reserved for system modules, at most 50 modules in one deployment.
 */

/** Pattern of the az CLI `$edgeAgent` schemas 1.0 and 1.1 for `modules` keys. */
export const MODULE_NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;

/** Modules one deployment may declare (IoT Hub quota; the 32 KB twin limit can make it lower). */
export const MAX_MODULES_PER_DEPLOYMENT = 50;

/** Why `name` cannot be a module name, or undefined when it can. */
export function moduleNameProblem(name: string): string | undefined {
  if (name.startsWith('$')) return `module name '${name}' is reserved: names beginning with '$' belong to the IoT Edge system modules`;
  if (!MODULE_NAME_PATTERN.test(name)) {
    return `module name '${name}' is invalid: use only letters, digits, '_' and '-' (${MODULE_NAME_PATTERN.source})`;
  }
  return undefined;
}
