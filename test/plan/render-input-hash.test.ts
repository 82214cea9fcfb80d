import { renderInputHash } from '../../src/plan/render-input-hash.js';
import type { DeviceIntent } from '../../src/translate/device-intent.js';

const intent = (podSecurity: Record<string, unknown>) =>
  ({ deviceId: 'd', namespace: 'n', workloads: [{ name: 'w', pod: { securityContext: podSecurity } }] }) as unknown as DeviceIntent;

describe('renderInputHash', () => {
  it('ignores object key order (a live read and its sorted snapshot hash alike)', () => {
    expect(renderInputHash(intent({ sysctls: [{ name: 'a', value: '1' }], runAsUser: 0 }))).toBe(renderInputHash(intent({ runAsUser: 0, sysctls: [{ name: 'a', value: '1' }] })));
  });

  it('changes with any value and with array order (arrays carry meaning)', () => {
    const base = renderInputHash(intent({ sysctls: [{ name: 'a', value: '1' }, { name: 'b', value: '2' }] }));
    expect(renderInputHash(intent({ sysctls: [{ name: 'b', value: '2' }, { name: 'a', value: '1' }] }))).not.toBe(base);
    expect(renderInputHash(intent({ sysctls: [{ name: 'a', value: '1' }, { name: 'b', value: '3' }] }))).not.toBe(base);
  });
});
