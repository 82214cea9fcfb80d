/**
 * edgeHub's server certificate from cert-manager (the security daemon's job on an IoT Edge device). edgeHub reads
 * PEM files when EdgeHubDevServerCertificateFile, EdgeHubDevServerPrivateKeyFile and EdgeHubDevTrustBundleFile are
 * set (Azure/iotedge edge-hub/core/src/Microsoft.Azure.Devices.Edge.Hub.Service/EdgeHubCertificates.cs LoadAsync),
 * which is what cert-manager writes (tls.crt with the chain, tls.key, ca.crt): no PKCS#12 keystore is needed.
 */
import { resolveCertificateFlags } from '../../src/cli/cert-issuer-flags.js';
import type { JsonObject } from '../../src/model/json.js';
import { renderDeviceObjects } from '../../src/render/render-device.js';
import { baseModulesContent, manifestTargetOf } from '../builders.js';
import { validationErrors } from '../helpers/k8s-validation.js';
import { OPTIONS, translateTarget } from './translate-helpers.js';

const NAMESPACE = 'msiot-myhub-device-1';

function objectsOf(options = OPTIONS): JsonObject[] {
  return renderDeviceObjects(translateTarget(manifestTargetOf(baseModulesContent()), options).intent);
}

function find(objects: JsonObject[], kind: string, name: string): JsonObject {
  const found = objects.find((o) => o['kind'] === kind && (o['metadata'] as JsonObject)['name'] === name);
  if (found === undefined) throw new Error(`no ${kind} ${name}`);
  return found;
}

function podOf(objects: JsonObject[], name: string): JsonObject {
  return ((find(objects, 'Deployment', name)['spec'] as JsonObject)['template'] as JsonObject)['spec'] as JsonObject;
}

