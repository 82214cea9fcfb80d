/**
 * User, privileges, capabilities and other security settings (security.ts): expected values from the
 * Docker Engine API (HostConfig.SecurityOpt forms `key=value` and the older `key:value`, CapAdd names with or
 * without CAP_) and k8s-mapping.md §7.2 rows 19, 38, 39, 60–65.
 */
import type { JsonObject } from '../../../src/model/json.js';
import { capabilityName } from '../../../src/translate/create-options/security.js';
import { translateModuleM } from '../translate-helpers.js';
import { applyToDraft, expectFieldRow, type FieldRow } from './field-rows.js';

const rows: FieldRow[] = [
  { name: 'User uid:gid → runAsUser/runAsGroup', co: { User: '0:0' }, key: 'User', fidelity: 'exact', pick: (w) => w.container.securityContext, expected: { runAsUser: 0, runAsGroup: 0 } },
  { name: 'User uid → runAsUser', co: { User: '1000' }, key: 'User', fidelity: 'exact', pick: (w) => w.container.securityContext, expected: { runAsUser: 1000 } },
  { name: 'User name → dropped, nothing set', co: { User: 'mssql' }, key: 'User', fidelity: 'dropped', pick: (w) => w.container.securityContext, expected: {} },
  { name: 'Privileged → securityContext.privileged', co: { HostConfig: { Privileged: true } }, key: 'HostConfig.Privileged', fidelity: 'exact', pick: (w) => w.container.securityContext, expected: { privileged: true } },
  {
    name: 'CapAdd/CapDrop: CAP_ stripped, upper-cased',
    co: { HostConfig: { CapAdd: ['SYS_PTRACE', 'cap_net_admin'], CapDrop: ['CAP_MKNOD'] } },
    key: 'HostConfig.CapAdd',
    fidelity: 'exact',
    pick: (w) => w.container.securityContext.capabilities,
    expected: { add: ['NET_ADMIN', 'SYS_PTRACE'], drop: ['MKNOD'] },
  },
  { name: 'ReadonlyRootfs → readOnlyRootFilesystem', co: { HostConfig: { ReadonlyRootfs: true } }, key: 'HostConfig.ReadonlyRootfs', fidelity: 'exact', pick: (w) => w.container.securityContext, expected: { readOnlyRootFilesystem: true } },
  {
    name: 'SecurityOpt no-new-privileges + seccomp=unconfined',
    co: { HostConfig: { SecurityOpt: ['no-new-privileges', 'seccomp=unconfined'] } },
    key: 'HostConfig.SecurityOpt',
    fidelity: 'approximate',
    pick: (w) => w.container.securityContext,
    expected: { allowPrivilegeEscalation: false, seccompProfile: { type: 'Unconfined' } },
  },
  { name: 'GroupAdd numeric → supplementalGroups', co: { HostConfig: { GroupAdd: ['44', '20'] } }, key: 'HostConfig.GroupAdd', fidelity: 'exact', pick: (w) => w.pod.securityContext, expected: { supplementalGroups: [20, 44] } },
  {
    name: 'Sysctls → pod securityContext.sysctls',
    co: { HostConfig: { Sysctls: { 'net.ipv4.ip_forward': '1' } } },
    key: 'HostConfig.Sysctls',
    fidelity: 'approximate',
    pick: (w) => w.pod.securityContext,
    expected: { sysctls: [{ name: 'net.ipv4.ip_forward', value: '1' }] },
  },
  { name: 'Runtime → runtimeClassName', co: { HostConfig: { Runtime: 'nvidia' } }, key: 'HostConfig.Runtime', fidelity: 'approximate', pick: (w) => w.pod.runtimeClassName, expected: 'nvidia' },
  { name: 'Init → dropped', co: { HostConfig: { Init: true } }, key: 'HostConfig.Init', fidelity: 'dropped', pick: (w) => w.container.command, expected: undefined },
  { name: 'LogConfig → dropped', co: { HostConfig: { LogConfig: { Type: 'json-file', Config: { 'max-size': '4m' } } } }, key: 'HostConfig.LogConfig', fidelity: 'dropped', pick: (w) => w.container.args, expected: undefined },
  { name: 'RestartPolicy → dropped', co: { HostConfig: { RestartPolicy: { Name: 'always' } } }, key: 'HostConfig.RestartPolicy', fidelity: 'dropped', pick: (w) => w.replicas, expected: 1 },
];

