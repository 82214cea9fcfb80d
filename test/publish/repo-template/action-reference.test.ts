/**
 * action-reference: the action `init` pins its workflows to. The default is this tool's release tag
 * (`iotedge-gitops/iotedge-gitops@v<version>`); `--action` must be what GitHub reads in `uses:` for a repository
 * action, `owner/name@ref` or `owner/name/folder@ref` (a ConfigError of stage cli otherwise, quoting the text);
 * `pinnedUses` writes the step's `uses:` line under a comment that shows how to pin the same action to a commit.
 * (No `@ref` and a YAML injection: render-repo-template.test.ts.)
 */
import { ConfigError } from '../../../src/errors.js';
import { ACTION_REPOSITORY, checkActionReference, defaultActionReference, pinnedUses } from '../../../src/publish/repo-template/action-reference.js';
import { TOOL_VERSION } from '../../../src/tool-version.js';

describe('defaultActionReference', () => {
  it.each([
    { name: 'a given version becomes its v-tag', version: '1.2.3', expected: 'iotedge-gitops/iotedge-gitops@v1.2.3' },
    { name: 'a pre-release keeps its suffix', version: '2.0.0-rc.1', expected: 'iotedge-gitops/iotedge-gitops@v2.0.0-rc.1' },
  ])('$name', ({ version, expected }) => {
    expect(defaultActionReference(version)).toBe(expected);
  });

  it("without a version: this tool's version, on the action repository", () => {
    expect(defaultActionReference()).toBe(`${ACTION_REPOSITORY}@v${TOOL_VERSION}`);
    expect(ACTION_REPOSITORY).toBe('iotedge-gitops/iotedge-gitops');
  });

  it('the default passes its own check', () => {
    expect(checkActionReference(defaultActionReference())).toBe(defaultActionReference());
  });
});

describe('checkActionReference', () => {
  it.each([
    { name: 'a release tag', reference: 'acme/iotedge-gitops@v1.4.0' },
    { name: 'a full commit SHA', reference: 'acme/iotedge-gitops@8f3c2a1b9d0e4f5a6b7c8d9e0f1a2b3c4d5e6f70' },
    { name: 'an action in a folder of the repository', reference: 'acme/actions/iotedge/sync@v1' },
    { name: 'a branch with a slash', reference: 'acme/iotedge-gitops@release/1.x' },
    { name: 'dots, underscores and dashes in owner and name', reference: 'my_org.x/iotedge-gitops.fork@v1' },
  ])('accepts $name, returned unchanged', ({ reference }) => {
    expect(checkActionReference(reference)).toBe(reference);
  });

  it.each([
    { name: 'an empty ref', reference: 'acme/iotedge-gitops@' },
    { name: 'no owner', reference: 'iotedge-gitops@v1' },
    { name: 'a local action', reference: './.github/actions/sync' },
    { name: 'a Docker action', reference: 'docker://ghcr.io/acme/iotedge-gitops:1' },
    { name: 'a space', reference: 'acme/iotedge gitops@v1' },
    { name: 'two refs', reference: 'acme/iotedge-gitops@v1@v2' },
    { name: 'a trailing comment', reference: 'acme/iotedge-gitops@v1 # v1' },
    { name: 'an expression', reference: 'acme/iotedge-gitops@${{ inputs.ref }}' },
    { name: 'empty', reference: '' },
  ])('rejects $name, quoting it', ({ reference }) => {
    expect(() => checkActionReference(reference)).toThrow(new ConfigError(`--action must be owner/name@ref (a release tag or a full commit SHA), got '${reference}'`));
    try {
      checkActionReference(reference);
    } catch (error) {
      expect([error instanceof ConfigError, (error as ConfigError).stage]).toStrictEqual([true, 'cli']);
    }
  });
});

describe('pinnedUses', () => {
  it.each([
    { name: 'a tag', action: 'acme/iotedge-gitops@v1.4.0', example: 'acme/iotedge-gitops@<commit-sha>' },
    { name: 'an action in a folder', action: 'acme/actions/sync@v2', example: 'acme/actions/sync@<commit-sha>' },
    { name: 'a ref with a slash', action: 'acme/iotedge-gitops@release/1.x', example: 'acme/iotedge-gitops@<commit-sha>' },
  ])('$name: a two-line comment with the commit form of the same action, then uses:, all at step-key indent', ({ action, example }) => {
    expect(pinnedUses(action).split('\n')).toStrictEqual([
      '        # Pinned to a release tag. To pin to a commit instead, replace the tag by the full 40-character commit',
      `        # SHA of that release (shown on its release page), e.g. ${example} # v…`,
      `        uses: ${action}`,
    ]);
  });
});