describe('edgeHub certificate by cert-manager (default)', () => {
  const objects = objectsOf();

  it('one Certificate in the device namespace: the edgehub Service names, issued by the ClusterIssuer iotedge-ca', () => {
    const certificate = find(objects, 'Certificate', 'edgehub');
    expect(certificate['apiVersion']).toBe('cert-manager.io/v1');
    expect((certificate['metadata'] as JsonObject)['namespace']).toBe(NAMESPACE);
    expect(certificate['spec']).toStrictEqual({
      commonName: 'edgehub',
      dnsNames: ['edgehub', `edgehub.${NAMESPACE}`, `edgehub.${NAMESPACE}.svc`, `edgehub.${NAMESPACE}.svc.cluster.local`],
      issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: 'iotedge-ca' },
      privateKey: { algorithm: 'RSA', rotationPolicy: 'Always', size: 2048 },
      secretName: 'iotedge-edgehub-tls',
      usages: ['digital signature', 'key encipherment', 'server auth'],
    });
    expect(validationErrors(certificate)).toStrictEqual([]);
    expect(objects.filter((o) => o['kind'] === 'Certificate')).toHaveLength(1);
  });

  it('the edgehub Service the names point to exists in the namespace', () => {
    expect((find(objects, 'Service', 'edgehub')['metadata'] as JsonObject)['namespace']).toBe(NAMESPACE);
  });

  it('edgeHub mounts the whole Secret and reads the PEM files through the EdgeHubDev* variables', () => {
    const pod = podOf(objects, 'edgehub');
    expect((pod['volumes'] as JsonObject[]).find((v) => v['name'] === 'iotedge-edgehub-certs')).toStrictEqual({ name: 'iotedge-edgehub-certs', secret: { secretName: 'iotedge-edgehub-tls' } });
    const container = (pod['containers'] as JsonObject[])[0] as JsonObject;
    expect((container['volumeMounts'] as JsonObject[]).find((m) => m['name'] === 'iotedge-edgehub-certs')).toStrictEqual({ mountPath: '/mnt/edgehub', name: 'iotedge-edgehub-certs', readOnly: true });
    const env = Object.fromEntries((container['env'] as JsonObject[]).filter((e) => /Cert|TrustBundle|PrivateKey|SSL_/.test(String(e['name']))).map((e) => [e['name'], e['value']]));
    expect(env).toStrictEqual({
      EdgeHubDevServerCertificateFile: '/mnt/edgehub/tls.crt',
      EdgeHubDevServerPrivateKeyFile: '/mnt/edgehub/tls.key',
      EdgeHubDevTrustBundleFile: '/mnt/edgehub/ca.crt',
      EdgeModuleHubServerCAChainCertificateFile: '/mnt/edgehub/ca.crt',
      EdgeModuleHubServerCertificateFile: '/mnt/edgehub/tls.crt',
    });
  });

  it("a module mounts only ca.crt of edgeHub's Secret (never its key) and reads it as EdgeModuleCACertificateFile", () => {
    const pod = podOf(objects, 'simulatedtemperaturesensor');
    expect((pod['volumes'] as JsonObject[]).find((v) => v['name'] === 'iotedge-module-ca')).toStrictEqual({
      name: 'iotedge-module-ca',
      secret: { items: [{ key: 'ca.crt', path: 'ca.crt' }], secretName: 'iotedge-edgehub-tls' },
    });
    const env = ((pod['containers'] as JsonObject[])[0] as JsonObject)['env'] as JsonObject[];
    expect(env.find((e) => e['name'] === 'EdgeModuleCACertificateFile')).toStrictEqual({ name: 'EdgeModuleCACertificateFile', value: '/mnt/edgemodule/ca.crt' });
    expect(validationErrors(find(objects, 'Deployment', 'simulatedtemperaturesensor'))).toStrictEqual([]);
  });

  it('no certificate is read from the secret store', () => {
    expect(objects.filter((o) => o['kind'] === 'ExternalSecret').map((o) => (o['metadata'] as JsonObject)['name'])).toStrictEqual(['iotedge-identity']);
  });

  it('--cert-issuer and --cert-issuer-kind Issuer name the issuer', () => {
    const certificate = find(objectsOf({ ...OPTIONS, certificates: resolveCertificateFlags({ certIssuer: 'fleet-ca', certIssuerKind: 'Issuer' }) }), 'Certificate', 'edgehub');
    expect((certificate['spec'] as JsonObject)['issuerRef']).toStrictEqual({ group: 'cert-manager.io', kind: 'Issuer', name: 'fleet-ca' });
    expect(validationErrors(certificate)).toStrictEqual([]);
  });
});

describe('--certs-from-secret-store', () => {
  const objects = objectsOf({ ...OPTIONS, certificates: resolveCertificateFlags({ certsFromSecretStore: true }) });

  it('no Certificate; the files come from ExternalSecrets, with keys valid in Azure Key Vault', () => {
    expect(objects.some((o) => o['kind'] === 'Certificate')).toBe(false);
    expect(objects.filter((o) => o['kind'] === 'ExternalSecret').map((o) => (o['metadata'] as JsonObject)['name'])).toStrictEqual(['iotedge-edgehub-certs', 'iotedge-identity', 'iotedge-module-ca']);
    const keys = objects
      .filter((o) => o['kind'] === 'ExternalSecret')
      .flatMap((o) => ((o['spec'] as JsonObject)['data'] as JsonObject[]).map((d) => String((d['remoteRef'] as JsonObject)['key'])));
    for (const key of keys) expect(key).toMatch(/^[0-9a-zA-Z-]{1,127}$/);
  });

  it('edgeHub reads the .pfx as the IoT Edge simulator gives it', () => {
    const env = (((podOf(objects, 'edgehub')['containers'] as JsonObject[])[0] as JsonObject)['env'] as JsonObject[]).map((e) => e['name']);
    expect(env).toContain('EdgeModuleHubServerCertificateFile');
    expect(env).not.toContain('EdgeHubDevServerPrivateKeyFile');
  });
});
