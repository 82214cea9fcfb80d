/**
 * podVolume: the Kubernetes `volumes[]` entry of one VolumeIntent (core/v1 Volume): name plus its one
 * source, unset optional fields left out, `emptyDir: {}` kept (Kubernetes' spelling of "all defaults"),
 * a `k8s-experimental` volume copied verbatim under the intent's name.
 */
import type { JsonObject } from '../../src/model/json.js';
import { podVolume } from '../../src/render/pod-volume.js';
import type { VolumeIntent } from '../../src/translate/device-intent.js';

describe('podVolume', () => {
  it.each<{ name: string; volume: VolumeIntent; expected: JsonObject }>([
    { name: 'hostPath without type', volume: { name: 'h', hostPath: { path: '/x' } }, expected: { name: 'h', hostPath: { path: '/x' } } },
    { name: 'emptyDir Memory with sizeLimit', volume: { name: 'm', emptyDir: { medium: 'Memory' as const, sizeLimit: '1Gi' } }, expected: { name: 'm', emptyDir: { medium: 'Memory', sizeLimit: '1Gi' } } },
    { name: 'emptyDir with defaults stays {}', volume: { name: 'e', emptyDir: {} }, expected: { name: 'e', emptyDir: {} } },
    { name: 'pvc readOnly false written', volume: { name: 'p', persistentVolumeClaim: { claimName: 'c', readOnly: false } }, expected: { name: 'p', persistentVolumeClaim: { claimName: 'c', readOnly: false } } },
    { name: 'raw takes the intent name', volume: { name: 'r', raw: { name: 'other', nfs: { server: 's', path: '/' } } }, expected: { name: 'r', nfs: { server: 's', path: '/' } } },
    { name: 'hostPath with its type', volume: { name: 'd', hostPath: { path: '/dev/snd', type: 'Directory' } }, expected: { name: 'd', hostPath: { path: '/dev/snd', type: 'Directory' } } },
    { name: 'pvc without readOnly: no readOnly key', volume: { name: 'p', persistentVolumeClaim: { claimName: 'c' } }, expected: { name: 'p', persistentVolumeClaim: { claimName: 'c' } } },
    { name: 'configMap: its name only', volume: { name: 'cm', configMap: { name: 'edgehub-config' } }, expected: { name: 'cm', configMap: { name: 'edgehub-config' } } },
    { name: 'secret without items: every key', volume: { name: 's', secret: { secretName: 'device-identity' } }, expected: { name: 's', secret: { secretName: 'device-identity' } } },
    {
      name: 'secret with items: only those keys, as those files, in order',
      volume: { name: 's', secret: { secretName: 'certs', items: [{ key: 'tls.crt', path: 'server.crt' }, { key: 'ca.crt', path: 'ca.pem' }] } },
      expected: { name: 's', secret: { secretName: 'certs', items: [{ key: 'tls.crt', path: 'server.crt' }, { key: 'ca.crt', path: 'ca.pem' }] } },
    },
  ])('$name', ({ volume, expected }) => {
    expect(podVolume(volume)).toStrictEqual(expected);
  });
});
