import type { ConfigError } from '../errors.js';

/**
 * A GitHub Actions `::error title=…::message` workflow command for one problem, on one line. Escaped as
 * `@actions/core` does it (toolkit packages/core/src/command.ts): data `%` → `%25`, `\r` → `%0D`, `\n` → `%0A`;
 * properties also `:` → `%3A` and `,` → `%2C`, so the runner shows the message with its line breaks and never reads
 * a value as the end of the command or as a command of its own. Print it with `printLines`, which escapes any other
 * control character.
 */
export function githubAnnotation(error: ConfigError): string {
  const title =
    [error.configurationId && `configuration ${error.configurationId}`, error.deviceId && `device ${error.deviceId}`, error.module && `module ${error.module}`]
      .filter(Boolean)
      .join(', ') || 'iotedge-gitops';
  return `::error title=${_escapeProperty(title)}::${_escapeData(error.describe())}`;
}

function _escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function _escapeProperty(text: string): string {
  return _escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