describe('security fields → Kubernetes', () => {
  it.each(rows)('$name', (row) => expectFieldRow(row));

  it('ReadonlyRootfs false leaves readOnlyRootFilesystem unset', () => {
    const { w } = translateModuleM({ HostConfig: { ReadonlyRootfs: false } });
    expect(w.container.securityContext).toStrictEqual({});
  });
});

describe('capabilityName', () => {
  it.each([
    { name: 'CAP_ prefix removed', input: 'CAP_SYS_ADMIN', expected: 'SYS_ADMIN' },
    { name: 'lower case upper-cased, then the prefix removed', input: 'cap_net_raw', expected: 'NET_RAW' },
    { name: 'surrounding spaces trimmed', input: ' sys_time ', expected: 'SYS_TIME' },
    { name: 'ALL stays ALL', input: 'all', expected: 'ALL' },
    { name: 'CAP_ only at the start is a prefix', input: 'NET_CAP_X', expected: 'NET_CAP_X' },
  ])('$name', ({ input, expected }) => {
    expect(capabilityName(input)).toBe(expected);
  });
});

describe('security field rules', () => {
  it.each<{ name: string; co: JsonObject; key: string; fidelity: string; security: JsonObject }>([
    { name: 'User root → uid 0', co: { User: 'root' }, key: 'User', fidelity: 'exact', security: { runAsUser: 0 } },
    { name: 'User root:root → uid 0, gid 0', co: { User: 'root:root' }, key: 'User', fidelity: 'exact', security: { runAsUser: 0, runAsGroup: 0 } },
    { name: 'User uid with a group name → dropped, nothing set', co: { User: '1000:staff' }, key: 'User', fidelity: 'dropped', security: {} },
    { name: 'CapAdd: the same capability twice, with and without CAP_, is added once', co: { HostConfig: { CapAdd: ['NET_ADMIN', 'cap_net_admin'] } }, key: 'HostConfig.CapAdd', fidelity: 'exact', security: { capabilities: { add: ['NET_ADMIN'] } } },
    { name: 'CapDrop ALL', co: { HostConfig: { CapDrop: ['ALL'] } }, key: 'HostConfig.CapDrop', fidelity: 'exact', security: { capabilities: { drop: ['ALL'] } } },
    { name: 'SecurityOpt no-new-privileges:true (older : form) → allowPrivilegeEscalation false', co: { HostConfig: { SecurityOpt: ['no-new-privileges:true'] } }, key: 'HostConfig.SecurityOpt', fidelity: 'approximate', security: { allowPrivilegeEscalation: false } },
    { name: 'SecurityOpt no-new-privileges=false → allowPrivilegeEscalation true', co: { HostConfig: { SecurityOpt: ['no-new-privileges=false'] } }, key: 'HostConfig.SecurityOpt', fidelity: 'approximate', security: { allowPrivilegeEscalation: true } },
    { name: 'SecurityOpt apparmor=unconfined → appArmorProfile Unconfined', co: { HostConfig: { SecurityOpt: ['apparmor=unconfined'] } }, key: 'HostConfig.SecurityOpt', fidelity: 'approximate', security: { appArmorProfile: { type: 'Unconfined' } } },
    { name: 'SecurityOpt apparmor=<profile> → a Localhost profile of that name', co: { HostConfig: { SecurityOpt: ['apparmor=docker-camera'] } }, key: 'HostConfig.SecurityOpt', fidelity: 'approximate', security: { appArmorProfile: { type: 'Localhost', localhostProfile: 'docker-camera' } } },
    {
      name: 'SecurityOpt label=level:… and label=type:… → seLinuxOptions (a level keeps its colons)',
      co: { HostConfig: { SecurityOpt: ['label=level:s0:c100,c200', 'label=type:spc_t'] } },
      key: 'HostConfig.SecurityOpt',
      fidelity: 'approximate',
      security: { seLinuxOptions: { level: 's0:c100,c200', type: 'spc_t' } },
    },
    { name: 'SecurityOpt label=disable and a seccomp profile file: nothing maps, dropped', co: { HostConfig: { SecurityOpt: ['label=disable', 'seccomp=/etc/docker/seccomp.json'] } }, key: 'HostConfig.SecurityOpt', fidelity: 'dropped', security: {} },
    { name: 'Privileged true', co: { HostConfig: { Privileged: true } }, key: 'HostConfig.Privileged', fidelity: 'exact', security: { privileged: true } },
  ])('$name', ({ co, key, fidelity, security }) => {
    const { draft, entry } = applyToDraft(co);
    expect(entry(key).fidelity).toBe(fidelity);
    expect(draft.security).toStrictEqual(security);
  });

  it('SecurityOpt with one option mapped and one not: approximate, the reason counts the dropped one', () => {
    const { draft, entry } = applyToDraft({ HostConfig: { SecurityOpt: ['no-new-privileges', 'label=disable'] } });
    expect(draft.security).toStrictEqual({ allowPrivilegeEscalation: false });
    expect(entry('HostConfig.SecurityOpt').reason).toBe('Mapped where a securityContext field exists; 1 option(s) dropped.');
  });

  it.each<{ name: string; co: JsonObject; key: string; fidelity: string; pod: JsonObject; runtimeClassName?: string }>([
    { name: 'GroupAdd with a group name: numeric ids kept once, sorted; dropped', co: { HostConfig: { GroupAdd: ['video', '44', '44', '20'] } }, key: 'HostConfig.GroupAdd', fidelity: 'dropped', pod: { supplementalGroups: [20, 44] } },
    { name: 'GroupAdd names only: nothing set, dropped', co: { HostConfig: { GroupAdd: ['video'] } }, key: 'HostConfig.GroupAdd', fidelity: 'dropped', pod: {} },
    { name: 'Sysctls: a number value becomes a string, names sorted', co: { HostConfig: { Sysctls: { 'net.ipv4.tcp_syncookies': 1, 'net.core.somaxconn': '1024' } } }, key: 'HostConfig.Sysctls', fidelity: 'approximate', pod: { sysctls: [{ name: 'net.core.somaxconn', value: '1024' }, { name: 'net.ipv4.tcp_syncookies', value: '1' }] } },
    { name: 'Runtime runc is the default runtime: exact, no runtimeClassName', co: { HostConfig: { Runtime: 'runc' } }, key: 'HostConfig.Runtime', fidelity: 'exact', pod: {} },
    { name: 'RestartPolicy no is the Docker default: exact', co: { HostConfig: { RestartPolicy: { Name: 'no' } } }, key: 'HostConfig.RestartPolicy', fidelity: 'exact', pod: {} },
    { name: 'RestartPolicy unless-stopped: IoT Edge ignores it, dropped', co: { HostConfig: { RestartPolicy: { Name: 'unless-stopped' } } }, key: 'HostConfig.RestartPolicy', fidelity: 'dropped', pod: {} },
  ])('$name', ({ co, key, fidelity, pod }) => {
    const { draft, entry } = applyToDraft(co);
    expect(entry(key).fidelity).toBe(fidelity);
    expect(draft.podSecurity).toStrictEqual(pod);
    expect(draft.runtimeClassName).toBeUndefined();
  });

  it.each<{ name: string; co: JsonObject; expected: string }>([
    { name: 'Privileged as a string', co: { HostConfig: { Privileged: 'true' } }, expected: 'HostConfig.Privileged: expected true or false, got a string @ .settings.createOptions.HostConfig.Privileged' },
    { name: 'CapAdd as one string', co: { HostConfig: { CapAdd: 'NET_ADMIN' } }, expected: 'HostConfig.CapAdd: expected a list of strings, got a string @ .settings.createOptions.HostConfig.CapAdd' },
    { name: 'Sysctls as a list', co: { HostConfig: { Sysctls: ['net.core.somaxconn=1024'] } }, expected: 'HostConfig.Sysctls: expected an object, got a list @ .settings.createOptions.HostConfig.Sysctls' },
    { name: 'User as a number', co: { User: 1000 }, expected: 'User: expected a string, got a number @ .settings.createOptions.User' },
  ])('bad value → error naming the field and the type: $name', ({ co, expected }) => {
    expect(applyToDraft(co).errors).toStrictEqual([expected]);
  });
});
