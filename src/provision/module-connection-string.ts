/**
 * A module connection string as the IoT Edge simulator (iotedgehubdev) gives one to a module: HostName, DeviceId,
 * ModuleId, SharedAccessKey, and GatewayHostName for modules that connect through edgeHub. The module SDKs read it
 * from EdgeHubConnectionString / IotHubConnectionString. The result is a secret: it is written to the secret store
 * and nowhere else.
 */
export function moduleConnectionString(hostName: string, deviceId: string, moduleId: string, sharedAccessKey: string, gatewayHostName?: string): string {
  const parts = [`HostName=${hostName}`, `DeviceId=${deviceId}`, `ModuleId=${moduleId}`, `SharedAccessKey=${sharedAccessKey}`];
  if (gatewayHostName !== undefined) parts.push(`GatewayHostName=${gatewayHostName}`);
  return parts.join(';');
}
