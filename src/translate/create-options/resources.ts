import { isJsonObject } from '../../model/json.js';
import { asInteger, droppedField, type FieldHandler } from './field-handler.js';
import { bytesQuantity, milliCpuQuantity, nanoCpusToMilli } from './quantity.js';

/** Docker's default CFS period when CpuQuota is given alone (100 ms). */
const DEFAULT_CPU_PERIOD = 100000;

/** Memory and CPU fields of HostConfig → container resources. */
export const RESOURCE_HANDLERS: readonly FieldHandler[] = [
  {
    field: 'HostConfig.Memory',
    kubernetes: 'resources.limits.memory',
    fidelity: 'exact',
    note: 'bytes; Mi/Gi when a whole multiple',
    apply(value, ctx) {
      const bytes = asInteger(value, ctx);
      if (bytes === undefined) return;
      ctx.draft.limits['memory'] = bytesQuantity(bytes);
      ctx.record('exact', 'containers[].resources.limits.memory', 'Hard memory limit, enforced by the same cgroup setting.');
    },
  },
  {
    field: 'HostConfig.MemoryReservation',
    kubernetes: 'resources.requests.memory',
    fidelity: 'approximate',
    note: 'Docker soft limit vs Kubernetes scheduling request',
    apply(value, ctx) {
      const bytes = asInteger(value, ctx);
      if (bytes === undefined) return;
      ctx.draft.requests['memory'] = bytesQuantity(bytes);
      ctx.record('approximate', 'containers[].resources.requests.memory', 'Docker reclaims down to a soft limit under pressure; Kubernetes uses the request for scheduling and eviction order.');
    },
  },
  {
    field: 'HostConfig.MemorySwap',
    kubernetes: '',
    fidelity: 'dropped',
    note: 'ignored when 0, -1 or equal to Memory',
    apply(value, ctx) {
      const swap = asInteger(value, ctx);
      if (swap === undefined) return;
      const hostConfig = isJsonObject(ctx.createOptions['HostConfig']) ? ctx.createOptions['HostConfig'] : {};
      if (swap === -1 || swap === hostConfig['Memory']) {
        ctx.record('exact', '', swap === -1 ? 'Unlimited swap; Kubernetes nodes normally run without swap, nothing to set.' : 'Swap equal to Memory means no swap, as on Kubernetes nodes.');
      } else {
        ctx.record('dropped', '', 'A memory+swap limit has no per-container Kubernetes field.');
      }
    },
  },
  {
    field: 'HostConfig.NanoCpus',
    kubernetes: 'resources.limits.cpu (millicores)',
    fidelity: 'exact',
    note: 'NanoCpus / 10⁶ m',
    apply(value, ctx) {
      const n = asInteger(value, ctx);
      if (n === undefined) return;
      const { milli, exact } = nanoCpusToMilli(n);
      ctx.draft.limits['cpu'] = milliCpuQuantity(milli);
      ctx.record(exact ? 'exact' : 'approximate', 'containers[].resources.limits.cpu', exact ? 'CPU limit, enforced by the same CFS quota.' : 'CPU limit rounded up to whole millicores.');
    },
  },
  {
    field: 'HostConfig.CpuQuota',
    kubernetes: 'resources.limits.cpu = CpuQuota / CpuPeriod',
    fidelity: 'exact',
    note: 'CpuPeriod defaults to 100000 µs',
    apply(value, ctx) {
      const quota = asInteger(value, ctx);
      if (quota === undefined) return;
      if (quota < 0) {
        ctx.record('exact', '', 'A negative quota means no CPU limit, as without a Kubernetes limit.');
        return;
      }
      const hostConfig = isJsonObject(ctx.createOptions['HostConfig']) ? ctx.createOptions['HostConfig'] : {};
      const period = typeof hostConfig['CpuPeriod'] === 'number' && hostConfig['CpuPeriod'] > 0 ? hostConfig['CpuPeriod'] : DEFAULT_CPU_PERIOD;
      const milli = Math.ceil((quota * 1000) / period);
      if (ctx.draft.limits['cpu'] === undefined) ctx.draft.limits['cpu'] = milliCpuQuantity(milli);
      const exact = (milli * period) / 1000 === quota && period === DEFAULT_CPU_PERIOD;
      ctx.record(exact ? 'exact' : 'approximate', 'containers[].resources.limits.cpu', exact ? 'CPU limit, enforced by the same CFS quota.' : 'CPU limit = quota / period in millicores; Kubernetes always uses a 100 ms period.');
    },
  },
  {
    field: 'HostConfig.CpuPeriod',
    kubernetes: 'resources.limits.cpu (with CpuQuota)',
    fidelity: 'approximate',
    note: 'read together with CpuQuota',
    apply(_value, ctx) {
      const hostConfig = isJsonObject(ctx.createOptions['HostConfig']) ? ctx.createOptions['HostConfig'] : {};
      if (typeof hostConfig['CpuQuota'] === 'number' && hostConfig['CpuQuota'] > 0) {
        ctx.record('approximate', 'containers[].resources.limits.cpu', 'Used to compute the CPU limit from CpuQuota; the pod itself runs with the kubelet CFS period.');
      } else {
        ctx.record('dropped', '', 'A CFS period without CpuQuota sets no limit; Kubernetes has no per-container period.');
      }
    },
  },
  {
    field: 'HostConfig.CpuShares',
    kubernetes: 'resources.requests.cpu = CpuShares / 1024',
    fidelity: 'approximate',
    note: 'relative weight vs request (1024 shares = 1 CPU)',
    apply(value, ctx) {
      const shares = asInteger(value, ctx);
      if (shares === undefined) return;
      ctx.draft.requests['cpu'] = milliCpuQuantity(Math.max(1, Math.round((shares * 1000) / 1024)));
      ctx.record('approximate', 'containers[].resources.requests.cpu', 'Docker shares are a relative weight; Kubernetes turns the request back into shares (1 CPU = 1024) and also schedules on it.');
    },
  },
  {
    field: 'HostConfig.DeviceRequests',
    kubernetes: 'resources.limits["nvidia.com/gpu"] = Count',
    fidelity: 'approximate',
    note: 'needs the NVIDIA device plugin; Count -1 (all GPUs) dropped',
    apply(value, ctx) {
      if (!Array.isArray(value)) return ctx.fail('expected a list of device requests');
      let count = 0;
      let all = false;
      for (const r of value) {
        if (!isJsonObject(r)) continue;
        const c = typeof r['Count'] === 'number' ? r['Count'] : 0;
        if (c < 0) all = true;
        else count += c;
      }
      if (all || count === 0) {
        ctx.record('dropped', '', 'All GPUs (Count -1) or a request without a count cannot be written as a resource limit.');
        return;
      }
      ctx.draft.limits['nvidia.com/gpu'] = String(count);
      ctx.record('approximate', 'containers[].resources.limits["nvidia.com/gpu"]', 'GPU requests become the NVIDIA device-plugin resource; drivers and capabilities are left to the plugin.');
    },
  },
  droppedField('HostConfig.CpusetCpus', 'Pinning CPUs needs the kubelet static CPU manager; there is no pod field.'),
  droppedField('HostConfig.CpusetMems', 'NUMA pinning needs the kubelet topology manager; there is no pod field.'),
  droppedField('HostConfig.KernelMemory', 'Deprecated in Docker; no Kubernetes field.'),
  droppedField('HostConfig.MemorySwappiness', 'No per-container Kubernetes field.', [-1]),
  droppedField('HostConfig.OomKillDisable', 'Kubernetes always OOM-kills over the limit.'),
  droppedField('HostConfig.OomScoreAdj', 'The kubelet sets OOM scores from the QoS class.'),
  droppedField('HostConfig.PidsLimit', 'Only a node-wide kubelet setting exists.', [-1]),
  droppedField('HostConfig.Ulimits', 'No per-container ulimit field in Kubernetes; the runtime defaults apply.'),
  droppedField('HostConfig.CpuRealtimePeriod', 'No Kubernetes field.'),
  droppedField('HostConfig.CpuRealtimeRuntime', 'No Kubernetes field.'),
  droppedField('HostConfig.CpuCount', 'Windows only.'),
  droppedField('HostConfig.CpuPercent', 'Windows only.'),
  droppedField('HostConfig.BlkioWeight', 'No block-IO fields in Kubernetes.'),
  droppedField('HostConfig.BlkioWeightDevice', 'No block-IO fields in Kubernetes.'),
  droppedField('HostConfig.BlkioDeviceReadBps', 'No block-IO fields in Kubernetes.'),
  droppedField('HostConfig.BlkioDeviceWriteBps', 'No block-IO fields in Kubernetes.'),
  droppedField('HostConfig.BlkioDeviceReadIOps', 'No block-IO fields in Kubernetes.'),
  droppedField('HostConfig.BlkioDeviceWriteIOps', 'No block-IO fields in Kubernetes.'),
  droppedField('HostConfig.IOMaximumIOps', 'Windows only.'),
  droppedField('HostConfig.IOMaximumBandwidth', 'Windows only.'),
];
