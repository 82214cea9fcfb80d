import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  redactCreateOptions,
  redactSnapshot
} from "./chunk-ZE7GHD5G.js";
import {
  ANNOTATION_VERSION,
  clusterInventories,
  deviceAnnotations,
  deviceFilesHash,
  deviceLabels,
  moduleAnnotations,
  moduleLabels,
  moduleSelectorLabels,
  selectsCluster
} from "./chunk-KTVVMMZK.js";
import {
  require_lib,
  require_lib2
} from "./chunk-KU5DCUL7.js";
import {
  MODULES_CONTENT_PATH,
  checkEdgeAgentDesired,
  checkEdgeHubDesired,
  deviceIdentity,
  loadModel,
  problemsToErrors
} from "./chunk-XUMF3SKE.js";
import {
  jsonPath,
  jsonPathOf,
  parseCreateOptions
} from "./chunk-P364WQNB.js";
import {
  canonicalJson,
  stableJson
} from "./chunk-3IZLTUMI.js";
import {
  GATEWAY_HOST_NAME,
  clusterInventoryFile,
  dnsLabel,
  require_Pair,
  require_YAMLMap,
  require_createNode,
  require_dist,
  require_foldFlowLines,
  require_log,
  require_map,
  require_seq,
  require_string,
  require_stringifyNumber,
  require_stringifyString,
  require_toJS,
  shortHash
} from "./chunk-7TEJUEPN.js";
import {
  compareOrdinal
} from "./chunk-6QTJJVG7.js";
import {
  POD_SECURITY_VERSION,
  exceedsLevel,
  isPodSecurityLevel,
  looserLevel
} from "./chunk-BXWOZHT3.js";
import {
  DEFAULT_CLUSTER_TAG,
  DEFAULT_TRANSLATE_OPTIONS,
  TOOL_VERSION,
  resolveTranslateOptions
} from "./chunk-2NO4HCE6.js";
import {
  sortJsonKeys
} from "./chunk-YB2EACNY.js";
import {
  isJsonObject
} from "./chunk-TMKRJT3R.js";
import {
  REDACTED_MARKER,
  credentialArgs,
  isCredentialName,
  looksLikeCredential,
  redactCredentials
} from "./chunk-QHVAIHFP.js";
import {
  ConfigError,
  ConfigErrors,
  InternalError,
  IotEdgeGitopsError
} from "./chunk-25NRP4G4.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-R2YBVA4Z.js";

// node_modules/yaml/dist/util.js
var require_util = __commonJS({
  "node_modules/yaml/dist/util.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var log = require_log();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var foldFlowLines = require_foldFlowLines();
    var stringifyNumber = require_stringifyNumber();
    var stringifyString = require_stringifyString();
    exports.createNode = createNode.createNode;
    exports.debug = log.debug;
    exports.warn = log.warn;
    exports.createPair = Pair.createPair;
    exports.toJS = toJS.toJS;
    exports.findPair = YAMLMap.findPair;
    exports.mapTag = map.map;
    exports.seqTag = seq.seq;
    exports.stringTag = string.string;
    exports.foldFlowLines = foldFlowLines.foldFlowLines;
    exports.stringifyNumber = stringifyNumber.stringifyNumber;
    exports.stringifyString = stringifyString.stringifyString;
  }
});

// node_modules/cdk8s-plus-27/lib/imports/k8s.js
var require_k8s = __commonJS({
  "node_modules/cdk8s-plus-27/lib/imports/k8s.js"(exports) {
    "use strict";
    var _a;
    var _b;
    var _c;
    var _d;
    var _e;
    var _f;
    var _g;
    var _h;
    var _j;
    var _k;
    var _l;
    var _m;
    var _o;
    var _p;
    var _q;
    var _r;
    var _s;
    var _t;
    var _u;
    var _v;
    var _w;
    var _x;
    var _y;
    var _z;
    var _0;
    var _1;
    var _2;
    var _3;
    var _4;
    var _5;
    var _6;
    var _7;
    var _8;
    var _9;
    var _10;
    var _11;
    var _12;
    var _13;
    var _14;
    var _15;
    var _16;
    var _17;
    var _18;
    var _19;
    var _20;
    var _21;
    var _22;
    var _23;
    var _24;
    var _25;
    var _26;
    var _27;
    var _28;
    var _29;
    var _30;
    var _31;
    var _32;
    var _33;
    var _34;
    var _35;
    var _36;
    var _37;
    var _38;
    var _39;
    var _40;
    var _41;
    var _42;
    var _43;
    var _44;
    var _45;
    var _46;
    var _47;
    var _48;
    var _49;
    var _50;
    var _51;
    var _52;
    var _53;
    var _54;
    var _55;
    var _56;
    var _57;
    var _58;
    var _59;
    var _60;
    var _61;
    var _62;
    var _63;
    var _64;
    var _65;
    var _66;
    var _67;
    var _68;
    var _69;
    var _70;
    var _71;
    var _72;
    var _73;
    var _74;
    var _75;
    var _76;
    var _77;
    var _78;
    var _79;
    var _80;
    var _81;
    var _82;
    var _83;
    var _84;
    var _85;
    var _86;
    var _87;
    var _88;
    var _89;
    var _90;
    var _91;
    var _92;
    var _93;
    var _94;
    var _95;
    var _96;
    var _97;
    var _98;
    var _99;
    var _100;
    var _101;
    var _102;
    var _103;
    var _104;
    var _105;
    var _106;
    var _107;
    var _108;
    var _109;
    var _110;
    var _111;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toJson_ValidationRule = exports.toJson_ExternalDocumentation = exports.toJson_ServiceAccountTokenProjection = exports.toJson_SecretProjection = exports.toJson_DownwardApiProjection = exports.toJson_ConfigMapProjection = exports.toJson_HttpHeader = exports.toJson_SecretKeySelector = exports.toJson_ResourceFieldSelector = exports.toJson_ObjectFieldSelector = exports.toJson_ConfigMapKeySelector = exports.toJson_CustomResourceSubresourceScale = exports.toJson_JsonSchemaProps = exports.toJson_IpBlock = exports.toJson_HttpIngressPath = exports.toJson_ServiceBackendPort = exports.toJson_QueuingConfigurationV1Beta3 = exports.toJson_UserSubjectV1Beta3 = exports.toJson_ServiceAccountSubjectV1Beta3 = exports.toJson_GroupSubjectV1Beta3 = exports.toJson_QueuingConfigurationV1Beta2 = exports.toJson_UserSubjectV1Beta2 = exports.toJson_ServiceAccountSubjectV1Beta2 = exports.toJson_GroupSubjectV1Beta2 = exports.toJson_VolumeProjection = exports.toJson_PersistentVolumeClaimTemplate = exports.toJson_DownwardApiVolumeFile = exports.toJson_KeyToPath = exports.toJson_Capabilities = exports.toJson_TcpSocketAction = exports.toJson_HttpGetAction = exports.toJson_GrpcAction = exports.toJson_ExecAction = exports.toJson_LifecycleHandler = exports.toJson_SecretEnvSource = exports.toJson_ConfigMapEnvSource = exports.toJson_EnvVarSource = exports.toJson_PodAffinityTerm = exports.toJson_WeightedPodAffinityTerm = exports.toJson_PreferredSchedulingTerm = exports.toJson_PodFailurePolicyOnPodConditionsPattern = exports.toJson_PodFailurePolicyOnExitCodesRequirement = exports.toJson_MetricIdentifierV2 = exports.toJson_MetricTargetV2 = exports.toJson_HpaScalingPolicyV2 = exports.toJson_CustomResourceSubresources = exports.toJson_CustomResourceValidation = exports.toJson_CustomResourceColumnDefinition = exports.toJson_WebhookConversion = exports.toJson_VolumeNodeResources = exports.toJson_NodeSelectorRequirement = exports.toJson_NetworkPolicyPeer = exports.toJson_NetworkPolicyPort = exports.toJson_HttpIngressRuleValue = exports.toJson_IngressServiceBackend = exports.toJson_LimitResponseV1Beta3 = exports.toJson_SubjectV1Beta3 = exports.toJson_ResourcePolicyRuleV1Beta3 = exports.toJson_NonResourcePolicyRuleV1Beta3 = exports.toJson_LimitResponseV1Beta2 = exports.toJson_SubjectV1Beta2 = exports.toJson_ResourcePolicyRuleV1Beta2 = exports.toJson_NonResourcePolicyRuleV1Beta2 = exports.toJson_ForZone = exports.toJson_ClientIpConfig = exports.toJson_ScopedResourceSelectorRequirement = exports.toJson_StorageOsVolumeSource = exports.toJson_SecretVolumeSource = exports.toJson_ScaleIoVolumeSource = exports.toJson_RbdVolumeSource = exports.toJson_ProjectedVolumeSource = exports.toJson_PersistentVolumeClaimVolumeSource = exports.toJson_IscsiVolumeSource = exports.toJson_GlusterfsVolumeSource = exports.toJson_GitRepoVolumeSource = exports.toJson_FlexVolumeSource = exports.toJson_EphemeralVolumeSource = exports.toJson_EmptyDirVolumeSource = exports.toJson_DownwardApiVolumeSource = exports.toJson_CsiVolumeSource = exports.toJson_ConfigMapVolumeSource = exports.toJson_CinderVolumeSource = exports.toJson_CephFsVolumeSource = exports.toJson_AzureFileVolumeSource = exports.toJson_WindowsSecurityContextOptions = exports.toJson_Sysctl = exports.toJson_SeccompProfile = exports.toJson_SeLinuxOptions = exports.toJson_ClaimSource = exports.toJson_PodDnsConfigOption = exports.toJson_VolumeMount = exports.toJson_VolumeDevice = exports.toJson_SecurityContext = exports.toJson_ContainerResizePolicy = exports.toJson_ContainerPort = exports.toJson_Probe = exports.toJson_Lifecycle = exports.toJson_EnvFromSource = exports.toJson_EnvVar = exports.toJson_PodAntiAffinity = exports.toJson_PodAffinity = exports.toJson_NodeAffinity = exports.toJson_ResourceClaim = exports.toJson_SecretReference = exports.toJson_ConfigMapNodeConfigSource = exports.toJson_PodFailurePolicyRule = exports.toJson_ResourceMetricSourceV2 = exports.toJson_PodsMetricSourceV2 = exports.toJson_ObjectMetricSourceV2 = exports.toJson_ExternalMetricSourceV2 = exports.toJson_ContainerResourceMetricSourceV2 = exports.toJson_HpaScalingRulesV2 = exports.toJson_RollingUpdateStatefulSetStrategy = exports.toJson_RollingUpdateDeployment = exports.toJson_RollingUpdateDaemonSet = exports.toJson_NamedRuleWithOperationsV1Alpha1 = exports.toJson_ServiceReference = exports.toJson_StatusCause = exports.toJson_CustomResourceDefinitionVersion = exports.toJson_CustomResourceDefinitionNames = exports.toJson_CustomResourceConversion = exports.toJson_VolumeAttachmentSource = exports.toJson_TopologySelectorLabelRequirement = exports.toJson_LabelSelectorRequirement = exports.toJson_CsiNodeDriver = exports.toJson_TokenRequest = exports.toJson_NodeSelectorTerm = exports.toJson_ResourceClaimParametersReferenceV1Alpha2 = exports.IntOrString = exports.toJson_Preconditions = exports.IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind = exports.toJson_ParentReferenceV1Alpha1 = exports.toJson_NetworkPolicyIngressRule = exports.toJson_NetworkPolicyEgressRule = exports.toJson_IngressClassParametersReference = exports.toJson_IngressTls = exports.toJson_IngressRule = exports.toJson_IngressBackend = exports.toJson_LimitedPriorityLevelConfigurationV1Beta3 = exports.toJson_PolicyRulesWithSubjectsV1Beta3 = exports.toJson_PriorityLevelConfigurationReferenceV1Beta3 = exports.toJson_FlowDistinguisherMethodV1Beta3 = exports.toJson_LimitedPriorityLevelConfigurationV1Beta2 = exports.toJson_PolicyRulesWithSubjectsV1Beta2 = exports.toJson_PriorityLevelConfigurationReferenceV1Beta2 = exports.toJson_FlowDistinguisherMethodV1Beta2 = exports.toJson_EndpointHints = exports.toJson_EndpointConditions = exports.toJson_SessionAffinityConfig = exports.toJson_ServicePort = exports.toJson_ScopeSelector = exports.toJson_Volume = exports.toJson_TopologySpreadConstraint = exports.toJson_Toleration = exports.toJson_PodSecurityContext = exports.toJson_PodSchedulingGate = exports.toJson_PodResourceClaim = exports.toJson_PodReadinessGate = exports.toJson_PodOs = exports.toJson_HostAlias = exports.toJson_EphemeralContainer = exports.toJson_PodDnsConfig = exports.toJson_Container = exports.toJson_Affinity = exports.toJson_ResourceRequirements = exports.toJson_TypedObjectReference = exports.toJson_TypedLocalObjectReference = exports.toJson_VsphereVirtualDiskVolumeSource = exports.toJson_StorageOsPersistentVolumeSource = exports.toJson_ScaleIoPersistentVolumeSource = exports.toJson_RbdPersistentVolumeSource = exports.toJson_QuobyteVolumeSource = exports.toJson_PortworxVolumeSource = exports.toJson_PhotonPersistentDiskVolumeSource = exports.toJson_VolumeNodeAffinity = exports.toJson_NfsVolumeSource = exports.toJson_LocalVolumeSource = exports.toJson_IscsiPersistentVolumeSource = exports.toJson_HostPathVolumeSource = exports.toJson_GlusterfsPersistentVolumeSource = exports.toJson_GcePersistentDiskVolumeSource = exports.toJson_FlockerVolumeSource = exports.toJson_FlexPersistentVolumeSource = exports.toJson_FcVolumeSource = exports.toJson_CsiPersistentVolumeSource = exports.toJson_CinderPersistentVolumeSource = exports.toJson_CephFsPersistentVolumeSource = exports.toJson_AzureFilePersistentVolumeSource = exports.toJson_AzureDiskVolumeSource = exports.toJson_AwsElasticBlockStoreVolumeSource = exports.toJson_Taint = exports.toJson_NodeConfigSource = exports.toJson_LimitRangeItem = exports.toJson_EndpointAddress = exports.toJson_PodFailurePolicy = exports.toJson_JobTemplateSpec = exports.toJson_CrossVersionObjectReferenceV2 = exports.toJson_MetricSpecV2 = exports.toJson_HorizontalPodAutoscalerBehaviorV2 = exports.toJson_CrossVersionObjectReference = exports.toJson_ResourceAttributes = exports.toJson_NonResourceAttributes = exports.toJson_BoundObjectReference = exports.toJson_StatefulSetUpdateStrategy = exports.toJson_StatefulSetPersistentVolumeClaimRetentionPolicy = exports.toJson_StatefulSetOrdinals = exports.toJson_DeploymentStrategy = exports.toJson_DaemonSetUpdateStrategy = exports.toJson_ParamRefV1Alpha1 = exports.toJson_ValidationV1Alpha1 = exports.toJson_ParamKindV1Alpha1 = exports.toJson_MatchResourcesV1Alpha1 = exports.toJson_MatchConditionV1Alpha1 = exports.toJson_AuditAnnotationV1Alpha1 = exports.toJson_RuleWithOperations = exports.toJson_MatchCondition = exports.toJson_WebhookClientConfig = exports.toJson_OwnerReference = exports.toJson_ManagedFieldsEntry = exports.toJson_ApiServiceSpec = exports.toJson_StatusDetails = exports.toJson_CustomResourceDefinitionSpec = exports.toJson_VolumeAttachmentSpec = exports.toJson_TopologySelectorTerm = exports.toJson_LabelSelector = exports.Quantity = exports.toJson_CsiNodeSpec = exports.toJson_CsiDriverSpec = exports.toJson_NodeSelector = exports.toJson_ResourceClassParametersReferenceV1Alpha2 = exports.toJson_ResourceClaimTemplateSpecV1Alpha2 = exports.toJson_ResourceClaimSpecV1Alpha2 = exports.toJson_PodSchedulingContextSpecV1Alpha2 = exports.toJson_Subject = exports.toJson_RoleRef = exports.toJson_PolicyRule = exports.toJson_AggregationRule = exports.toJson_PodDisruptionBudgetSpec = exports.toJson_DeleteOptions = exports.toJson_Scheduling = exports.toJson_Overhead = exports.toJson_IpAddressSpecV1Alpha1 = exports.toJson_ClusterCidrSpecV1Alpha1 = exports.toJson_NetworkPolicySpec = exports.toJson_IngressClassSpec = exports.toJson_IngressSpec = exports.toJson_PriorityLevelConfigurationSpecV1Beta3 = exports.toJson_FlowSchemaSpecV1Beta3 = exports.toJson_PriorityLevelConfigurationSpecV1Beta2 = exports.toJson_FlowSchemaSpecV1Beta2 = exports.toJson_EndpointPort = exports.toJson_Endpoint = exports.toJson_LocalObjectReference = exports.toJson_ServiceSpec = exports.toJson_ResourceQuotaSpec = exports.toJson_ReplicationControllerSpec = exports.toJson_PodTemplateSpec = exports.toJson_PodSpec = exports.toJson_PersistentVolumeClaimSpec = exports.toJson_PersistentVolumeSpec = exports.toJson_NodeSpec = exports.toJson_NamespaceSpec = exports.toJson_LimitRangeSpec = exports.toJson_EventSeries = exports.toJson_EventSource = exports.toJson_EndpointSubset = exports.toJson_ComponentCondition = exports.toJson_ObjectReference = exports.toJson_LeaseSpec = exports.toJson_ClusterTrustBundleSpecV1Alpha1 = exports.toJson_CertificateSigningRequestSpec = exports.toJson_JobSpec = exports.toJson_CronJobSpec = exports.toJson_HorizontalPodAutoscalerSpecV2 = exports.toJson_ScaleSpec = exports.toJson_HorizontalPodAutoscalerSpec = exports.toJson_SelfSubjectRulesReviewSpec = exports.toJson_SelfSubjectAccessReviewSpec = exports.toJson_SubjectAccessReviewSpec = exports.toJson_TokenReviewSpec = exports.toJson_TokenRequestSpec = exports.toJson_StatefulSetSpec = exports.toJson_ReplicaSetSpec = exports.toJson_DeploymentSpec = exports.toJson_DaemonSetSpec = exports.toJson_ValidatingAdmissionPolicyBindingSpecV1Alpha1 = exports.toJson_ValidatingAdmissionPolicySpecV1Alpha1 = exports.toJson_ValidatingWebhook = exports.toJson_ListMeta = exports.toJson_MutatingWebhook = exports.toJson_ObjectMeta = exports.toJson_KubeApiServiceListProps = exports.toJson_KubeApiServiceProps = exports.toJson_KubeStatusProps = exports.toJson_KubeCustomResourceDefinitionListProps = exports.toJson_KubeCustomResourceDefinitionProps = exports.toJson_KubeVolumeAttachmentListProps = exports.toJson_KubeVolumeAttachmentProps = exports.toJson_KubeStorageClassListProps = exports.toJson_KubeStorageClassProps = exports.toJson_KubeCsiStorageCapacityListProps = exports.toJson_KubeCsiStorageCapacityProps = exports.toJson_KubeCsiNodeListProps = exports.toJson_KubeCsiNodeProps = exports.toJson_KubeCsiDriverListProps = exports.toJson_KubeCsiDriverProps = exports.toJson_KubePriorityClassListProps = exports.toJson_KubePriorityClassProps = exports.toJson_KubeResourceClassListV1Alpha2Props = exports.toJson_KubeResourceClassV1Alpha2Props = exports.toJson_KubeResourceClaimTemplateListV1Alpha2Props = exports.toJson_KubeResourceClaimTemplateV1Alpha2Props = exports.toJson_KubeResourceClaimListV1Alpha2Props = exports.toJson_KubeResourceClaimV1Alpha2Props = exports.toJson_KubePodSchedulingContextListV1Alpha2Props = exports.toJson_KubePodSchedulingContextV1Alpha2Props = exports.toJson_KubeRoleListProps = exports.toJson_KubeRoleBindingListProps = exports.toJson_KubeRoleBindingProps = exports.toJson_KubeRoleProps = exports.toJson_KubeClusterRoleListProps = exports.toJson_KubeClusterRoleBindingListProps = exports.toJson_KubeClusterRoleBindingProps = exports.toJson_KubeClusterRoleProps = exports.toJson_KubePodDisruptionBudgetListProps = exports.toJson_KubePodDisruptionBudgetProps = exports.toJson_KubeEvictionProps = exports.toJson_KubeRuntimeClassListProps = exports.toJson_KubeRuntimeClassProps = exports.toJson_KubeIpAddressListV1Alpha1Props = exports.toJson_KubeIpAddressV1Alpha1Props = exports.toJson_KubeClusterCidrListV1Alpha1Props = exports.toJson_KubeClusterCidrv1Alpha1Props = exports.toJson_KubeNetworkPolicyListProps = exports.toJson_KubeNetworkPolicyProps = exports.toJson_KubeIngressListProps = exports.toJson_KubeIngressClassListProps = exports.toJson_KubeIngressClassProps = exports.toJson_KubeIngressProps = exports.toJson_KubePriorityLevelConfigurationListV1Beta3Props = exports.toJson_KubePriorityLevelConfigurationV1Beta3Props = exports.toJson_KubeFlowSchemaListV1Beta3Props = exports.toJson_KubeFlowSchemaV1Beta3Props = exports.toJson_KubePriorityLevelConfigurationListV1Beta2Props = exports.toJson_KubePriorityLevelConfigurationV1Beta2Props = exports.toJson_KubeFlowSchemaListV1Beta2Props = exports.toJson_KubeFlowSchemaV1Beta2Props = exports.toJson_KubeEndpointSliceListProps = exports.toJson_KubeEndpointSliceProps = exports.toJson_KubeServiceListProps = exports.toJson_KubeServiceAccountListProps = exports.toJson_KubeServiceAccountProps = exports.toJson_KubeServiceProps = exports.toJson_KubeSecretListProps = exports.toJson_KubeSecretProps = exports.toJson_KubeResourceQuotaListProps = exports.toJson_KubeResourceQuotaProps = exports.toJson_KubeReplicationControllerListProps = exports.toJson_KubeReplicationControllerProps = exports.toJson_KubePodTemplateListProps = exports.toJson_KubePodTemplateProps = exports.toJson_KubePodListProps = exports.toJson_KubePodProps = exports.toJson_KubePersistentVolumeListProps = exports.toJson_KubePersistentVolumeClaimListProps = exports.toJson_KubePersistentVolumeClaimProps = exports.toJson_KubePersistentVolumeProps = exports.toJson_KubeNodeListProps = exports.toJson_KubeNodeProps = exports.toJson_KubeNamespaceListProps = exports.toJson_KubeNamespaceProps = exports.toJson_KubeLimitRangeListProps = exports.toJson_KubeLimitRangeProps = exports.toJson_KubeEventListProps = exports.toJson_KubeEventProps = exports.toJson_KubeEndpointsListProps = exports.toJson_KubeEndpointsProps = exports.toJson_KubeConfigMapListProps = exports.toJson_KubeConfigMapProps = exports.toJson_KubeComponentStatusListProps = exports.toJson_KubeComponentStatusProps = exports.toJson_KubeBindingProps = exports.toJson_KubeLeaseListProps = exports.toJson_KubeLeaseProps = exports.toJson_KubeClusterTrustBundleListV1Alpha1Props = exports.toJson_KubeClusterTrustBundleV1Alpha1Props = exports.toJson_KubeCertificateSigningRequestListProps = exports.toJson_KubeCertificateSigningRequestProps = exports.toJson_KubeJobListProps = exports.toJson_KubeJobProps = exports.toJson_KubeCronJobListProps = exports.toJson_KubeCronJobProps = exports.toJson_KubeHorizontalPodAutoscalerListV2Props = exports.toJson_KubeHorizontalPodAutoscalerV2Props = exports.toJson_KubeScaleProps = exports.toJson_KubeHorizontalPodAutoscalerListProps = exports.toJson_KubeHorizontalPodAutoscalerProps = exports.toJson_KubeSubjectAccessReviewProps = exports.toJson_KubeSelfSubjectRulesReviewProps = exports.toJson_KubeSelfSubjectAccessReviewProps = exports.toJson_KubeLocalSubjectAccessReviewProps = exports.toJson_KubeSelfSubjectReviewV1Beta1Props = exports.toJson_KubeSelfSubjectReviewV1Alpha1Props = exports.toJson_KubeTokenReviewProps = exports.toJson_KubeTokenRequestProps = exports.toJson_KubeStatefulSetListProps = exports.toJson_KubeStatefulSetProps = exports.toJson_KubeReplicaSetListProps = exports.toJson_KubeReplicaSetProps = exports.toJson_KubeDeploymentListProps = exports.toJson_KubeDeploymentProps = exports.toJson_KubeDaemonSetListProps = exports.toJson_KubeDaemonSetProps = exports.toJson_KubeControllerRevisionListProps = exports.toJson_KubeControllerRevisionProps = exports.toJson_KubeStorageVersionListV1Alpha1Props = exports.toJson_KubeStorageVersionV1Alpha1Props = exports.toJson_KubeValidatingAdmissionPolicyListV1Alpha1Props = exports.toJson_KubeValidatingAdmissionPolicyBindingListV1Alpha1Props = exports.toJson_KubeValidatingAdmissionPolicyBindingV1Alpha1Props = exports.toJson_KubeValidatingAdmissionPolicyV1Alpha1Props = exports.toJson_KubeValidatingWebhookConfigurationListProps = exports.toJson_KubeValidatingWebhookConfigurationProps = exports.toJson_KubeMutatingWebhookConfigurationListProps = exports.toJson_KubeMutatingWebhookConfigurationProps = exports.KubeApiServiceList = exports.KubeApiService = exports.KubeStatus = exports.KubeCustomResourceDefinitionList = exports.KubeCustomResourceDefinition = exports.KubeVolumeAttachmentList = exports.KubeVolumeAttachment = exports.KubeStorageClassList = exports.KubeStorageClass = exports.KubeCsiStorageCapacityList = exports.KubeCsiStorageCapacity = exports.KubeCsiNodeList = exports.KubeCsiNode = exports.KubeCsiDriverList = exports.KubeCsiDriver = exports.KubePriorityClassList = exports.KubePriorityClass = exports.KubeResourceClassListV1Alpha2 = exports.KubeResourceClassV1Alpha2 = exports.KubeResourceClaimTemplateListV1Alpha2 = exports.KubeResourceClaimTemplateV1Alpha2 = exports.KubeResourceClaimListV1Alpha2 = exports.KubeResourceClaimV1Alpha2 = exports.KubePodSchedulingContextListV1Alpha2 = exports.KubePodSchedulingContextV1Alpha2 = exports.KubeRoleList = exports.KubeRoleBindingList = exports.KubeRoleBinding = exports.KubeRole = exports.KubeClusterRoleList = exports.KubeClusterRoleBindingList = exports.KubeClusterRoleBinding = exports.KubeClusterRole = exports.KubePodDisruptionBudgetList = exports.KubePodDisruptionBudget = exports.KubeEviction = exports.KubeRuntimeClassList = exports.KubeRuntimeClass = exports.KubeIpAddressListV1Alpha1 = exports.KubeIpAddressV1Alpha1 = exports.KubeClusterCidrListV1Alpha1 = exports.KubeClusterCidrv1Alpha1 = exports.KubeNetworkPolicyList = exports.KubeNetworkPolicy = exports.KubeIngressList = exports.KubeIngressClassList = exports.KubeIngressClass = exports.KubeIngress = exports.KubePriorityLevelConfigurationListV1Beta3 = exports.KubePriorityLevelConfigurationV1Beta3 = exports.KubeFlowSchemaListV1Beta3 = exports.KubeFlowSchemaV1Beta3 = exports.KubePriorityLevelConfigurationListV1Beta2 = exports.KubePriorityLevelConfigurationV1Beta2 = exports.KubeFlowSchemaListV1Beta2 = exports.KubeFlowSchemaV1Beta2 = exports.KubeEndpointSliceList = exports.KubeEndpointSlice = exports.KubeServiceList = exports.KubeServiceAccountList = exports.KubeServiceAccount = exports.KubeService = exports.KubeSecretList = exports.KubeSecret = exports.KubeResourceQuotaList = exports.KubeResourceQuota = exports.KubeReplicationControllerList = exports.KubeReplicationController = exports.KubePodTemplateList = exports.KubePodTemplate = exports.KubePodList = exports.KubePod = exports.KubePersistentVolumeList = exports.KubePersistentVolumeClaimList = exports.KubePersistentVolumeClaim = exports.KubePersistentVolume = exports.KubeNodeList = exports.KubeNode = exports.KubeNamespaceList = exports.KubeNamespace = exports.KubeLimitRangeList = exports.KubeLimitRange = exports.KubeEventList = exports.KubeEvent = exports.KubeEndpointsList = exports.KubeEndpoints = exports.KubeConfigMapList = exports.KubeConfigMap = exports.KubeComponentStatusList = exports.KubeComponentStatus = exports.KubeBinding = exports.KubeLeaseList = exports.KubeLease = exports.KubeClusterTrustBundleListV1Alpha1 = exports.KubeClusterTrustBundleV1Alpha1 = exports.KubeCertificateSigningRequestList = exports.KubeCertificateSigningRequest = exports.KubeJobList = exports.KubeJob = exports.KubeCronJobList = exports.KubeCronJob = exports.KubeHorizontalPodAutoscalerListV2 = exports.KubeHorizontalPodAutoscalerV2 = exports.KubeScale = exports.KubeHorizontalPodAutoscalerList = exports.KubeHorizontalPodAutoscaler = exports.KubeSubjectAccessReview = exports.KubeSelfSubjectRulesReview = exports.KubeSelfSubjectAccessReview = exports.KubeLocalSubjectAccessReview = exports.KubeSelfSubjectReviewV1Beta1 = exports.KubeSelfSubjectReviewV1Alpha1 = exports.KubeTokenReview = exports.KubeTokenRequest = exports.KubeStatefulSetList = exports.KubeStatefulSet = exports.KubeReplicaSetList = exports.KubeReplicaSet = exports.KubeDeploymentList = exports.KubeDeployment = exports.KubeDaemonSetList = exports.KubeDaemonSet = exports.KubeControllerRevisionList = exports.KubeControllerRevision = exports.KubeStorageVersionListV1Alpha1 = exports.KubeStorageVersionV1Alpha1 = exports.KubeValidatingAdmissionPolicyListV1Alpha1 = exports.KubeValidatingAdmissionPolicyBindingListV1Alpha1 = exports.KubeValidatingAdmissionPolicyBindingV1Alpha1 = exports.KubeValidatingAdmissionPolicyV1Alpha1 = exports.KubeValidatingWebhookConfigurationList = exports.KubeValidatingWebhookConfiguration = exports.KubeMutatingWebhookConfigurationList = exports.KubeMutatingWebhookConfiguration = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var KubeMutatingWebhookConfiguration = class _KubeMutatingWebhookConfiguration extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeMutatingWebhookConfiguration.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeMutatingWebhookConfiguration.GVK,
          ...toJson_KubeMutatingWebhookConfigurationProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeMutatingWebhookConfiguration.GVK,
          ...toJson_KubeMutatingWebhookConfigurationProps(resolved)
        };
      }
    };
    exports.KubeMutatingWebhookConfiguration = KubeMutatingWebhookConfiguration;
    _a = JSII_RTTI_SYMBOL_1;
    KubeMutatingWebhookConfiguration[_a] = { fqn: "cdk8s-plus-27.k8s.KubeMutatingWebhookConfiguration", version: "2.9.5" };
    KubeMutatingWebhookConfiguration.GVK = {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "MutatingWebhookConfiguration"
    };
    var KubeMutatingWebhookConfigurationList = class _KubeMutatingWebhookConfigurationList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeMutatingWebhookConfigurationList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeMutatingWebhookConfigurationList.GVK,
          ...toJson_KubeMutatingWebhookConfigurationListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeMutatingWebhookConfigurationList.GVK,
          ...toJson_KubeMutatingWebhookConfigurationListProps(resolved)
        };
      }
    };
    exports.KubeMutatingWebhookConfigurationList = KubeMutatingWebhookConfigurationList;
    _b = JSII_RTTI_SYMBOL_1;
    KubeMutatingWebhookConfigurationList[_b] = { fqn: "cdk8s-plus-27.k8s.KubeMutatingWebhookConfigurationList", version: "2.9.5" };
    KubeMutatingWebhookConfigurationList.GVK = {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "MutatingWebhookConfigurationList"
    };
    var KubeValidatingWebhookConfiguration = class _KubeValidatingWebhookConfiguration extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeValidatingWebhookConfiguration.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeValidatingWebhookConfiguration.GVK,
          ...toJson_KubeValidatingWebhookConfigurationProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeValidatingWebhookConfiguration.GVK,
          ...toJson_KubeValidatingWebhookConfigurationProps(resolved)
        };
      }
    };
    exports.KubeValidatingWebhookConfiguration = KubeValidatingWebhookConfiguration;
    _c = JSII_RTTI_SYMBOL_1;
    KubeValidatingWebhookConfiguration[_c] = { fqn: "cdk8s-plus-27.k8s.KubeValidatingWebhookConfiguration", version: "2.9.5" };
    KubeValidatingWebhookConfiguration.GVK = {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingWebhookConfiguration"
    };
    var KubeValidatingWebhookConfigurationList = class _KubeValidatingWebhookConfigurationList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeValidatingWebhookConfigurationList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeValidatingWebhookConfigurationList.GVK,
          ...toJson_KubeValidatingWebhookConfigurationListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeValidatingWebhookConfigurationList.GVK,
          ...toJson_KubeValidatingWebhookConfigurationListProps(resolved)
        };
      }
    };
    exports.KubeValidatingWebhookConfigurationList = KubeValidatingWebhookConfigurationList;
    _d = JSII_RTTI_SYMBOL_1;
    KubeValidatingWebhookConfigurationList[_d] = { fqn: "cdk8s-plus-27.k8s.KubeValidatingWebhookConfigurationList", version: "2.9.5" };
    KubeValidatingWebhookConfigurationList.GVK = {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingWebhookConfigurationList"
    };
    var KubeValidatingAdmissionPolicyV1Alpha1 = class _KubeValidatingAdmissionPolicyV1Alpha1 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicy" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeValidatingAdmissionPolicyV1Alpha1.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicy".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeValidatingAdmissionPolicyV1Alpha1.GVK,
          ...toJson_KubeValidatingAdmissionPolicyV1Alpha1Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeValidatingAdmissionPolicyV1Alpha1.GVK,
          ...toJson_KubeValidatingAdmissionPolicyV1Alpha1Props(resolved)
        };
      }
    };
    exports.KubeValidatingAdmissionPolicyV1Alpha1 = KubeValidatingAdmissionPolicyV1Alpha1;
    _e = JSII_RTTI_SYMBOL_1;
    KubeValidatingAdmissionPolicyV1Alpha1[_e] = { fqn: "cdk8s-plus-27.k8s.KubeValidatingAdmissionPolicyV1Alpha1", version: "2.9.5" };
    KubeValidatingAdmissionPolicyV1Alpha1.GVK = {
      apiVersion: "admissionregistration.k8s.io/v1alpha1",
      kind: "ValidatingAdmissionPolicy"
    };
    var KubeValidatingAdmissionPolicyBindingV1Alpha1 = class _KubeValidatingAdmissionPolicyBindingV1Alpha1 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyBinding" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeValidatingAdmissionPolicyBindingV1Alpha1.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyBinding".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeValidatingAdmissionPolicyBindingV1Alpha1.GVK,
          ...toJson_KubeValidatingAdmissionPolicyBindingV1Alpha1Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeValidatingAdmissionPolicyBindingV1Alpha1.GVK,
          ...toJson_KubeValidatingAdmissionPolicyBindingV1Alpha1Props(resolved)
        };
      }
    };
    exports.KubeValidatingAdmissionPolicyBindingV1Alpha1 = KubeValidatingAdmissionPolicyBindingV1Alpha1;
    _f = JSII_RTTI_SYMBOL_1;
    KubeValidatingAdmissionPolicyBindingV1Alpha1[_f] = { fqn: "cdk8s-plus-27.k8s.KubeValidatingAdmissionPolicyBindingV1Alpha1", version: "2.9.5" };
    KubeValidatingAdmissionPolicyBindingV1Alpha1.GVK = {
      apiVersion: "admissionregistration.k8s.io/v1alpha1",
      kind: "ValidatingAdmissionPolicyBinding"
    };
    var KubeValidatingAdmissionPolicyBindingListV1Alpha1 = class _KubeValidatingAdmissionPolicyBindingListV1Alpha1 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyBindingList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeValidatingAdmissionPolicyBindingListV1Alpha1.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyBindingList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeValidatingAdmissionPolicyBindingListV1Alpha1.GVK,
          ...toJson_KubeValidatingAdmissionPolicyBindingListV1Alpha1Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeValidatingAdmissionPolicyBindingListV1Alpha1.GVK,
          ...toJson_KubeValidatingAdmissionPolicyBindingListV1Alpha1Props(resolved)
        };
      }
    };
    exports.KubeValidatingAdmissionPolicyBindingListV1Alpha1 = KubeValidatingAdmissionPolicyBindingListV1Alpha1;
    _g = JSII_RTTI_SYMBOL_1;
    KubeValidatingAdmissionPolicyBindingListV1Alpha1[_g] = { fqn: "cdk8s-plus-27.k8s.KubeValidatingAdmissionPolicyBindingListV1Alpha1", version: "2.9.5" };
    KubeValidatingAdmissionPolicyBindingListV1Alpha1.GVK = {
      apiVersion: "admissionregistration.k8s.io/v1alpha1",
      kind: "ValidatingAdmissionPolicyBindingList"
    };
    var KubeValidatingAdmissionPolicyListV1Alpha1 = class _KubeValidatingAdmissionPolicyListV1Alpha1 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeValidatingAdmissionPolicyListV1Alpha1.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeValidatingAdmissionPolicyListV1Alpha1.GVK,
          ...toJson_KubeValidatingAdmissionPolicyListV1Alpha1Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeValidatingAdmissionPolicyListV1Alpha1.GVK,
          ...toJson_KubeValidatingAdmissionPolicyListV1Alpha1Props(resolved)
        };
      }
    };
    exports.KubeValidatingAdmissionPolicyListV1Alpha1 = KubeValidatingAdmissionPolicyListV1Alpha1;
    _h = JSII_RTTI_SYMBOL_1;
    KubeValidatingAdmissionPolicyListV1Alpha1[_h] = { fqn: "cdk8s-plus-27.k8s.KubeValidatingAdmissionPolicyListV1Alpha1", version: "2.9.5" };
    KubeValidatingAdmissionPolicyListV1Alpha1.GVK = {
      apiVersion: "admissionregistration.k8s.io/v1alpha1",
      kind: "ValidatingAdmissionPolicyList"
    };
    var KubeStorageVersionV1Alpha1 = class _KubeStorageVersionV1Alpha1 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.apiserverinternal.v1alpha1.StorageVersion" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeStorageVersionV1Alpha1.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.apiserverinternal.v1alpha1.StorageVersion".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeStorageVersionV1Alpha1.GVK,
          ...toJson_KubeStorageVersionV1Alpha1Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeStorageVersionV1Alpha1.GVK,
          ...toJson_KubeStorageVersionV1Alpha1Props(resolved)
        };
      }
    };
    exports.KubeStorageVersionV1Alpha1 = KubeStorageVersionV1Alpha1;
    _j = JSII_RTTI_SYMBOL_1;
    KubeStorageVersionV1Alpha1[_j] = { fqn: "cdk8s-plus-27.k8s.KubeStorageVersionV1Alpha1", version: "2.9.5" };
    KubeStorageVersionV1Alpha1.GVK = {
      apiVersion: "internal.apiserver.k8s.io/v1alpha1",
      kind: "StorageVersion"
    };
    var KubeStorageVersionListV1Alpha1 = class _KubeStorageVersionListV1Alpha1 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.apiserverinternal.v1alpha1.StorageVersionList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeStorageVersionListV1Alpha1.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.apiserverinternal.v1alpha1.StorageVersionList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeStorageVersionListV1Alpha1.GVK,
          ...toJson_KubeStorageVersionListV1Alpha1Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeStorageVersionListV1Alpha1.GVK,
          ...toJson_KubeStorageVersionListV1Alpha1Props(resolved)
        };
      }
    };
    exports.KubeStorageVersionListV1Alpha1 = KubeStorageVersionListV1Alpha1;
    _k = JSII_RTTI_SYMBOL_1;
    KubeStorageVersionListV1Alpha1[_k] = { fqn: "cdk8s-plus-27.k8s.KubeStorageVersionListV1Alpha1", version: "2.9.5" };
    KubeStorageVersionListV1Alpha1.GVK = {
      apiVersion: "internal.apiserver.k8s.io/v1alpha1",
      kind: "StorageVersionList"
    };
    var KubeControllerRevision = class _KubeControllerRevision extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.apps.v1.ControllerRevision" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeControllerRevision.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.ControllerRevision".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeControllerRevision.GVK,
          ...toJson_KubeControllerRevisionProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeControllerRevision.GVK,
          ...toJson_KubeControllerRevisionProps(resolved)
        };
      }
    };
    exports.KubeControllerRevision = KubeControllerRevision;
    _l = JSII_RTTI_SYMBOL_1;
    KubeControllerRevision[_l] = { fqn: "cdk8s-plus-27.k8s.KubeControllerRevision", version: "2.9.5" };
    KubeControllerRevision.GVK = {
      apiVersion: "apps/v1",
      kind: "ControllerRevision"
    };
    var KubeControllerRevisionList = class _KubeControllerRevisionList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.apps.v1.ControllerRevisionList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeControllerRevisionList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.ControllerRevisionList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeControllerRevisionList.GVK,
          ...toJson_KubeControllerRevisionListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeControllerRevisionList.GVK,
          ...toJson_KubeControllerRevisionListProps(resolved)
        };
      }
    };
    exports.KubeControllerRevisionList = KubeControllerRevisionList;
    _m = JSII_RTTI_SYMBOL_1;
    KubeControllerRevisionList[_m] = { fqn: "cdk8s-plus-27.k8s.KubeControllerRevisionList", version: "2.9.5" };
    KubeControllerRevisionList.GVK = {
      apiVersion: "apps/v1",
      kind: "ControllerRevisionList"
    };
    var KubeDaemonSet = class _KubeDaemonSet extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.apps.v1.DaemonSet" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeDaemonSet.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.DaemonSet".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeDaemonSet.GVK,
          ...toJson_KubeDaemonSetProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeDaemonSet.GVK,
          ...toJson_KubeDaemonSetProps(resolved)
        };
      }
    };
    exports.KubeDaemonSet = KubeDaemonSet;
    _o = JSII_RTTI_SYMBOL_1;
    KubeDaemonSet[_o] = { fqn: "cdk8s-plus-27.k8s.KubeDaemonSet", version: "2.9.5" };
    KubeDaemonSet.GVK = {
      apiVersion: "apps/v1",
      kind: "DaemonSet"
    };
    var KubeDaemonSetList = class _KubeDaemonSetList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.apps.v1.DaemonSetList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeDaemonSetList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.DaemonSetList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeDaemonSetList.GVK,
          ...toJson_KubeDaemonSetListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeDaemonSetList.GVK,
          ...toJson_KubeDaemonSetListProps(resolved)
        };
      }
    };
    exports.KubeDaemonSetList = KubeDaemonSetList;
    _p = JSII_RTTI_SYMBOL_1;
    KubeDaemonSetList[_p] = { fqn: "cdk8s-plus-27.k8s.KubeDaemonSetList", version: "2.9.5" };
    KubeDaemonSetList.GVK = {
      apiVersion: "apps/v1",
      kind: "DaemonSetList"
    };
    var KubeDeployment = class _KubeDeployment extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.apps.v1.Deployment" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeDeployment.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.Deployment".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeDeployment.GVK,
          ...toJson_KubeDeploymentProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeDeployment.GVK,
          ...toJson_KubeDeploymentProps(resolved)
        };
      }
    };
    exports.KubeDeployment = KubeDeployment;
    _q = JSII_RTTI_SYMBOL_1;
    KubeDeployment[_q] = { fqn: "cdk8s-plus-27.k8s.KubeDeployment", version: "2.9.5" };
    KubeDeployment.GVK = {
      apiVersion: "apps/v1",
      kind: "Deployment"
    };
    var KubeDeploymentList = class _KubeDeploymentList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.apps.v1.DeploymentList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeDeploymentList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.DeploymentList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeDeploymentList.GVK,
          ...toJson_KubeDeploymentListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeDeploymentList.GVK,
          ...toJson_KubeDeploymentListProps(resolved)
        };
      }
    };
    exports.KubeDeploymentList = KubeDeploymentList;
    _r = JSII_RTTI_SYMBOL_1;
    KubeDeploymentList[_r] = { fqn: "cdk8s-plus-27.k8s.KubeDeploymentList", version: "2.9.5" };
    KubeDeploymentList.GVK = {
      apiVersion: "apps/v1",
      kind: "DeploymentList"
    };
    var KubeReplicaSet = class _KubeReplicaSet extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.apps.v1.ReplicaSet" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeReplicaSet.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.ReplicaSet".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeReplicaSet.GVK,
          ...toJson_KubeReplicaSetProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeReplicaSet.GVK,
          ...toJson_KubeReplicaSetProps(resolved)
        };
      }
    };
    exports.KubeReplicaSet = KubeReplicaSet;
    _s = JSII_RTTI_SYMBOL_1;
    KubeReplicaSet[_s] = { fqn: "cdk8s-plus-27.k8s.KubeReplicaSet", version: "2.9.5" };
    KubeReplicaSet.GVK = {
      apiVersion: "apps/v1",
      kind: "ReplicaSet"
    };
    var KubeReplicaSetList = class _KubeReplicaSetList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.apps.v1.ReplicaSetList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeReplicaSetList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.ReplicaSetList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeReplicaSetList.GVK,
          ...toJson_KubeReplicaSetListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeReplicaSetList.GVK,
          ...toJson_KubeReplicaSetListProps(resolved)
        };
      }
    };
    exports.KubeReplicaSetList = KubeReplicaSetList;
    _t = JSII_RTTI_SYMBOL_1;
    KubeReplicaSetList[_t] = { fqn: "cdk8s-plus-27.k8s.KubeReplicaSetList", version: "2.9.5" };
    KubeReplicaSetList.GVK = {
      apiVersion: "apps/v1",
      kind: "ReplicaSetList"
    };
    var KubeStatefulSet = class _KubeStatefulSet extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.apps.v1.StatefulSet" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeStatefulSet.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.StatefulSet".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeStatefulSet.GVK,
          ...toJson_KubeStatefulSetProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeStatefulSet.GVK,
          ...toJson_KubeStatefulSetProps(resolved)
        };
      }
    };
    exports.KubeStatefulSet = KubeStatefulSet;
    _u = JSII_RTTI_SYMBOL_1;
    KubeStatefulSet[_u] = { fqn: "cdk8s-plus-27.k8s.KubeStatefulSet", version: "2.9.5" };
    KubeStatefulSet.GVK = {
      apiVersion: "apps/v1",
      kind: "StatefulSet"
    };
    var KubeStatefulSetList = class _KubeStatefulSetList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.apps.v1.StatefulSetList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeStatefulSetList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.StatefulSetList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeStatefulSetList.GVK,
          ...toJson_KubeStatefulSetListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeStatefulSetList.GVK,
          ...toJson_KubeStatefulSetListProps(resolved)
        };
      }
    };
    exports.KubeStatefulSetList = KubeStatefulSetList;
    _v = JSII_RTTI_SYMBOL_1;
    KubeStatefulSetList[_v] = { fqn: "cdk8s-plus-27.k8s.KubeStatefulSetList", version: "2.9.5" };
    KubeStatefulSetList.GVK = {
      apiVersion: "apps/v1",
      kind: "StatefulSetList"
    };
    var KubeTokenRequest = class _KubeTokenRequest extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.authentication.v1.TokenRequest" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeTokenRequest.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.authentication.v1.TokenRequest".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeTokenRequest.GVK,
          ...toJson_KubeTokenRequestProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeTokenRequest.GVK,
          ...toJson_KubeTokenRequestProps(resolved)
        };
      }
    };
    exports.KubeTokenRequest = KubeTokenRequest;
    _w = JSII_RTTI_SYMBOL_1;
    KubeTokenRequest[_w] = { fqn: "cdk8s-plus-27.k8s.KubeTokenRequest", version: "2.9.5" };
    KubeTokenRequest.GVK = {
      apiVersion: "authentication.k8s.io/v1",
      kind: "TokenRequest"
    };
    var KubeTokenReview = class _KubeTokenReview extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.authentication.v1.TokenReview" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeTokenReview.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.authentication.v1.TokenReview".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeTokenReview.GVK,
          ...toJson_KubeTokenReviewProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeTokenReview.GVK,
          ...toJson_KubeTokenReviewProps(resolved)
        };
      }
    };
    exports.KubeTokenReview = KubeTokenReview;
    _x = JSII_RTTI_SYMBOL_1;
    KubeTokenReview[_x] = { fqn: "cdk8s-plus-27.k8s.KubeTokenReview", version: "2.9.5" };
    KubeTokenReview.GVK = {
      apiVersion: "authentication.k8s.io/v1",
      kind: "TokenReview"
    };
    var KubeSelfSubjectReviewV1Alpha1 = class _KubeSelfSubjectReviewV1Alpha1 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.authentication.v1alpha1.SelfSubjectReview" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeSelfSubjectReviewV1Alpha1.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.authentication.v1alpha1.SelfSubjectReview".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeSelfSubjectReviewV1Alpha1.GVK,
          ...toJson_KubeSelfSubjectReviewV1Alpha1Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeSelfSubjectReviewV1Alpha1.GVK,
          ...toJson_KubeSelfSubjectReviewV1Alpha1Props(resolved)
        };
      }
    };
    exports.KubeSelfSubjectReviewV1Alpha1 = KubeSelfSubjectReviewV1Alpha1;
    _y = JSII_RTTI_SYMBOL_1;
    KubeSelfSubjectReviewV1Alpha1[_y] = { fqn: "cdk8s-plus-27.k8s.KubeSelfSubjectReviewV1Alpha1", version: "2.9.5" };
    KubeSelfSubjectReviewV1Alpha1.GVK = {
      apiVersion: "authentication.k8s.io/v1alpha1",
      kind: "SelfSubjectReview"
    };
    var KubeSelfSubjectReviewV1Beta1 = class _KubeSelfSubjectReviewV1Beta1 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.authentication.v1beta1.SelfSubjectReview" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeSelfSubjectReviewV1Beta1.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.authentication.v1beta1.SelfSubjectReview".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeSelfSubjectReviewV1Beta1.GVK,
          ...toJson_KubeSelfSubjectReviewV1Beta1Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeSelfSubjectReviewV1Beta1.GVK,
          ...toJson_KubeSelfSubjectReviewV1Beta1Props(resolved)
        };
      }
    };
    exports.KubeSelfSubjectReviewV1Beta1 = KubeSelfSubjectReviewV1Beta1;
    _z = JSII_RTTI_SYMBOL_1;
    KubeSelfSubjectReviewV1Beta1[_z] = { fqn: "cdk8s-plus-27.k8s.KubeSelfSubjectReviewV1Beta1", version: "2.9.5" };
    KubeSelfSubjectReviewV1Beta1.GVK = {
      apiVersion: "authentication.k8s.io/v1beta1",
      kind: "SelfSubjectReview"
    };
    var KubeLocalSubjectAccessReview = class _KubeLocalSubjectAccessReview extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.authorization.v1.LocalSubjectAccessReview" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeLocalSubjectAccessReview.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.authorization.v1.LocalSubjectAccessReview".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeLocalSubjectAccessReview.GVK,
          ...toJson_KubeLocalSubjectAccessReviewProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeLocalSubjectAccessReview.GVK,
          ...toJson_KubeLocalSubjectAccessReviewProps(resolved)
        };
      }
    };
    exports.KubeLocalSubjectAccessReview = KubeLocalSubjectAccessReview;
    _0 = JSII_RTTI_SYMBOL_1;
    KubeLocalSubjectAccessReview[_0] = { fqn: "cdk8s-plus-27.k8s.KubeLocalSubjectAccessReview", version: "2.9.5" };
    KubeLocalSubjectAccessReview.GVK = {
      apiVersion: "authorization.k8s.io/v1",
      kind: "LocalSubjectAccessReview"
    };
    var KubeSelfSubjectAccessReview = class _KubeSelfSubjectAccessReview extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.authorization.v1.SelfSubjectAccessReview" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeSelfSubjectAccessReview.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.authorization.v1.SelfSubjectAccessReview".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeSelfSubjectAccessReview.GVK,
          ...toJson_KubeSelfSubjectAccessReviewProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeSelfSubjectAccessReview.GVK,
          ...toJson_KubeSelfSubjectAccessReviewProps(resolved)
        };
      }
    };
    exports.KubeSelfSubjectAccessReview = KubeSelfSubjectAccessReview;
    _1 = JSII_RTTI_SYMBOL_1;
    KubeSelfSubjectAccessReview[_1] = { fqn: "cdk8s-plus-27.k8s.KubeSelfSubjectAccessReview", version: "2.9.5" };
    KubeSelfSubjectAccessReview.GVK = {
      apiVersion: "authorization.k8s.io/v1",
      kind: "SelfSubjectAccessReview"
    };
    var KubeSelfSubjectRulesReview = class _KubeSelfSubjectRulesReview extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.authorization.v1.SelfSubjectRulesReview" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeSelfSubjectRulesReview.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.authorization.v1.SelfSubjectRulesReview".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeSelfSubjectRulesReview.GVK,
          ...toJson_KubeSelfSubjectRulesReviewProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeSelfSubjectRulesReview.GVK,
          ...toJson_KubeSelfSubjectRulesReviewProps(resolved)
        };
      }
    };
    exports.KubeSelfSubjectRulesReview = KubeSelfSubjectRulesReview;
    _2 = JSII_RTTI_SYMBOL_1;
    KubeSelfSubjectRulesReview[_2] = { fqn: "cdk8s-plus-27.k8s.KubeSelfSubjectRulesReview", version: "2.9.5" };
    KubeSelfSubjectRulesReview.GVK = {
      apiVersion: "authorization.k8s.io/v1",
      kind: "SelfSubjectRulesReview"
    };
    var KubeSubjectAccessReview = class _KubeSubjectAccessReview extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.authorization.v1.SubjectAccessReview" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeSubjectAccessReview.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.authorization.v1.SubjectAccessReview".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeSubjectAccessReview.GVK,
          ...toJson_KubeSubjectAccessReviewProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeSubjectAccessReview.GVK,
          ...toJson_KubeSubjectAccessReviewProps(resolved)
        };
      }
    };
    exports.KubeSubjectAccessReview = KubeSubjectAccessReview;
    _3 = JSII_RTTI_SYMBOL_1;
    KubeSubjectAccessReview[_3] = { fqn: "cdk8s-plus-27.k8s.KubeSubjectAccessReview", version: "2.9.5" };
    KubeSubjectAccessReview.GVK = {
      apiVersion: "authorization.k8s.io/v1",
      kind: "SubjectAccessReview"
    };
    var KubeHorizontalPodAutoscaler = class _KubeHorizontalPodAutoscaler extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeHorizontalPodAutoscaler.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeHorizontalPodAutoscaler.GVK,
          ...toJson_KubeHorizontalPodAutoscalerProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeHorizontalPodAutoscaler.GVK,
          ...toJson_KubeHorizontalPodAutoscalerProps(resolved)
        };
      }
    };
    exports.KubeHorizontalPodAutoscaler = KubeHorizontalPodAutoscaler;
    _4 = JSII_RTTI_SYMBOL_1;
    KubeHorizontalPodAutoscaler[_4] = { fqn: "cdk8s-plus-27.k8s.KubeHorizontalPodAutoscaler", version: "2.9.5" };
    KubeHorizontalPodAutoscaler.GVK = {
      apiVersion: "autoscaling/v1",
      kind: "HorizontalPodAutoscaler"
    };
    var KubeHorizontalPodAutoscalerList = class _KubeHorizontalPodAutoscalerList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeHorizontalPodAutoscalerList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeHorizontalPodAutoscalerList.GVK,
          ...toJson_KubeHorizontalPodAutoscalerListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeHorizontalPodAutoscalerList.GVK,
          ...toJson_KubeHorizontalPodAutoscalerListProps(resolved)
        };
      }
    };
    exports.KubeHorizontalPodAutoscalerList = KubeHorizontalPodAutoscalerList;
    _5 = JSII_RTTI_SYMBOL_1;
    KubeHorizontalPodAutoscalerList[_5] = { fqn: "cdk8s-plus-27.k8s.KubeHorizontalPodAutoscalerList", version: "2.9.5" };
    KubeHorizontalPodAutoscalerList.GVK = {
      apiVersion: "autoscaling/v1",
      kind: "HorizontalPodAutoscalerList"
    };
    var KubeScale = class _KubeScale extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.autoscaling.v1.Scale" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeScale.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.autoscaling.v1.Scale".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeScale.GVK,
          ...toJson_KubeScaleProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeScale.GVK,
          ...toJson_KubeScaleProps(resolved)
        };
      }
    };
    exports.KubeScale = KubeScale;
    _6 = JSII_RTTI_SYMBOL_1;
    KubeScale[_6] = { fqn: "cdk8s-plus-27.k8s.KubeScale", version: "2.9.5" };
    KubeScale.GVK = {
      apiVersion: "autoscaling/v1",
      kind: "Scale"
    };
    var KubeHorizontalPodAutoscalerV2 = class _KubeHorizontalPodAutoscalerV2 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeHorizontalPodAutoscalerV2.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeHorizontalPodAutoscalerV2.GVK,
          ...toJson_KubeHorizontalPodAutoscalerV2Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeHorizontalPodAutoscalerV2.GVK,
          ...toJson_KubeHorizontalPodAutoscalerV2Props(resolved)
        };
      }
    };
    exports.KubeHorizontalPodAutoscalerV2 = KubeHorizontalPodAutoscalerV2;
    _7 = JSII_RTTI_SYMBOL_1;
    KubeHorizontalPodAutoscalerV2[_7] = { fqn: "cdk8s-plus-27.k8s.KubeHorizontalPodAutoscalerV2", version: "2.9.5" };
    KubeHorizontalPodAutoscalerV2.GVK = {
      apiVersion: "autoscaling/v2",
      kind: "HorizontalPodAutoscaler"
    };
    var KubeHorizontalPodAutoscalerListV2 = class _KubeHorizontalPodAutoscalerListV2 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeHorizontalPodAutoscalerListV2.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeHorizontalPodAutoscalerListV2.GVK,
          ...toJson_KubeHorizontalPodAutoscalerListV2Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeHorizontalPodAutoscalerListV2.GVK,
          ...toJson_KubeHorizontalPodAutoscalerListV2Props(resolved)
        };
      }
    };
    exports.KubeHorizontalPodAutoscalerListV2 = KubeHorizontalPodAutoscalerListV2;
    _8 = JSII_RTTI_SYMBOL_1;
    KubeHorizontalPodAutoscalerListV2[_8] = { fqn: "cdk8s-plus-27.k8s.KubeHorizontalPodAutoscalerListV2", version: "2.9.5" };
    KubeHorizontalPodAutoscalerListV2.GVK = {
      apiVersion: "autoscaling/v2",
      kind: "HorizontalPodAutoscalerList"
    };
    var KubeCronJob = class _KubeCronJob extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.batch.v1.CronJob" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeCronJob.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.batch.v1.CronJob".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeCronJob.GVK,
          ...toJson_KubeCronJobProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeCronJob.GVK,
          ...toJson_KubeCronJobProps(resolved)
        };
      }
    };
    exports.KubeCronJob = KubeCronJob;
    _9 = JSII_RTTI_SYMBOL_1;
    KubeCronJob[_9] = { fqn: "cdk8s-plus-27.k8s.KubeCronJob", version: "2.9.5" };
    KubeCronJob.GVK = {
      apiVersion: "batch/v1",
      kind: "CronJob"
    };
    var KubeCronJobList = class _KubeCronJobList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.batch.v1.CronJobList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeCronJobList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.batch.v1.CronJobList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeCronJobList.GVK,
          ...toJson_KubeCronJobListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeCronJobList.GVK,
          ...toJson_KubeCronJobListProps(resolved)
        };
      }
    };
    exports.KubeCronJobList = KubeCronJobList;
    _10 = JSII_RTTI_SYMBOL_1;
    KubeCronJobList[_10] = { fqn: "cdk8s-plus-27.k8s.KubeCronJobList", version: "2.9.5" };
    KubeCronJobList.GVK = {
      apiVersion: "batch/v1",
      kind: "CronJobList"
    };
    var KubeJob = class _KubeJob extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.batch.v1.Job" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeJob.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.batch.v1.Job".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeJob.GVK,
          ...toJson_KubeJobProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeJob.GVK,
          ...toJson_KubeJobProps(resolved)
        };
      }
    };
    exports.KubeJob = KubeJob;
    _11 = JSII_RTTI_SYMBOL_1;
    KubeJob[_11] = { fqn: "cdk8s-plus-27.k8s.KubeJob", version: "2.9.5" };
    KubeJob.GVK = {
      apiVersion: "batch/v1",
      kind: "Job"
    };
    var KubeJobList = class _KubeJobList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.batch.v1.JobList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeJobList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.batch.v1.JobList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeJobList.GVK,
          ...toJson_KubeJobListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeJobList.GVK,
          ...toJson_KubeJobListProps(resolved)
        };
      }
    };
    exports.KubeJobList = KubeJobList;
    _12 = JSII_RTTI_SYMBOL_1;
    KubeJobList[_12] = { fqn: "cdk8s-plus-27.k8s.KubeJobList", version: "2.9.5" };
    KubeJobList.GVK = {
      apiVersion: "batch/v1",
      kind: "JobList"
    };
    var KubeCertificateSigningRequest = class _KubeCertificateSigningRequest extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.certificates.v1.CertificateSigningRequest" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeCertificateSigningRequest.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.certificates.v1.CertificateSigningRequest".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeCertificateSigningRequest.GVK,
          ...toJson_KubeCertificateSigningRequestProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeCertificateSigningRequest.GVK,
          ...toJson_KubeCertificateSigningRequestProps(resolved)
        };
      }
    };
    exports.KubeCertificateSigningRequest = KubeCertificateSigningRequest;
    _13 = JSII_RTTI_SYMBOL_1;
    KubeCertificateSigningRequest[_13] = { fqn: "cdk8s-plus-27.k8s.KubeCertificateSigningRequest", version: "2.9.5" };
    KubeCertificateSigningRequest.GVK = {
      apiVersion: "certificates.k8s.io/v1",
      kind: "CertificateSigningRequest"
    };
    var KubeCertificateSigningRequestList = class _KubeCertificateSigningRequestList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.certificates.v1.CertificateSigningRequestList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeCertificateSigningRequestList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.certificates.v1.CertificateSigningRequestList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeCertificateSigningRequestList.GVK,
          ...toJson_KubeCertificateSigningRequestListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeCertificateSigningRequestList.GVK,
          ...toJson_KubeCertificateSigningRequestListProps(resolved)
        };
      }
    };
    exports.KubeCertificateSigningRequestList = KubeCertificateSigningRequestList;
    _14 = JSII_RTTI_SYMBOL_1;
    KubeCertificateSigningRequestList[_14] = { fqn: "cdk8s-plus-27.k8s.KubeCertificateSigningRequestList", version: "2.9.5" };
    KubeCertificateSigningRequestList.GVK = {
      apiVersion: "certificates.k8s.io/v1",
      kind: "CertificateSigningRequestList"
    };
    var KubeClusterTrustBundleV1Alpha1 = class _KubeClusterTrustBundleV1Alpha1 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.certificates.v1alpha1.ClusterTrustBundle" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeClusterTrustBundleV1Alpha1.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.certificates.v1alpha1.ClusterTrustBundle".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeClusterTrustBundleV1Alpha1.GVK,
          ...toJson_KubeClusterTrustBundleV1Alpha1Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeClusterTrustBundleV1Alpha1.GVK,
          ...toJson_KubeClusterTrustBundleV1Alpha1Props(resolved)
        };
      }
    };
    exports.KubeClusterTrustBundleV1Alpha1 = KubeClusterTrustBundleV1Alpha1;
    _15 = JSII_RTTI_SYMBOL_1;
    KubeClusterTrustBundleV1Alpha1[_15] = { fqn: "cdk8s-plus-27.k8s.KubeClusterTrustBundleV1Alpha1", version: "2.9.5" };
    KubeClusterTrustBundleV1Alpha1.GVK = {
      apiVersion: "certificates.k8s.io/v1alpha1",
      kind: "ClusterTrustBundle"
    };
    var KubeClusterTrustBundleListV1Alpha1 = class _KubeClusterTrustBundleListV1Alpha1 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.certificates.v1alpha1.ClusterTrustBundleList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeClusterTrustBundleListV1Alpha1.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.certificates.v1alpha1.ClusterTrustBundleList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeClusterTrustBundleListV1Alpha1.GVK,
          ...toJson_KubeClusterTrustBundleListV1Alpha1Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeClusterTrustBundleListV1Alpha1.GVK,
          ...toJson_KubeClusterTrustBundleListV1Alpha1Props(resolved)
        };
      }
    };
    exports.KubeClusterTrustBundleListV1Alpha1 = KubeClusterTrustBundleListV1Alpha1;
    _16 = JSII_RTTI_SYMBOL_1;
    KubeClusterTrustBundleListV1Alpha1[_16] = { fqn: "cdk8s-plus-27.k8s.KubeClusterTrustBundleListV1Alpha1", version: "2.9.5" };
    KubeClusterTrustBundleListV1Alpha1.GVK = {
      apiVersion: "certificates.k8s.io/v1alpha1",
      kind: "ClusterTrustBundleList"
    };
    var KubeLease = class _KubeLease extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.coordination.v1.Lease" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeLease.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.coordination.v1.Lease".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeLease.GVK,
          ...toJson_KubeLeaseProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeLease.GVK,
          ...toJson_KubeLeaseProps(resolved)
        };
      }
    };
    exports.KubeLease = KubeLease;
    _17 = JSII_RTTI_SYMBOL_1;
    KubeLease[_17] = { fqn: "cdk8s-plus-27.k8s.KubeLease", version: "2.9.5" };
    KubeLease.GVK = {
      apiVersion: "coordination.k8s.io/v1",
      kind: "Lease"
    };
    var KubeLeaseList = class _KubeLeaseList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.coordination.v1.LeaseList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeLeaseList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.coordination.v1.LeaseList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeLeaseList.GVK,
          ...toJson_KubeLeaseListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeLeaseList.GVK,
          ...toJson_KubeLeaseListProps(resolved)
        };
      }
    };
    exports.KubeLeaseList = KubeLeaseList;
    _18 = JSII_RTTI_SYMBOL_1;
    KubeLeaseList[_18] = { fqn: "cdk8s-plus-27.k8s.KubeLeaseList", version: "2.9.5" };
    KubeLeaseList.GVK = {
      apiVersion: "coordination.k8s.io/v1",
      kind: "LeaseList"
    };
    var KubeBinding = class _KubeBinding extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.Binding" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeBinding.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.Binding".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeBinding.GVK,
          ...toJson_KubeBindingProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeBinding.GVK,
          ...toJson_KubeBindingProps(resolved)
        };
      }
    };
    exports.KubeBinding = KubeBinding;
    _19 = JSII_RTTI_SYMBOL_1;
    KubeBinding[_19] = { fqn: "cdk8s-plus-27.k8s.KubeBinding", version: "2.9.5" };
    KubeBinding.GVK = {
      apiVersion: "v1",
      kind: "Binding"
    };
    var KubeComponentStatus = class _KubeComponentStatus extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.ComponentStatus" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeComponentStatus.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ComponentStatus".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeComponentStatus.GVK,
          ...toJson_KubeComponentStatusProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeComponentStatus.GVK,
          ...toJson_KubeComponentStatusProps(resolved)
        };
      }
    };
    exports.KubeComponentStatus = KubeComponentStatus;
    _20 = JSII_RTTI_SYMBOL_1;
    KubeComponentStatus[_20] = { fqn: "cdk8s-plus-27.k8s.KubeComponentStatus", version: "2.9.5" };
    KubeComponentStatus.GVK = {
      apiVersion: "v1",
      kind: "ComponentStatus"
    };
    var KubeComponentStatusList = class _KubeComponentStatusList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.ComponentStatusList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeComponentStatusList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ComponentStatusList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeComponentStatusList.GVK,
          ...toJson_KubeComponentStatusListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeComponentStatusList.GVK,
          ...toJson_KubeComponentStatusListProps(resolved)
        };
      }
    };
    exports.KubeComponentStatusList = KubeComponentStatusList;
    _21 = JSII_RTTI_SYMBOL_1;
    KubeComponentStatusList[_21] = { fqn: "cdk8s-plus-27.k8s.KubeComponentStatusList", version: "2.9.5" };
    KubeComponentStatusList.GVK = {
      apiVersion: "v1",
      kind: "ComponentStatusList"
    };
    var KubeConfigMap = class _KubeConfigMap extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.ConfigMap" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeConfigMap.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ConfigMap".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeConfigMap.GVK,
          ...toJson_KubeConfigMapProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeConfigMap.GVK,
          ...toJson_KubeConfigMapProps(resolved)
        };
      }
    };
    exports.KubeConfigMap = KubeConfigMap;
    _22 = JSII_RTTI_SYMBOL_1;
    KubeConfigMap[_22] = { fqn: "cdk8s-plus-27.k8s.KubeConfigMap", version: "2.9.5" };
    KubeConfigMap.GVK = {
      apiVersion: "v1",
      kind: "ConfigMap"
    };
    var KubeConfigMapList = class _KubeConfigMapList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.ConfigMapList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeConfigMapList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ConfigMapList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeConfigMapList.GVK,
          ...toJson_KubeConfigMapListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeConfigMapList.GVK,
          ...toJson_KubeConfigMapListProps(resolved)
        };
      }
    };
    exports.KubeConfigMapList = KubeConfigMapList;
    _23 = JSII_RTTI_SYMBOL_1;
    KubeConfigMapList[_23] = { fqn: "cdk8s-plus-27.k8s.KubeConfigMapList", version: "2.9.5" };
    KubeConfigMapList.GVK = {
      apiVersion: "v1",
      kind: "ConfigMapList"
    };
    var KubeEndpoints = class _KubeEndpoints extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.Endpoints" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeEndpoints.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.Endpoints".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeEndpoints.GVK,
          ...toJson_KubeEndpointsProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeEndpoints.GVK,
          ...toJson_KubeEndpointsProps(resolved)
        };
      }
    };
    exports.KubeEndpoints = KubeEndpoints;
    _24 = JSII_RTTI_SYMBOL_1;
    KubeEndpoints[_24] = { fqn: "cdk8s-plus-27.k8s.KubeEndpoints", version: "2.9.5" };
    KubeEndpoints.GVK = {
      apiVersion: "v1",
      kind: "Endpoints"
    };
    var KubeEndpointsList = class _KubeEndpointsList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.EndpointsList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeEndpointsList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.EndpointsList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeEndpointsList.GVK,
          ...toJson_KubeEndpointsListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeEndpointsList.GVK,
          ...toJson_KubeEndpointsListProps(resolved)
        };
      }
    };
    exports.KubeEndpointsList = KubeEndpointsList;
    _25 = JSII_RTTI_SYMBOL_1;
    KubeEndpointsList[_25] = { fqn: "cdk8s-plus-27.k8s.KubeEndpointsList", version: "2.9.5" };
    KubeEndpointsList.GVK = {
      apiVersion: "v1",
      kind: "EndpointsList"
    };
    var KubeEvent = class _KubeEvent extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.events.v1.Event" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeEvent.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.events.v1.Event".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeEvent.GVK,
          ...toJson_KubeEventProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeEvent.GVK,
          ...toJson_KubeEventProps(resolved)
        };
      }
    };
    exports.KubeEvent = KubeEvent;
    _26 = JSII_RTTI_SYMBOL_1;
    KubeEvent[_26] = { fqn: "cdk8s-plus-27.k8s.KubeEvent", version: "2.9.5" };
    KubeEvent.GVK = {
      apiVersion: "events.k8s.io/v1",
      kind: "Event"
    };
    var KubeEventList = class _KubeEventList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.events.v1.EventList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeEventList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.events.v1.EventList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeEventList.GVK,
          ...toJson_KubeEventListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeEventList.GVK,
          ...toJson_KubeEventListProps(resolved)
        };
      }
    };
    exports.KubeEventList = KubeEventList;
    _27 = JSII_RTTI_SYMBOL_1;
    KubeEventList[_27] = { fqn: "cdk8s-plus-27.k8s.KubeEventList", version: "2.9.5" };
    KubeEventList.GVK = {
      apiVersion: "events.k8s.io/v1",
      kind: "EventList"
    };
    var KubeLimitRange = class _KubeLimitRange extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.LimitRange" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeLimitRange.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.LimitRange".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeLimitRange.GVK,
          ...toJson_KubeLimitRangeProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeLimitRange.GVK,
          ...toJson_KubeLimitRangeProps(resolved)
        };
      }
    };
    exports.KubeLimitRange = KubeLimitRange;
    _28 = JSII_RTTI_SYMBOL_1;
    KubeLimitRange[_28] = { fqn: "cdk8s-plus-27.k8s.KubeLimitRange", version: "2.9.5" };
    KubeLimitRange.GVK = {
      apiVersion: "v1",
      kind: "LimitRange"
    };
    var KubeLimitRangeList = class _KubeLimitRangeList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.LimitRangeList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeLimitRangeList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.LimitRangeList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeLimitRangeList.GVK,
          ...toJson_KubeLimitRangeListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeLimitRangeList.GVK,
          ...toJson_KubeLimitRangeListProps(resolved)
        };
      }
    };
    exports.KubeLimitRangeList = KubeLimitRangeList;
    _29 = JSII_RTTI_SYMBOL_1;
    KubeLimitRangeList[_29] = { fqn: "cdk8s-plus-27.k8s.KubeLimitRangeList", version: "2.9.5" };
    KubeLimitRangeList.GVK = {
      apiVersion: "v1",
      kind: "LimitRangeList"
    };
    var KubeNamespace = class _KubeNamespace extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.Namespace" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeNamespace.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.Namespace".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeNamespace.GVK,
          ...toJson_KubeNamespaceProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeNamespace.GVK,
          ...toJson_KubeNamespaceProps(resolved)
        };
      }
    };
    exports.KubeNamespace = KubeNamespace;
    _30 = JSII_RTTI_SYMBOL_1;
    KubeNamespace[_30] = { fqn: "cdk8s-plus-27.k8s.KubeNamespace", version: "2.9.5" };
    KubeNamespace.GVK = {
      apiVersion: "v1",
      kind: "Namespace"
    };
    var KubeNamespaceList = class _KubeNamespaceList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.NamespaceList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeNamespaceList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.NamespaceList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeNamespaceList.GVK,
          ...toJson_KubeNamespaceListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeNamespaceList.GVK,
          ...toJson_KubeNamespaceListProps(resolved)
        };
      }
    };
    exports.KubeNamespaceList = KubeNamespaceList;
    _31 = JSII_RTTI_SYMBOL_1;
    KubeNamespaceList[_31] = { fqn: "cdk8s-plus-27.k8s.KubeNamespaceList", version: "2.9.5" };
    KubeNamespaceList.GVK = {
      apiVersion: "v1",
      kind: "NamespaceList"
    };
    var KubeNode = class _KubeNode extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.Node" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeNode.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.Node".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeNode.GVK,
          ...toJson_KubeNodeProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeNode.GVK,
          ...toJson_KubeNodeProps(resolved)
        };
      }
    };
    exports.KubeNode = KubeNode;
    _32 = JSII_RTTI_SYMBOL_1;
    KubeNode[_32] = { fqn: "cdk8s-plus-27.k8s.KubeNode", version: "2.9.5" };
    KubeNode.GVK = {
      apiVersion: "v1",
      kind: "Node"
    };
    var KubeNodeList = class _KubeNodeList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.NodeList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeNodeList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.NodeList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeNodeList.GVK,
          ...toJson_KubeNodeListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeNodeList.GVK,
          ...toJson_KubeNodeListProps(resolved)
        };
      }
    };
    exports.KubeNodeList = KubeNodeList;
    _33 = JSII_RTTI_SYMBOL_1;
    KubeNodeList[_33] = { fqn: "cdk8s-plus-27.k8s.KubeNodeList", version: "2.9.5" };
    KubeNodeList.GVK = {
      apiVersion: "v1",
      kind: "NodeList"
    };
    var KubePersistentVolume = class _KubePersistentVolume extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.PersistentVolume" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubePersistentVolume.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.PersistentVolume".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubePersistentVolume.GVK,
          ...toJson_KubePersistentVolumeProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePersistentVolume.GVK,
          ...toJson_KubePersistentVolumeProps(resolved)
        };
      }
    };
    exports.KubePersistentVolume = KubePersistentVolume;
    _34 = JSII_RTTI_SYMBOL_1;
    KubePersistentVolume[_34] = { fqn: "cdk8s-plus-27.k8s.KubePersistentVolume", version: "2.9.5" };
    KubePersistentVolume.GVK = {
      apiVersion: "v1",
      kind: "PersistentVolume"
    };
    var KubePersistentVolumeClaim = class _KubePersistentVolumeClaim extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.PersistentVolumeClaim" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubePersistentVolumeClaim.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.PersistentVolumeClaim".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubePersistentVolumeClaim.GVK,
          ...toJson_KubePersistentVolumeClaimProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePersistentVolumeClaim.GVK,
          ...toJson_KubePersistentVolumeClaimProps(resolved)
        };
      }
    };
    exports.KubePersistentVolumeClaim = KubePersistentVolumeClaim;
    _35 = JSII_RTTI_SYMBOL_1;
    KubePersistentVolumeClaim[_35] = { fqn: "cdk8s-plus-27.k8s.KubePersistentVolumeClaim", version: "2.9.5" };
    KubePersistentVolumeClaim.GVK = {
      apiVersion: "v1",
      kind: "PersistentVolumeClaim"
    };
    var KubePersistentVolumeClaimList = class _KubePersistentVolumeClaimList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.PersistentVolumeClaimList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubePersistentVolumeClaimList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.PersistentVolumeClaimList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubePersistentVolumeClaimList.GVK,
          ...toJson_KubePersistentVolumeClaimListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePersistentVolumeClaimList.GVK,
          ...toJson_KubePersistentVolumeClaimListProps(resolved)
        };
      }
    };
    exports.KubePersistentVolumeClaimList = KubePersistentVolumeClaimList;
    _36 = JSII_RTTI_SYMBOL_1;
    KubePersistentVolumeClaimList[_36] = { fqn: "cdk8s-plus-27.k8s.KubePersistentVolumeClaimList", version: "2.9.5" };
    KubePersistentVolumeClaimList.GVK = {
      apiVersion: "v1",
      kind: "PersistentVolumeClaimList"
    };
    var KubePersistentVolumeList = class _KubePersistentVolumeList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.PersistentVolumeList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubePersistentVolumeList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.PersistentVolumeList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubePersistentVolumeList.GVK,
          ...toJson_KubePersistentVolumeListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePersistentVolumeList.GVK,
          ...toJson_KubePersistentVolumeListProps(resolved)
        };
      }
    };
    exports.KubePersistentVolumeList = KubePersistentVolumeList;
    _37 = JSII_RTTI_SYMBOL_1;
    KubePersistentVolumeList[_37] = { fqn: "cdk8s-plus-27.k8s.KubePersistentVolumeList", version: "2.9.5" };
    KubePersistentVolumeList.GVK = {
      apiVersion: "v1",
      kind: "PersistentVolumeList"
    };
    var KubePod = class _KubePod extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.Pod" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubePod.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.Pod".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubePod.GVK,
          ...toJson_KubePodProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePod.GVK,
          ...toJson_KubePodProps(resolved)
        };
      }
    };
    exports.KubePod = KubePod;
    _38 = JSII_RTTI_SYMBOL_1;
    KubePod[_38] = { fqn: "cdk8s-plus-27.k8s.KubePod", version: "2.9.5" };
    KubePod.GVK = {
      apiVersion: "v1",
      kind: "Pod"
    };
    var KubePodList = class _KubePodList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.PodList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubePodList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.PodList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubePodList.GVK,
          ...toJson_KubePodListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePodList.GVK,
          ...toJson_KubePodListProps(resolved)
        };
      }
    };
    exports.KubePodList = KubePodList;
    _39 = JSII_RTTI_SYMBOL_1;
    KubePodList[_39] = { fqn: "cdk8s-plus-27.k8s.KubePodList", version: "2.9.5" };
    KubePodList.GVK = {
      apiVersion: "v1",
      kind: "PodList"
    };
    var KubePodTemplate = class _KubePodTemplate extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.PodTemplate" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubePodTemplate.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.PodTemplate".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubePodTemplate.GVK,
          ...toJson_KubePodTemplateProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePodTemplate.GVK,
          ...toJson_KubePodTemplateProps(resolved)
        };
      }
    };
    exports.KubePodTemplate = KubePodTemplate;
    _40 = JSII_RTTI_SYMBOL_1;
    KubePodTemplate[_40] = { fqn: "cdk8s-plus-27.k8s.KubePodTemplate", version: "2.9.5" };
    KubePodTemplate.GVK = {
      apiVersion: "v1",
      kind: "PodTemplate"
    };
    var KubePodTemplateList = class _KubePodTemplateList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.PodTemplateList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubePodTemplateList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.PodTemplateList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubePodTemplateList.GVK,
          ...toJson_KubePodTemplateListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePodTemplateList.GVK,
          ...toJson_KubePodTemplateListProps(resolved)
        };
      }
    };
    exports.KubePodTemplateList = KubePodTemplateList;
    _41 = JSII_RTTI_SYMBOL_1;
    KubePodTemplateList[_41] = { fqn: "cdk8s-plus-27.k8s.KubePodTemplateList", version: "2.9.5" };
    KubePodTemplateList.GVK = {
      apiVersion: "v1",
      kind: "PodTemplateList"
    };
    var KubeReplicationController = class _KubeReplicationController extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.ReplicationController" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeReplicationController.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ReplicationController".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeReplicationController.GVK,
          ...toJson_KubeReplicationControllerProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeReplicationController.GVK,
          ...toJson_KubeReplicationControllerProps(resolved)
        };
      }
    };
    exports.KubeReplicationController = KubeReplicationController;
    _42 = JSII_RTTI_SYMBOL_1;
    KubeReplicationController[_42] = { fqn: "cdk8s-plus-27.k8s.KubeReplicationController", version: "2.9.5" };
    KubeReplicationController.GVK = {
      apiVersion: "v1",
      kind: "ReplicationController"
    };
    var KubeReplicationControllerList = class _KubeReplicationControllerList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.ReplicationControllerList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeReplicationControllerList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ReplicationControllerList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeReplicationControllerList.GVK,
          ...toJson_KubeReplicationControllerListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeReplicationControllerList.GVK,
          ...toJson_KubeReplicationControllerListProps(resolved)
        };
      }
    };
    exports.KubeReplicationControllerList = KubeReplicationControllerList;
    _43 = JSII_RTTI_SYMBOL_1;
    KubeReplicationControllerList[_43] = { fqn: "cdk8s-plus-27.k8s.KubeReplicationControllerList", version: "2.9.5" };
    KubeReplicationControllerList.GVK = {
      apiVersion: "v1",
      kind: "ReplicationControllerList"
    };
    var KubeResourceQuota = class _KubeResourceQuota extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.ResourceQuota" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeResourceQuota.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ResourceQuota".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeResourceQuota.GVK,
          ...toJson_KubeResourceQuotaProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeResourceQuota.GVK,
          ...toJson_KubeResourceQuotaProps(resolved)
        };
      }
    };
    exports.KubeResourceQuota = KubeResourceQuota;
    _44 = JSII_RTTI_SYMBOL_1;
    KubeResourceQuota[_44] = { fqn: "cdk8s-plus-27.k8s.KubeResourceQuota", version: "2.9.5" };
    KubeResourceQuota.GVK = {
      apiVersion: "v1",
      kind: "ResourceQuota"
    };
    var KubeResourceQuotaList = class _KubeResourceQuotaList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.ResourceQuotaList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeResourceQuotaList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ResourceQuotaList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeResourceQuotaList.GVK,
          ...toJson_KubeResourceQuotaListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeResourceQuotaList.GVK,
          ...toJson_KubeResourceQuotaListProps(resolved)
        };
      }
    };
    exports.KubeResourceQuotaList = KubeResourceQuotaList;
    _45 = JSII_RTTI_SYMBOL_1;
    KubeResourceQuotaList[_45] = { fqn: "cdk8s-plus-27.k8s.KubeResourceQuotaList", version: "2.9.5" };
    KubeResourceQuotaList.GVK = {
      apiVersion: "v1",
      kind: "ResourceQuotaList"
    };
    var KubeSecret = class _KubeSecret extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.Secret" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeSecret.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.Secret".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeSecret.GVK,
          ...toJson_KubeSecretProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeSecret.GVK,
          ...toJson_KubeSecretProps(resolved)
        };
      }
    };
    exports.KubeSecret = KubeSecret;
    _46 = JSII_RTTI_SYMBOL_1;
    KubeSecret[_46] = { fqn: "cdk8s-plus-27.k8s.KubeSecret", version: "2.9.5" };
    KubeSecret.GVK = {
      apiVersion: "v1",
      kind: "Secret"
    };
    var KubeSecretList = class _KubeSecretList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.SecretList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeSecretList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.SecretList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeSecretList.GVK,
          ...toJson_KubeSecretListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeSecretList.GVK,
          ...toJson_KubeSecretListProps(resolved)
        };
      }
    };
    exports.KubeSecretList = KubeSecretList;
    _47 = JSII_RTTI_SYMBOL_1;
    KubeSecretList[_47] = { fqn: "cdk8s-plus-27.k8s.KubeSecretList", version: "2.9.5" };
    KubeSecretList.GVK = {
      apiVersion: "v1",
      kind: "SecretList"
    };
    var KubeService = class _KubeService extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.Service" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeService.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.Service".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeService.GVK,
          ...toJson_KubeServiceProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeService.GVK,
          ...toJson_KubeServiceProps(resolved)
        };
      }
    };
    exports.KubeService = KubeService;
    _48 = JSII_RTTI_SYMBOL_1;
    KubeService[_48] = { fqn: "cdk8s-plus-27.k8s.KubeService", version: "2.9.5" };
    KubeService.GVK = {
      apiVersion: "v1",
      kind: "Service"
    };
    var KubeServiceAccount = class _KubeServiceAccount extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.ServiceAccount" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeServiceAccount.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ServiceAccount".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeServiceAccount.GVK,
          ...toJson_KubeServiceAccountProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeServiceAccount.GVK,
          ...toJson_KubeServiceAccountProps(resolved)
        };
      }
    };
    exports.KubeServiceAccount = KubeServiceAccount;
    _49 = JSII_RTTI_SYMBOL_1;
    KubeServiceAccount[_49] = { fqn: "cdk8s-plus-27.k8s.KubeServiceAccount", version: "2.9.5" };
    KubeServiceAccount.GVK = {
      apiVersion: "v1",
      kind: "ServiceAccount"
    };
    var KubeServiceAccountList = class _KubeServiceAccountList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.ServiceAccountList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeServiceAccountList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ServiceAccountList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeServiceAccountList.GVK,
          ...toJson_KubeServiceAccountListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeServiceAccountList.GVK,
          ...toJson_KubeServiceAccountListProps(resolved)
        };
      }
    };
    exports.KubeServiceAccountList = KubeServiceAccountList;
    _50 = JSII_RTTI_SYMBOL_1;
    KubeServiceAccountList[_50] = { fqn: "cdk8s-plus-27.k8s.KubeServiceAccountList", version: "2.9.5" };
    KubeServiceAccountList.GVK = {
      apiVersion: "v1",
      kind: "ServiceAccountList"
    };
    var KubeServiceList = class _KubeServiceList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.core.v1.ServiceList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeServiceList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ServiceList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeServiceList.GVK,
          ...toJson_KubeServiceListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeServiceList.GVK,
          ...toJson_KubeServiceListProps(resolved)
        };
      }
    };
    exports.KubeServiceList = KubeServiceList;
    _51 = JSII_RTTI_SYMBOL_1;
    KubeServiceList[_51] = { fqn: "cdk8s-plus-27.k8s.KubeServiceList", version: "2.9.5" };
    KubeServiceList.GVK = {
      apiVersion: "v1",
      kind: "ServiceList"
    };
    var KubeEndpointSlice = class _KubeEndpointSlice extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.discovery.v1.EndpointSlice" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeEndpointSlice.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.discovery.v1.EndpointSlice".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeEndpointSlice.GVK,
          ...toJson_KubeEndpointSliceProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeEndpointSlice.GVK,
          ...toJson_KubeEndpointSliceProps(resolved)
        };
      }
    };
    exports.KubeEndpointSlice = KubeEndpointSlice;
    _52 = JSII_RTTI_SYMBOL_1;
    KubeEndpointSlice[_52] = { fqn: "cdk8s-plus-27.k8s.KubeEndpointSlice", version: "2.9.5" };
    KubeEndpointSlice.GVK = {
      apiVersion: "discovery.k8s.io/v1",
      kind: "EndpointSlice"
    };
    var KubeEndpointSliceList = class _KubeEndpointSliceList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.discovery.v1.EndpointSliceList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeEndpointSliceList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.discovery.v1.EndpointSliceList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeEndpointSliceList.GVK,
          ...toJson_KubeEndpointSliceListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeEndpointSliceList.GVK,
          ...toJson_KubeEndpointSliceListProps(resolved)
        };
      }
    };
    exports.KubeEndpointSliceList = KubeEndpointSliceList;
    _53 = JSII_RTTI_SYMBOL_1;
    KubeEndpointSliceList[_53] = { fqn: "cdk8s-plus-27.k8s.KubeEndpointSliceList", version: "2.9.5" };
    KubeEndpointSliceList.GVK = {
      apiVersion: "discovery.k8s.io/v1",
      kind: "EndpointSliceList"
    };
    var KubeFlowSchemaV1Beta2 = class _KubeFlowSchemaV1Beta2 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.flowcontrol.v1beta2.FlowSchema" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeFlowSchemaV1Beta2.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta2.FlowSchema".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeFlowSchemaV1Beta2.GVK,
          ...toJson_KubeFlowSchemaV1Beta2Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeFlowSchemaV1Beta2.GVK,
          ...toJson_KubeFlowSchemaV1Beta2Props(resolved)
        };
      }
    };
    exports.KubeFlowSchemaV1Beta2 = KubeFlowSchemaV1Beta2;
    _54 = JSII_RTTI_SYMBOL_1;
    KubeFlowSchemaV1Beta2[_54] = { fqn: "cdk8s-plus-27.k8s.KubeFlowSchemaV1Beta2", version: "2.9.5" };
    KubeFlowSchemaV1Beta2.GVK = {
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
      kind: "FlowSchema"
    };
    var KubeFlowSchemaListV1Beta2 = class _KubeFlowSchemaListV1Beta2 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.flowcontrol.v1beta2.FlowSchemaList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeFlowSchemaListV1Beta2.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta2.FlowSchemaList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeFlowSchemaListV1Beta2.GVK,
          ...toJson_KubeFlowSchemaListV1Beta2Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeFlowSchemaListV1Beta2.GVK,
          ...toJson_KubeFlowSchemaListV1Beta2Props(resolved)
        };
      }
    };
    exports.KubeFlowSchemaListV1Beta2 = KubeFlowSchemaListV1Beta2;
    _55 = JSII_RTTI_SYMBOL_1;
    KubeFlowSchemaListV1Beta2[_55] = { fqn: "cdk8s-plus-27.k8s.KubeFlowSchemaListV1Beta2", version: "2.9.5" };
    KubeFlowSchemaListV1Beta2.GVK = {
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
      kind: "FlowSchemaList"
    };
    var KubePriorityLevelConfigurationV1Beta2 = class _KubePriorityLevelConfigurationV1Beta2 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfiguration" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubePriorityLevelConfigurationV1Beta2.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfiguration".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubePriorityLevelConfigurationV1Beta2.GVK,
          ...toJson_KubePriorityLevelConfigurationV1Beta2Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePriorityLevelConfigurationV1Beta2.GVK,
          ...toJson_KubePriorityLevelConfigurationV1Beta2Props(resolved)
        };
      }
    };
    exports.KubePriorityLevelConfigurationV1Beta2 = KubePriorityLevelConfigurationV1Beta2;
    _56 = JSII_RTTI_SYMBOL_1;
    KubePriorityLevelConfigurationV1Beta2[_56] = { fqn: "cdk8s-plus-27.k8s.KubePriorityLevelConfigurationV1Beta2", version: "2.9.5" };
    KubePriorityLevelConfigurationV1Beta2.GVK = {
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
      kind: "PriorityLevelConfiguration"
    };
    var KubePriorityLevelConfigurationListV1Beta2 = class _KubePriorityLevelConfigurationListV1Beta2 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfigurationList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubePriorityLevelConfigurationListV1Beta2.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfigurationList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubePriorityLevelConfigurationListV1Beta2.GVK,
          ...toJson_KubePriorityLevelConfigurationListV1Beta2Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePriorityLevelConfigurationListV1Beta2.GVK,
          ...toJson_KubePriorityLevelConfigurationListV1Beta2Props(resolved)
        };
      }
    };
    exports.KubePriorityLevelConfigurationListV1Beta2 = KubePriorityLevelConfigurationListV1Beta2;
    _57 = JSII_RTTI_SYMBOL_1;
    KubePriorityLevelConfigurationListV1Beta2[_57] = { fqn: "cdk8s-plus-27.k8s.KubePriorityLevelConfigurationListV1Beta2", version: "2.9.5" };
    KubePriorityLevelConfigurationListV1Beta2.GVK = {
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
      kind: "PriorityLevelConfigurationList"
    };
    var KubeFlowSchemaV1Beta3 = class _KubeFlowSchemaV1Beta3 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.flowcontrol.v1beta3.FlowSchema" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeFlowSchemaV1Beta3.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta3.FlowSchema".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeFlowSchemaV1Beta3.GVK,
          ...toJson_KubeFlowSchemaV1Beta3Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeFlowSchemaV1Beta3.GVK,
          ...toJson_KubeFlowSchemaV1Beta3Props(resolved)
        };
      }
    };
    exports.KubeFlowSchemaV1Beta3 = KubeFlowSchemaV1Beta3;
    _58 = JSII_RTTI_SYMBOL_1;
    KubeFlowSchemaV1Beta3[_58] = { fqn: "cdk8s-plus-27.k8s.KubeFlowSchemaV1Beta3", version: "2.9.5" };
    KubeFlowSchemaV1Beta3.GVK = {
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
      kind: "FlowSchema"
    };
    var KubeFlowSchemaListV1Beta3 = class _KubeFlowSchemaListV1Beta3 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.flowcontrol.v1beta3.FlowSchemaList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeFlowSchemaListV1Beta3.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta3.FlowSchemaList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeFlowSchemaListV1Beta3.GVK,
          ...toJson_KubeFlowSchemaListV1Beta3Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeFlowSchemaListV1Beta3.GVK,
          ...toJson_KubeFlowSchemaListV1Beta3Props(resolved)
        };
      }
    };
    exports.KubeFlowSchemaListV1Beta3 = KubeFlowSchemaListV1Beta3;
    _59 = JSII_RTTI_SYMBOL_1;
    KubeFlowSchemaListV1Beta3[_59] = { fqn: "cdk8s-plus-27.k8s.KubeFlowSchemaListV1Beta3", version: "2.9.5" };
    KubeFlowSchemaListV1Beta3.GVK = {
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
      kind: "FlowSchemaList"
    };
    var KubePriorityLevelConfigurationV1Beta3 = class _KubePriorityLevelConfigurationV1Beta3 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfiguration" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubePriorityLevelConfigurationV1Beta3.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfiguration".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubePriorityLevelConfigurationV1Beta3.GVK,
          ...toJson_KubePriorityLevelConfigurationV1Beta3Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePriorityLevelConfigurationV1Beta3.GVK,
          ...toJson_KubePriorityLevelConfigurationV1Beta3Props(resolved)
        };
      }
    };
    exports.KubePriorityLevelConfigurationV1Beta3 = KubePriorityLevelConfigurationV1Beta3;
    _60 = JSII_RTTI_SYMBOL_1;
    KubePriorityLevelConfigurationV1Beta3[_60] = { fqn: "cdk8s-plus-27.k8s.KubePriorityLevelConfigurationV1Beta3", version: "2.9.5" };
    KubePriorityLevelConfigurationV1Beta3.GVK = {
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
      kind: "PriorityLevelConfiguration"
    };
    var KubePriorityLevelConfigurationListV1Beta3 = class _KubePriorityLevelConfigurationListV1Beta3 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfigurationList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubePriorityLevelConfigurationListV1Beta3.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfigurationList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubePriorityLevelConfigurationListV1Beta3.GVK,
          ...toJson_KubePriorityLevelConfigurationListV1Beta3Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePriorityLevelConfigurationListV1Beta3.GVK,
          ...toJson_KubePriorityLevelConfigurationListV1Beta3Props(resolved)
        };
      }
    };
    exports.KubePriorityLevelConfigurationListV1Beta3 = KubePriorityLevelConfigurationListV1Beta3;
    _61 = JSII_RTTI_SYMBOL_1;
    KubePriorityLevelConfigurationListV1Beta3[_61] = { fqn: "cdk8s-plus-27.k8s.KubePriorityLevelConfigurationListV1Beta3", version: "2.9.5" };
    KubePriorityLevelConfigurationListV1Beta3.GVK = {
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
      kind: "PriorityLevelConfigurationList"
    };
    var KubeIngress = class _KubeIngress extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.networking.v1.Ingress" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeIngress.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.networking.v1.Ingress".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeIngress.GVK,
          ...toJson_KubeIngressProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeIngress.GVK,
          ...toJson_KubeIngressProps(resolved)
        };
      }
    };
    exports.KubeIngress = KubeIngress;
    _62 = JSII_RTTI_SYMBOL_1;
    KubeIngress[_62] = { fqn: "cdk8s-plus-27.k8s.KubeIngress", version: "2.9.5" };
    KubeIngress.GVK = {
      apiVersion: "networking.k8s.io/v1",
      kind: "Ingress"
    };
    var KubeIngressClass = class _KubeIngressClass extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.networking.v1.IngressClass" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeIngressClass.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.networking.v1.IngressClass".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeIngressClass.GVK,
          ...toJson_KubeIngressClassProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeIngressClass.GVK,
          ...toJson_KubeIngressClassProps(resolved)
        };
      }
    };
    exports.KubeIngressClass = KubeIngressClass;
    _63 = JSII_RTTI_SYMBOL_1;
    KubeIngressClass[_63] = { fqn: "cdk8s-plus-27.k8s.KubeIngressClass", version: "2.9.5" };
    KubeIngressClass.GVK = {
      apiVersion: "networking.k8s.io/v1",
      kind: "IngressClass"
    };
    var KubeIngressClassList = class _KubeIngressClassList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.networking.v1.IngressClassList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeIngressClassList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.networking.v1.IngressClassList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeIngressClassList.GVK,
          ...toJson_KubeIngressClassListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeIngressClassList.GVK,
          ...toJson_KubeIngressClassListProps(resolved)
        };
      }
    };
    exports.KubeIngressClassList = KubeIngressClassList;
    _64 = JSII_RTTI_SYMBOL_1;
    KubeIngressClassList[_64] = { fqn: "cdk8s-plus-27.k8s.KubeIngressClassList", version: "2.9.5" };
    KubeIngressClassList.GVK = {
      apiVersion: "networking.k8s.io/v1",
      kind: "IngressClassList"
    };
    var KubeIngressList = class _KubeIngressList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.networking.v1.IngressList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeIngressList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.networking.v1.IngressList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeIngressList.GVK,
          ...toJson_KubeIngressListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeIngressList.GVK,
          ...toJson_KubeIngressListProps(resolved)
        };
      }
    };
    exports.KubeIngressList = KubeIngressList;
    _65 = JSII_RTTI_SYMBOL_1;
    KubeIngressList[_65] = { fqn: "cdk8s-plus-27.k8s.KubeIngressList", version: "2.9.5" };
    KubeIngressList.GVK = {
      apiVersion: "networking.k8s.io/v1",
      kind: "IngressList"
    };
    var KubeNetworkPolicy = class _KubeNetworkPolicy extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.networking.v1.NetworkPolicy" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeNetworkPolicy.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.networking.v1.NetworkPolicy".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeNetworkPolicy.GVK,
          ...toJson_KubeNetworkPolicyProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeNetworkPolicy.GVK,
          ...toJson_KubeNetworkPolicyProps(resolved)
        };
      }
    };
    exports.KubeNetworkPolicy = KubeNetworkPolicy;
    _66 = JSII_RTTI_SYMBOL_1;
    KubeNetworkPolicy[_66] = { fqn: "cdk8s-plus-27.k8s.KubeNetworkPolicy", version: "2.9.5" };
    KubeNetworkPolicy.GVK = {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy"
    };
    var KubeNetworkPolicyList = class _KubeNetworkPolicyList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.networking.v1.NetworkPolicyList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeNetworkPolicyList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.networking.v1.NetworkPolicyList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeNetworkPolicyList.GVK,
          ...toJson_KubeNetworkPolicyListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeNetworkPolicyList.GVK,
          ...toJson_KubeNetworkPolicyListProps(resolved)
        };
      }
    };
    exports.KubeNetworkPolicyList = KubeNetworkPolicyList;
    _67 = JSII_RTTI_SYMBOL_1;
    KubeNetworkPolicyList[_67] = { fqn: "cdk8s-plus-27.k8s.KubeNetworkPolicyList", version: "2.9.5" };
    KubeNetworkPolicyList.GVK = {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicyList"
    };
    var KubeClusterCidrv1Alpha1 = class _KubeClusterCidrv1Alpha1 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.networking.v1alpha1.ClusterCIDR" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeClusterCidrv1Alpha1.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.networking.v1alpha1.ClusterCIDR".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeClusterCidrv1Alpha1.GVK,
          ...toJson_KubeClusterCidrv1Alpha1Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeClusterCidrv1Alpha1.GVK,
          ...toJson_KubeClusterCidrv1Alpha1Props(resolved)
        };
      }
    };
    exports.KubeClusterCidrv1Alpha1 = KubeClusterCidrv1Alpha1;
    _68 = JSII_RTTI_SYMBOL_1;
    KubeClusterCidrv1Alpha1[_68] = { fqn: "cdk8s-plus-27.k8s.KubeClusterCidrv1Alpha1", version: "2.9.5" };
    KubeClusterCidrv1Alpha1.GVK = {
      apiVersion: "networking.k8s.io/v1alpha1",
      kind: "ClusterCIDR"
    };
    var KubeClusterCidrListV1Alpha1 = class _KubeClusterCidrListV1Alpha1 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.networking.v1alpha1.ClusterCIDRList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeClusterCidrListV1Alpha1.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.networking.v1alpha1.ClusterCIDRList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeClusterCidrListV1Alpha1.GVK,
          ...toJson_KubeClusterCidrListV1Alpha1Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeClusterCidrListV1Alpha1.GVK,
          ...toJson_KubeClusterCidrListV1Alpha1Props(resolved)
        };
      }
    };
    exports.KubeClusterCidrListV1Alpha1 = KubeClusterCidrListV1Alpha1;
    _69 = JSII_RTTI_SYMBOL_1;
    KubeClusterCidrListV1Alpha1[_69] = { fqn: "cdk8s-plus-27.k8s.KubeClusterCidrListV1Alpha1", version: "2.9.5" };
    KubeClusterCidrListV1Alpha1.GVK = {
      apiVersion: "networking.k8s.io/v1alpha1",
      kind: "ClusterCIDRList"
    };
    var KubeIpAddressV1Alpha1 = class _KubeIpAddressV1Alpha1 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.networking.v1alpha1.IPAddress" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeIpAddressV1Alpha1.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.networking.v1alpha1.IPAddress".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeIpAddressV1Alpha1.GVK,
          ...toJson_KubeIpAddressV1Alpha1Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeIpAddressV1Alpha1.GVK,
          ...toJson_KubeIpAddressV1Alpha1Props(resolved)
        };
      }
    };
    exports.KubeIpAddressV1Alpha1 = KubeIpAddressV1Alpha1;
    _70 = JSII_RTTI_SYMBOL_1;
    KubeIpAddressV1Alpha1[_70] = { fqn: "cdk8s-plus-27.k8s.KubeIpAddressV1Alpha1", version: "2.9.5" };
    KubeIpAddressV1Alpha1.GVK = {
      apiVersion: "networking.k8s.io/v1alpha1",
      kind: "IPAddress"
    };
    var KubeIpAddressListV1Alpha1 = class _KubeIpAddressListV1Alpha1 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.networking.v1alpha1.IPAddressList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeIpAddressListV1Alpha1.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.networking.v1alpha1.IPAddressList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeIpAddressListV1Alpha1.GVK,
          ...toJson_KubeIpAddressListV1Alpha1Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeIpAddressListV1Alpha1.GVK,
          ...toJson_KubeIpAddressListV1Alpha1Props(resolved)
        };
      }
    };
    exports.KubeIpAddressListV1Alpha1 = KubeIpAddressListV1Alpha1;
    _71 = JSII_RTTI_SYMBOL_1;
    KubeIpAddressListV1Alpha1[_71] = { fqn: "cdk8s-plus-27.k8s.KubeIpAddressListV1Alpha1", version: "2.9.5" };
    KubeIpAddressListV1Alpha1.GVK = {
      apiVersion: "networking.k8s.io/v1alpha1",
      kind: "IPAddressList"
    };
    var KubeRuntimeClass = class _KubeRuntimeClass extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.node.v1.RuntimeClass" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeRuntimeClass.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.node.v1.RuntimeClass".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeRuntimeClass.GVK,
          ...toJson_KubeRuntimeClassProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeRuntimeClass.GVK,
          ...toJson_KubeRuntimeClassProps(resolved)
        };
      }
    };
    exports.KubeRuntimeClass = KubeRuntimeClass;
    _72 = JSII_RTTI_SYMBOL_1;
    KubeRuntimeClass[_72] = { fqn: "cdk8s-plus-27.k8s.KubeRuntimeClass", version: "2.9.5" };
    KubeRuntimeClass.GVK = {
      apiVersion: "node.k8s.io/v1",
      kind: "RuntimeClass"
    };
    var KubeRuntimeClassList = class _KubeRuntimeClassList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.node.v1.RuntimeClassList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeRuntimeClassList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.node.v1.RuntimeClassList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeRuntimeClassList.GVK,
          ...toJson_KubeRuntimeClassListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeRuntimeClassList.GVK,
          ...toJson_KubeRuntimeClassListProps(resolved)
        };
      }
    };
    exports.KubeRuntimeClassList = KubeRuntimeClassList;
    _73 = JSII_RTTI_SYMBOL_1;
    KubeRuntimeClassList[_73] = { fqn: "cdk8s-plus-27.k8s.KubeRuntimeClassList", version: "2.9.5" };
    KubeRuntimeClassList.GVK = {
      apiVersion: "node.k8s.io/v1",
      kind: "RuntimeClassList"
    };
    var KubeEviction = class _KubeEviction extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.policy.v1.Eviction" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeEviction.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.policy.v1.Eviction".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeEviction.GVK,
          ...toJson_KubeEvictionProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeEviction.GVK,
          ...toJson_KubeEvictionProps(resolved)
        };
      }
    };
    exports.KubeEviction = KubeEviction;
    _74 = JSII_RTTI_SYMBOL_1;
    KubeEviction[_74] = { fqn: "cdk8s-plus-27.k8s.KubeEviction", version: "2.9.5" };
    KubeEviction.GVK = {
      apiVersion: "policy/v1",
      kind: "Eviction"
    };
    var KubePodDisruptionBudget = class _KubePodDisruptionBudget extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.policy.v1.PodDisruptionBudget" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubePodDisruptionBudget.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.policy.v1.PodDisruptionBudget".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubePodDisruptionBudget.GVK,
          ...toJson_KubePodDisruptionBudgetProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePodDisruptionBudget.GVK,
          ...toJson_KubePodDisruptionBudgetProps(resolved)
        };
      }
    };
    exports.KubePodDisruptionBudget = KubePodDisruptionBudget;
    _75 = JSII_RTTI_SYMBOL_1;
    KubePodDisruptionBudget[_75] = { fqn: "cdk8s-plus-27.k8s.KubePodDisruptionBudget", version: "2.9.5" };
    KubePodDisruptionBudget.GVK = {
      apiVersion: "policy/v1",
      kind: "PodDisruptionBudget"
    };
    var KubePodDisruptionBudgetList = class _KubePodDisruptionBudgetList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.policy.v1.PodDisruptionBudgetList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubePodDisruptionBudgetList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.policy.v1.PodDisruptionBudgetList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubePodDisruptionBudgetList.GVK,
          ...toJson_KubePodDisruptionBudgetListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePodDisruptionBudgetList.GVK,
          ...toJson_KubePodDisruptionBudgetListProps(resolved)
        };
      }
    };
    exports.KubePodDisruptionBudgetList = KubePodDisruptionBudgetList;
    _76 = JSII_RTTI_SYMBOL_1;
    KubePodDisruptionBudgetList[_76] = { fqn: "cdk8s-plus-27.k8s.KubePodDisruptionBudgetList", version: "2.9.5" };
    KubePodDisruptionBudgetList.GVK = {
      apiVersion: "policy/v1",
      kind: "PodDisruptionBudgetList"
    };
    var KubeClusterRole = class _KubeClusterRole extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.rbac.v1.ClusterRole" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeClusterRole.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.ClusterRole".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeClusterRole.GVK,
          ...toJson_KubeClusterRoleProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeClusterRole.GVK,
          ...toJson_KubeClusterRoleProps(resolved)
        };
      }
    };
    exports.KubeClusterRole = KubeClusterRole;
    _77 = JSII_RTTI_SYMBOL_1;
    KubeClusterRole[_77] = { fqn: "cdk8s-plus-27.k8s.KubeClusterRole", version: "2.9.5" };
    KubeClusterRole.GVK = {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRole"
    };
    var KubeClusterRoleBinding = class _KubeClusterRoleBinding extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.rbac.v1.ClusterRoleBinding" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeClusterRoleBinding.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.ClusterRoleBinding".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeClusterRoleBinding.GVK,
          ...toJson_KubeClusterRoleBindingProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeClusterRoleBinding.GVK,
          ...toJson_KubeClusterRoleBindingProps(resolved)
        };
      }
    };
    exports.KubeClusterRoleBinding = KubeClusterRoleBinding;
    _78 = JSII_RTTI_SYMBOL_1;
    KubeClusterRoleBinding[_78] = { fqn: "cdk8s-plus-27.k8s.KubeClusterRoleBinding", version: "2.9.5" };
    KubeClusterRoleBinding.GVK = {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRoleBinding"
    };
    var KubeClusterRoleBindingList = class _KubeClusterRoleBindingList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.rbac.v1.ClusterRoleBindingList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeClusterRoleBindingList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.ClusterRoleBindingList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeClusterRoleBindingList.GVK,
          ...toJson_KubeClusterRoleBindingListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeClusterRoleBindingList.GVK,
          ...toJson_KubeClusterRoleBindingListProps(resolved)
        };
      }
    };
    exports.KubeClusterRoleBindingList = KubeClusterRoleBindingList;
    _79 = JSII_RTTI_SYMBOL_1;
    KubeClusterRoleBindingList[_79] = { fqn: "cdk8s-plus-27.k8s.KubeClusterRoleBindingList", version: "2.9.5" };
    KubeClusterRoleBindingList.GVK = {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRoleBindingList"
    };
    var KubeClusterRoleList = class _KubeClusterRoleList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.rbac.v1.ClusterRoleList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeClusterRoleList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.ClusterRoleList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeClusterRoleList.GVK,
          ...toJson_KubeClusterRoleListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeClusterRoleList.GVK,
          ...toJson_KubeClusterRoleListProps(resolved)
        };
      }
    };
    exports.KubeClusterRoleList = KubeClusterRoleList;
    _80 = JSII_RTTI_SYMBOL_1;
    KubeClusterRoleList[_80] = { fqn: "cdk8s-plus-27.k8s.KubeClusterRoleList", version: "2.9.5" };
    KubeClusterRoleList.GVK = {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRoleList"
    };
    var KubeRole = class _KubeRole extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.rbac.v1.Role" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeRole.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.Role".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeRole.GVK,
          ...toJson_KubeRoleProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeRole.GVK,
          ...toJson_KubeRoleProps(resolved)
        };
      }
    };
    exports.KubeRole = KubeRole;
    _81 = JSII_RTTI_SYMBOL_1;
    KubeRole[_81] = { fqn: "cdk8s-plus-27.k8s.KubeRole", version: "2.9.5" };
    KubeRole.GVK = {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "Role"
    };
    var KubeRoleBinding = class _KubeRoleBinding extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.rbac.v1.RoleBinding" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeRoleBinding.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.RoleBinding".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeRoleBinding.GVK,
          ...toJson_KubeRoleBindingProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeRoleBinding.GVK,
          ...toJson_KubeRoleBindingProps(resolved)
        };
      }
    };
    exports.KubeRoleBinding = KubeRoleBinding;
    _82 = JSII_RTTI_SYMBOL_1;
    KubeRoleBinding[_82] = { fqn: "cdk8s-plus-27.k8s.KubeRoleBinding", version: "2.9.5" };
    KubeRoleBinding.GVK = {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "RoleBinding"
    };
    var KubeRoleBindingList = class _KubeRoleBindingList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.rbac.v1.RoleBindingList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeRoleBindingList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.RoleBindingList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeRoleBindingList.GVK,
          ...toJson_KubeRoleBindingListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeRoleBindingList.GVK,
          ...toJson_KubeRoleBindingListProps(resolved)
        };
      }
    };
    exports.KubeRoleBindingList = KubeRoleBindingList;
    _83 = JSII_RTTI_SYMBOL_1;
    KubeRoleBindingList[_83] = { fqn: "cdk8s-plus-27.k8s.KubeRoleBindingList", version: "2.9.5" };
    KubeRoleBindingList.GVK = {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "RoleBindingList"
    };
    var KubeRoleList = class _KubeRoleList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.rbac.v1.RoleList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeRoleList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.RoleList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeRoleList.GVK,
          ...toJson_KubeRoleListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeRoleList.GVK,
          ...toJson_KubeRoleListProps(resolved)
        };
      }
    };
    exports.KubeRoleList = KubeRoleList;
    _84 = JSII_RTTI_SYMBOL_1;
    KubeRoleList[_84] = { fqn: "cdk8s-plus-27.k8s.KubeRoleList", version: "2.9.5" };
    KubeRoleList.GVK = {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "RoleList"
    };
    var KubePodSchedulingContextV1Alpha2 = class _KubePodSchedulingContextV1Alpha2 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.resource.v1alpha2.PodSchedulingContext" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubePodSchedulingContextV1Alpha2.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.PodSchedulingContext".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubePodSchedulingContextV1Alpha2.GVK,
          ...toJson_KubePodSchedulingContextV1Alpha2Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePodSchedulingContextV1Alpha2.GVK,
          ...toJson_KubePodSchedulingContextV1Alpha2Props(resolved)
        };
      }
    };
    exports.KubePodSchedulingContextV1Alpha2 = KubePodSchedulingContextV1Alpha2;
    _85 = JSII_RTTI_SYMBOL_1;
    KubePodSchedulingContextV1Alpha2[_85] = { fqn: "cdk8s-plus-27.k8s.KubePodSchedulingContextV1Alpha2", version: "2.9.5" };
    KubePodSchedulingContextV1Alpha2.GVK = {
      apiVersion: "resource.k8s.io/v1alpha2",
      kind: "PodSchedulingContext"
    };
    var KubePodSchedulingContextListV1Alpha2 = class _KubePodSchedulingContextListV1Alpha2 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.resource.v1alpha2.PodSchedulingContextList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubePodSchedulingContextListV1Alpha2.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.PodSchedulingContextList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubePodSchedulingContextListV1Alpha2.GVK,
          ...toJson_KubePodSchedulingContextListV1Alpha2Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePodSchedulingContextListV1Alpha2.GVK,
          ...toJson_KubePodSchedulingContextListV1Alpha2Props(resolved)
        };
      }
    };
    exports.KubePodSchedulingContextListV1Alpha2 = KubePodSchedulingContextListV1Alpha2;
    _86 = JSII_RTTI_SYMBOL_1;
    KubePodSchedulingContextListV1Alpha2[_86] = { fqn: "cdk8s-plus-27.k8s.KubePodSchedulingContextListV1Alpha2", version: "2.9.5" };
    KubePodSchedulingContextListV1Alpha2.GVK = {
      apiVersion: "resource.k8s.io/v1alpha2",
      kind: "PodSchedulingContextList"
    };
    var KubeResourceClaimV1Alpha2 = class _KubeResourceClaimV1Alpha2 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.resource.v1alpha2.ResourceClaim" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeResourceClaimV1Alpha2.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.ResourceClaim".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeResourceClaimV1Alpha2.GVK,
          ...toJson_KubeResourceClaimV1Alpha2Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeResourceClaimV1Alpha2.GVK,
          ...toJson_KubeResourceClaimV1Alpha2Props(resolved)
        };
      }
    };
    exports.KubeResourceClaimV1Alpha2 = KubeResourceClaimV1Alpha2;
    _87 = JSII_RTTI_SYMBOL_1;
    KubeResourceClaimV1Alpha2[_87] = { fqn: "cdk8s-plus-27.k8s.KubeResourceClaimV1Alpha2", version: "2.9.5" };
    KubeResourceClaimV1Alpha2.GVK = {
      apiVersion: "resource.k8s.io/v1alpha2",
      kind: "ResourceClaim"
    };
    var KubeResourceClaimListV1Alpha2 = class _KubeResourceClaimListV1Alpha2 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.resource.v1alpha2.ResourceClaimList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeResourceClaimListV1Alpha2.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.ResourceClaimList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeResourceClaimListV1Alpha2.GVK,
          ...toJson_KubeResourceClaimListV1Alpha2Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeResourceClaimListV1Alpha2.GVK,
          ...toJson_KubeResourceClaimListV1Alpha2Props(resolved)
        };
      }
    };
    exports.KubeResourceClaimListV1Alpha2 = KubeResourceClaimListV1Alpha2;
    _88 = JSII_RTTI_SYMBOL_1;
    KubeResourceClaimListV1Alpha2[_88] = { fqn: "cdk8s-plus-27.k8s.KubeResourceClaimListV1Alpha2", version: "2.9.5" };
    KubeResourceClaimListV1Alpha2.GVK = {
      apiVersion: "resource.k8s.io/v1alpha2",
      kind: "ResourceClaimList"
    };
    var KubeResourceClaimTemplateV1Alpha2 = class _KubeResourceClaimTemplateV1Alpha2 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.resource.v1alpha2.ResourceClaimTemplate" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeResourceClaimTemplateV1Alpha2.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.ResourceClaimTemplate".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeResourceClaimTemplateV1Alpha2.GVK,
          ...toJson_KubeResourceClaimTemplateV1Alpha2Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeResourceClaimTemplateV1Alpha2.GVK,
          ...toJson_KubeResourceClaimTemplateV1Alpha2Props(resolved)
        };
      }
    };
    exports.KubeResourceClaimTemplateV1Alpha2 = KubeResourceClaimTemplateV1Alpha2;
    _89 = JSII_RTTI_SYMBOL_1;
    KubeResourceClaimTemplateV1Alpha2[_89] = { fqn: "cdk8s-plus-27.k8s.KubeResourceClaimTemplateV1Alpha2", version: "2.9.5" };
    KubeResourceClaimTemplateV1Alpha2.GVK = {
      apiVersion: "resource.k8s.io/v1alpha2",
      kind: "ResourceClaimTemplate"
    };
    var KubeResourceClaimTemplateListV1Alpha2 = class _KubeResourceClaimTemplateListV1Alpha2 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.resource.v1alpha2.ResourceClaimTemplateList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeResourceClaimTemplateListV1Alpha2.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.ResourceClaimTemplateList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeResourceClaimTemplateListV1Alpha2.GVK,
          ...toJson_KubeResourceClaimTemplateListV1Alpha2Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeResourceClaimTemplateListV1Alpha2.GVK,
          ...toJson_KubeResourceClaimTemplateListV1Alpha2Props(resolved)
        };
      }
    };
    exports.KubeResourceClaimTemplateListV1Alpha2 = KubeResourceClaimTemplateListV1Alpha2;
    _90 = JSII_RTTI_SYMBOL_1;
    KubeResourceClaimTemplateListV1Alpha2[_90] = { fqn: "cdk8s-plus-27.k8s.KubeResourceClaimTemplateListV1Alpha2", version: "2.9.5" };
    KubeResourceClaimTemplateListV1Alpha2.GVK = {
      apiVersion: "resource.k8s.io/v1alpha2",
      kind: "ResourceClaimTemplateList"
    };
    var KubeResourceClassV1Alpha2 = class _KubeResourceClassV1Alpha2 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.resource.v1alpha2.ResourceClass" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeResourceClassV1Alpha2.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.ResourceClass".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeResourceClassV1Alpha2.GVK,
          ...toJson_KubeResourceClassV1Alpha2Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeResourceClassV1Alpha2.GVK,
          ...toJson_KubeResourceClassV1Alpha2Props(resolved)
        };
      }
    };
    exports.KubeResourceClassV1Alpha2 = KubeResourceClassV1Alpha2;
    _91 = JSII_RTTI_SYMBOL_1;
    KubeResourceClassV1Alpha2[_91] = { fqn: "cdk8s-plus-27.k8s.KubeResourceClassV1Alpha2", version: "2.9.5" };
    KubeResourceClassV1Alpha2.GVK = {
      apiVersion: "resource.k8s.io/v1alpha2",
      kind: "ResourceClass"
    };
    var KubeResourceClassListV1Alpha2 = class _KubeResourceClassListV1Alpha2 extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.resource.v1alpha2.ResourceClassList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeResourceClassListV1Alpha2.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.ResourceClassList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeResourceClassListV1Alpha2.GVK,
          ...toJson_KubeResourceClassListV1Alpha2Props(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeResourceClassListV1Alpha2.GVK,
          ...toJson_KubeResourceClassListV1Alpha2Props(resolved)
        };
      }
    };
    exports.KubeResourceClassListV1Alpha2 = KubeResourceClassListV1Alpha2;
    _92 = JSII_RTTI_SYMBOL_1;
    KubeResourceClassListV1Alpha2[_92] = { fqn: "cdk8s-plus-27.k8s.KubeResourceClassListV1Alpha2", version: "2.9.5" };
    KubeResourceClassListV1Alpha2.GVK = {
      apiVersion: "resource.k8s.io/v1alpha2",
      kind: "ResourceClassList"
    };
    var KubePriorityClass = class _KubePriorityClass extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.scheduling.v1.PriorityClass" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubePriorityClass.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.scheduling.v1.PriorityClass".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubePriorityClass.GVK,
          ...toJson_KubePriorityClassProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePriorityClass.GVK,
          ...toJson_KubePriorityClassProps(resolved)
        };
      }
    };
    exports.KubePriorityClass = KubePriorityClass;
    _93 = JSII_RTTI_SYMBOL_1;
    KubePriorityClass[_93] = { fqn: "cdk8s-plus-27.k8s.KubePriorityClass", version: "2.9.5" };
    KubePriorityClass.GVK = {
      apiVersion: "scheduling.k8s.io/v1",
      kind: "PriorityClass"
    };
    var KubePriorityClassList = class _KubePriorityClassList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.scheduling.v1.PriorityClassList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubePriorityClassList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.scheduling.v1.PriorityClassList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubePriorityClassList.GVK,
          ...toJson_KubePriorityClassListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubePriorityClassList.GVK,
          ...toJson_KubePriorityClassListProps(resolved)
        };
      }
    };
    exports.KubePriorityClassList = KubePriorityClassList;
    _94 = JSII_RTTI_SYMBOL_1;
    KubePriorityClassList[_94] = { fqn: "cdk8s-plus-27.k8s.KubePriorityClassList", version: "2.9.5" };
    KubePriorityClassList.GVK = {
      apiVersion: "scheduling.k8s.io/v1",
      kind: "PriorityClassList"
    };
    var KubeCsiDriver = class _KubeCsiDriver extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.storage.v1.CSIDriver" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeCsiDriver.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.CSIDriver".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeCsiDriver.GVK,
          ...toJson_KubeCsiDriverProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeCsiDriver.GVK,
          ...toJson_KubeCsiDriverProps(resolved)
        };
      }
    };
    exports.KubeCsiDriver = KubeCsiDriver;
    _95 = JSII_RTTI_SYMBOL_1;
    KubeCsiDriver[_95] = { fqn: "cdk8s-plus-27.k8s.KubeCsiDriver", version: "2.9.5" };
    KubeCsiDriver.GVK = {
      apiVersion: "storage.k8s.io/v1",
      kind: "CSIDriver"
    };
    var KubeCsiDriverList = class _KubeCsiDriverList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.storage.v1.CSIDriverList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeCsiDriverList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.CSIDriverList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeCsiDriverList.GVK,
          ...toJson_KubeCsiDriverListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeCsiDriverList.GVK,
          ...toJson_KubeCsiDriverListProps(resolved)
        };
      }
    };
    exports.KubeCsiDriverList = KubeCsiDriverList;
    _96 = JSII_RTTI_SYMBOL_1;
    KubeCsiDriverList[_96] = { fqn: "cdk8s-plus-27.k8s.KubeCsiDriverList", version: "2.9.5" };
    KubeCsiDriverList.GVK = {
      apiVersion: "storage.k8s.io/v1",
      kind: "CSIDriverList"
    };
    var KubeCsiNode = class _KubeCsiNode extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.storage.v1.CSINode" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeCsiNode.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.CSINode".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeCsiNode.GVK,
          ...toJson_KubeCsiNodeProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeCsiNode.GVK,
          ...toJson_KubeCsiNodeProps(resolved)
        };
      }
    };
    exports.KubeCsiNode = KubeCsiNode;
    _97 = JSII_RTTI_SYMBOL_1;
    KubeCsiNode[_97] = { fqn: "cdk8s-plus-27.k8s.KubeCsiNode", version: "2.9.5" };
    KubeCsiNode.GVK = {
      apiVersion: "storage.k8s.io/v1",
      kind: "CSINode"
    };
    var KubeCsiNodeList = class _KubeCsiNodeList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.storage.v1.CSINodeList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeCsiNodeList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.CSINodeList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeCsiNodeList.GVK,
          ...toJson_KubeCsiNodeListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeCsiNodeList.GVK,
          ...toJson_KubeCsiNodeListProps(resolved)
        };
      }
    };
    exports.KubeCsiNodeList = KubeCsiNodeList;
    _98 = JSII_RTTI_SYMBOL_1;
    KubeCsiNodeList[_98] = { fqn: "cdk8s-plus-27.k8s.KubeCsiNodeList", version: "2.9.5" };
    KubeCsiNodeList.GVK = {
      apiVersion: "storage.k8s.io/v1",
      kind: "CSINodeList"
    };
    var KubeCsiStorageCapacity = class _KubeCsiStorageCapacity extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.storage.v1.CSIStorageCapacity" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeCsiStorageCapacity.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.CSIStorageCapacity".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeCsiStorageCapacity.GVK,
          ...toJson_KubeCsiStorageCapacityProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeCsiStorageCapacity.GVK,
          ...toJson_KubeCsiStorageCapacityProps(resolved)
        };
      }
    };
    exports.KubeCsiStorageCapacity = KubeCsiStorageCapacity;
    _99 = JSII_RTTI_SYMBOL_1;
    KubeCsiStorageCapacity[_99] = { fqn: "cdk8s-plus-27.k8s.KubeCsiStorageCapacity", version: "2.9.5" };
    KubeCsiStorageCapacity.GVK = {
      apiVersion: "storage.k8s.io/v1",
      kind: "CSIStorageCapacity"
    };
    var KubeCsiStorageCapacityList = class _KubeCsiStorageCapacityList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.storage.v1.CSIStorageCapacityList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeCsiStorageCapacityList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.CSIStorageCapacityList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeCsiStorageCapacityList.GVK,
          ...toJson_KubeCsiStorageCapacityListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeCsiStorageCapacityList.GVK,
          ...toJson_KubeCsiStorageCapacityListProps(resolved)
        };
      }
    };
    exports.KubeCsiStorageCapacityList = KubeCsiStorageCapacityList;
    _100 = JSII_RTTI_SYMBOL_1;
    KubeCsiStorageCapacityList[_100] = { fqn: "cdk8s-plus-27.k8s.KubeCsiStorageCapacityList", version: "2.9.5" };
    KubeCsiStorageCapacityList.GVK = {
      apiVersion: "storage.k8s.io/v1",
      kind: "CSIStorageCapacityList"
    };
    var KubeStorageClass = class _KubeStorageClass extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.storage.v1.StorageClass" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeStorageClass.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.StorageClass".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeStorageClass.GVK,
          ...toJson_KubeStorageClassProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeStorageClass.GVK,
          ...toJson_KubeStorageClassProps(resolved)
        };
      }
    };
    exports.KubeStorageClass = KubeStorageClass;
    _101 = JSII_RTTI_SYMBOL_1;
    KubeStorageClass[_101] = { fqn: "cdk8s-plus-27.k8s.KubeStorageClass", version: "2.9.5" };
    KubeStorageClass.GVK = {
      apiVersion: "storage.k8s.io/v1",
      kind: "StorageClass"
    };
    var KubeStorageClassList = class _KubeStorageClassList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.storage.v1.StorageClassList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeStorageClassList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.StorageClassList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeStorageClassList.GVK,
          ...toJson_KubeStorageClassListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeStorageClassList.GVK,
          ...toJson_KubeStorageClassListProps(resolved)
        };
      }
    };
    exports.KubeStorageClassList = KubeStorageClassList;
    _102 = JSII_RTTI_SYMBOL_1;
    KubeStorageClassList[_102] = { fqn: "cdk8s-plus-27.k8s.KubeStorageClassList", version: "2.9.5" };
    KubeStorageClassList.GVK = {
      apiVersion: "storage.k8s.io/v1",
      kind: "StorageClassList"
    };
    var KubeVolumeAttachment = class _KubeVolumeAttachment extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.storage.v1.VolumeAttachment" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeVolumeAttachment.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.VolumeAttachment".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeVolumeAttachment.GVK,
          ...toJson_KubeVolumeAttachmentProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeVolumeAttachment.GVK,
          ...toJson_KubeVolumeAttachmentProps(resolved)
        };
      }
    };
    exports.KubeVolumeAttachment = KubeVolumeAttachment;
    _103 = JSII_RTTI_SYMBOL_1;
    KubeVolumeAttachment[_103] = { fqn: "cdk8s-plus-27.k8s.KubeVolumeAttachment", version: "2.9.5" };
    KubeVolumeAttachment.GVK = {
      apiVersion: "storage.k8s.io/v1",
      kind: "VolumeAttachment"
    };
    var KubeVolumeAttachmentList = class _KubeVolumeAttachmentList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.api.storage.v1.VolumeAttachmentList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeVolumeAttachmentList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.VolumeAttachmentList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeVolumeAttachmentList.GVK,
          ...toJson_KubeVolumeAttachmentListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeVolumeAttachmentList.GVK,
          ...toJson_KubeVolumeAttachmentListProps(resolved)
        };
      }
    };
    exports.KubeVolumeAttachmentList = KubeVolumeAttachmentList;
    _104 = JSII_RTTI_SYMBOL_1;
    KubeVolumeAttachmentList[_104] = { fqn: "cdk8s-plus-27.k8s.KubeVolumeAttachmentList", version: "2.9.5" };
    KubeVolumeAttachmentList.GVK = {
      apiVersion: "storage.k8s.io/v1",
      kind: "VolumeAttachmentList"
    };
    var KubeCustomResourceDefinition = class _KubeCustomResourceDefinition extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeCustomResourceDefinition.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeCustomResourceDefinition.GVK,
          ...toJson_KubeCustomResourceDefinitionProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeCustomResourceDefinition.GVK,
          ...toJson_KubeCustomResourceDefinitionProps(resolved)
        };
      }
    };
    exports.KubeCustomResourceDefinition = KubeCustomResourceDefinition;
    _105 = JSII_RTTI_SYMBOL_1;
    KubeCustomResourceDefinition[_105] = { fqn: "cdk8s-plus-27.k8s.KubeCustomResourceDefinition", version: "2.9.5" };
    KubeCustomResourceDefinition.GVK = {
      apiVersion: "apiextensions.k8s.io/v1",
      kind: "CustomResourceDefinition"
    };
    var KubeCustomResourceDefinitionList = class _KubeCustomResourceDefinitionList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeCustomResourceDefinitionList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeCustomResourceDefinitionList.GVK,
          ...toJson_KubeCustomResourceDefinitionListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeCustomResourceDefinitionList.GVK,
          ...toJson_KubeCustomResourceDefinitionListProps(resolved)
        };
      }
    };
    exports.KubeCustomResourceDefinitionList = KubeCustomResourceDefinitionList;
    _106 = JSII_RTTI_SYMBOL_1;
    KubeCustomResourceDefinitionList[_106] = { fqn: "cdk8s-plus-27.k8s.KubeCustomResourceDefinitionList", version: "2.9.5" };
    KubeCustomResourceDefinitionList.GVK = {
      apiVersion: "apiextensions.k8s.io/v1",
      kind: "CustomResourceDefinitionList"
    };
    var KubeStatus = class _KubeStatus extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.apimachinery.pkg.apis.meta.v1.Status" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeStatus.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.apimachinery.pkg.apis.meta.v1.Status".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeStatus.GVK,
          ...toJson_KubeStatusProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeStatus.GVK,
          ...toJson_KubeStatusProps(resolved)
        };
      }
    };
    exports.KubeStatus = KubeStatus;
    _107 = JSII_RTTI_SYMBOL_1;
    KubeStatus[_107] = { fqn: "cdk8s-plus-27.k8s.KubeStatus", version: "2.9.5" };
    KubeStatus.GVK = {
      apiVersion: "v1",
      kind: "Status"
    };
    var KubeApiService = class _KubeApiService extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props = {}) {
        super(scope, id, {
          ..._KubeApiService.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props = {}) {
        return {
          ..._KubeApiService.GVK,
          ...toJson_KubeApiServiceProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeApiService.GVK,
          ...toJson_KubeApiServiceProps(resolved)
        };
      }
    };
    exports.KubeApiService = KubeApiService;
    _108 = JSII_RTTI_SYMBOL_1;
    KubeApiService[_108] = { fqn: "cdk8s-plus-27.k8s.KubeApiService", version: "2.9.5" };
    KubeApiService.GVK = {
      apiVersion: "apiregistration.k8s.io/v1",
      kind: "APIService"
    };
    var KubeApiServiceList = class _KubeApiServiceList extends cdk8s_1.ApiObject {
      /**
       * Defines a "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceList" API object
       * @param scope the scope in which to define this object
       * @param id a scope-local name for the object
       * @param props initialization props
       */
      constructor(scope, id, props) {
        super(scope, id, {
          ..._KubeApiServiceList.GVK,
          ...props
        });
      }
      /**
       * Renders a Kubernetes manifest for "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceList".
       *
       * This can be used to inline resource manifests inside other objects (e.g. as templates).
       *
       * @param props initialization props
       */
      static manifest(props) {
        return {
          ..._KubeApiServiceList.GVK,
          ...toJson_KubeApiServiceListProps(props)
        };
      }
      /**
       * Renders the object to Kubernetes JSON.
       */
      toJson() {
        const resolved = super.toJson();
        return {
          ..._KubeApiServiceList.GVK,
          ...toJson_KubeApiServiceListProps(resolved)
        };
      }
    };
    exports.KubeApiServiceList = KubeApiServiceList;
    _109 = JSII_RTTI_SYMBOL_1;
    KubeApiServiceList[_109] = { fqn: "cdk8s-plus-27.k8s.KubeApiServiceList", version: "2.9.5" };
    KubeApiServiceList.GVK = {
      apiVersion: "apiregistration.k8s.io/v1",
      kind: "APIServiceList"
    };
    function toJson_KubeMutatingWebhookConfigurationProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "webhooks": obj.webhooks?.map((y) => toJson_MutatingWebhook(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeMutatingWebhookConfigurationProps = toJson_KubeMutatingWebhookConfigurationProps;
    function toJson_KubeMutatingWebhookConfigurationListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeMutatingWebhookConfigurationProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeMutatingWebhookConfigurationListProps = toJson_KubeMutatingWebhookConfigurationListProps;
    function toJson_KubeValidatingWebhookConfigurationProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "webhooks": obj.webhooks?.map((y) => toJson_ValidatingWebhook(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeValidatingWebhookConfigurationProps = toJson_KubeValidatingWebhookConfigurationProps;
    function toJson_KubeValidatingWebhookConfigurationListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeValidatingWebhookConfigurationProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeValidatingWebhookConfigurationListProps = toJson_KubeValidatingWebhookConfigurationListProps;
    function toJson_KubeValidatingAdmissionPolicyV1Alpha1Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_ValidatingAdmissionPolicySpecV1Alpha1(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeValidatingAdmissionPolicyV1Alpha1Props = toJson_KubeValidatingAdmissionPolicyV1Alpha1Props;
    function toJson_KubeValidatingAdmissionPolicyBindingV1Alpha1Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_ValidatingAdmissionPolicyBindingSpecV1Alpha1(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeValidatingAdmissionPolicyBindingV1Alpha1Props = toJson_KubeValidatingAdmissionPolicyBindingV1Alpha1Props;
    function toJson_KubeValidatingAdmissionPolicyBindingListV1Alpha1Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeValidatingAdmissionPolicyBindingV1Alpha1Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeValidatingAdmissionPolicyBindingListV1Alpha1Props = toJson_KubeValidatingAdmissionPolicyBindingListV1Alpha1Props;
    function toJson_KubeValidatingAdmissionPolicyListV1Alpha1Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeValidatingAdmissionPolicyV1Alpha1Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeValidatingAdmissionPolicyListV1Alpha1Props = toJson_KubeValidatingAdmissionPolicyListV1Alpha1Props;
    function toJson_KubeStorageVersionV1Alpha1Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": obj.spec
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeStorageVersionV1Alpha1Props = toJson_KubeStorageVersionV1Alpha1Props;
    function toJson_KubeStorageVersionListV1Alpha1Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeStorageVersionV1Alpha1Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeStorageVersionListV1Alpha1Props = toJson_KubeStorageVersionListV1Alpha1Props;
    function toJson_KubeControllerRevisionProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "data": obj.data,
        "revision": obj.revision
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeControllerRevisionProps = toJson_KubeControllerRevisionProps;
    function toJson_KubeControllerRevisionListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeControllerRevisionProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeControllerRevisionListProps = toJson_KubeControllerRevisionListProps;
    function toJson_KubeDaemonSetProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_DaemonSetSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeDaemonSetProps = toJson_KubeDaemonSetProps;
    function toJson_KubeDaemonSetListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeDaemonSetProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeDaemonSetListProps = toJson_KubeDaemonSetListProps;
    function toJson_KubeDeploymentProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_DeploymentSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeDeploymentProps = toJson_KubeDeploymentProps;
    function toJson_KubeDeploymentListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeDeploymentProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeDeploymentListProps = toJson_KubeDeploymentListProps;
    function toJson_KubeReplicaSetProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_ReplicaSetSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeReplicaSetProps = toJson_KubeReplicaSetProps;
    function toJson_KubeReplicaSetListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeReplicaSetProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeReplicaSetListProps = toJson_KubeReplicaSetListProps;
    function toJson_KubeStatefulSetProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_StatefulSetSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeStatefulSetProps = toJson_KubeStatefulSetProps;
    function toJson_KubeStatefulSetListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeStatefulSetProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeStatefulSetListProps = toJson_KubeStatefulSetListProps;
    function toJson_KubeTokenRequestProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_TokenRequestSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeTokenRequestProps = toJson_KubeTokenRequestProps;
    function toJson_KubeTokenReviewProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_TokenReviewSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeTokenReviewProps = toJson_KubeTokenReviewProps;
    function toJson_KubeSelfSubjectReviewV1Alpha1Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeSelfSubjectReviewV1Alpha1Props = toJson_KubeSelfSubjectReviewV1Alpha1Props;
    function toJson_KubeSelfSubjectReviewV1Beta1Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeSelfSubjectReviewV1Beta1Props = toJson_KubeSelfSubjectReviewV1Beta1Props;
    function toJson_KubeLocalSubjectAccessReviewProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_SubjectAccessReviewSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeLocalSubjectAccessReviewProps = toJson_KubeLocalSubjectAccessReviewProps;
    function toJson_KubeSelfSubjectAccessReviewProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_SelfSubjectAccessReviewSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeSelfSubjectAccessReviewProps = toJson_KubeSelfSubjectAccessReviewProps;
    function toJson_KubeSelfSubjectRulesReviewProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_SelfSubjectRulesReviewSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeSelfSubjectRulesReviewProps = toJson_KubeSelfSubjectRulesReviewProps;
    function toJson_KubeSubjectAccessReviewProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_SubjectAccessReviewSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeSubjectAccessReviewProps = toJson_KubeSubjectAccessReviewProps;
    function toJson_KubeHorizontalPodAutoscalerProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_HorizontalPodAutoscalerSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeHorizontalPodAutoscalerProps = toJson_KubeHorizontalPodAutoscalerProps;
    function toJson_KubeHorizontalPodAutoscalerListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeHorizontalPodAutoscalerProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeHorizontalPodAutoscalerListProps = toJson_KubeHorizontalPodAutoscalerListProps;
    function toJson_KubeScaleProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_ScaleSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeScaleProps = toJson_KubeScaleProps;
    function toJson_KubeHorizontalPodAutoscalerV2Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_HorizontalPodAutoscalerSpecV2(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeHorizontalPodAutoscalerV2Props = toJson_KubeHorizontalPodAutoscalerV2Props;
    function toJson_KubeHorizontalPodAutoscalerListV2Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeHorizontalPodAutoscalerV2Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeHorizontalPodAutoscalerListV2Props = toJson_KubeHorizontalPodAutoscalerListV2Props;
    function toJson_KubeCronJobProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_CronJobSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeCronJobProps = toJson_KubeCronJobProps;
    function toJson_KubeCronJobListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeCronJobProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeCronJobListProps = toJson_KubeCronJobListProps;
    function toJson_KubeJobProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_JobSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeJobProps = toJson_KubeJobProps;
    function toJson_KubeJobListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeJobProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeJobListProps = toJson_KubeJobListProps;
    function toJson_KubeCertificateSigningRequestProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_CertificateSigningRequestSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeCertificateSigningRequestProps = toJson_KubeCertificateSigningRequestProps;
    function toJson_KubeCertificateSigningRequestListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeCertificateSigningRequestProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeCertificateSigningRequestListProps = toJson_KubeCertificateSigningRequestListProps;
    function toJson_KubeClusterTrustBundleV1Alpha1Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_ClusterTrustBundleSpecV1Alpha1(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeClusterTrustBundleV1Alpha1Props = toJson_KubeClusterTrustBundleV1Alpha1Props;
    function toJson_KubeClusterTrustBundleListV1Alpha1Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeClusterTrustBundleV1Alpha1Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeClusterTrustBundleListV1Alpha1Props = toJson_KubeClusterTrustBundleListV1Alpha1Props;
    function toJson_KubeLeaseProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_LeaseSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeLeaseProps = toJson_KubeLeaseProps;
    function toJson_KubeLeaseListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeLeaseProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeLeaseListProps = toJson_KubeLeaseListProps;
    function toJson_KubeBindingProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "target": toJson_ObjectReference(obj.target)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeBindingProps = toJson_KubeBindingProps;
    function toJson_KubeComponentStatusProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "conditions": obj.conditions?.map((y) => toJson_ComponentCondition(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeComponentStatusProps = toJson_KubeComponentStatusProps;
    function toJson_KubeComponentStatusListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeComponentStatusProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeComponentStatusListProps = toJson_KubeComponentStatusListProps;
    function toJson_KubeConfigMapProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "binaryData": obj.binaryData === void 0 ? void 0 : Object.entries(obj.binaryData).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "data": obj.data === void 0 ? void 0 : Object.entries(obj.data).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "immutable": obj.immutable
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeConfigMapProps = toJson_KubeConfigMapProps;
    function toJson_KubeConfigMapListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeConfigMapProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeConfigMapListProps = toJson_KubeConfigMapListProps;
    function toJson_KubeEndpointsProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "subsets": obj.subsets?.map((y) => toJson_EndpointSubset(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeEndpointsProps = toJson_KubeEndpointsProps;
    function toJson_KubeEndpointsListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeEndpointsProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeEndpointsListProps = toJson_KubeEndpointsListProps;
    function toJson_KubeEventProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "action": obj.action,
        "deprecatedCount": obj.deprecatedCount,
        "deprecatedFirstTimestamp": obj.deprecatedFirstTimestamp?.toISOString(),
        "deprecatedLastTimestamp": obj.deprecatedLastTimestamp?.toISOString(),
        "deprecatedSource": toJson_EventSource(obj.deprecatedSource),
        "eventTime": obj.eventTime?.toISOString(),
        "note": obj.note,
        "reason": obj.reason,
        "regarding": toJson_ObjectReference(obj.regarding),
        "related": toJson_ObjectReference(obj.related),
        "reportingController": obj.reportingController,
        "reportingInstance": obj.reportingInstance,
        "series": toJson_EventSeries(obj.series),
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeEventProps = toJson_KubeEventProps;
    function toJson_KubeEventListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeEventProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeEventListProps = toJson_KubeEventListProps;
    function toJson_KubeLimitRangeProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_LimitRangeSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeLimitRangeProps = toJson_KubeLimitRangeProps;
    function toJson_KubeLimitRangeListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeLimitRangeProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeLimitRangeListProps = toJson_KubeLimitRangeListProps;
    function toJson_KubeNamespaceProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_NamespaceSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeNamespaceProps = toJson_KubeNamespaceProps;
    function toJson_KubeNamespaceListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeNamespaceProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeNamespaceListProps = toJson_KubeNamespaceListProps;
    function toJson_KubeNodeProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_NodeSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeNodeProps = toJson_KubeNodeProps;
    function toJson_KubeNodeListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeNodeProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeNodeListProps = toJson_KubeNodeListProps;
    function toJson_KubePersistentVolumeProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_PersistentVolumeSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePersistentVolumeProps = toJson_KubePersistentVolumeProps;
    function toJson_KubePersistentVolumeClaimProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_PersistentVolumeClaimSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePersistentVolumeClaimProps = toJson_KubePersistentVolumeClaimProps;
    function toJson_KubePersistentVolumeClaimListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubePersistentVolumeClaimProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePersistentVolumeClaimListProps = toJson_KubePersistentVolumeClaimListProps;
    function toJson_KubePersistentVolumeListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubePersistentVolumeProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePersistentVolumeListProps = toJson_KubePersistentVolumeListProps;
    function toJson_KubePodProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_PodSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePodProps = toJson_KubePodProps;
    function toJson_KubePodListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubePodProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePodListProps = toJson_KubePodListProps;
    function toJson_KubePodTemplateProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "template": toJson_PodTemplateSpec(obj.template)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePodTemplateProps = toJson_KubePodTemplateProps;
    function toJson_KubePodTemplateListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubePodTemplateProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePodTemplateListProps = toJson_KubePodTemplateListProps;
    function toJson_KubeReplicationControllerProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_ReplicationControllerSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeReplicationControllerProps = toJson_KubeReplicationControllerProps;
    function toJson_KubeReplicationControllerListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeReplicationControllerProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeReplicationControllerListProps = toJson_KubeReplicationControllerListProps;
    function toJson_KubeResourceQuotaProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_ResourceQuotaSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeResourceQuotaProps = toJson_KubeResourceQuotaProps;
    function toJson_KubeResourceQuotaListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeResourceQuotaProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeResourceQuotaListProps = toJson_KubeResourceQuotaListProps;
    function toJson_KubeSecretProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "data": obj.data === void 0 ? void 0 : Object.entries(obj.data).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "immutable": obj.immutable,
        "stringData": obj.stringData === void 0 ? void 0 : Object.entries(obj.stringData).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeSecretProps = toJson_KubeSecretProps;
    function toJson_KubeSecretListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeSecretProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeSecretListProps = toJson_KubeSecretListProps;
    function toJson_KubeServiceProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_ServiceSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeServiceProps = toJson_KubeServiceProps;
    function toJson_KubeServiceAccountProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "automountServiceAccountToken": obj.automountServiceAccountToken,
        "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_LocalObjectReference(y)),
        "secrets": obj.secrets?.map((y) => toJson_ObjectReference(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeServiceAccountProps = toJson_KubeServiceAccountProps;
    function toJson_KubeServiceAccountListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeServiceAccountProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeServiceAccountListProps = toJson_KubeServiceAccountListProps;
    function toJson_KubeServiceListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeServiceProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeServiceListProps = toJson_KubeServiceListProps;
    function toJson_KubeEndpointSliceProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "addressType": obj.addressType,
        "endpoints": obj.endpoints?.map((y) => toJson_Endpoint(y)),
        "ports": obj.ports?.map((y) => toJson_EndpointPort(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeEndpointSliceProps = toJson_KubeEndpointSliceProps;
    function toJson_KubeEndpointSliceListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeEndpointSliceProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeEndpointSliceListProps = toJson_KubeEndpointSliceListProps;
    function toJson_KubeFlowSchemaV1Beta2Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_FlowSchemaSpecV1Beta2(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeFlowSchemaV1Beta2Props = toJson_KubeFlowSchemaV1Beta2Props;
    function toJson_KubeFlowSchemaListV1Beta2Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeFlowSchemaV1Beta2Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeFlowSchemaListV1Beta2Props = toJson_KubeFlowSchemaListV1Beta2Props;
    function toJson_KubePriorityLevelConfigurationV1Beta2Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_PriorityLevelConfigurationSpecV1Beta2(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePriorityLevelConfigurationV1Beta2Props = toJson_KubePriorityLevelConfigurationV1Beta2Props;
    function toJson_KubePriorityLevelConfigurationListV1Beta2Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubePriorityLevelConfigurationV1Beta2Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePriorityLevelConfigurationListV1Beta2Props = toJson_KubePriorityLevelConfigurationListV1Beta2Props;
    function toJson_KubeFlowSchemaV1Beta3Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_FlowSchemaSpecV1Beta3(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeFlowSchemaV1Beta3Props = toJson_KubeFlowSchemaV1Beta3Props;
    function toJson_KubeFlowSchemaListV1Beta3Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeFlowSchemaV1Beta3Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeFlowSchemaListV1Beta3Props = toJson_KubeFlowSchemaListV1Beta3Props;
    function toJson_KubePriorityLevelConfigurationV1Beta3Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_PriorityLevelConfigurationSpecV1Beta3(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePriorityLevelConfigurationV1Beta3Props = toJson_KubePriorityLevelConfigurationV1Beta3Props;
    function toJson_KubePriorityLevelConfigurationListV1Beta3Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubePriorityLevelConfigurationV1Beta3Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePriorityLevelConfigurationListV1Beta3Props = toJson_KubePriorityLevelConfigurationListV1Beta3Props;
    function toJson_KubeIngressProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_IngressSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeIngressProps = toJson_KubeIngressProps;
    function toJson_KubeIngressClassProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_IngressClassSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeIngressClassProps = toJson_KubeIngressClassProps;
    function toJson_KubeIngressClassListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeIngressClassProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeIngressClassListProps = toJson_KubeIngressClassListProps;
    function toJson_KubeIngressListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeIngressProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeIngressListProps = toJson_KubeIngressListProps;
    function toJson_KubeNetworkPolicyProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_NetworkPolicySpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeNetworkPolicyProps = toJson_KubeNetworkPolicyProps;
    function toJson_KubeNetworkPolicyListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeNetworkPolicyProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeNetworkPolicyListProps = toJson_KubeNetworkPolicyListProps;
    function toJson_KubeClusterCidrv1Alpha1Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_ClusterCidrSpecV1Alpha1(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeClusterCidrv1Alpha1Props = toJson_KubeClusterCidrv1Alpha1Props;
    function toJson_KubeClusterCidrListV1Alpha1Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeClusterCidrv1Alpha1Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeClusterCidrListV1Alpha1Props = toJson_KubeClusterCidrListV1Alpha1Props;
    function toJson_KubeIpAddressV1Alpha1Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_IpAddressSpecV1Alpha1(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeIpAddressV1Alpha1Props = toJson_KubeIpAddressV1Alpha1Props;
    function toJson_KubeIpAddressListV1Alpha1Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeIpAddressV1Alpha1Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeIpAddressListV1Alpha1Props = toJson_KubeIpAddressListV1Alpha1Props;
    function toJson_KubeRuntimeClassProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "handler": obj.handler,
        "overhead": toJson_Overhead(obj.overhead),
        "scheduling": toJson_Scheduling(obj.scheduling)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeRuntimeClassProps = toJson_KubeRuntimeClassProps;
    function toJson_KubeRuntimeClassListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeRuntimeClassProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeRuntimeClassListProps = toJson_KubeRuntimeClassListProps;
    function toJson_KubeEvictionProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "deleteOptions": toJson_DeleteOptions(obj.deleteOptions)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeEvictionProps = toJson_KubeEvictionProps;
    function toJson_KubePodDisruptionBudgetProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_PodDisruptionBudgetSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePodDisruptionBudgetProps = toJson_KubePodDisruptionBudgetProps;
    function toJson_KubePodDisruptionBudgetListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubePodDisruptionBudgetProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePodDisruptionBudgetListProps = toJson_KubePodDisruptionBudgetListProps;
    function toJson_KubeClusterRoleProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "aggregationRule": toJson_AggregationRule(obj.aggregationRule),
        "rules": obj.rules?.map((y) => toJson_PolicyRule(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeClusterRoleProps = toJson_KubeClusterRoleProps;
    function toJson_KubeClusterRoleBindingProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "roleRef": toJson_RoleRef(obj.roleRef),
        "subjects": obj.subjects?.map((y) => toJson_Subject(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeClusterRoleBindingProps = toJson_KubeClusterRoleBindingProps;
    function toJson_KubeClusterRoleBindingListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeClusterRoleBindingProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeClusterRoleBindingListProps = toJson_KubeClusterRoleBindingListProps;
    function toJson_KubeClusterRoleListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeClusterRoleProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeClusterRoleListProps = toJson_KubeClusterRoleListProps;
    function toJson_KubeRoleProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "rules": obj.rules?.map((y) => toJson_PolicyRule(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeRoleProps = toJson_KubeRoleProps;
    function toJson_KubeRoleBindingProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "roleRef": toJson_RoleRef(obj.roleRef),
        "subjects": obj.subjects?.map((y) => toJson_Subject(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeRoleBindingProps = toJson_KubeRoleBindingProps;
    function toJson_KubeRoleBindingListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeRoleBindingProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeRoleBindingListProps = toJson_KubeRoleBindingListProps;
    function toJson_KubeRoleListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeRoleProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeRoleListProps = toJson_KubeRoleListProps;
    function toJson_KubePodSchedulingContextV1Alpha2Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_PodSchedulingContextSpecV1Alpha2(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePodSchedulingContextV1Alpha2Props = toJson_KubePodSchedulingContextV1Alpha2Props;
    function toJson_KubePodSchedulingContextListV1Alpha2Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubePodSchedulingContextV1Alpha2Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePodSchedulingContextListV1Alpha2Props = toJson_KubePodSchedulingContextListV1Alpha2Props;
    function toJson_KubeResourceClaimV1Alpha2Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_ResourceClaimSpecV1Alpha2(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeResourceClaimV1Alpha2Props = toJson_KubeResourceClaimV1Alpha2Props;
    function toJson_KubeResourceClaimListV1Alpha2Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeResourceClaimV1Alpha2Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeResourceClaimListV1Alpha2Props = toJson_KubeResourceClaimListV1Alpha2Props;
    function toJson_KubeResourceClaimTemplateV1Alpha2Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_ResourceClaimTemplateSpecV1Alpha2(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeResourceClaimTemplateV1Alpha2Props = toJson_KubeResourceClaimTemplateV1Alpha2Props;
    function toJson_KubeResourceClaimTemplateListV1Alpha2Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeResourceClaimTemplateV1Alpha2Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeResourceClaimTemplateListV1Alpha2Props = toJson_KubeResourceClaimTemplateListV1Alpha2Props;
    function toJson_KubeResourceClassV1Alpha2Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "driverName": obj.driverName,
        "parametersRef": toJson_ResourceClassParametersReferenceV1Alpha2(obj.parametersRef),
        "suitableNodes": toJson_NodeSelector(obj.suitableNodes)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeResourceClassV1Alpha2Props = toJson_KubeResourceClassV1Alpha2Props;
    function toJson_KubeResourceClassListV1Alpha2Props(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeResourceClassV1Alpha2Props(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeResourceClassListV1Alpha2Props = toJson_KubeResourceClassListV1Alpha2Props;
    function toJson_KubePriorityClassProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "description": obj.description,
        "globalDefault": obj.globalDefault,
        "preemptionPolicy": obj.preemptionPolicy,
        "value": obj.value
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePriorityClassProps = toJson_KubePriorityClassProps;
    function toJson_KubePriorityClassListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubePriorityClassProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubePriorityClassListProps = toJson_KubePriorityClassListProps;
    function toJson_KubeCsiDriverProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_CsiDriverSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeCsiDriverProps = toJson_KubeCsiDriverProps;
    function toJson_KubeCsiDriverListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeCsiDriverProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeCsiDriverListProps = toJson_KubeCsiDriverListProps;
    function toJson_KubeCsiNodeProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_CsiNodeSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeCsiNodeProps = toJson_KubeCsiNodeProps;
    function toJson_KubeCsiNodeListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeCsiNodeProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeCsiNodeListProps = toJson_KubeCsiNodeListProps;
    function toJson_KubeCsiStorageCapacityProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "capacity": obj.capacity?.value,
        "maximumVolumeSize": obj.maximumVolumeSize?.value,
        "nodeTopology": toJson_LabelSelector(obj.nodeTopology),
        "storageClassName": obj.storageClassName
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeCsiStorageCapacityProps = toJson_KubeCsiStorageCapacityProps;
    function toJson_KubeCsiStorageCapacityListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeCsiStorageCapacityProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeCsiStorageCapacityListProps = toJson_KubeCsiStorageCapacityListProps;
    function toJson_KubeStorageClassProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "allowVolumeExpansion": obj.allowVolumeExpansion,
        "allowedTopologies": obj.allowedTopologies?.map((y) => toJson_TopologySelectorTerm(y)),
        "mountOptions": obj.mountOptions?.map((y) => y),
        "parameters": obj.parameters === void 0 ? void 0 : Object.entries(obj.parameters).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "provisioner": obj.provisioner,
        "reclaimPolicy": obj.reclaimPolicy,
        "volumeBindingMode": obj.volumeBindingMode
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeStorageClassProps = toJson_KubeStorageClassProps;
    function toJson_KubeStorageClassListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeStorageClassProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeStorageClassListProps = toJson_KubeStorageClassListProps;
    function toJson_KubeVolumeAttachmentProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_VolumeAttachmentSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeVolumeAttachmentProps = toJson_KubeVolumeAttachmentProps;
    function toJson_KubeVolumeAttachmentListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeVolumeAttachmentProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeVolumeAttachmentListProps = toJson_KubeVolumeAttachmentListProps;
    function toJson_KubeCustomResourceDefinitionProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_CustomResourceDefinitionSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeCustomResourceDefinitionProps = toJson_KubeCustomResourceDefinitionProps;
    function toJson_KubeCustomResourceDefinitionListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeCustomResourceDefinitionProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeCustomResourceDefinitionListProps = toJson_KubeCustomResourceDefinitionListProps;
    function toJson_KubeStatusProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "code": obj.code,
        "details": toJson_StatusDetails(obj.details),
        "message": obj.message,
        "reason": obj.reason
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeStatusProps = toJson_KubeStatusProps;
    function toJson_KubeApiServiceProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_ApiServiceSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeApiServiceProps = toJson_KubeApiServiceProps;
    function toJson_KubeApiServiceListProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ListMeta(obj.metadata),
        "items": obj.items?.map((y) => toJson_KubeApiServiceProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KubeApiServiceListProps = toJson_KubeApiServiceListProps;
    function toJson_ObjectMeta(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "creationTimestamp": obj.creationTimestamp?.toISOString(),
        "deletionGracePeriodSeconds": obj.deletionGracePeriodSeconds,
        "deletionTimestamp": obj.deletionTimestamp?.toISOString(),
        "finalizers": obj.finalizers?.map((y) => y),
        "generateName": obj.generateName,
        "generation": obj.generation,
        "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "managedFields": obj.managedFields?.map((y) => toJson_ManagedFieldsEntry(y)),
        "name": obj.name,
        "namespace": obj.namespace,
        "ownerReferences": obj.ownerReferences?.map((y) => toJson_OwnerReference(y)),
        "resourceVersion": obj.resourceVersion,
        "selfLink": obj.selfLink,
        "uid": obj.uid
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ObjectMeta = toJson_ObjectMeta;
    function toJson_MutatingWebhook(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "admissionReviewVersions": obj.admissionReviewVersions?.map((y) => y),
        "clientConfig": toJson_WebhookClientConfig(obj.clientConfig),
        "failurePolicy": obj.failurePolicy,
        "matchConditions": obj.matchConditions?.map((y) => toJson_MatchCondition(y)),
        "matchPolicy": obj.matchPolicy,
        "name": obj.name,
        "namespaceSelector": toJson_LabelSelector(obj.namespaceSelector),
        "objectSelector": toJson_LabelSelector(obj.objectSelector),
        "reinvocationPolicy": obj.reinvocationPolicy,
        "rules": obj.rules?.map((y) => toJson_RuleWithOperations(y)),
        "sideEffects": obj.sideEffects,
        "timeoutSeconds": obj.timeoutSeconds
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_MutatingWebhook = toJson_MutatingWebhook;
    function toJson_ListMeta(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "continue": obj.continue,
        "remainingItemCount": obj.remainingItemCount,
        "resourceVersion": obj.resourceVersion,
        "selfLink": obj.selfLink
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ListMeta = toJson_ListMeta;
    function toJson_ValidatingWebhook(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "admissionReviewVersions": obj.admissionReviewVersions?.map((y) => y),
        "clientConfig": toJson_WebhookClientConfig(obj.clientConfig),
        "failurePolicy": obj.failurePolicy,
        "matchConditions": obj.matchConditions?.map((y) => toJson_MatchCondition(y)),
        "matchPolicy": obj.matchPolicy,
        "name": obj.name,
        "namespaceSelector": toJson_LabelSelector(obj.namespaceSelector),
        "objectSelector": toJson_LabelSelector(obj.objectSelector),
        "rules": obj.rules?.map((y) => toJson_RuleWithOperations(y)),
        "sideEffects": obj.sideEffects,
        "timeoutSeconds": obj.timeoutSeconds
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ValidatingWebhook = toJson_ValidatingWebhook;
    function toJson_ValidatingAdmissionPolicySpecV1Alpha1(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "auditAnnotations": obj.auditAnnotations?.map((y) => toJson_AuditAnnotationV1Alpha1(y)),
        "failurePolicy": obj.failurePolicy,
        "matchConditions": obj.matchConditions?.map((y) => toJson_MatchConditionV1Alpha1(y)),
        "matchConstraints": toJson_MatchResourcesV1Alpha1(obj.matchConstraints),
        "paramKind": toJson_ParamKindV1Alpha1(obj.paramKind),
        "validations": obj.validations?.map((y) => toJson_ValidationV1Alpha1(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ValidatingAdmissionPolicySpecV1Alpha1 = toJson_ValidatingAdmissionPolicySpecV1Alpha1;
    function toJson_ValidatingAdmissionPolicyBindingSpecV1Alpha1(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "matchResources": toJson_MatchResourcesV1Alpha1(obj.matchResources),
        "paramRef": toJson_ParamRefV1Alpha1(obj.paramRef),
        "policyName": obj.policyName,
        "validationActions": obj.validationActions?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ValidatingAdmissionPolicyBindingSpecV1Alpha1 = toJson_ValidatingAdmissionPolicyBindingSpecV1Alpha1;
    function toJson_DaemonSetSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "minReadySeconds": obj.minReadySeconds,
        "revisionHistoryLimit": obj.revisionHistoryLimit,
        "selector": toJson_LabelSelector(obj.selector),
        "template": toJson_PodTemplateSpec(obj.template),
        "updateStrategy": toJson_DaemonSetUpdateStrategy(obj.updateStrategy)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_DaemonSetSpec = toJson_DaemonSetSpec;
    function toJson_DeploymentSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "minReadySeconds": obj.minReadySeconds,
        "paused": obj.paused,
        "progressDeadlineSeconds": obj.progressDeadlineSeconds,
        "replicas": obj.replicas,
        "revisionHistoryLimit": obj.revisionHistoryLimit,
        "selector": toJson_LabelSelector(obj.selector),
        "strategy": toJson_DeploymentStrategy(obj.strategy),
        "template": toJson_PodTemplateSpec(obj.template)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_DeploymentSpec = toJson_DeploymentSpec;
    function toJson_ReplicaSetSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "minReadySeconds": obj.minReadySeconds,
        "replicas": obj.replicas,
        "selector": toJson_LabelSelector(obj.selector),
        "template": toJson_PodTemplateSpec(obj.template)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ReplicaSetSpec = toJson_ReplicaSetSpec;
    function toJson_StatefulSetSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "minReadySeconds": obj.minReadySeconds,
        "ordinals": toJson_StatefulSetOrdinals(obj.ordinals),
        "persistentVolumeClaimRetentionPolicy": toJson_StatefulSetPersistentVolumeClaimRetentionPolicy(obj.persistentVolumeClaimRetentionPolicy),
        "podManagementPolicy": obj.podManagementPolicy,
        "replicas": obj.replicas,
        "revisionHistoryLimit": obj.revisionHistoryLimit,
        "selector": toJson_LabelSelector(obj.selector),
        "serviceName": obj.serviceName,
        "template": toJson_PodTemplateSpec(obj.template),
        "updateStrategy": toJson_StatefulSetUpdateStrategy(obj.updateStrategy),
        "volumeClaimTemplates": obj.volumeClaimTemplates?.map((y) => toJson_KubePersistentVolumeClaimProps(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_StatefulSetSpec = toJson_StatefulSetSpec;
    function toJson_TokenRequestSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "audiences": obj.audiences?.map((y) => y),
        "boundObjectRef": toJson_BoundObjectReference(obj.boundObjectRef),
        "expirationSeconds": obj.expirationSeconds
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_TokenRequestSpec = toJson_TokenRequestSpec;
    function toJson_TokenReviewSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "audiences": obj.audiences?.map((y) => y),
        "token": obj.token
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_TokenReviewSpec = toJson_TokenReviewSpec;
    function toJson_SubjectAccessReviewSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "extra": obj.extra === void 0 ? void 0 : Object.entries(obj.extra).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.map((y) => y) }, {}),
        "groups": obj.groups?.map((y) => y),
        "nonResourceAttributes": toJson_NonResourceAttributes(obj.nonResourceAttributes),
        "resourceAttributes": toJson_ResourceAttributes(obj.resourceAttributes),
        "uid": obj.uid,
        "user": obj.user
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_SubjectAccessReviewSpec = toJson_SubjectAccessReviewSpec;
    function toJson_SelfSubjectAccessReviewSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "nonResourceAttributes": toJson_NonResourceAttributes(obj.nonResourceAttributes),
        "resourceAttributes": toJson_ResourceAttributes(obj.resourceAttributes)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_SelfSubjectAccessReviewSpec = toJson_SelfSubjectAccessReviewSpec;
    function toJson_SelfSubjectRulesReviewSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "namespace": obj.namespace
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_SelfSubjectRulesReviewSpec = toJson_SelfSubjectRulesReviewSpec;
    function toJson_HorizontalPodAutoscalerSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "maxReplicas": obj.maxReplicas,
        "minReplicas": obj.minReplicas,
        "scaleTargetRef": toJson_CrossVersionObjectReference(obj.scaleTargetRef),
        "targetCPUUtilizationPercentage": obj.targetCpuUtilizationPercentage
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_HorizontalPodAutoscalerSpec = toJson_HorizontalPodAutoscalerSpec;
    function toJson_ScaleSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "replicas": obj.replicas
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ScaleSpec = toJson_ScaleSpec;
    function toJson_HorizontalPodAutoscalerSpecV2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "behavior": toJson_HorizontalPodAutoscalerBehaviorV2(obj.behavior),
        "maxReplicas": obj.maxReplicas,
        "metrics": obj.metrics?.map((y) => toJson_MetricSpecV2(y)),
        "minReplicas": obj.minReplicas,
        "scaleTargetRef": toJson_CrossVersionObjectReferenceV2(obj.scaleTargetRef)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_HorizontalPodAutoscalerSpecV2 = toJson_HorizontalPodAutoscalerSpecV2;
    function toJson_CronJobSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "concurrencyPolicy": obj.concurrencyPolicy,
        "failedJobsHistoryLimit": obj.failedJobsHistoryLimit,
        "jobTemplate": toJson_JobTemplateSpec(obj.jobTemplate),
        "schedule": obj.schedule,
        "startingDeadlineSeconds": obj.startingDeadlineSeconds,
        "successfulJobsHistoryLimit": obj.successfulJobsHistoryLimit,
        "suspend": obj.suspend,
        "timeZone": obj.timeZone
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CronJobSpec = toJson_CronJobSpec;
    function toJson_JobSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "activeDeadlineSeconds": obj.activeDeadlineSeconds,
        "backoffLimit": obj.backoffLimit,
        "completionMode": obj.completionMode,
        "completions": obj.completions,
        "manualSelector": obj.manualSelector,
        "parallelism": obj.parallelism,
        "podFailurePolicy": toJson_PodFailurePolicy(obj.podFailurePolicy),
        "selector": toJson_LabelSelector(obj.selector),
        "suspend": obj.suspend,
        "template": toJson_PodTemplateSpec(obj.template),
        "ttlSecondsAfterFinished": obj.ttlSecondsAfterFinished
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_JobSpec = toJson_JobSpec;
    function toJson_CertificateSigningRequestSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "expirationSeconds": obj.expirationSeconds,
        "extra": obj.extra === void 0 ? void 0 : Object.entries(obj.extra).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.map((y) => y) }, {}),
        "groups": obj.groups?.map((y) => y),
        "request": obj.request,
        "signerName": obj.signerName,
        "uid": obj.uid,
        "usages": obj.usages?.map((y) => y),
        "username": obj.username
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CertificateSigningRequestSpec = toJson_CertificateSigningRequestSpec;
    function toJson_ClusterTrustBundleSpecV1Alpha1(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "signerName": obj.signerName,
        "trustBundle": obj.trustBundle
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ClusterTrustBundleSpecV1Alpha1 = toJson_ClusterTrustBundleSpecV1Alpha1;
    function toJson_LeaseSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "acquireTime": obj.acquireTime?.toISOString(),
        "holderIdentity": obj.holderIdentity,
        "leaseDurationSeconds": obj.leaseDurationSeconds,
        "leaseTransitions": obj.leaseTransitions,
        "renewTime": obj.renewTime?.toISOString()
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_LeaseSpec = toJson_LeaseSpec;
    function toJson_ObjectReference(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiVersion": obj.apiVersion,
        "fieldPath": obj.fieldPath,
        "kind": obj.kind,
        "name": obj.name,
        "namespace": obj.namespace,
        "resourceVersion": obj.resourceVersion,
        "uid": obj.uid
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ObjectReference = toJson_ObjectReference;
    function toJson_ComponentCondition(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "error": obj.error,
        "message": obj.message,
        "status": obj.status,
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ComponentCondition = toJson_ComponentCondition;
    function toJson_EndpointSubset(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "addresses": obj.addresses?.map((y) => toJson_EndpointAddress(y)),
        "notReadyAddresses": obj.notReadyAddresses?.map((y) => toJson_EndpointAddress(y)),
        "ports": obj.ports?.map((y) => toJson_EndpointPort(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_EndpointSubset = toJson_EndpointSubset;
    function toJson_EventSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "component": obj.component,
        "host": obj.host
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_EventSource = toJson_EventSource;
    function toJson_EventSeries(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "count": obj.count,
        "lastObservedTime": obj.lastObservedTime?.toISOString()
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_EventSeries = toJson_EventSeries;
    function toJson_LimitRangeSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "limits": obj.limits?.map((y) => toJson_LimitRangeItem(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_LimitRangeSpec = toJson_LimitRangeSpec;
    function toJson_NamespaceSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "finalizers": obj.finalizers?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NamespaceSpec = toJson_NamespaceSpec;
    function toJson_NodeSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "configSource": toJson_NodeConfigSource(obj.configSource),
        "externalID": obj.externalId,
        "podCIDR": obj.podCidr,
        "podCIDRs": obj.podCidRs?.map((y) => y),
        "providerID": obj.providerId,
        "taints": obj.taints?.map((y) => toJson_Taint(y)),
        "unschedulable": obj.unschedulable
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NodeSpec = toJson_NodeSpec;
    function toJson_PersistentVolumeSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "accessModes": obj.accessModes?.map((y) => y),
        "awsElasticBlockStore": toJson_AwsElasticBlockStoreVolumeSource(obj.awsElasticBlockStore),
        "azureDisk": toJson_AzureDiskVolumeSource(obj.azureDisk),
        "azureFile": toJson_AzureFilePersistentVolumeSource(obj.azureFile),
        "capacity": obj.capacity === void 0 ? void 0 : Object.entries(obj.capacity).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
        "cephfs": toJson_CephFsPersistentVolumeSource(obj.cephfs),
        "cinder": toJson_CinderPersistentVolumeSource(obj.cinder),
        "claimRef": toJson_ObjectReference(obj.claimRef),
        "csi": toJson_CsiPersistentVolumeSource(obj.csi),
        "fc": toJson_FcVolumeSource(obj.fc),
        "flexVolume": toJson_FlexPersistentVolumeSource(obj.flexVolume),
        "flocker": toJson_FlockerVolumeSource(obj.flocker),
        "gcePersistentDisk": toJson_GcePersistentDiskVolumeSource(obj.gcePersistentDisk),
        "glusterfs": toJson_GlusterfsPersistentVolumeSource(obj.glusterfs),
        "hostPath": toJson_HostPathVolumeSource(obj.hostPath),
        "iscsi": toJson_IscsiPersistentVolumeSource(obj.iscsi),
        "local": toJson_LocalVolumeSource(obj.local),
        "mountOptions": obj.mountOptions?.map((y) => y),
        "nfs": toJson_NfsVolumeSource(obj.nfs),
        "nodeAffinity": toJson_VolumeNodeAffinity(obj.nodeAffinity),
        "persistentVolumeReclaimPolicy": obj.persistentVolumeReclaimPolicy,
        "photonPersistentDisk": toJson_PhotonPersistentDiskVolumeSource(obj.photonPersistentDisk),
        "portworxVolume": toJson_PortworxVolumeSource(obj.portworxVolume),
        "quobyte": toJson_QuobyteVolumeSource(obj.quobyte),
        "rbd": toJson_RbdPersistentVolumeSource(obj.rbd),
        "scaleIO": toJson_ScaleIoPersistentVolumeSource(obj.scaleIo),
        "storageClassName": obj.storageClassName,
        "storageos": toJson_StorageOsPersistentVolumeSource(obj.storageos),
        "volumeMode": obj.volumeMode,
        "vsphereVolume": toJson_VsphereVirtualDiskVolumeSource(obj.vsphereVolume)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PersistentVolumeSpec = toJson_PersistentVolumeSpec;
    function toJson_PersistentVolumeClaimSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "accessModes": obj.accessModes?.map((y) => y),
        "dataSource": toJson_TypedLocalObjectReference(obj.dataSource),
        "dataSourceRef": toJson_TypedObjectReference(obj.dataSourceRef),
        "resources": toJson_ResourceRequirements(obj.resources),
        "selector": toJson_LabelSelector(obj.selector),
        "storageClassName": obj.storageClassName,
        "volumeMode": obj.volumeMode,
        "volumeName": obj.volumeName
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PersistentVolumeClaimSpec = toJson_PersistentVolumeClaimSpec;
    function toJson_PodSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "activeDeadlineSeconds": obj.activeDeadlineSeconds,
        "affinity": toJson_Affinity(obj.affinity),
        "automountServiceAccountToken": obj.automountServiceAccountToken,
        "containers": obj.containers?.map((y) => toJson_Container(y)),
        "dnsConfig": toJson_PodDnsConfig(obj.dnsConfig),
        "dnsPolicy": obj.dnsPolicy,
        "enableServiceLinks": obj.enableServiceLinks,
        "ephemeralContainers": obj.ephemeralContainers?.map((y) => toJson_EphemeralContainer(y)),
        "hostAliases": obj.hostAliases?.map((y) => toJson_HostAlias(y)),
        "hostIPC": obj.hostIpc,
        "hostNetwork": obj.hostNetwork,
        "hostPID": obj.hostPid,
        "hostUsers": obj.hostUsers,
        "hostname": obj.hostname,
        "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_LocalObjectReference(y)),
        "initContainers": obj.initContainers?.map((y) => toJson_Container(y)),
        "nodeName": obj.nodeName,
        "nodeSelector": obj.nodeSelector === void 0 ? void 0 : Object.entries(obj.nodeSelector).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "os": toJson_PodOs(obj.os),
        "overhead": obj.overhead === void 0 ? void 0 : Object.entries(obj.overhead).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
        "preemptionPolicy": obj.preemptionPolicy,
        "priority": obj.priority,
        "priorityClassName": obj.priorityClassName,
        "readinessGates": obj.readinessGates?.map((y) => toJson_PodReadinessGate(y)),
        "resourceClaims": obj.resourceClaims?.map((y) => toJson_PodResourceClaim(y)),
        "restartPolicy": obj.restartPolicy,
        "runtimeClassName": obj.runtimeClassName,
        "schedulerName": obj.schedulerName,
        "schedulingGates": obj.schedulingGates?.map((y) => toJson_PodSchedulingGate(y)),
        "securityContext": toJson_PodSecurityContext(obj.securityContext),
        "serviceAccount": obj.serviceAccount,
        "serviceAccountName": obj.serviceAccountName,
        "setHostnameAsFQDN": obj.setHostnameAsFqdn,
        "shareProcessNamespace": obj.shareProcessNamespace,
        "subdomain": obj.subdomain,
        "terminationGracePeriodSeconds": obj.terminationGracePeriodSeconds,
        "tolerations": obj.tolerations?.map((y) => toJson_Toleration(y)),
        "topologySpreadConstraints": obj.topologySpreadConstraints?.map((y) => toJson_TopologySpreadConstraint(y)),
        "volumes": obj.volumes?.map((y) => toJson_Volume(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodSpec = toJson_PodSpec;
    function toJson_PodTemplateSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_PodSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodTemplateSpec = toJson_PodTemplateSpec;
    function toJson_ReplicationControllerSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "minReadySeconds": obj.minReadySeconds,
        "replicas": obj.replicas,
        "selector": obj.selector === void 0 ? void 0 : Object.entries(obj.selector).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "template": toJson_PodTemplateSpec(obj.template)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ReplicationControllerSpec = toJson_ReplicationControllerSpec;
    function toJson_ResourceQuotaSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "hard": obj.hard === void 0 ? void 0 : Object.entries(obj.hard).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
        "scopeSelector": toJson_ScopeSelector(obj.scopeSelector),
        "scopes": obj.scopes?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ResourceQuotaSpec = toJson_ResourceQuotaSpec;
    function toJson_ServiceSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "allocateLoadBalancerNodePorts": obj.allocateLoadBalancerNodePorts,
        "clusterIP": obj.clusterIp,
        "clusterIPs": obj.clusterIPs?.map((y) => y),
        "externalIPs": obj.externalIPs?.map((y) => y),
        "externalName": obj.externalName,
        "externalTrafficPolicy": obj.externalTrafficPolicy,
        "healthCheckNodePort": obj.healthCheckNodePort,
        "internalTrafficPolicy": obj.internalTrafficPolicy,
        "ipFamilies": obj.ipFamilies?.map((y) => y),
        "ipFamilyPolicy": obj.ipFamilyPolicy,
        "loadBalancerClass": obj.loadBalancerClass,
        "loadBalancerIP": obj.loadBalancerIp,
        "loadBalancerSourceRanges": obj.loadBalancerSourceRanges?.map((y) => y),
        "ports": obj.ports?.map((y) => toJson_ServicePort(y)),
        "publishNotReadyAddresses": obj.publishNotReadyAddresses,
        "selector": obj.selector === void 0 ? void 0 : Object.entries(obj.selector).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "sessionAffinity": obj.sessionAffinity,
        "sessionAffinityConfig": toJson_SessionAffinityConfig(obj.sessionAffinityConfig),
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ServiceSpec = toJson_ServiceSpec;
    function toJson_LocalObjectReference(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_LocalObjectReference = toJson_LocalObjectReference;
    function toJson_Endpoint(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "addresses": obj.addresses?.map((y) => y),
        "conditions": toJson_EndpointConditions(obj.conditions),
        "deprecatedTopology": obj.deprecatedTopology === void 0 ? void 0 : Object.entries(obj.deprecatedTopology).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "hints": toJson_EndpointHints(obj.hints),
        "hostname": obj.hostname,
        "nodeName": obj.nodeName,
        "targetRef": toJson_ObjectReference(obj.targetRef),
        "zone": obj.zone
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_Endpoint = toJson_Endpoint;
    function toJson_EndpointPort(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "appProtocol": obj.appProtocol,
        "name": obj.name,
        "port": obj.port,
        "protocol": obj.protocol
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_EndpointPort = toJson_EndpointPort;
    function toJson_FlowSchemaSpecV1Beta2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "distinguisherMethod": toJson_FlowDistinguisherMethodV1Beta2(obj.distinguisherMethod),
        "matchingPrecedence": obj.matchingPrecedence,
        "priorityLevelConfiguration": toJson_PriorityLevelConfigurationReferenceV1Beta2(obj.priorityLevelConfiguration),
        "rules": obj.rules?.map((y) => toJson_PolicyRulesWithSubjectsV1Beta2(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_FlowSchemaSpecV1Beta2 = toJson_FlowSchemaSpecV1Beta2;
    function toJson_PriorityLevelConfigurationSpecV1Beta2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "limited": toJson_LimitedPriorityLevelConfigurationV1Beta2(obj.limited),
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PriorityLevelConfigurationSpecV1Beta2 = toJson_PriorityLevelConfigurationSpecV1Beta2;
    function toJson_FlowSchemaSpecV1Beta3(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "distinguisherMethod": toJson_FlowDistinguisherMethodV1Beta3(obj.distinguisherMethod),
        "matchingPrecedence": obj.matchingPrecedence,
        "priorityLevelConfiguration": toJson_PriorityLevelConfigurationReferenceV1Beta3(obj.priorityLevelConfiguration),
        "rules": obj.rules?.map((y) => toJson_PolicyRulesWithSubjectsV1Beta3(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_FlowSchemaSpecV1Beta3 = toJson_FlowSchemaSpecV1Beta3;
    function toJson_PriorityLevelConfigurationSpecV1Beta3(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "limited": toJson_LimitedPriorityLevelConfigurationV1Beta3(obj.limited),
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PriorityLevelConfigurationSpecV1Beta3 = toJson_PriorityLevelConfigurationSpecV1Beta3;
    function toJson_IngressSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "defaultBackend": toJson_IngressBackend(obj.defaultBackend),
        "ingressClassName": obj.ingressClassName,
        "rules": obj.rules?.map((y) => toJson_IngressRule(y)),
        "tls": obj.tls?.map((y) => toJson_IngressTls(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_IngressSpec = toJson_IngressSpec;
    function toJson_IngressClassSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "controller": obj.controller,
        "parameters": toJson_IngressClassParametersReference(obj.parameters)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_IngressClassSpec = toJson_IngressClassSpec;
    function toJson_NetworkPolicySpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "egress": obj.egress?.map((y) => toJson_NetworkPolicyEgressRule(y)),
        "ingress": obj.ingress?.map((y) => toJson_NetworkPolicyIngressRule(y)),
        "podSelector": toJson_LabelSelector(obj.podSelector),
        "policyTypes": obj.policyTypes?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NetworkPolicySpec = toJson_NetworkPolicySpec;
    function toJson_ClusterCidrSpecV1Alpha1(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "ipv4": obj.ipv4,
        "ipv6": obj.ipv6,
        "nodeSelector": toJson_NodeSelector(obj.nodeSelector),
        "perNodeHostBits": obj.perNodeHostBits
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ClusterCidrSpecV1Alpha1 = toJson_ClusterCidrSpecV1Alpha1;
    function toJson_IpAddressSpecV1Alpha1(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "parentRef": toJson_ParentReferenceV1Alpha1(obj.parentRef)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_IpAddressSpecV1Alpha1 = toJson_IpAddressSpecV1Alpha1;
    function toJson_Overhead(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "podFixed": obj.podFixed === void 0 ? void 0 : Object.entries(obj.podFixed).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_Overhead = toJson_Overhead;
    function toJson_Scheduling(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "nodeSelector": obj.nodeSelector === void 0 ? void 0 : Object.entries(obj.nodeSelector).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "tolerations": obj.tolerations?.map((y) => toJson_Toleration(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_Scheduling = toJson_Scheduling;
    function toJson_DeleteOptions(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiVersion": obj.apiVersion,
        "dryRun": obj.dryRun?.map((y) => y),
        "gracePeriodSeconds": obj.gracePeriodSeconds,
        "kind": obj.kind,
        "orphanDependents": obj.orphanDependents,
        "preconditions": toJson_Preconditions(obj.preconditions),
        "propagationPolicy": obj.propagationPolicy
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_DeleteOptions = toJson_DeleteOptions;
    function toJson_PodDisruptionBudgetSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "maxUnavailable": obj.maxUnavailable?.value,
        "minAvailable": obj.minAvailable?.value,
        "selector": toJson_LabelSelector(obj.selector),
        "unhealthyPodEvictionPolicy": obj.unhealthyPodEvictionPolicy
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodDisruptionBudgetSpec = toJson_PodDisruptionBudgetSpec;
    function toJson_AggregationRule(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "clusterRoleSelectors": obj.clusterRoleSelectors?.map((y) => toJson_LabelSelector(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_AggregationRule = toJson_AggregationRule;
    function toJson_PolicyRule(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiGroups": obj.apiGroups?.map((y) => y),
        "nonResourceURLs": obj.nonResourceUrLs?.map((y) => y),
        "resourceNames": obj.resourceNames?.map((y) => y),
        "resources": obj.resources?.map((y) => y),
        "verbs": obj.verbs?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PolicyRule = toJson_PolicyRule;
    function toJson_RoleRef(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiGroup": obj.apiGroup,
        "kind": obj.kind,
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_RoleRef = toJson_RoleRef;
    function toJson_Subject(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiGroup": obj.apiGroup,
        "kind": obj.kind,
        "name": obj.name,
        "namespace": obj.namespace
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_Subject = toJson_Subject;
    function toJson_PodSchedulingContextSpecV1Alpha2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "potentialNodes": obj.potentialNodes?.map((y) => y),
        "selectedNode": obj.selectedNode
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodSchedulingContextSpecV1Alpha2 = toJson_PodSchedulingContextSpecV1Alpha2;
    function toJson_ResourceClaimSpecV1Alpha2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "allocationMode": obj.allocationMode,
        "parametersRef": toJson_ResourceClaimParametersReferenceV1Alpha2(obj.parametersRef),
        "resourceClassName": obj.resourceClassName
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ResourceClaimSpecV1Alpha2 = toJson_ResourceClaimSpecV1Alpha2;
    function toJson_ResourceClaimTemplateSpecV1Alpha2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_ResourceClaimSpecV1Alpha2(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ResourceClaimTemplateSpecV1Alpha2 = toJson_ResourceClaimTemplateSpecV1Alpha2;
    function toJson_ResourceClassParametersReferenceV1Alpha2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiGroup": obj.apiGroup,
        "kind": obj.kind,
        "name": obj.name,
        "namespace": obj.namespace
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ResourceClassParametersReferenceV1Alpha2 = toJson_ResourceClassParametersReferenceV1Alpha2;
    function toJson_NodeSelector(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "nodeSelectorTerms": obj.nodeSelectorTerms?.map((y) => toJson_NodeSelectorTerm(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NodeSelector = toJson_NodeSelector;
    function toJson_CsiDriverSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "attachRequired": obj.attachRequired,
        "fsGroupPolicy": obj.fsGroupPolicy,
        "podInfoOnMount": obj.podInfoOnMount,
        "requiresRepublish": obj.requiresRepublish,
        "seLinuxMount": obj.seLinuxMount,
        "storageCapacity": obj.storageCapacity,
        "tokenRequests": obj.tokenRequests?.map((y) => toJson_TokenRequest(y)),
        "volumeLifecycleModes": obj.volumeLifecycleModes?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CsiDriverSpec = toJson_CsiDriverSpec;
    function toJson_CsiNodeSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "drivers": obj.drivers?.map((y) => toJson_CsiNodeDriver(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CsiNodeSpec = toJson_CsiNodeSpec;
    var Quantity = class _Quantity {
      constructor(value) {
        this.value = value;
      }
      static fromString(value) {
        return new _Quantity(value);
      }
      static fromNumber(value) {
        return new _Quantity(value);
      }
    };
    exports.Quantity = Quantity;
    _110 = JSII_RTTI_SYMBOL_1;
    Quantity[_110] = { fqn: "cdk8s-plus-27.k8s.Quantity", version: "2.9.5" };
    function toJson_LabelSelector(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "matchExpressions": obj.matchExpressions?.map((y) => toJson_LabelSelectorRequirement(y)),
        "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_LabelSelector = toJson_LabelSelector;
    function toJson_TopologySelectorTerm(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "matchLabelExpressions": obj.matchLabelExpressions?.map((y) => toJson_TopologySelectorLabelRequirement(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_TopologySelectorTerm = toJson_TopologySelectorTerm;
    function toJson_VolumeAttachmentSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "attacher": obj.attacher,
        "nodeName": obj.nodeName,
        "source": toJson_VolumeAttachmentSource(obj.source)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_VolumeAttachmentSpec = toJson_VolumeAttachmentSpec;
    function toJson_CustomResourceDefinitionSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "conversion": toJson_CustomResourceConversion(obj.conversion),
        "group": obj.group,
        "names": toJson_CustomResourceDefinitionNames(obj.names),
        "preserveUnknownFields": obj.preserveUnknownFields,
        "scope": obj.scope,
        "versions": obj.versions?.map((y) => toJson_CustomResourceDefinitionVersion(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CustomResourceDefinitionSpec = toJson_CustomResourceDefinitionSpec;
    function toJson_StatusDetails(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "causes": obj.causes?.map((y) => toJson_StatusCause(y)),
        "group": obj.group,
        "kind": obj.kind,
        "name": obj.name,
        "retryAfterSeconds": obj.retryAfterSeconds,
        "uid": obj.uid
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_StatusDetails = toJson_StatusDetails;
    function toJson_ApiServiceSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "caBundle": obj.caBundle,
        "group": obj.group,
        "groupPriorityMinimum": obj.groupPriorityMinimum,
        "insecureSkipTLSVerify": obj.insecureSkipTlsVerify,
        "service": toJson_ServiceReference(obj.service),
        "version": obj.version,
        "versionPriority": obj.versionPriority
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ApiServiceSpec = toJson_ApiServiceSpec;
    function toJson_ManagedFieldsEntry(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiVersion": obj.apiVersion,
        "fieldsType": obj.fieldsType,
        "fieldsV1": obj.fieldsV1,
        "manager": obj.manager,
        "operation": obj.operation,
        "subresource": obj.subresource,
        "time": obj.time?.toISOString()
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ManagedFieldsEntry = toJson_ManagedFieldsEntry;
    function toJson_OwnerReference(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiVersion": obj.apiVersion,
        "blockOwnerDeletion": obj.blockOwnerDeletion,
        "controller": obj.controller,
        "kind": obj.kind,
        "name": obj.name,
        "uid": obj.uid
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_OwnerReference = toJson_OwnerReference;
    function toJson_WebhookClientConfig(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "caBundle": obj.caBundle,
        "service": toJson_ServiceReference(obj.service),
        "url": obj.url
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_WebhookClientConfig = toJson_WebhookClientConfig;
    function toJson_MatchCondition(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "expression": obj.expression,
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_MatchCondition = toJson_MatchCondition;
    function toJson_RuleWithOperations(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiGroups": obj.apiGroups?.map((y) => y),
        "apiVersions": obj.apiVersions?.map((y) => y),
        "operations": obj.operations?.map((y) => y),
        "resources": obj.resources?.map((y) => y),
        "scope": obj.scope
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_RuleWithOperations = toJson_RuleWithOperations;
    function toJson_AuditAnnotationV1Alpha1(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "key": obj.key,
        "valueExpression": obj.valueExpression
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_AuditAnnotationV1Alpha1 = toJson_AuditAnnotationV1Alpha1;
    function toJson_MatchConditionV1Alpha1(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "expression": obj.expression,
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_MatchConditionV1Alpha1 = toJson_MatchConditionV1Alpha1;
    function toJson_MatchResourcesV1Alpha1(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "excludeResourceRules": obj.excludeResourceRules?.map((y) => toJson_NamedRuleWithOperationsV1Alpha1(y)),
        "matchPolicy": obj.matchPolicy,
        "namespaceSelector": toJson_LabelSelector(obj.namespaceSelector),
        "objectSelector": toJson_LabelSelector(obj.objectSelector),
        "resourceRules": obj.resourceRules?.map((y) => toJson_NamedRuleWithOperationsV1Alpha1(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_MatchResourcesV1Alpha1 = toJson_MatchResourcesV1Alpha1;
    function toJson_ParamKindV1Alpha1(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiVersion": obj.apiVersion,
        "kind": obj.kind
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ParamKindV1Alpha1 = toJson_ParamKindV1Alpha1;
    function toJson_ValidationV1Alpha1(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "expression": obj.expression,
        "message": obj.message,
        "messageExpression": obj.messageExpression,
        "reason": obj.reason
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ValidationV1Alpha1 = toJson_ValidationV1Alpha1;
    function toJson_ParamRefV1Alpha1(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "namespace": obj.namespace
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ParamRefV1Alpha1 = toJson_ParamRefV1Alpha1;
    function toJson_DaemonSetUpdateStrategy(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "rollingUpdate": toJson_RollingUpdateDaemonSet(obj.rollingUpdate),
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_DaemonSetUpdateStrategy = toJson_DaemonSetUpdateStrategy;
    function toJson_DeploymentStrategy(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "rollingUpdate": toJson_RollingUpdateDeployment(obj.rollingUpdate),
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_DeploymentStrategy = toJson_DeploymentStrategy;
    function toJson_StatefulSetOrdinals(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "start": obj.start
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_StatefulSetOrdinals = toJson_StatefulSetOrdinals;
    function toJson_StatefulSetPersistentVolumeClaimRetentionPolicy(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "whenDeleted": obj.whenDeleted,
        "whenScaled": obj.whenScaled
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_StatefulSetPersistentVolumeClaimRetentionPolicy = toJson_StatefulSetPersistentVolumeClaimRetentionPolicy;
    function toJson_StatefulSetUpdateStrategy(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "rollingUpdate": toJson_RollingUpdateStatefulSetStrategy(obj.rollingUpdate),
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_StatefulSetUpdateStrategy = toJson_StatefulSetUpdateStrategy;
    function toJson_BoundObjectReference(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiVersion": obj.apiVersion,
        "kind": obj.kind,
        "name": obj.name,
        "uid": obj.uid
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_BoundObjectReference = toJson_BoundObjectReference;
    function toJson_NonResourceAttributes(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "path": obj.path,
        "verb": obj.verb
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NonResourceAttributes = toJson_NonResourceAttributes;
    function toJson_ResourceAttributes(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "group": obj.group,
        "name": obj.name,
        "namespace": obj.namespace,
        "resource": obj.resource,
        "subresource": obj.subresource,
        "verb": obj.verb,
        "version": obj.version
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ResourceAttributes = toJson_ResourceAttributes;
    function toJson_CrossVersionObjectReference(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiVersion": obj.apiVersion,
        "kind": obj.kind,
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CrossVersionObjectReference = toJson_CrossVersionObjectReference;
    function toJson_HorizontalPodAutoscalerBehaviorV2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "scaleDown": toJson_HpaScalingRulesV2(obj.scaleDown),
        "scaleUp": toJson_HpaScalingRulesV2(obj.scaleUp)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_HorizontalPodAutoscalerBehaviorV2 = toJson_HorizontalPodAutoscalerBehaviorV2;
    function toJson_MetricSpecV2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "containerResource": toJson_ContainerResourceMetricSourceV2(obj.containerResource),
        "external": toJson_ExternalMetricSourceV2(obj.external),
        "object": toJson_ObjectMetricSourceV2(obj.object),
        "pods": toJson_PodsMetricSourceV2(obj.pods),
        "resource": toJson_ResourceMetricSourceV2(obj.resource),
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_MetricSpecV2 = toJson_MetricSpecV2;
    function toJson_CrossVersionObjectReferenceV2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiVersion": obj.apiVersion,
        "kind": obj.kind,
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CrossVersionObjectReferenceV2 = toJson_CrossVersionObjectReferenceV2;
    function toJson_JobTemplateSpec(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_JobSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_JobTemplateSpec = toJson_JobTemplateSpec;
    function toJson_PodFailurePolicy(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "rules": obj.rules?.map((y) => toJson_PodFailurePolicyRule(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodFailurePolicy = toJson_PodFailurePolicy;
    function toJson_EndpointAddress(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "hostname": obj.hostname,
        "ip": obj.ip,
        "nodeName": obj.nodeName,
        "targetRef": toJson_ObjectReference(obj.targetRef)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_EndpointAddress = toJson_EndpointAddress;
    function toJson_LimitRangeItem(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "default": obj.default === void 0 ? void 0 : Object.entries(obj.default).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
        "defaultRequest": obj.defaultRequest === void 0 ? void 0 : Object.entries(obj.defaultRequest).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
        "max": obj.max === void 0 ? void 0 : Object.entries(obj.max).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
        "maxLimitRequestRatio": obj.maxLimitRequestRatio === void 0 ? void 0 : Object.entries(obj.maxLimitRequestRatio).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
        "min": obj.min === void 0 ? void 0 : Object.entries(obj.min).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_LimitRangeItem = toJson_LimitRangeItem;
    function toJson_NodeConfigSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "configMap": toJson_ConfigMapNodeConfigSource(obj.configMap)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NodeConfigSource = toJson_NodeConfigSource;
    function toJson_Taint(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "effect": obj.effect,
        "key": obj.key,
        "timeAdded": obj.timeAdded?.toISOString(),
        "value": obj.value
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_Taint = toJson_Taint;
    function toJson_AwsElasticBlockStoreVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "partition": obj.partition,
        "readOnly": obj.readOnly,
        "volumeID": obj.volumeId
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_AwsElasticBlockStoreVolumeSource = toJson_AwsElasticBlockStoreVolumeSource;
    function toJson_AzureDiskVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "cachingMode": obj.cachingMode,
        "diskName": obj.diskName,
        "diskURI": obj.diskUri,
        "fsType": obj.fsType,
        "kind": obj.kind,
        "readOnly": obj.readOnly
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_AzureDiskVolumeSource = toJson_AzureDiskVolumeSource;
    function toJson_AzureFilePersistentVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "readOnly": obj.readOnly,
        "secretName": obj.secretName,
        "secretNamespace": obj.secretNamespace,
        "shareName": obj.shareName
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_AzureFilePersistentVolumeSource = toJson_AzureFilePersistentVolumeSource;
    function toJson_CephFsPersistentVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "monitors": obj.monitors?.map((y) => y),
        "path": obj.path,
        "readOnly": obj.readOnly,
        "secretFile": obj.secretFile,
        "secretRef": toJson_SecretReference(obj.secretRef),
        "user": obj.user
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CephFsPersistentVolumeSource = toJson_CephFsPersistentVolumeSource;
    function toJson_CinderPersistentVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "readOnly": obj.readOnly,
        "secretRef": toJson_SecretReference(obj.secretRef),
        "volumeID": obj.volumeId
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CinderPersistentVolumeSource = toJson_CinderPersistentVolumeSource;
    function toJson_CsiPersistentVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "controllerExpandSecretRef": toJson_SecretReference(obj.controllerExpandSecretRef),
        "controllerPublishSecretRef": toJson_SecretReference(obj.controllerPublishSecretRef),
        "driver": obj.driver,
        "fsType": obj.fsType,
        "nodeExpandSecretRef": toJson_SecretReference(obj.nodeExpandSecretRef),
        "nodePublishSecretRef": toJson_SecretReference(obj.nodePublishSecretRef),
        "nodeStageSecretRef": toJson_SecretReference(obj.nodeStageSecretRef),
        "readOnly": obj.readOnly,
        "volumeAttributes": obj.volumeAttributes === void 0 ? void 0 : Object.entries(obj.volumeAttributes).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "volumeHandle": obj.volumeHandle
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CsiPersistentVolumeSource = toJson_CsiPersistentVolumeSource;
    function toJson_FcVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "lun": obj.lun,
        "readOnly": obj.readOnly,
        "targetWWNs": obj.targetWwNs?.map((y) => y),
        "wwids": obj.wwids?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_FcVolumeSource = toJson_FcVolumeSource;
    function toJson_FlexPersistentVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "driver": obj.driver,
        "fsType": obj.fsType,
        "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "readOnly": obj.readOnly,
        "secretRef": toJson_SecretReference(obj.secretRef)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_FlexPersistentVolumeSource = toJson_FlexPersistentVolumeSource;
    function toJson_FlockerVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "datasetName": obj.datasetName,
        "datasetUUID": obj.datasetUuid
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_FlockerVolumeSource = toJson_FlockerVolumeSource;
    function toJson_GcePersistentDiskVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "partition": obj.partition,
        "pdName": obj.pdName,
        "readOnly": obj.readOnly
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_GcePersistentDiskVolumeSource = toJson_GcePersistentDiskVolumeSource;
    function toJson_GlusterfsPersistentVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "endpoints": obj.endpoints,
        "endpointsNamespace": obj.endpointsNamespace,
        "path": obj.path,
        "readOnly": obj.readOnly
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_GlusterfsPersistentVolumeSource = toJson_GlusterfsPersistentVolumeSource;
    function toJson_HostPathVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "path": obj.path,
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_HostPathVolumeSource = toJson_HostPathVolumeSource;
    function toJson_IscsiPersistentVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "chapAuthDiscovery": obj.chapAuthDiscovery,
        "chapAuthSession": obj.chapAuthSession,
        "fsType": obj.fsType,
        "initiatorName": obj.initiatorName,
        "iqn": obj.iqn,
        "iscsiInterface": obj.iscsiInterface,
        "lun": obj.lun,
        "portals": obj.portals?.map((y) => y),
        "readOnly": obj.readOnly,
        "secretRef": toJson_SecretReference(obj.secretRef),
        "targetPortal": obj.targetPortal
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_IscsiPersistentVolumeSource = toJson_IscsiPersistentVolumeSource;
    function toJson_LocalVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "path": obj.path
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_LocalVolumeSource = toJson_LocalVolumeSource;
    function toJson_NfsVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "path": obj.path,
        "readOnly": obj.readOnly,
        "server": obj.server
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NfsVolumeSource = toJson_NfsVolumeSource;
    function toJson_VolumeNodeAffinity(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "required": toJson_NodeSelector(obj.required)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_VolumeNodeAffinity = toJson_VolumeNodeAffinity;
    function toJson_PhotonPersistentDiskVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "pdID": obj.pdId
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PhotonPersistentDiskVolumeSource = toJson_PhotonPersistentDiskVolumeSource;
    function toJson_PortworxVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "readOnly": obj.readOnly,
        "volumeID": obj.volumeId
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PortworxVolumeSource = toJson_PortworxVolumeSource;
    function toJson_QuobyteVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "group": obj.group,
        "readOnly": obj.readOnly,
        "registry": obj.registry,
        "tenant": obj.tenant,
        "user": obj.user,
        "volume": obj.volume
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_QuobyteVolumeSource = toJson_QuobyteVolumeSource;
    function toJson_RbdPersistentVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "image": obj.image,
        "keyring": obj.keyring,
        "monitors": obj.monitors?.map((y) => y),
        "pool": obj.pool,
        "readOnly": obj.readOnly,
        "secretRef": toJson_SecretReference(obj.secretRef),
        "user": obj.user
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_RbdPersistentVolumeSource = toJson_RbdPersistentVolumeSource;
    function toJson_ScaleIoPersistentVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "gateway": obj.gateway,
        "protectionDomain": obj.protectionDomain,
        "readOnly": obj.readOnly,
        "secretRef": toJson_SecretReference(obj.secretRef),
        "sslEnabled": obj.sslEnabled,
        "storageMode": obj.storageMode,
        "storagePool": obj.storagePool,
        "system": obj.system,
        "volumeName": obj.volumeName
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ScaleIoPersistentVolumeSource = toJson_ScaleIoPersistentVolumeSource;
    function toJson_StorageOsPersistentVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "readOnly": obj.readOnly,
        "secretRef": toJson_ObjectReference(obj.secretRef),
        "volumeName": obj.volumeName,
        "volumeNamespace": obj.volumeNamespace
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_StorageOsPersistentVolumeSource = toJson_StorageOsPersistentVolumeSource;
    function toJson_VsphereVirtualDiskVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "storagePolicyID": obj.storagePolicyId,
        "storagePolicyName": obj.storagePolicyName,
        "volumePath": obj.volumePath
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_VsphereVirtualDiskVolumeSource = toJson_VsphereVirtualDiskVolumeSource;
    function toJson_TypedLocalObjectReference(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiGroup": obj.apiGroup,
        "kind": obj.kind,
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_TypedLocalObjectReference = toJson_TypedLocalObjectReference;
    function toJson_TypedObjectReference(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiGroup": obj.apiGroup,
        "kind": obj.kind,
        "name": obj.name,
        "namespace": obj.namespace
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_TypedObjectReference = toJson_TypedObjectReference;
    function toJson_ResourceRequirements(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "claims": obj.claims?.map((y) => toJson_ResourceClaim(y)),
        "limits": obj.limits === void 0 ? void 0 : Object.entries(obj.limits).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
        "requests": obj.requests === void 0 ? void 0 : Object.entries(obj.requests).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ResourceRequirements = toJson_ResourceRequirements;
    function toJson_Affinity(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "nodeAffinity": toJson_NodeAffinity(obj.nodeAffinity),
        "podAffinity": toJson_PodAffinity(obj.podAffinity),
        "podAntiAffinity": toJson_PodAntiAffinity(obj.podAntiAffinity)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_Affinity = toJson_Affinity;
    function toJson_Container(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "args": obj.args?.map((y) => y),
        "command": obj.command?.map((y) => y),
        "env": obj.env?.map((y) => toJson_EnvVar(y)),
        "envFrom": obj.envFrom?.map((y) => toJson_EnvFromSource(y)),
        "image": obj.image,
        "imagePullPolicy": obj.imagePullPolicy,
        "lifecycle": toJson_Lifecycle(obj.lifecycle),
        "livenessProbe": toJson_Probe(obj.livenessProbe),
        "name": obj.name,
        "ports": obj.ports?.map((y) => toJson_ContainerPort(y)),
        "readinessProbe": toJson_Probe(obj.readinessProbe),
        "resizePolicy": obj.resizePolicy?.map((y) => toJson_ContainerResizePolicy(y)),
        "resources": toJson_ResourceRequirements(obj.resources),
        "securityContext": toJson_SecurityContext(obj.securityContext),
        "startupProbe": toJson_Probe(obj.startupProbe),
        "stdin": obj.stdin,
        "stdinOnce": obj.stdinOnce,
        "terminationMessagePath": obj.terminationMessagePath,
        "terminationMessagePolicy": obj.terminationMessagePolicy,
        "tty": obj.tty,
        "volumeDevices": obj.volumeDevices?.map((y) => toJson_VolumeDevice(y)),
        "volumeMounts": obj.volumeMounts?.map((y) => toJson_VolumeMount(y)),
        "workingDir": obj.workingDir
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_Container = toJson_Container;
    function toJson_PodDnsConfig(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "nameservers": obj.nameservers?.map((y) => y),
        "options": obj.options?.map((y) => toJson_PodDnsConfigOption(y)),
        "searches": obj.searches?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodDnsConfig = toJson_PodDnsConfig;
    function toJson_EphemeralContainer(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "args": obj.args?.map((y) => y),
        "command": obj.command?.map((y) => y),
        "env": obj.env?.map((y) => toJson_EnvVar(y)),
        "envFrom": obj.envFrom?.map((y) => toJson_EnvFromSource(y)),
        "image": obj.image,
        "imagePullPolicy": obj.imagePullPolicy,
        "lifecycle": toJson_Lifecycle(obj.lifecycle),
        "livenessProbe": toJson_Probe(obj.livenessProbe),
        "name": obj.name,
        "ports": obj.ports?.map((y) => toJson_ContainerPort(y)),
        "readinessProbe": toJson_Probe(obj.readinessProbe),
        "resizePolicy": obj.resizePolicy?.map((y) => toJson_ContainerResizePolicy(y)),
        "resources": toJson_ResourceRequirements(obj.resources),
        "securityContext": toJson_SecurityContext(obj.securityContext),
        "startupProbe": toJson_Probe(obj.startupProbe),
        "stdin": obj.stdin,
        "stdinOnce": obj.stdinOnce,
        "targetContainerName": obj.targetContainerName,
        "terminationMessagePath": obj.terminationMessagePath,
        "terminationMessagePolicy": obj.terminationMessagePolicy,
        "tty": obj.tty,
        "volumeDevices": obj.volumeDevices?.map((y) => toJson_VolumeDevice(y)),
        "volumeMounts": obj.volumeMounts?.map((y) => toJson_VolumeMount(y)),
        "workingDir": obj.workingDir
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_EphemeralContainer = toJson_EphemeralContainer;
    function toJson_HostAlias(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "hostnames": obj.hostnames?.map((y) => y),
        "ip": obj.ip
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_HostAlias = toJson_HostAlias;
    function toJson_PodOs(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodOs = toJson_PodOs;
    function toJson_PodReadinessGate(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "conditionType": obj.conditionType
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodReadinessGate = toJson_PodReadinessGate;
    function toJson_PodResourceClaim(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "source": toJson_ClaimSource(obj.source)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodResourceClaim = toJson_PodResourceClaim;
    function toJson_PodSchedulingGate(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodSchedulingGate = toJson_PodSchedulingGate;
    function toJson_PodSecurityContext(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsGroup": obj.fsGroup,
        "fsGroupChangePolicy": obj.fsGroupChangePolicy,
        "runAsGroup": obj.runAsGroup,
        "runAsNonRoot": obj.runAsNonRoot,
        "runAsUser": obj.runAsUser,
        "seLinuxOptions": toJson_SeLinuxOptions(obj.seLinuxOptions),
        "seccompProfile": toJson_SeccompProfile(obj.seccompProfile),
        "supplementalGroups": obj.supplementalGroups?.map((y) => y),
        "sysctls": obj.sysctls?.map((y) => toJson_Sysctl(y)),
        "windowsOptions": toJson_WindowsSecurityContextOptions(obj.windowsOptions)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodSecurityContext = toJson_PodSecurityContext;
    function toJson_Toleration(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "effect": obj.effect,
        "key": obj.key,
        "operator": obj.operator,
        "tolerationSeconds": obj.tolerationSeconds,
        "value": obj.value
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_Toleration = toJson_Toleration;
    function toJson_TopologySpreadConstraint(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "labelSelector": toJson_LabelSelector(obj.labelSelector),
        "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
        "maxSkew": obj.maxSkew,
        "minDomains": obj.minDomains,
        "nodeAffinityPolicy": obj.nodeAffinityPolicy,
        "nodeTaintsPolicy": obj.nodeTaintsPolicy,
        "topologyKey": obj.topologyKey,
        "whenUnsatisfiable": obj.whenUnsatisfiable
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_TopologySpreadConstraint = toJson_TopologySpreadConstraint;
    function toJson_Volume(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "awsElasticBlockStore": toJson_AwsElasticBlockStoreVolumeSource(obj.awsElasticBlockStore),
        "azureDisk": toJson_AzureDiskVolumeSource(obj.azureDisk),
        "azureFile": toJson_AzureFileVolumeSource(obj.azureFile),
        "cephfs": toJson_CephFsVolumeSource(obj.cephfs),
        "cinder": toJson_CinderVolumeSource(obj.cinder),
        "configMap": toJson_ConfigMapVolumeSource(obj.configMap),
        "csi": toJson_CsiVolumeSource(obj.csi),
        "downwardAPI": toJson_DownwardApiVolumeSource(obj.downwardApi),
        "emptyDir": toJson_EmptyDirVolumeSource(obj.emptyDir),
        "ephemeral": toJson_EphemeralVolumeSource(obj.ephemeral),
        "fc": toJson_FcVolumeSource(obj.fc),
        "flexVolume": toJson_FlexVolumeSource(obj.flexVolume),
        "flocker": toJson_FlockerVolumeSource(obj.flocker),
        "gcePersistentDisk": toJson_GcePersistentDiskVolumeSource(obj.gcePersistentDisk),
        "gitRepo": toJson_GitRepoVolumeSource(obj.gitRepo),
        "glusterfs": toJson_GlusterfsVolumeSource(obj.glusterfs),
        "hostPath": toJson_HostPathVolumeSource(obj.hostPath),
        "iscsi": toJson_IscsiVolumeSource(obj.iscsi),
        "name": obj.name,
        "nfs": toJson_NfsVolumeSource(obj.nfs),
        "persistentVolumeClaim": toJson_PersistentVolumeClaimVolumeSource(obj.persistentVolumeClaim),
        "photonPersistentDisk": toJson_PhotonPersistentDiskVolumeSource(obj.photonPersistentDisk),
        "portworxVolume": toJson_PortworxVolumeSource(obj.portworxVolume),
        "projected": toJson_ProjectedVolumeSource(obj.projected),
        "quobyte": toJson_QuobyteVolumeSource(obj.quobyte),
        "rbd": toJson_RbdVolumeSource(obj.rbd),
        "scaleIO": toJson_ScaleIoVolumeSource(obj.scaleIo),
        "secret": toJson_SecretVolumeSource(obj.secret),
        "storageos": toJson_StorageOsVolumeSource(obj.storageos),
        "vsphereVolume": toJson_VsphereVirtualDiskVolumeSource(obj.vsphereVolume)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_Volume = toJson_Volume;
    function toJson_ScopeSelector(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "matchExpressions": obj.matchExpressions?.map((y) => toJson_ScopedResourceSelectorRequirement(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ScopeSelector = toJson_ScopeSelector;
    function toJson_ServicePort(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "appProtocol": obj.appProtocol,
        "name": obj.name,
        "nodePort": obj.nodePort,
        "port": obj.port,
        "protocol": obj.protocol,
        "targetPort": obj.targetPort?.value
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ServicePort = toJson_ServicePort;
    function toJson_SessionAffinityConfig(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "clientIP": toJson_ClientIpConfig(obj.clientIp)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_SessionAffinityConfig = toJson_SessionAffinityConfig;
    function toJson_EndpointConditions(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "ready": obj.ready,
        "serving": obj.serving,
        "terminating": obj.terminating
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_EndpointConditions = toJson_EndpointConditions;
    function toJson_EndpointHints(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "forZones": obj.forZones?.map((y) => toJson_ForZone(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_EndpointHints = toJson_EndpointHints;
    function toJson_FlowDistinguisherMethodV1Beta2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_FlowDistinguisherMethodV1Beta2 = toJson_FlowDistinguisherMethodV1Beta2;
    function toJson_PriorityLevelConfigurationReferenceV1Beta2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PriorityLevelConfigurationReferenceV1Beta2 = toJson_PriorityLevelConfigurationReferenceV1Beta2;
    function toJson_PolicyRulesWithSubjectsV1Beta2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "nonResourceRules": obj.nonResourceRules?.map((y) => toJson_NonResourcePolicyRuleV1Beta2(y)),
        "resourceRules": obj.resourceRules?.map((y) => toJson_ResourcePolicyRuleV1Beta2(y)),
        "subjects": obj.subjects?.map((y) => toJson_SubjectV1Beta2(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PolicyRulesWithSubjectsV1Beta2 = toJson_PolicyRulesWithSubjectsV1Beta2;
    function toJson_LimitedPriorityLevelConfigurationV1Beta2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "assuredConcurrencyShares": obj.assuredConcurrencyShares,
        "borrowingLimitPercent": obj.borrowingLimitPercent,
        "lendablePercent": obj.lendablePercent,
        "limitResponse": toJson_LimitResponseV1Beta2(obj.limitResponse)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_LimitedPriorityLevelConfigurationV1Beta2 = toJson_LimitedPriorityLevelConfigurationV1Beta2;
    function toJson_FlowDistinguisherMethodV1Beta3(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_FlowDistinguisherMethodV1Beta3 = toJson_FlowDistinguisherMethodV1Beta3;
    function toJson_PriorityLevelConfigurationReferenceV1Beta3(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PriorityLevelConfigurationReferenceV1Beta3 = toJson_PriorityLevelConfigurationReferenceV1Beta3;
    function toJson_PolicyRulesWithSubjectsV1Beta3(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "nonResourceRules": obj.nonResourceRules?.map((y) => toJson_NonResourcePolicyRuleV1Beta3(y)),
        "resourceRules": obj.resourceRules?.map((y) => toJson_ResourcePolicyRuleV1Beta3(y)),
        "subjects": obj.subjects?.map((y) => toJson_SubjectV1Beta3(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PolicyRulesWithSubjectsV1Beta3 = toJson_PolicyRulesWithSubjectsV1Beta3;
    function toJson_LimitedPriorityLevelConfigurationV1Beta3(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "borrowingLimitPercent": obj.borrowingLimitPercent,
        "lendablePercent": obj.lendablePercent,
        "limitResponse": toJson_LimitResponseV1Beta3(obj.limitResponse),
        "nominalConcurrencyShares": obj.nominalConcurrencyShares
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_LimitedPriorityLevelConfigurationV1Beta3 = toJson_LimitedPriorityLevelConfigurationV1Beta3;
    function toJson_IngressBackend(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "resource": toJson_TypedLocalObjectReference(obj.resource),
        "service": toJson_IngressServiceBackend(obj.service)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_IngressBackend = toJson_IngressBackend;
    function toJson_IngressRule(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "host": obj.host,
        "http": toJson_HttpIngressRuleValue(obj.http)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_IngressRule = toJson_IngressRule;
    function toJson_IngressTls(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "hosts": obj.hosts?.map((y) => y),
        "secretName": obj.secretName
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_IngressTls = toJson_IngressTls;
    function toJson_IngressClassParametersReference(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiGroup": obj.apiGroup,
        "kind": obj.kind,
        "name": obj.name,
        "namespace": obj.namespace,
        "scope": obj.scope
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_IngressClassParametersReference = toJson_IngressClassParametersReference;
    function toJson_NetworkPolicyEgressRule(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "ports": obj.ports?.map((y) => toJson_NetworkPolicyPort(y)),
        "to": obj.to?.map((y) => toJson_NetworkPolicyPeer(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NetworkPolicyEgressRule = toJson_NetworkPolicyEgressRule;
    function toJson_NetworkPolicyIngressRule(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "from": obj.from?.map((y) => toJson_NetworkPolicyPeer(y)),
        "ports": obj.ports?.map((y) => toJson_NetworkPolicyPort(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NetworkPolicyIngressRule = toJson_NetworkPolicyIngressRule;
    function toJson_ParentReferenceV1Alpha1(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "group": obj.group,
        "name": obj.name,
        "namespace": obj.namespace,
        "resource": obj.resource,
        "uid": obj.uid
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ParentReferenceV1Alpha1 = toJson_ParentReferenceV1Alpha1;
    var IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind;
    (function(IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind2) {
      IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind2["DELETE_OPTIONS"] = "DeleteOptions";
    })(IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind = exports.IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind || (exports.IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind = {}));
    function toJson_Preconditions(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "resourceVersion": obj.resourceVersion,
        "uid": obj.uid
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_Preconditions = toJson_Preconditions;
    var IntOrString = class _IntOrString {
      constructor(value) {
        this.value = value;
      }
      static fromString(value) {
        return new _IntOrString(value);
      }
      static fromNumber(value) {
        return new _IntOrString(value);
      }
    };
    exports.IntOrString = IntOrString;
    _111 = JSII_RTTI_SYMBOL_1;
    IntOrString[_111] = { fqn: "cdk8s-plus-27.k8s.IntOrString", version: "2.9.5" };
    function toJson_ResourceClaimParametersReferenceV1Alpha2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiGroup": obj.apiGroup,
        "kind": obj.kind,
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ResourceClaimParametersReferenceV1Alpha2 = toJson_ResourceClaimParametersReferenceV1Alpha2;
    function toJson_NodeSelectorTerm(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "matchExpressions": obj.matchExpressions?.map((y) => toJson_NodeSelectorRequirement(y)),
        "matchFields": obj.matchFields?.map((y) => toJson_NodeSelectorRequirement(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NodeSelectorTerm = toJson_NodeSelectorTerm;
    function toJson_TokenRequest(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "audience": obj.audience,
        "expirationSeconds": obj.expirationSeconds
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_TokenRequest = toJson_TokenRequest;
    function toJson_CsiNodeDriver(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "allocatable": toJson_VolumeNodeResources(obj.allocatable),
        "name": obj.name,
        "nodeID": obj.nodeId,
        "topologyKeys": obj.topologyKeys?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CsiNodeDriver = toJson_CsiNodeDriver;
    function toJson_LabelSelectorRequirement(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "key": obj.key,
        "operator": obj.operator,
        "values": obj.values?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_LabelSelectorRequirement = toJson_LabelSelectorRequirement;
    function toJson_TopologySelectorLabelRequirement(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "key": obj.key,
        "values": obj.values?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_TopologySelectorLabelRequirement = toJson_TopologySelectorLabelRequirement;
    function toJson_VolumeAttachmentSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "inlineVolumeSpec": toJson_PersistentVolumeSpec(obj.inlineVolumeSpec),
        "persistentVolumeName": obj.persistentVolumeName
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_VolumeAttachmentSource = toJson_VolumeAttachmentSource;
    function toJson_CustomResourceConversion(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "strategy": obj.strategy,
        "webhook": toJson_WebhookConversion(obj.webhook)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CustomResourceConversion = toJson_CustomResourceConversion;
    function toJson_CustomResourceDefinitionNames(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "categories": obj.categories?.map((y) => y),
        "kind": obj.kind,
        "listKind": obj.listKind,
        "plural": obj.plural,
        "shortNames": obj.shortNames?.map((y) => y),
        "singular": obj.singular
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CustomResourceDefinitionNames = toJson_CustomResourceDefinitionNames;
    function toJson_CustomResourceDefinitionVersion(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "additionalPrinterColumns": obj.additionalPrinterColumns?.map((y) => toJson_CustomResourceColumnDefinition(y)),
        "deprecated": obj.deprecated,
        "deprecationWarning": obj.deprecationWarning,
        "name": obj.name,
        "schema": toJson_CustomResourceValidation(obj.schema),
        "served": obj.served,
        "storage": obj.storage,
        "subresources": toJson_CustomResourceSubresources(obj.subresources)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CustomResourceDefinitionVersion = toJson_CustomResourceDefinitionVersion;
    function toJson_StatusCause(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "field": obj.field,
        "message": obj.message,
        "reason": obj.reason
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_StatusCause = toJson_StatusCause;
    function toJson_ServiceReference(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "namespace": obj.namespace,
        "path": obj.path,
        "port": obj.port
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ServiceReference = toJson_ServiceReference;
    function toJson_NamedRuleWithOperationsV1Alpha1(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiGroups": obj.apiGroups?.map((y) => y),
        "apiVersions": obj.apiVersions?.map((y) => y),
        "operations": obj.operations?.map((y) => y),
        "resourceNames": obj.resourceNames?.map((y) => y),
        "resources": obj.resources?.map((y) => y),
        "scope": obj.scope
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NamedRuleWithOperationsV1Alpha1 = toJson_NamedRuleWithOperationsV1Alpha1;
    function toJson_RollingUpdateDaemonSet(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "maxSurge": obj.maxSurge?.value,
        "maxUnavailable": obj.maxUnavailable?.value
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_RollingUpdateDaemonSet = toJson_RollingUpdateDaemonSet;
    function toJson_RollingUpdateDeployment(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "maxSurge": obj.maxSurge?.value,
        "maxUnavailable": obj.maxUnavailable?.value
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_RollingUpdateDeployment = toJson_RollingUpdateDeployment;
    function toJson_RollingUpdateStatefulSetStrategy(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "maxUnavailable": obj.maxUnavailable?.value,
        "partition": obj.partition
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_RollingUpdateStatefulSetStrategy = toJson_RollingUpdateStatefulSetStrategy;
    function toJson_HpaScalingRulesV2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "policies": obj.policies?.map((y) => toJson_HpaScalingPolicyV2(y)),
        "selectPolicy": obj.selectPolicy,
        "stabilizationWindowSeconds": obj.stabilizationWindowSeconds
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_HpaScalingRulesV2 = toJson_HpaScalingRulesV2;
    function toJson_ContainerResourceMetricSourceV2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "container": obj.container,
        "name": obj.name,
        "target": toJson_MetricTargetV2(obj.target)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ContainerResourceMetricSourceV2 = toJson_ContainerResourceMetricSourceV2;
    function toJson_ExternalMetricSourceV2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metric": toJson_MetricIdentifierV2(obj.metric),
        "target": toJson_MetricTargetV2(obj.target)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ExternalMetricSourceV2 = toJson_ExternalMetricSourceV2;
    function toJson_ObjectMetricSourceV2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "describedObject": toJson_CrossVersionObjectReferenceV2(obj.describedObject),
        "metric": toJson_MetricIdentifierV2(obj.metric),
        "target": toJson_MetricTargetV2(obj.target)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ObjectMetricSourceV2 = toJson_ObjectMetricSourceV2;
    function toJson_PodsMetricSourceV2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metric": toJson_MetricIdentifierV2(obj.metric),
        "target": toJson_MetricTargetV2(obj.target)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodsMetricSourceV2 = toJson_PodsMetricSourceV2;
    function toJson_ResourceMetricSourceV2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "target": toJson_MetricTargetV2(obj.target)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ResourceMetricSourceV2 = toJson_ResourceMetricSourceV2;
    function toJson_PodFailurePolicyRule(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "action": obj.action,
        "onExitCodes": toJson_PodFailurePolicyOnExitCodesRequirement(obj.onExitCodes),
        "onPodConditions": obj.onPodConditions?.map((y) => toJson_PodFailurePolicyOnPodConditionsPattern(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodFailurePolicyRule = toJson_PodFailurePolicyRule;
    function toJson_ConfigMapNodeConfigSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "kubeletConfigKey": obj.kubeletConfigKey,
        "name": obj.name,
        "namespace": obj.namespace,
        "resourceVersion": obj.resourceVersion,
        "uid": obj.uid
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ConfigMapNodeConfigSource = toJson_ConfigMapNodeConfigSource;
    function toJson_SecretReference(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "namespace": obj.namespace
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_SecretReference = toJson_SecretReference;
    function toJson_ResourceClaim(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ResourceClaim = toJson_ResourceClaim;
    function toJson_NodeAffinity(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_PreferredSchedulingTerm(y)),
        "requiredDuringSchedulingIgnoredDuringExecution": toJson_NodeSelector(obj.requiredDuringSchedulingIgnoredDuringExecution)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NodeAffinity = toJson_NodeAffinity;
    function toJson_PodAffinity(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_WeightedPodAffinityTerm(y)),
        "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_PodAffinityTerm(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodAffinity = toJson_PodAffinity;
    function toJson_PodAntiAffinity(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_WeightedPodAffinityTerm(y)),
        "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_PodAffinityTerm(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodAntiAffinity = toJson_PodAntiAffinity;
    function toJson_EnvVar(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "value": obj.value,
        "valueFrom": toJson_EnvVarSource(obj.valueFrom)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_EnvVar = toJson_EnvVar;
    function toJson_EnvFromSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "configMapRef": toJson_ConfigMapEnvSource(obj.configMapRef),
        "prefix": obj.prefix,
        "secretRef": toJson_SecretEnvSource(obj.secretRef)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_EnvFromSource = toJson_EnvFromSource;
    function toJson_Lifecycle(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "postStart": toJson_LifecycleHandler(obj.postStart),
        "preStop": toJson_LifecycleHandler(obj.preStop)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_Lifecycle = toJson_Lifecycle;
    function toJson_Probe(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "exec": toJson_ExecAction(obj.exec),
        "failureThreshold": obj.failureThreshold,
        "grpc": toJson_GrpcAction(obj.grpc),
        "httpGet": toJson_HttpGetAction(obj.httpGet),
        "initialDelaySeconds": obj.initialDelaySeconds,
        "periodSeconds": obj.periodSeconds,
        "successThreshold": obj.successThreshold,
        "tcpSocket": toJson_TcpSocketAction(obj.tcpSocket),
        "terminationGracePeriodSeconds": obj.terminationGracePeriodSeconds,
        "timeoutSeconds": obj.timeoutSeconds
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_Probe = toJson_Probe;
    function toJson_ContainerPort(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "containerPort": obj.containerPort,
        "hostIP": obj.hostIp,
        "hostPort": obj.hostPort,
        "name": obj.name,
        "protocol": obj.protocol
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ContainerPort = toJson_ContainerPort;
    function toJson_ContainerResizePolicy(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "resourceName": obj.resourceName,
        "restartPolicy": obj.restartPolicy
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ContainerResizePolicy = toJson_ContainerResizePolicy;
    function toJson_SecurityContext(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
        "capabilities": toJson_Capabilities(obj.capabilities),
        "privileged": obj.privileged,
        "procMount": obj.procMount,
        "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
        "runAsGroup": obj.runAsGroup,
        "runAsNonRoot": obj.runAsNonRoot,
        "runAsUser": obj.runAsUser,
        "seLinuxOptions": toJson_SeLinuxOptions(obj.seLinuxOptions),
        "seccompProfile": toJson_SeccompProfile(obj.seccompProfile),
        "windowsOptions": toJson_WindowsSecurityContextOptions(obj.windowsOptions)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_SecurityContext = toJson_SecurityContext;
    function toJson_VolumeDevice(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "devicePath": obj.devicePath,
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_VolumeDevice = toJson_VolumeDevice;
    function toJson_VolumeMount(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "mountPath": obj.mountPath,
        "mountPropagation": obj.mountPropagation,
        "name": obj.name,
        "readOnly": obj.readOnly,
        "subPath": obj.subPath,
        "subPathExpr": obj.subPathExpr
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_VolumeMount = toJson_VolumeMount;
    function toJson_PodDnsConfigOption(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "value": obj.value
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodDnsConfigOption = toJson_PodDnsConfigOption;
    function toJson_ClaimSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "resourceClaimName": obj.resourceClaimName,
        "resourceClaimTemplateName": obj.resourceClaimTemplateName
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ClaimSource = toJson_ClaimSource;
    function toJson_SeLinuxOptions(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "level": obj.level,
        "role": obj.role,
        "type": obj.type,
        "user": obj.user
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_SeLinuxOptions = toJson_SeLinuxOptions;
    function toJson_SeccompProfile(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "localhostProfile": obj.localhostProfile,
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_SeccompProfile = toJson_SeccompProfile;
    function toJson_Sysctl(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "value": obj.value
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_Sysctl = toJson_Sysctl;
    function toJson_WindowsSecurityContextOptions(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "gmsaCredentialSpec": obj.gmsaCredentialSpec,
        "gmsaCredentialSpecName": obj.gmsaCredentialSpecName,
        "hostProcess": obj.hostProcess,
        "runAsUserName": obj.runAsUserName
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_WindowsSecurityContextOptions = toJson_WindowsSecurityContextOptions;
    function toJson_AzureFileVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "readOnly": obj.readOnly,
        "secretName": obj.secretName,
        "shareName": obj.shareName
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_AzureFileVolumeSource = toJson_AzureFileVolumeSource;
    function toJson_CephFsVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "monitors": obj.monitors?.map((y) => y),
        "path": obj.path,
        "readOnly": obj.readOnly,
        "secretFile": obj.secretFile,
        "secretRef": toJson_LocalObjectReference(obj.secretRef),
        "user": obj.user
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CephFsVolumeSource = toJson_CephFsVolumeSource;
    function toJson_CinderVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "readOnly": obj.readOnly,
        "secretRef": toJson_LocalObjectReference(obj.secretRef),
        "volumeID": obj.volumeId
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CinderVolumeSource = toJson_CinderVolumeSource;
    function toJson_ConfigMapVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "defaultMode": obj.defaultMode,
        "items": obj.items?.map((y) => toJson_KeyToPath(y)),
        "name": obj.name,
        "optional": obj.optional
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ConfigMapVolumeSource = toJson_ConfigMapVolumeSource;
    function toJson_CsiVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "driver": obj.driver,
        "fsType": obj.fsType,
        "nodePublishSecretRef": toJson_LocalObjectReference(obj.nodePublishSecretRef),
        "readOnly": obj.readOnly,
        "volumeAttributes": obj.volumeAttributes === void 0 ? void 0 : Object.entries(obj.volumeAttributes).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CsiVolumeSource = toJson_CsiVolumeSource;
    function toJson_DownwardApiVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "defaultMode": obj.defaultMode,
        "items": obj.items?.map((y) => toJson_DownwardApiVolumeFile(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_DownwardApiVolumeSource = toJson_DownwardApiVolumeSource;
    function toJson_EmptyDirVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "medium": obj.medium,
        "sizeLimit": obj.sizeLimit?.value
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_EmptyDirVolumeSource = toJson_EmptyDirVolumeSource;
    function toJson_EphemeralVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "volumeClaimTemplate": toJson_PersistentVolumeClaimTemplate(obj.volumeClaimTemplate)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_EphemeralVolumeSource = toJson_EphemeralVolumeSource;
    function toJson_FlexVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "driver": obj.driver,
        "fsType": obj.fsType,
        "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "readOnly": obj.readOnly,
        "secretRef": toJson_LocalObjectReference(obj.secretRef)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_FlexVolumeSource = toJson_FlexVolumeSource;
    function toJson_GitRepoVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "directory": obj.directory,
        "repository": obj.repository,
        "revision": obj.revision
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_GitRepoVolumeSource = toJson_GitRepoVolumeSource;
    function toJson_GlusterfsVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "endpoints": obj.endpoints,
        "path": obj.path,
        "readOnly": obj.readOnly
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_GlusterfsVolumeSource = toJson_GlusterfsVolumeSource;
    function toJson_IscsiVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "chapAuthDiscovery": obj.chapAuthDiscovery,
        "chapAuthSession": obj.chapAuthSession,
        "fsType": obj.fsType,
        "initiatorName": obj.initiatorName,
        "iqn": obj.iqn,
        "iscsiInterface": obj.iscsiInterface,
        "lun": obj.lun,
        "portals": obj.portals?.map((y) => y),
        "readOnly": obj.readOnly,
        "secretRef": toJson_LocalObjectReference(obj.secretRef),
        "targetPortal": obj.targetPortal
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_IscsiVolumeSource = toJson_IscsiVolumeSource;
    function toJson_PersistentVolumeClaimVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "claimName": obj.claimName,
        "readOnly": obj.readOnly
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PersistentVolumeClaimVolumeSource = toJson_PersistentVolumeClaimVolumeSource;
    function toJson_ProjectedVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "defaultMode": obj.defaultMode,
        "sources": obj.sources?.map((y) => toJson_VolumeProjection(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ProjectedVolumeSource = toJson_ProjectedVolumeSource;
    function toJson_RbdVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "image": obj.image,
        "keyring": obj.keyring,
        "monitors": obj.monitors?.map((y) => y),
        "pool": obj.pool,
        "readOnly": obj.readOnly,
        "secretRef": toJson_LocalObjectReference(obj.secretRef),
        "user": obj.user
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_RbdVolumeSource = toJson_RbdVolumeSource;
    function toJson_ScaleIoVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "gateway": obj.gateway,
        "protectionDomain": obj.protectionDomain,
        "readOnly": obj.readOnly,
        "secretRef": toJson_LocalObjectReference(obj.secretRef),
        "sslEnabled": obj.sslEnabled,
        "storageMode": obj.storageMode,
        "storagePool": obj.storagePool,
        "system": obj.system,
        "volumeName": obj.volumeName
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ScaleIoVolumeSource = toJson_ScaleIoVolumeSource;
    function toJson_SecretVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "defaultMode": obj.defaultMode,
        "items": obj.items?.map((y) => toJson_KeyToPath(y)),
        "optional": obj.optional,
        "secretName": obj.secretName
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_SecretVolumeSource = toJson_SecretVolumeSource;
    function toJson_StorageOsVolumeSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fsType": obj.fsType,
        "readOnly": obj.readOnly,
        "secretRef": toJson_LocalObjectReference(obj.secretRef),
        "volumeName": obj.volumeName,
        "volumeNamespace": obj.volumeNamespace
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_StorageOsVolumeSource = toJson_StorageOsVolumeSource;
    function toJson_ScopedResourceSelectorRequirement(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "operator": obj.operator,
        "scopeName": obj.scopeName,
        "values": obj.values?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ScopedResourceSelectorRequirement = toJson_ScopedResourceSelectorRequirement;
    function toJson_ClientIpConfig(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "timeoutSeconds": obj.timeoutSeconds
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ClientIpConfig = toJson_ClientIpConfig;
    function toJson_ForZone(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ForZone = toJson_ForZone;
    function toJson_NonResourcePolicyRuleV1Beta2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "nonResourceURLs": obj.nonResourceUrLs?.map((y) => y),
        "verbs": obj.verbs?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NonResourcePolicyRuleV1Beta2 = toJson_NonResourcePolicyRuleV1Beta2;
    function toJson_ResourcePolicyRuleV1Beta2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiGroups": obj.apiGroups?.map((y) => y),
        "clusterScope": obj.clusterScope,
        "namespaces": obj.namespaces?.map((y) => y),
        "resources": obj.resources?.map((y) => y),
        "verbs": obj.verbs?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ResourcePolicyRuleV1Beta2 = toJson_ResourcePolicyRuleV1Beta2;
    function toJson_SubjectV1Beta2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "group": toJson_GroupSubjectV1Beta2(obj.group),
        "kind": obj.kind,
        "serviceAccount": toJson_ServiceAccountSubjectV1Beta2(obj.serviceAccount),
        "user": toJson_UserSubjectV1Beta2(obj.user)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_SubjectV1Beta2 = toJson_SubjectV1Beta2;
    function toJson_LimitResponseV1Beta2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "queuing": toJson_QueuingConfigurationV1Beta2(obj.queuing),
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_LimitResponseV1Beta2 = toJson_LimitResponseV1Beta2;
    function toJson_NonResourcePolicyRuleV1Beta3(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "nonResourceURLs": obj.nonResourceUrLs?.map((y) => y),
        "verbs": obj.verbs?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NonResourcePolicyRuleV1Beta3 = toJson_NonResourcePolicyRuleV1Beta3;
    function toJson_ResourcePolicyRuleV1Beta3(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiGroups": obj.apiGroups?.map((y) => y),
        "clusterScope": obj.clusterScope,
        "namespaces": obj.namespaces?.map((y) => y),
        "resources": obj.resources?.map((y) => y),
        "verbs": obj.verbs?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ResourcePolicyRuleV1Beta3 = toJson_ResourcePolicyRuleV1Beta3;
    function toJson_SubjectV1Beta3(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "group": toJson_GroupSubjectV1Beta3(obj.group),
        "kind": obj.kind,
        "serviceAccount": toJson_ServiceAccountSubjectV1Beta3(obj.serviceAccount),
        "user": toJson_UserSubjectV1Beta3(obj.user)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_SubjectV1Beta3 = toJson_SubjectV1Beta3;
    function toJson_LimitResponseV1Beta3(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "queuing": toJson_QueuingConfigurationV1Beta3(obj.queuing),
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_LimitResponseV1Beta3 = toJson_LimitResponseV1Beta3;
    function toJson_IngressServiceBackend(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "port": toJson_ServiceBackendPort(obj.port)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_IngressServiceBackend = toJson_IngressServiceBackend;
    function toJson_HttpIngressRuleValue(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "paths": obj.paths?.map((y) => toJson_HttpIngressPath(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_HttpIngressRuleValue = toJson_HttpIngressRuleValue;
    function toJson_NetworkPolicyPort(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "endPort": obj.endPort,
        "port": obj.port?.value,
        "protocol": obj.protocol
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NetworkPolicyPort = toJson_NetworkPolicyPort;
    function toJson_NetworkPolicyPeer(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "ipBlock": toJson_IpBlock(obj.ipBlock),
        "namespaceSelector": toJson_LabelSelector(obj.namespaceSelector),
        "podSelector": toJson_LabelSelector(obj.podSelector)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NetworkPolicyPeer = toJson_NetworkPolicyPeer;
    function toJson_NodeSelectorRequirement(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "key": obj.key,
        "operator": obj.operator,
        "values": obj.values?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_NodeSelectorRequirement = toJson_NodeSelectorRequirement;
    function toJson_VolumeNodeResources(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "count": obj.count
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_VolumeNodeResources = toJson_VolumeNodeResources;
    function toJson_WebhookConversion(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "clientConfig": toJson_WebhookClientConfig(obj.clientConfig),
        "conversionReviewVersions": obj.conversionReviewVersions?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_WebhookConversion = toJson_WebhookConversion;
    function toJson_CustomResourceColumnDefinition(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "description": obj.description,
        "format": obj.format,
        "jsonPath": obj.jsonPath,
        "name": obj.name,
        "priority": obj.priority,
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CustomResourceColumnDefinition = toJson_CustomResourceColumnDefinition;
    function toJson_CustomResourceValidation(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "openAPIV3Schema": toJson_JsonSchemaProps(obj.openApiv3Schema)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CustomResourceValidation = toJson_CustomResourceValidation;
    function toJson_CustomResourceSubresources(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "scale": toJson_CustomResourceSubresourceScale(obj.scale),
        "status": obj.status
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CustomResourceSubresources = toJson_CustomResourceSubresources;
    function toJson_HpaScalingPolicyV2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "periodSeconds": obj.periodSeconds,
        "type": obj.type,
        "value": obj.value
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_HpaScalingPolicyV2 = toJson_HpaScalingPolicyV2;
    function toJson_MetricTargetV2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "averageUtilization": obj.averageUtilization,
        "averageValue": obj.averageValue?.value,
        "type": obj.type,
        "value": obj.value?.value
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_MetricTargetV2 = toJson_MetricTargetV2;
    function toJson_MetricIdentifierV2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "selector": toJson_LabelSelector(obj.selector)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_MetricIdentifierV2 = toJson_MetricIdentifierV2;
    function toJson_PodFailurePolicyOnExitCodesRequirement(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "containerName": obj.containerName,
        "operator": obj.operator,
        "values": obj.values?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodFailurePolicyOnExitCodesRequirement = toJson_PodFailurePolicyOnExitCodesRequirement;
    function toJson_PodFailurePolicyOnPodConditionsPattern(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "status": obj.status,
        "type": obj.type
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodFailurePolicyOnPodConditionsPattern = toJson_PodFailurePolicyOnPodConditionsPattern;
    function toJson_PreferredSchedulingTerm(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "preference": toJson_NodeSelectorTerm(obj.preference),
        "weight": obj.weight
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PreferredSchedulingTerm = toJson_PreferredSchedulingTerm;
    function toJson_WeightedPodAffinityTerm(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "podAffinityTerm": toJson_PodAffinityTerm(obj.podAffinityTerm),
        "weight": obj.weight
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_WeightedPodAffinityTerm = toJson_WeightedPodAffinityTerm;
    function toJson_PodAffinityTerm(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "labelSelector": toJson_LabelSelector(obj.labelSelector),
        "namespaceSelector": toJson_LabelSelector(obj.namespaceSelector),
        "namespaces": obj.namespaces?.map((y) => y),
        "topologyKey": obj.topologyKey
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PodAffinityTerm = toJson_PodAffinityTerm;
    function toJson_EnvVarSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "configMapKeyRef": toJson_ConfigMapKeySelector(obj.configMapKeyRef),
        "fieldRef": toJson_ObjectFieldSelector(obj.fieldRef),
        "resourceFieldRef": toJson_ResourceFieldSelector(obj.resourceFieldRef),
        "secretKeyRef": toJson_SecretKeySelector(obj.secretKeyRef)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_EnvVarSource = toJson_EnvVarSource;
    function toJson_ConfigMapEnvSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "optional": obj.optional
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ConfigMapEnvSource = toJson_ConfigMapEnvSource;
    function toJson_SecretEnvSource(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "optional": obj.optional
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_SecretEnvSource = toJson_SecretEnvSource;
    function toJson_LifecycleHandler(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "exec": toJson_ExecAction(obj.exec),
        "httpGet": toJson_HttpGetAction(obj.httpGet),
        "tcpSocket": toJson_TcpSocketAction(obj.tcpSocket)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_LifecycleHandler = toJson_LifecycleHandler;
    function toJson_ExecAction(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "command": obj.command?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ExecAction = toJson_ExecAction;
    function toJson_GrpcAction(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "port": obj.port,
        "service": obj.service
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_GrpcAction = toJson_GrpcAction;
    function toJson_HttpGetAction(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "host": obj.host,
        "httpHeaders": obj.httpHeaders?.map((y) => toJson_HttpHeader(y)),
        "path": obj.path,
        "port": obj.port?.value,
        "scheme": obj.scheme
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_HttpGetAction = toJson_HttpGetAction;
    function toJson_TcpSocketAction(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "host": obj.host,
        "port": obj.port?.value
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_TcpSocketAction = toJson_TcpSocketAction;
    function toJson_Capabilities(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "add": obj.add?.map((y) => y),
        "drop": obj.drop?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_Capabilities = toJson_Capabilities;
    function toJson_KeyToPath(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "key": obj.key,
        "mode": obj.mode,
        "path": obj.path
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_KeyToPath = toJson_KeyToPath;
    function toJson_DownwardApiVolumeFile(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "fieldRef": toJson_ObjectFieldSelector(obj.fieldRef),
        "mode": obj.mode,
        "path": obj.path,
        "resourceFieldRef": toJson_ResourceFieldSelector(obj.resourceFieldRef)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_DownwardApiVolumeFile = toJson_DownwardApiVolumeFile;
    function toJson_PersistentVolumeClaimTemplate(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "metadata": toJson_ObjectMeta(obj.metadata),
        "spec": toJson_PersistentVolumeClaimSpec(obj.spec)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_PersistentVolumeClaimTemplate = toJson_PersistentVolumeClaimTemplate;
    function toJson_VolumeProjection(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "configMap": toJson_ConfigMapProjection(obj.configMap),
        "downwardAPI": toJson_DownwardApiProjection(obj.downwardApi),
        "secret": toJson_SecretProjection(obj.secret),
        "serviceAccountToken": toJson_ServiceAccountTokenProjection(obj.serviceAccountToken)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_VolumeProjection = toJson_VolumeProjection;
    function toJson_GroupSubjectV1Beta2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_GroupSubjectV1Beta2 = toJson_GroupSubjectV1Beta2;
    function toJson_ServiceAccountSubjectV1Beta2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "namespace": obj.namespace
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ServiceAccountSubjectV1Beta2 = toJson_ServiceAccountSubjectV1Beta2;
    function toJson_UserSubjectV1Beta2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_UserSubjectV1Beta2 = toJson_UserSubjectV1Beta2;
    function toJson_QueuingConfigurationV1Beta2(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "handSize": obj.handSize,
        "queueLengthLimit": obj.queueLengthLimit,
        "queues": obj.queues
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_QueuingConfigurationV1Beta2 = toJson_QueuingConfigurationV1Beta2;
    function toJson_GroupSubjectV1Beta3(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_GroupSubjectV1Beta3 = toJson_GroupSubjectV1Beta3;
    function toJson_ServiceAccountSubjectV1Beta3(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "namespace": obj.namespace
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ServiceAccountSubjectV1Beta3 = toJson_ServiceAccountSubjectV1Beta3;
    function toJson_UserSubjectV1Beta3(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_UserSubjectV1Beta3 = toJson_UserSubjectV1Beta3;
    function toJson_QueuingConfigurationV1Beta3(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "handSize": obj.handSize,
        "queueLengthLimit": obj.queueLengthLimit,
        "queues": obj.queues
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_QueuingConfigurationV1Beta3 = toJson_QueuingConfigurationV1Beta3;
    function toJson_ServiceBackendPort(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "number": obj.number
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ServiceBackendPort = toJson_ServiceBackendPort;
    function toJson_HttpIngressPath(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "backend": toJson_IngressBackend(obj.backend),
        "path": obj.path,
        "pathType": obj.pathType
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_HttpIngressPath = toJson_HttpIngressPath;
    function toJson_IpBlock(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "cidr": obj.cidr,
        "except": obj.except?.map((y) => y)
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_IpBlock = toJson_IpBlock;
    function toJson_JsonSchemaProps(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "$ref": obj.ref,
        "$schema": obj.schema,
        "additionalItems": obj.additionalItems,
        "additionalProperties": obj.additionalProperties,
        "allOf": obj.allOf?.map((y) => toJson_JsonSchemaProps(y)),
        "anyOf": obj.anyOf?.map((y) => toJson_JsonSchemaProps(y)),
        "default": obj.default,
        "definitions": obj.definitions === void 0 ? void 0 : Object.entries(obj.definitions).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: toJson_JsonSchemaProps(i[1]) }, {}),
        "dependencies": obj.dependencies === void 0 ? void 0 : Object.entries(obj.dependencies).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
        "description": obj.description,
        "enum": obj.enum?.map((y) => y),
        "example": obj.example,
        "exclusiveMaximum": obj.exclusiveMaximum,
        "exclusiveMinimum": obj.exclusiveMinimum,
        "externalDocs": toJson_ExternalDocumentation(obj.externalDocs),
        "format": obj.format,
        "id": obj.id,
        "items": obj.items,
        "maxItems": obj.maxItems,
        "maxLength": obj.maxLength,
        "maxProperties": obj.maxProperties,
        "maximum": obj.maximum,
        "minItems": obj.minItems,
        "minLength": obj.minLength,
        "minProperties": obj.minProperties,
        "minimum": obj.minimum,
        "multipleOf": obj.multipleOf,
        "not": toJson_JsonSchemaProps(obj.not),
        "nullable": obj.nullable,
        "oneOf": obj.oneOf?.map((y) => toJson_JsonSchemaProps(y)),
        "pattern": obj.pattern,
        "patternProperties": obj.patternProperties === void 0 ? void 0 : Object.entries(obj.patternProperties).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: toJson_JsonSchemaProps(i[1]) }, {}),
        "properties": obj.properties === void 0 ? void 0 : Object.entries(obj.properties).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: toJson_JsonSchemaProps(i[1]) }, {}),
        "required": obj.required?.map((y) => y),
        "title": obj.title,
        "type": obj.type,
        "uniqueItems": obj.uniqueItems,
        "x-kubernetes-embedded-resource": obj.xKubernetesEmbeddedResource,
        "x-kubernetes-int-or-string": obj.xKubernetesIntOrString,
        "x-kubernetes-list-map-keys": obj.xKubernetesListMapKeys?.map((y) => y),
        "x-kubernetes-list-type": obj.xKubernetesListType,
        "x-kubernetes-map-type": obj.xKubernetesMapType,
        "x-kubernetes-preserve-unknown-fields": obj.xKubernetesPreserveUnknownFields,
        "x-kubernetes-validations": obj.xKubernetesValidations?.map((y) => toJson_ValidationRule(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_JsonSchemaProps = toJson_JsonSchemaProps;
    function toJson_CustomResourceSubresourceScale(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "labelSelectorPath": obj.labelSelectorPath,
        "specReplicasPath": obj.specReplicasPath,
        "statusReplicasPath": obj.statusReplicasPath
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_CustomResourceSubresourceScale = toJson_CustomResourceSubresourceScale;
    function toJson_ConfigMapKeySelector(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "key": obj.key,
        "name": obj.name,
        "optional": obj.optional
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ConfigMapKeySelector = toJson_ConfigMapKeySelector;
    function toJson_ObjectFieldSelector(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "apiVersion": obj.apiVersion,
        "fieldPath": obj.fieldPath
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ObjectFieldSelector = toJson_ObjectFieldSelector;
    function toJson_ResourceFieldSelector(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "containerName": obj.containerName,
        "divisor": obj.divisor?.value,
        "resource": obj.resource
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ResourceFieldSelector = toJson_ResourceFieldSelector;
    function toJson_SecretKeySelector(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "key": obj.key,
        "name": obj.name,
        "optional": obj.optional
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_SecretKeySelector = toJson_SecretKeySelector;
    function toJson_HttpHeader(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "name": obj.name,
        "value": obj.value
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_HttpHeader = toJson_HttpHeader;
    function toJson_ConfigMapProjection(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "items": obj.items?.map((y) => toJson_KeyToPath(y)),
        "name": obj.name,
        "optional": obj.optional
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ConfigMapProjection = toJson_ConfigMapProjection;
    function toJson_DownwardApiProjection(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "items": obj.items?.map((y) => toJson_DownwardApiVolumeFile(y))
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_DownwardApiProjection = toJson_DownwardApiProjection;
    function toJson_SecretProjection(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "items": obj.items?.map((y) => toJson_KeyToPath(y)),
        "name": obj.name,
        "optional": obj.optional
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_SecretProjection = toJson_SecretProjection;
    function toJson_ServiceAccountTokenProjection(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "audience": obj.audience,
        "expirationSeconds": obj.expirationSeconds,
        "path": obj.path
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ServiceAccountTokenProjection = toJson_ServiceAccountTokenProjection;
    function toJson_ExternalDocumentation(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "description": obj.description,
        "url": obj.url
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ExternalDocumentation = toJson_ExternalDocumentation;
    function toJson_ValidationRule(obj) {
      if (obj === void 0) {
        return void 0;
      }
      const result = {
        "message": obj.message,
        "messageExpression": obj.messageExpression,
        "rule": obj.rule
      };
      return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
    }
    exports.toJson_ValidationRule = toJson_ValidationRule;
  }
});

// node_modules/cdk8s-plus-27/lib/utils.js
var require_utils = __commonJS({
  "node_modules/cdk8s-plus-27/lib/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.address = exports.filterUndefined = exports.undefinedIfEmpty = void 0;
    function undefinedIfEmpty(obj) {
      if (typeof obj === "string" && obj === "") {
        return void 0;
      }
      if (Array.isArray(obj) && obj.length === 0) {
        return void 0;
      }
      if (typeof obj === "object" && (Object.keys(obj).length === 0 || Object.values(obj).filter((x) => x).length === 0)) {
        return void 0;
      }
      return obj;
    }
    exports.undefinedIfEmpty = undefinedIfEmpty;
    function filterUndefined(obj) {
      const ret = {};
      for (const [k, v] of Object.entries(obj)) {
        if (v !== void 0) {
          ret[k] = v;
        }
      }
      return ret;
    }
    exports.filterUndefined = filterUndefined;
    function address(...constructs) {
      const addresses = constructs.map((c) => c.node.addr).sort((a, b) => a.localeCompare(b));
      return addresses.join("");
    }
    exports.address = address;
  }
});

// node_modules/cdk8s-plus-27/lib/role-binding.js
var require_role_binding = __commonJS({
  "node_modules/cdk8s-plus-27/lib/role-binding.js"(exports) {
    "use strict";
    var _a;
    var _b;
    var _c;
    var _d;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Group = exports.User = exports.ClusterRoleBinding = exports.RoleBinding = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var constructs_1 = require_lib();
    var base_1 = require_base();
    var k8s2 = require_k8s();
    var utils_1 = require_utils();
    var RoleBinding = class extends base_1.Resource {
      constructor(scope, id, props) {
        super(scope, id);
        this.resourceType = "rolebindings";
        this.role = props.role;
        this._subjects = new Array();
        this.apiObject = new k8s2.KubeRoleBinding(this, "Resource", {
          metadata: props.metadata,
          subjects: cdk8s_1.Lazy.any({ produce: () => this.synthesizeSubjects() }),
          roleRef: cdk8s_1.Lazy.any({ produce: () => this.synthesizeRoleRef() })
        });
      }
      /**
       * Adds a subject to the role.
       * @param subjects The subjects to add
       */
      addSubjects(...subjects) {
        for (const subject of subjects) {
          this._subjects.push(subject);
        }
      }
      get subjects() {
        return [...this._subjects];
      }
      synthesizeRoleRef() {
        return {
          apiGroup: this.role.apiGroup,
          kind: this.role.kind,
          name: this.role.name
        };
      }
      synthesizeSubjects() {
        return this._subjects.map((subject) => subject.toSubjectConfiguration()).map((subject) => utils_1.filterUndefined({
          apiGroup: subject.apiGroup === "core" ? "" : subject.apiGroup,
          kind: subject.kind,
          name: subject.name,
          namespace: subject.namespace
        }));
      }
    };
    exports.RoleBinding = RoleBinding;
    _a = JSII_RTTI_SYMBOL_1;
    RoleBinding[_a] = { fqn: "cdk8s-plus-27.RoleBinding", version: "2.9.5" };
    var ClusterRoleBinding = class extends base_1.Resource {
      constructor(scope, id, props) {
        super(scope, id);
        this.resourceType = "clusterrolebindings";
        this.role = props.role;
        this._subjects = new Array();
        this.apiObject = new k8s2.KubeClusterRoleBinding(this, "Resource", {
          metadata: props.metadata,
          subjects: cdk8s_1.Lazy.any({ produce: () => this.synthesizeSubjects() }),
          roleRef: cdk8s_1.Lazy.any({ produce: () => this.synthesizeRoleRef() })
        });
      }
      /**
       * Adds a subject to the role.
       * @param subjects The subjects to add
       */
      addSubjects(...subjects) {
        for (const subject of subjects) {
          this._subjects.push(subject);
        }
      }
      get subjects() {
        return [...this._subjects];
      }
      synthesizeRoleRef() {
        return {
          apiGroup: this.role.apiGroup,
          kind: this.role.kind,
          name: this.role.name
        };
      }
      synthesizeSubjects() {
        return this._subjects.map((subject) => subject.toSubjectConfiguration()).map((subject) => utils_1.filterUndefined({
          apiGroup: subject.apiGroup === "core" ? "" : subject.apiGroup,
          kind: subject.kind,
          name: subject.name,
          namespace: subject.namespace
        }));
      }
    };
    exports.ClusterRoleBinding = ClusterRoleBinding;
    _b = JSII_RTTI_SYMBOL_1;
    ClusterRoleBinding[_b] = { fqn: "cdk8s-plus-27.ClusterRoleBinding", version: "2.9.5" };
    var User = class _User extends constructs_1.Construct {
      constructor(scope, id, name) {
        super(scope, id);
        this.apiGroup = "rbac.authorization.k8s.io";
        this.kind = "User";
        this.name = name;
      }
      /**
       * Reference a user in the cluster by name.
       */
      static fromName(scope, id, name) {
        return new _User(scope, id, name);
      }
      /**
       * @see ISubect.toSubjectConfiguration()
       */
      toSubjectConfiguration() {
        return {
          kind: this.kind,
          name: this.name,
          apiGroup: this.apiGroup
        };
      }
    };
    exports.User = User;
    _c = JSII_RTTI_SYMBOL_1;
    User[_c] = { fqn: "cdk8s-plus-27.User", version: "2.9.5" };
    var Group = class _Group extends constructs_1.Construct {
      constructor(scope, id, name) {
        super(scope, id);
        this.apiGroup = "rbac.authorization.k8s.io";
        this.kind = "Group";
        this.name = name;
      }
      /**
       * Reference a group by name.
       */
      static fromName(scope, id, name) {
        return new _Group(scope, id, name);
      }
      /**
       * @see ISubect.toSubjectConfiguration()
       */
      toSubjectConfiguration() {
        return {
          kind: this.kind,
          name: this.name,
          apiGroup: this.apiGroup
        };
      }
    };
    exports.Group = Group;
    _d = JSII_RTTI_SYMBOL_1;
    Group[_d] = { fqn: "cdk8s-plus-27.Group", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/role.js
var require_role = __commonJS({
  "node_modules/cdk8s-plus-27/lib/role.js"(exports) {
    "use strict";
    var _a;
    var _b;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ClusterRole = exports.Role = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var constructs_1 = require_lib();
    var base = require_base();
    var k8s2 = require_k8s();
    var rb = require_role_binding();
    var utils_1 = require_utils();
    var ImportedRole = class extends constructs_1.Construct {
      constructor(scope, id, name) {
        super(scope, id);
        this.resourceType = "roles";
        this._name = name;
      }
      get name() {
        return this._name;
      }
      get apiVersion() {
        return k8s2.KubeRole.GVK.apiVersion;
      }
      get apiGroup() {
        return "rbac.authorization.k8s.io";
      }
      get kind() {
        return k8s2.KubeRole.GVK.kind;
      }
      get resourceName() {
        return this.name;
      }
    };
    var Role = class extends base.Resource {
      constructor(scope, id, props = {}) {
        super(scope, id);
        this.resourceType = "roles";
        this._rules = [];
        this.apiObject = new k8s2.KubeRole(this, "Resource", {
          metadata: props.metadata,
          rules: cdk8s_1.Lazy.any({ produce: () => this.synthesizeRules() })
        });
        for (const rule of props.rules ?? []) {
          this.allow(rule.verbs, ...rule.resources);
        }
      }
      /**
       * Imports a role from the cluster as a reference.
       */
      static fromRoleName(scope, id, name) {
        return new ImportedRole(scope, id, name);
      }
      /**
       * Rules associaated with this Role.
       * Returns a copy, use `allow` to add rules.
       */
      get rules() {
        return [...this._rules];
      }
      /**
       * Add permission to perform a list of HTTP verbs on a collection of
       * resources.
       *
       * @param resources The resource(s) to apply to
       * @see https://kubernetes.io/docs/reference/access-authn-authz/authorization/#determine-the-request-verb
       */
      allow(verbs, ...resources) {
        this._rules.push({ verbs, resources });
      }
      /**
       * Add "create" permission for the resources.
       * @param resources The resource(s) to apply to
       */
      allowCreate(...resources) {
        this.allow(["create"], ...resources);
      }
      /**
       * Add "get" permission for the resources.
       * @param resources The resource(s) to apply to
       */
      allowGet(...resources) {
        this.allow(["get"], ...resources);
      }
      /**
       * Add "list" permission for the resources.
       * @param resources The resource(s) to apply to
       */
      allowList(...resources) {
        this.allow(["list"], ...resources);
      }
      /**
       * Add "watch" permission for the resources.
       * @param resources The resource(s) to apply to
       */
      allowWatch(...resources) {
        this.allow(["watch"], ...resources);
      }
      /**
       * Add "update" permission for the resources.
       * @param resources The resource(s) to apply to
       */
      allowUpdate(...resources) {
        this.allow(["update"], ...resources);
      }
      /**
       * Add "patch" permission for the resources.
       * @param resources The resource(s) to apply to
       */
      allowPatch(...resources) {
        this.allow(["patch"], ...resources);
      }
      /**
       * Add "delete" permission for the resources.
       * @param resources The resource(s) to apply to
       */
      allowDelete(...resources) {
        this.allow(["delete"], ...resources);
      }
      /**
       * Add "deletecollection" permission for the resources.
       * @param resources The resource(s) to apply to
       */
      allowDeleteCollection(...resources) {
        this.allow(["deletecollection"], ...resources);
      }
      /**
       * Add "get", "list", and "watch" permissions for the resources.
       * @param resources The resource(s) to apply to
       */
      allowRead(...resources) {
        this.allow(["get", "list", "watch"], ...resources);
      }
      /**
       * Add "get", "list", "watch", "create", "update", "patch", "delete", and
       * "deletecollection" permissions for the resources.
       *
       * @param resources The resource(s) to apply to
       */
      allowReadWrite(...resources) {
        this.allow(["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"], ...resources);
      }
      /**
       * Create a RoleBinding that binds the permissions in this Role
       * to a list of subjects, that will only apply this role's namespace.
       * @param subjects a list of subjects to bind to
       */
      bind(...subjects) {
        const subjectsAddress = utils_1.address(...subjects);
        const binding = new rb.RoleBinding(this, `RoleBinding${subjectsAddress}`, {
          metadata: {
            namespace: this.metadata.namespace
          },
          role: this
        });
        binding.addSubjects(...subjects);
        return binding;
      }
      synthesizeRules() {
        const rules = [];
        for (const rule of this._rules) {
          for (const resource of rule.resources) {
            rules.push({
              verbs: rule.verbs,
              apiGroups: [resource.apiGroup === "core" ? "" : resource.apiGroup],
              resourceNames: resource.resourceName ? [resource.resourceName] : void 0,
              resources: resource.resourceType ? [resource.resourceType] : void 0
            });
          }
        }
        return rules;
      }
    };
    exports.Role = Role;
    _a = JSII_RTTI_SYMBOL_1;
    Role[_a] = { fqn: "cdk8s-plus-27.Role", version: "2.9.5" };
    var ImportedClusterRole = class extends constructs_1.Construct {
      constructor(scope, id, name) {
        super(scope, id);
        this.resourceType = "clusterroles";
        this._name = name;
      }
      get name() {
        return this._name;
      }
      get apiVersion() {
        return k8s2.KubeClusterRole.GVK.apiVersion;
      }
      get apiGroup() {
        return "rbac.authorization.k8s.io";
      }
      get kind() {
        return k8s2.KubeClusterRole.GVK.kind;
      }
      get resourceName() {
        return this.name;
      }
    };
    var ClusterRole = class extends base.Resource {
      constructor(scope, id, props = {}) {
        super(scope, id);
        this.resourceType = "clusterroles";
        this._labelSelector = {};
        this._rules = [];
        this.apiObject = new k8s2.KubeClusterRole(this, "Resource", {
          metadata: props.metadata,
          rules: cdk8s_1.Lazy.any({ produce: () => this.synthesizeRules() }),
          aggregationRule: cdk8s_1.Lazy.any({ produce: () => this.synthesizeAggregationRules() })
        });
        for (const rule of props.rules ?? []) {
          this.allow(rule.verbs, ...rule.endpoints);
        }
        for (const [key, value] of Object.entries(props.aggregationLabels ?? {})) {
          this.aggregate(key, value);
        }
      }
      /**
       * Imports a role from the cluster as a reference.
       */
      static fromClusterRoleName(scope, id, name) {
        return new ImportedClusterRole(scope, id, name);
      }
      /**
       * Rules associaated with this Role.
       * Returns a copy, use `allow` to add rules.
       */
      get rules() {
        return [...this._rules];
      }
      /**
       * Add permission to perform a list of HTTP verbs on a collection of
       * resources.
       *
       * @param endpoints The endpoints(s) to apply to
       * @see https://kubernetes.io/docs/reference/access-authn-authz/authorization/#determine-the-request-verb
       */
      allow(verbs, ...endpoints) {
        this._rules.push({ verbs, endpoints });
      }
      /**
       * Add "create" permission for the resources.
       * @param endpoints The resource(s) to apply to
       */
      allowCreate(...endpoints) {
        this.allow(["create"], ...endpoints);
      }
      /**
       * Add "get" permission for the resources.
       * @param endpoints The resource(s) to apply to
       */
      allowGet(...endpoints) {
        this.allow(["get"], ...endpoints);
      }
      /**
       * Add "list" permission for the resources.
       * @param endpoints The resource(s) to apply to
       */
      allowList(...endpoints) {
        this.allow(["list"], ...endpoints);
      }
      /**
       * Add "watch" permission for the resources.
       * @param endpoints The resource(s) to apply to
       */
      allowWatch(...endpoints) {
        this.allow(["watch"], ...endpoints);
      }
      /**
       * Add "update" permission for the resources.
       * @param endpoints The resource(s) to apply to
       */
      allowUpdate(...endpoints) {
        this.allow(["update"], ...endpoints);
      }
      /**
       * Add "patch" permission for the resources.
       * @param endpoints The resource(s) to apply to
       */
      allowPatch(...endpoints) {
        this.allow(["patch"], ...endpoints);
      }
      /**
       * Add "delete" permission for the resources.
       * @param endpoints The resource(s) to apply to
       */
      allowDelete(...endpoints) {
        this.allow(["delete"], ...endpoints);
      }
      /**
       * Add "deletecollection" permission for the resources.
       * @param endpoints The resource(s) to apply to
       */
      allowDeleteCollection(...endpoints) {
        this.allow(["deletecollection"], ...endpoints);
      }
      /**
       * Add "get", "list", and "watch" permissions for the resources.
       * @param endpoints The resource(s) to apply to
       */
      allowRead(...endpoints) {
        this.allow(["get", "list", "watch"], ...endpoints);
      }
      /**
       * Add "get", "list", "watch", "create", "update", "patch", "delete", and
       * "deletecollection" permissions for the resources.
       *
       * @param endpoints The resource(s) to apply to
       */
      allowReadWrite(...endpoints) {
        this.allow(["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"], ...endpoints);
      }
      /**
       * Aggregate rules from roles matching this label selector.
       */
      aggregate(key, value) {
        this._labelSelector[key] = value;
      }
      /**
       * Combines the rules of the argument ClusterRole into this ClusterRole
       * using aggregation labels.
       * @param rol
       */
      combine(rol) {
        const key = `cdk8s.cluster-role/aggregate-to-${cdk8s_1.Names.toLabelValue(this)}`;
        const value = "true";
        rol.metadata.addLabel(key, value);
        this.aggregate(key, value);
      }
      /**
       * Create a RoleBinding that binds the permissions in this ClusterRole
       * to a list of subjects, that will only apply to the given namespace.
       * @param namespace the namespace to limit permissions to.
       * @param subjects a list of subjects to bind to
       */
      bindInNamespace(namespace, ...subjects) {
        const binding = new rb.RoleBinding(this, `RoleBinding-${namespace}`, {
          metadata: {
            namespace
          },
          role: this
        });
        binding.addSubjects(...subjects);
        return binding;
      }
      /**
       * Create a ClusterRoleBinding that binds the permissions in this
       * ClusterRole to a list of subjects, without namespace restrictions.
       * @param subjects a list of subjects to bind to
       */
      bind(...subjects) {
        const binding = new rb.ClusterRoleBinding(this, "ClusterRoleBinding", {
          role: this
        });
        binding.addSubjects(...subjects);
        return binding;
      }
      synthesizeRules() {
        const rules = [];
        for (const rule of this._rules) {
          for (const endpoint of rule.endpoints) {
            const resource = endpoint.asApiResource();
            const nonResource = endpoint.asNonApiResource();
            if (resource && nonResource) {
              throw new Error("Endpoint must be either resource or non resource. not both.");
            }
            if (!resource && !nonResource) {
              throw new Error("Endpoint must be either resource or non resource. not neither.");
            }
            if (resource) {
              rules.push({
                apiGroups: [resource.apiGroup === "core" ? "" : resource.apiGroup],
                resources: [resource.resourceType],
                resourceNames: resource.resourceName ? [resource.resourceName] : [],
                verbs: rule.verbs
              });
            }
            if (nonResource) {
              rules.push({ verbs: rule.verbs, nonResourceUrLs: [nonResource] });
            }
          }
        }
        return rules;
      }
      synthesizeAggregationRules() {
        if (Object.keys(this._labelSelector).length === 0) {
          return void 0;
        }
        return { clusterRoleSelectors: [{ matchLabels: this._labelSelector }] };
      }
    };
    exports.ClusterRole = ClusterRole;
    _b = JSII_RTTI_SYMBOL_1;
    ClusterRole[_b] = { fqn: "cdk8s-plus-27.ClusterRole", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/base.js
var require_base = __commonJS({
  "node_modules/cdk8s-plus-27/lib/base.js"(exports) {
    "use strict";
    var _a;
    var _b;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ResourcePermissions = exports.Resource = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var constructs_1 = require_lib();
    var Resource = class extends constructs_1.Construct {
      constructor(scope, id) {
        super(scope, id);
        this.permissions = new ResourcePermissions(this);
      }
      get metadata() {
        return this.apiObject.metadata;
      }
      /**
       * The name of this API object.
       */
      get name() {
        return this.apiObject.name;
      }
      /**
       * The object's API version (e.g. "authorization.k8s.io/v1")
       */
      get apiVersion() {
        return this.apiObject.apiVersion;
      }
      /**
       * The group portion of the API version (e.g. "authorization.k8s.io").
       */
      get apiGroup() {
        return this.apiObject.apiGroup;
      }
      /**
       * The object kind (e.g. "Deployment").
       */
      get kind() {
        return this.apiObject.kind;
      }
      get resourceName() {
        return this.name;
      }
      asApiResource() {
        return this;
      }
      asNonApiResource() {
        return void 0;
      }
    };
    exports.Resource = Resource;
    _a = JSII_RTTI_SYMBOL_1;
    Resource[_a] = { fqn: "cdk8s-plus-27.Resource", version: "2.9.5" };
    var ResourcePermissions = class {
      constructor(instance) {
        this.instance = instance;
      }
      /**
       * Grants the list of subjects permissions to read this resource.
       */
      grantRead(...subjects) {
        const subjectsAddress = utils_1.address(...subjects);
        const role = new r.Role(this.instance, `Role${subjectsAddress}`, {
          metadata: { namespace: this.instance.metadata.namespace }
        });
        role.allowRead(this.instance);
        return role.bind(...subjects);
      }
      /**
       * Grants the list of subjects permissions to read and write this resource.
       */
      grantReadWrite(...subjects) {
        const subjectsAddress = utils_1.address(...subjects);
        const role = new r.Role(this.instance, `Role${subjectsAddress}`, {
          metadata: { namespace: this.instance.metadata.namespace }
        });
        role.allowReadWrite(this.instance);
        return role.bind(...subjects);
      }
    };
    exports.ResourcePermissions = ResourcePermissions;
    _b = JSII_RTTI_SYMBOL_1;
    ResourcePermissions[_b] = { fqn: "cdk8s-plus-27.ResourcePermissions", version: "2.9.5" };
    var r = require_role();
    var utils_1 = require_utils();
  }
});

// node_modules/cdk8s-plus-27/node_modules/concat-map/index.js
var require_concat_map = __commonJS({
  "node_modules/cdk8s-plus-27/node_modules/concat-map/index.js"(exports, module) {
    module.exports = function(xs, fn) {
      var res = [];
      for (var i = 0; i < xs.length; i++) {
        var x = fn(xs[i], i);
        if (isArray(x)) res.push.apply(res, x);
        else res.push(x);
      }
      return res;
    };
    var isArray = Array.isArray || function(xs) {
      return Object.prototype.toString.call(xs) === "[object Array]";
    };
  }
});

// node_modules/cdk8s-plus-27/node_modules/balanced-match/index.js
var require_balanced_match = __commonJS({
  "node_modules/cdk8s-plus-27/node_modules/balanced-match/index.js"(exports, module) {
    "use strict";
    module.exports = balanced;
    function balanced(a, b, str) {
      if (a instanceof RegExp) a = maybeMatch(a, str);
      if (b instanceof RegExp) b = maybeMatch(b, str);
      var r = range(a, b, str);
      return r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + a.length, r[1]),
        post: str.slice(r[1] + b.length)
      };
    }
    function maybeMatch(reg, str) {
      var m = str.match(reg);
      return m ? m[0] : null;
    }
    balanced.range = range;
    function range(a, b, str) {
      var begs, beg, left, right, result;
      var ai = str.indexOf(a);
      var bi = str.indexOf(b, ai + 1);
      var i = ai;
      if (ai >= 0 && bi > 0) {
        if (a === b) {
          return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
          if (i == ai) {
            begs.push(i);
            ai = str.indexOf(a, i + 1);
          } else if (begs.length == 1) {
            result = [begs.pop(), bi];
          } else {
            beg = begs.pop();
            if (beg < left) {
              left = beg;
              right = bi;
            }
            bi = str.indexOf(b, i + 1);
          }
          i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length) {
          result = [left, right];
        }
      }
      return result;
    }
  }
});

// node_modules/cdk8s-plus-27/node_modules/minimatch/node_modules/brace-expansion/index.js
var require_brace_expansion = __commonJS({
  "node_modules/cdk8s-plus-27/node_modules/minimatch/node_modules/brace-expansion/index.js"(exports, module) {
    var concatMap = require_concat_map();
    var balanced = require_balanced_match();
    module.exports = expandTop;
    var escSlash = "\0SLASH" + Math.random() + "\0";
    var escOpen = "\0OPEN" + Math.random() + "\0";
    var escClose = "\0CLOSE" + Math.random() + "\0";
    var escComma = "\0COMMA" + Math.random() + "\0";
    var escPeriod = "\0PERIOD" + Math.random() + "\0";
    function numeric(str) {
      return parseInt(str, 10) == str ? parseInt(str, 10) : str.charCodeAt(0);
    }
    function escapeBraces(str) {
      return str.split("\\\\").join(escSlash).split("\\{").join(escOpen).split("\\}").join(escClose).split("\\,").join(escComma).split("\\.").join(escPeriod);
    }
    function unescapeBraces(str) {
      return str.split(escSlash).join("\\").split(escOpen).join("{").split(escClose).join("}").split(escComma).join(",").split(escPeriod).join(".");
    }
    function parseCommaParts(str) {
      if (!str)
        return [""];
      var parts = [];
      var m = balanced("{", "}", str);
      if (!m)
        return str.split(",");
      var pre = m.pre;
      var body = m.body;
      var post = m.post;
      var p = pre.split(",");
      p[p.length - 1] += "{" + body + "}";
      var postParts = parseCommaParts(post);
      if (post.length) {
        p[p.length - 1] += postParts.shift();
        p.push.apply(p, postParts);
      }
      parts.push.apply(parts, p);
      return parts;
    }
    function expandTop(str) {
      if (!str)
        return [];
      if (str.substr(0, 2) === "{}") {
        str = "\\{\\}" + str.substr(2);
      }
      return expand(escapeBraces(str), true).map(unescapeBraces);
    }
    function embrace(str) {
      return "{" + str + "}";
    }
    function isPadded(el) {
      return /^-?0\d/.test(el);
    }
    function lte(i, y) {
      return i <= y;
    }
    function gte(i, y) {
      return i >= y;
    }
    function expand(str, isTop) {
      var expansions = [];
      var m = balanced("{", "}", str);
      if (!m || /\$$/.test(m.pre)) return [str];
      var isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
      var isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
      var isSequence = isNumericSequence || isAlphaSequence;
      var isOptions = m.body.indexOf(",") >= 0;
      if (!isSequence && !isOptions) {
        if (m.post.match(/,.*\}/)) {
          str = m.pre + "{" + m.body + escClose + m.post;
          return expand(str);
        }
        return [str];
      }
      var n;
      if (isSequence) {
        n = m.body.split(/\.\./);
      } else {
        n = parseCommaParts(m.body);
        if (n.length === 1) {
          n = expand(n[0], false).map(embrace);
          if (n.length === 1) {
            var post = m.post.length ? expand(m.post, false) : [""];
            return post.map(function(p) {
              return m.pre + n[0] + p;
            });
          }
        }
      }
      var pre = m.pre;
      var post = m.post.length ? expand(m.post, false) : [""];
      var N;
      if (isSequence) {
        var x = numeric(n[0]);
        var y = numeric(n[1]);
        var width = Math.max(n[0].length, n[1].length);
        var incr = n.length == 3 ? Math.abs(numeric(n[2])) : 1;
        var test = lte;
        var reverse = y < x;
        if (reverse) {
          incr *= -1;
          test = gte;
        }
        var pad = n.some(isPadded);
        N = [];
        for (var i = x; test(i, y); i += incr) {
          var c;
          if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === "\\")
              c = "";
          } else {
            c = String(i);
            if (pad) {
              var need = width - c.length;
              if (need > 0) {
                var z = new Array(need + 1).join("0");
                if (i < 0)
                  c = "-" + z + c.slice(1);
                else
                  c = z + c;
              }
            }
          }
          N.push(c);
        }
      } else {
        N = concatMap(n, function(el) {
          return expand(el, false);
        });
      }
      for (var j = 0; j < N.length; j++) {
        for (var k = 0; k < post.length; k++) {
          var expansion = pre + N[j] + post[k];
          if (!isTop || isSequence || expansion)
            expansions.push(expansion);
        }
      }
      return expansions;
    }
  }
});

// node_modules/cdk8s-plus-27/node_modules/minimatch/minimatch.js
var require_minimatch = __commonJS({
  "node_modules/cdk8s-plus-27/node_modules/minimatch/minimatch.js"(exports, module) {
    module.exports = minimatch;
    minimatch.Minimatch = Minimatch;
    var path = (function() {
      try {
        return __require("path");
      } catch (e) {
      }
    })() || {
      sep: "/"
    };
    minimatch.sep = path.sep;
    var GLOBSTAR = minimatch.GLOBSTAR = Minimatch.GLOBSTAR = {};
    var expand = require_brace_expansion();
    var plTypes = {
      "!": { open: "(?:(?!(?:", close: "))[^/]*?)" },
      "?": { open: "(?:", close: ")?" },
      "+": { open: "(?:", close: ")+" },
      "*": { open: "(?:", close: ")*" },
      "@": { open: "(?:", close: ")" }
    };
    var qmark = "[^/]";
    var star = qmark + "*?";
    var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
    var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
    var reSpecials = charSet("().*{}+?[]^$\\!");
    function charSet(s) {
      return s.split("").reduce(function(set, c) {
        set[c] = true;
        return set;
      }, {});
    }
    var slashSplit = /\/+/;
    minimatch.filter = filter;
    function filter(pattern, options) {
      options = options || {};
      return function(p, i, list) {
        return minimatch(p, pattern, options);
      };
    }
    function ext(a, b) {
      b = b || {};
      var t = {};
      Object.keys(a).forEach(function(k) {
        t[k] = a[k];
      });
      Object.keys(b).forEach(function(k) {
        t[k] = b[k];
      });
      return t;
    }
    minimatch.defaults = function(def) {
      if (!def || typeof def !== "object" || !Object.keys(def).length) {
        return minimatch;
      }
      var orig = minimatch;
      var m = function minimatch2(p, pattern, options) {
        return orig(p, pattern, ext(def, options));
      };
      m.Minimatch = function Minimatch2(pattern, options) {
        return new orig.Minimatch(pattern, ext(def, options));
      };
      m.Minimatch.defaults = function defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      };
      m.filter = function filter2(pattern, options) {
        return orig.filter(pattern, ext(def, options));
      };
      m.defaults = function defaults(options) {
        return orig.defaults(ext(def, options));
      };
      m.makeRe = function makeRe2(pattern, options) {
        return orig.makeRe(pattern, ext(def, options));
      };
      m.braceExpand = function braceExpand2(pattern, options) {
        return orig.braceExpand(pattern, ext(def, options));
      };
      m.match = function(list, pattern, options) {
        return orig.match(list, pattern, ext(def, options));
      };
      return m;
    };
    Minimatch.defaults = function(def) {
      return minimatch.defaults(def).Minimatch;
    };
    function minimatch(p, pattern, options) {
      assertValidPattern(pattern);
      if (!options) options = {};
      if (!options.nocomment && pattern.charAt(0) === "#") {
        return false;
      }
      return new Minimatch(pattern, options).match(p);
    }
    function Minimatch(pattern, options) {
      if (!(this instanceof Minimatch)) {
        return new Minimatch(pattern, options);
      }
      assertValidPattern(pattern);
      if (!options) options = {};
      pattern = pattern.trim();
      if (!options.allowWindowsEscape && path.sep !== "/") {
        pattern = pattern.split(path.sep).join("/");
      }
      this.options = options;
      this.set = [];
      this.pattern = pattern;
      this.regexp = null;
      this.negate = false;
      this.comment = false;
      this.empty = false;
      this.partial = !!options.partial;
      this.make();
    }
    Minimatch.prototype.debug = function() {
    };
    Minimatch.prototype.make = make;
    function make() {
      var pattern = this.pattern;
      var options = this.options;
      if (!options.nocomment && pattern.charAt(0) === "#") {
        this.comment = true;
        return;
      }
      if (!pattern) {
        this.empty = true;
        return;
      }
      this.parseNegate();
      var set = this.globSet = this.braceExpand();
      if (options.debug) this.debug = function debug() {
        console.error.apply(console, arguments);
      };
      this.debug(this.pattern, set);
      set = this.globParts = set.map(function(s) {
        return s.split(slashSplit);
      });
      this.debug(this.pattern, set);
      set = set.map(function(s, si, set2) {
        return s.map(this.parse, this);
      }, this);
      this.debug(this.pattern, set);
      set = set.filter(function(s) {
        return s.indexOf(false) === -1;
      });
      this.debug(this.pattern, set);
      this.set = set;
    }
    Minimatch.prototype.parseNegate = parseNegate;
    function parseNegate() {
      var pattern = this.pattern;
      var negate = false;
      var options = this.options;
      var negateOffset = 0;
      if (options.nonegate) return;
      for (var i = 0, l = pattern.length; i < l && pattern.charAt(i) === "!"; i++) {
        negate = !negate;
        negateOffset++;
      }
      if (negateOffset) this.pattern = pattern.substr(negateOffset);
      this.negate = negate;
    }
    minimatch.braceExpand = function(pattern, options) {
      return braceExpand(pattern, options);
    };
    Minimatch.prototype.braceExpand = braceExpand;
    function braceExpand(pattern, options) {
      if (!options) {
        if (this instanceof Minimatch) {
          options = this.options;
        } else {
          options = {};
        }
      }
      pattern = typeof pattern === "undefined" ? this.pattern : pattern;
      assertValidPattern(pattern);
      if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        return [pattern];
      }
      return expand(pattern);
    }
    var MAX_PATTERN_LENGTH = 1024 * 64;
    var assertValidPattern = function(pattern) {
      if (typeof pattern !== "string") {
        throw new TypeError("invalid pattern");
      }
      if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError("pattern is too long");
      }
    };
    Minimatch.prototype.parse = parse;
    var SUBPARSE = {};
    function parse(pattern, isSub) {
      assertValidPattern(pattern);
      var options = this.options;
      if (pattern === "**") {
        if (!options.noglobstar)
          return GLOBSTAR;
        else
          pattern = "*";
      }
      if (pattern === "") return "";
      var re = "";
      var hasMagic = !!options.nocase;
      var escaping = false;
      var patternListStack = [];
      var negativeLists = [];
      var stateChar;
      var inClass = false;
      var reClassStart = -1;
      var classStart = -1;
      var patternStart = pattern.charAt(0) === "." ? "" : options.dot ? "(?!(?:^|\\/)\\.{1,2}(?:$|\\/))" : "(?!\\.)";
      var self = this;
      function clearStateChar() {
        if (stateChar) {
          switch (stateChar) {
            case "*":
              re += star;
              hasMagic = true;
              break;
            case "?":
              re += qmark;
              hasMagic = true;
              break;
            default:
              re += "\\" + stateChar;
              break;
          }
          self.debug("clearStateChar %j %j", stateChar, re);
          stateChar = false;
        }
      }
      for (var i = 0, len = pattern.length, c; i < len && (c = pattern.charAt(i)); i++) {
        this.debug("%s	%s %s %j", pattern, i, re, c);
        if (escaping && reSpecials[c]) {
          re += "\\" + c;
          escaping = false;
          continue;
        }
        switch (c) {
          /* istanbul ignore next */
          case "/": {
            return false;
          }
          case "\\":
            clearStateChar();
            escaping = true;
            continue;
          // the various stateChar values
          // for the "extglob" stuff.
          case "?":
          case "*":
          case "+":
          case "@":
          case "!":
            this.debug("%s	%s %s %j <-- stateChar", pattern, i, re, c);
            if (inClass) {
              this.debug("  in class");
              if (c === "!" && i === classStart + 1) c = "^";
              re += c;
              continue;
            }
            self.debug("call clearStateChar %j", stateChar);
            clearStateChar();
            stateChar = c;
            if (options.noext) clearStateChar();
            continue;
          case "(":
            if (inClass) {
              re += "(";
              continue;
            }
            if (!stateChar) {
              re += "\\(";
              continue;
            }
            patternListStack.push({
              type: stateChar,
              start: i - 1,
              reStart: re.length,
              open: plTypes[stateChar].open,
              close: plTypes[stateChar].close
            });
            re += stateChar === "!" ? "(?:(?!(?:" : "(?:";
            this.debug("plType %j %j", stateChar, re);
            stateChar = false;
            continue;
          case ")":
            if (inClass || !patternListStack.length) {
              re += "\\)";
              continue;
            }
            clearStateChar();
            hasMagic = true;
            var pl = patternListStack.pop();
            re += pl.close;
            if (pl.type === "!") {
              negativeLists.push(pl);
            }
            pl.reEnd = re.length;
            continue;
          case "|":
            if (inClass || !patternListStack.length || escaping) {
              re += "\\|";
              escaping = false;
              continue;
            }
            clearStateChar();
            re += "|";
            continue;
          // these are mostly the same in regexp and glob
          case "[":
            clearStateChar();
            if (inClass) {
              re += "\\" + c;
              continue;
            }
            inClass = true;
            classStart = i;
            reClassStart = re.length;
            re += c;
            continue;
          case "]":
            if (i === classStart + 1 || !inClass) {
              re += "\\" + c;
              escaping = false;
              continue;
            }
            var cs = pattern.substring(classStart + 1, i);
            try {
              RegExp("[" + cs + "]");
            } catch (er) {
              var sp = this.parse(cs, SUBPARSE);
              re = re.substr(0, reClassStart) + "\\[" + sp[0] + "\\]";
              hasMagic = hasMagic || sp[1];
              inClass = false;
              continue;
            }
            hasMagic = true;
            inClass = false;
            re += c;
            continue;
          default:
            clearStateChar();
            if (escaping) {
              escaping = false;
            } else if (reSpecials[c] && !(c === "^" && inClass)) {
              re += "\\";
            }
            re += c;
        }
      }
      if (inClass) {
        cs = pattern.substr(classStart + 1);
        sp = this.parse(cs, SUBPARSE);
        re = re.substr(0, reClassStart) + "\\[" + sp[0];
        hasMagic = hasMagic || sp[1];
      }
      for (pl = patternListStack.pop(); pl; pl = patternListStack.pop()) {
        var tail = re.slice(pl.reStart + pl.open.length);
        this.debug("setting tail", re, pl);
        tail = tail.replace(/((?:\\{2}){0,64})(\\?)\|/g, function(_, $1, $2) {
          if (!$2) {
            $2 = "\\";
          }
          return $1 + $1 + $2 + "|";
        });
        this.debug("tail=%j\n   %s", tail, tail, pl, re);
        var t = pl.type === "*" ? star : pl.type === "?" ? qmark : "\\" + pl.type;
        hasMagic = true;
        re = re.slice(0, pl.reStart) + t + "\\(" + tail;
      }
      clearStateChar();
      if (escaping) {
        re += "\\\\";
      }
      var addPatternStart = false;
      switch (re.charAt(0)) {
        case "[":
        case ".":
        case "(":
          addPatternStart = true;
      }
      for (var n = negativeLists.length - 1; n > -1; n--) {
        var nl = negativeLists[n];
        var nlBefore = re.slice(0, nl.reStart);
        var nlFirst = re.slice(nl.reStart, nl.reEnd - 8);
        var nlLast = re.slice(nl.reEnd - 8, nl.reEnd);
        var nlAfter = re.slice(nl.reEnd);
        nlLast += nlAfter;
        var openParensBefore = nlBefore.split("(").length - 1;
        var cleanAfter = nlAfter;
        for (i = 0; i < openParensBefore; i++) {
          cleanAfter = cleanAfter.replace(/\)[+*?]?/, "");
        }
        nlAfter = cleanAfter;
        var dollar = "";
        if (nlAfter === "" && isSub !== SUBPARSE) {
          dollar = "$";
        }
        var newRe = nlBefore + nlFirst + nlAfter + dollar + nlLast;
        re = newRe;
      }
      if (re !== "" && hasMagic) {
        re = "(?=.)" + re;
      }
      if (addPatternStart) {
        re = patternStart + re;
      }
      if (isSub === SUBPARSE) {
        return [re, hasMagic];
      }
      if (!hasMagic) {
        return globUnescape(pattern);
      }
      var flags = options.nocase ? "i" : "";
      try {
        var regExp = new RegExp("^" + re + "$", flags);
      } catch (er) {
        return new RegExp("$.");
      }
      regExp._glob = pattern;
      regExp._src = re;
      return regExp;
    }
    minimatch.makeRe = function(pattern, options) {
      return new Minimatch(pattern, options || {}).makeRe();
    };
    Minimatch.prototype.makeRe = makeRe;
    function makeRe() {
      if (this.regexp || this.regexp === false) return this.regexp;
      var set = this.set;
      if (!set.length) {
        this.regexp = false;
        return this.regexp;
      }
      var options = this.options;
      var twoStar = options.noglobstar ? star : options.dot ? twoStarDot : twoStarNoDot;
      var flags = options.nocase ? "i" : "";
      var re = set.map(function(pattern) {
        return pattern.map(function(p) {
          return p === GLOBSTAR ? twoStar : typeof p === "string" ? regExpEscape(p) : p._src;
        }).join("\\/");
      }).join("|");
      re = "^(?:" + re + ")$";
      if (this.negate) re = "^(?!" + re + ").*$";
      try {
        this.regexp = new RegExp(re, flags);
      } catch (ex) {
        this.regexp = false;
      }
      return this.regexp;
    }
    minimatch.match = function(list, pattern, options) {
      options = options || {};
      var mm = new Minimatch(pattern, options);
      list = list.filter(function(f) {
        return mm.match(f);
      });
      if (mm.options.nonull && !list.length) {
        list.push(pattern);
      }
      return list;
    };
    Minimatch.prototype.match = function match(f, partial) {
      if (typeof partial === "undefined") partial = this.partial;
      this.debug("match", f, this.pattern);
      if (this.comment) return false;
      if (this.empty) return f === "";
      if (f === "/" && partial) return true;
      var options = this.options;
      if (path.sep !== "/") {
        f = f.split(path.sep).join("/");
      }
      f = f.split(slashSplit);
      this.debug(this.pattern, "split", f);
      var set = this.set;
      this.debug(this.pattern, "set", set);
      var filename;
      var i;
      for (i = f.length - 1; i >= 0; i--) {
        filename = f[i];
        if (filename) break;
      }
      for (i = 0; i < set.length; i++) {
        var pattern = set[i];
        var file = f;
        if (options.matchBase && pattern.length === 1) {
          file = [filename];
        }
        var hit = this.matchOne(file, pattern, partial);
        if (hit) {
          if (options.flipNegate) return true;
          return !this.negate;
        }
      }
      if (options.flipNegate) return false;
      return this.negate;
    };
    Minimatch.prototype.matchOne = function(file, pattern, partial) {
      var options = this.options;
      this.debug(
        "matchOne",
        { "this": this, file, pattern }
      );
      this.debug("matchOne", file.length, pattern.length);
      for (var fi = 0, pi = 0, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
        this.debug("matchOne loop");
        var p = pattern[pi];
        var f = file[fi];
        this.debug(pattern, p, f);
        if (p === false) return false;
        if (p === GLOBSTAR) {
          this.debug("GLOBSTAR", [pattern, p, f]);
          var fr = fi;
          var pr = pi + 1;
          if (pr === pl) {
            this.debug("** at the end");
            for (; fi < fl; fi++) {
              if (file[fi] === "." || file[fi] === ".." || !options.dot && file[fi].charAt(0) === ".") return false;
            }
            return true;
          }
          while (fr < fl) {
            var swallowee = file[fr];
            this.debug("\nglobstar while", file, fr, pattern, pr, swallowee);
            if (this.matchOne(file.slice(fr), pattern.slice(pr), partial)) {
              this.debug("globstar found match!", fr, fl, swallowee);
              return true;
            } else {
              if (swallowee === "." || swallowee === ".." || !options.dot && swallowee.charAt(0) === ".") {
                this.debug("dot detected!", file, fr, pattern, pr);
                break;
              }
              this.debug("globstar swallow a segment, and continue");
              fr++;
            }
          }
          if (partial) {
            this.debug("\n>>> no match, partial?", file, fr, pattern, pr);
            if (fr === fl) return true;
          }
          return false;
        }
        var hit;
        if (typeof p === "string") {
          hit = f === p;
          this.debug("string match", p, f, hit);
        } else {
          hit = f.match(p);
          this.debug("pattern match", p, f, hit);
        }
        if (!hit) return false;
      }
      if (fi === fl && pi === pl) {
        return true;
      } else if (fi === fl) {
        return partial;
      } else if (pi === pl) {
        return fi === fl - 1 && file[fi] === "";
      }
      throw new Error("wtf?");
    };
    function globUnescape(s) {
      return s.replace(/\\(.)/g, "$1");
    }
    function regExpEscape(s) {
      return s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
    }
  }
});

// node_modules/cdk8s-plus-27/lib/config-map.js
var require_config_map = __commonJS({
  "node_modules/cdk8s-plus-27/lib/config-map.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ConfigMap = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var configmap = __require("fs");
    var path = __require("path");
    var cdk8s_1 = require_lib2();
    var constructs_1 = require_lib();
    var minimatch_1 = require_minimatch();
    var base = require_base();
    var k8s2 = require_k8s();
    var utils_1 = require_utils();
    var ImportedConfigMap = class extends constructs_1.Construct {
      constructor(scope, id, name) {
        super(scope, id);
        this.resourceType = "configmaps";
        this._name = name;
      }
      get name() {
        return this._name;
      }
      get apiVersion() {
        return k8s2.KubeConfigMap.GVK.apiVersion;
      }
      get apiGroup() {
        return "";
      }
      get kind() {
        return k8s2.KubeConfigMap.GVK.kind;
      }
      get resourceName() {
        return this.name;
      }
    };
    var ConfigMap2 = class extends base.Resource {
      constructor(scope, id, props = {}) {
        super(scope, id);
        this.resourceType = "configmaps";
        this._binaryData = {};
        this._data = {};
        this.immutable = props.immutable ?? false;
        this.apiObject = new k8s2.KubeConfigMap(this, "Resource", {
          metadata: props.metadata,
          // we need lazy here because we filter empty
          data: cdk8s_1.Lazy.any({ produce: () => this.synthesizeData() }),
          binaryData: cdk8s_1.Lazy.any({ produce: () => this.synthesizeBinaryData() }),
          immutable: this.immutable
        });
        for (const [k, v] of Object.entries(props.data ?? {})) {
          this.addData(k, v);
        }
        for (const [k, v] of Object.entries(props.binaryData ?? {})) {
          this.addBinaryData(k, v);
        }
      }
      /**
       * Represents a ConfigMap created elsewhere.
       */
      static fromConfigMapName(scope, id, name) {
        return new ImportedConfigMap(scope, id, name);
      }
      /**
       * Adds a data entry to the config map.
       * @param key The key
       * @param value The value
       *
       * @throws if there is either a `data` or `binaryData` entry with the same key
       */
      addData(key, value) {
        this.verifyKeyAvailable(key);
        this._data[key] = value;
      }
      /**
       * The data associated with this config map.
       *
       * Returns an copy. To add data records, use `addData()` or `addBinaryData()`.
       */
      get data() {
        return { ...this._data };
      }
      /**
       * Adds a binary data entry to the config map. BinaryData can contain byte
       * sequences that are not in the UTF-8 range.
       * @param key The key
       * @param value The value
       *
       * @throws if there is either a `data` or `binaryData` entry with the same key
       */
      addBinaryData(key, value) {
        this.verifyKeyAvailable(key);
        this._binaryData[key] = value;
      }
      /**
       * The binary data associated with this config map.
       *
       * Returns a copy. To add data records, use `addBinaryData()` or `addData()`.
       */
      get binaryData() {
        return { ...this._binaryData };
      }
      /**
       * Adds a file to the ConfigMap.
       * @param localFile The path to the local file
       * @param key The ConfigMap key (default to the file name).
       */
      addFile(localFile, key) {
        key = key ?? path.basename(localFile);
        const value = configmap.readFileSync(localFile, "utf-8");
        this.addData(key, value);
      }
      /**
       * Adds a directory to the ConfigMap.
       * @param localDir A path to a local directory
       * @param options Options
       */
      addDirectory(localDir, options = {}) {
        const exclude = options.exclude ?? [];
        const shouldInclude = (file) => {
          for (const pattern of exclude) {
            const mm = new minimatch_1.Minimatch(pattern);
            if (mm.match(file)) {
              return false;
            }
          }
          return true;
        };
        const keyPrefix = options.keyPrefix ?? "";
        for (const file of configmap.readdirSync(localDir)) {
          const filePath = path.join(localDir, file);
          if (configmap.statSync(filePath).isDirectory()) {
            continue;
          }
          if (!shouldInclude(file)) {
            continue;
          }
          const relativeFilePath = keyPrefix + file;
          this.addFile(filePath, relativeFilePath);
        }
      }
      verifyKeyAvailable(key) {
        if (key in this._data || key in this._binaryData) {
          throw new Error(`unable to add a ConfigMap entry with key "${key}". It is already used`);
        }
      }
      synthesizeData() {
        return utils_1.undefinedIfEmpty(this._data);
      }
      synthesizeBinaryData() {
        return utils_1.undefinedIfEmpty(this._binaryData);
      }
    };
    exports.ConfigMap = ConfigMap2;
    _a = JSII_RTTI_SYMBOL_1;
    ConfigMap2[_a] = { fqn: "cdk8s-plus-27.ConfigMap", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/_action.js
var require_action = __commonJS({
  "node_modules/cdk8s-plus-27/lib/_action.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Action = void 0;
    var k8s2 = require_k8s();
    var probe_1 = require_probe();
    var Action = class {
      static fromTcpSocket(container, options = {}) {
        return {
          port: k8s2.IntOrString.fromNumber(options.port ?? container.portNumber ?? 80),
          host: options.host
        };
      }
      static fromCommand(command) {
        return { command };
      }
      static fromHttpGet(container, path, options = {}) {
        return {
          path,
          port: k8s2.IntOrString.fromNumber(options.port ?? container.portNumber ?? 80),
          scheme: options.scheme ?? probe_1.ConnectionScheme.HTTP,
          host: options.host
        };
      }
    };
    exports.Action = Action;
  }
});

// node_modules/cdk8s-plus-27/lib/probe.js
var require_probe = __commonJS({
  "node_modules/cdk8s-plus-27/lib/probe.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Probe = exports.ConnectionScheme = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var _action = require_action();
    var ConnectionScheme;
    (function(ConnectionScheme2) {
      ConnectionScheme2["HTTP"] = "HTTP";
      ConnectionScheme2["HTTPS"] = "HTTPS";
    })(ConnectionScheme = exports.ConnectionScheme || (exports.ConnectionScheme = {}));
    var Probe = class _Probe {
      constructor(probeOptions, tcpSocketOptions, commandOptions, httpGetOptions) {
        this.probeOptions = probeOptions;
        this.tcpSocketOptions = tcpSocketOptions;
        this.commandOptions = commandOptions;
        this.httpGetOptions = httpGetOptions;
      }
      /**
       * Defines a probe based on an HTTP GET request to the IP address of the container.
       *
       * @param path The URL path to hit
       * @param options Options
       */
      static fromHttpGet(path, options = {}) {
        return new _Probe(options, void 0, void 0, { path, ...options });
      }
      /**
       * Defines a probe based on a command which is executed within the container.
       *
       * @param command The command to execute
       * @param options Options
       */
      static fromCommand(command, options = {}) {
        return new _Probe(options, void 0, { command, ...options }, void 0);
      }
      /**
       * Defines a probe based opening a connection to a TCP socket on the container.
       *
       * @param options Options
       */
      static fromTcpSocket(options = {}) {
        return new _Probe(options, options, void 0, void 0);
      }
      /**
       * @internal
       */
      _toKube(cont) {
        const exec = this.commandOptions ? _action.Action.fromCommand(this.commandOptions.command) : void 0;
        const httpGet = this.httpGetOptions ? _action.Action.fromHttpGet(cont, this.httpGetOptions.path, this.httpGetOptions) : void 0;
        const tcpSocket = this.tcpSocketOptions ? _action.Action.fromTcpSocket(cont, this.tcpSocketOptions) : void 0;
        return {
          failureThreshold: this.probeOptions.failureThreshold ?? 3,
          initialDelaySeconds: this.probeOptions.initialDelaySeconds ? this.probeOptions.initialDelaySeconds.toSeconds() : void 0,
          periodSeconds: this.probeOptions.periodSeconds ? this.probeOptions.periodSeconds.toSeconds() : void 0,
          successThreshold: this.probeOptions.successThreshold,
          timeoutSeconds: this.probeOptions.timeoutSeconds ? this.probeOptions.timeoutSeconds.toSeconds() : void 0,
          exec,
          httpGet,
          tcpSocket
        };
      }
    };
    exports.Probe = Probe;
    _a = JSII_RTTI_SYMBOL_1;
    Probe[_a] = { fqn: "cdk8s-plus-27.Probe", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/container.js
var require_container = __commonJS({
  "node_modules/cdk8s-plus-27/lib/container.js"(exports) {
    "use strict";
    var _a;
    var _b;
    var _c;
    var _d;
    var _e;
    var _f;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = exports.extractContainerPorts = exports.EnvFrom = exports.Cpu = exports.MountPropagation = exports.Container = exports.ImagePullPolicy = exports.EnvValue = exports.ResourceFieldPaths = exports.EnvFieldPaths = exports.ContainerSecurityContext = exports.Protocol = exports.Capability = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var k8s2 = require_k8s();
    var probe = require_probe();
    var utils_1 = require_utils();
    var Capability;
    (function(Capability2) {
      Capability2["AUDIT_CONTROL"] = "CAP_AUDIT_CONTROL";
      Capability2["AUDIT_READ"] = "CAP_AUDIT_READ";
      Capability2["AUDIT_WRITE"] = "CAP_AUDIT_WRITE";
      Capability2["BLOCK_SUSPEND"] = "CAP_BLOCK_SUSPEND";
      Capability2["BPF"] = "CAP_BPF";
      Capability2["CHECKPOINT_RESTORE"] = "CAP_CHECKPOINT_RESTORE";
      Capability2["CHOWN"] = "CAP_CHOWN";
      Capability2["DAC_OVERRIDE"] = "CAP_DAC_OVERRIDE";
      Capability2["DAC_READ_SEARCH"] = "CAP_DAC_READ_SEARCH";
      Capability2["FOWNER"] = "CAP_FOWNER";
      Capability2["FSETID"] = "CAP_FSETID";
      Capability2["IPC_LOCK"] = "CAP_IPC_LOCK";
      Capability2["IPC_OWNER"] = "CAP_IPC_OWNER";
      Capability2["KILL"] = "CAP_KILL";
      Capability2["LEASE"] = "CAP_LEASE";
      Capability2["LINUX_IMMUTABLE"] = "CAP_LINUX_IMMUTABLE";
      Capability2["MAC_ADMIN"] = "CAP_MAC_ADMIN";
      Capability2["MAC_OVERRIDE"] = "CAP_MAC_OVERRIDE";
      Capability2["MKNOD"] = "CAP_MKNOD";
      Capability2["NET_ADMIN"] = "CAP_NET_ADMIN";
      Capability2["NET_BIND_SERVICE"] = "CAP_NET_BIND_SERVICE";
      Capability2["NET_BROADCAST"] = "CAP_NET_BROADCAST";
      Capability2["NET_RAW"] = "CAP_NET_RAW";
      Capability2["PERFMON"] = "CAP_PERFMON";
      Capability2["SETGID"] = "CAP_SETGID";
      Capability2["SETFCAP"] = "CAP_SETFCAP";
      Capability2["SETPCAP"] = "CAP_SETPCAP";
      Capability2["SETUID"] = "CAP_SETUID";
      Capability2["SYS_ADMIN"] = "CAP_SYS_ADMIN";
      Capability2["SYS_BOOT"] = "CAP_SYS_BOOT";
      Capability2["SYS_CHROOT"] = "CAP_SYS_CHROOT";
      Capability2["SYS_MODULE"] = "CAP_SYS_MODULE";
      Capability2["SYS_NICE"] = "CAP_SYS_NICE";
      Capability2["SYS_PACCT"] = "CAP_SYS_PACCT";
      Capability2["SYS_PTRACE"] = "CAP_SYS_PTRACE";
      Capability2["SYS_RAWIO"] = "CAP_SYS_RAWIO";
      Capability2["SYS_RESOURCE"] = "CAP_SYS_RESOURCE";
      Capability2["SYS_TIME"] = "CAP_SYS_TIME";
      Capability2["SYS_TTY_CONFIG"] = "CAP_SYS_TTY_CONFIG";
      Capability2["SYSLOG"] = "CAP_SYSLOG";
      Capability2["WAKE_ALARM"] = "CAP_WAKE_ALARM";
    })(Capability = exports.Capability || (exports.Capability = {}));
    var Protocol;
    (function(Protocol2) {
      Protocol2["TCP"] = "TCP";
      Protocol2["UDP"] = "UDP";
      Protocol2["SCTP"] = "SCTP";
    })(Protocol = exports.Protocol || (exports.Protocol = {}));
    var ContainerSecurityContext = class {
      constructor(props = {}) {
        this.ensureNonRoot = props.ensureNonRoot ?? true;
        this.privileged = props.privileged ?? false;
        this.readOnlyRootFilesystem = props.readOnlyRootFilesystem ?? true;
        this.user = props.user;
        this.group = props.group;
        this.allowPrivilegeEscalation = props.allowPrivilegeEscalation ?? false;
        this.capabilities = props.capabilities;
      }
      /**
       * @internal
       */
      _toKube() {
        return {
          runAsGroup: this.group,
          runAsUser: this.user,
          runAsNonRoot: this.ensureNonRoot,
          privileged: this.privileged,
          readOnlyRootFilesystem: this.readOnlyRootFilesystem,
          allowPrivilegeEscalation: this.allowPrivilegeEscalation,
          capabilities: this.capabilities
        };
      }
    };
    exports.ContainerSecurityContext = ContainerSecurityContext;
    _a = JSII_RTTI_SYMBOL_1;
    ContainerSecurityContext[_a] = { fqn: "cdk8s-plus-27.ContainerSecurityContext", version: "2.9.5" };
    var EnvFieldPaths;
    (function(EnvFieldPaths2) {
      EnvFieldPaths2["POD_NAME"] = "metadata.name";
      EnvFieldPaths2["POD_NAMESPACE"] = "metadata.namespace";
      EnvFieldPaths2["POD_UID"] = "metadata.uid";
      EnvFieldPaths2["POD_LABEL"] = "metadata.labels";
      EnvFieldPaths2["POD_ANNOTATION"] = "metadata.annotations";
      EnvFieldPaths2["POD_IP"] = "status.podIP";
      EnvFieldPaths2["SERVICE_ACCOUNT_NAME"] = "spec.serviceAccountName";
      EnvFieldPaths2["NODE_NAME"] = "spec.nodeName";
      EnvFieldPaths2["NODE_IP"] = "status.hostIP";
      EnvFieldPaths2["POD_IPS"] = "status.podIPs";
    })(EnvFieldPaths = exports.EnvFieldPaths || (exports.EnvFieldPaths = {}));
    var ResourceFieldPaths;
    (function(ResourceFieldPaths2) {
      ResourceFieldPaths2["CPU_LIMIT"] = "limits.cpu";
      ResourceFieldPaths2["MEMORY_LIMIT"] = "limits.memory";
      ResourceFieldPaths2["CPU_REQUEST"] = "requests.cpu";
      ResourceFieldPaths2["MEMORY_REQUEST"] = "requests.memory";
      ResourceFieldPaths2["STORAGE_LIMIT"] = "limits.ephemeral-storage";
      ResourceFieldPaths2["STORAGE_REQUEST"] = "requests.ephemeral-storage";
    })(ResourceFieldPaths = exports.ResourceFieldPaths || (exports.ResourceFieldPaths = {}));
    var EnvValue2 = class _EnvValue {
      constructor(value, valueFrom) {
        this.value = value;
        this.valueFrom = valueFrom;
      }
      /**
       * Create a value by reading a specific key inside a config map.
       *
       * @param configMap - The config map.
       * @param key - The key to extract the value from.
       * @param options - Additional options.
       */
      static fromConfigMap(configMap, key, options = {}) {
        const source = {
          configMapKeyRef: {
            name: configMap.name,
            key,
            optional: options.optional
          }
        };
        return new _EnvValue(void 0, source);
      }
      /**
       * Defines an environment value from a secret JSON value.
       *
       * @param secretValue The secret value (secrent + key)
       * @param options Additional options
       */
      static fromSecretValue(secretValue, options = {}) {
        const source = {
          secretKeyRef: {
            name: secretValue.secret.name,
            key: secretValue.key,
            optional: options.optional
          }
        };
        return new _EnvValue(void 0, source);
      }
      /**
       * Create a value from the given argument.
       *
       * @param value - The value.
       */
      static fromValue(value) {
        return new _EnvValue(value);
      }
      /**
       *
       * Create a value from a field reference.
       *
       * @param fieldPath: The field reference.
       * @param options: Additional options.
       */
      static fromFieldRef(fieldPath, options = {}) {
        let needsKey = false;
        if (fieldPath === EnvFieldPaths.POD_LABEL || fieldPath === EnvFieldPaths.POD_ANNOTATION) {
          needsKey = true;
        }
        if (needsKey && options.key === void 0) {
          throw new Error(`${fieldPath} requires a key`);
        }
        const source = {
          fieldRef: {
            fieldPath: `${fieldPath}` + (needsKey ? `['${options.key}']` : ""),
            ...options.apiVersion ? { apiVersion: options.apiVersion } : {}
          }
        };
        return new _EnvValue(void 0, source);
      }
      /**
       * Create a value from a resource.
       *
       * @param resource: Resource to select the value from.
       * @param options: Additional options.
       */
      static fromResource(resource, options = {}) {
        const source = {
          resourceFieldRef: {
            resource: `${resource}`,
            ...options.divisor ? { divisor: k8s2.IntOrString.fromString(options.divisor) } : {},
            ...options.container ? { containerName: options.container.name } : {}
          }
        };
        return new _EnvValue(void 0, source);
      }
      /**
       * Create a value from a key in the current process environment.
       *
       * @param key - The key to read.
       * @param options - Additional options.
       */
      static fromProcess(key, options = {}) {
        const value = process.env[key];
        if (options.required && !value) {
          throw new Error(`Missing ${key} env variable`);
        }
        return _EnvValue.fromValue(value);
      }
    };
    exports.EnvValue = EnvValue2;
    _b = JSII_RTTI_SYMBOL_1;
    EnvValue2[_b] = { fqn: "cdk8s-plus-27.EnvValue", version: "2.9.5" };
    var ImagePullPolicy;
    (function(ImagePullPolicy2) {
      ImagePullPolicy2["ALWAYS"] = "Always";
      ImagePullPolicy2["IF_NOT_PRESENT"] = "IfNotPresent";
      ImagePullPolicy2["NEVER"] = "Never";
    })(ImagePullPolicy = exports.ImagePullPolicy || (exports.ImagePullPolicy = {}));
    var Container = class _Container {
      constructor(props) {
        this._ports = [];
        if (props instanceof _Container) {
          throw new Error("Attempted to construct a container from a Container object.");
        }
        const defaultResourceSpec = {
          cpu: {
            request: Cpu.millis(1e3),
            limit: Cpu.millis(1500)
          },
          memory: {
            request: cdk8s_1.Size.mebibytes(512),
            limit: cdk8s_1.Size.mebibytes(2048)
          }
        };
        if (props.port && props.portNumber) {
          throw new Error("Either 'port' or 'portNumber' is allowed. Use 'portNumber' since 'port' is deprecated");
        }
        const portNumber = props.portNumber ?? props.port;
        const defaultProbeConfiguration = probe.Probe.fromTcpSocket({ port: portNumber });
        this.name = props.name ?? "main";
        this.image = props.image;
        this.portNumber = portNumber;
        this._command = props.command;
        this._args = props.args;
        this._readiness = props.readiness;
        this._liveness = props.liveness;
        this._startup = props.startup ?? (this.portNumber ? defaultProbeConfiguration : void 0);
        this._lifecycle = props.lifecycle;
        this.resources = props.resources ?? defaultResourceSpec;
        this.workingDir = props.workingDir;
        this.mounts = props.volumeMounts ?? [];
        this.imagePullPolicy = props.imagePullPolicy ?? ImagePullPolicy.ALWAYS;
        this.securityContext = new ContainerSecurityContext(props.securityContext);
        this.env = new Env(props.envFrom ?? [], props.envVariables ?? {});
        if (this.portNumber) {
          this.addPort({
            number: this.portNumber
          });
        }
        for (const port of props.ports ?? []) {
          this.addPort(port);
        }
      }
      /**
       * @deprecated - use `portNumber`.
       */
      get port() {
        return this.portNumber;
      }
      /**
       * Ports exposed by this containers.
       * Returns a copy, use `addPort` to modify.
       */
      get ports() {
        return [...this._ports];
      }
      /**
       * Entrypoint array (the command to execute when the container starts).
       * @returns a copy of the entrypoint array, cannot be modified
       */
      get command() {
        return this._command ? [...this._command] : void 0;
      }
      /**
       * Arguments to the entrypoint.
       *
       * @returns a copy of the arguments array, cannot be modified.
       */
      get args() {
        return this._args ? [...this._args] : void 0;
      }
      /**
       * Mount a volume to a specific path so that it is accessible by the container.
       * Every pod that is configured to use this container will autmoatically have access to the volume.
       *
       * @param path - The desired path in the container.
       * @param storage - The storage to mount.
       */
      mount(path, storage, options = {}) {
        this.mounts.push({ path, volume: storage.asVolume(), ...options });
      }
      /**
       * Add a port to expose from this container.
       */
      addPort(port) {
        const names = this._ports.map((p) => p.name).filter((x) => x);
        const numberProtocols = this._ports.map((p) => `${p.number}/${p.protocol || Protocol.TCP}`);
        if (port.name && names.includes(port.name)) {
          throw new Error(`Port with name ${port.name} already exists`);
        }
        const protocol = `${port.number}/${port.protocol || Protocol.TCP}`;
        if (numberProtocols.includes(protocol)) {
          throw new Error(`Port with number ${port.number} and protocol ${port.protocol || Protocol.TCP} already exists`);
        }
        this._ports.push(port);
      }
      /**
       * @internal
       */
      _toKube() {
        const volumeMounts = [];
        for (const mount of this.mounts) {
          volumeMounts.push({
            name: mount.volume.name,
            mountPath: mount.path,
            readOnly: mount.readOnly,
            mountPropagation: mount.propagation,
            subPath: mount.subPath,
            subPathExpr: mount.subPathExpr
          });
        }
        const ports = new Array();
        for (const port of this.ports) {
          ports.push({
            containerPort: port.number,
            protocol: port.protocol?.toString(),
            name: port.name,
            hostPort: port.hostPort,
            hostIp: port.hostIp
          });
        }
        const cpuLimit = this.resources?.cpu?.limit?.amount;
        const cpuRequest = this.resources?.cpu?.request?.amount;
        const memoryLimit = this.resources?.memory?.limit;
        const memoryRequest = this.resources?.memory?.request;
        const ephemeralStorageLimit = this.resources?.ephemeralStorage?.limit;
        const ephemeralStorageRequest = this.resources?.ephemeralStorage?.request;
        const limits = {};
        const requests = {};
        if (cpuLimit) {
          limits.cpu = k8s2.Quantity.fromString(cpuLimit);
        }
        if (memoryLimit) {
          limits.memory = k8s2.Quantity.fromString(memoryLimit.toMebibytes().toString() + "Mi");
        }
        if (ephemeralStorageLimit) {
          limits["ephemeral-storage"] = k8s2.Quantity.fromString(ephemeralStorageLimit.toGibibytes().toString() + "Gi");
        }
        if (cpuRequest) {
          requests.cpu = k8s2.Quantity.fromString(cpuRequest);
        }
        if (memoryRequest) {
          requests.memory = k8s2.Quantity.fromString(memoryRequest.toMebibytes().toString() + "Mi");
        }
        if (ephemeralStorageRequest) {
          requests["ephemeral-storage"] = k8s2.Quantity.fromString(ephemeralStorageRequest.toGibibytes().toString() + "Gi");
        }
        let resourceRequirements = void 0;
        if (Object.keys(limits).length > 0 || Object.keys(requests).length > 0) {
          resourceRequirements = {
            limits: utils_1.undefinedIfEmpty(limits),
            requests: utils_1.undefinedIfEmpty(requests)
          };
        }
        const env = this.env._toKube();
        return {
          name: this.name,
          image: this.image,
          imagePullPolicy: this.imagePullPolicy,
          ports: utils_1.undefinedIfEmpty(ports),
          volumeMounts: utils_1.undefinedIfEmpty(volumeMounts),
          command: this.command,
          args: this.args,
          workingDir: this.workingDir,
          env: env.variables,
          envFrom: env.from,
          readinessProbe: this._readiness?._toKube(this),
          livenessProbe: this._liveness?._toKube(this),
          startupProbe: this._startup?._toKube(this),
          lifecycle: this._lifecycle ? {
            postStart: this._lifecycle.postStart?._toKube(this),
            preStop: this._lifecycle.preStop?._toKube(this)
          } : void 0,
          resources: resourceRequirements,
          securityContext: this.securityContext._toKube()
        };
      }
    };
    exports.Container = Container;
    _c = JSII_RTTI_SYMBOL_1;
    Container[_c] = { fqn: "cdk8s-plus-27.Container", version: "2.9.5" };
    var MountPropagation;
    (function(MountPropagation2) {
      MountPropagation2["NONE"] = "None";
      MountPropagation2["HOST_TO_CONTAINER"] = "HostToContainer";
      MountPropagation2["BIDIRECTIONAL"] = "Bidirectional";
    })(MountPropagation = exports.MountPropagation || (exports.MountPropagation = {}));
    var Cpu = class _Cpu {
      constructor(amount) {
        this.amount = amount;
      }
      static millis(amount) {
        return new _Cpu(amount + "m");
      }
      static units(amount) {
        return new _Cpu(amount.toString());
      }
    };
    exports.Cpu = Cpu;
    _d = JSII_RTTI_SYMBOL_1;
    Cpu[_d] = { fqn: "cdk8s-plus-27.Cpu", version: "2.9.5" };
    var EnvFrom = class {
      constructor(configMap, prefix, sec) {
        this.configMap = configMap;
        this.prefix = prefix;
        this.sec = sec;
      }
      /**
       * @internal
       */
      _toKube() {
        return {
          configMapRef: this.configMap ? {
            name: this.configMap.name
          } : void 0,
          secretRef: this.sec ? {
            name: this.sec.name
          } : void 0,
          prefix: this.prefix
        };
      }
    };
    exports.EnvFrom = EnvFrom;
    _e = JSII_RTTI_SYMBOL_1;
    EnvFrom[_e] = { fqn: "cdk8s-plus-27.EnvFrom", version: "2.9.5" };
    function extractContainerPorts(selector) {
      if (!selector) {
        return [];
      }
      const containers = selector.containers ?? [];
      return containers.flatMap((c) => c.ports);
    }
    exports.extractContainerPorts = extractContainerPorts;
    var Env = class {
      constructor(sources, variables) {
        this._sources = sources;
        this._variables = variables;
      }
      /**
       * Selects a ConfigMap to populate the environment variables with.
       * The contents of the target ConfigMap's Data field will represent
       * the key-value pairs as environment variables.
       */
      static fromConfigMap(configMap, prefix) {
        return new EnvFrom(configMap, prefix, void 0);
      }
      /**
       * Selects a Secret to populate the environment variables with.
       * The contents of the target Secret's Data field will represent
       * the key-value pairs as environment variables.
       */
      static fromSecret(secr) {
        return new EnvFrom(void 0, void 0, secr);
      }
      /**
       * Add a single variable by name and value.
       * The variable value can come from various dynamic sources such a secrets of config maps.
       * Use `EnvValue.fromXXX` to select sources.
       */
      addVariable(name, value) {
        this._variables[name] = value;
      }
      /**
       * The environment variables for this container.
       * Returns a copy. To add environment variables use `container.env.addVariable()`.
       */
      get variables() {
        return { ...this._variables };
      }
      /**
       * Add a collection of variables by copying from another source.
       * Use `Env.fromXXX` functions to select sources.
       */
      copyFrom(from) {
        this._sources.push(from);
      }
      /**
       * The list of sources used to populate the container environment,
       * in addition to the `variables`.
       *
       * Returns a copy. To add a source use `container.env.copyFrom()`.
       */
      get sources() {
        return [...this._sources];
      }
      renderEnv(env) {
        const result = new Array();
        for (const [name, v] of Object.entries(env)) {
          result.push({
            name,
            value: v.value,
            valueFrom: v.valueFrom
          });
        }
        return result;
      }
      /**
       * @internal
       */
      _toKube() {
        return {
          from: utils_1.undefinedIfEmpty(this._sources.map((s) => s._toKube())),
          variables: utils_1.undefinedIfEmpty(this.renderEnv(this._variables))
        };
      }
    };
    exports.Env = Env;
    _f = JSII_RTTI_SYMBOL_1;
    Env[_f] = { fqn: "cdk8s-plus-27.Env", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/namespace.js
var require_namespace = __commonJS({
  "node_modules/cdk8s-plus-27/lib/namespace.js"(exports) {
    "use strict";
    var _a;
    var _b;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Namespaces = exports.Namespace = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var constructs_1 = require_lib();
    var base = require_base();
    var k8s2 = require_k8s();
    var pod = require_pod();
    var Namespace2 = class extends base.Resource {
      constructor(scope, id, props = {}) {
        super(scope, id);
        this.resourceType = "namespaces";
        this.apiObject = new k8s2.KubeNamespace(this, "Resource", {
          metadata: props.metadata,
          spec: cdk8s_1.Lazy.any({ produce: () => this._toKube() })
        });
        this._pods = pod.Pods.all(this, "Pods", {
          namespaces: Namespaces.select(this, "Namespaces", { names: [this.name] })
        });
      }
      /**
       * @see INamespaceSelector.toNamespaceSelectorConfig()
       */
      toNamespaceSelectorConfig() {
        return { names: [this.name] };
      }
      /**
       * @see INetworkPolicyPeer.toNetworkPolicyPeerConfig()
       */
      toNetworkPolicyPeerConfig() {
        return this._pods.toNetworkPolicyPeerConfig();
      }
      /**
       * @see INetworkPolicyPeer.toPodSelector()
       */
      toPodSelector() {
        return this._pods.toPodSelector();
      }
      /**
       * @internal
       */
      _toKube() {
        return {};
      }
    };
    exports.Namespace = Namespace2;
    _a = JSII_RTTI_SYMBOL_1;
    Namespace2[_a] = { fqn: "cdk8s-plus-27.Namespace", version: "2.9.5" };
    Namespace2.NAME_LABEL = "kubernetes.io/metadata.name";
    var Namespaces = class _Namespaces extends constructs_1.Construct {
      constructor(scope, id, expressions, names, labels) {
        super(scope, id);
        this.expressions = expressions;
        this.names = names;
        this.labels = labels;
        this._pods = pod.Pods.all(this, "Pods", { namespaces: this });
      }
      /**
       * Select specific namespaces.
       */
      static select(scope, id, options) {
        return new _Namespaces(scope, id, options.expressions, options.names, options.labels);
      }
      /**
       * Select all namespaces.
       */
      static all(scope, id) {
        return _Namespaces.select(scope, id, { expressions: [], labels: {} });
      }
      /**
       * @see INamespaceSelector.toNamespaceSelectorConfig()
       */
      toNamespaceSelectorConfig() {
        return {
          labelSelector: pod.LabelSelector.of({ expressions: this.expressions, labels: this.labels }),
          names: this.names
        };
      }
      /**
       * @see INetworkPolicyPeer.toNetworkPolicyPeerConfig()
       */
      toNetworkPolicyPeerConfig() {
        return this._pods.toNetworkPolicyPeerConfig();
      }
      /**
       * @see INetworkPolicyPeer.toPodSelector()
       */
      toPodSelector() {
        return this._pods.toPodSelector();
      }
    };
    exports.Namespaces = Namespaces;
    _b = JSII_RTTI_SYMBOL_1;
    Namespaces[_b] = { fqn: "cdk8s-plus-27.Namespaces", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/network-policy.js
var require_network_policy = __commonJS({
  "node_modules/cdk8s-plus-27/lib/network-policy.js"(exports) {
    "use strict";
    var _a;
    var _b;
    var _c;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validatePeerConfig = exports.NetworkPolicy = exports.NetworkPolicyTrafficDefault = exports.NetworkProtocol = exports.NetworkPolicyIpBlock = exports.NetworkPolicyPort = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var constructs_1 = require_lib();
    var base = require_base();
    var k8s2 = require_k8s();
    var namespace = require_namespace();
    var pod = require_pod();
    var utils_1 = require_utils();
    var NetworkPolicyPort = class _NetworkPolicyPort {
      constructor(port, endPort, protocol) {
        this.port = port;
        this.endPort = endPort;
        this.protocol = protocol;
      }
      /**
       * Distinct TCP ports
       */
      static tcp(port) {
        return new _NetworkPolicyPort(k8s2.IntOrString.fromNumber(port), void 0, NetworkProtocol.TCP);
      }
      /**
       * A TCP port range
       */
      static tcpRange(startPort, endPort) {
        return new _NetworkPolicyPort(k8s2.IntOrString.fromNumber(startPort), endPort, NetworkProtocol.TCP);
      }
      /**
       * Any TCP traffic
       */
      static allTcp() {
        return new _NetworkPolicyPort(k8s2.IntOrString.fromNumber(0), 65535, NetworkProtocol.TCP);
      }
      /**
       * Distinct UDP ports
       */
      static udp(port) {
        return new _NetworkPolicyPort(k8s2.IntOrString.fromNumber(port), void 0, NetworkProtocol.UDP);
      }
      /**
       * A UDP port range
       */
      static udpRange(startPort, endPort) {
        return new _NetworkPolicyPort(k8s2.IntOrString.fromNumber(startPort), endPort, NetworkProtocol.UDP);
      }
      /**
       * Any UDP traffic
       */
      static allUdp() {
        return new _NetworkPolicyPort(k8s2.IntOrString.fromNumber(0), 65535, NetworkProtocol.UDP);
      }
      /**
       * Custom port configuration.
       */
      static of(props) {
        return new _NetworkPolicyPort(props.port ? k8s2.IntOrString.fromNumber(props.port) : void 0, props.endPort, props.protocol);
      }
      /**
       * @internal
       */
      _toKube() {
        return { port: this.port, endPort: this.endPort, protocol: this.protocol };
      }
    };
    exports.NetworkPolicyPort = NetworkPolicyPort;
    _a = JSII_RTTI_SYMBOL_1;
    NetworkPolicyPort[_a] = { fqn: "cdk8s-plus-27.NetworkPolicyPort", version: "2.9.5" };
    var NetworkPolicyIpBlock = class _NetworkPolicyIpBlock extends constructs_1.Construct {
      constructor(scope, id, cidr, except) {
        super(scope, id);
        this.cidr = cidr;
        this.except = except;
      }
      /**
       * Create an IPv4 peer from a CIDR
       */
      static ipv4(scope, id, cidrIp, except) {
        const cidrMatch = cidrIp.match(/^(\d{1,3}\.){3}\d{1,3}(\/\d+)?$/);
        if (!cidrMatch) {
          throw new Error(`Invalid IPv4 CIDR: "${cidrIp}"`);
        }
        if (!cidrMatch[2]) {
          throw new Error(`CIDR mask is missing in IPv4: "${cidrIp}". Did you mean "${cidrIp}/32"?`);
        }
        return new _NetworkPolicyIpBlock(scope, id, cidrIp, except);
      }
      /**
       * Any IPv4 address
       */
      static anyIpv4(scope, id) {
        return new _NetworkPolicyIpBlock(scope, id, "0.0.0.0/0");
      }
      /**
       * Create an IPv6 peer from a CIDR
       */
      static ipv6(scope, id, cidrIp, except) {
        const cidrMatch = cidrIp.match(/^([\da-f]{0,4}:){2,7}([\da-f]{0,4})?(\/\d+)?$/);
        if (!cidrMatch) {
          throw new Error(`Invalid IPv6 CIDR: "${cidrIp}"`);
        }
        if (!cidrMatch[3]) {
          throw new Error(`CIDR mask is missing in IPv6: "${cidrIp}". Did you mean "${cidrIp}/128"?`);
        }
        return new _NetworkPolicyIpBlock(scope, id, cidrIp, except);
      }
      /**
       * Any IPv6 address
       */
      static anyIpv6(scope, id) {
        return new _NetworkPolicyIpBlock(scope, id, "::/0");
      }
      /**
       * @see INetworkPolicyPeer.toNetworkPolicyPeerConfig()
       */
      toNetworkPolicyPeerConfig() {
        return { ipBlock: this };
      }
      /**
       * @see INetworkPolicyPeer.toPodSelector()
       */
      toPodSelector() {
        return void 0;
      }
      /**
       * @internal
       */
      _toKube() {
        return { cidr: this.cidr, except: this.except };
      }
    };
    exports.NetworkPolicyIpBlock = NetworkPolicyIpBlock;
    _b = JSII_RTTI_SYMBOL_1;
    NetworkPolicyIpBlock[_b] = { fqn: "cdk8s-plus-27.NetworkPolicyIpBlock", version: "2.9.5" };
    var NetworkProtocol;
    (function(NetworkProtocol2) {
      NetworkProtocol2["TCP"] = "TCP";
      NetworkProtocol2["UDP"] = "UDP";
      NetworkProtocol2["SCTP"] = "SCTP";
    })(NetworkProtocol = exports.NetworkProtocol || (exports.NetworkProtocol = {}));
    var NetworkPolicyTrafficDefault;
    (function(NetworkPolicyTrafficDefault2) {
      NetworkPolicyTrafficDefault2["DENY"] = "DENY";
      NetworkPolicyTrafficDefault2["ALLOW"] = "ALLOW";
    })(NetworkPolicyTrafficDefault = exports.NetworkPolicyTrafficDefault || (exports.NetworkPolicyTrafficDefault = {}));
    var NetworkPolicy = class extends base.Resource {
      constructor(scope, id, props = {}) {
        super(scope, id);
        this.resourceType = "networkpolicies";
        this._egressRules = [];
        this._ingressRules = [];
        this._policyTypes = /* @__PURE__ */ new Set();
        const podSelector = props.selector ?? pod.Pods.all(this, "AllPods");
        this._podSelectorConfig = podSelector.toPodSelectorConfig();
        let ns;
        if (!props.metadata?.namespace) {
          if (this._podSelectorConfig.namespaces?.labelSelector && !this._podSelectorConfig.namespaces?.labelSelector.isEmpty()) {
            throw new Error(`Unable to create a network policy for a selector (${podSelector.node.path}) that selects pods in namespaces based on labels`);
          }
          if (this._podSelectorConfig.namespaces?.names && this._podSelectorConfig.namespaces.names.length > 1) {
            throw new Error(`Unable to create a network policy for a selector (${podSelector.node.path}) that selects pods in multiple namespaces`);
          }
          ns = this._podSelectorConfig.namespaces?.names ? this._podSelectorConfig.namespaces?.names[0] : void 0;
        } else {
          ns = props.metadata.namespace;
        }
        this.apiObject = new k8s2.KubeNetworkPolicy(this, "Resource", {
          metadata: { ...props.metadata, namespace: ns },
          spec: cdk8s_1.Lazy.any({ produce: () => this._toKube() })
        });
        this.configureDefaultBehavior("Egress", props.egress?.default);
        this.configureDefaultBehavior("Ingress", props.ingress?.default);
        for (const rule of props.egress?.rules ?? []) {
          this.addEgressRule(rule.peer, rule.ports);
        }
        for (const rule of props.ingress?.rules ?? []) {
          this.addIngressRule(rule.peer, rule.ports);
        }
      }
      /**
       * Allow outgoing traffic to the peer.
       *
       * If ports are not passed, traffic will be allowed on all ports.
       */
      addEgressRule(peer, ports) {
        this._policyTypes.add("Egress");
        this._egressRules.push({ ports: (ports ?? []).map((p) => p._toKube()), to: this.createNetworkPolicyPeers(peer) });
      }
      /**
       * Allow incoming traffic from the peer.
       *
       * If ports are not passed, traffic will be allowed on all ports.
       */
      addIngressRule(peer, ports) {
        this._policyTypes.add("Ingress");
        this._ingressRules.push({ ports: (ports ?? []).map((p) => p._toKube()), from: this.createNetworkPolicyPeers(peer) });
      }
      createNetworkPolicyPeers(peer) {
        const config = peer.toNetworkPolicyPeerConfig();
        validatePeerConfig(config);
        if (config.ipBlock) {
          return [{ ipBlock: config.ipBlock._toKube() }];
        }
        if (!config.podSelector.namespaces?.names) {
          return [{
            namespaceSelector: config.podSelector.namespaces?.labelSelector?._toKube(),
            podSelector: config.podSelector.labelSelector._toKube()
          }];
        }
        const namespaceSelector = config.podSelector?.namespaces?.labelSelector?._toKube() ?? {};
        return config.podSelector.namespaces.names.map((n) => ({
          podSelector: config.podSelector.labelSelector._toKube(),
          namespaceSelector: {
            matchExpressions: namespaceSelector.matchExpressions,
            matchLabels: {
              ...namespaceSelector.matchLabels,
              [namespace.Namespace.NAME_LABEL]: n
            }
          }
        }));
      }
      configureDefaultBehavior(direction, _default) {
        if (!_default) {
          return;
        }
        if (_default === NetworkPolicyTrafficDefault.DENY) {
          this._policyTypes.add(direction);
        }
        if (_default === NetworkPolicyTrafficDefault.ALLOW) {
          this._policyTypes.add(direction);
          if (direction === "Egress") {
            this._egressRules.push({});
          } else {
            this._ingressRules.push({});
          }
        }
      }
      /**
       * @internal
       */
      _toKube() {
        return {
          podSelector: this._podSelectorConfig.labelSelector._toKube(),
          egress: utils_1.undefinedIfEmpty(this._egressRules),
          ingress: utils_1.undefinedIfEmpty(this._ingressRules),
          policyTypes: utils_1.undefinedIfEmpty(Array.from(this._policyTypes))
        };
      }
    };
    exports.NetworkPolicy = NetworkPolicy;
    _c = JSII_RTTI_SYMBOL_1;
    NetworkPolicy[_c] = { fqn: "cdk8s-plus-27.NetworkPolicy", version: "2.9.5" };
    function validatePeerConfig(peerConfig) {
      if (!peerConfig.ipBlock && !peerConfig.podSelector) {
        throw new Error("Inavlid peer: either 'ipBlock' or 'podSelector' must be defined");
      }
      if (peerConfig.ipBlock && peerConfig.podSelector) {
        throw new Error("Inavlid peer: only one of 'ipBlock' and 'podSelector' must be defined");
      }
    }
    exports.validatePeerConfig = validatePeerConfig;
  }
});

// node_modules/cdk8s-plus-27/lib/pod.js
var require_pod = __commonJS({
  "node_modules/cdk8s-plus-27/lib/pod.js"(exports) {
    "use strict";
    var _a;
    var _b;
    var _c;
    var _d;
    var _e;
    var _f;
    var _g;
    var _h;
    var _j;
    var _k;
    var _l;
    var _m;
    var _o;
    var _p;
    var _q;
    var _r;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PodConnections = exports.PodConnectionsIsolation = exports.PodScheduling = exports.Topology = exports.Node = exports.NamedNode = exports.TaintedNode = exports.LabeledNode = exports.Pods = exports.NodeTaintQuery = exports.TaintEffect = exports.LabelExpression = exports.NodeLabelQuery = exports.DnsPolicy = exports.FsGroupChangePolicy = exports.RestartPolicy = exports.PodSecurityContext = exports.PodDns = exports.Pod = exports.LabelSelector = exports.AbstractPod = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var constructs_1 = require_lib();
    var base = require_base();
    var container = require_container();
    var k8s2 = require_k8s();
    var networkpolicy = require_network_policy();
    var utils_1 = require_utils();
    var AbstractPod = class extends base.Resource {
      constructor(scope, id, props = {}) {
        super(scope, id);
        this._containers = [];
        this._initContainers = [];
        this._hostAliases = [];
        this._volumes = /* @__PURE__ */ new Map();
        this.restartPolicy = props.restartPolicy ?? RestartPolicy.ALWAYS;
        this.serviceAccount = props.serviceAccount;
        this.securityContext = new PodSecurityContext(props.securityContext);
        this.dns = new PodDns(props.dns);
        this.dockerRegistryAuth = props.dockerRegistryAuth;
        this.automountServiceAccountToken = props.automountServiceAccountToken ?? false;
        this.isolate = props.isolate ?? false;
        this.hostNetwork = props.hostNetwork ?? false;
        this.terminationGracePeriod = props.terminationGracePeriod ?? cdk8s_1.Duration.seconds(30);
        if (props.containers) {
          props.containers.forEach((c) => this.addContainer(c));
        }
        if (props.volumes) {
          props.volumes.forEach((v) => this.addVolume(v));
        }
        if (props.initContainers) {
          props.initContainers.forEach((c) => this.addInitContainer(c));
        }
        if (props.hostAliases) {
          props.hostAliases.forEach((c) => this.addHostAlias(c));
        }
      }
      get containers() {
        return [...this._containers];
      }
      get initContainers() {
        return [...this._initContainers];
      }
      get volumes() {
        return Array.from(this._volumes.values());
      }
      get hostAliases() {
        return [...this._hostAliases];
      }
      /**
       * @see IPodSelector.toPodSelectorConfig()
       */
      toPodSelectorConfig() {
        const podAddress = this.podMetadata.getLabel(Pod2.ADDRESS_LABEL);
        if (!podAddress) {
          throw new Error(`Unable to create a label selector since ${Pod2.ADDRESS_LABEL} label is missing`);
        }
        return {
          labelSelector: LabelSelector2.of({ labels: { [Pod2.ADDRESS_LABEL]: podAddress } }),
          namespaces: this.metadata.namespace ? {
            names: [this.metadata.namespace]
          } : void 0
        };
      }
      /**
       * @see INetworkPolicyPeer.toNetworkPolicyPeerConfig()
       */
      toNetworkPolicyPeerConfig() {
        return { podSelector: this.toPodSelectorConfig() };
      }
      /**
       * @see INetworkPolicyPeer.toPodSelector()
       */
      toPodSelector() {
        return this;
      }
      addContainer(cont) {
        const impl = new container.Container(cont);
        this.attachContainer(impl);
        return impl;
      }
      attachContainer(cont) {
        this._containers.push(cont);
      }
      addInitContainer(cont) {
        if (cont.readiness) {
          throw new Error("Init containers must not have a readiness probe");
        }
        if (cont.liveness) {
          throw new Error("Init containers must not have a liveness probe");
        }
        if (cont.startup) {
          throw new Error("Init containers must not have a startup probe");
        }
        const impl = new container.Container({
          ...cont,
          name: cont.name ?? `init-${this._initContainers.length}`
        });
        this._initContainers.push(impl);
        return impl;
      }
      addHostAlias(hostAlias) {
        this._hostAliases.push(hostAlias);
      }
      addVolume(vol) {
        const existingVolume = this._volumes.get(vol.name);
        if (existingVolume) {
          throw new Error(`Volume with name ${vol.name} already exists`);
        }
        this._volumes.set(vol.name, vol);
      }
      /**
       * @see ISubect.toSubjectConfiguration()
       */
      toSubjectConfiguration() {
        if (!this.serviceAccount && !this.automountServiceAccountToken) {
          throw new Error(`${this.name} cannot be converted to a role binding subject: You must either assign a service account to it, or use 'automountServiceAccountToken: true'`);
        }
        const serviceAccountName = this.serviceAccount?.name ?? "default";
        return {
          kind: "ServiceAccount",
          name: serviceAccountName,
          apiGroup: ""
        };
      }
      /**
       * @internal
       */
      _toPodSpec() {
        if (this.containers.length === 0) {
          throw new Error("PodSpec must have at least 1 container");
        }
        const volumes = /* @__PURE__ */ new Map();
        const containers = [];
        const initContainers = [];
        for (const cont of this.containers) {
          for (const mount of cont.mounts) {
            addVolume2(mount.volume);
          }
          containers.push(cont._toKube());
        }
        for (const cont of this.initContainers) {
          for (const mount of cont.mounts) {
            addVolume2(mount.volume);
          }
          initContainers.push(cont._toKube());
        }
        for (const vol of this.volumes) {
          addVolume2(vol);
        }
        function addVolume2(vol) {
          const existingVolume = volumes.get(vol.name);
          if (existingVolume && existingVolume !== vol) {
            throw new Error(`Invalid mount configuration. At least two different volumes have the same name: ${vol.name}`);
          }
          volumes.set(vol.name, vol);
        }
        const dns = this.dns._toKube();
        return {
          restartPolicy: this.restartPolicy,
          serviceAccountName: this.serviceAccount?.name,
          containers,
          securityContext: utils_1.undefinedIfEmpty(this.securityContext._toKube()),
          initContainers: utils_1.undefinedIfEmpty(initContainers),
          hostAliases: utils_1.undefinedIfEmpty(this.hostAliases),
          volumes: utils_1.undefinedIfEmpty(Array.from(volumes.values()).map((v) => v._toKube())),
          dnsPolicy: dns.policy,
          dnsConfig: utils_1.undefinedIfEmpty(dns.config),
          hostname: dns.hostname,
          subdomain: dns.subdomain,
          setHostnameAsFqdn: dns.hostnameAsFQDN,
          imagePullSecrets: this.dockerRegistryAuth ? [{ name: this.dockerRegistryAuth.name }] : void 0,
          automountServiceAccountToken: this.automountServiceAccountToken,
          hostNetwork: this.hostNetwork,
          terminationGracePeriodSeconds: this.terminationGracePeriod?.toSeconds()
        };
      }
    };
    exports.AbstractPod = AbstractPod;
    _a = JSII_RTTI_SYMBOL_1;
    AbstractPod[_a] = { fqn: "cdk8s-plus-27.AbstractPod", version: "2.9.5" };
    var LabelSelector2 = class _LabelSelector {
      constructor(expressions, labels) {
        this.expressions = expressions;
        this.labels = labels;
      }
      static of(options = {}) {
        return new _LabelSelector(options.expressions ?? [], options.labels ?? {});
      }
      isEmpty() {
        return this.expressions.length === 0 && Object.keys(this.labels).length === 0;
      }
      /**
       * @internal
       */
      _toKube() {
        if (this.isEmpty()) {
          return {};
        }
        return {
          matchExpressions: utils_1.undefinedIfEmpty(this.expressions.map((q) => ({ key: q.key, operator: q.operator, values: q.values }))),
          matchLabels: utils_1.undefinedIfEmpty(this.labels)
        };
      }
    };
    exports.LabelSelector = LabelSelector2;
    _b = JSII_RTTI_SYMBOL_1;
    LabelSelector2[_b] = { fqn: "cdk8s-plus-27.LabelSelector", version: "2.9.5" };
    var Pod2 = class _Pod extends AbstractPod {
      constructor(scope, id, props = {}) {
        super(scope, id, props);
        this.resourceType = "pods";
        this.apiObject = new k8s2.KubePod(this, "Resource", {
          metadata: props.metadata,
          spec: cdk8s_1.Lazy.any({ produce: () => this._toKube() })
        });
        this.metadata.addLabel(_Pod.ADDRESS_LABEL, cdk8s_1.Names.toLabelValue(this));
        this.scheduling = new PodScheduling(this);
        this.connections = new PodConnections(this);
        if (this.isolate) {
          this.connections.isolate();
        }
      }
      get podMetadata() {
        return this.metadata;
      }
      /**
       * @internal
       */
      _toKube() {
        const scheduling = this.scheduling._toKube();
        return {
          ...this._toPodSpec(),
          affinity: scheduling.affinity,
          nodeName: scheduling.nodeName,
          tolerations: scheduling.tolerations
        };
      }
    };
    exports.Pod = Pod2;
    _c = JSII_RTTI_SYMBOL_1;
    Pod2[_c] = { fqn: "cdk8s-plus-27.Pod", version: "2.9.5" };
    Pod2.ADDRESS_LABEL = "cdk8s.io/metadata.addr";
    var PodDns = class {
      constructor(props = {}) {
        this.hostname = props.hostname;
        this.subdomain = props.subdomain;
        this.policy = props.policy ?? DnsPolicy.CLUSTER_FIRST;
        this.hostnameAsFQDN = props.hostnameAsFQDN ?? false;
        this._nameservers = props.nameservers ?? [];
        this._searches = props.searches ?? [];
        this._options = props.options ?? [];
      }
      /**
       * Nameservers defined for this pod.
       */
      get nameservers() {
        return [...this._nameservers];
      }
      /**
       * Search domains defined for this pod.
       */
      get searches() {
        return [...this._searches];
      }
      /**
       * Custom dns options defined for this pod.
       */
      get options() {
        return [...this._options];
      }
      /**
       * Add a nameserver.
       */
      addNameserver(...nameservers) {
        this._nameservers.push(...nameservers);
      }
      /**
       * Add a search domain.
       */
      addSearch(...searches) {
        this._searches.push(...searches);
      }
      /**
       * Add a custom option.
       */
      addOption(...options) {
        this._options.push(...options);
      }
      /**
       * @internal
       */
      _toKube() {
        if (this.policy === DnsPolicy.NONE && this.nameservers.length === 0) {
          throw new Error("When dns policy is set to NONE, at least one nameserver is required");
        }
        if (this.nameservers.length > 3) {
          throw new Error("There can be at most 3 nameservers specified");
        }
        if (this.searches.length > 6) {
          throw new Error("There can be at most 6 search domains specified");
        }
        return {
          hostname: this.hostname,
          subdomain: this.subdomain,
          hostnameAsFQDN: this.hostnameAsFQDN,
          policy: this.policy,
          config: {
            nameservers: utils_1.undefinedIfEmpty(this.nameservers),
            searches: utils_1.undefinedIfEmpty(this.searches),
            options: utils_1.undefinedIfEmpty(this.options)
          }
        };
      }
    };
    exports.PodDns = PodDns;
    _d = JSII_RTTI_SYMBOL_1;
    PodDns[_d] = { fqn: "cdk8s-plus-27.PodDns", version: "2.9.5" };
    var PodSecurityContext = class {
      constructor(props = {}) {
        this._sysctls = [];
        this.ensureNonRoot = props.ensureNonRoot ?? true;
        this.fsGroupChangePolicy = props.fsGroupChangePolicy ?? FsGroupChangePolicy.ALWAYS;
        this.user = props.user;
        this.group = props.group;
        this.fsGroup = props.fsGroup;
        for (const sysctl of props.sysctls ?? []) {
          this._sysctls.push(sysctl);
        }
      }
      get sysctls() {
        return [...this._sysctls];
      }
      /**
       * @internal
       */
      _toKube() {
        return {
          runAsGroup: this.group,
          runAsUser: this.user,
          fsGroup: this.fsGroup,
          runAsNonRoot: this.ensureNonRoot,
          fsGroupChangePolicy: this.fsGroupChangePolicy,
          sysctls: utils_1.undefinedIfEmpty(this._sysctls)
        };
      }
    };
    exports.PodSecurityContext = PodSecurityContext;
    _e = JSII_RTTI_SYMBOL_1;
    PodSecurityContext[_e] = { fqn: "cdk8s-plus-27.PodSecurityContext", version: "2.9.5" };
    var RestartPolicy;
    (function(RestartPolicy2) {
      RestartPolicy2["ALWAYS"] = "Always";
      RestartPolicy2["ON_FAILURE"] = "OnFailure";
      RestartPolicy2["NEVER"] = "Never";
    })(RestartPolicy = exports.RestartPolicy || (exports.RestartPolicy = {}));
    var FsGroupChangePolicy;
    (function(FsGroupChangePolicy2) {
      FsGroupChangePolicy2["ON_ROOT_MISMATCH"] = "OnRootMismatch";
      FsGroupChangePolicy2["ALWAYS"] = "Always";
    })(FsGroupChangePolicy = exports.FsGroupChangePolicy || (exports.FsGroupChangePolicy = {}));
    var DnsPolicy;
    (function(DnsPolicy2) {
      DnsPolicy2["CLUSTER_FIRST"] = "ClusterFirst";
      DnsPolicy2["CLUSTER_FIRST_WITH_HOST_NET"] = "ClusterFirstWithHostNet";
      DnsPolicy2["DEFAULT"] = "Default";
      DnsPolicy2["NONE"] = "None";
    })(DnsPolicy = exports.DnsPolicy || (exports.DnsPolicy = {}));
    var NodeLabelQuery = class _NodeLabelQuery {
      constructor(key, operator, values) {
        this.key = key;
        this.operator = operator;
        this.values = values;
      }
      /**
       * Requires value of label `key` to equal `value`.
       */
      static is(key, value) {
        return _NodeLabelQuery.in(key, [value]);
      }
      /**
       * Requires value of label `key` to be one of `values`.
       */
      static in(key, values) {
        return new _NodeLabelQuery(key, "In", values);
      }
      /**
       * Requires value of label `key` to be none of `values`.
       */
      static notIn(key, values) {
        return new _NodeLabelQuery(key, "NotIn", values);
      }
      /**
       * Requires label `key` to exist.
       */
      static exists(key) {
        return new _NodeLabelQuery(key, "Exists", void 0);
      }
      /**
       * Requires label `key` to not exist.
       */
      static doesNotExist(key) {
        return new _NodeLabelQuery(key, "DoesNotExist", void 0);
      }
      /**
       * Requires value of label `key` to greater than all elements in `values`.
       */
      static gt(key, values) {
        return new _NodeLabelQuery(key, "Gt", values);
      }
      /**
       * Requires value of label `key` to less than all elements in `values`.
       */
      static lt(key, values) {
        return new _NodeLabelQuery(key, "Lt", values);
      }
      /**
       * @internal
       */
      _toKube() {
        return {
          key: this.key,
          operator: this.operator,
          values: this.values
        };
      }
    };
    exports.NodeLabelQuery = NodeLabelQuery;
    _f = JSII_RTTI_SYMBOL_1;
    NodeLabelQuery[_f] = { fqn: "cdk8s-plus-27.NodeLabelQuery", version: "2.9.5" };
    var LabelExpression = class _LabelExpression {
      constructor(key, operator, values) {
        this.key = key;
        this.operator = operator;
        this.values = values;
      }
      /**
       * Requires value of label `key` to be one of `values`.
       */
      static in(key, values) {
        return new _LabelExpression(key, "In", values);
      }
      /**
       * Requires value of label `key` to be none of `values`.
       */
      static notIn(key, values) {
        return new _LabelExpression(key, "NotIn", values);
      }
      /**
       * Requires label `key` to exist.
       */
      static exists(key) {
        return new _LabelExpression(key, "Exists", void 0);
      }
      /**
       * Requires label `key` to not exist.
       */
      static doesNotExist(key) {
        return new _LabelExpression(key, "DoesNotExist", void 0);
      }
    };
    exports.LabelExpression = LabelExpression;
    _g = JSII_RTTI_SYMBOL_1;
    LabelExpression[_g] = { fqn: "cdk8s-plus-27.LabelExpression", version: "2.9.5" };
    var TaintEffect;
    (function(TaintEffect2) {
      TaintEffect2["NO_SCHEDULE"] = "NoSchedule";
      TaintEffect2["PREFER_NO_SCHEDULE"] = "PreferNoSchedule";
      TaintEffect2["NO_EXECUTE"] = "NoExecute";
    })(TaintEffect = exports.TaintEffect || (exports.TaintEffect = {}));
    var NodeTaintQuery = class _NodeTaintQuery {
      constructor(operator, key, value, effect, evictAfter) {
        this.operator = operator;
        this.key = key;
        this.value = value;
        this.effect = effect;
        this.evictAfter = evictAfter;
        if (evictAfter && effect !== TaintEffect.NO_EXECUTE) {
          throw new Error("Only 'NO_EXECUTE' effects can specify 'evictAfter'");
        }
      }
      /**
       * Matches a taint with a specific key and value.
       */
      static is(key, value, options = {}) {
        return new _NodeTaintQuery("Equal", key, value, options.effect, options.evictAfter);
      }
      /**
       * Matches a tain with any value of a specific key.
       */
      static exists(key, options = {}) {
        return new _NodeTaintQuery("Exists", key, void 0, options.effect, options.evictAfter);
      }
      /**
       * Matches any taint.
       */
      static any() {
        return new _NodeTaintQuery("Exists");
      }
      /**
       * @internal
       */
      _toKube() {
        return {
          effect: this.effect,
          key: this.key,
          operator: this.operator,
          tolerationSeconds: this.evictAfter?.toSeconds(),
          value: this.value
        };
      }
    };
    exports.NodeTaintQuery = NodeTaintQuery;
    _h = JSII_RTTI_SYMBOL_1;
    NodeTaintQuery[_h] = { fqn: "cdk8s-plus-27.NodeTaintQuery", version: "2.9.5" };
    var Pods = class _Pods extends constructs_1.Construct {
      constructor(scope, id, expressions, labels, namespaces) {
        super(scope, id);
        this.expressions = expressions;
        this.labels = labels;
        this.namespaces = namespaces;
      }
      /**
       * Select pods in the cluster with various selectors.
       */
      static select(scope, id, options) {
        return new _Pods(scope, id, options.expressions, options.labels, options.namespaces);
      }
      /**
       * Select all pods.
       */
      static all(scope, id, options = {}) {
        return _Pods.select(scope, id, { namespaces: options.namespaces });
      }
      /**
       * @see IPodSelector.toPodSelectorConfig()
       */
      toPodSelectorConfig() {
        return {
          labelSelector: LabelSelector2.of({ expressions: this.expressions, labels: this.labels }),
          namespaces: this.namespaces?.toNamespaceSelectorConfig()
        };
      }
      /**
       * @see INetworkPolicyPeer.toNetworkPolicyPeerConfig()
       */
      toNetworkPolicyPeerConfig() {
        return { podSelector: this.toPodSelectorConfig() };
      }
      /**
       * @see INetworkPolicyPeer.toPodSelector()
       */
      toPodSelector() {
        return this;
      }
    };
    exports.Pods = Pods;
    _j = JSII_RTTI_SYMBOL_1;
    Pods[_j] = { fqn: "cdk8s-plus-27.Pods", version: "2.9.5" };
    var LabeledNode = class {
      constructor(labelSelector) {
        this.labelSelector = labelSelector;
      }
    };
    exports.LabeledNode = LabeledNode;
    _k = JSII_RTTI_SYMBOL_1;
    LabeledNode[_k] = { fqn: "cdk8s-plus-27.LabeledNode", version: "2.9.5" };
    var TaintedNode = class {
      constructor(taintSelector) {
        this.taintSelector = taintSelector;
      }
    };
    exports.TaintedNode = TaintedNode;
    _l = JSII_RTTI_SYMBOL_1;
    TaintedNode[_l] = { fqn: "cdk8s-plus-27.TaintedNode", version: "2.9.5" };
    var NamedNode = class {
      constructor(name) {
        this.name = name;
      }
    };
    exports.NamedNode = NamedNode;
    _m = JSII_RTTI_SYMBOL_1;
    NamedNode[_m] = { fqn: "cdk8s-plus-27.NamedNode", version: "2.9.5" };
    var Node = class {
      /**
       * Match a node by its labels.
       */
      static labeled(...labelSelector) {
        return new LabeledNode(labelSelector);
      }
      /**
       * Match a node by its name.
       */
      static named(nodeName) {
        return new NamedNode(nodeName);
      }
      /**
       * Match a node by its taints.
       */
      static tainted(...taintSelector) {
        return new TaintedNode(taintSelector);
      }
    };
    exports.Node = Node;
    _o = JSII_RTTI_SYMBOL_1;
    Node[_o] = { fqn: "cdk8s-plus-27.Node", version: "2.9.5" };
    var Topology = class _Topology {
      constructor(key) {
        this.key = key;
      }
      /**
       * Custom key for the node label that the system uses to denote the topology domain.
       */
      static custom(key) {
        return new _Topology(key);
      }
    };
    exports.Topology = Topology;
    _p = JSII_RTTI_SYMBOL_1;
    Topology[_p] = { fqn: "cdk8s-plus-27.Topology", version: "2.9.5" };
    Topology.HOSTNAME = new Topology("kubernetes.io/hostname");
    Topology.ZONE = new Topology("topology.kubernetes.io/zone");
    Topology.REGION = new Topology("topology.kubernetes.io/region");
    var PodScheduling = class {
      constructor(instance) {
        this.instance = instance;
        this._nodeAffinityPreferred = [];
        this._nodeAffinityRequired = [];
        this._podAffinityPreferred = [];
        this._podAffinityRequired = [];
        this._podAntiAffinityPreferred = [];
        this._podAntiAffinityRequired = [];
        this._tolerations = [];
      }
      /**
       * Assign this pod a specific node by name.
       *
       * The scheduler ignores the Pod, and the kubelet on the named node
       * tries to place the Pod on that node. Overrules any affinity rules of the pod.
       *
       * Some limitations of static assignment are:
       *
       * - If the named node does not exist, the Pod will not run, and in some
       *   cases may be automatically deleted.
       * - If the named node does not have the resources to accommodate the Pod,
       *   the Pod will fail and its reason will indicate why, for example OutOfmemory or OutOfcpu.
       * - Node names in cloud environments are not always predictable or stable.
       *
       * Will throw is the pod is already assigned to named node.
       *
       * Under the hood, this method utilizes the `nodeName` property.
       */
      assign(node) {
        if (this._nodeName) {
          throw new Error(`Cannot assign ${this.instance.podMetadata.name} to node ${node.name}. It is already assigned to node ${this._nodeName}`);
        } else {
          this._nodeName = node.name;
        }
      }
      /**
       * Allow this pod to tolerate taints matching these tolerations.
       *
       * You can put multiple taints on the same node and multiple tolerations on the same pod.
       * The way Kubernetes processes multiple taints and tolerations is like a filter: start with
       * all of a node's taints, then ignore the ones for which the pod has a matching toleration;
       * the remaining un-ignored taints have the indicated effects on the pod. In particular:
       *
       * - if there is at least one un-ignored taint with effect NoSchedule then Kubernetes will
       *   not schedule the pod onto that node
       * - if there is no un-ignored taint with effect NoSchedule but there is at least one un-ignored
       *   taint with effect PreferNoSchedule then Kubernetes will try to not schedule the pod onto the node
       * - if there is at least one un-ignored taint with effect NoExecute then the pod will be evicted from
       *   the node (if it is already running on the node), and will not be scheduled onto the node (if it is
       *   not yet running on the node).
       *
       * Under the hood, this method utilizes the `tolerations` property.
       *
       * @see https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/
       */
      tolerate(node) {
        for (const query of node.taintSelector) {
          this._tolerations.push(query._toKube());
        }
      }
      /**
       * Attract this pod to a node matched by selectors.
       * You can select a node by using `Node.labeled()`.
       *
       * Attracting to multiple nodes (i.e invoking this method multiple times) acts as
       * an OR condition, meaning the pod will be assigned to either one of the nodes.
       *
       * Under the hood, this method utilizes the `nodeAffinity` property.
       *
       * @see https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#node-affinity
       */
      attract(node, options = {}) {
        const term = this.createNodeAffinityTerm(node);
        if (options.weight) {
          this.validateWeight(options.weight);
          this._nodeAffinityPreferred.push({ weight: options.weight, preference: term });
        } else {
          this._nodeAffinityRequired.push(term);
        }
      }
      /**
       * Co-locate this pod with a scheduling selection.
       *
       * A selection can be one of:
       *
       * - An instance of a `Pod`.
       * - An instance of a `Workload` (e.g `Deployment`, `StatefulSet`).
       * - An un-managed pod that can be selected via `Pods.select()`.
       *
       * Co-locating with multiple selections ((i.e invoking this method multiple times)) acts as
       * an AND condition. meaning the pod will be assigned to a node that satisfies all
       * selections (i.e runs at least one pod that satisifies each selection).
       *
       * Under the hood, this method utilizes the `podAffinity` property.
       *
       * @see https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity
       */
      colocate(selector, options = {}) {
        const topology = options.topology ?? Topology.HOSTNAME;
        const term = this.createPodAffinityTerm(topology, selector);
        if (options.weight) {
          this.validateWeight(options.weight);
          this._podAffinityPreferred.push({ weight: options.weight, podAffinityTerm: term });
        } else {
          this._podAffinityRequired.push(term);
        }
      }
      /**
       * Seperate this pod from a scheduling selection.
       *
       * A selection can be one of:
       *
       * - An instance of a `Pod`.
       * - An instance of a `Workload` (e.g `Deployment`, `StatefulSet`).
       * - An un-managed pod that can be selected via `Pods.select()`.
       *
       * Seperating from multiple selections acts as an AND condition. meaning the pod
       * will not be assigned to a node that satisfies all selections (i.e runs at least one pod that satisifies each selection).
       *
       * Under the hood, this method utilizes the `podAntiAffinity` property.
       *
       * @see https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity
       */
      separate(selector, options = {}) {
        const topology = options.topology ?? Topology.HOSTNAME;
        const term = this.createPodAffinityTerm(topology, selector);
        if (options.weight) {
          this.validateWeight(options.weight);
          this._podAntiAffinityPreferred.push({ weight: options.weight, podAffinityTerm: term });
        } else {
          this._podAntiAffinityRequired.push(term);
        }
      }
      createPodAffinityTerm(topology, selector) {
        const config = selector.toPodSelectorConfig();
        return {
          topologyKey: topology.key,
          labelSelector: config.labelSelector._toKube(),
          namespaceSelector: config.namespaces?.labelSelector?._toKube(),
          namespaces: config.namespaces?.names
        };
      }
      createNodeAffinityTerm(node) {
        return { matchExpressions: node.labelSelector.map((s) => s._toKube()) };
      }
      validateWeight(weight) {
        if (weight < 1 || weight > 100) {
          throw new Error(`Invalid affinity weight: ${weight}. Must be in range 1-100`);
        }
      }
      /**
       * @internal
       */
      _toKube() {
        const atLeastOne = (...arrays) => {
          return arrays.flat().length > 0;
        };
        const hasNodeAffinity = atLeastOne(this._nodeAffinityPreferred, this._nodeAffinityRequired);
        const hasPodAffinity = atLeastOne(this._podAffinityPreferred, this._podAffinityRequired);
        const hasPodAntiAffinty = atLeastOne(this._podAntiAffinityPreferred, this._podAntiAffinityRequired);
        const hasAffinity = hasNodeAffinity || hasPodAffinity || hasPodAntiAffinty;
        return {
          affinity: hasAffinity ? {
            nodeAffinity: hasNodeAffinity ? {
              preferredDuringSchedulingIgnoredDuringExecution: utils_1.undefinedIfEmpty(this._nodeAffinityPreferred),
              requiredDuringSchedulingIgnoredDuringExecution: this._nodeAffinityRequired.length > 0 ? {
                nodeSelectorTerms: this._nodeAffinityRequired
              } : void 0
            } : void 0,
            podAffinity: hasPodAffinity ? {
              preferredDuringSchedulingIgnoredDuringExecution: utils_1.undefinedIfEmpty(this._podAffinityPreferred),
              requiredDuringSchedulingIgnoredDuringExecution: utils_1.undefinedIfEmpty(this._podAffinityRequired)
            } : void 0,
            podAntiAffinity: hasPodAntiAffinty ? {
              preferredDuringSchedulingIgnoredDuringExecution: utils_1.undefinedIfEmpty(this._podAntiAffinityPreferred),
              requiredDuringSchedulingIgnoredDuringExecution: utils_1.undefinedIfEmpty(this._podAntiAffinityRequired)
            } : void 0
          } : void 0,
          nodeName: this._nodeName,
          tolerations: utils_1.undefinedIfEmpty(this._tolerations)
        };
      }
    };
    exports.PodScheduling = PodScheduling;
    _q = JSII_RTTI_SYMBOL_1;
    PodScheduling[_q] = { fqn: "cdk8s-plus-27.PodScheduling", version: "2.9.5" };
    var PodConnectionsIsolation;
    (function(PodConnectionsIsolation2) {
      PodConnectionsIsolation2["POD"] = "POD";
      PodConnectionsIsolation2["PEER"] = "PEER";
    })(PodConnectionsIsolation = exports.PodConnectionsIsolation || (exports.PodConnectionsIsolation = {}));
    var PodConnections = class {
      constructor(instance) {
        this.instance = instance;
      }
      /**
       * Allow network traffic from this pod to the peer.
       *
       * By default, this will create an egress network policy for this pod, and an ingress
       * network policy for the peer. This is required if both sides are already isolated.
       * Use `options.isolation` to control this behavior.
       *
       * @example
       *
       * // create only an egress policy that selects the 'web' pod to allow outgoing traffic
       * // to the 'redis' pod. this requires the 'redis' pod to not be isolated for ingress.
       * web.connections.allowTo(redis, { isolation: Isolation.POD })
       *
       * // create only an ingress policy that selects the 'redis' peer to allow incoming traffic
       * // from the 'web' pod. this requires the 'web' pod to not be isolated for egress.
       * web.connections.allowTo(redis, { isolation: Isolation.PEER })
       *
       */
      allowTo(peer, options = {}) {
        return this.allow("Egress", peer, { ports: this.extractPorts(peer), ...options });
      }
      /**
       * Allow network traffic from the peer to this pod.
       *
       * By default, this will create an ingress network policy for this pod, and an egress
       * network policy for the peer. This is required if both sides are already isolated.
       * Use `options.isolation` to control this behavior.
       *
       * @example
       *
       * // create only an egress policy that selects the 'web' pod to allow outgoing traffic
       * // to the 'redis' pod. this requires the 'redis' pod to not be isolated for ingress.
       * redis.connections.allowFrom(web, { isolation: Isolation.PEER })
       *
       * // create only an ingress policy that selects the 'redis' peer to allow incoming traffic
       * // from the 'web' pod. this requires the 'web' pod to not be isolated for egress.
       * redis.connections.allowFrom(web, { isolation: Isolation.POD })
       *
       */
      allowFrom(peer, options = {}) {
        return this.allow("Ingress", peer, { ports: this.extractPorts(this.instance), ...options });
      }
      allow(direction, peer, options = {}) {
        const config = peer.toNetworkPolicyPeerConfig();
        networkpolicy.validatePeerConfig(config);
        const peerAddress = utils_1.address(peer);
        if (!options.isolation || options.isolation === PodConnectionsIsolation.POD) {
          const src = new networkpolicy.NetworkPolicy(this.instance, `Allow${direction}${peerAddress}`, {
            selector: this.instance,
            // the policy must be defined in the namespace of the pod
            // so it can select it.
            metadata: { namespace: this.instance.metadata.namespace }
          });
          switch (direction) {
            case "Egress":
              src.addEgressRule(peer, options.ports);
              break;
            case "Ingress":
              src.addIngressRule(peer, options.ports);
          }
        }
        if (!options.isolation || options.isolation === PodConnectionsIsolation.PEER) {
          if (config.ipBlock) {
            return;
          }
          const podSelector = peer.toPodSelector();
          if (!podSelector) {
            throw new Error(`Unable to create policies for peer '${peer.node.addr}' since its not a pod selector`);
          }
          const oppositeDirection = direction === "Egress" ? "Ingress" : "Egress";
          const podSelectorConfig = podSelector.toPodSelectorConfig();
          let namespaces;
          if (!podSelectorConfig.namespaces) {
            namespaces = [this.instance.metadata.namespace];
          } else {
            if (podSelectorConfig.namespaces.labelSelector && !podSelectorConfig.namespaces.labelSelector.isEmpty()) {
              throw new Error(`Unable to create an ${oppositeDirection} policy for peer '${peer.node.path}' (pod=${this.instance.name}). Peer must specify namespaces only by name`);
            }
            if (!podSelectorConfig.namespaces.names) {
              throw new Error(`Unable to create an ${oppositeDirection} policy for peer '${peer.node.path}' (pod=${this.instance.name}). Peer must specify namespace names`);
            }
            namespaces = podSelectorConfig.namespaces.names;
          }
          for (const name of namespaces) {
            switch (direction) {
              case "Egress":
                new networkpolicy.NetworkPolicy(this.instance, `AllowIngress${name}${peerAddress}`, {
                  selector: podSelector,
                  metadata: { namespace: name },
                  ingress: { rules: [{ peer: this.instance, ports: options.ports }] }
                });
                break;
              case "Ingress":
                new networkpolicy.NetworkPolicy(this.instance, `AllowEgress${name}${peerAddress}`, {
                  selector: podSelector,
                  metadata: { namespace: name },
                  egress: { rules: [{ peer: this.instance, ports: options.ports }] }
                });
                break;
              default:
                throw new Error(`Unsupported direction: ${direction}`);
            }
          }
        }
      }
      extractPorts(selector) {
        return container.extractContainerPorts(selector).map((n) => networkpolicy.NetworkPolicyPort.tcp(n.number));
      }
      /**
       * Sets the default network policy for Pod/Workload to have all egress and ingress connections as disabled
       */
      isolate() {
        new networkpolicy.NetworkPolicy(this.instance, "DefaultDenyAll", {
          selector: this.instance,
          // the policy must be defined in the namespace of the pod
          // so it can select it.
          metadata: { namespace: this.instance.metadata.namespace },
          egress: {
            default: networkpolicy.NetworkPolicyTrafficDefault.DENY
          },
          ingress: {
            default: networkpolicy.NetworkPolicyTrafficDefault.DENY
          }
        });
      }
    };
    exports.PodConnections = PodConnections;
    _r = JSII_RTTI_SYMBOL_1;
    PodConnections[_r] = { fqn: "cdk8s-plus-27.PodConnections", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/workload.js
var require_workload = __commonJS({
  "node_modules/cdk8s-plus-27/lib/workload.js"(exports) {
    "use strict";
    var _a;
    var _b;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.WorkloadScheduling = exports.Workload = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var pod = require_pod();
    var utils_1 = require_utils();
    var Workload = class extends pod.AbstractPod {
      constructor(scope, id, props) {
        super(scope, id, props);
        this._matchLabels = {};
        this._matchExpressions = [];
        this._props = props;
        this.scheduling = new WorkloadScheduling(this);
        this.connections = new pod.PodConnections(this);
        this.spread = props.spread ?? false;
        this._matcher = cdk8s_1.Names.toLabelValue(this);
        if (props.select ?? true) {
          this.select(pod.LabelSelector.of({ labels: { [pod.Pod.ADDRESS_LABEL]: this._matcher } }));
        }
      }
      /**
       * The metadata of pods in this workload.
       */
      get podMetadata() {
        if (!this._podMetadata) {
          this._podMetadata = new cdk8s_1.ApiObjectMetadataDefinition({
            ...this._props.podMetadata,
            apiObject: this.apiObject
          });
          this._podMetadata.addLabel(pod.Pod.ADDRESS_LABEL, this._matcher);
        }
        return this._podMetadata;
      }
      /**
       * Configure selectors for this workload.
       */
      select(...selectors) {
        for (const selector of selectors) {
          const kube = selector._toKube();
          this._matchExpressions.push(...kube.matchExpressions ?? []);
          for (const [key, value] of Object.entries(kube.matchLabels ?? {})) {
            this._matchLabels[key] = value;
          }
        }
      }
      /**
       * The label matchers this workload will use in order to select pods.
       *
       * Returns a a copy. Use `select()` to add label matchers.
       */
      get matchLabels() {
        return { ...this._matchLabels };
      }
      /**
       * The expression matchers this workload will use in order to select pods.
       *
       * Returns a a copy. Use `select()` to add expression matchers.
       */
      get matchExpressions() {
        return [...this._matchExpressions];
      }
      /**
       * @internal
       */
      _toLabelSelector() {
        return {
          matchExpressions: utils_1.undefinedIfEmpty(this._matchExpressions),
          matchLabels: utils_1.undefinedIfEmpty(this._matchLabels)
        };
      }
      /**
       * @internal
       */
      _toPodSpec() {
        if (this.spread) {
          {
            this.scheduling.spread({
              topology: pod.Topology.HOSTNAME
            });
            this.scheduling.spread({
              topology: pod.Topology.ZONE
            });
          }
        }
        ;
        const scheduling = this.scheduling._toKube();
        return {
          ...super._toPodSpec(),
          affinity: scheduling.affinity,
          nodeName: scheduling.nodeName,
          tolerations: scheduling.tolerations
        };
      }
    };
    exports.Workload = Workload;
    _a = JSII_RTTI_SYMBOL_1;
    Workload[_a] = { fqn: "cdk8s-plus-27.Workload", version: "2.9.5" };
    var WorkloadScheduling = class extends pod.PodScheduling {
      /**
       * Spread the pods in this workload by the topology key.
       * A spread is a separation of the pod from itself and is used to
       * balance out pod replicas across a given topology.
       */
      spread(options = {}) {
        this.separate(this.instance, { weight: options.weight, topology: options.topology ?? pod.Topology.HOSTNAME });
      }
    };
    exports.WorkloadScheduling = WorkloadScheduling;
    _b = JSII_RTTI_SYMBOL_1;
    WorkloadScheduling[_b] = { fqn: "cdk8s-plus-27.WorkloadScheduling", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/cron-job.js
var require_cron_job = __commonJS({
  "node_modules/cdk8s-plus-27/lib/cron-job.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronJob = exports.ConcurrencyPolicy = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var k8s2 = require_k8s();
    var pod_1 = require_pod();
    var workload = require_workload();
    var ConcurrencyPolicy;
    (function(ConcurrencyPolicy2) {
      ConcurrencyPolicy2["ALLOW"] = "Allow";
      ConcurrencyPolicy2["FORBID"] = "Forbid";
      ConcurrencyPolicy2["REPLACE"] = "Replace";
    })(ConcurrencyPolicy = exports.ConcurrencyPolicy || (exports.ConcurrencyPolicy = {}));
    var CronJob = class extends workload.Workload {
      constructor(scope, id, props) {
        super(scope, id, {
          restartPolicy: pod_1.RestartPolicy.NEVER,
          select: false,
          ...props
        });
        this.resourceType = "cronjob";
        this.apiObject = new k8s2.KubeCronJob(this, "Resource", {
          metadata: props.metadata,
          spec: cdk8s_1.Lazy.any({ produce: () => this._toKube() })
        });
        if (props.startingDeadline != void 0 && props.startingDeadline.toSeconds() < 10) {
          throw new Error(`The 'startingDeadline' property cannot be less than 10 seconds since the Kubernetes CronJobController checks things every 10 seconds and hence the CronJob may not be scheduled. The value passed is: ${props.startingDeadline}`);
        }
        if (props.ttlAfterFinished != void 0 && (props.successfulJobsRetained != void 0 || props.failedJobsRetained != void 0)) {
          throw new Error("The 'ttlAfterFinished' property cannot be set if 'successfulJobsRetained' property or 'failedJobsRetained' property is set. This would cause the retention of jobs to not work properly since it would delete the job based on its value.");
        }
        if (this.isolate) {
          this.connections.isolate();
        }
        this.schedule = props.schedule;
        this.timeZone = props.timeZone;
        this.concurrencyPolicy = props.concurrencyPolicy ?? ConcurrencyPolicy.FORBID;
        this.startingDeadline = props.startingDeadline ?? cdk8s_1.Duration.seconds(10);
        this.suspend = props.suspend ?? false;
        this.successfulJobsRetained = props.successfulJobsRetained ?? 3;
        this.failedJobsRetained = props.failedJobsRetained ?? 1;
        this.jobProperties = {
          activeDeadline: props.activeDeadline,
          backoffLimit: props.backoffLimit,
          ttlAfterFinished: props.ttlAfterFinished
        };
      }
      /**
       * @internal
       */
      _toKube() {
        return {
          concurrencyPolicy: this.concurrencyPolicy,
          failedJobsHistoryLimit: this.failedJobsRetained,
          jobTemplate: {
            spec: this._toJobSpec()
          },
          schedule: this.schedule.expressionString,
          startingDeadlineSeconds: this.startingDeadline.toSeconds(),
          successfulJobsHistoryLimit: this.successfulJobsRetained,
          suspend: this.suspend,
          timeZone: this.timeZone
        };
      }
      /**
       * Returns the job spec.
       */
      _toJobSpec() {
        return {
          template: {
            metadata: this.podMetadata.toJson(),
            spec: this._toPodSpec()
          },
          activeDeadlineSeconds: this.jobProperties.activeDeadline?.toSeconds(),
          backoffLimit: this.jobProperties.backoffLimit,
          ttlSecondsAfterFinished: this.jobProperties.ttlAfterFinished?.toSeconds()
        };
      }
    };
    exports.CronJob = CronJob;
    _a = JSII_RTTI_SYMBOL_1;
    CronJob[_a] = { fqn: "cdk8s-plus-27.CronJob", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/ingress.js
var require_ingress = __commonJS({
  "node_modules/cdk8s-plus-27/lib/ingress.js"(exports) {
    "use strict";
    var _a;
    var _b;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IngressBackend = exports.Ingress = exports.HttpIngressPathType = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var base = require_base();
    var k8s2 = require_k8s();
    var HttpIngressPathType;
    (function(HttpIngressPathType2) {
      HttpIngressPathType2["PREFIX"] = "Prefix";
      HttpIngressPathType2["EXACT"] = "Exact";
      HttpIngressPathType2["IMPLEMENTATION_SPECIFIC"] = "ImplementationSpecific";
    })(HttpIngressPathType = exports.HttpIngressPathType || (exports.HttpIngressPathType = {}));
    var Ingress = class extends base.Resource {
      constructor(scope, id, props = {}) {
        super(scope, id);
        this.resourceType = "ingresses";
        this._rulesPerHost = {};
        this._tlsConfig = [];
        this.apiObject = new k8s2.KubeIngress(this, "Resource", {
          metadata: props.metadata,
          spec: {
            defaultBackend: cdk8s_1.Lazy.any({ produce: () => this._defaultBackend?._toKube() }),
            ingressClassName: props.className,
            rules: cdk8s_1.Lazy.any({ produce: () => this.synthRules() }),
            tls: cdk8s_1.Lazy.any({ produce: () => this.tlsConfig() })
          }
        });
        if (props.defaultBackend) {
          this.addDefaultBackend(props.defaultBackend);
        }
        this.addRules(...props.rules ?? []);
        if (props.tls) {
          this.addTls(props.tls);
        }
        this.node.addValidation({ validate: () => this._validate() });
      }
      _validate() {
        if (!this._defaultBackend && Object.keys(this._rulesPerHost).length === 0) {
          return ["ingress with no rules or default backend"];
        }
        return [];
      }
      /**
       * Defines the default backend for this ingress. A default backend capable of
       * servicing requests that don't match any rule.
       *
       * @param backend The backend to use for requests that do not match any rule.
       */
      addDefaultBackend(backend) {
        this.addRules({ backend });
      }
      /**
       * Specify a default backend for a specific host name. This backend will be used as a catch-all for requests
       * targeted to this host name (the `Host` header matches this value).
       *
       * @param host The host name to match
       * @param backend The backend to route to
       */
      addHostDefaultBackend(host, backend) {
        if (!host) {
          throw new Error("host must not be an empty string");
        }
        this.addRules({ host, backend });
      }
      /**
       * Adds an ingress rule applied to requests to a specific host and a specific
       * HTTP path (the `Host` header matches this value).
       *
       * @param host The host name
       * @param path The HTTP path
       * @param backend The backend to route requests to
       * @param pathType How the path is matched against request paths
       */
      addHostRule(host, path, backend, pathType) {
        if (!host) {
          throw new Error("host must not be an empty string");
        }
        this.addRules({ host, backend, path, pathType });
      }
      /**
       * Adds an ingress rule applied to requests sent to a specific HTTP path.
       *
       * @param path The HTTP path
       * @param backend The backend to route requests to
       * @param pathType How the path is matched against request paths
       */
      addRule(path, backend, pathType) {
        this.addRules({ backend, path, pathType });
      }
      /**
       * Adds rules to this ingress.
       * @param rules The rules to add
       */
      addRules(...rules) {
        for (const rule of rules) {
          if (!rule.host && !rule.path) {
            if (this._defaultBackend) {
              throw new Error("a default backend is already defined for this ingress");
            }
            this._defaultBackend = rule.backend;
            continue;
          }
          const host = rule.host ?? "";
          const backend = rule.backend;
          const path = rule.path ?? "/";
          const pathType = rule.pathType ?? HttpIngressPathType.PREFIX;
          if (path && !path.startsWith("/")) {
            throw new Error(`ingress paths must begin with a "/": ${path}`);
          }
          const routes = this._rulesPerHost[host] = this._rulesPerHost[host] ?? [];
          if (routes.find((r) => r.path === path)) {
            throw new Error(`there is already an ingress rule for ${host}${path}`);
          }
          routes.push({
            backend: backend._toKube(),
            path,
            pathType
          });
        }
      }
      synthRules() {
        const rules = new Array();
        for (const [host, paths] of Object.entries(this._rulesPerHost)) {
          rules.push({
            host: host ? host : void 0,
            http: { paths: paths.sort(sortByPath) }
          });
        }
        return rules.length > 0 ? rules : void 0;
      }
      addTls(tls) {
        this._tlsConfig.push(...tls);
      }
      tlsConfig() {
        if (this._tlsConfig.length == 0) {
          return void 0;
        }
        const tls = new Array();
        for (const entry of this._tlsConfig) {
          tls.push({
            hosts: entry.hosts,
            secretName: entry.secret?.name
          });
        }
        return tls;
      }
    };
    exports.Ingress = Ingress;
    _a = JSII_RTTI_SYMBOL_1;
    Ingress[_a] = { fqn: "cdk8s-plus-27.Ingress", version: "2.9.5" };
    var IngressBackend = class _IngressBackend {
      constructor(backend) {
        this.backend = backend;
      }
      /**
       * A Kubernetes `Service` to use as the backend for this path.
       * @param serv The service object.
       */
      static fromService(serv, options = {}) {
        if (serv.ports.length === 0) {
          throw new Error("service does not expose any ports");
        }
        let servicePort;
        if (serv.ports.length === 1) {
          servicePort = serv.ports[0].port;
        } else {
          if (options.port !== void 0) {
            const found = serv.ports.find((p) => p.port === options.port);
            if (found) {
              servicePort = found.port;
            } else {
              throw new Error(`service exposes ports ${serv.ports.map((p) => p.port).join(",")} but backend is defined to use port ${options.port}`);
            }
          } else {
            throw new Error(`unable to determine service port since service exposes multiple ports: ${serv.ports.map((x) => x.port).join(",")}`);
          }
        }
        if (options.port !== void 0 && servicePort !== options.port) {
          throw new Error(`backend defines port ${options.port} but service exposes port ${servicePort}`);
        }
        return new _IngressBackend({
          service: {
            name: serv.name,
            port: { number: servicePort }
          }
        });
      }
      /**
       * A Resource backend is an ObjectRef to another Kubernetes resource
       * within the same namespace as the Ingress object.
       * A common usage for a Resource backend is to ingress data to an object
       * storage backend with static assets.
       */
      static fromResource(resource) {
        return new _IngressBackend({
          resource: {
            kind: resource.kind,
            name: resource.name,
            apiGroup: resource.apiGroup
          }
        });
      }
      /**
       * @internal
       */
      _toKube() {
        return this.backend;
      }
    };
    exports.IngressBackend = IngressBackend;
    _b = JSII_RTTI_SYMBOL_1;
    IngressBackend[_b] = { fqn: "cdk8s-plus-27.IngressBackend", version: "2.9.5" };
    function sortByPath(lhs, rhs) {
      const p1 = lhs.path ?? "";
      const p2 = rhs.path ?? "";
      return p1.localeCompare(p2);
    }
  }
});

// node_modules/cdk8s-plus-27/lib/service.js
var require_service = __commonJS({
  "node_modules/cdk8s-plus-27/lib/service.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Service = exports.ServiceType = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var base = require_base();
    var k8s2 = require_k8s();
    var ingress = require_ingress();
    var ServiceType;
    (function(ServiceType2) {
      ServiceType2["CLUSTER_IP"] = "ClusterIP";
      ServiceType2["NODE_PORT"] = "NodePort";
      ServiceType2["LOAD_BALANCER"] = "LoadBalancer";
      ServiceType2["EXTERNAL_NAME"] = "ExternalName";
    })(ServiceType = exports.ServiceType || (exports.ServiceType = {}));
    var Service2 = class extends base.Resource {
      constructor(scope, id, props = {}) {
        super(scope, id);
        this.resourceType = "services";
        this.apiObject = new k8s2.KubeService(this, "Resource", {
          metadata: props.metadata,
          spec: cdk8s_1.Lazy.any({ produce: () => this._toKube() })
        });
        this.clusterIP = props.clusterIP;
        this.externalName = props.externalName;
        if (props.externalName !== void 0) {
          this.type = ServiceType.EXTERNAL_NAME;
        } else {
          this.type = props.type ?? ServiceType.CLUSTER_IP;
        }
        this._externalIPs = props.externalIPs ?? [];
        this._ports = [];
        this._selector = {};
        this._loadBalancerSourceRanges = props.loadBalancerSourceRanges;
        if (props.selector) {
          this.select(props.selector);
        }
        for (const port of props.ports ?? []) {
          this.bind(port.port, port);
        }
      }
      /**
       * Expose a service via an ingress using the specified path.
       *
       * @param path The path to expose the service under.
       * @param options Additional options.
       *
       * @returns The `Ingress` resource that was used.
       */
      exposeViaIngress(path, options = {}) {
        const ingr = options.ingress ?? new ingress.Ingress(this, "Ingress");
        ingr.addRule(path, ingress.IngressBackend.fromService(this), options.pathType);
        return ingr;
      }
      /**
       * Ports for this service.
       *
       * Use `bind()` to bind additional service ports.
       */
      get ports() {
        return [...this._ports];
      }
      /**
       * Return the first port of the service.
       */
      get port() {
        return [...this._ports][0].port;
      }
      /**
       * Configure a port the service will bind to.
       * This method can be called multiple times.
       *
       * @param port The port definition.
       */
      bind(port, options = {}) {
        this._ports.push({ ...options, port });
      }
      /**
       * Require this service to select pods matching the selector.
       *
       * Note that invoking this method multiple times acts as an AND operator
       * on the resulting labels.
       */
      select(selector) {
        const labels = selector.toPodSelectorConfig().labelSelector._toKube().matchLabels ?? {};
        for (const [key, value] of Object.entries(labels)) {
          this._selector[key] = value;
        }
      }
      /**
       * Require this service to select pods with this label.
       *
       * Note that invoking this method multiple times acts as an AND operator
       * on the resulting labels.
       */
      selectLabel(key, value) {
        this._selector[key] = value;
      }
      /**
       * @internal
       */
      _toKube() {
        if (this._ports.length === 0 && this.type !== ServiceType.EXTERNAL_NAME) {
          throw new Error("A service must be configured with a port");
        }
        if (this.type === ServiceType.EXTERNAL_NAME && this.externalName === void 0) {
          throw new Error("A service with type EXTERNAL_NAME requires an externalName prop");
        }
        const ports = [];
        for (const port of this._ports) {
          ports.push({
            name: port.name,
            port: port.port,
            targetPort: port.targetPort ? k8s2.IntOrString.fromNumber(port.targetPort) : void 0,
            nodePort: port.nodePort,
            protocol: port.protocol
          });
        }
        return this.type !== ServiceType.EXTERNAL_NAME ? {
          clusterIp: this.clusterIP,
          externalIPs: this._externalIPs,
          externalName: this.externalName,
          type: this.type,
          selector: this._selector,
          ports,
          loadBalancerSourceRanges: this._loadBalancerSourceRanges
        } : {
          type: this.type,
          externalName: this.externalName
        };
      }
    };
    exports.Service = Service2;
    _a = JSII_RTTI_SYMBOL_1;
    Service2[_a] = { fqn: "cdk8s-plus-27.Service", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/deployment.js
var require_deployment = __commonJS({
  "node_modules/cdk8s-plus-27/lib/deployment.js"(exports) {
    "use strict";
    var _a;
    var _b;
    var _c;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DeploymentStrategy = exports.PercentOrAbsolute = exports.Deployment = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var container = require_container();
    var k8s2 = require_k8s();
    var service = require_service();
    var workload = require_workload();
    var Deployment2 = class extends workload.Workload {
      constructor(scope, id, props = {}) {
        super(scope, id, props);
        this.resourceType = "deployments";
        this.hasAutoscaler = false;
        this.apiObject = new k8s2.KubeDeployment(this, "Resource", {
          metadata: props.metadata,
          spec: cdk8s_1.Lazy.any({ produce: () => this._toKube() })
        });
        this.minReady = props.minReady ?? cdk8s_1.Duration.seconds(0);
        this.progressDeadline = props.progressDeadline ?? cdk8s_1.Duration.seconds(600);
        if (this.progressDeadline.toSeconds() <= this.minReady.toSeconds()) {
          throw new Error(`'progressDeadline' (${this.progressDeadline.toSeconds()}s) must be greater than 'minReady' (${this.minReady.toSeconds()}s)`);
        }
        this.replicas = props.replicas;
        this.strategy = props.strategy ?? DeploymentStrategy.rollingUpdate();
        if (this.isolate) {
          this.connections.isolate();
        }
      }
      /**
       * Expose a deployment via a service.
       *
       * This is equivalent to running `kubectl expose deployment <deployment-name>`.
       *
       * @param options Options to determine details of the service and port exposed.
       */
      exposeViaService(options = {}) {
        const myPorts = container.extractContainerPorts(this);
        const myPortNumbers = myPorts.map((p) => p.number);
        const ports = options.ports ?? myPorts.map((p) => ({
          port: p.number,
          targetPort: p.number,
          protocol: p.protocol,
          name: p.name
        }));
        if (ports.length === 0) {
          throw new Error(`Unable to expose deployment ${this.name} via a service: Deployment port cannot be determined.Either pass 'ports', or configure ports on the containers of the deployment`);
        }
        const portNames = ports.map((p) => p.name);
        if (ports.length > 1 && portNames.includes(void 0)) {
          throw new Error(`Unable to expose deployment ${this.name} via a service: When using multiple ports for a service, all ports must have port names so they are unambiguous.`);
        }
        for (const port of ports) {
          const targetPort = port.targetPort ?? port.port;
          if (!myPortNumbers.includes(targetPort)) {
            throw new Error(`Unable to expose deployment ${this.name} via a service: Port ${targetPort} is not exposed by any container`);
          }
        }
        const metadata = { namespace: this.metadata.namespace };
        if (options.name) {
          metadata.name = options.name;
        }
        return new service.Service(this, `${options.name ?? ""}Service`, {
          selector: this,
          ports,
          metadata,
          type: options.serviceType ?? service.ServiceType.CLUSTER_IP
        });
      }
      /**
       * Expose a deployment via an ingress.
       *
       * This will first expose the deployment with a service, and then expose the service via an ingress.
       *
       * @param path The ingress path to register under.
       * @param options Additional options.
       */
      exposeViaIngress(path, options = {}) {
        const ser = this.exposeViaService(options);
        return ser.exposeViaIngress(path, options);
      }
      /**
       * @internal
       */
      _toKube() {
        return {
          replicas: this.hasAutoscaler ? void 0 : this.replicas ?? 2,
          minReadySeconds: this.minReady.toSeconds(),
          progressDeadlineSeconds: this.progressDeadline.toSeconds(),
          template: {
            metadata: this.podMetadata.toJson(),
            spec: this._toPodSpec()
          },
          selector: this._toLabelSelector(),
          strategy: this.strategy._toKube()
        };
      }
      /**
       * @see IScalable.markHasAutoscaler()
       */
      markHasAutoscaler() {
        this.hasAutoscaler = true;
      }
      /**
       * @see IScalable.toScalingTarget()
       */
      toScalingTarget() {
        return {
          kind: this.apiObject.kind,
          apiVersion: this.apiObject.apiVersion,
          name: this.name,
          containers: this.containers,
          replicas: this.replicas
        };
      }
    };
    exports.Deployment = Deployment2;
    _a = JSII_RTTI_SYMBOL_1;
    Deployment2[_a] = { fqn: "cdk8s-plus-27.Deployment", version: "2.9.5" };
    var PercentOrAbsolute = class _PercentOrAbsolute {
      constructor(value) {
        this.value = value;
      }
      /**
       * Percent ratio.
       */
      static percent(percent) {
        return new _PercentOrAbsolute(`${percent}%`);
      }
      /**
       * Absolute number.
       */
      static absolute(num) {
        return new _PercentOrAbsolute(num);
      }
      isZero() {
        return this.value === _PercentOrAbsolute.absolute(0).value || this.value === _PercentOrAbsolute.percent(0).value;
      }
    };
    exports.PercentOrAbsolute = PercentOrAbsolute;
    _b = JSII_RTTI_SYMBOL_1;
    PercentOrAbsolute[_b] = { fqn: "cdk8s-plus-27.PercentOrAbsolute", version: "2.9.5" };
    var DeploymentStrategy = class _DeploymentStrategy {
      constructor(strategy) {
        this.strategy = strategy;
      }
      /**
       * All existing Pods are killed before new ones are created.
       *
       * @see https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#recreate-deployment
       */
      static recreate() {
        return new _DeploymentStrategy({
          type: "Recreate"
        });
      }
      static rollingUpdate(options = {}) {
        const maxSurge = options.maxSurge ?? PercentOrAbsolute.percent(25);
        const maxUnavailable = options.maxUnavailable ?? PercentOrAbsolute.percent(25);
        if (maxSurge.isZero() && maxUnavailable.isZero()) {
          throw new Error("'maxSurge' and 'maxUnavailable' cannot be both zero");
        }
        return new _DeploymentStrategy({
          type: "RollingUpdate",
          rollingUpdate: { maxSurge, maxUnavailable }
        });
      }
      /**
       * @internal
       */
      _toKube() {
        return this.strategy;
      }
    };
    exports.DeploymentStrategy = DeploymentStrategy;
    _c = JSII_RTTI_SYMBOL_1;
    DeploymentStrategy[_c] = { fqn: "cdk8s-plus-27.DeploymentStrategy", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/job.js
var require_job = __commonJS({
  "node_modules/cdk8s-plus-27/lib/job.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Job = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var k8s2 = require_k8s();
    var pod = require_pod();
    var workload = require_workload();
    var Job = class extends workload.Workload {
      constructor(scope, id, props = {}) {
        super(scope, id, {
          restartPolicy: pod.RestartPolicy.NEVER,
          select: false,
          ...props
        });
        this.resourceType = "jobs";
        this.apiObject = new k8s2.KubeJob(this, "Resource", {
          metadata: props.metadata,
          spec: cdk8s_1.Lazy.any({ produce: () => this._toKube() })
        });
        this.activeDeadline = props.activeDeadline;
        this.backoffLimit = props.backoffLimit;
        this.ttlAfterFinished = props.ttlAfterFinished;
        if (this.isolate) {
          this.connections.isolate();
        }
      }
      /**
       * @internal
       */
      _toKube() {
        return {
          template: {
            metadata: this.podMetadata.toJson(),
            spec: this._toPodSpec()
          },
          activeDeadlineSeconds: this.activeDeadline?.toSeconds(),
          backoffLimit: this.backoffLimit,
          ttlSecondsAfterFinished: this.ttlAfterFinished ? this.ttlAfterFinished.toSeconds() : void 0
        };
      }
    };
    exports.Job = Job;
    _a = JSII_RTTI_SYMBOL_1;
    Job[_a] = { fqn: "cdk8s-plus-27.Job", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/secret.js
var require_secret = __commonJS({
  "node_modules/cdk8s-plus-27/lib/secret.js"(exports) {
    "use strict";
    var _a;
    var _b;
    var _c;
    var _d;
    var _e;
    var _f;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerConfigSecret = exports.TlsSecret = exports.ServiceAccountTokenSecret = exports.SshAuthSecret = exports.BasicAuthSecret = exports.Secret = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var constructs_1 = require_lib();
    var base = require_base();
    var container_1 = require_container();
    var k8s2 = require_k8s();
    var ImportedSecret = class extends constructs_1.Construct {
      constructor(scope, id, name) {
        super(scope, id);
        this.resourceType = "secrets";
        this._name = name;
      }
      get name() {
        return this._name;
      }
      get apiVersion() {
        return k8s2.KubeSecret.GVK.apiVersion;
      }
      get apiGroup() {
        return "";
      }
      get kind() {
        return k8s2.KubeSecret.GVK.kind;
      }
      get resourceName() {
        return this.name;
      }
      envValue(key, options) {
        return container_1.EnvValue.fromSecretValue({ secret: this, key }, options);
      }
    };
    var Secret = class extends base.Resource {
      constructor(scope, id, props = {}) {
        super(scope, id);
        this.resourceType = "secrets";
        this.stringData = props.stringData ?? {};
        this.immutable = props.immutable ?? false;
        this.apiObject = new k8s2.KubeSecret(this, "Resource", {
          metadata: props.metadata,
          type: props.type,
          stringData: this.stringData,
          immutable: this.immutable
        });
      }
      /**
       * Imports a secret from the cluster as a reference.
       */
      static fromSecretName(scope, id, name) {
        return new ImportedSecret(scope, id, name);
      }
      /**
       * Adds a string data field to the secert.
       * @param key Key
       * @param value Value
       */
      addStringData(key, value) {
        this.stringData[key] = value;
      }
      /**
       * Gets a string data by key or undefined
       * @param key Key
       */
      getStringData(key) {
        return this.stringData[key];
      }
      envValue(key, options) {
        return container_1.EnvValue.fromSecretValue({ secret: this, key }, options);
      }
    };
    exports.Secret = Secret;
    _a = JSII_RTTI_SYMBOL_1;
    Secret[_a] = { fqn: "cdk8s-plus-27.Secret", version: "2.9.5" };
    var BasicAuthSecret = class extends Secret {
      constructor(scope, id, props) {
        super(scope, id, {
          type: "kubernetes.io/basic-auth",
          stringData: {
            username: props.username,
            password: props.password
          },
          immutable: props.immutable,
          metadata: props.metadata
        });
      }
    };
    exports.BasicAuthSecret = BasicAuthSecret;
    _b = JSII_RTTI_SYMBOL_1;
    BasicAuthSecret[_b] = { fqn: "cdk8s-plus-27.BasicAuthSecret", version: "2.9.5" };
    var SshAuthSecret = class extends Secret {
      constructor(scope, id, props) {
        super(scope, id, {
          type: "kubernetes.io/ssh-auth",
          stringData: {
            "ssh-privatekey": props.sshPrivateKey
          },
          immutable: props.immutable,
          metadata: props.metadata
        });
      }
    };
    exports.SshAuthSecret = SshAuthSecret;
    _c = JSII_RTTI_SYMBOL_1;
    SshAuthSecret[_c] = { fqn: "cdk8s-plus-27.SshAuthSecret", version: "2.9.5" };
    var ServiceAccountTokenSecret = class extends Secret {
      constructor(scope, id, props) {
        super(scope, id, {
          type: "kubernetes.io/service-account-token",
          metadata: props.metadata,
          immutable: props.immutable
        });
        this.metadata.addAnnotation("kubernetes.io/service-account.name", props.serviceAccount.name);
      }
    };
    exports.ServiceAccountTokenSecret = ServiceAccountTokenSecret;
    _d = JSII_RTTI_SYMBOL_1;
    ServiceAccountTokenSecret[_d] = { fqn: "cdk8s-plus-27.ServiceAccountTokenSecret", version: "2.9.5" };
    var TlsSecret = class extends Secret {
      constructor(scope, id, props) {
        super(scope, id, {
          type: "kubernetes.io/tls",
          stringData: {
            "tls.crt": props.tlsCert,
            "tls.key": props.tlsKey
          },
          immutable: props.immutable,
          metadata: props.metadata
        });
      }
    };
    exports.TlsSecret = TlsSecret;
    _e = JSII_RTTI_SYMBOL_1;
    TlsSecret[_e] = { fqn: "cdk8s-plus-27.TlsSecret", version: "2.9.5" };
    var DockerConfigSecret = class extends Secret {
      constructor(scope, id, props) {
        super(scope, id, {
          type: "kubernetes.io/dockerconfigjson",
          stringData: {
            ".dockerconfigjson": JSON.stringify(props.data)
          },
          immutable: props.immutable,
          metadata: props.metadata
        });
      }
    };
    exports.DockerConfigSecret = DockerConfigSecret;
    _f = JSII_RTTI_SYMBOL_1;
    DockerConfigSecret[_f] = { fqn: "cdk8s-plus-27.DockerConfigSecret", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/service-account.js
var require_service_account = __commonJS({
  "node_modules/cdk8s-plus-27/lib/service-account.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ServiceAccount = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var constructs_1 = require_lib();
    var base = require_base();
    var k8s2 = require_k8s();
    var utils_1 = require_utils();
    var ImportedServiceAccount = class extends constructs_1.Construct {
      constructor(scope, id, name, options = {}) {
        super(scope, id);
        this.resourceType = "serviceaccounts";
        this._name = name;
        this._namespaceName = options.namespaceName ?? "default";
      }
      toSubjectConfiguration() {
        return {
          kind: this.kind,
          name: this.name,
          apiGroup: this.apiGroup,
          namespace: this._namespaceName
        };
      }
      get name() {
        return this._name;
      }
      get apiVersion() {
        return k8s2.KubeServiceAccount.GVK.apiVersion;
      }
      get apiGroup() {
        return "";
      }
      get kind() {
        return k8s2.KubeServiceAccount.GVK.kind;
      }
      get resourceName() {
        return this.name;
      }
    };
    var ServiceAccount2 = class extends base.Resource {
      constructor(scope, id, props = {}) {
        super(scope, id);
        this.resourceType = "serviceaccounts";
        this._secrets = props.secrets ?? [];
        this.automountToken = props.automountToken ?? false;
        this.apiObject = new k8s2.KubeServiceAccount(this, "Resource", {
          metadata: props.metadata,
          secrets: cdk8s_1.Lazy.any({ produce: () => utils_1.undefinedIfEmpty(this._secrets.map((s) => ({ name: s.name }))) }),
          automountServiceAccountToken: this.automountToken
        });
      }
      /**
       * Imports a service account from the cluster as a reference.
       * @param name The name of the service account resource.
       * @param options additional options.
       */
      static fromServiceAccountName(scope, id, name, options = {}) {
        return new ImportedServiceAccount(scope, id, name, options);
      }
      /**
       * Allow a secret to be accessed by pods using this service account.
       * @param secr The secret
       */
      addSecret(secr) {
        this._secrets.push(secr);
      }
      /**
       * List of secrets allowed to be used by pods running using this service
       * account.
       *
       * Returns a copy. To add a secret, use `addSecret()`.
       */
      get secrets() {
        return [...this._secrets];
      }
      /**
       * @see ISubect.toSubjectConfiguration()
       */
      toSubjectConfiguration() {
        return {
          kind: this.kind,
          name: this.name,
          apiGroup: this.apiGroup,
          namespace: this.metadata.namespace
        };
      }
    };
    exports.ServiceAccount = ServiceAccount2;
    _a = JSII_RTTI_SYMBOL_1;
    ServiceAccount2[_a] = { fqn: "cdk8s-plus-27.ServiceAccount", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/stateful-set.js
var require_stateful_set = __commonJS({
  "node_modules/cdk8s-plus-27/lib/stateful-set.js"(exports) {
    "use strict";
    var _a;
    var _b;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.StatefulSetUpdateStrategy = exports.StatefulSet = exports.PodManagementPolicy = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var container = require_container();
    var k8s2 = require_k8s();
    var service = require_service();
    var workload = require_workload();
    var PodManagementPolicy;
    (function(PodManagementPolicy2) {
      PodManagementPolicy2["ORDERED_READY"] = "OrderedReady";
      PodManagementPolicy2["PARALLEL"] = "Parallel";
    })(PodManagementPolicy = exports.PodManagementPolicy || (exports.PodManagementPolicy = {}));
    var StatefulSet = class extends workload.Workload {
      constructor(scope, id, props) {
        super(scope, id, props);
        this.resourceType = "statefulsets";
        this.hasAutoscaler = false;
        this.apiObject = new k8s2.KubeStatefulSet(this, "Resource", {
          metadata: props.metadata,
          spec: cdk8s_1.Lazy.any({ produce: () => this._toKube() })
        });
        this.service = props.service ?? this._createHeadlessService();
        this.apiObject.addDependency(this.service);
        this.replicas = props.replicas;
        this.strategy = props.strategy ?? StatefulSetUpdateStrategy.rollingUpdate(), this.podManagementPolicy = props.podManagementPolicy ?? PodManagementPolicy.ORDERED_READY;
        this.minReady = props.minReady ?? cdk8s_1.Duration.seconds(0);
        this.service.select(this);
        if (this.isolate) {
          this.connections.isolate();
        }
      }
      _createHeadlessService() {
        const myPorts = container.extractContainerPorts(this);
        const myPortNumbers = myPorts.map((p) => p.number);
        const ports = myPorts.map((p) => ({ port: p.number, targetPort: p.number, protocol: p.protocol, name: p.name }));
        if (ports.length === 0) {
          throw new Error(`Unable to create a service for the stateful set ${this.name}: StatefulSet ports cannot be determined.`);
        }
        for (const port of ports) {
          const targetPort = port.targetPort ?? port.port;
          if (!myPortNumbers.includes(targetPort)) {
            throw new Error(`Unable to expose stateful set ${this.name} via a service: Port ${targetPort} is not exposed by any container`);
          }
        }
        const metadata = { namespace: this.metadata.namespace };
        return new service.Service(this, "Service", {
          selector: this,
          ports,
          metadata,
          clusterIP: "None",
          type: service.ServiceType.CLUSTER_IP
        });
      }
      /**
        * @internal
        */
      _toKube() {
        return {
          replicas: this.hasAutoscaler ? void 0 : this.replicas ?? 1,
          serviceName: this.service.name,
          minReadySeconds: this.minReady.toSeconds(),
          template: {
            metadata: this.podMetadata.toJson(),
            spec: this._toPodSpec()
          },
          selector: this._toLabelSelector(),
          podManagementPolicy: this.podManagementPolicy,
          updateStrategy: this.strategy._toKube()
        };
      }
      /**
       * @see IScalable.markHasAutoscaler()
       */
      markHasAutoscaler() {
        this.hasAutoscaler = true;
      }
      /**
       * @see IScalable.toScalingTarget()
       */
      toScalingTarget() {
        return {
          kind: this.apiObject.kind,
          apiVersion: this.apiObject.apiVersion,
          name: this.name,
          containers: this.containers,
          replicas: this.replicas
        };
      }
    };
    exports.StatefulSet = StatefulSet;
    _a = JSII_RTTI_SYMBOL_1;
    StatefulSet[_a] = { fqn: "cdk8s-plus-27.StatefulSet", version: "2.9.5" };
    var StatefulSetUpdateStrategy = class _StatefulSetUpdateStrategy {
      constructor(strategy) {
        this.strategy = strategy;
      }
      /**
       * The controller will not automatically update the Pods in a StatefulSet.
       * Users must manually delete Pods to cause the controller to create new Pods
       * that reflect modifications.
       */
      static onDelete() {
        return new _StatefulSetUpdateStrategy({
          type: "OnDelete"
        });
      }
      /**
       * The controller will delete and recreate each Pod in the StatefulSet.
       * It will proceed in the same order as Pod termination (from the largest ordinal to the smallest),
       * updating each Pod one at a time. The Kubernetes control plane waits until an updated
       * Pod is Running and Ready prior to updating its predecessor.
       */
      static rollingUpdate(options = {}) {
        return new _StatefulSetUpdateStrategy({
          type: "RollingUpdate",
          rollingUpdate: { partition: options.partition ?? 0 }
        });
      }
      /**
       * @internal
       */
      _toKube() {
        return this.strategy;
      }
    };
    exports.StatefulSetUpdateStrategy = StatefulSetUpdateStrategy;
    _b = JSII_RTTI_SYMBOL_1;
    StatefulSetUpdateStrategy[_b] = { fqn: "cdk8s-plus-27.StatefulSetUpdateStrategy", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/volume.js
var require_volume = __commonJS({
  "node_modules/cdk8s-plus-27/lib/volume.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HostPathVolumeType = exports.AzureDiskPersistentVolumeCachingMode = exports.AzureDiskPersistentVolumeKind = exports.EmptyDirMedium = exports.Volume = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var constructs_1 = require_lib();
    var k8s2 = require_k8s();
    var Volume = class _Volume extends constructs_1.Construct {
      constructor(scope, id, name, config) {
        super(scope, id);
        this.name = name;
        this.config = config;
        this.name = name.slice(0, 63);
      }
      /**
       * Mounts an Amazon Web Services (AWS) EBS volume into your pod.
       * Unlike emptyDir, which is erased when a pod is removed, the contents of an EBS volume are
       * persisted and the volume is unmounted. This means that an EBS volume can be pre-populated with data,
       * and that data can be shared between pods.
       *
       * There are some restrictions when using an awsElasticBlockStore volume:
       *
       * - the nodes on which pods are running must be AWS EC2 instances.
       * - those instances need to be in the same region and availability zone as the EBS volume.
       * - EBS only supports a single EC2 instance mounting a volume.
       */
      static fromAwsElasticBlockStore(scope, id, volumeId, options = {}) {
        return new _Volume(scope, id, options.name ?? `ebs-${volumeId}`, {
          awsElasticBlockStore: {
            volumeId,
            fsType: options.fsType ?? "ext4",
            partition: options.partition,
            readOnly: options.readOnly ?? false
          }
        });
      }
      /**
       * Mounts a Microsoft Azure Data Disk into a pod.
       */
      static fromAzureDisk(scope, id, diskName, diskUri, options = {}) {
        return new _Volume(scope, id, options.name ?? `azuredisk-${diskName}`, {
          azureDisk: {
            diskName,
            diskUri,
            cachingMode: options.cachingMode ?? AzureDiskPersistentVolumeCachingMode.NONE,
            fsType: options.fsType ?? "ext4",
            kind: options.kind ?? AzureDiskPersistentVolumeKind.SHARED,
            readOnly: options.readOnly ?? false
          }
        });
      }
      /**
       * Mounts a Google Compute Engine (GCE) persistent disk (PD) into your Pod.
       * Unlike emptyDir, which is erased when a pod is removed, the contents of a PD are
       * preserved and the volume is merely unmounted. This means that a PD can be pre-populated
       * with data, and that data can be shared between pods.
       *
       * There are some restrictions when using a gcePersistentDisk:
       *
       * - the nodes on which Pods are running must be GCE VMs
       * - those VMs need to be in the same GCE project and zone as the persistent disk
       */
      static fromGcePersistentDisk(scope, id, pdName, options = {}) {
        return new _Volume(scope, id, options.name ?? `gcedisk-${pdName}`, {
          gcePersistentDisk: {
            pdName,
            fsType: options.fsType ?? "ext4",
            partition: options.partition,
            readOnly: options.readOnly ?? false
          }
        });
      }
      /**
       * Populate the volume from a ConfigMap.
       *
       * The configMap resource provides a way to inject configuration data into
       * Pods. The data stored in a ConfigMap object can be referenced in a volume
       * of type configMap and then consumed by containerized applications running
       * in a Pod.
       *
       * When referencing a configMap object, you can simply provide its name in the
       * volume to reference it. You can also customize the path to use for a
       * specific entry in the ConfigMap.
       *
       * @param configMap The config map to use to populate the volume.
       * @param options Options
       */
      static fromConfigMap(scope, id, configMap, options = {}) {
        return new _Volume(scope, id, options.name ?? `configmap-${configMap.name}`, {
          configMap: {
            name: configMap.name,
            defaultMode: options.defaultMode,
            optional: options.optional,
            items: _Volume.renderItems(options.items)
          }
        });
      }
      /**
       * An emptyDir volume is first created when a Pod is assigned to a Node, and
       * exists as long as that Pod is running on that node. As the name says, it is
       * initially empty. Containers in the Pod can all read and write the same
       * files in the emptyDir volume, though that volume can be mounted at the same
       * or different paths in each Container. When a Pod is removed from a node for
       * any reason, the data in the emptyDir is deleted forever.
       *
       * @see http://kubernetes.io/docs/user-guide/volumes#emptydir
       *
       * @param options - Additional options.
       */
      static fromEmptyDir(scope, id, name, options = {}) {
        return new _Volume(scope, id, name, {
          emptyDir: {
            medium: options.medium,
            sizeLimit: options.sizeLimit ? k8s2.Quantity.fromString(`${options.sizeLimit.toMebibytes()}Mi`) : void 0
          }
        });
      }
      /**
       * Populate the volume from a Secret.
       *
       * A secret volume is used to pass sensitive information, such as passwords, to Pods.
       * You can store secrets in the Kubernetes API and mount them as files for use by pods
       * without coupling to Kubernetes directly.
       *
       * secret volumes are backed by tmpfs (a RAM-backed filesystem)
       * so they are never written to non-volatile storage.
       *
       * @see https://kubernetes.io/docs/concepts/storage/volumes/#secret
       *
       * @param secr The secret to use to populate the volume.
       * @param options Options
       */
      static fromSecret(scope, id, secr, options = {}) {
        return new _Volume(scope, id, options.name ?? `secret-${secr.name}`, {
          secret: {
            secretName: secr.name,
            defaultMode: options.defaultMode,
            optional: options.optional,
            items: _Volume.renderItems(options.items)
          }
        });
      }
      /**
       * Used to mount a PersistentVolume into a Pod.
       * PersistentVolumeClaims are a way for users to "claim" durable storage (such as a GCE PersistentDisk or an iSCSI volume)
       * without knowing the details of the particular cloud environment.
       *
       * @see https://kubernetes.io/docs/concepts/storage/persistent-volumes/
       */
      static fromPersistentVolumeClaim(scope, id, claim, options = {}) {
        return new _Volume(scope, id, options.name ?? `pvc-${claim.name}`, {
          persistentVolumeClaim: {
            claimName: claim.name,
            readOnly: options.readOnly ?? false
          }
        });
      }
      /**
       * Used to mount a file or directory from the host node's filesystem into a Pod.
       * This is not something that most Pods will need, but it offers a powerful
       * escape hatch for some applications.
       *
       * @see https://kubernetes.io/docs/concepts/storage/volumes/#hostpath
       */
      static fromHostPath(scope, id, name, options) {
        return new _Volume(scope, id, name, {
          hostPath: {
            path: options.path,
            type: options.type ?? HostPathVolumeType.DEFAULT
          }
        });
      }
      /**
       * Used to mount an NFS share into a Pod.
       *
       * @see https://kubernetes.io/docs/concepts/storage/volumes/#nfs
       */
      static fromNfs(scope, id, name, options) {
        return new _Volume(scope, id, name, {
          nfs: {
            server: options.server,
            path: options.path,
            readOnly: options.readOnly
          }
        });
      }
      /**
       * Populate the volume from a CSI driver, for example the Secrets Store CSI
       * Driver: https://secrets-store-csi-driver.sigs.k8s.io/introduction.html.
       * Which in turn needs an associated provider to source the secrets, such as
       * the AWS Secrets Manager and Systems Manager Parameter Store provider:
       * https://aws.github.io/secrets-store-csi-driver-provider-aws/.
       *
       * @param driver The name of the CSI driver to use to populate the volume.
       * @param options Options for the CSI volume, including driver-specific ones.
       */
      static fromCsi(scope, id, driver, options = {}) {
        return new _Volume(scope, id, options.name ?? cdk8s_1.Names.toDnsLabel(scope, { extra: [id] }), {
          csi: {
            driver,
            fsType: options.fsType,
            readOnly: options.readOnly,
            volumeAttributes: options.attributes
          }
        });
      }
      asVolume() {
        return this;
      }
      /**
       * @internal
       */
      _toKube() {
        return {
          name: this.name,
          ...this.config
        };
      }
    };
    exports.Volume = Volume;
    _a = JSII_RTTI_SYMBOL_1;
    Volume[_a] = { fqn: "cdk8s-plus-27.Volume", version: "2.9.5" };
    Volume.renderItems = (items) => {
      if (!items) {
        return void 0;
      }
      const result = new Array();
      for (const key of Object.keys(items).sort()) {
        result.push({
          key,
          path: items[key].path,
          mode: items[key].mode
        });
      }
      return result;
    };
    var EmptyDirMedium;
    (function(EmptyDirMedium2) {
      EmptyDirMedium2["DEFAULT"] = "";
      EmptyDirMedium2["MEMORY"] = "Memory";
    })(EmptyDirMedium = exports.EmptyDirMedium || (exports.EmptyDirMedium = {}));
    var AzureDiskPersistentVolumeKind;
    (function(AzureDiskPersistentVolumeKind2) {
      AzureDiskPersistentVolumeKind2["SHARED"] = "Shared";
      AzureDiskPersistentVolumeKind2["DEDICATED"] = "Dedicated";
      AzureDiskPersistentVolumeKind2["MANAGED"] = "Managed";
    })(AzureDiskPersistentVolumeKind = exports.AzureDiskPersistentVolumeKind || (exports.AzureDiskPersistentVolumeKind = {}));
    var AzureDiskPersistentVolumeCachingMode;
    (function(AzureDiskPersistentVolumeCachingMode2) {
      AzureDiskPersistentVolumeCachingMode2["NONE"] = "None";
      AzureDiskPersistentVolumeCachingMode2["READ_ONLY"] = "ReadOnly";
      AzureDiskPersistentVolumeCachingMode2["READ_WRITE"] = "ReadWrite";
    })(AzureDiskPersistentVolumeCachingMode = exports.AzureDiskPersistentVolumeCachingMode || (exports.AzureDiskPersistentVolumeCachingMode = {}));
    var HostPathVolumeType;
    (function(HostPathVolumeType2) {
      HostPathVolumeType2["DEFAULT"] = "";
      HostPathVolumeType2["DIRECTORY_OR_CREATE"] = "DirectoryOrCreate";
      HostPathVolumeType2["DIRECTORY"] = "Directory";
      HostPathVolumeType2["FILE_OR_CREATE"] = "FileOrCreate";
      HostPathVolumeType2["FILE"] = "File";
      HostPathVolumeType2["SOCKET"] = "Socket";
      HostPathVolumeType2["CHAR_DEVICE"] = "CharDevice";
      HostPathVolumeType2["BLOCK_DEVICE"] = "BlockDevice";
    })(HostPathVolumeType = exports.HostPathVolumeType || (exports.HostPathVolumeType = {}));
  }
});

// node_modules/cdk8s-plus-27/lib/pvc.js
var require_pvc = __commonJS({
  "node_modules/cdk8s-plus-27/lib/pvc.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PersistentVolumeMode = exports.PersistentVolumeAccessMode = exports.PersistentVolumeClaim = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var constructs_1 = require_lib();
    var base = require_base();
    var k8s2 = require_k8s();
    var ImportedPersistentVolumeClaim = class extends constructs_1.Construct {
      constructor(scope, id, name) {
        super(scope, id);
        this.resourceType = "persistentvolumeclaims";
        this._name = name;
      }
      get name() {
        return this._name;
      }
      get apiVersion() {
        return k8s2.KubePersistentVolumeClaim.GVK.apiVersion;
      }
      get apiGroup() {
        return "";
      }
      get kind() {
        return k8s2.KubePersistentVolumeClaim.GVK.kind;
      }
      get resourceName() {
        return this.name;
      }
    };
    var PersistentVolumeClaim = class extends base.Resource {
      constructor(scope, id, props = {}) {
        super(scope, id);
        this.resourceType = "persistentvolumeclaims";
        this.storage = props.storage;
        this.volumeMode = props.volumeMode ?? PersistentVolumeMode.FILE_SYSTEM;
        this.storageClassName = props.storageClassName;
        this._accessModes = props.accessModes;
        if (props.volume) {
          this.bind(props.volume);
        }
        this.apiObject = new k8s2.KubePersistentVolumeClaim(this, "Resource", {
          metadata: props.metadata,
          spec: cdk8s_1.Lazy.any({ produce: () => this._toKube() })
        });
      }
      /**
       * Imports a pvc from the cluster as a reference.
       */
      static fromClaimName(scope, id, claimName) {
        return new ImportedPersistentVolumeClaim(scope, id, claimName);
      }
      /**
       * Access modes requirement of this claim.
       */
      get accessModes() {
        return this._accessModes ? [...this._accessModes] : void 0;
      }
      /**
       * PV this claim is bound to. Undefined means the claim is not bound
       * to any specific volume.
       */
      get volume() {
        return this._volume;
      }
      /**
       * Bind a claim to a specific volume.
       * Note that you must also bind the volume to the claim.
       *
       * @see https://kubernetes.io/docs/concepts/storage/persistent-volumes/#binding
       *
       * @param vol The PV to bind to.
       */
      bind(vol) {
        if (this._volume && this._volume.name !== vol.name) {
          throw new Error(`Cannot bind claim '${this.name}' to volume '${vol.name}' since it is already bound to volume '${this._volume.name}'`);
        }
        this._volume = vol;
      }
      /**
       * @internal
       */
      _toKube() {
        const storage = this.storage ? k8s2.Quantity.fromString(this.storage.toGibibytes() + "Gi") : void 0;
        return {
          volumeName: this.volume ? this.volume.name : void 0,
          accessModes: this.accessModes?.map((a) => a.toString()),
          resources: storage ? { requests: { storage } } : void 0,
          volumeMode: this.volumeMode,
          storageClassName: this.storageClassName
        };
      }
    };
    exports.PersistentVolumeClaim = PersistentVolumeClaim;
    _a = JSII_RTTI_SYMBOL_1;
    PersistentVolumeClaim[_a] = { fqn: "cdk8s-plus-27.PersistentVolumeClaim", version: "2.9.5" };
    var PersistentVolumeAccessMode;
    (function(PersistentVolumeAccessMode2) {
      PersistentVolumeAccessMode2["READ_WRITE_ONCE"] = "ReadWriteOnce";
      PersistentVolumeAccessMode2["READ_ONLY_MANY"] = "ReadOnlyMany";
      PersistentVolumeAccessMode2["READ_WRITE_MANY"] = "ReadWriteMany";
      PersistentVolumeAccessMode2["READ_WRITE_ONCE_POD"] = "ReadWriteOncePod";
    })(PersistentVolumeAccessMode = exports.PersistentVolumeAccessMode || (exports.PersistentVolumeAccessMode = {}));
    var PersistentVolumeMode;
    (function(PersistentVolumeMode2) {
      PersistentVolumeMode2["FILE_SYSTEM"] = "Filesystem";
      PersistentVolumeMode2["BLOCK"] = "Block";
    })(PersistentVolumeMode = exports.PersistentVolumeMode || (exports.PersistentVolumeMode = {}));
  }
});

// node_modules/cdk8s-plus-27/lib/pv.js
var require_pv = __commonJS({
  "node_modules/cdk8s-plus-27/lib/pv.js"(exports) {
    "use strict";
    var _a;
    var _b;
    var _c;
    var _d;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.GCEPersistentDiskPersistentVolume = exports.AzureDiskPersistentVolume = exports.AwsElasticBlockStorePersistentVolume = exports.PersistentVolumeReclaimPolicy = exports.PersistentVolume = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var constructs_1 = require_lib();
    var base = require_base();
    var k8s2 = require_k8s();
    var pvc = require_pvc();
    var volume = require_volume();
    var ImportedPersistentVolume = class extends constructs_1.Construct {
      constructor(scope, id, name) {
        super(scope, id);
        this.resourceType = "persistentvolumes";
        this._name = name;
      }
      get name() {
        return this._name;
      }
      get apiVersion() {
        return k8s2.KubePersistentVolume.GVK.apiVersion;
      }
      get apiGroup() {
        return "";
      }
      get kind() {
        return k8s2.KubePersistentVolume.GVK.kind;
      }
      get resourceName() {
        return this.name;
      }
    };
    var PersistentVolume = class extends base.Resource {
      constructor(scope, id, props = {}) {
        super(scope, id);
        this.resourceType = "persistentvolumes";
        this.storage = props.storage;
        this.mode = props.volumeMode ?? pvc.PersistentVolumeMode.FILE_SYSTEM;
        this.storageClassName = props.storageClassName;
        this._accessModes = props.accessModes;
        this.mountOptions = props.mountOptions;
        this.reclaimPolicy = props.reclaimPolicy ?? PersistentVolumeReclaimPolicy.RETAIN;
        if (props.claim) {
          this.bind(props.claim);
        }
        this.apiObject = new k8s2.KubePersistentVolume(this, "Resource", {
          metadata: props.metadata,
          spec: cdk8s_1.Lazy.any({ produce: () => this._toKube() })
        });
      }
      /**
       * Imports a pv from the cluster as a reference.
       */
      static fromPersistentVolumeName(scope, id, volumeName) {
        return new ImportedPersistentVolume(scope, id, volumeName);
      }
      /**
       * Access modes requirement of this claim.
       */
      get accessModes() {
        return this._accessModes ? [...this._accessModes] : void 0;
      }
      /**
       * PVC this volume is bound to. Undefined means this volume is not yet
       * claimed by any PVC.
       */
      get claim() {
        return this._claim;
      }
      /**
       * Reserve a `PersistentVolume` by creating a `PersistentVolumeClaim`
       * that is wired to claim this volume.
       *
       * Note that this method will throw in case the volume is already claimed.
       *
       * @see https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume
       */
      reserve() {
        const claim = new pvc.PersistentVolumeClaim(this, `${this.name}PVC`, {
          metadata: { name: `pvc-${this.name}`, namespace: this.metadata.namespace },
          // the storage classes must match, otherwise the claim
          // will use the default class (or no class at all), which may be different than the class
          // of this volume. note that other requirements are not needed since
          // when they are not defined, any volume satisifies them.
          storageClassName: this.storageClassName
        });
        this.bind(claim);
        claim.bind(this);
        return claim;
      }
      /**
       * Bind a volume to a specific claim.
       * Note that you must also bind the claim to the volume.
       *
       * @see https://kubernetes.io/docs/concepts/storage/persistent-volumes/#binding
       *
       * @param claim The PVC to bind to.
       */
      bind(claim) {
        if (this._claim && this._claim.name !== claim.name) {
          throw new Error(`Cannot bind volume '${this.name}' to claim '${claim.name}' since it is already bound to claim '${this._claim.name}'`);
        }
        this._claim = claim;
      }
      asVolume() {
        const claim = this.reserve();
        return volume.Volume.fromPersistentVolumeClaim(this, "Volume", claim);
      }
      /**
       * @internal
       */
      _toKube() {
        const storage = this.storage ? k8s2.Quantity.fromString(this.storage.toGibibytes() + "Gi") : void 0;
        return {
          claimRef: this._claim ? { name: this._claim?.name } : void 0,
          accessModes: this.accessModes?.map((a) => a.toString()),
          capacity: storage ? { storage } : void 0,
          mountOptions: this.mountOptions?.map((o) => o),
          storageClassName: this.storageClassName,
          persistentVolumeReclaimPolicy: this.reclaimPolicy,
          volumeMode: this.mode
        };
      }
    };
    exports.PersistentVolume = PersistentVolume;
    _a = JSII_RTTI_SYMBOL_1;
    PersistentVolume[_a] = { fqn: "cdk8s-plus-27.PersistentVolume", version: "2.9.5" };
    var PersistentVolumeReclaimPolicy;
    (function(PersistentVolumeReclaimPolicy2) {
      PersistentVolumeReclaimPolicy2["RETAIN"] = "Retain";
      PersistentVolumeReclaimPolicy2["DELETE"] = "Delete";
    })(PersistentVolumeReclaimPolicy = exports.PersistentVolumeReclaimPolicy || (exports.PersistentVolumeReclaimPolicy = {}));
    var AwsElasticBlockStorePersistentVolume = class extends PersistentVolume {
      constructor(scope, id, props) {
        super(scope, id, props);
        this.volumeId = props.volumeId;
        this.readOnly = props.readOnly ?? false;
        this.fsType = props.fsType ?? "ext4";
        this.partition = props.partition;
      }
      /**
       * @internal
       */
      _toKube() {
        const spec = super._toKube();
        return {
          ...spec,
          awsElasticBlockStore: {
            volumeId: this.volumeId,
            fsType: this.fsType,
            partition: this.partition,
            readOnly: this.readOnly
          }
        };
      }
    };
    exports.AwsElasticBlockStorePersistentVolume = AwsElasticBlockStorePersistentVolume;
    _b = JSII_RTTI_SYMBOL_1;
    AwsElasticBlockStorePersistentVolume[_b] = { fqn: "cdk8s-plus-27.AwsElasticBlockStorePersistentVolume", version: "2.9.5" };
    var AzureDiskPersistentVolume = class extends PersistentVolume {
      constructor(scope, id, props) {
        super(scope, id, props);
        this.diskName = props.diskName;
        this.diskUri = props.diskUri;
        this.cachingMode = props.cachingMode ?? volume.AzureDiskPersistentVolumeCachingMode.NONE;
        this.fsType = props.fsType ?? "ext4";
        this.azureKind = props.kind ?? volume.AzureDiskPersistentVolumeKind.SHARED;
        this.readOnly = props.readOnly ?? false;
      }
      /**
       * @internal
       *
       * @see https://github.com/kubernetes/examples/blob/master/staging/volumes/azure_disk/README.md
       */
      _toKube() {
        const spec = super._toKube();
        return {
          ...spec,
          azureDisk: {
            diskName: this.diskName,
            diskUri: this.diskUri,
            cachingMode: this.cachingMode,
            fsType: this.fsType,
            kind: this.azureKind,
            readOnly: this.readOnly
          }
        };
      }
    };
    exports.AzureDiskPersistentVolume = AzureDiskPersistentVolume;
    _c = JSII_RTTI_SYMBOL_1;
    AzureDiskPersistentVolume[_c] = { fqn: "cdk8s-plus-27.AzureDiskPersistentVolume", version: "2.9.5" };
    var GCEPersistentDiskPersistentVolume = class extends PersistentVolume {
      constructor(scope, id, props) {
        super(scope, id, props);
        this.pdName = props.pdName;
        this.readOnly = props.readOnly ?? false;
        this.fsType = props.fsType ?? "ext4";
        this.partition = props.partition;
      }
      /**
       * @internal
       *
       * @see https://github.com/kubernetes/examples/blob/master/staging/volumes/azure_disk/README.md
       */
      _toKube() {
        const spec = super._toKube();
        return {
          ...spec,
          gcePersistentDisk: {
            pdName: this.pdName,
            fsType: this.fsType,
            partition: this.partition,
            readOnly: this.readOnly
          }
        };
      }
    };
    exports.GCEPersistentDiskPersistentVolume = GCEPersistentDiskPersistentVolume;
    _d = JSII_RTTI_SYMBOL_1;
    GCEPersistentDiskPersistentVolume[_d] = { fqn: "cdk8s-plus-27.GCEPersistentDiskPersistentVolume", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/handler.js
var require_handler = __commonJS({
  "node_modules/cdk8s-plus-27/lib/handler.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Handler = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var _action = require_action();
    var Handler = class _Handler {
      constructor(tcpSocketOptions, commandOptions, httpGetOptions) {
        this.tcpSocketOptions = tcpSocketOptions;
        this.commandOptions = commandOptions;
        this.httpGetOptions = httpGetOptions;
      }
      /**
       * Defines a handler based on an HTTP GET request to the IP address of the container.
       *
       * @param path The URL path to hit
       * @param options Options
       */
      static fromHttpGet(path, options = {}) {
        return new _Handler(void 0, void 0, { path, ...options });
      }
      /**
       * Defines a handler based on a command which is executed within the container.
       *
       * @param command The command to execute
       */
      static fromCommand(command) {
        return new _Handler(void 0, { command }, void 0);
      }
      /**
       * Defines a handler based opening a connection to a TCP socket on the container.
       *
       * @param options Options
       */
      static fromTcpSocket(options = {}) {
        return new _Handler(options, void 0, void 0);
      }
      /**
       * @internal
       */
      _toKube(cont) {
        const exec = this.commandOptions ? _action.Action.fromCommand(this.commandOptions.command) : void 0;
        const httpGet = this.httpGetOptions ? _action.Action.fromHttpGet(cont, this.httpGetOptions.path, this.httpGetOptions) : void 0;
        const tcpSocket = this.tcpSocketOptions ? _action.Action.fromTcpSocket(cont, this.tcpSocketOptions) : void 0;
        return { exec, httpGet, tcpSocket };
      }
    };
    exports.Handler = Handler;
    _a = JSII_RTTI_SYMBOL_1;
    Handler[_a] = { fqn: "cdk8s-plus-27.Handler", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/horizontal-pod-autoscaler.js
var require_horizontal_pod_autoscaler = __commonJS({
  "node_modules/cdk8s-plus-27/lib/horizontal-pod-autoscaler.js"(exports) {
    "use strict";
    var _a;
    var _b;
    var _c;
    var _d;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Replicas = exports.ScalingStrategy = exports.MetricTarget = exports.Metric = exports.HorizontalPodAutoscaler = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var base_1 = require_base();
    var k8s2 = require_k8s();
    var HorizontalPodAutoscaler = class extends base_1.Resource {
      constructor(scope, id, props) {
        super(scope, id);
        this.resourceType = "horizontalpodautoscaler";
        this._defaultScalingDuration = cdk8s_1.Duration.seconds(15);
        this.apiObject = new k8s2.KubeHorizontalPodAutoscalerV2(this, "Resource", {
          metadata: props.metadata,
          spec: cdk8s_1.Lazy.any({ produce: () => this._toKube() })
        });
        if (props?.minReplicas && props.minReplicas > props.maxReplicas) {
          throw new Error(`'minReplicas' (${props.minReplicas}) must be less than or equal to 'maxReplicas' (${props.maxReplicas}) in order for HorizontalPodAutoscaler to scale.`);
        }
        if (props?.scaleUp?.stabilizationWindow !== void 0) {
          this._validateStabilizationWindow("scaleUp", props.scaleUp.stabilizationWindow);
        }
        if (props?.scaleDown?.stabilizationWindow !== void 0) {
          this._validateStabilizationWindow("scaleDown", props.scaleDown.stabilizationWindow);
        }
        if (props?.scaleUp?.policies?.length) {
          this._validateScalingPolicies("scaleUp", props.scaleUp.policies);
        }
        if (props?.scaleDown?.policies?.length) {
          this._validateScalingPolicies("scaleDown", props.scaleDown.policies);
        }
        this.target = props.target;
        this.target.markHasAutoscaler();
        this.maxReplicas = props.maxReplicas;
        this.minReplicas = props.minReplicas ?? 1;
        this.metrics = props.metrics;
        this.scaleUp = {
          strategy: ScalingStrategy.MAX_CHANGE,
          stabilizationWindow: cdk8s_1.Duration.seconds(0),
          ...props.scaleUp,
          policies: props.scaleUp?.policies?.map((p) => ({ duration: this._defaultScalingDuration, ...p })) ?? [
            {
              replicas: Replicas.absolute(4),
              duration: cdk8s_1.Duration.minutes(1)
            },
            {
              replicas: Replicas.percent(200),
              duration: cdk8s_1.Duration.minutes(1)
            }
          ]
        };
        if (props?.scaleUp?.policies?.length) {
          this._validateScalingPolicies("scaleUp", props.scaleUp.policies);
        }
        this.scaleDown = {
          strategy: ScalingStrategy.MAX_CHANGE,
          stabilizationWindow: cdk8s_1.Duration.minutes(5),
          ...props.scaleDown,
          policies: props.scaleDown?.policies?.map((p) => ({ duration: this._defaultScalingDuration, ...p })) ?? [
            {
              replicas: Replicas.absolute(this.minReplicas),
              duration: cdk8s_1.Duration.minutes(5)
            }
          ]
        };
        this.node.addValidation({ validate: () => this._validateTargetReplicas() });
        this.node.addValidation({ validate: () => this._validateTargetContainers() });
      }
      /**
       * Validate a list of scaling policies.
       * @internal
       */
      _validateScalingPolicies(direction, policies) {
        policies.forEach((p) => {
          if (p.duration !== void 0) {
            this._validateScalingPolicyDuration(direction, p.duration);
          }
        });
      }
      /**
       * Validate `ScalingPolicy.duration` is within the allowed range.
       *
       * `duration` range: 1 second - 30 min
       *
       * Kubernetes name: `ScalingPolicy.periodSeconds`.
       * @see https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/horizontal-pod-autoscaler-v2/#HorizontalPodAutoscalerSpec
       * @internal
       */
      _validateScalingPolicyDuration(direction, duration) {
        const periodSeconds = duration.toSeconds() ?? 15;
        const isWithinRange = Boolean(0 < periodSeconds && periodSeconds <= 1800);
        if (!isWithinRange) {
          throw new Error(`'${direction}.policies' duration (${duration.toHumanString()}) is outside of the allowed range. Must be at least 1 second long and no longer than 30 minutes.`);
        }
      }
      /**
       * Validate `ScalingRules.stabilizationWindow` is within the allowed range.
       *
       * `stabilizationWindow` range: 0 seconds - 1 hour
       *
       * @see https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/horizontal-pod-autoscaler-v2/#HorizontalPodAutoscalerSpec
       * @internal
       */
      _validateStabilizationWindow(direction, window) {
        const windowSeconds = window.toSeconds();
        const isWithinRange = Boolean(0 <= windowSeconds && windowSeconds <= 3600);
        if (!isWithinRange) {
          throw new Error(`'${direction}.stabilizationWindow' (${window.toHumanString()}) must be 0 seconds or more with a max of 1 hour.`);
        }
      }
      /**
       * Guarantee the HPA has a metric to scale on.
       * Verify that metrics are configured, if not check every pod container has a resource limit or
       * request defined.
       * @internal
       */
      _validateTargetContainers() {
        const containers = this.target.toScalingTarget().containers;
        const hasResourceConstraints = containers.some((c) => this._hasRequestsOrLimits(c));
        if (!hasResourceConstraints && !this.metrics) {
          return ["If HorizontalPodAutoscaler does not have metrics defined, then every container in the target must have a CPU or memory resource constraint defined."];
        }
        return [];
      }
      /**
       * Prevent the HPA from scaling a target with a replica count defined.
       * @see https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#implicit-maintenance-mode-deactivation
       * @internal
       */
      _validateTargetReplicas() {
        const replicas = this.target.toScalingTarget().replicas;
        if (replicas) {
          return [
            `HorizontalPodAutoscaler target cannot have a fixed number of replicas (${replicas}).`
          ];
        }
        return [];
      }
      /**
       * Validate that the container has at least one CPU/memory request/limit defined.
       * @internal
       */
      _hasRequestsOrLimits(c) {
        const hasRequests = c.resources?.cpu?.request || c.resources?.memory?.request;
        const hasLimits = c.resources?.cpu?.limit || c.resources?.memory?.limit;
        return Boolean(hasRequests || hasLimits);
      }
      /**
       * @internal
       */
      _toKube() {
        const scalingTarget = this.target.toScalingTarget();
        return {
          maxReplicas: this.maxReplicas,
          minReplicas: this.minReplicas,
          scaleTargetRef: {
            apiVersion: scalingTarget.apiVersion,
            name: scalingTarget.name,
            kind: scalingTarget.kind
          },
          metrics: this.metrics?.map((m) => m._toKube()),
          behavior: {
            scaleUp: {
              policies: this.scaleUp.policies?.map((p) => ({
                ...p.replicas._toKube(),
                periodSeconds: p.duration?.toSeconds() ?? this._defaultScalingDuration.toSeconds()
              })),
              selectPolicy: this.scaleUp.strategy,
              stabilizationWindowSeconds: this.scaleUp.stabilizationWindow?.toSeconds()
            },
            scaleDown: {
              policies: this.scaleDown.policies?.map((p) => ({
                ...p.replicas._toKube(),
                periodSeconds: p.duration?.toSeconds() ?? this._defaultScalingDuration.toSeconds()
              })),
              selectPolicy: this.scaleDown.strategy,
              stabilizationWindowSeconds: this.scaleDown.stabilizationWindow?.toSeconds()
            }
          }
        };
      }
    };
    exports.HorizontalPodAutoscaler = HorizontalPodAutoscaler;
    _a = JSII_RTTI_SYMBOL_1;
    HorizontalPodAutoscaler[_a] = { fqn: "cdk8s-plus-27.HorizontalPodAutoscaler", version: "2.9.5" };
    var Metric = class _Metric {
      constructor(metric) {
        this.metric = metric;
        this.type = metric.type;
      }
      /**
       * Metric that tracks the CPU of a container. This metric
       * will be tracked across all pods of the current scale target.
       *
       */
      static containerCpu(options) {
        return new _Metric({
          type: "ContainerResource",
          containerResource: {
            name: "cpu",
            container: options.container.name,
            target: options.target._toKube()
          }
        });
      }
      /**
       * Metric that tracks the Memory of a container. This metric
       * will be tracked across all pods of the current scale target.
       *
       */
      static containerMemory(options) {
        return new _Metric({
          type: "ContainerResource",
          containerResource: {
            name: "memory",
            container: options.container.name,
            target: options.target._toKube()
          }
        });
      }
      /**
       * Metric that tracks the volume size of a container. This metric
       * will be tracked across all pods of the current scale target.
       *
       */
      static containerStorage(options) {
        return new _Metric({
          type: "ContainerResource",
          containerResource: {
            name: "storage",
            container: options.container.name,
            target: options.target._toKube()
          }
        });
      }
      /**
       * Metric that tracks the local ephemeral storage of a container. This metric
       * will be tracked across all pods of the current scale target.
       *
       */
      static containerEphemeralStorage(options) {
        return new _Metric({
          type: "ContainerResource",
          containerResource: {
            name: "ephemeral-storage",
            container: options.container.name,
            target: options.target._toKube()
          }
        });
      }
      /**
       * A global metric that is not associated with any Kubernetes object.
       * Allows for autoscaling based on information coming from components running outside of
       * the cluster.
       *
       * Use case:
       * * Scale up when the length of an SQS queue is greater than 10 messages.
       * * Scale down when an outside load balancer's queries are less than 10000 per second.
       */
      static external(options) {
        return new _Metric({
          type: "External",
          external: {
            metric: {
              name: options.name,
              selector: options.labelSelector?._toKube()
            },
            target: options.target._toKube()
          }
        });
      }
      /**
      * Metric that describes a metric of a kubernetes object
      *
      * Use case:
      * * Scale on a Kubernetes Ingress's hits-per-second metric.
      */
      static object(options) {
        return new _Metric({
          type: "Object",
          object: {
            describedObject: {
              apiVersion: options.object.apiVersion,
              kind: options.object.kind,
              name: options.object.name
            },
            metric: {
              name: options.name,
              selector: options.labelSelector?._toKube()
            },
            target: options.target._toKube()
          }
        });
      }
      /**
       * A pod metric that will be averaged across all pods of the current scale target.
       *
       * Use case:
       * * Average CPU utilization across all pods
       * * Transactions processed per second across all pods
       */
      static pods(options) {
        return new _Metric({
          type: "Pods",
          pods: {
            metric: {
              name: options.name,
              selector: options.labelSelector?._toKube()
            },
            target: options.target._toKube()
          }
        });
      }
      /**
       * Tracks the available CPU of the pods in a target.
       *
       * Note: Since the resource usages of all the containers are summed up the total
       * pod utilization may not accurately represent the individual container resource
       * usage. This could lead to situations where a single container might be running
       * with high usage and the HPA will not scale out because the overall pod usage
       * is still within acceptable limits.
       *
       * Use case:
       * * Scale up when CPU is above 40%.
       */
      static resourceCpu(target) {
        return new _Metric({
          type: "Resource",
          resource: {
            name: "cpu",
            target: target._toKube()
          }
        });
      }
      /**
       * Tracks the available Memory of the pods in a target.
       *
       * Note: Since the resource usages of all the containers are summed up the total
       * pod utilization may not accurately represent the individual container resource
       * usage. This could lead to situations where a single container might be running
       * with high usage and the HPA will not scale out because the overall pod usage
       * is still within acceptable limits.
       *
       * Use case:
       * * Scale up when Memory is above 512MB.
       */
      static resourceMemory(target) {
        return new _Metric({
          type: "Resource",
          resource: {
            name: "memory",
            target: target._toKube()
          }
        });
      }
      /**
       * Tracks the available Storage of the pods in a target.
       *
       * Note: Since the resource usages of all the containers are summed up the total
       * pod utilization may not accurately represent the individual container resource
       * usage. This could lead to situations where a single container might be running
       * with high usage and the HPA will not scale out because the overall pod usage
       * is still within acceptable limits.
       *
       */
      static resourceStorage(target) {
        return new _Metric({
          type: "Resource",
          resource: {
            name: "storage",
            target: target._toKube()
          }
        });
      }
      /**
       * Tracks the available Ephemeral Storage of the pods in a target.
       *
       * Note: Since the resource usages of all the containers are summed up the total
       * pod utilization may not accurately represent the individual container resource
       * usage. This could lead to situations where a single container might be running
       * with high usage and the HPA will not scale out because the overall pod usage
       * is still within acceptable limits.
       *
       */
      static resourceEphemeralStorage(target) {
        return new _Metric({
          type: "Resource",
          resource: {
            name: "ephemeral-storage",
            target: target._toKube()
          }
        });
      }
      /**
       * @internal
       */
      _toKube() {
        return this.metric;
      }
    };
    exports.Metric = Metric;
    _b = JSII_RTTI_SYMBOL_1;
    Metric[_b] = { fqn: "cdk8s-plus-27.Metric", version: "2.9.5" };
    var MetricTarget = class _MetricTarget {
      constructor(metric) {
        this.metric = metric;
      }
      /**
      * Target a specific target value.
      *
      * @param value The target value.
      */
      static value(value) {
        return new _MetricTarget({
          type: "Value",
          value: k8s2.Quantity.fromNumber(value)
        });
      }
      /**
       * Target the average value across all relevant pods.
       *
       * @param averageValue The average metric value.
       */
      static averageValue(averageValue) {
        return new _MetricTarget({
          type: "AverageValue",
          averageValue: k8s2.Quantity.fromNumber(averageValue)
        });
      }
      /**
       * Target a percentage value across all relevant pods.
       *
       * @param averageUtilization The percentage of the utilization metric. e.g. `50` for 50%.
       */
      static averageUtilization(averageUtilization) {
        return new _MetricTarget({
          type: "Utilization",
          averageUtilization
        });
      }
      /**
       * @internal
       */
      _toKube() {
        return this.metric;
      }
    };
    exports.MetricTarget = MetricTarget;
    _c = JSII_RTTI_SYMBOL_1;
    MetricTarget[_c] = { fqn: "cdk8s-plus-27.MetricTarget", version: "2.9.5" };
    var ScalingStrategy;
    (function(ScalingStrategy2) {
      ScalingStrategy2["MAX_CHANGE"] = "Max";
      ScalingStrategy2["MIN_CHANGE"] = "Min";
      ScalingStrategy2["DISABLED"] = "Disabled";
    })(ScalingStrategy = exports.ScalingStrategy || (exports.ScalingStrategy = {}));
    var Replicas = class _Replicas {
      constructor(replicas) {
        this.replicas = replicas;
      }
      /**
       * Changes the pods by a percentage of the it's current value.
       *
       * @param value The percentage of change to apply. Must be greater than 0.
       */
      static percent(value) {
        return new _Replicas({
          type: "Percent",
          value
        });
      }
      /**
       * Changes the pods by a percentage of the it's current value.
       *
       * @param value The amount of change to apply. Must be greater than 0.
       */
      static absolute(value) {
        return new _Replicas({
          type: "Pods",
          value
        });
      }
      /**
       * @internal
       */
      _toKube() {
        return {
          type: this.replicas.type,
          value: this.replicas.value
        };
      }
    };
    exports.Replicas = Replicas;
    _d = JSII_RTTI_SYMBOL_1;
    Replicas[_d] = { fqn: "cdk8s-plus-27.Replicas", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/daemon-set.js
var require_daemon_set = __commonJS({
  "node_modules/cdk8s-plus-27/lib/daemon-set.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DaemonSet = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var cdk8s_1 = require_lib2();
    var k8s2 = require_k8s();
    var workload = require_workload();
    var DaemonSet = class extends workload.Workload {
      constructor(scope, id, props = {}) {
        super(scope, id, props);
        this.resourceType = "daemonsets";
        this.apiObject = new k8s2.KubeDaemonSet(this, "Resource", {
          metadata: props.metadata,
          spec: cdk8s_1.Lazy.any({ produce: () => this._toKube() })
        });
        this.minReadySeconds = props.minReadySeconds ?? 0;
        if (this.isolate) {
          this.connections.isolate();
        }
      }
      /**
       * @internal
       */
      _toKube() {
        return {
          minReadySeconds: this.minReadySeconds,
          template: {
            metadata: this.podMetadata.toJson(),
            spec: this._toPodSpec()
          },
          selector: this._toLabelSelector()
        };
      }
    };
    exports.DaemonSet = DaemonSet;
    _a = JSII_RTTI_SYMBOL_1;
    DaemonSet[_a] = { fqn: "cdk8s-plus-27.DaemonSet", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/api-resource.generated.js
var require_api_resource_generated = __commonJS({
  "node_modules/cdk8s-plus-27/lib/api-resource.generated.js"(exports) {
    "use strict";
    var _a;
    var _b;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NonApiResource = exports.ApiResource = void 0;
    var JSII_RTTI_SYMBOL_1 = /* @__PURE__ */ Symbol.for("jsii.rtti");
    var ApiResource = class _ApiResource {
      constructor(options) {
        this.apiGroup = options.apiGroup;
        this.resourceType = options.resourceType;
      }
      /**
       * API resource information for a custom resource type.
       */
      static custom(options) {
        return new _ApiResource(options);
      }
      asApiResource() {
        return this;
      }
      asNonApiResource() {
        return void 0;
      }
    };
    exports.ApiResource = ApiResource;
    _a = JSII_RTTI_SYMBOL_1;
    ApiResource[_a] = { fqn: "cdk8s-plus-27.ApiResource", version: "2.9.5" };
    ApiResource.BINDINGS = new ApiResource({
      apiGroup: "",
      resourceType: "bindings"
    });
    ApiResource.COMPONENT_STATUSES = new ApiResource({
      apiGroup: "",
      resourceType: "componentstatuses"
    });
    ApiResource.CONFIG_MAPS = new ApiResource({
      apiGroup: "",
      resourceType: "configmaps"
    });
    ApiResource.ENDPOINTS = new ApiResource({
      apiGroup: "",
      resourceType: "endpoints"
    });
    ApiResource.EVENTS = new ApiResource({
      apiGroup: "",
      resourceType: "events"
    });
    ApiResource.LIMIT_RANGES = new ApiResource({
      apiGroup: "",
      resourceType: "limitranges"
    });
    ApiResource.NAMESPACES = new ApiResource({
      apiGroup: "",
      resourceType: "namespaces"
    });
    ApiResource.NODES = new ApiResource({
      apiGroup: "",
      resourceType: "nodes"
    });
    ApiResource.PERSISTENT_VOLUME_CLAIMS = new ApiResource({
      apiGroup: "",
      resourceType: "persistentvolumeclaims"
    });
    ApiResource.PERSISTENT_VOLUMES = new ApiResource({
      apiGroup: "",
      resourceType: "persistentvolumes"
    });
    ApiResource.PODS = new ApiResource({
      apiGroup: "",
      resourceType: "pods"
    });
    ApiResource.POD_TEMPLATES = new ApiResource({
      apiGroup: "",
      resourceType: "podtemplates"
    });
    ApiResource.REPLICATION_CONTROLLERS = new ApiResource({
      apiGroup: "",
      resourceType: "replicationcontrollers"
    });
    ApiResource.RESOURCE_QUOTAS = new ApiResource({
      apiGroup: "",
      resourceType: "resourcequotas"
    });
    ApiResource.SECRETS = new ApiResource({
      apiGroup: "",
      resourceType: "secrets"
    });
    ApiResource.SERVICE_ACCOUNTS = new ApiResource({
      apiGroup: "",
      resourceType: "serviceaccounts"
    });
    ApiResource.SERVICES = new ApiResource({
      apiGroup: "",
      resourceType: "services"
    });
    ApiResource.MUTATING_WEBHOOK_CONFIGURATIONS = new ApiResource({
      apiGroup: "admissionregistration.k8s.io",
      resourceType: "mutatingwebhookconfigurations"
    });
    ApiResource.VALIDATING_WEBHOOK_CONFIGURATIONS = new ApiResource({
      apiGroup: "admissionregistration.k8s.io",
      resourceType: "validatingwebhookconfigurations"
    });
    ApiResource.CUSTOM_RESOURCE_DEFINITIONS = new ApiResource({
      apiGroup: "apiextensions.k8s.io",
      resourceType: "customresourcedefinitions"
    });
    ApiResource.API_SERVICES = new ApiResource({
      apiGroup: "apiregistration.k8s.io",
      resourceType: "apiservices"
    });
    ApiResource.CONTROLLER_REVISIONS = new ApiResource({
      apiGroup: "apps",
      resourceType: "controllerrevisions"
    });
    ApiResource.DAEMON_SETS = new ApiResource({
      apiGroup: "apps",
      resourceType: "daemonsets"
    });
    ApiResource.DEPLOYMENTS = new ApiResource({
      apiGroup: "apps",
      resourceType: "deployments"
    });
    ApiResource.REPLICA_SETS = new ApiResource({
      apiGroup: "apps",
      resourceType: "replicasets"
    });
    ApiResource.STATEFUL_SETS = new ApiResource({
      apiGroup: "apps",
      resourceType: "statefulsets"
    });
    ApiResource.TOKEN_REVIEWS = new ApiResource({
      apiGroup: "authentication.k8s.io",
      resourceType: "tokenreviews"
    });
    ApiResource.LOCAL_SUBJECT_ACCESS_REVIEWS = new ApiResource({
      apiGroup: "authorization.k8s.io",
      resourceType: "localsubjectaccessreviews"
    });
    ApiResource.SELF_SUBJECT_ACCESS_REVIEWS = new ApiResource({
      apiGroup: "authorization.k8s.io",
      resourceType: "selfsubjectaccessreviews"
    });
    ApiResource.SELF_SUBJECT_RULES_REVIEWS = new ApiResource({
      apiGroup: "authorization.k8s.io",
      resourceType: "selfsubjectrulesreviews"
    });
    ApiResource.SUBJECT_ACCESS_REVIEWS = new ApiResource({
      apiGroup: "authorization.k8s.io",
      resourceType: "subjectaccessreviews"
    });
    ApiResource.HORIZONTAL_POD_AUTOSCALERS = new ApiResource({
      apiGroup: "autoscaling",
      resourceType: "horizontalpodautoscalers"
    });
    ApiResource.CRON_JOBS = new ApiResource({
      apiGroup: "batch",
      resourceType: "cronjobs"
    });
    ApiResource.JOBS = new ApiResource({
      apiGroup: "batch",
      resourceType: "jobs"
    });
    ApiResource.CERTIFICATE_SIGNING_REQUESTS = new ApiResource({
      apiGroup: "certificates.k8s.io",
      resourceType: "certificatesigningrequests"
    });
    ApiResource.LEASES = new ApiResource({
      apiGroup: "coordination.k8s.io",
      resourceType: "leases"
    });
    ApiResource.ENDPOINT_SLICES = new ApiResource({
      apiGroup: "discovery.k8s.io",
      resourceType: "endpointslices"
    });
    ApiResource.FLOW_SCHEMAS = new ApiResource({
      apiGroup: "flowcontrol.apiserver.k8s.io",
      resourceType: "flowschemas"
    });
    ApiResource.PRIORITY_LEVEL_CONFIGURATIONS = new ApiResource({
      apiGroup: "flowcontrol.apiserver.k8s.io",
      resourceType: "prioritylevelconfigurations"
    });
    ApiResource.INGRESS_CLASSES = new ApiResource({
      apiGroup: "networking.k8s.io",
      resourceType: "ingressclasses"
    });
    ApiResource.INGRESSES = new ApiResource({
      apiGroup: "networking.k8s.io",
      resourceType: "ingresses"
    });
    ApiResource.NETWORK_POLICIES = new ApiResource({
      apiGroup: "networking.k8s.io",
      resourceType: "networkpolicies"
    });
    ApiResource.RUNTIME_CLASSES = new ApiResource({
      apiGroup: "node.k8s.io",
      resourceType: "runtimeclasses"
    });
    ApiResource.POD_DISRUPTION_BUDGETS = new ApiResource({
      apiGroup: "policy",
      resourceType: "poddisruptionbudgets"
    });
    ApiResource.CLUSTER_ROLE_BINDINGS = new ApiResource({
      apiGroup: "rbac.authorization.k8s.io",
      resourceType: "clusterrolebindings"
    });
    ApiResource.CLUSTER_ROLES = new ApiResource({
      apiGroup: "rbac.authorization.k8s.io",
      resourceType: "clusterroles"
    });
    ApiResource.ROLE_BINDINGS = new ApiResource({
      apiGroup: "rbac.authorization.k8s.io",
      resourceType: "rolebindings"
    });
    ApiResource.ROLES = new ApiResource({
      apiGroup: "rbac.authorization.k8s.io",
      resourceType: "roles"
    });
    ApiResource.PRIORITY_CLASSES = new ApiResource({
      apiGroup: "scheduling.k8s.io",
      resourceType: "priorityclasses"
    });
    ApiResource.CSI_DRIVERS = new ApiResource({
      apiGroup: "storage.k8s.io",
      resourceType: "csidrivers"
    });
    ApiResource.CSI_NODES = new ApiResource({
      apiGroup: "storage.k8s.io",
      resourceType: "csinodes"
    });
    ApiResource.CSI_STORAGE_CAPACITIES = new ApiResource({
      apiGroup: "storage.k8s.io",
      resourceType: "csistoragecapacities"
    });
    ApiResource.STORAGE_CLASSES = new ApiResource({
      apiGroup: "storage.k8s.io",
      resourceType: "storageclasses"
    });
    ApiResource.VOLUME_ATTACHMENTS = new ApiResource({
      apiGroup: "storage.k8s.io",
      resourceType: "volumeattachments"
    });
    var NonApiResource = class _NonApiResource {
      constructor(nonResourceUrl) {
        this.nonResourceUrl = nonResourceUrl;
      }
      static of(url) {
        return new _NonApiResource(url);
      }
      asApiResource() {
        return void 0;
      }
      asNonApiResource() {
        return this.nonResourceUrl;
      }
    };
    exports.NonApiResource = NonApiResource;
    _b = JSII_RTTI_SYMBOL_1;
    NonApiResource[_b] = { fqn: "cdk8s-plus-27.NonApiResource", version: "2.9.5" };
  }
});

// node_modules/cdk8s-plus-27/lib/index.js
var require_lib3 = __commonJS({
  "node_modules/cdk8s-plus-27/lib/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      Object.defineProperty(o, k2, { enumerable: true, get: function() {
        return m[k];
      } });
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !exports2.hasOwnProperty(p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_base(), exports);
    __exportStar(require_config_map(), exports);
    __exportStar(require_container(), exports);
    __exportStar(require_cron_job(), exports);
    __exportStar(require_deployment(), exports);
    __exportStar(require_job(), exports);
    __exportStar(require_pod(), exports);
    __exportStar(require_secret(), exports);
    __exportStar(require_service_account(), exports);
    __exportStar(require_service(), exports);
    __exportStar(require_stateful_set(), exports);
    __exportStar(require_volume(), exports);
    __exportStar(require_ingress(), exports);
    __exportStar(require_probe(), exports);
    __exportStar(require_pvc(), exports);
    __exportStar(require_pv(), exports);
    __exportStar(require_handler(), exports);
    __exportStar(require_horizontal_pod_autoscaler(), exports);
    __exportStar(require_workload(), exports);
    __exportStar(require_daemon_set(), exports);
    __exportStar(require_role(), exports);
    __exportStar(require_role_binding(), exports);
    __exportStar(require_network_policy(), exports);
    __exportStar(require_namespace(), exports);
    __exportStar(require_api_resource_generated(), exports);
    exports.k8s = require_k8s();
  }
});

// src/render/manifest-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var import_util = __toESM(require_util(), 1);

// src/render/yaml-double-quoted.ts
var RAW = /[\x20-\x21\x23-\x5b\x5d-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/u;
var NAMED = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "	": "\\t", "\r": "\\r" };
function yamlDoubleQuoted(value) {
  let out = '"';
  for (const char of value) {
    const named = NAMED[char];
    if (named !== void 0) {
      out += named;
      continue;
    }
    if (RAW.test(char)) {
      out += char;
      continue;
    }
    const code = char.codePointAt(0);
    if (code >= 55296 && code <= 57343) throw new InternalError("a lone UTF-16 surrogate reached the YAML writer", { stage: "render" });
    out += code <= 255 ? `\\x${_hex(code, 2)}` : code <= 65535 ? `\\u${_hex(code, 4)}` : `\\U${_hex(code, 8)}`;
  }
  return out + '"';
}
function _hex(code, digits) {
  return code.toString(16).toUpperCase().padStart(digits, "0");
}

// src/render/manifest-yaml.ts
var NEEDS_ESCAPES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/u;
var NUMBER_LIKE = /^[-+]?(?:0[bBoOxX][0-9a-fA-F_]+|(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9_]+)?)$/;
var MERGE_TAG = "tag:yaml.org,2002:merge";
var PYYAML_TAGS = /* @__PURE__ */ new Set(["=", "<<"]);
var OPTIONS = {
  version: "1.1",
  lineWidth: 0,
  aliasDuplicateObjects: false,
  // No merge keys (the 1.1 schema has them): the string `<<` is a string like any other, quoted (see PYYAML_TAGS).
  merge: false,
  customTags: (tags) => tags.filter((tag) => typeof tag === "string" || tag.tag !== MERGE_TAG).map((tag) => tag === import_util.stringTag ? SAFE_STRING : tag)
};
var SAFE_STRING = {
  ...import_util.stringTag,
  stringify(item, ctx, onComment, onChompKeep) {
    const value = String(item.value);
    if (NEEDS_ESCAPES.test(value) || NUMBER_LIKE.test(value) || PYYAML_TAGS.has(value) || _plainTab(value)) return yamlDoubleQuoted(value);
    return import_util.stringTag.stringify(item, ctx, onComment, onChompKeep);
  }
};
function _plainTab(value) {
  return value.includes("	") && !value.includes("\n");
}
function manifestYaml(document) {
  return (0, import_yaml.stringify)(document, OPTIONS);
}

// src/render/render-kustomization.ts
var KUSTOMIZATION_FILE = "kustomization.yaml";
function renderKustomization(resources) {
  const sorted = [...resources].sort();
  return manifestYaml({
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources: sorted
  });
}

// src/render/object-size-limit.ts
var MAX_OBJECT_BYTES = 1.5 * 1024 * 1024;
var MAX_ANNOTATION_BYTES = 256 * 1024;
function checkObjectSizes(intent, rendered) {
  const context = { stage: "render", deviceId: intent.deviceId };
  for (const workload of intent.workloads) {
    const maps = [
      ["the Deployment's pod annotations (createOptions.Labels)", workload.podAnnotations],
      ["the Service's annotations (createOptions.Labels)", workload.service && { ...workload.annotations, ...workload.service.annotations }]
    ];
    for (const [what, map] of maps) {
      const bytes = map === void 0 ? 0 : _mapBytes(map);
      if (bytes > MAX_ANNOTATION_BYTES) {
        throw new ConfigError(`${what} total ${_size(bytes)}, more than the ${_size(MAX_ANNOTATION_BYTES)} Kubernetes accepts`, { ...context, module: workload.module });
      }
    }
  }
  for (const [name, content] of rendered.files) {
    if (name === KUSTOMIZATION_FILE) continue;
    if (content.length * 3 <= MAX_OBJECT_BYTES) continue;
    const bytes = Buffer.byteLength(content, "utf8");
    if (bytes > MAX_OBJECT_BYTES) {
      const module = _moduleOf(intent, name);
      throw new ConfigError(
        `${rendered.dir}/${name} would be ${_size(bytes)}, more than the ${_size(MAX_OBJECT_BYTES)} a Kubernetes API server accepts for one object (etcd's default request limit)`,
        { ...context, ...module !== void 0 ? { module } : {} }
      );
    }
  }
}
function _mapBytes(map) {
  let bytes = 0;
  for (const [key, value] of Object.entries(map)) bytes += Buffer.byteLength(key, "utf8") + Buffer.byteLength(value, "utf8");
  return bytes;
}
function _moduleOf(intent, file) {
  for (const workload of intent.workloads) {
    if ([`deployment-${workload.name}.yaml`, `service-${workload.name}.yaml`, `serviceaccount-${workload.name}.yaml`, `configmap-${workload.name}-twin.yaml`].includes(file)) return workload.module;
  }
  return void 0;
}
function _size(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

// src/model/locate-source.ts
function locateSource(merged, twin, path) {
  let found;
  for (const write of merged.writes) {
    if (write.twin !== twin) continue;
    const n = Math.min(write.path.length, path.length);
    let prefix = true;
    for (let i = 0; i < n; i++) if (write.path[i] !== path[i]) {
      prefix = false;
      break;
    }
    if (prefix) found = write;
  }
  if (found !== void 0) {
    const rest = found.path.length < path.length ? path.slice(found.path.length) : [];
    return { configurationId: found.source.configurationId, jsonPath: jsonPathOf(found.source.jsonPath, ...rest) };
  }
  const fallback = merged.writes.find((w) => w.twin === twin) ?? merged.writes[0];
  return {
    configurationId: fallback?.source.configurationId ?? "",
    jsonPath: jsonPathOf(MODULES_CONTENT_PATH, twin, "properties.desired", ...path)
  };
}

// src/model/strip-twin-metadata.ts
var METADATA_KEYS = /* @__PURE__ */ new Set(["$metadata", "$version"]);
function stripTwinMetadata(desired) {
  return _strip(desired);
}
function _strip(value) {
  if (Array.isArray(value)) return value.map(_strip);
  if (!isJsonObject(value)) return value;
  const copy = {};
  for (const [key, inner] of Object.entries(value)) {
    if (METADATA_KEYS.has(key)) continue;
    Object.defineProperty(copy, key, { value: _strip(inner), writable: true, enumerable: true, configurable: true });
  }
  return copy;
}

// src/model/parse-manifest.ts
var DEFAULT_TIME_TO_LIVE_SECS = 7200;
var AGENT = "$edgeAgent";
var HUB = "$edgeHub";
var STATUSES = ["running", "stopped"];
var RESTART_POLICIES = ["always", "never", "on-failure", "on-unhealthy"];
var PULL_POLICIES = ["on-create", "never"];
function parseDeviceManifest(merged, deviceId) {
  const errors = [];
  const warnings = [];
  const twins = {};
  for (const [name, desired] of Object.entries(merged.twins)) _define(twins, name, stripTwinMetadata(desired));
  const convert = (twin, problems) => {
    const result = problemsToErrors(problems, [], (path) => locateSource(merged, twin, path), { deviceId });
    errors.push(...result.errors);
    warnings.push(...result.warnings);
  };
  const agentDoc = twins[AGENT];
  const hubDoc = twins[HUB];
  for (const [twin, doc] of [[AGENT, agentDoc], [HUB, hubDoc]]) {
    if (doc === void 0) {
      errors.push(
        new ConfigError(`no ${twin}["properties.desired"]: only a base deployment supplies it, and none was merged for this device`, {
          stage: "model",
          configurationId: merged.writes[0]?.source.configurationId ?? "",
          deviceId,
          module: twin,
          jsonPath: jsonPathOf(MODULES_CONTENT_PATH, twin)
        })
      );
    }
  }
  if (agentDoc === void 0 || hubDoc === void 0) return { manifest: null, errors, warnings };
  const agentProblems = [];
  const agentVersion = checkEdgeAgentDesired(agentDoc, agentProblems, { moduleLimit: false });
  convert(AGENT, agentProblems);
  const hubProblems = [];
  const hub = checkEdgeHubDesired(hubDoc, hubProblems);
  convert(HUB, hubProblems);
  if (errors.length > 0 || agentVersion === void 0 || hub.version === void 0) return { manifest: null, errors, warnings };
  const at = (twin, path) => locateSource(merged, twin, path);
  const system = agentDoc["systemModules"];
  const modules = agentDoc["modules"];
  const runtimeSettings = isJsonObject(agentDoc["runtime"]) ? agentDoc["runtime"]["settings"] : void 0;
  const credentials = isJsonObject(runtimeSettings) && isJsonObject(runtimeSettings["registryCredentials"]) ? runtimeSettings["registryCredentials"] : {};
  const routes = hub.routes.map((entry) => ({
    name: entry.name,
    route: entry.route,
    ...entry.priority !== void 0 ? { priority: entry.priority } : {},
    ...entry.timeToLiveSecs !== void 0 ? { timeToLiveSecs: entry.timeToLiveSecs } : {},
    modules: entry.parsed.modules,
    source: at(HUB, ["routes", entry.name])
  }));
  const storeAndForward = hubDoc["storeAndForwardConfiguration"];
  const ttl = isJsonObject(storeAndForward) ? storeAndForward["timeToLiveSecs"] : void 0;
  const hubSpec = {
    schemaVersion: hub.version,
    routes: routes.sort((a, b) => compareOrdinal(a.name, b.name)),
    timeToLiveSecs: typeof ttl === "number" ? ttl : DEFAULT_TIME_TO_LIVE_SECS,
    ...hubDoc["mqttBroker"] !== void 0 ? { mqttBroker: hubDoc["mqttBroker"] } : {},
    raw: hubDoc,
    source: _wholeDocumentSource(merged, HUB)
  };
  const manifest = {
    agentSchemaVersion: agentVersion,
    edgeAgent: _moduleSpec("$edgeAgent", true, system["edgeAgent"], ["systemModules", "edgeAgent"], at),
    edgeHub: _moduleSpec("$edgeHub", true, system["edgeHub"], ["systemModules", "edgeHub"], at),
    modules: Object.keys(modules).sort(compareOrdinal).map((name) => _moduleSpec(name, false, modules[name], ["modules", name], at)),
    registryCredentials: Object.keys(credentials).sort(compareOrdinal).map((name) => _credential(name, credentials[name], at(AGENT, ["runtime", "settings", "registryCredentials", name]))),
    hub: hubSpec,
    moduleTwins: Object.keys(twins).filter((name) => name !== AGENT && name !== HUB).sort(compareOrdinal).map((name) => ({ module: name, desired: twins[name], source: at(name, []) }))
  };
  return { manifest, errors, warnings };
}
function _moduleSpec(name, system, module, path, at) {
  const settings = isJsonObject(module["settings"]) ? module["settings"] : {};
  const { options, form, readings } = parseCreateOptions(settings, []);
  const envValue = module["env"];
  const env = [];
  if (isJsonObject(envValue)) {
    for (const key of Object.keys(envValue).sort(compareOrdinal)) {
      const entry = envValue[key];
      const value = isJsonObject(entry) ? entry["value"] : void 0;
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
        env.push({ name: key, value, source: at(AGENT, [...path, "env", key]) });
      }
    }
  }
  const status = module["status"];
  const restartPolicy = module["restartPolicy"];
  const imagePullPolicy = module["imagePullPolicy"];
  const startupOrder = module["startupOrder"];
  const version = module["version"];
  const image = settings["image"];
  return {
    name,
    system,
    type: typeof module["type"] === "string" ? module["type"] : "docker",
    ...typeof version === "string" ? { version } : {},
    status: typeof status === "string" && STATUSES.includes(status) ? status : "running",
    restartPolicy: typeof restartPolicy === "string" && RESTART_POLICIES.includes(restartPolicy) ? restartPolicy : "always",
    ...typeof imagePullPolicy === "string" && PULL_POLICIES.includes(imagePullPolicy) ? { imagePullPolicy } : {},
    ...typeof startupOrder === "number" ? { startupOrder } : {},
    image: typeof image === "string" ? image.trim() : "",
    createOptions: options,
    createOptionsForm: form,
    createOptionsReadings: readings,
    env,
    source: at(AGENT, path),
    raw: module
  };
}
function _credential(name, value, source) {
  const text = (key) => typeof value[key] === "string" ? value[key] : "";
  return { name, address: text("address"), username: text("username"), password: text("password"), source };
}
function _wholeDocumentSource(merged, twin) {
  const whole = merged.writes.find((w) => w.twin === twin && w.path.length === 0) ?? merged.writes.find((w) => w.twin === twin);
  return whole?.source ?? locateSource(merged, twin, []);
}
function _define(target, key, value) {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

// src/targeting/compile-target-condition.ts
function compileTargetCondition(condition) {
  if (condition.kind === "all") return () => true;
  if (condition.kind === "none") return () => false;
  const predicate = _compileNode(condition);
  return (twin) => predicate(twin) === true;
}
function _compileNode(node) {
  switch (node.kind) {
    case "and": {
      const operands = node.operands.map(_compileNode);
      return (twin) => {
        let result = true;
        for (const operand of operands) {
          const value = operand(twin);
          if (value === false) return false;
          if (value === void 0) result = void 0;
        }
        return result;
      };
    }
    case "or": {
      const operands = node.operands.map(_compileNode);
      return (twin) => {
        let result = false;
        for (const operand of operands) {
          const value = operand(twin);
          if (value === true) return true;
          if (value === void 0) result = void 0;
        }
        return result;
      };
    }
    case "not": {
      const operand = _compileNode(node.operand);
      return (twin) => {
        const value = operand(twin);
        return value === void 0 ? void 0 : !value;
      };
    }
    case "is-defined": {
      const get = _compileOperand(node.path);
      return (twin) => get(twin) !== void 0;
    }
    case "compare": {
      const left = _compileOperand(node.left);
      const right = _compileOperand(node.right);
      const compare = _comparator(node.operator);
      return (twin) => compare(left(twin), right(twin));
    }
    case "in": {
      const get = _compileOperand(node.operand);
      const values = node.values;
      const negated = node.negated;
      return (twin) => {
        const value = get(twin);
        let result = false;
        for (const candidate of values) {
          const equal = _equals(value, candidate);
          if (equal === true) {
            result = true;
            break;
          }
          if (equal === void 0) result = void 0;
        }
        return result === void 0 ? void 0 : negated ? !result : result;
      };
    }
  }
}
function _compileOperand(operand) {
  if (operand.kind === "literal") {
    const value = operand.value;
    return () => value;
  }
  const segments = operand.segments;
  return (twin) => {
    let current = twin;
    for (const segment of segments) {
      if (typeof current !== "object" || current === null || Array.isArray(current)) return void 0;
      if (!Object.prototype.hasOwnProperty.call(current, segment)) return void 0;
      current = current[segment];
    }
    return current;
  };
}
function _primitiveType(value) {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return typeof value;
    default:
      return void 0;
  }
}
function _equals(a, b) {
  const type = _primitiveType(a);
  if (type === void 0 || type !== _primitiveType(b)) return void 0;
  return a === b;
}
function _order(a, b) {
  const type = _primitiveType(a);
  if (type !== "number" && type !== "string" || type !== _primitiveType(b)) return void 0;
  const x = a;
  const y = b;
  return x < y ? -1 : x > y ? 1 : 0;
}
function _comparator(operator) {
  switch (operator) {
    case "=":
      return _equals;
    case "!=":
    case "<>":
      return (a, b) => {
        const equal = _equals(a, b);
        return equal === void 0 ? void 0 : !equal;
      };
    case "<":
      return (a, b) => _test(_order(a, b), (o) => o < 0);
    case "<=":
      return (a, b) => _test(_order(a, b), (o) => o <= 0);
    case ">":
      return (a, b) => _test(_order(a, b), (o) => o > 0);
    case ">=":
      return (a, b) => _test(_order(a, b), (o) => o >= 0);
  }
}
function _test(order, accept) {
  return order === void 0 ? void 0 : accept(order);
}

// src/targeting/target-condition-error.ts
var TargetConditionError = class _TargetConditionError extends ConfigError {
  /** 0-based character offset of the offending token in the condition text. */
  position;
  constructor(message, position, context = {}) {
    super(message, { stage: "targeting", jsonPath: "targetCondition", ...context });
    this.position = position;
  }
  /** The same error with more context (e.g. `configurationId`); position and message are kept. */
  withContext(context) {
    return new _TargetConditionError(this.message, this.position, {
      stage: this.stage,
      configurationId: this.configurationId,
      deviceId: this.deviceId,
      module: this.module,
      jsonPath: this.jsonPath,
      ...context
    });
  }
};

// src/targeting/target-condition-lexer.ts
var IDENTIFIER_START = /[A-Za-z_$]/;
var IDENTIFIER_PART = /[A-Za-z0-9_-]/;
var DIGIT = /[0-9]/;
var HEX_DIGIT = /[0-9A-Fa-f]/;
var SIMPLE_ESCAPES = {
  "'": "'",
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	"
};
function lexTargetCondition(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === "'" || c === '"') {
      const { value, end } = _readString(text, i);
      tokens.push({ kind: "string", text: text.slice(start, end), value, position: start });
      i = end;
    } else if (DIGIT.test(c) || c === "-" && DIGIT.test(text[i + 1] ?? "")) {
      const { value, end } = _readNumber(text, i);
      tokens.push({ kind: "number", text: text.slice(start, end), value, position: start });
      i = end;
    } else if (IDENTIFIER_START.test(c)) {
      i++;
      while (i < text.length && IDENTIFIER_PART.test(text[i])) i++;
      const word = text.slice(start, i);
      tokens.push({ kind: "identifier", text: word, value: word, position: start });
    } else if (c === "<" || c === ">" || c === "=" || c === "!") {
      const two = text.slice(i, i + 2);
      const op = two === "<=" || two === ">=" || two === "<>" || two === "!=" ? two : c;
      if (op === "!") {
        throw new TargetConditionError(`unexpected '!' at position ${start}: did you mean '!='?`, start);
      }
      tokens.push({ kind: "operator", text: op, value: op, position: start });
      i += op.length;
    } else if (c === "(" || c === ")" || c === "[" || c === "]" || c === "," || c === ".") {
      const kind = c === "(" ? "lparen" : c === ")" ? "rparen" : c === "[" ? "lbracket" : c === "]" ? "rbracket" : c === "," ? "comma" : "dot";
      tokens.push({ kind, text: c, value: c, position: start });
      i++;
    } else if (c === "+" || c === "-" || c === "*" || c === "/" || c === "%") {
      throw new TargetConditionError(
        `arithmetic operator '${c}' at position ${start} is not supported in target conditions` + (c === "*" ? " ('*' alone is the whole condition that targets every device)" : ""),
        start
      );
    } else {
      throw new TargetConditionError(`unexpected character ${JSON.stringify(c)} at position ${start}`, start);
    }
  }
  tokens.push({ kind: "end", text: "", value: "", position: text.length });
  return tokens;
}
function _readString(text, start) {
  const quote = text[start];
  let value = "";
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === quote) {
      if (text[i + 1] === quote) {
        value += quote;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    if (c === "\\") {
      const e = text[i + 1];
      if (e === void 0) break;
      if (e === "u") {
        const hex = text.slice(i + 2, i + 6);
        if (hex.length !== 4 || ![...hex].every((h) => HEX_DIGIT.test(h))) {
          throw new TargetConditionError(`invalid \\u escape at position ${i}: expected 4 hex digits`, i);
        }
        value += String.fromCharCode(parseInt(hex, 16));
        i += 6;
        continue;
      }
      const simple = SIMPLE_ESCAPES[e];
      if (simple === void 0) {
        throw new TargetConditionError(`unknown escape '\\${e}' at position ${i} in a string literal`, i);
      }
      value += simple;
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  throw new TargetConditionError(`unterminated string starting at position ${start}: missing closing ${quote}`, start);
}
function _readNumber(text, start) {
  let i = start;
  const negative = text[i] === "-";
  if (negative) i++;
  let value;
  if (text[i] === "0" && (text[i + 1] === "x" || text[i + 1] === "X")) {
    const digitsStart = i + 2;
    i = digitsStart;
    while (i < text.length && HEX_DIGIT.test(text[i])) i++;
    if (i === digitsStart) {
      throw new TargetConditionError(`hex number at position ${start} has no digits after '0x'`, start);
    }
    value = parseInt(text.slice(digitsStart, i), 16);
  } else {
    while (i < text.length && DIGIT.test(text[i])) i++;
    if (text[i] === ".") {
      i++;
      const fractionStart = i;
      while (i < text.length && DIGIT.test(text[i])) i++;
      if (i === fractionStart) {
        throw new TargetConditionError(`number at position ${start} has no digits after the decimal point`, start);
      }
    }
    if (text[i] === "e" || text[i] === "E") {
      let j = i + 1;
      if (text[j] === "+" || text[j] === "-") j++;
      const exponentStart = j;
      while (j < text.length && DIGIT.test(text[j])) j++;
      if (j === exponentStart) {
        throw new TargetConditionError(`number at position ${start} has no digits in its exponent`, start);
      }
      i = j;
    }
    value = Number(text.slice(negative ? start + 1 : start, i));
  }
  if (i < text.length && (IDENTIFIER_PART.test(text[i]) || text[i] === ".")) {
    throw new TargetConditionError(`malformed number at position ${start}`, start);
  }
  if (!Number.isFinite(value)) {
    throw new TargetConditionError(`number at position ${start} is too large`, start);
  }
  return { value: negative ? -value : value, end: i };
}

// src/targeting/target-condition.ts
var ROUTING_ONLY_FUNCTIONS = [
  "ABS",
  "AS_NUMBER",
  "CEILING",
  "CONCAT",
  "CONTAINS",
  "ENDS_WITH",
  "EXP",
  "FLOOR",
  "INDEX_OF",
  "IS_ARRAY",
  "IS_BOOL",
  "IS_NULL",
  "IS_NUMBER",
  "IS_OBJECT",
  "IS_PRIMITIVE",
  "IS_STRING",
  "LENGTH",
  "LOWER",
  "POWER",
  "SIGN",
  "SQRT",
  "SQUARE",
  "STARTS_WITH",
  "SUBSTRING",
  "UPPER"
];
var RESERVED_WORDS = ["AND", "OR", "NOT", "IN", "NIN", "TRUE", "FALSE", "NULL", "UNDEFINED"];
var MAX_NESTING = 100;
function parseTargetCondition(text) {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "none" };
  if (trimmed === "*") return { kind: "all" };
  return new _Parser(lexTargetCondition(text)).parse();
}
function _describe(token) {
  return token.kind === "end" ? "the end of the condition" : `'${token.text}'`;
}
function _isKeyword(token, word) {
  return token.kind === "identifier" && token.text.toUpperCase() === word;
}
var _Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  index = 0;
  depth = 0;
  parse() {
    const node = this.parseOr();
    const next = this.peek();
    if (next.kind !== "end") {
      throw this.error(next, "expected AND, OR or the end of the condition");
    }
    return node;
  }
  peek(offset = 0) {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
  }
  next() {
    const token = this.peek();
    if (token.kind !== "end") this.index++;
    return token;
  }
  error(token, expected) {
    return new TargetConditionError(`unexpected ${_describe(token)} at position ${token.position}: ${expected}`, token.position);
  }
  expect(kind, expected) {
    const token = this.peek();
    if (token.kind !== kind) throw this.error(token, expected);
    return this.next();
  }
  enter(token) {
    if (++this.depth > MAX_NESTING) {
      throw new TargetConditionError(`condition nested deeper than ${MAX_NESTING} levels at position ${token.position}`, token.position);
    }
  }
  parseOr() {
    const operands = [this.parseAnd()];
    while (_isKeyword(this.peek(), "OR")) {
      this.next();
      operands.push(this.parseAnd());
    }
    return operands.length === 1 ? operands[0] : { kind: "or", operands };
  }
  parseAnd() {
    const operands = [this.parseNot()];
    while (_isKeyword(this.peek(), "AND")) {
      this.next();
      operands.push(this.parseNot());
    }
    return operands.length === 1 ? operands[0] : { kind: "and", operands };
  }
  parseNot() {
    const token = this.peek();
    if (!_isKeyword(token, "NOT")) return this.parsePrimary();
    this.next();
    this.enter(token);
    const operand = this.parseNot();
    this.depth--;
    return { kind: "not", operand };
  }
  parsePrimary() {
    const token = this.peek();
    if (token.kind === "lparen") {
      this.next();
      this.enter(token);
      const inner = this.parseOr();
      this.depth--;
      this.expect("rparen", `expected ')' to close the '(' at position ${token.position}`);
      return inner;
    }
    if (token.kind === "identifier" && this.peek(1).kind === "lparen") return this.parseFunction();
    const left = this.parseOperand();
    const op = this.peek();
    if (op.kind === "operator") {
      this.next();
      return { kind: "compare", operator: op.value, left, right: this.parseOperand() };
    }
    if (_isKeyword(op, "IN") || _isKeyword(op, "NIN")) {
      this.next();
      return { kind: "in", negated: _isKeyword(op, "NIN"), operand: left, values: this.parseArray() };
    }
    throw this.error(op, "expected a comparison operator (= != <> < <= > >=), IN or NIN");
  }
  parseFunction() {
    const name = this.next();
    const upper = name.text.toUpperCase();
    if (upper !== "IS_DEFINED") {
      const why = ROUTING_ONLY_FUNCTIONS.includes(upper) ? `function ${upper} is valid only in message routing queries, not in target conditions (only IS_DEFINED is)` : `unknown function '${name.text}' (target conditions support only IS_DEFINED)`;
      throw new TargetConditionError(`${why}, at position ${name.position}`, name.position);
    }
    this.expect("lparen", "expected '(' after IS_DEFINED");
    const argument = this.peek();
    const path = this.parseOperand();
    if (path.kind !== "path") throw this.error(argument, "IS_DEFINED takes a property path");
    this.expect("rparen", "expected ')' after the IS_DEFINED argument");
    return { kind: "is-defined", path };
  }
  parseOperand() {
    const token = this.next();
    switch (token.kind) {
      case "string":
      case "number":
        return { kind: "literal", value: token.value };
      case "identifier": {
        const literal = this.keywordLiteral(token);
        if (literal !== null) return literal;
        if (RESERVED_WORDS.includes(token.text.toUpperCase())) {
          throw this.error(token, "expected a property path or a constant");
        }
        if (this.peek().kind === "lparen") {
          throw this.error(token, "functions can only be used as a whole clause (IS_DEFINED(path))");
        }
        const segments = [token.text];
        while (this.peek().kind === "dot") {
          this.next();
          segments.push(this.expect("identifier", "expected a property name after '.'").text);
        }
        return { kind: "path", segments };
      }
      case "lbracket":
        throw this.error(token, "array constants are allowed only after IN or NIN");
      default:
        throw this.error(token, "expected a property path or a constant");
    }
  }
  keywordLiteral(token) {
    switch (token.text.toUpperCase()) {
      case "TRUE":
        return { kind: "literal", value: true };
      case "FALSE":
        return { kind: "literal", value: false };
      case "NULL":
        return { kind: "literal", value: null };
      case "UNDEFINED":
        return { kind: "literal", value: void 0 };
      default:
        return null;
    }
  }
  parseArray() {
    this.expect("lbracket", "expected '[' to start the list after IN/NIN");
    const values = [];
    for (; ; ) {
      const token = this.peek();
      const operand = this.parseOperand();
      if (operand.kind !== "literal") throw this.error(token, "IN/NIN lists hold constants only");
      values.push(operand.value);
      const separator = this.next();
      if (separator.kind === "rbracket") return values;
      if (separator.kind !== "comma") throw this.error(separator, "expected ',' or ']' in the IN/NIN list");
    }
  }
};

// src/targeting/compile-deployments.ts
function compileDeployments(model) {
  return model.deployments.map((deployment) => {
    const errors = model.deploymentErrors.get(deployment.id) ?? [];
    try {
      const condition = parseTargetCondition(deployment.targetCondition);
      return { deployment, condition, matches: compileTargetCondition(condition), conditionError: null, errors };
    } catch (error) {
      if (!(error instanceof TargetConditionError)) throw error;
      const conditionError = error.withContext({ configurationId: deployment.id });
      return { deployment, condition: null, matches: null, conditionError, errors };
    }
  });
}

// src/targeting/deployment-precedence.ts
function compareDeploymentPrecedence(a, b) {
  if (a.priority !== b.priority) return a.priority - b.priority;
  const ta = createdTimeValue(a.createdTimeUtc);
  const tb = createdTimeValue(b.createdTimeUtc);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
function precedenceKey(a, b) {
  if (a.priority !== b.priority) return "priority";
  if (createdTimeValue(a.createdTimeUtc) !== createdTimeValue(b.createdTimeUtc)) return "createdTimeUtc";
  return a.id === b.id ? "same" : "id";
}
var HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;
var HAS_TIME = /T/i;
function createdTimeValue(text) {
  const trimmed = text.trim();
  if (trimmed === "") return -Infinity;
  const value = Date.parse(HAS_TIME.test(trimmed) && !HAS_ZONE.test(trimmed) ? `${trimmed}Z` : trimmed);
  return Number.isNaN(value) ? -Infinity : value;
}

// src/targeting/isolation-errors.ts
function isolationErrors(device, selection, compiled) {
  const errors = [];
  const applied = selection.base === null ? [] : [selection.base, ...selection.layers];
  for (const c of applied) errors.push(...c.errors);
  const base = selection.base?.deployment ?? null;
  for (const c of compiled) {
    if (c.conditionError === null) continue;
    const d = c.deployment;
    const couldChange = d.kind === "base" ? base === null || compareDeploymentPrecedence(d, base) > 0 : base !== null && d.priority > base.priority;
    if (!couldChange) continue;
    const role = d.kind === "base" ? base === null ? "become its base" : `replace its base '${base.id}'` : "be layered on its base";
    errors.push(
      new TargetConditionError(`${c.conditionError.message} (had it matched, this deployment would ${role}, so the device keeps its last good output)`, c.conditionError.position, {
        stage: "targeting",
        configurationId: d.id,
        deviceId: device.deviceId,
        jsonPath: "targetCondition"
      })
    );
  }
  return errors;
}

// src/targeting/twin-size-limit.ts
var MAX_DESIRED_BYTES = 32 * 1024;
function twinSizeErrors(merged, deviceId) {
  const errors = [];
  for (const [twin, desired] of Object.entries(merged.twins)) {
    const bytes = Buffer.byteLength(JSON.stringify(desired), "utf8");
    if (bytes <= MAX_DESIRED_BYTES) continue;
    const last = [...merged.writes].reverse().find((w) => w.twin === twin);
    errors.push(
      new ConfigError(
        `the merged desired properties of twin '${twin}' are ${(bytes / 1024).toFixed(1)} KB, more than the 32 KB IoT Hub accepts for a twin: IoT Hub would not apply these deployments to the device`,
        { stage: "targeting", deviceId, module: twin, jsonPath: jsonPathOf(MODULES_CONTENT_PATH, twin), ...last ? { configurationId: last.source.configurationId } : {} }
      )
    );
  }
  return errors;
}

// src/targeting/merge-layers.ts
var DESIRED_KEY = "properties.desired";
var SYSTEM_TWINS = ["$edgeAgent", "$edgeHub"];
function mergeLayers(base, layers, counter) {
  const twins = /* @__PURE__ */ new Map();
  const index = /* @__PURE__ */ new Map();
  const live = /* @__PURE__ */ new Set();
  let seq = 0;
  const errors = [];
  const overwrites = [];
  for (const deployment of [base, ...layers]) {
    for (const [twin, content] of Object.entries(deployment.modulesContent)) {
      const twinPath = jsonPathOf(MODULES_CONTENT_PATH, twin);
      const context = { stage: "targeting", configurationId: deployment.id, module: twin };
      if (!isJsonObject(content)) {
        errors.push(new ConfigError(`module content must be an object of 'properties.desired…' keys`, { ...context, jsonPath: twinPath }));
        continue;
      }
      for (const { key, path } of _orderedKeys(content)) {
        const jsonPath2 = jsonPathOf(twinPath, key);
        if (path === null) {
          errors.push(new ConfigError(`key '${key}' is neither 'properties.desired' nor 'properties.desired.<path>' with non-empty segments`, { ...context, jsonPath: jsonPath2 }));
          continue;
        }
        const value = content[key];
        if (path.length === 0 && !isJsonObject(value)) {
          errors.push(new ConfigError(`'properties.desired' must be an object`, { ...context, jsonPath: jsonPath2 }));
          continue;
        }
        const write = { twin, path, source: { configurationId: deployment.id, jsonPath: jsonPath2 }, deployment, seq: seq++ };
        const touched = _replaceWrites(index, live, write, counter);
        for (const earlier of touched) {
          if (_equalPriorityLayers(earlier.deployment, deployment, base)) overwrites.push({ twin, path, overwritten: earlier.deployment.id, winner: deployment.id });
        }
        _write(twins, twin, path, value);
      }
    }
  }
  if (errors.length > 0) return { merged: null, errors, overwrites };
  return {
    merged: { twins: _orderedTwins(twins), writes: [...live].map(({ twin, path, source }) => ({ twin, path, source })) },
    errors,
    overwrites
  };
}
function _replaceWrites(index, live, write, counter) {
  let node = index.get(write.twin);
  if (node === void 0) {
    node = { children: /* @__PURE__ */ new Map() };
    index.set(write.twin, node);
  }
  const touched = [];
  for (const segment of write.path) {
    if (counter) counter.steps++;
    if (node.write) touched.push(node.write);
    let child = node.children.get(segment);
    if (child === void 0) {
      child = { children: /* @__PURE__ */ new Map() };
      node.children.set(segment, child);
    }
    node = child;
  }
  const stack = [node];
  while (stack.length > 0) {
    const covered = stack.pop();
    if (counter) counter.steps++;
    if (covered.write) {
      touched.push(covered.write);
      live.delete(covered.write);
    }
    for (const child of covered.children.values()) stack.push(child);
  }
  node.children.clear();
  node.write = write;
  live.add(write);
  return touched.sort((a, b) => a.seq - b.seq);
}
function _orderedKeys(content) {
  const keys = Object.keys(content).map((key) => ({ key, path: _desiredPath(key) }));
  const depth = (p) => p === null ? -1 : p.length;
  return keys.sort((a, b) => depth(a.path) - depth(b.path) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
function _desiredPath(key) {
  if (key === DESIRED_KEY) return [];
  if (!key.startsWith(`${DESIRED_KEY}.`)) return null;
  const segments = key.slice(DESIRED_KEY.length + 1).split(".");
  return segments.some((s) => s === "") ? null : segments;
}
function _equalPriorityLayers(a, b, base) {
  return a !== b && a !== base && b !== base && a.priority === b.priority;
}
function _write(twins, twin, path, value) {
  if (path.length === 0) {
    twins.set(twin, _clone(value));
    return;
  }
  let target = twins.get(twin);
  if (target === void 0) {
    target = {};
    twins.set(twin, target);
  }
  for (const segment of path.slice(0, -1)) {
    const next = Object.prototype.hasOwnProperty.call(target, segment) ? target[segment] : void 0;
    if (isJsonObject(next)) {
      target = next;
    } else {
      const created = {};
      _set(target, segment, created);
      target = created;
    }
  }
  _set(target, path[path.length - 1], _clone(value));
}
function _set(target, key, value) {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
function _clone(value) {
  if (Array.isArray(value)) return value.map(_clone);
  if (!isJsonObject(value)) return value;
  const copy = {};
  for (const [key, inner] of Object.entries(value)) _set(copy, key, _clone(inner));
  return copy;
}
function _orderedTwins(twins) {
  const names = [...twins.keys()];
  const ordered = [
    ...SYSTEM_TWINS.filter((n) => twins.has(n)),
    ...names.filter((n) => !SYSTEM_TWINS.includes(n)).sort(compareOrdinal)
  ];
  const result = {};
  for (const name of ordered) _set(result, name, twins.get(name));
  return result;
}

// src/targeting/select-deployments.ts
function selectDeployments(twin, compiled) {
  const decisions = /* @__PURE__ */ new Map();
  const bases = [];
  const candidateLayers = [];
  for (const c of compiled) {
    if (c.matches === null) {
      decisions.set(c.deployment.id, _decision(c, "condition-error", c.conditionError?.message ?? "target condition does not parse"));
    } else if (c.matches(twin)) {
      (c.deployment.kind === "base" ? bases : candidateLayers).push(c);
    } else {
      const detail = c.condition?.kind === "none" ? "empty target condition: targets no device" : "target condition is not true for this twin";
      decisions.set(c.deployment.id, _decision(c, "condition-false", detail));
    }
  }
  let base = null;
  for (const candidate of bases) {
    if (base === null || compareDeploymentPrecedence(candidate.deployment, base.deployment) > 0) base = candidate;
  }
  for (const candidate of bases) {
    decisions.set(candidate.deployment.id, _baseDecision(candidate, base, bases));
  }
  const layers = [];
  for (const candidate of candidateLayers) {
    if (base === null) {
      decisions.set(candidate.deployment.id, _decision(candidate, "no-base", "matched, but no base deployment targets this device; a layer applies only on top of a base"));
    } else if (candidate.deployment.priority > base.deployment.priority) {
      layers.push(candidate);
    } else {
      decisions.set(
        candidate.deployment.id,
        _decision(candidate, "not-above-base", `matched, but priority ${candidate.deployment.priority} is not above the priority ${base.deployment.priority} of base '${base.deployment.id}'; a layer needs a strictly higher priority`)
      );
    }
  }
  layers.sort((a, b) => compareDeploymentPrecedence(a.deployment, b.deployment));
  layers.forEach((layer, i) => decisions.set(layer.deployment.id, _layerDecision(layer, i, layers, base)));
  const sorted = [...decisions.values()].sort((a, b) => a.configurationId < b.configurationId ? -1 : a.configurationId > b.configurationId ? 1 : 0);
  return { base, layers, decisions: sorted };
}
function _decision(c, reason, detail) {
  return { configurationId: c.deployment.id, kind: c.deployment.kind, priority: c.deployment.priority, reason, detail };
}
function _tieWords(key) {
  return key === "createdTimeUtc" ? "the newer createdTimeUtc" : "the larger id, as createdTimeUtc is equal too (IoT Hub does not document this tie)";
}
function _baseDecision(c, base, bases) {
  const d = c.deployment;
  const w = base.deployment;
  if (c === base) {
    const ties = bases.filter((o) => o !== c && o.deployment.priority === d.priority);
    let detail = `base deployment with the highest priority (${d.priority}) among ${bases.length} matching base deployment(s)`;
    for (const other of ties) {
      detail += `; won the tie with '${other.deployment.id}' by ${_tieWords(precedenceKey(d, other.deployment))}`;
    }
    return _decision(c, "applied-base", detail);
  }
  if (d.priority < w.priority) {
    return _decision(c, "lower-priority", `matched, but base '${w.id}' has a higher priority (${w.priority} > ${d.priority})`);
  }
  return _decision(c, "older-at-equal-priority", `matched, but base '${w.id}' has the same priority (${d.priority}) and wins by ${_tieWords(precedenceKey(w, d))}`);
}
function _layerDecision(c, index, layers, base) {
  const d = c.deployment;
  let detail = `layer applied ${index + 1} of ${layers.length} (priority ${d.priority} above the priority ${base.deployment.priority} of base '${base.deployment.id}'; later layers win per key)`;
  for (const other of layers) {
    const o = other.deployment;
    if (other === c || o.priority !== d.priority) continue;
    const after = compareDeploymentPrecedence(d, o) > 0;
    const key = after ? precedenceKey(d, o) : precedenceKey(o, d);
    detail += `; same priority as layer '${o.id}': applied ${after ? "after" : "before"} it, by ${_tieWords(key)}`;
  }
  return _decision(c, "applied-layer", detail);
}

// src/targeting/index.ts
function targetDevices(model) {
  const compiled = compileDeployments(model);
  return model.devices.map((device) => targetDevice(device, compiled, model.unusableDeployments));
}
function targetDevice(device, compiled, unusable = [], parseManifest = parseDeviceManifest) {
  const selection = selectDeployments(device.twin, compiled);
  const errors = isolationErrors(device, selection, compiled);
  for (const error of unusable) {
    errors.push(new ConfigError(`${error.message}; it could target this device, which keeps its last good output`, { stage: "targeting", configurationId: error.configurationId, deviceId: device.deviceId, jsonPath: error.jsonPath }));
  }
  const base = selection.base?.deployment ?? null;
  const layers = selection.layers.map((l) => l.deployment);
  let decisions = selection.decisions;
  let merged = null;
  if (base !== null) {
    const result = mergeLayers(base, layers);
    merged = result.merged;
    errors.push(...result.errors);
    if (merged !== null) errors.push(...twinSizeErrors(merged, device.deviceId));
    decisions = _noteOverwrites(decisions, result.overwrites);
  }
  let manifest = null;
  if (merged !== null && errors.length === 0) {
    const parsed = parseManifest(merged, device.deviceId);
    errors.push(...parsed.errors);
    manifest = parsed.errors.length === 0 ? parsed.manifest : null;
  }
  return { device, base, layers, decisions, merged, manifest, errors };
}
function _noteOverwrites(decisions, overwrites) {
  if (overwrites.length === 0) return decisions;
  return decisions.map((decision) => {
    const mine = overwrites.filter((o) => o.winner === decision.configurationId);
    if (mine.length === 0) return decision;
    const notes = new Set(mine.map((o) => `warning: overwrote ${o.twin} ${["properties.desired", ...o.path].join(".")} of same-priority layer '${o.overwritten}'`));
    return { ...decision, detail: `${decision.detail}; ${[...notes].join("; ")}` };
  });
}

// src/translate/ledger-recorder.ts
var LedgerRecorder = class {
  constructor(deviceId, module, source) {
    this.deviceId = deviceId;
    this.module = module;
    this.source = source;
  }
  deviceId;
  module;
  source;
  entries = [];
  errors = [];
  /** JSON path of a field below the module's own path. */
  pathOf(...keys) {
    return jsonPathOf(this.source.jsonPath, ...keys);
  }
  /** Records what became of one field. `path` is relative to the module (`['settings', 'image']`). */
  record(key, fidelity, target, reason, path) {
    this.entries.push({
      deviceId: this.deviceId,
      module: this.module,
      configurationId: this.source.configurationId,
      jsonPath: this.pathOf(...path),
      key,
      fidelity,
      target: fidelity === "dropped" ? "" : target,
      reason
    });
  }
  /**
   * Changes what the entry of `key` says, keeping where it came from: for a field whose fate is known only once the
   * whole module is read (one entry per key per module). Records a new entry at `path` when there is none.
   */
  revise(key, fidelity, target, reason, path) {
    const at = this.entries.findIndex((entry) => entry.key === key);
    if (at === -1) return this.record(key, fidelity, target, reason, path);
    this.entries[at] = { ...this.entries[at], fidelity, target: fidelity === "dropped" ? "" : target, reason };
  }
  /** Records an input error; translation continues so that every error is reported at once. */
  fail(message, path) {
    this.errors.push(
      new ConfigError(message, {
        stage: "translate",
        configurationId: this.source.configurationId,
        deviceId: this.deviceId,
        module: this.module,
        jsonPath: this.pathOf(...path)
      })
    );
  }
};

// src/translate/edge-hub.ts
var EDGEHUB_CONFIG_MAP = "edgehub-config";
var EDGEHUB_CONFIG_FILE = "edgehub-config.json";
var EDGEHUB_CONFIG_DIR = "/etc/iotedge-gitops/edgehub";
var ROUTE = /^\s*FROM\s+\S+(?:\s+WHERE\s+[\s\S]+?)?\s+INTO\s+\S[\s\S]*$/i;
var SOURCE_MODULE = /\/messages\/modules\/([^/\s"*]+)/gi;
var SINK_MODULE = /BrokeredEndpoint\s*\(\s*"\/modules\/([^/"]+)\/inputs\//gi;
function routeModules(route) {
  const names = new Set(route.modules);
  for (const m of route.route.matchAll(SOURCE_MODULE)) if (m[1] !== void 0) names.add(m[1]);
  for (const m of route.route.matchAll(SINK_MODULE)) if (m[1] !== void 0) names.add(m[1]);
  return [...names].sort();
}
function edgeHubConfig(hub) {
  const routes = {};
  for (const r of hub.routes) {
    routes[r.name] = {
      route: r.route,
      ...r.priority !== void 0 ? { priority: r.priority } : {},
      ...r.timeToLiveSecs !== void 0 ? { timeToLiveSecs: r.timeToLiveSecs } : {}
    };
  }
  return {
    schemaVersion: hub.schemaVersion,
    routes,
    storeAndForwardConfiguration: { timeToLiveSecs: hub.timeToLiveSecs },
    ...hub.mqttBroker !== void 0 ? { mqttBroker: hub.mqttBroker } : {}
  };
}
function translateEdgeHub(hub, deviceId, moduleNames, labels, annotations) {
  const rec = new LedgerRecorder(deviceId, "$edgeHub", hub.source);
  const target = `ConfigMap ${EDGEHUB_CONFIG_MAP}`;
  for (const route of hub.routes) {
    const at = new LedgerRecorder(deviceId, "$edgeHub", route.source);
    if (!ROUTE.test(route.route)) {
      at.fail(`route '${route.name}' does not parse (expected FROM <source> [WHERE <condition>] INTO <sink>)`, []);
    } else {
      const missing = routeModules(route).filter((m) => !moduleNames.has(m));
      if (missing.length > 0) {
        at.record(`routes.${route.name}`, "approximate", target, `Names module(s) the device does not run (${missing.join(", ")}); edgeHub accepts the route, it just never matches.`, []);
      } else {
        at.record(`routes.${route.name}`, "exact", target, "Written to the edgeHub ConfigMap; edgeHub applies it from its twin, which IoT Hub fills from the same deployment.", []);
      }
    }
    rec.entries.push(...at.entries);
    rec.errors.push(...at.errors);
  }
  rec.record("storeAndForwardConfiguration.timeToLiveSecs", "exact", target, "Written to the edgeHub ConfigMap; same meaning.", ["storeAndForwardConfiguration", "timeToLiveSecs"]);
  if (hub.mqttBroker !== void 0) rec.record("mqttBroker", "exact", target, "Written to the edgeHub ConfigMap as given.", ["mqttBroker"]);
  const configMap = {
    name: EDGEHUB_CONFIG_MAP,
    labels,
    annotations,
    data: { [EDGEHUB_CONFIG_FILE]: stableJson(edgeHubConfig(hub)) }
  };
  return { configMap, recorder: rec };
}

// src/translate/module-twins.ts
var TWIN_FILE = "twin.json";
var TWIN_DIR = "/etc/iotedge-gitops/twin";
function twinConfigMapName(resourceName) {
  return `${resourceName}-twin`;
}
function translateModuleTwins(twins, deviceId, resourceNames, labelsFor) {
  const configMaps = [];
  const recorders = [];
  for (const twin of twins) {
    const rec = new LedgerRecorder(deviceId, twin.module, twin.source);
    recorders.push(rec);
    const resource = resourceNames.get(twin.module);
    if (resource === void 0) {
      rec.record("properties.desired", "approximate", "", "Desired properties for a module this device does not run: IoT Hub keeps them on the module twin, nothing here uses them.", []);
      continue;
    }
    const name = twinConfigMapName(resource);
    const { labels, annotations } = labelsFor(resource, twin.module);
    const desired = redactCredentials(
      twin.desired,
      (path) => rec.record(`properties.desired.${path.join(".")}`, "approximate", `ConfigMap ${name}`, "A credential: its value is not written to Git; the module receives it from its twin.", path)
    );
    configMaps.push({ name, labels, annotations, data: { [TWIN_FILE]: stableJson(desired) } });
    rec.record("properties.desired", "exact", `ConfigMap ${name} (${TWIN_DIR}/${TWIN_FILE})`, "Written to the twin ConfigMap mounted into the module; the module still receives them from its twin, which IoT Hub fills from the same deployment.", []);
  }
  return { configMaps, recorders };
}

// src/translate/remote-key-collisions.ts
function remoteKeyCollisions(secrets, deviceId) {
  const readers = /* @__PURE__ */ new Map();
  const errors = [];
  for (const secret of secrets) {
    for (const entry of secret.data) {
      const reader = `key '${entry.secretKey}' of Secret '${secret.name}'`;
      const other = readers.get(entry.remoteKey.toLowerCase());
      if (other === void 0) readers.set(entry.remoteKey.toLowerCase(), reader);
      else errors.push(new ConfigError(`${other} and ${reader} both read the secret-store key '${entry.remoteKey}'`, { stage: "translate", deviceId }));
    }
  }
  return errors;
}

// src/translate/secrets.ts
import { createHash as createHash2 } from "node:crypto";

// src/translate/remote-key.ts
import { createHash } from "node:crypto";
var REMOTE_KEY_MAX = 127;
var REMOTE_KEY_HASH_DIGITS = 32;
var KEY = /^[0-9a-zA-Z-]{1,127}$/;
var EXACT_PART = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var PART_SEPARATOR = "--";
var HASH_MARK = "---";
var READABLE_MAX = REMOTE_KEY_MAX - HASH_MARK.length - REMOTE_KEY_HASH_DIGITS;
function _readablePart(part) {
  const readable = part.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return readable === "" ? "x" : readable;
}
function checkRemoteKey(key) {
  if (!KEY.test(key)) throw new InternalError(`secret-store key '${key}' is not 1 to ${REMOTE_KEY_MAX} letters, digits and dashes`, { stage: "translate" });
  return key;
}
function remoteKey(...parts) {
  if (parts.length === 0 || parts.some((p) => p === "")) throw new ConfigError("an empty name cannot be part of a secret-store key");
  const exact = parts.every((p) => EXACT_PART.test(p));
  const readable = parts.map(_readablePart).join(PART_SEPARATOR);
  if (exact && readable.length <= REMOTE_KEY_MAX) return checkRemoteKey(readable);
  const hash = createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, REMOTE_KEY_HASH_DIGITS);
  const prefix = readable.slice(0, READABLE_MAX).replace(/-+$/, "");
  return checkRemoteKey(`${prefix}${HASH_MARK}${hash}`);
}

// src/translate/secrets.ts
var IDENTITY_SECRET = "iotedge-identity";
var EDGEHUB_CERTS_SECRET = "iotedge-edgehub-certs";
var MODULE_CA_SECRET = "iotedge-module-ca";
var EDGEHUB_CERT_DIR = "/mnt/edgehub";
var MODULE_CERT_DIR = "/mnt/edgemodule";
var EDGE_CHAIN_CA_FILE = "edge-chain-ca.cert.pem";
var EDGEHUB_SERVER_PFX_FILE = "edge-hub-server.cert.pfx";
var EDGE_DEVICE_CA_FILE = "edge-device-ca.cert.pem";
var SECRET_KEY = /^[-._a-zA-Z0-9]+$/;
function registryPasswordKey(hub, credentialName) {
  return remoteKey(hub, "registry", credentialName, "password");
}
function moduleConnectionStringKey(hub, deviceId, module) {
  return remoteKey(hub, deviceId, module, "connection-string");
}
function moduleEnvKey(hub, deviceId, module, name) {
  return remoteKey(hub, deviceId, module, "env", name);
}
function deviceCertKey(hub, deviceId, file) {
  return remoteKey(hub, deviceId, "cert", file);
}
var SECRET_KEY_PREFIX_MAX = 64;
function isSecretKey(key) {
  return SECRET_KEY.test(key) && key.length <= 253 && key !== "." && !key.startsWith("..");
}
function secretKeyOf(name) {
  if (isSecretKey(name)) return name;
  const readable = name.replace(/[^-._a-zA-Z0-9]+/g, "-").slice(0, SECRET_KEY_PREFIX_MAX).replace(/^[-.]+/, "").replace(/[-.]+$/, "");
  return `${readable === "" ? "key" : readable}-${createHash2("sha256").update(name, "utf8").digest("hex")}`;
}
function isCredentialEnv(name, value, registryPasswords) {
  return looksLikeCredential(value) || isCredentialName(name) || value !== "" && registryPasswords.has(value);
}
function registryHost(address) {
  const host = address.trim().toLowerCase().replace(/^[a-z]+:\/\//, "").split("/")[0] ?? "";
  return ["index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"].includes(host) ? "docker.io" : host;
}
function imageRegistry(image) {
  const first = image.split("/")[0] ?? "";
  if (image.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost")) return registryHost(first);
  return "docker.io";
}
function _dnsSubdomain(text) {
  return text.toLowerCase().split(".").map((seg) => seg.replace(/[^a-z0-9-]/g, "").replace(/^[^a-z]+/, "").replace(/[^a-z0-9]+$/, "")).filter((seg) => seg !== "").join(".").slice(0, 253).replace(/[.-]+$/, "");
}
function registrySecretName(username, address) {
  return _dnsSubdomain(`${username.toLowerCase()}-${registryHost(address).replace(/:/g, "-")}`);
}
function goStringLiteral(text) {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp >= 32 && cp < 127 && ch !== '"' && ch !== "\\" && ch !== "{" && ch !== "}") out += ch;
    else if (cp >= 55296 && cp <= 57343) out += "\\uFFFD";
    else if (cp <= 65535) out += `\\u${cp.toString(16).padStart(4, "0")}`;
    else out += `\\U${cp.toString(16).padStart(8, "0")}`;
  }
  return `${out}"`;
}
function dockerConfigJsonTemplate(address, username) {
  const user = goStringLiteral(username);
  return `{{ dict "auths" (dict ${goStringLiteral(address)} (dict "username" ${user} "password" .password "auth" (printf "%s:%s" ${user} .password | b64enc))) | toJson }}`;
}
function registryExternalSecret(credential, hub, store, labels, annotations) {
  return {
    name: registrySecretName(credential.username, credential.address),
    labels,
    annotations: { ...annotations, "net.azure-devices.edge.registry": credential.name },
    storeRef: store,
    secretType: "kubernetes.io/dockerconfigjson",
    data: [{ secretKey: "password", remoteKey: registryPasswordKey(hub, credential.name) }],
    template: { ".dockerconfigjson": dockerConfigJsonTemplate(credential.address, credential.username) }
  };
}

// src/translate/edge-hub-certificate.ts
var EDGEHUB_CERTIFICATE = "edgehub";
var EDGEHUB_TLS_SECRET = "iotedge-edgehub-tls";
var TLS_CERT_KEY = "tls.crt";
var TLS_PRIVATE_KEY_KEY = "tls.key";
var TLS_CA_KEY = "ca.crt";
function edgeHubCertificate(namespace, issuer, labels, annotations) {
  return {
    name: EDGEHUB_CERTIFICATE,
    labels,
    annotations,
    secretName: EDGEHUB_TLS_SECRET,
    commonName: GATEWAY_HOST_NAME,
    dnsNames: [GATEWAY_HOST_NAME, `${GATEWAY_HOST_NAME}.${namespace}`, `${GATEWAY_HOST_NAME}.${namespace}.svc`, `${GATEWAY_HOST_NAME}.${namespace}.svc.cluster.local`],
    issuer
  };
}
function edgeHubCertificateEnv(source) {
  if (source.from === "secret-store") {
    return [
      { name: "EdgeModuleHubServerCAChainCertificateFile", value: `${EDGEHUB_CERT_DIR}/${EDGE_CHAIN_CA_FILE}` },
      { name: "EdgeModuleHubServerCertificateFile", value: `${EDGEHUB_CERT_DIR}/${EDGEHUB_SERVER_PFX_FILE}` },
      { name: "SSL_CERTIFICATE_PATH", value: `${EDGEHUB_CERT_DIR}/` },
      { name: "SSL_CERTIFICATE_NAME", value: EDGEHUB_SERVER_PFX_FILE }
    ];
  }
  return [
    { name: "EdgeHubDevServerCertificateFile", value: `${EDGEHUB_CERT_DIR}/${TLS_CERT_KEY}` },
    { name: "EdgeHubDevServerPrivateKeyFile", value: `${EDGEHUB_CERT_DIR}/${TLS_PRIVATE_KEY_KEY}` },
    { name: "EdgeHubDevTrustBundleFile", value: `${EDGEHUB_CERT_DIR}/${TLS_CA_KEY}` },
    { name: "EdgeModuleHubServerCAChainCertificateFile", value: `${EDGEHUB_CERT_DIR}/${TLS_CA_KEY}` },
    { name: "EdgeModuleHubServerCertificateFile", value: `${EDGEHUB_CERT_DIR}/${TLS_CERT_KEY}` }
  ];
}
function edgeHubCertificateVolume(source) {
  return source.from === "secret-store" ? { name: "iotedge-edgehub-certs", secret: { secretName: EDGEHUB_CERTS_SECRET } } : { name: "iotedge-edgehub-certs", secret: { secretName: EDGEHUB_TLS_SECRET } };
}
function moduleCaVolume(source) {
  return source.from === "secret-store" ? { name: "iotedge-module-ca", secret: { secretName: MODULE_CA_SECRET } } : { name: "iotedge-module-ca", secret: { secretName: EDGEHUB_TLS_SECRET, items: [{ key: TLS_CA_KEY, path: TLS_CA_KEY }] } };
}
function moduleCaFile(source) {
  return `${MODULE_CERT_DIR}/${source.from === "secret-store" ? EDGE_DEVICE_CA_FILE : TLS_CA_KEY}`;
}

// src/translate/create-options/field-handler.ts
function isZeroValue(value) {
  if (value === null || value === "" || value === 0 || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isJsonObject(value)) return Object.keys(value).length === 0;
  return false;
}
function droppedField(field, note, defaults = []) {
  return {
    field,
    kubernetes: "",
    fidelity: "dropped",
    note,
    apply(value, ctx) {
      if (defaults.some((d) => JSON.stringify(d) === JSON.stringify(value))) {
        ctx.record("exact", "", "Docker default value: nothing to translate.");
      } else {
        ctx.record("dropped", "", note);
      }
    }
  };
}
function asString(value, ctx, what = "a string") {
  if (typeof value === "string") return value;
  ctx.fail(`expected ${what}, got ${_kind(value)}`);
  return void 0;
}
function asStringList(value, ctx, allowSingle = false) {
  if (allowSingle && typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
  ctx.fail(`expected a list of strings${allowSingle ? " or a string" : ""}, got ${_kind(value)}`);
  return void 0;
}
function asObject(value, ctx) {
  if (isJsonObject(value)) return value;
  ctx.fail(`expected an object, got ${_kind(value)}`);
  return void 0;
}
function asInteger(value, ctx) {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^-?[0-9]+$/.test(value.trim())) return Number(value.trim());
  ctx.fail(`expected an integer, got ${_kind(value)}`);
  return void 0;
}
function asBoolean(value, ctx) {
  if (typeof value === "boolean") return value;
  ctx.fail(`expected true or false, got ${_kind(value)}`);
  return void 0;
}
function _kind(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

// src/translate/create-options/container.ts
var NS_PER_S = 1e9;
var DOCKER_HEALTH_INTERVAL_S = 30;
var DOCKER_HEALTH_TIMEOUT_S = 30;
var DOCKER_HEALTH_RETRIES = 3;
var ANNOTATION_KEY = /^(([a-z0-9]([-a-z0-9]*[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
function _podDnsLabelField(field, podField, what, note, reason) {
  return {
    field,
    kubernetes: `pod.spec.${podField}`,
    fidelity: "approximate",
    note,
    apply(value, ctx) {
      const name = asString(value, ctx);
      if (name === void 0) return;
      const label = dnsLabel(name);
      if (label === "") {
        ctx.record("dropped", "", `${what} has no letter or digit; it cannot be a DNS label.`);
        return;
      }
      ctx.draft[podField] = label;
      ctx.record("approximate", `Deployment.spec.template.spec.${podField}`, reason);
    }
  };
}
function argSecretName(field, index) {
  return `IOTEDGE_GITOPS_${field.toUpperCase()}_${index}`;
}
function _argsField(field, target, note, reason) {
  return {
    field,
    kubernetes: `containers[].${target}`,
    fidelity: "exact / approximate",
    note: `${note}; an argument holding a credential becomes \`$(IOTEDGE_GITOPS_${field.toUpperCase()}_<i>)\`, an env variable from the secret store (approximate)`,
    apply(value, ctx) {
      const list = asStringList(value, ctx, true);
      if (list === void 0) return;
      const args = [...list];
      const secrets = credentialArgs(list);
      for (const { index, prefix } of secrets) {
        const name = argSecretName(field, index);
        args[index] = `${prefix}$(${name})`;
        ctx.draft.argSecrets.push({ name, key: `${field}[${index}]`, path: ["settings", "createOptions", field, index], field, index, prefix });
      }
      ctx.draft[target] = args;
      if (secrets.length === 0) ctx.record("exact", `containers[].${target}`, reason);
      else ctx.record("approximate", `containers[].${target}`, `${reason} ${secrets.length} argument(s) holding a credential read $(VAR) instead, which Kubernetes expands from env variables the secret store fills.`);
    }
  };
}
function _seconds(ns) {
  return Math.ceil(ns / NS_PER_S);
}
var CONTAINER_HANDLERS = [
  {
    field: "Image",
    kubernetes: "",
    fidelity: "exact",
    note: "IoT Edge ignores it: settings.image is the image",
    apply(_value, ctx) {
      ctx.record("exact", "", "IoT Edge itself ignores createOptions.Image; settings.image is used.");
    }
  },
  _argsField("Entrypoint", "command", "a single string is a one-element list", "Entrypoint replaces the image entrypoint, as command does."),
  _argsField("Cmd", "args", "a single string is a one-element list (as Docker accepts)", "Cmd replaces the image command, as args does."),
  {
    field: "WorkingDir",
    kubernetes: "containers[].workingDir",
    fidelity: "exact",
    note: "",
    apply(value, ctx) {
      const dir = asString(value, ctx);
      if (dir === void 0) return;
      ctx.draft.workingDir = dir;
      ctx.record("exact", "containers[].workingDir", "Same meaning.");
    }
  },
  _podDnsLabelField("Hostname", "hostname", "Host name", "made a DNS label; other pods reach the module by its Service name, not this host name", "Sets the pod host name; other pods reach the module by its Service name, not this host name."),
  _podDnsLabelField("Domainname", "subdomain", "Domain name", "resolves only with a headless Service of that name", "The pod domain resolves only when a headless Service of that name exists."),
  {
    field: "Labels",
    kubernetes: "pod-template + Service annotations",
    fidelity: "approximate",
    note: "container labels become annotations (as the original runtime did); keys that are not valid annotation keys are left out; a credential value is replaced by a marker (dropped)",
    apply(value, ctx) {
      const labels = asObject(value, ctx);
      if (labels === void 0) return;
      let skipped = 0;
      for (const key of Object.keys(labels).sort()) {
        const v = labels[key];
        if (!ANNOTATION_KEY.test(key) || typeof v !== "string") {
          skipped++;
          continue;
        }
        if (isCredentialName(key) || looksLikeCredential(v)) {
          ctx.draft.labelAnnotations[key] = REDACTED_MARKER;
          ctx.recordPart(`Labels.${key}`, [key], "dropped", "", "A credential in a container label: an annotation cannot read the secret store, so its value is not written (the marker stands in its place).");
          continue;
        }
        ctx.draft.labelAnnotations[key] = v;
      }
      ctx.record(
        "approximate",
        "Deployment.spec.template.metadata.annotations, Service.metadata.annotations",
        skipped === 0 ? "Docker container labels become pod and Service annotations (readable by controllers, not selectable)." : `Docker container labels become pod and Service annotations; ${skipped} label(s) with an invalid key or a non-string value were left out.`
      );
    }
  },
  {
    field: "Healthcheck",
    kubernetes: "containers[].livenessProbe",
    fidelity: "approximate",
    note: "CMD → exec argv, CMD-SHELL → sh -c; ns → s rounded up; Docker defaults 30s/30s/3 written out; Docker only marks unhealthy, Kubernetes restarts",
    apply(value, ctx) {
      const hc = asObject(value, ctx);
      if (hc === void 0) return;
      const test = hc["Test"];
      const list = test === void 0 ? void 0 : asStringList(test, ctx);
      if (test === void 0 || list?.length === 0) {
        ctx.record("dropped", "", `Healthcheck ${test === void 0 ? "without Test" : "with an empty Test"} inherits the image HEALTHCHECK, which Kubernetes does not read.`);
        return;
      }
      if (list === void 0) return;
      const [kind, ...rest] = list;
      if (kind === "NONE") {
        ctx.record("exact", "", "Test NONE disables the health check; Kubernetes has none by default.");
        return;
      }
      let command;
      if (kind === "CMD") command = rest;
      else if (kind === "CMD-SHELL") command = ["/bin/sh", "-c", rest.join(" ")];
      else {
        ctx.fail("Healthcheck.Test must start with NONE, CMD or CMD-SHELL", "Test", 0);
        return;
      }
      const num = (k) => typeof hc[k] === "number" && hc[k] > 0 ? hc[k] : void 0;
      const interval = num("Interval");
      const timeout = num("Timeout");
      const retries = num("Retries");
      const start = num("StartPeriod");
      ctx.draft.livenessProbe = {
        exec: { command },
        periodSeconds: interval !== void 0 ? _seconds(interval) : DOCKER_HEALTH_INTERVAL_S,
        timeoutSeconds: timeout !== void 0 ? _seconds(timeout) : DOCKER_HEALTH_TIMEOUT_S,
        failureThreshold: retries ?? DOCKER_HEALTH_RETRIES,
        ...start !== void 0 ? { initialDelaySeconds: _seconds(start) } : {}
      };
      ctx.draft.hasHealthcheck = true;
      ctx.record("approximate", "containers[].livenessProbe", "Docker only marks the container unhealthy (IoT Edge restarts it under on-unhealthy); Kubernetes restarts it on failure.");
    }
  },
  {
    field: "StopTimeout",
    kubernetes: "pod.spec.terminationGracePeriodSeconds",
    fidelity: "exact",
    note: "",
    zeroIsValue: true,
    apply(value, ctx) {
      const s = asInteger(value, ctx);
      if (s === void 0) return;
      if (s < 0) {
        ctx.record("dropped", "", "A negative stop timeout (wait forever) has no Kubernetes equivalent.");
        return;
      }
      ctx.draft.terminationGracePeriodSeconds = s;
      ctx.record("exact", "Deployment.spec.template.spec.terminationGracePeriodSeconds", "Seconds between SIGTERM and SIGKILL, same meaning.");
    }
  },
  droppedField("StopSignal", "Kubernetes always sends SIGTERM first; the image STOPSIGNAL is not used either.", ["SIGTERM", "15"]),
  {
    field: "Tty",
    kubernetes: "containers[].tty",
    fidelity: "exact",
    note: "",
    apply(value, ctx) {
      const b = asBoolean(value, ctx);
      if (b === void 0) return;
      ctx.draft.tty = b;
      ctx.record("exact", "containers[].tty", "Same meaning.");
    }
  },
  {
    field: "OpenStdin",
    kubernetes: "containers[].stdin",
    fidelity: "exact",
    note: "",
    apply(value, ctx) {
      const b = asBoolean(value, ctx);
      if (b === void 0) return;
      ctx.draft.stdin = b;
      ctx.record("exact", "containers[].stdin", "Same meaning.");
    }
  },
  droppedField("AttachStdin", "Attaching is a client action; nothing attaches to a Deployment pod."),
  droppedField("AttachStdout", "Attaching is a client action; Kubernetes always collects stdout.", [true]),
  droppedField("AttachStderr", "Attaching is a client action; Kubernetes always collects stderr.", [true]),
  droppedField("StdinOnce", "Only meaningful with an attached client."),
  droppedField("MacAddress", "The pod network assigns addresses."),
  droppedField("Shell", "Used only by Dockerfile SHELL; nothing to run here."),
  droppedField("ArgsEscaped", "Windows-only Docker detail."),
  droppedField("NetworkDisabled", "A pod always has a network interface."),
  droppedField("OnBuild", "Build-time only.")
];

// src/translate/create-options/env.ts
var ENV_HANDLERS = [
  {
    field: "Env",
    kubernetes: "containers[].env",
    fidelity: "exact",
    note: "`K=V` split on the first `=`; module env wins on duplicates (Docker-mode rule); credentials become secretKeyRef",
    apply(value, ctx) {
      const list = asStringList(value, ctx);
      if (list === void 0) return;
      let skipped = 0;
      list.forEach((entry, index) => {
        const eq = entry.indexOf("=");
        if (eq === 0) {
          ctx.fail("the variable name is empty ('=' comes first); Docker refuses to create such a container", index);
          return;
        }
        if (eq < 0) {
          skipped++;
          return;
        }
        ctx.draft.createEnv.push({ name: entry.slice(0, eq), value: entry.slice(eq + 1), index });
      });
      if (skipped > 0) {
        ctx.record("dropped", "", `${skipped} entry(ies) without NAME=value (Docker would copy them from the client's environment, which does not exist here).`);
      } else {
        ctx.record("exact", "containers[].env", "NAME=value entries become env entries; module env wins on duplicate names, as IoT Edge does.");
      }
    }
  }
];

// src/translate/workload-draft.ts
function addMount(draft, mount, origin) {
  draft.mounts.push(mount);
  draft.mountOrigins.set(mount, origin);
}
function newWorkloadDraft() {
  return {
    createEnv: [],
    argSecrets: [],
    runtimeEnv: [],
    containerPorts: /* @__PURE__ */ new Map(),
    servicePorts: /* @__PURE__ */ new Map(),
    labelAnnotations: {},
    volumes: /* @__PURE__ */ new Map(),
    mounts: [],
    mountOrigins: /* @__PURE__ */ new Map(),
    pvcs: /* @__PURE__ */ new Map(),
    security: {},
    podSecurity: {},
    limits: {},
    requests: {},
    hostAliases: /* @__PURE__ */ new Map(),
    dnsConfig: {},
    hasHealthcheck: false
  };
}
function _sameSource(a, b) {
  const strip = (v) => JSON.stringify({ ...v, name: "" });
  return strip(a) === strip(b);
}
function addVolume(draft, volume) {
  const existing = draft.volumes.get(volume.name);
  if (existing === void 0) {
    draft.volumes.set(volume.name, volume);
    return volume.name;
  }
  if (_sameSource(existing, volume)) return volume.name;
  const name = `${volume.name.slice(0, 63 - 9)}-${shortHash(JSON.stringify(volume))}`;
  draft.volumes.set(name, { ...volume, name });
  return name;
}

// src/translate/create-options/k8s-typed-values.ts
var INTEGER_MEMBERS = /* @__PURE__ */ new Set(["fsGroup", "runAsUser", "runAsGroup", "defaultMode", "mode", "partition", "lun", "expirationSeconds"]);
var BOOLEAN_MEMBERS = /* @__PURE__ */ new Set(["optional", "readOnly", "runAsNonRoot"]);
var INTEGER_LISTS = /* @__PURE__ */ new Set(["supplementalGroups"]);
function typeK8sValues(value, events, path = []) {
  if (Array.isArray(value)) return value.map((item, i) => typeK8sValues(item, events, [...path, i]));
  if (!isJsonObject(value)) return value;
  const result = {};
  for (const [key, member] of Object.entries(value)) {
    const at = [...path, key];
    let typed;
    if (INTEGER_MEMBERS.has(key)) typed = _integer(member, at, events);
    else if (BOOLEAN_MEMBERS.has(key)) typed = _boolean(member, at, events);
    else if (INTEGER_LISTS.has(key) && Array.isArray(member)) typed = member.map((item, i) => _integer(item, [...at, i], events));
    else typed = typeK8sValues(member, events, at);
    Object.defineProperty(result, key, { value: typed, enumerable: true, writable: true, configurable: true });
  }
  return result;
}
function _integer(value, path, events) {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (/^[-+]?[0-9]+$/.test(text) && Number.isSafeInteger(Number(text))) {
    events.push({ path, kind: "converted", type: "an integer" });
    return Number(text);
  }
  events.push({ path, kind: "invalid", type: "an integer" });
  return value;
}
function _boolean(value, path, events) {
  if (typeof value !== "string") return value;
  const text = value.trim().toLowerCase();
  if (text === "true" || text === "false") {
    events.push({ path, kind: "converted", type: "a boolean" });
    return text === "true";
  }
  events.push({ path, kind: "invalid", type: "a boolean" });
  return value;
}

// src/translate/create-options/k8s-experimental.ts
var SERVICE_TYPES = { clusterip: "ClusterIP", nodeport: "NodePort", loadbalancer: "LoadBalancer" };
var FIELD = "k8s-experimental";
function _stringMap(value) {
  if (!isJsonObject(value)) return void 0;
  const out = {};
  for (const k of Object.keys(value).sort()) {
    const v = value[k];
    if (typeof v === "string") out[k] = v;
    else if (typeof v === "number") out[k] = String(v);
    else return void 0;
  }
  return out;
}
function _bool(value) {
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  return void 0;
}
function _volumes(value, ctx, key) {
  if (!Array.isArray(value)) return ctx.fail("expected a list of {volume, volumeMounts}", key);
  value.forEach((item, i) => {
    if (!isJsonObject(item) || !isJsonObject(item["volume"]) || typeof item["volume"]["name"] !== "string") {
      return ctx.fail("each entry needs volume.name", key, i);
    }
    const volume = item["volume"];
    const name = volume["name"];
    const added = addVolume(ctx.draft, { name, raw: volume });
    const mounts = item["volumeMounts"] ?? [];
    if (!Array.isArray(mounts)) return ctx.fail("volumeMounts must be a list", key, i, "volumeMounts");
    mounts.forEach((m, j) => {
      if (!isJsonObject(m) || typeof m["mountPath"] !== "string") return ctx.fail("a volume mount needs mountPath", key, i, "volumeMounts", j);
      const readOnly = _bool(m["readOnly"]);
      const mountName = typeof m["name"] === "string" ? m["name"] : name;
      const mount = {
        name: mountName === name ? added : mountName,
        mountPath: m["mountPath"],
        ...readOnly === true ? { readOnly: true } : {},
        ...typeof m["subPath"] === "string" ? { subPath: m["subPath"] } : {},
        ...m["mountPropagation"] === "None" || m["mountPropagation"] === "HostToContainer" || m["mountPropagation"] === "Bidirectional" ? { mountPropagation: m["mountPropagation"] } : {}
      };
      addMount(ctx.draft, mount, { key: `${FIELD}.volumes`, path: ["settings", "createOptions", FIELD, key, i, "volumeMounts", j], rank: 4 });
    });
  });
  ctx.recordPart(`${FIELD}.volumes`, [key], "exact", "Deployment.spec.template.spec.volumes[], containers[].volumeMounts", "Kubernetes volumes and mounts copied as written.");
}
var K8S_EXPERIMENTAL_HANDLER = {
  field: FIELD,
  kubernetes: "volumes, resources, nodeSelector, pod securityContext, Service type/loadBalancerIP, Deployment strategy",
  fidelity: "exact",
  note: 'keys case-insensitive (service-options accepted); values are Kubernetes objects copied as written, except strings in integer or boolean members, converted as the runtime\'s typed models did (`"fsGroup": "1"` → 1; one that cannot convert is an error); unknown keys dropped',
  apply(value, ctx) {
    if (!isJsonObject(value)) return ctx.fail("k8s-experimental must be an object");
    const events = [];
    const typed = typeK8sValues(value, events);
    const invalid = events.filter((e) => e.kind === "invalid");
    for (const e of invalid) ctx.fail(`${e.path.join(".")} must be ${e.type}; the IoT Edge on Kubernetes runtime could not read this value`, ...e.path);
    if (invalid.length > 0) return;
    if (events.length > 0) {
      const paths = events.map((e) => e.path.join(".")).sort();
      ctx.recordPart(`${FIELD} (reading)`, [], "exact", "", `Strings read as integers or booleans, as the IoT Edge on Kubernetes runtime's typed models read them: ${paths.join(", ")}.`);
    }
    for (const key of Object.keys(typed).sort()) {
      const v = typed[key];
      switch (key.toLowerCase()) {
        case "volumes":
          _volumes(v, ctx, key);
          break;
        case "resources": {
          if (!isJsonObject(v)) return ctx.fail("resources must be {limits, requests}", key);
          const limits = v["limits"] === void 0 ? void 0 : _stringMap(v["limits"]);
          const requests = v["requests"] === void 0 ? void 0 : _stringMap(v["requests"]);
          if (v["limits"] !== void 0 && limits === void 0 || v["requests"] !== void 0 && requests === void 0) {
            return ctx.fail("limits and requests must map resource names to quantities", key);
          }
          ctx.draft.resourcesOverride = { ...limits !== void 0 ? { limits } : {}, ...requests !== void 0 ? { requests } : {} };
          ctx.recordPart(`${FIELD}.resources`, [key], "exact", "containers[].resources", "Copied as written; replaces resources derived from HostConfig.");
          break;
        }
        case "nodeselector": {
          const map = _stringMap(v);
          if (map === void 0) return ctx.fail("nodeSelector must map label names to strings", key);
          ctx.draft.nodeSelector = map;
          ctx.recordPart(`${FIELD}.nodeSelector`, [key], "exact", "Deployment.spec.template.spec.nodeSelector", "Copied as written.");
          break;
        }
        case "securitycontext":
          if (!isJsonObject(v)) return ctx.fail("securityContext must be a PodSecurityContext object", key);
          for (const k of Object.keys(v)) ctx.draft.podSecurity[k] = v[k];
          ctx.recordPart(`${FIELD}.securityContext`, [key], "exact", "Deployment.spec.template.spec.securityContext", "Copied as written (pod level, as the original runtime did).");
          break;
        case "serviceoptions":
        case "service-options": {
          if (!isJsonObject(v)) return ctx.fail("serviceOptions must be an object", key);
          const parts = [];
          let unknown = 0;
          for (const opt of Object.keys(v)) {
            const lower = opt.toLowerCase();
            if (lower === "type" && typeof v[opt] === "string") {
              const t = SERVICE_TYPES[v[opt].toLowerCase()];
              if (t === void 0) return ctx.fail("serviceOptions.type must be ClusterIP, NodePort or LoadBalancer", key, opt);
              ctx.draft.serviceType = t;
              parts.push("Service.spec.type");
            } else if (lower === "loadbalancerip" && typeof v[opt] === "string") {
              ctx.draft.loadBalancerIP = v[opt];
              parts.push("Service.spec.loadBalancerIP");
            } else unknown++;
          }
          if (unknown > 0) ctx.recordPart(`${FIELD}.serviceOptions`, [key], "dropped", "", `${unknown} unknown serviceOptions key(s); only type and loadBalancerIP exist.`);
          else ctx.recordPart(`${FIELD}.serviceOptions`, [key], "exact", parts.join(", "), "Copied as written.");
          break;
        }
        case "strategy":
          if (!isJsonObject(v)) return ctx.fail("strategy must be a DeploymentStrategy object", key);
          ctx.draft.strategy = v;
          ctx.recordPart(`${FIELD}.strategy`, [key], "exact", "Deployment.spec.strategy", "Copied as written.");
          break;
        default:
          ctx.recordPart(`${FIELD}.${key}`, [key], "dropped", "", "Unknown k8s-experimental key (known: volumes, resources, nodeSelector, securityContext, serviceOptions, strategy).");
      }
    }
  }
};

// src/translate/create-options/networking.ts
var DEFAULT_NETWORKS = /* @__PURE__ */ new Set(["default", "bridge", "azure-iot-edge"]);
var NETWORK_HANDLERS = [
  {
    field: "HostConfig.NetworkMode",
    kubernetes: "host → hostNetwork + dnsPolicy ClusterFirstWithHostNet; other networks → pod network",
    fidelity: "exact / approximate / dropped",
    note: "host exact; bridge/azure-iot-edge/custom approximate (namespace = network); container:<x> / none dropped",
    apply(value, ctx) {
      const mode = asString(value, ctx);
      if (mode === void 0) return;
      const lower = mode.toLowerCase();
      if (lower === "host") {
        ctx.draft.hostNetwork = true;
        ctx.draft.dnsPolicy = "ClusterFirstWithHostNet";
        ctx.record("exact", "Deployment.spec.template.spec.hostNetwork, dnsPolicy", "Host networking; ClusterFirstWithHostNet keeps the edgehub Service name resolvable.");
      } else if (lower === "none" || lower.startsWith("container:")) {
        ctx.record("dropped", "", "A pod cannot run without a network or join another container's network.");
      } else {
        ctx.record("approximate", "Deployment.spec.template.spec (pod network)", DEFAULT_NETWORKS.has(lower) ? "The IoT Edge network becomes the namespace: modules reach each other by Service name." : "Custom Docker networks become the pod network of the namespace; there is no isolation between them.");
      }
    }
  },
  {
    field: "HostConfig.IpcMode",
    kubernetes: "host → pod.spec.hostIPC",
    fidelity: "exact / dropped",
    note: "shareable/private are the pod default",
    apply(value, ctx) {
      const mode = asString(value, ctx);
      if (mode === void 0) return;
      if (mode === "host") {
        ctx.draft.hostIPC = true;
        ctx.record("exact", "Deployment.spec.template.spec.hostIPC", "Same meaning.");
      } else if (mode === "private" || mode === "shareable") {
        ctx.record("exact", "", "A pod has its own IPC namespace, as this mode asks.");
      } else {
        ctx.record("dropped", "", "Pods cannot join another container's IPC namespace.");
      }
    }
  },
  {
    field: "HostConfig.PidMode",
    kubernetes: "host → pod.spec.hostPID",
    fidelity: "exact / dropped",
    note: "",
    apply(value, ctx) {
      const mode = asString(value, ctx);
      if (mode === void 0) return;
      if (mode === "host") {
        ctx.draft.hostPID = true;
        ctx.record("exact", "Deployment.spec.template.spec.hostPID", "Same meaning.");
      } else {
        ctx.record("dropped", "", "Pods cannot join another container's PID namespace.");
      }
    }
  },
  {
    field: "HostConfig.ExtraHosts",
    kubernetes: "pod.spec.hostAliases (grouped by IP)",
    fidelity: "exact",
    note: "`host:ip` entries; host-gateway dropped",
    apply(value, ctx) {
      const list = asStringList(value, ctx);
      if (list === void 0) return;
      let dropped = 0;
      list.forEach((entry, i) => {
        const at = entry.indexOf(":");
        if (at <= 0) return ctx.fail("an extra host must be host:ip", i);
        const host = entry.slice(0, at);
        const ip = entry.slice(at + 1);
        if (ip === "host-gateway") {
          dropped++;
          return;
        }
        const names = ctx.draft.hostAliases.get(ip) ?? [];
        if (!names.includes(host)) names.push(host);
        ctx.draft.hostAliases.set(ip, names);
      });
      if (dropped > 0) ctx.record("dropped", "", "host-gateway is resolved by Docker on the host; Kubernetes has no equivalent (other entries were kept).");
      else ctx.record("exact", "Deployment.spec.template.spec.hostAliases", "Entries are written to the pod /etc/hosts, as Docker does.");
    }
  },
  {
    field: "HostConfig.Dns",
    kubernetes: "pod.spec.dnsConfig.nameservers",
    fidelity: "approximate",
    note: "added to the cluster DNS (policy stays ClusterFirst) so that edgehub still resolves",
    apply(value, ctx) {
      const list = asStringList(value, ctx);
      if (list === void 0) return;
      ctx.draft.dnsConfig.nameservers = list;
      ctx.record("approximate", "Deployment.spec.template.spec.dnsConfig.nameservers", "Docker replaces the resolvers; here they are added after the cluster DNS so that the edgehub Service name keeps resolving.");
    }
  },
  {
    field: "HostConfig.DnsSearch",
    kubernetes: "pod.spec.dnsConfig.searches",
    fidelity: "approximate",
    note: "appended to the cluster search domains",
    apply(value, ctx) {
      const list = asStringList(value, ctx);
      if (list === void 0) return;
      ctx.draft.dnsConfig.searches = list;
      ctx.record("approximate", "Deployment.spec.template.spec.dnsConfig.searches", "Appended to the cluster search domains instead of replacing them.");
    }
  },
  {
    field: "HostConfig.DnsOptions",
    kubernetes: "pod.spec.dnsConfig.options",
    fidelity: "exact",
    note: "`name[:value]` entries",
    apply(value, ctx) {
      const list = asStringList(value, ctx);
      if (list === void 0) return;
      ctx.draft.dnsConfig.options = list.map((o) => {
        const at = o.indexOf(":");
        return at < 0 ? { name: o } : { name: o.slice(0, at), value: o.slice(at + 1) };
      });
      ctx.record("exact", "Deployment.spec.template.spec.dnsConfig.options", "Written to resolv.conf options, as Docker does.");
    }
  },
  droppedField("NetworkingConfig", "Network aliases: the module is reachable by its Service name only."),
  droppedField("HostConfig.UTSMode", "Pods cannot share the host UTS namespace."),
  droppedField("HostConfig.UsernsMode", "User namespaces are a node setting.")
];

// src/translate/create-options/ports.ts
function parsePortKey(key) {
  const m = /^([0-9]{1,5})(?:\/(tcp|udp|sctp))?$/i.exec(key.trim());
  if (m === null) return void 0;
  const port = Number(m[1]);
  if (port < 1 || port > 65535) return void 0;
  return { port, protocol: (m[2] ?? "tcp").toUpperCase() };
}
function _addContainerPort(draft, port, protocol) {
  draft.containerPorts.set(`${port}/${protocol}`, { containerPort: port, protocol });
}
function _parseHostPort(value) {
  if (value === void 0 || value === null || value === "") return "any";
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!/^[0-9]{1,5}$/.test(text)) return void 0;
  const n = Number(text);
  return n >= 1 && n <= 65535 ? n : void 0;
}
function _bad(ctx, key) {
  ctx.fail(`port key must be <port>[/tcp|udp|sctp]`, key);
}
var PORT_HANDLERS = [
  {
    field: "ExposedPorts",
    kubernetes: "containers[].ports + Service ports",
    fidelity: "exact",
    note: "Service port `exposedport-<port>-<proto>`, port = targetPort",
    apply(value, ctx) {
      const ports = asObject(value, ctx);
      if (ports === void 0) return;
      for (const key of Object.keys(ports)) {
        const p = parsePortKey(key);
        if (p === void 0) return _bad(ctx, key);
        _addContainerPort(ctx.draft, p.port, p.protocol);
        const id = `${p.port}/${p.protocol}`;
        if (!ctx.draft.servicePorts.has(id)) {
          ctx.draft.servicePorts.set(id, {
            name: `exposedport-${p.port}-${p.protocol.toLowerCase()}`,
            port: p.port,
            targetPort: p.port,
            protocol: p.protocol
          });
        }
      }
      ctx.record("exact", "containers[].ports, Service.spec.ports", "Exposed ports are reachable from the other modules through the module Service, as on the IoT Edge network.");
    }
  },
  {
    field: "HostConfig.PortBindings",
    kubernetes: "containers[].ports + Service port=HostPort, targetPort=container port",
    fidelity: "approximate",
    note: "type ClusterIP unless k8s-experimental.serviceOptions.type; keyed by (port, protocol); name `hostport-<hostPort>-<proto>`; HostIp dropped",
    apply(value, ctx) {
      const bindings = asObject(value, ctx);
      if (bindings === void 0) return;
      const notes = /* @__PURE__ */ new Set();
      for (const key of Object.keys(bindings)) {
        const p = parsePortKey(key);
        if (p === void 0) return _bad(ctx, key);
        _addContainerPort(ctx.draft, p.port, p.protocol);
        const list = bindings[key];
        if (list === null || list === void 0) continue;
        if (!Array.isArray(list)) return ctx.fail("expected a list of {HostIp, HostPort}", key);
        list.forEach((binding, i) => {
          if (!isJsonObject(binding)) return ctx.fail("expected {HostIp, HostPort}", key, i);
          const host = _parseHostPort(binding["HostPort"]);
          if (host === void 0) return ctx.fail("HostPort must be a port number", key, i, "HostPort");
          if (typeof binding["HostIp"] === "string" && binding["HostIp"] !== "" && binding["HostIp"] !== "0.0.0.0") {
            notes.add("HostIp is dropped (a Service listens on its cluster IP)");
          }
          if (host === "any") notes.add("an empty HostPort (Docker picks a random port) became the container port");
          const port = host === "any" ? p.port : host;
          ctx.draft.servicePorts.set(`${port}/${p.protocol}`, {
            name: `hostport-${port}-${p.protocol.toLowerCase()}`,
            port,
            targetPort: p.port,
            protocol: p.protocol
          });
        });
      }
      ctx.record(
        "approximate",
        "containers[].ports, Service.spec.ports",
        ["Published ports become Service ports (port = host port, targetPort = container port), reachable in the cluster, not on the node address unless the Service type says so", ...notes].join("; ") + "."
      );
    }
  },
  droppedField("HostConfig.PublishAllPorts", "Random host ports have no Kubernetes equivalent; ExposedPorts are already in the Service.")
];

// src/translate/create-options/quantity.ts
var MI = 1024 * 1024;
var GI = 1024 * MI;
function bytesQuantity(bytes) {
  if (bytes > 0 && bytes % GI === 0) return `${bytes / GI}Gi`;
  if (bytes > 0 && bytes % MI === 0) return `${bytes / MI}Mi`;
  return String(bytes);
}
function milliCpuQuantity(milli) {
  return `${milli}m`;
}
function nanoCpusToMilli(nanoCpus) {
  const milli = Math.ceil(nanoCpus / 1e6);
  return { milli, exact: milli * 1e6 === nanoCpus };
}
function parseDockerSize(text) {
  const m = /^([0-9]+)\s*([bkmg]?)b?$/i.exec(text.trim());
  if (m === null) return void 0;
  const unit = (m[2] ?? "").toLowerCase();
  const factor = unit === "k" ? 1024 : unit === "m" ? MI : unit === "g" ? GI : 1;
  return Number(m[1]) * factor;
}

// src/translate/create-options/resources.ts
var DEFAULT_CPU_PERIOD = 1e5;
var RESOURCE_HANDLERS = [
  {
    field: "HostConfig.Memory",
    kubernetes: "resources.limits.memory",
    fidelity: "exact",
    note: "bytes; Mi/Gi when a whole multiple",
    apply(value, ctx) {
      const bytes = asInteger(value, ctx);
      if (bytes === void 0) return;
      ctx.draft.limits["memory"] = bytesQuantity(bytes);
      ctx.record("exact", "containers[].resources.limits.memory", "Hard memory limit, enforced by the same cgroup setting.");
    }
  },
  {
    field: "HostConfig.MemoryReservation",
    kubernetes: "resources.requests.memory",
    fidelity: "approximate",
    note: "Docker soft limit vs Kubernetes scheduling request",
    apply(value, ctx) {
      const bytes = asInteger(value, ctx);
      if (bytes === void 0) return;
      ctx.draft.requests["memory"] = bytesQuantity(bytes);
      ctx.record("approximate", "containers[].resources.requests.memory", "Docker reclaims down to a soft limit under pressure; Kubernetes uses the request for scheduling and eviction order.");
    }
  },
  {
    field: "HostConfig.MemorySwap",
    kubernetes: "",
    fidelity: "dropped",
    note: "ignored when 0, -1 or equal to Memory",
    apply(value, ctx) {
      const swap = asInteger(value, ctx);
      if (swap === void 0) return;
      const hostConfig = isJsonObject(ctx.createOptions["HostConfig"]) ? ctx.createOptions["HostConfig"] : {};
      if (swap === -1 || swap === hostConfig["Memory"]) {
        ctx.record("exact", "", swap === -1 ? "Unlimited swap; Kubernetes nodes normally run without swap, nothing to set." : "Swap equal to Memory means no swap, as on Kubernetes nodes.");
      } else {
        ctx.record("dropped", "", "A memory+swap limit has no per-container Kubernetes field.");
      }
    }
  },
  {
    field: "HostConfig.NanoCpus",
    kubernetes: "resources.limits.cpu (millicores)",
    fidelity: "exact",
    note: "NanoCpus / 10⁶ m",
    apply(value, ctx) {
      const n = asInteger(value, ctx);
      if (n === void 0) return;
      const { milli, exact } = nanoCpusToMilli(n);
      ctx.draft.limits["cpu"] = milliCpuQuantity(milli);
      ctx.record(exact ? "exact" : "approximate", "containers[].resources.limits.cpu", exact ? "CPU limit, enforced by the same CFS quota." : "CPU limit rounded up to whole millicores.");
    }
  },
  {
    field: "HostConfig.CpuQuota",
    kubernetes: "resources.limits.cpu = CpuQuota / CpuPeriod",
    fidelity: "exact",
    note: "CpuPeriod defaults to 100000 µs",
    apply(value, ctx) {
      const quota = asInteger(value, ctx);
      if (quota === void 0) return;
      if (quota < 0) {
        ctx.record("exact", "", "A negative quota means no CPU limit, as without a Kubernetes limit.");
        return;
      }
      const hostConfig = isJsonObject(ctx.createOptions["HostConfig"]) ? ctx.createOptions["HostConfig"] : {};
      const period = typeof hostConfig["CpuPeriod"] === "number" && hostConfig["CpuPeriod"] > 0 ? hostConfig["CpuPeriod"] : DEFAULT_CPU_PERIOD;
      const milli = Math.ceil(quota * 1e3 / period);
      if (ctx.draft.limits["cpu"] === void 0) ctx.draft.limits["cpu"] = milliCpuQuantity(milli);
      const exact = milli * period / 1e3 === quota && period === DEFAULT_CPU_PERIOD;
      ctx.record(exact ? "exact" : "approximate", "containers[].resources.limits.cpu", exact ? "CPU limit, enforced by the same CFS quota." : "CPU limit = quota / period in millicores; Kubernetes always uses a 100 ms period.");
    }
  },
  {
    field: "HostConfig.CpuPeriod",
    kubernetes: "resources.limits.cpu (with CpuQuota)",
    fidelity: "approximate",
    note: "read together with CpuQuota",
    apply(_value, ctx) {
      const hostConfig = isJsonObject(ctx.createOptions["HostConfig"]) ? ctx.createOptions["HostConfig"] : {};
      if (typeof hostConfig["CpuQuota"] === "number" && hostConfig["CpuQuota"] > 0) {
        ctx.record("approximate", "containers[].resources.limits.cpu", "Used to compute the CPU limit from CpuQuota; the pod itself runs with the kubelet CFS period.");
      } else {
        ctx.record("dropped", "", "A CFS period without CpuQuota sets no limit; Kubernetes has no per-container period.");
      }
    }
  },
  {
    field: "HostConfig.CpuShares",
    kubernetes: "resources.requests.cpu = CpuShares / 1024",
    fidelity: "approximate",
    note: "relative weight vs request (1024 shares = 1 CPU)",
    apply(value, ctx) {
      const shares = asInteger(value, ctx);
      if (shares === void 0) return;
      ctx.draft.requests["cpu"] = milliCpuQuantity(Math.max(1, Math.round(shares * 1e3 / 1024)));
      ctx.record("approximate", "containers[].resources.requests.cpu", "Docker shares are a relative weight; Kubernetes turns the request back into shares (1 CPU = 1024) and also schedules on it.");
    }
  },
  {
    field: "HostConfig.DeviceRequests",
    kubernetes: 'resources.limits["nvidia.com/gpu"] = Count',
    fidelity: "approximate",
    note: "needs the NVIDIA device plugin; Count -1 (all GPUs) dropped",
    apply(value, ctx) {
      if (!Array.isArray(value)) return ctx.fail("expected a list of device requests");
      let count = 0;
      let all = false;
      for (const r of value) {
        if (!isJsonObject(r)) continue;
        const c = typeof r["Count"] === "number" ? r["Count"] : 0;
        if (c < 0) all = true;
        else count += c;
      }
      if (all || count === 0) {
        ctx.record("dropped", "", "All GPUs (Count -1) or a request without a count cannot be written as a resource limit.");
        return;
      }
      ctx.draft.limits["nvidia.com/gpu"] = String(count);
      ctx.record("approximate", 'containers[].resources.limits["nvidia.com/gpu"]', "GPU requests become the NVIDIA device-plugin resource; drivers and capabilities are left to the plugin.");
    }
  },
  droppedField("HostConfig.CpusetCpus", "Pinning CPUs needs the kubelet static CPU manager; there is no pod field."),
  droppedField("HostConfig.CpusetMems", "NUMA pinning needs the kubelet topology manager; there is no pod field."),
  droppedField("HostConfig.KernelMemory", "Deprecated in Docker; no Kubernetes field."),
  droppedField("HostConfig.MemorySwappiness", "No per-container Kubernetes field.", [-1]),
  droppedField("HostConfig.OomKillDisable", "Kubernetes always OOM-kills over the limit."),
  droppedField("HostConfig.OomScoreAdj", "The kubelet sets OOM scores from the QoS class."),
  droppedField("HostConfig.PidsLimit", "Only a node-wide kubelet setting exists.", [-1]),
  droppedField("HostConfig.Ulimits", "No per-container ulimit field in Kubernetes; the runtime defaults apply."),
  droppedField("HostConfig.CpuRealtimePeriod", "No Kubernetes field."),
  droppedField("HostConfig.CpuRealtimeRuntime", "No Kubernetes field."),
  droppedField("HostConfig.CpuCount", "Windows only."),
  droppedField("HostConfig.CpuPercent", "Windows only."),
  droppedField("HostConfig.BlkioWeight", "No block-IO fields in Kubernetes."),
  droppedField("HostConfig.BlkioWeightDevice", "No block-IO fields in Kubernetes."),
  droppedField("HostConfig.BlkioDeviceReadBps", "No block-IO fields in Kubernetes."),
  droppedField("HostConfig.BlkioDeviceWriteBps", "No block-IO fields in Kubernetes."),
  droppedField("HostConfig.BlkioDeviceReadIOps", "No block-IO fields in Kubernetes."),
  droppedField("HostConfig.BlkioDeviceWriteIOps", "No block-IO fields in Kubernetes."),
  droppedField("HostConfig.IOMaximumIOps", "Windows only."),
  droppedField("HostConfig.IOMaximumBandwidth", "Windows only.")
];

// src/translate/create-options/security.ts
function capabilityName(name) {
  return name.trim().toUpperCase().replace(/^CAP_/, "");
}
function _caps(value, ctx, which) {
  const list = asStringList(value, ctx);
  if (list === void 0) return;
  const caps = ctx.draft.security.capabilities ?? {};
  caps[which] = [.../* @__PURE__ */ new Set([...caps[which] ?? [], ...list.map(capabilityName)])].sort();
  ctx.draft.security.capabilities = caps;
  ctx.record("exact", `containers[].securityContext.capabilities.${which}`, "Same Linux capabilities, CAP_ prefix removed.");
}
var NUMERIC = /^[0-9]+$/;
var SECURITY_HANDLERS = [
  {
    field: "User",
    kubernetes: "containers[].securityContext.runAsUser / runAsGroup",
    fidelity: "exact / dropped",
    note: "numeric uid[:gid] (and root) only; user names cannot be resolved outside the image",
    apply(value, ctx) {
      const user = asString(value, ctx);
      if (user === void 0) return;
      const [u = "", g] = user.split(":");
      const uid = u === "root" ? "0" : u;
      const gid = g === "root" ? "0" : g;
      if (!NUMERIC.test(uid) || gid !== void 0 && !NUMERIC.test(gid)) {
        ctx.record("dropped", "", "User or group names cannot be resolved to ids outside the image; write numeric uid[:gid].");
        return;
      }
      ctx.draft.security.runAsUser = Number(uid);
      if (gid !== void 0) ctx.draft.security.runAsGroup = Number(gid);
      ctx.record("exact", gid !== void 0 ? "containers[].securityContext.runAsUser, runAsGroup" : "containers[].securityContext.runAsUser", "Same user and group ids.");
    }
  },
  {
    field: "HostConfig.Privileged",
    kubernetes: "containers[].securityContext.privileged",
    fidelity: "exact",
    note: "",
    apply(value, ctx) {
      const b = asBoolean(value, ctx);
      if (b === void 0) return;
      ctx.draft.security.privileged = b;
      ctx.record("exact", "containers[].securityContext.privileged", "Same meaning.");
    }
  },
  {
    field: "HostConfig.CapAdd",
    kubernetes: "containers[].securityContext.capabilities.add",
    fidelity: "exact",
    note: "CAP_ prefix stripped, upper-cased",
    apply: (value, ctx) => _caps(value, ctx, "add")
  },
  {
    field: "HostConfig.CapDrop",
    kubernetes: "containers[].securityContext.capabilities.drop",
    fidelity: "exact",
    note: "CAP_ prefix stripped, upper-cased",
    apply: (value, ctx) => _caps(value, ctx, "drop")
  },
  {
    field: "HostConfig.ReadonlyRootfs",
    kubernetes: "containers[].securityContext.readOnlyRootFilesystem",
    fidelity: "exact",
    note: "set only when true (the renderer keeps library defaults out)",
    apply(value, ctx) {
      const b = asBoolean(value, ctx);
      if (b === void 0) return;
      ctx.draft.security.readOnlyRootFilesystem = b;
      ctx.record("exact", "containers[].securityContext.readOnlyRootFilesystem", "Same meaning.");
    }
  },
  {
    field: "HostConfig.SecurityOpt",
    kubernetes: "securityContext allowPrivilegeEscalation / seccompProfile / appArmorProfile / seLinuxOptions",
    fidelity: "approximate",
    note: "no-new-privileges, seccomp=unconfined, apparmor=…, label=… mapped; others dropped",
    apply(value, ctx) {
      const list = asStringList(value, ctx);
      if (list === void 0) return;
      const s = ctx.draft.security;
      let unmapped = 0;
      for (const raw of list) {
        const [key = "", val = "true"] = raw.split(/[=:](.*)/s).filter((x) => x !== void 0);
        if (key === "no-new-privileges") {
          s.allowPrivilegeEscalation = val !== "true" ? true : false;
        } else if (key === "seccomp" && val === "unconfined") {
          s.seccompProfile = { type: "Unconfined" };
        } else if (key === "apparmor") {
          s.appArmorProfile = val === "unconfined" ? { type: "Unconfined" } : { type: "Localhost", localhostProfile: val };
        } else if (key === "label" && /^(user|role|type|level):/.test(val)) {
          const [k = "", v = ""] = val.split(/:(.*)/s);
          s.seLinuxOptions = { ...s.seLinuxOptions ?? {}, [k]: v };
        } else {
          unmapped++;
        }
      }
      if (unmapped === list.length) {
        ctx.record("dropped", "", "None of these security options has a Kubernetes field (seccomp profile files must be installed on the node as Localhost profiles).");
      } else {
        ctx.record("approximate", "containers[].securityContext", unmapped === 0 ? "Security options map to securityContext fields; profiles must exist on the node." : `Mapped where a securityContext field exists; ${unmapped} option(s) dropped.`);
      }
    }
  },
  {
    field: "HostConfig.GroupAdd",
    kubernetes: "pod securityContext.supplementalGroups",
    fidelity: "exact / dropped",
    note: "numeric group ids only",
    apply(value, ctx) {
      const list = asStringList(value, ctx);
      if (list === void 0) return;
      const ids = list.filter((g) => NUMERIC.test(g)).map(Number);
      if (ids.length > 0) ctx.draft.podSecurity["supplementalGroups"] = [...new Set(ids)].sort((a, b) => a - b);
      if (ids.length === list.length) ctx.record("exact", "Deployment.spec.template.spec.securityContext.supplementalGroups", "Same supplementary group ids.");
      else ctx.record("dropped", "", "Group names cannot be resolved to ids outside the image; numeric ids were kept.");
    }
  },
  {
    field: "HostConfig.Sysctls",
    kubernetes: "pod securityContext.sysctls",
    fidelity: "approximate",
    note: "pod-wide; unsafe sysctls need the kubelet allow-list",
    apply(value, ctx) {
      const map = asObject(value, ctx);
      if (map === void 0) return;
      ctx.draft.podSecurity["sysctls"] = Object.keys(map).sort().map((name) => ({ name, value: String(map[name]) }));
      ctx.record("approximate", "Deployment.spec.template.spec.securityContext.sysctls", "Sysctls apply to the whole pod; sysctls Kubernetes considers unsafe are refused unless the kubelet allows them.");
    }
  },
  {
    field: "HostConfig.Runtime",
    kubernetes: "pod.spec.runtimeClassName",
    fidelity: "approximate",
    note: "a RuntimeClass of that name must exist",
    apply(value, ctx) {
      const name = asString(value, ctx);
      if (name === void 0) return;
      if (name === "runc") {
        ctx.record("exact", "", "runc is the default runtime.");
        return;
      }
      ctx.draft.runtimeClassName = name;
      ctx.record("approximate", "Deployment.spec.template.spec.runtimeClassName", "The cluster needs a RuntimeClass of that name (e.g. nvidia).");
    }
  },
  droppedField("HostConfig.Init", "Kubernetes has no init-process option; use an image with tini or shareProcessNamespace."),
  droppedField("HostConfig.RestartPolicy", "IoT Edge uses the module restartPolicy and ignores this; a Deployment always restarts.", [{ Name: "" }, { Name: "no" }]),
  droppedField("HostConfig.LogConfig", "Logging is configured on the node (container runtime / log agent), not per pod."),
  droppedField("HostConfig.AutoRemove", "Pods are removed by their Deployment."),
  droppedField("HostConfig.Links", "Legacy links: modules reach each other by Service name."),
  droppedField("HostConfig.CgroupParent", "The kubelet owns the cgroup hierarchy."),
  droppedField("HostConfig.Cgroup", "The kubelet owns the cgroup hierarchy."),
  droppedField("HostConfig.CgroupnsMode", "The container runtime decides the cgroup namespace."),
  droppedField("HostConfig.DeviceCgroupRules", "Device access needs privileged or a device plugin."),
  droppedField("HostConfig.Isolation", "Windows only."),
  droppedField("HostConfig.StorageOpt", "No per-container storage driver options in Kubernetes."),
  droppedField("HostConfig.MaskedPaths", "Kubernetes only offers procMount Default/Unmasked."),
  droppedField("HostConfig.ReadonlyPaths", "Kubernetes only offers procMount Default/Unmasked."),
  droppedField("HostConfig.ConsoleSize", "No terminal is attached."),
  droppedField("HostConfig.ContainerIDFile", "Client-side file; nothing to write.")
];

// src/translate/create-options/volumes.ts
var DEVICE_DIRECTORIES = /* @__PURE__ */ new Set(["/dev/snd", "/dev/dri", "/dev/input", "/dev/bus/usb", "/dev/serial", "/dev/v4l", "/dev/net"]);
function _volumeName(source) {
  return dnsLabel(source.replace(/^\/+/, ""), 63) || "vol";
}
function hostPathType(path) {
  if (path.endsWith(".sock")) return "Socket";
  if (path.startsWith("/dev/")) return DEVICE_DIRECTORIES.has(path.replace(/\/+$/, "")) ? "Directory" : void 0;
  const last = path.replace(/\/+$/, "").split("/").pop() ?? "";
  if (/\.[A-Za-z0-9]+$/.test(last)) return void 0;
  return "DirectoryOrCreate";
}
var CREATE_OPTIONS = ["settings", "createOptions"];
function _origin(field, rank, ...index) {
  return { key: field, path: [...CREATE_OPTIONS, ...field.split("."), ...index], rank };
}
function _hostPathMount(ctx, origin, source, target, readOnly, propagation) {
  const type = hostPathType(source);
  const name = addVolume(ctx.draft, { name: _volumeName(source), hostPath: { path: source, ...type !== void 0 ? { type } : {} } });
  addMount(ctx.draft, { name, mountPath: target, ...readOnly ? { readOnly: true } : {}, ...propagation !== void 0 ? { mountPropagation: propagation } : {} }, origin);
}
function _pvcMount(ctx, origin, volumeName, target, readOnly) {
  const claimName = _volumeName(volumeName);
  if (!ctx.draft.pvcs.has(claimName)) {
    ctx.draft.pvcs.set(claimName, {
      name: claimName,
      labels: ctx.deviceLabels,
      annotations: { ...ctx.deviceAnnotations, "net.azure-devices.edge.volume": volumeName },
      accessModes: ["ReadWriteOnce"],
      storage: ctx.options.volumeSize,
      ...ctx.options.storageClassName !== void 0 ? { storageClassName: ctx.options.storageClassName } : {}
    });
  }
  const name = addVolume(ctx.draft, { name: claimName, persistentVolumeClaim: { claimName } });
  addMount(ctx.draft, { name, mountPath: target, ...readOnly ? { readOnly: true } : {} }, origin);
}
function _memoryMount(ctx, origin, target, sizeBytes, readOnly = false) {
  const emptyDir = { medium: "Memory", ...sizeBytes !== void 0 && sizeBytes > 0 ? { sizeLimit: bytesQuantity(sizeBytes) } : {} };
  const name = addVolume(ctx.draft, { name: `tmpfs-${_volumeName(target)}`.slice(0, 63).replace(/-+$/, ""), emptyDir });
  addMount(ctx.draft, { name, mountPath: target, ...readOnly ? { readOnly: true } : {} }, origin);
}
var PROPAGATION = /* @__PURE__ */ new Map([
  ["private", "None"],
  ["rprivate", "None"],
  ["slave", "HostToContainer"],
  ["rslave", "HostToContainer"],
  ["shared", "Bidirectional"],
  ["rshared", "Bidirectional"]
]);
var VOLUME_HANDLERS = [
  {
    field: "Volumes",
    kubernetes: "emptyDir volume + volumeMounts",
    fidelity: "approximate",
    note: "anonymous volume: data lives as long as the pod; Docker copies the image content at that path into a new volume, emptyDir starts empty",
    apply(value, ctx) {
      const vols = asObject(value, ctx);
      if (vols === void 0) return;
      for (const target of Object.keys(vols).sort()) {
        const name = addVolume(ctx.draft, { name: `anon-${_volumeName(target)}`.slice(0, 63).replace(/-+$/, ""), emptyDir: {} });
        addMount(ctx.draft, { name, mountPath: target }, _origin("Volumes", 1, target));
      }
      ctx.record("approximate", "Deployment.spec.template.spec.volumes[].emptyDir, containers[].volumeMounts", "Anonymous volumes become emptyDir: data lives as long as the pod, and the image content at that path is hidden instead of copied in as Docker does.");
    }
  },
  {
    field: "HostConfig.Binds",
    kubernetes: "hostPath (DirectoryOrCreate) or PersistentVolumeClaim + volumeMounts",
    fidelity: "approximate",
    note: "absolute path → hostPath (node-local data; no type check for a device node under /dev); named volume → PVC; `ro` → readOnly; propagation options → mountPropagation; z/Z/nocopy dropped",
    apply(value, ctx) {
      const binds = asStringList(value, ctx);
      if (binds === void 0) return;
      const notes = /* @__PURE__ */ new Set();
      binds.forEach((bind, i) => {
        const parts = bind.split(":");
        if (parts.length < 2 || parts[0] === "" || parts[1] === "") return ctx.fail("a bind must be source:target[:options]", i);
        const [source, target, opts = ""] = parts;
        const options = opts.split(",").filter((o) => o !== "");
        const readOnly = options.includes("ro");
        const propagation = options.map((o) => PROPAGATION.get(o)).find((p) => p !== void 0);
        if (options.some((o) => !["ro", "rw", ...PROPAGATION.keys()].includes(o))) notes.add("SELinux relabel (z/Z) and nocopy options are dropped");
        if (source.startsWith("/")) {
          _hostPathMount(ctx, _origin("HostConfig.Binds", 3, i), source, target, readOnly, propagation);
          notes.add("host paths are node-local: the data stays on the node the pod ran on");
        } else {
          _pvcMount(ctx, _origin("HostConfig.Binds", 3, i), source, target, readOnly);
          notes.add(`named volumes become PersistentVolumeClaims (ReadWriteOnce, ${ctx.options.volumeSize})`);
        }
      });
      ctx.record("approximate", "Deployment.spec.template.spec.volumes[], containers[].volumeMounts", ["Binds become volume mounts", ...[...notes].sort()].join("; ") + ".");
    }
  },
  {
    field: "HostConfig.Mounts",
    kubernetes: "PVC (volume) / hostPath (bind) / emptyDir Memory (tmpfs) + volumeMounts",
    fidelity: "approximate",
    note: "volume → PVC ReadWriteOnce; bind → hostPath; tmpfs → emptyDir Memory with sizeLimit; npipe dropped",
    apply(value, ctx) {
      if (!Array.isArray(value)) return ctx.fail("expected a list of mounts");
      const notes = /* @__PURE__ */ new Set();
      let dropped = false;
      value.forEach((m, i) => {
        if (!isJsonObject(m)) return ctx.fail("expected a mount object", i);
        const type = m["Type"];
        const source = m["Source"];
        const target = m["Target"];
        const readOnly = m["ReadOnly"] === true;
        if (typeof target !== "string" || target === "") return ctx.fail("a mount needs Target", i, "Target");
        if (type === "tmpfs") {
          const opts = isJsonObject(m["TmpfsOptions"]) ? m["TmpfsOptions"] : {};
          const size = typeof opts["SizeBytes"] === "number" ? opts["SizeBytes"] : void 0;
          _memoryMount(ctx, _origin("HostConfig.Mounts", 3, i), target, size, readOnly);
          notes.add("tmpfs becomes a memory-backed emptyDir");
          return;
        }
        if (typeof source !== "string" || source === "") return ctx.fail("a volume or bind mount needs Source", i, "Source");
        if (type === "volume") {
          _pvcMount(ctx, _origin("HostConfig.Mounts", 3, i), source, target, readOnly);
          notes.add(`volumes become PersistentVolumeClaims (ReadWriteOnce, ${ctx.options.volumeSize})`);
        } else if (type === "bind") {
          const bo = isJsonObject(m["BindOptions"]) ? m["BindOptions"] : {};
          const propagation = typeof bo["Propagation"] === "string" ? PROPAGATION.get(bo["Propagation"]) : void 0;
          _hostPathMount(ctx, _origin("HostConfig.Mounts", 3, i), source, target, readOnly, propagation);
          notes.add("host paths are node-local");
        } else if (type === "npipe") {
          dropped = true;
        } else {
          ctx.fail("mount Type must be bind, volume, tmpfs or npipe", i, "Type");
        }
      });
      if (dropped) ctx.record("dropped", "", "Windows named pipes (npipe) cannot be mounted into a Linux pod.");
      else ctx.record("approximate", "Deployment.spec.template.spec.volumes[], containers[].volumeMounts", ["Mounts become volume mounts", ...[...notes].sort()].join("; ") + ".");
    }
  },
  {
    field: "HostConfig.Tmpfs",
    kubernetes: "emptyDir {medium: Memory, sizeLimit}",
    fidelity: "approximate",
    note: "size= option → sizeLimit; other mount options dropped",
    apply(value, ctx) {
      const map = asObject(value, ctx);
      if (map === void 0) return;
      for (const target of Object.keys(map).sort()) {
        const opts = typeof map[target] === "string" ? map[target] : "";
        const size = /(?:^|,)size=([^,]+)/.exec(opts)?.[1];
        _memoryMount(ctx, _origin("HostConfig.Tmpfs", 3, target), target, size !== void 0 ? parseDockerSize(size) : void 0);
      }
      ctx.record("approximate", "Deployment.spec.template.spec.volumes[].emptyDir", "tmpfs mounts become memory-backed emptyDir volumes; mount options other than size are dropped.");
    }
  },
  {
    field: "HostConfig.ShmSize",
    kubernetes: "emptyDir {medium: Memory, sizeLimit} at /dev/shm",
    fidelity: "approximate",
    note: "counts against the container memory limit in Kubernetes",
    apply(value, ctx) {
      const bytes = asInteger(value, ctx);
      if (bytes === void 0) return;
      const name = addVolume(ctx.draft, { name: "dshm", emptyDir: { medium: "Memory", sizeLimit: bytesQuantity(bytes) } });
      addMount(ctx.draft, { name, mountPath: "/dev/shm" }, _origin("HostConfig.ShmSize", 0));
      ctx.record("approximate", "Deployment.spec.template.spec.volumes[].emptyDir (/dev/shm)", "A memory-backed emptyDir at /dev/shm; its use counts against the memory limit, unlike Docker shm.");
    }
  },
  {
    field: "HostConfig.Devices",
    kubernetes: "hostPath (CharDevice) mounted at PathInContainer",
    fidelity: "approximate",
    note: "works only with privileged (or a device plugin granting cgroup access); CgroupPermissions dropped",
    apply(value, ctx) {
      if (!Array.isArray(value)) return ctx.fail("expected a list of devices");
      value.forEach((d, i) => {
        if (!isJsonObject(d) || typeof d["PathOnHost"] !== "string" || d["PathOnHost"] === "") return ctx.fail("a device needs PathOnHost", i);
        const onHost = d["PathOnHost"];
        const inContainer = typeof d["PathInContainer"] === "string" && d["PathInContainer"] !== "" ? d["PathInContainer"] : onHost;
        const type = DEVICE_DIRECTORIES.has(onHost) ? "Directory" : "CharDevice";
        const name = addVolume(ctx.draft, { name: _volumeName(onHost), hostPath: { path: onHost, type } });
        addMount(ctx.draft, { name, mountPath: inContainer }, _origin("HostConfig.Devices", 2, i));
      });
      const hostConfig = isJsonObject(ctx.createOptions["HostConfig"]) ? ctx.createOptions["HostConfig"] : {};
      const privileged = hostConfig["Privileged"] === true;
      ctx.record(
        "approximate",
        "Deployment.spec.template.spec.volumes[].hostPath, containers[].volumeMounts",
        privileged ? "Devices are mounted from the host; the container is privileged, so it may open them (CgroupPermissions are not needed)." : "Devices are mounted from the host, but an unprivileged container may not open them: it needs privileged or a device plugin; CgroupPermissions are dropped."
      );
    }
  },
  droppedField("HostConfig.VolumeDriver", "Volume drivers are replaced by the storage class of the claim."),
  droppedField("HostConfig.VolumesFrom", "Pods cannot share volumes with other pods by container name.")
];

// src/translate/create-options/index.ts
var CREATE_OPTIONS_HANDLERS = [
  ...CONTAINER_HANDLERS,
  ...ENV_HANDLERS,
  ...PORT_HANDLERS,
  ...VOLUME_HANDLERS,
  ...RESOURCE_HANDLERS,
  ...SECURITY_HANDLERS,
  ...NETWORK_HANDLERS,
  K8S_EXPERIMENTAL_HANDLER
];
var HOST_CONFIG = "HostConfig";
var CREATE_OPTIONS_PATH = ["settings", "createOptions"];
function _pathOf(field) {
  return field.startsWith(`${HOST_CONFIG}.`) ? [HOST_CONFIG, field.slice(HOST_CONFIG.length + 1)] : [field];
}
function applyCreateOptions(createOptions, target) {
  const { recorder } = target;
  const hostConfigValue = createOptions[HOST_CONFIG];
  if (hostConfigValue !== void 0 && hostConfigValue !== null && !isJsonObject(hostConfigValue)) {
    recorder.fail("HostConfig must be an object", [...CREATE_OPTIONS_PATH, HOST_CONFIG]);
    return;
  }
  const hostConfig = isJsonObject(hostConfigValue) ? hostConfigValue : {};
  const known = /* @__PURE__ */ new Set();
  for (const handler of CREATE_OPTIONS_HANDLERS) {
    const path = _pathOf(handler.field);
    known.add(handler.field);
    const value = path.length === 2 ? hostConfig[path[1]] : createOptions[path[0]];
    if (value === void 0) continue;
    const fieldPath = [...CREATE_OPTIONS_PATH, ...path];
    const ctx = {
      draft: target.draft,
      createOptions,
      options: target.options,
      deviceLabels: target.deviceLabels,
      deviceAnnotations: target.deviceAnnotations,
      recorder,
      record: (fidelity, k8s2, reason) => recorder.record(handler.field, fidelity, k8s2, reason, fieldPath),
      recordPart: (key, sub, fidelity, k8s2, reason) => recorder.record(key, fidelity, k8s2, reason, [...fieldPath, ...sub]),
      fail: (message, ...sub) => recorder.fail(`${handler.field}: ${message}`, [...fieldPath, ...sub])
    };
    if (!handler.zeroIsValue && isZeroValue(value)) {
      ctx.record("exact", "", "Empty or zero value: the Docker default, nothing to translate.");
      continue;
    }
    handler.apply(value, ctx);
  }
  const unknown = (key, value, path) => {
    if (isZeroValue(value)) recorder.record(key, "exact", "", "Unknown field with an empty or zero value: nothing to translate.", path);
    else recorder.record(key, "dropped", "", "Unknown createOptions field: not translated.", path);
  };
  for (const key of Object.keys(createOptions).sort()) {
    if (key === HOST_CONFIG || known.has(key)) continue;
    unknown(key, createOptions[key], [...CREATE_OPTIONS_PATH, key]);
  }
  for (const key of Object.keys(hostConfig).sort()) {
    if (known.has(`${HOST_CONFIG}.${key}`)) continue;
    unknown(`${HOST_CONFIG}.${key}`, hostConfig[key], [...CREATE_OPTIONS_PATH, HOST_CONFIG, key]);
  }
}

// src/translate/resolve-mount-paths.ts
var SYSTEM = { key: "runtime identity", path: [], rank: 5 };
function _normalPath(path) {
  const collapsed = path.replace(/\/+/g, "/");
  return collapsed.length > 1 ? collapsed.replace(/\/$/, "") : collapsed;
}
function resolveMountPaths(draft, rec) {
  const byPath = /* @__PURE__ */ new Map();
  for (const mount of draft.mounts) {
    const path = _normalPath(mount.mountPath);
    byPath.set(path, [...byPath.get(path) ?? [], mount]);
  }
  const dropped = /* @__PURE__ */ new Set();
  for (const [path, mounts] of byPath) {
    if (mounts.length < 2) continue;
    const origin = (m) => draft.mountOrigins.get(m) ?? SYSTEM;
    const best = Math.max(...mounts.map((m) => origin(m).rank));
    const winners = mounts.filter((m) => origin(m).rank === best);
    if (best >= 3 && winners.length > 1) {
      const second = winners[1];
      rec.fail(
        `${origin(second).key}: ${path} is mounted twice (also by ${origin(winners[0]).key}); Docker refuses a duplicate mount point, and Kubernetes one path mounted twice`,
        origin(second).path
      );
      continue;
    }
    const kept = winners[0];
    for (const mount of mounts) {
      if (mount === kept) continue;
      dropped.add(mount);
      if (origin(mount).rank === best) continue;
      rec.record(
        origin(mount).key,
        "approximate",
        "containers[].volumeMounts",
        `${path} is also mounted by ${origin(kept).key}, which is kept: Kubernetes mounts one volume per container path, and Docker would show that mount there too.`,
        origin(mount).path
      );
    }
  }
  if (dropped.size === 0) return;
  draft.mounts = draft.mounts.filter((m) => !dropped.has(m));
  const used = new Set(draft.mounts.map((m) => m.name));
  for (const mount of dropped) {
    if (!used.has(mount.name)) draft.volumes.delete(mount.name);
  }
}

// src/translate/module-env.ts
var ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
function kubernetesEnvName(name) {
  if (ENV_NAME.test(name)) return name;
  const dotnet = name.replaceAll(":", "__");
  return name.includes(":") && ENV_NAME.test(dotnet) ? dotnet : void 0;
}
function envValueString(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}
function buildModuleEnv(module, draft, rec, ctx) {
  const entries = /* @__PURE__ */ new Map();
  for (const e of module.env) entries.set(e.name, { value: envValueString(e.value), origin: "env", path: ["env", e.name], place: { kind: "module env", module: module.name, name: e.name } });
  if (module.env.length > 0) rec.record("env", "exact", "containers[].env", "Module env values become env entries (numbers and booleans as JSON text).", ["env"]);
  for (const e of draft.createEnv) {
    const prev = entries.get(e.name);
    if (prev?.origin === "env") continue;
    entries.set(e.name, { value: e.value, origin: "Env", path: ["settings", "createOptions", "Env", e.index], place: { kind: "createOptions", module: module.name, field: "Env", index: e.index, prefix: `${e.name}=` } });
  }
  for (const arg of draft.argSecrets) {
    entries.set(arg.name, { value: "", origin: "arg", path: arg.path, key: arg.key, place: { kind: "createOptions", module: module.name, field: arg.field, index: arg.index, prefix: arg.prefix } });
  }
  const runtimeNames = new Set(draft.runtimeEnv.map((e) => e.name));
  const env = [];
  const secrets = [];
  const sources = [];
  const keyOwners = /* @__PURE__ */ new Map();
  for (const [written, entry] of entries) {
    const key = entry.key ?? `${entry.origin}.${written}`;
    const name = kubernetesEnvName(written);
    if (name === void 0 || name !== written && entries.has(name)) {
      rec.record(
        key,
        "dropped",
        "",
        name === void 0 ? 'Kubernetes 1.27 accepts only env names of letters, digits, "_", "-" and "." that do not start with a digit; Docker takes any.' : `Its Kubernetes spelling ${name} is already set by another entry, which is kept.`,
        entry.path
      );
      continue;
    }
    if (name !== written) {
      rec.record(
        key,
        "approximate",
        `containers[].env ${name}`,
        'Kubernetes 1.27 refuses ":" in env names; written with "__", which .NET configuration (the usual reader of such names) treats as ":".',
        entry.path
      );
    }
    if (runtimeNames.has(name)) {
      rec.record(key, "approximate", "containers[].env", "Replaced by the value the runtime sets for this variable.", entry.path);
      continue;
    }
    if (entry.origin === "arg" || isCredentialEnv(name, entry.value, ctx.registryPasswords)) {
      const secretKey = secretKeyOf(name);
      const other = keyOwners.get(secretKey);
      if (other !== void 0) {
        rec.fail(`env variables '${other}' and '${name}' both become the key '${secretKey}' of Secret ${ctx.envSecretName}; rename one`, entry.path);
        continue;
      }
      keyOwners.set(secretKey, name);
      const remoteKey2 = moduleEnvKey(ctx.hub, ctx.deviceId, module.name, name);
      secrets.push({ secretKey, remoteKey: remoteKey2 });
      sources.push({ remoteKey: remoteKey2, place: entry.place });
      env.push({ name, secretKeyRef: { name: ctx.envSecretName, key: secretKey } });
      const why = entry.origin === "arg" ? `A credential in a command-line argument: the argument reads $(${name}), which Kubernetes expands from env ${name}; the ExternalSecret ${ctx.envSecretName} reads its value from the secret store, under the key of this device, module and variable.` : `A credential: its value is not written; the ExternalSecret ${ctx.envSecretName} reads it from the secret store, under the key of this device, module and variable.`;
      rec.record(key, "approximate", `containers[].env[].valueFrom.secretKeyRef (${ctx.envSecretName})`, why, entry.path);
      continue;
    }
    env.push({ name, value: entry.value });
  }
  env.push(...draft.runtimeEnv);
  return { env, secrets, sources };
}

// src/translate/module-settings.ts
var UPSTREAM = "$upstream";
var IMAGE_REF = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
function hasTagOrDigest(image) {
  const last = image.split("/").pop() ?? "";
  return last.includes(":") || last.includes("@");
}
function isImageReference(image) {
  return IMAGE_REF.test(image);
}
var SETTING_HANDLERS = [
  {
    field: "type",
    kubernetes: "",
    fidelity: "exact",
    note: "only docker exists; anything else is an error",
    apply(module, _draft, rec) {
      if (module.type !== "docker") rec.fail(`module type '${module.type}' is not supported (only docker)`, ["type"]);
      else rec.record("type", "exact", "", "Docker modules run as OCI containers.", ["type"]);
    }
  },
  {
    field: "settings.image",
    kubernetes: "containers[].image",
    fidelity: "exact",
    note: "an invalid reference (unresolved template placeholder) is an error; no tag → approximate; `$upstream:<port>/…` (nested edge) → --upstream-host, else the parent device id from parentScopes (approximate)",
    apply(module, draft, rec) {
      let image = module.image.trim();
      const nested = image.startsWith(`${UPSTREAM}:`) || image.startsWith(`${UPSTREAM}/`);
      if (nested) {
        if (draft.upstream === void 0) {
          rec.fail("settings.image pulls from $upstream (nested edge), but the device has no parent in IoT Hub (parentScopes) and no --upstream-host was given", ["settings", "image"]);
          return;
        }
        image = draft.upstream.host + image.slice(UPSTREAM.length);
      }
      if (image === "" || !isImageReference(image)) {
        rec.fail("settings.image is not a valid image reference (an unresolved template placeholder?)", ["settings", "image"]);
        return;
      }
      draft.image = image;
      if (nested) {
        const from = draft.upstream.from === "flag" ? "the host given by --upstream-host" : "the parent device id of the twin's parentScopes, as a host name the nodes must resolve (or set --upstream-host)";
        rec.record("settings.image", "approximate", "containers[].image", `$upstream (the parent device, which the IoT Edge agent puts in its place) became ${from}.`, ["settings", "image"]);
      } else if (hasTagOrDigest(image)) rec.record("settings.image", "exact", "containers[].image", "Same image reference.", ["settings", "image"]);
      else rec.record("settings.image", "approximate", "containers[].image", "No tag: IoT Edge pulls :latest once on create; Kubernetes also uses :latest but defaults imagePullPolicy to Always.", ["settings", "image"]);
    }
  },
  {
    field: "status",
    kubernetes: "Deployment.spec.replicas 1 / 0",
    fidelity: "exact",
    note: "stopped → 0 replicas",
    apply(module, draft, rec) {
      draft.replicas = module.status === "stopped" ? 0 : 1;
      rec.record("status", "exact", "Deployment.spec.replicas", module.status === "stopped" ? "Stopped: 0 replicas." : "Running: 1 replica.", ["status"]);
    }
  },
  {
    field: "restartPolicy",
    kubernetes: "pod restartPolicy Always (implicit)",
    fidelity: "exact / approximate / dropped",
    note: "always exact; on-failure, on-unhealthy approximate; never dropped — Deployments always restart",
    apply(module, draft, rec) {
      const path = ["restartPolicy"];
      switch (module.restartPolicy) {
        case "always":
          return rec.record("restartPolicy", "exact", "Deployment.spec.template.spec.restartPolicy (Always)", "Deployments always restart their containers.", path);
        case "on-failure":
          return rec.record("restartPolicy", "approximate", "Deployment.spec.template.spec.restartPolicy (Always)", "Deployments always restart, also after a clean exit (code 0).", path);
        case "on-unhealthy":
          return rec.record(
            "restartPolicy",
            "approximate",
            "Deployment.spec.template.spec.restartPolicy (Always)",
            draft.hasHealthcheck ? "Deployments always restart; the livenessProbe from Healthcheck restarts unhealthy containers." : "Deployments always restart, also after a clean exit; without a Healthcheck nothing detects an unhealthy container.",
            path
          );
        case "never":
          return rec.record("restartPolicy", "dropped", "", "Deployments always restart: never cannot be expressed.", path);
      }
    }
  },
  {
    field: "imagePullPolicy",
    kubernetes: "containers[].imagePullPolicy",
    fidelity: "approximate / exact",
    note: "on-create → Always (approximate); never → Never (exact); unset → unset",
    apply(module, draft, rec) {
      if (module.imagePullPolicy === void 0) return;
      if (module.imagePullPolicy === "never") {
        draft.imagePullPolicy = "Never";
        rec.record("imagePullPolicy", "exact", "containers[].imagePullPolicy", "Never pull: the image must already be on the node.", ["imagePullPolicy"]);
      } else {
        draft.imagePullPolicy = "Always";
        rec.record("imagePullPolicy", "approximate", "containers[].imagePullPolicy", "IoT Edge pulls when it (re)creates the module; Kubernetes with Always also checks the registry on every container start.", ["imagePullPolicy"]);
      }
    }
  },
  {
    field: "startupOrder",
    kubernetes: "",
    fidelity: "dropped",
    note: "Kubernetes starts pods in no order",
    apply(module, _draft, rec) {
      if (module.startupOrder === void 0) return;
      rec.record("startupOrder", "dropped", "", "Kubernetes starts pods in no particular order; modules must retry until their peers are up.", ["startupOrder"]);
    }
  },
  {
    field: "version",
    kubernetes: "annotation net.azure-devices.edge.version (Deployment and pod template)",
    fidelity: "exact",
    note: "a new version rolls the pod, as IoT Edge recreates the module",
    apply(module, draft, rec) {
      if (module.version === void 0) return;
      draft.version = module.version;
      rec.record("version", "exact", 'metadata.annotations["net.azure-devices.edge.version"]', "Recorded as an annotation; a change rolls the pod as IoT Edge recreates the module.", ["version"]);
    }
  },
  {
    field: "settings.createOptions (form)",
    kubernetes: "",
    fidelity: "exact / approximate",
    note: "string and createOptions01… chunks exact; a JSON object (template form) accepted, approximate",
    apply(module, _draft, rec) {
      if (module.createOptionsForm === "object") {
        rec.record("settings.createOptions", "approximate", "", "createOptions written as a JSON object (template form) instead of a string; IoT Hub deployments need a string, read as if stringified.", ["settings", "createOptions"]);
      } else if (module.createOptionsForm === "chunked") {
        rec.record("settings.createOptions", "exact", "", "createOptions chunks joined in order, as IoT Edge does.", ["settings", "createOptions"]);
      }
    }
  },
  {
    field: "settings.createOptions (reading)",
    kubernetes: "",
    fidelity: "exact",
    note: 'read as the IoT Edge agent reads it: member names in any case, `"true"`/`"1024"` converted where its model is typed (HostConfig, Env, Labels), unquoted names / single quotes / comments; one ledger entry lists what was read so',
    apply(module, _draft, rec) {
      const readings = module.createOptionsReadings ?? [];
      if (readings.length === 0) return;
      const paths = (kind) => [...new Set(readings.filter((r) => r.kind === kind).map((r) => r.path.join(".")))].sort();
      const parts = [
        ...readings.some((r) => r.kind === "syntax") ? ["not strict JSON (unquoted member names, single quotes or comments), read as Newtonsoft reads it"] : [],
        ...paths("name").length > 0 ? [`member names matched case-insensitively: ${paths("name").join(", ")}`] : [],
        ...paths("value").length > 0 ? [`values converted to the member's type: ${paths("value").join(", ")}`] : []
      ];
      rec.record("settings.createOptions (reading)", "exact", "", `Read as the IoT Edge agent reads createOptions: ${parts.join("; ")}.`, ["settings", "createOptions"]);
    }
  }
];

// src/translate/translate-module.ts
function identityKeyOf(resourceName) {
  return `${resourceName}-connection-string`;
}
function _runtimeEnv(module, ctx) {
  const identity = { name: IDENTITY_SECRET, key: identityKeyOf(ctx.resourceName) };
  const env = [
    { name: "IOTEDGE_DEVICEID", value: ctx.deviceId },
    { name: "IOTEDGE_MODULEID", value: module.name },
    { name: "IOTEDGE_IOTHUBHOSTNAME", value: ctx.options.hostName }
  ];
  if (ctx.isEdgeHub) {
    env.push({ name: "IotHubConnectionString", secretKeyRef: identity }, ...edgeHubCertificateEnv(ctx.options.certificates));
  } else {
    env.push(
      { name: "IOTEDGE_GATEWAYHOSTNAME", value: GATEWAY_HOST_NAME },
      { name: "EdgeHubConnectionString", secretKeyRef: identity },
      { name: "EdgeModuleCACertificateFile", value: moduleCaFile(ctx.options.certificates) }
    );
  }
  return env;
}
function _systemVolumes(draft, ctx) {
  const mount = (volume, mountPath) => {
    const name = addVolume(draft, volume);
    draft.mounts.push({ name, mountPath, readOnly: true });
  };
  if (ctx.isEdgeHub) {
    mount(edgeHubCertificateVolume(ctx.options.certificates), EDGEHUB_CERT_DIR);
    mount({ name: "iotedge-edgehub-config", configMap: { name: EDGEHUB_CONFIG_MAP } }, EDGEHUB_CONFIG_DIR);
  } else {
    mount(moduleCaVolume(ctx.options.certificates), MODULE_CERT_DIR);
  }
  if (ctx.twinConfigMap !== void 0) mount({ name: "iotedge-twin", configMap: { name: ctx.twinConfigMap } }, TWIN_DIR);
}
function _byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function _security(draft) {
  const s = draft.security;
  const caps = s.capabilities;
  return {
    ...s.privileged !== void 0 ? { privileged: s.privileged } : {},
    ...s.readOnlyRootFilesystem === true ? { readOnlyRootFilesystem: true } : {},
    ...s.runAsUser !== void 0 ? { runAsUser: s.runAsUser } : {},
    ...s.runAsGroup !== void 0 ? { runAsGroup: s.runAsGroup } : {},
    ...s.allowPrivilegeEscalation !== void 0 ? { allowPrivilegeEscalation: s.allowPrivilegeEscalation } : {},
    ...caps !== void 0 ? { capabilities: { ...caps.add !== void 0 ? { add: caps.add } : {}, ...caps.drop !== void 0 ? { drop: caps.drop } : {} } } : {},
    ...s.seccompProfile !== void 0 ? { seccompProfile: s.seccompProfile } : {},
    ...s.seLinuxOptions !== void 0 ? { seLinuxOptions: s.seLinuxOptions } : {},
    ...s.appArmorProfile !== void 0 ? { appArmorProfile: s.appArmorProfile } : {}
  };
}
function _resources(draft) {
  const r = draft.resourcesOverride ?? { limits: draft.limits, requests: draft.requests };
  const limits = r.limits !== void 0 && Object.keys(r.limits).length > 0 ? _sortedMap(r.limits) : void 0;
  const requests = r.requests !== void 0 && Object.keys(r.requests).length > 0 ? _sortedMap(r.requests) : void 0;
  if (limits === void 0 && requests === void 0) return void 0;
  return { ...limits !== void 0 ? { limits } : {}, ...requests !== void 0 ? { requests } : {} };
}
function _sortedMap(map) {
  const out = {};
  for (const k of Object.keys(map).sort()) out[k] = map[k];
  return out;
}
function _sortedJson(map) {
  return sortJsonKeys(map);
}
var PROTOCOL_ORDER = { TCP: 0, UDP: 1, SCTP: 2 };
function translateModule(module, ctx) {
  const rec = new LedgerRecorder(ctx.deviceId, module.name, module.source);
  const draft = newWorkloadDraft();
  const hub = ctx.options.hub;
  _systemVolumes(draft, ctx);
  if (module.createOptions !== null) {
    const createOptions = redactCreateOptions(module.createOptions, ctx.registryPasswords, (path, reason) => {
      if (reason === "credential-shaped value" || reason === "registry password value") {
        if (path[0] === "Env" || path[0] === "Labels") return;
        rec.record(`createOptions.${path.join(".")}`, "dropped", "", "A credential: its value is not written (the marker stands in its place), and this field cannot read the secret store.", ["settings", "createOptions", ...path]);
      }
    });
    applyCreateOptions(createOptions, {
      draft,
      recorder: rec,
      options: ctx.options,
      deviceLabels: ctx.deviceLabels,
      deviceAnnotations: ctx.deviceAnnotations
    });
  }
  resolveMountPaths(draft, rec);
  const settings = { replicas: 1, image: module.image.trim(), hasHealthcheck: draft.hasHealthcheck, ...ctx.upstream !== void 0 ? { upstream: ctx.upstream } : {} };
  for (const handler of SETTING_HANDLERS) handler.apply(module, settings, rec);
  draft.runtimeEnv = _runtimeEnv(module, ctx);
  const envSecretName = `${ctx.resourceName}-env`;
  const moduleEnv = buildModuleEnv(module, draft, rec, { hub, deviceId: ctx.deviceId, envSecretName, registryPasswords: ctx.registryPasswords });
  rec.record(
    "runtime identity",
    "approximate",
    `containers[].env ${ctx.isEdgeHub ? "IotHubConnectionString" : "EdgeHubConnectionString"} (Secret ${IDENTITY_SECRET})`,
    "No IoT Edge security daemon, so no workload API (IOTEDGE_WORKLOADURI, IOTEDGE_AUTHSCHEME): the module authenticates with a connection string from the secret store, as the IoT Edge simulator does.",
    []
  );
  const labels = moduleLabels(hub, ctx.deviceId, ctx.resourceName);
  const annotations = { ...moduleAnnotations(hub, ctx.deviceId, module.name) };
  if (settings.version !== void 0) annotations[ANNOTATION_VERSION] = settings.version;
  const podAnnotations = _sortedMap({ ...draft.labelAnnotations, ...annotations });
  const registry = imageRegistry(settings.image);
  const pullSecret = ctx.pullSecrets.get(registry);
  const servicePorts = [...draft.servicePorts.values()].sort((a, b) => a.port - b.port || PROTOCOL_ORDER[a.protocol] - PROTOCOL_ORDER[b.protocol]);
  const service = servicePorts.length === 0 ? void 0 : {
    type: draft.serviceType ?? "ClusterIP",
    ports: servicePorts,
    ...draft.loadBalancerIP !== void 0 ? { loadBalancerIP: draft.loadBalancerIP } : {},
    annotations: _sortedMap(draft.labelAnnotations)
  };
  if (service === void 0 && (draft.serviceType !== void 0 || draft.loadBalancerIP !== void 0)) {
    rec.revise("k8s-experimental.serviceOptions", "dropped", "", "serviceOptions without any port: no Service is created.", ["settings", "createOptions", "k8s-experimental", "serviceOptions"]);
  }
  const dns = draft.dnsConfig;
  const dnsConfig = dns.nameservers === void 0 && dns.searches === void 0 && dns.options === void 0 ? void 0 : {
    ...dns.nameservers !== void 0 ? { nameservers: dns.nameservers } : {},
    ...dns.options !== void 0 ? { options: dns.options } : {},
    ...dns.searches !== void 0 ? { searches: dns.searches } : {}
  };
  const workload = {
    module: module.name,
    name: ctx.resourceName,
    labels,
    selectorLabels: moduleSelectorLabels(ctx.deviceId, ctx.resourceName),
    annotations: _sortedMap(annotations),
    podAnnotations,
    replicas: settings.replicas,
    container: {
      name: ctx.resourceName,
      image: settings.image,
      ...settings.imagePullPolicy !== void 0 ? { imagePullPolicy: settings.imagePullPolicy } : {},
      ...draft.command !== void 0 ? { command: draft.command } : {},
      ...draft.args !== void 0 ? { args: draft.args } : {},
      ...draft.workingDir !== void 0 ? { workingDir: draft.workingDir } : {},
      env: moduleEnv.env,
      ports: [...draft.containerPorts.values()].sort((a, b) => a.containerPort - b.containerPort || PROTOCOL_ORDER[a.protocol] - PROTOCOL_ORDER[b.protocol]),
      volumeMounts: [...draft.mounts].sort((a, b) => a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : _byName(a, b)),
      securityContext: _security(draft),
      ..._resources(draft) !== void 0 ? { resources: _resources(draft) } : {},
      ...draft.livenessProbe !== void 0 ? { livenessProbe: draft.livenessProbe } : {},
      ...draft.tty !== void 0 ? { tty: draft.tty } : {},
      ...draft.stdin !== void 0 ? { stdin: draft.stdin } : {}
    },
    pod: {
      ...draft.hostNetwork !== void 0 ? { hostNetwork: draft.hostNetwork } : {},
      ...draft.dnsPolicy !== void 0 ? { dnsPolicy: draft.dnsPolicy } : {},
      ...draft.hostIPC !== void 0 ? { hostIPC: draft.hostIPC } : {},
      ...draft.hostPID !== void 0 ? { hostPID: draft.hostPID } : {},
      ...draft.hostname !== void 0 ? { hostname: draft.hostname } : {},
      ...draft.subdomain !== void 0 ? { subdomain: draft.subdomain } : {},
      ...draft.hostAliases.size > 0 ? { hostAliases: [...draft.hostAliases.entries()].sort(([a], [b]) => compareOrdinal(a, b)).map(([ip, hostnames]) => ({ ip, hostnames: [...hostnames].sort() })) } : {},
      ...dnsConfig !== void 0 ? { dnsConfig } : {},
      ...draft.nodeSelector !== void 0 ? { nodeSelector: _sortedMap(draft.nodeSelector) } : {},
      ...Object.keys(draft.podSecurity).length > 0 ? { securityContext: _sortedJson(draft.podSecurity) } : {},
      imagePullSecrets: pullSecret !== void 0 ? [pullSecret] : [],
      volumes: [...draft.volumes.values()].sort(_byName),
      ...draft.terminationGracePeriodSeconds !== void 0 ? { terminationGracePeriodSeconds: draft.terminationGracePeriodSeconds } : {},
      ...draft.runtimeClassName !== void 0 ? { runtimeClassName: draft.runtimeClassName } : {}
    },
    ...draft.strategy !== void 0 ? { strategy: draft.strategy } : {},
    ...service !== void 0 ? { service } : {}
  };
  const envSecret = moduleEnv.secrets.length === 0 ? void 0 : {
    name: envSecretName,
    labels,
    annotations: moduleAnnotations(hub, ctx.deviceId, module.name),
    storeRef: ctx.options.secretStore,
    data: [...moduleEnv.secrets].sort((a, b) => a.secretKey < b.secretKey ? -1 : a.secretKey > b.secretKey ? 1 : 0)
  };
  return {
    workload,
    pvcs: [...draft.pvcs.values()],
    ...envSecret !== void 0 ? { envSecret } : {},
    identityKey: identityKeyOf(ctx.resourceName),
    secretSources: moduleEnv.sources,
    recorder: rec
  };
}

// src/model/parent-device.ts
var DEVICE_SCOPE = /^ms-azure-iot-edge:\/\/(.+)-[0-9]+$/;
function parentDeviceId(twin) {
  const scopes = twin["parentScopes"];
  const first = Array.isArray(scopes) ? scopes[0] : void 0;
  if (typeof first !== "string") return void 0;
  return DEVICE_SCOPE.exec(first)?.[1];
}

// src/translate/pod-security-rules.ts
var BASELINE_CAPABILITIES = /* @__PURE__ */ new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT"
]);
var SAFE_SYSCTLS = /* @__PURE__ */ new Set([
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_local_reserved_ports"
]);
var BASELINE_SELINUX_TYPES = /* @__PURE__ */ new Set(["container_t", "container_init_t", "container_kvm_t"]);
var RESTRICTED_VOLUME_SOURCES = /* @__PURE__ */ new Set([
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "persistentVolumeClaim",
  "projected",
  "secret"
]);
var APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
var POD_SC = "spec.securityContext";
var CONTAINER_SC = "spec.containers[0].securityContext";
function modulePodSecurity(workload) {
  const baseline = _baselineViolations(workload);
  const restricted = _restrictedViolations(workload);
  const violations = [...baseline, ...restricted];
  const level = baseline.length > 0 ? "privileged" : restricted.length > 0 ? "baseline" : "restricted";
  return { module: workload.module, level, violations };
}
function _baselineViolations(workload) {
  const { pod, container, podAnnotations } = workload;
  const podSc = pod.securityContext ?? {};
  const sc = container.securityContext;
  const found = [];
  const add = (rule, field, detail) => found.push({ needs: "privileged", rule, field, detail });
  if (_object(podSc["windowsOptions"])["hostProcess"] === true) {
    add("HostProcess", `${POD_SC}.windowsOptions.hostProcess`, "true; Windows HostProcess pods are not allowed");
  }
  for (const key of ["hostNetwork", "hostPID", "hostIPC"]) {
    if (pod[key] === true) add("Host Namespaces", `spec.${key}`, "true; sharing the host namespaces is not allowed");
  }
  if (sc.privileged === true) add("Privileged Containers", `${CONTAINER_SC}.privileged`, "true; privileged containers are not allowed");
  const beyond = (sc.capabilities?.add ?? []).filter((c) => !BASELINE_CAPABILITIES.has(c));
  if (beyond.length > 0) {
    add("Capabilities", `${CONTAINER_SC}.capabilities.add`, `${beyond.join(", ")}: beyond the baseline set (${[...BASELINE_CAPABILITIES].join(", ")})`);
  }
  pod.volumes.forEach((volume, i) => {
    if (_volumeSources(volume).includes("hostPath")) {
      add("HostPath Volumes", `spec.volumes[${i}].hostPath`, `volume '${volume.name}' mounts ${_hostPathOf(volume)} from the node`);
    }
  });
  for (const key of Object.keys(podAnnotations).sort()) {
    if (!key.startsWith(APPARMOR_ANNOTATION_PREFIX)) continue;
    const value = podAnnotations[key] ?? "";
    if (value !== "runtime/default" && !value.startsWith("localhost/")) {
      add("AppArmor", `metadata.annotations["${key}"]`, `'${value}'; only runtime/default or localhost/<profile> are allowed`);
    }
  }
  const appArmorType = _object(sc.appArmorProfile)["type"];
  if (appArmorType !== void 0 && appArmorType !== "RuntimeDefault" && appArmorType !== "Localhost") {
    add("AppArmor", `${CONTAINER_SC}.appArmorProfile.type`, `${String(appArmorType)}; only RuntimeDefault or Localhost are allowed`);
  }
  _seLinux(podSc["seLinuxOptions"], `${POD_SC}.seLinuxOptions`, add);
  _seLinux(sc.seLinuxOptions, `${CONTAINER_SC}.seLinuxOptions`, add);
  if (_seccompType(podSc["seccompProfile"]) === "Unconfined") add("Seccomp", `${POD_SC}.seccompProfile.type`, "Unconfined is not allowed");
  if (_seccompType(sc.seccompProfile) === "Unconfined") add("Seccomp", `${CONTAINER_SC}.seccompProfile.type`, "Unconfined is not allowed");
  const sysctls = podSc["sysctls"];
  if (Array.isArray(sysctls)) {
    sysctls.forEach((entry, i) => {
      const name = _object(entry)["name"];
      if (typeof name === "string" && !SAFE_SYSCTLS.has(name)) add("Sysctls", `${POD_SC}.sysctls[${i}].name`, `${name}: outside the safe set (${[...SAFE_SYSCTLS].join(", ")})`);
    });
  }
  return found;
}
function _restrictedViolations(workload) {
  const { pod, container } = workload;
  const podSc = pod.securityContext ?? {};
  const sc = container.securityContext;
  const found = [];
  const add = (rule, field, detail) => found.push({ needs: "baseline", rule, field, detail });
  pod.volumes.forEach((volume, i) => {
    const other = _volumeSources(volume).filter((source) => !RESTRICTED_VOLUME_SOURCES.has(source) && source !== "hostPath");
    if (other.length > 0) add("Volume Types", `spec.volumes[${i}].${other[0]}`, `volume '${volume.name}' is of type ${other.join(", ")}; restricted allows ${[...RESTRICTED_VOLUME_SOURCES].join(", ")}`);
  });
  if (sc.allowPrivilegeEscalation !== false) {
    add("Privilege Escalation", `${CONTAINER_SC}.allowPrivilegeEscalation`, `${sc.allowPrivilegeEscalation === true ? "true" : "unset"}; must be false`);
  }
  const podNonRoot = podSc["runAsNonRoot"];
  if (podNonRoot === false) add("Running as Non-root", `${POD_SC}.runAsNonRoot`, "false; must be true or unset");
  if (sc.runAsNonRoot === false) add("Running as Non-root", `${CONTAINER_SC}.runAsNonRoot`, "false; must be true");
  else if (sc.runAsNonRoot !== true && podNonRoot !== true) add("Running as Non-root", `${CONTAINER_SC}.runAsNonRoot`, `unset, and ${POD_SC}.runAsNonRoot is not true`);
  if (podSc["runAsUser"] === 0) add("Running as Non-root user", `${POD_SC}.runAsUser`, "0 (root); must not be 0");
  if (sc.runAsUser === 0) add("Running as Non-root user", `${CONTAINER_SC}.runAsUser`, "0 (root); must not be 0");
  const podSeccomp = _seccompType(podSc["seccompProfile"]);
  const seccomp = _seccompType(sc.seccompProfile);
  if (podSeccomp !== void 0 && podSeccomp !== "Unconfined" && !_allowedSeccomp(podSeccomp)) {
    add("Seccomp (restricted)", `${POD_SC}.seccompProfile.type`, `${podSeccomp}; must be RuntimeDefault or Localhost`);
  }
  if (seccomp !== void 0) {
    if (seccomp !== "Unconfined" && !_allowedSeccomp(seccomp)) add("Seccomp (restricted)", `${CONTAINER_SC}.seccompProfile.type`, `${seccomp}; must be RuntimeDefault or Localhost`);
  } else if (podSeccomp === void 0) {
    add("Seccomp (restricted)", `${CONTAINER_SC}.seccompProfile.type`, `unset, and ${POD_SC}.seccompProfile is unset; must be RuntimeDefault or Localhost`);
  }
  if (!(sc.capabilities?.drop ?? []).includes("ALL")) {
    add("Capabilities (restricted)", `${CONTAINER_SC}.capabilities.drop`, "does not drop ALL");
  }
  const added = (sc.capabilities?.add ?? []).filter((c) => c !== "NET_BIND_SERVICE");
  if (added.length > 0) add("Capabilities (restricted)", `${CONTAINER_SC}.capabilities.add`, `${added.join(", ")}: only NET_BIND_SERVICE may be added`);
  return found;
}
function _seLinux(value, field, add) {
  const options = _object(value);
  const type = options["type"];
  if (type !== void 0 && type !== "" && !(typeof type === "string" && BASELINE_SELINUX_TYPES.has(type))) {
    add("SELinux", `${field}.type`, `${String(type)}; only ${[...BASELINE_SELINUX_TYPES].join(", ")} are allowed`);
  }
  for (const key of ["user", "role"]) {
    if (options[key] !== void 0 && options[key] !== "") add("SELinux", `${field}.${key}`, `${String(options[key])}; must be unset`);
  }
}
function _allowedSeccomp(type) {
  return type === "RuntimeDefault" || type === "Localhost";
}
function _seccompType(value) {
  const type = _object(value)["type"];
  return typeof type === "string" ? type : void 0;
}
function _volumeSources(volume) {
  if (volume.raw !== void 0) return Object.keys(volume.raw).filter((key) => key !== "name").sort();
  return ["hostPath", "persistentVolumeClaim", "emptyDir", "configMap", "secret"].filter((key) => volume[key] !== void 0);
}
function _hostPathOf(volume) {
  const path = volume.hostPath?.path ?? _object(_object(volume.raw)["hostPath"])["path"];
  return typeof path === "string" ? path : "a path";
}
function _object(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}

// src/translate/device-pod-security.ts
var POD_SECURITY_MODES = ["enforce", "warn", "audit"];
function devicePodSecurity(workloads) {
  const modules = workloads.map(modulePodSecurity).sort((a, b) => a.module < b.module ? -1 : a.module > b.module ? 1 : 0);
  const level = modules.reduce((acc, m) => looserLevel(acc, m.level), "restricted");
  return { level, modules };
}
function podSecurityLabels(level) {
  const labels = {};
  for (const mode of POD_SECURITY_MODES) {
    labels[`pod-security.kubernetes.io/${mode}`] = level;
    labels[`pod-security.kubernetes.io/${mode}-version`] = POD_SECURITY_VERSION;
  }
  return labels;
}
function podSecurityLimitErrors(security, max, deviceId, sourceOf) {
  const errors = [];
  for (const module of security.modules) {
    if (!exceedsLevel(module.level, max)) continue;
    const source = sourceOf(module.module);
    for (const v of module.violations.filter((x) => exceedsLevel(x.needs, max))) {
      errors.push(
        new ConfigError(`needs Pod Security level '${module.level}', above --max-pod-security ${max}: ${v.rule}: ${v.field} ${v.detail}`, {
          stage: "translate",
          deviceId,
          module: module.module,
          ...source !== void 0 ? { configurationId: source.configurationId, jsonPath: source.jsonPath } : {}
        })
      );
    }
  }
  return errors;
}

// src/translate/isolation-options.ts
var DEFAULT_EXPOSE_FROM = "all";
var DEFAULT_EGRESS_TO = "all";

// src/translate/device-isolation.ts
var DEVICE_NETWORK_POLICY = "iotedge-device-isolation";
var PUBLISHED_PORTS_POLICY_SUFFIX = "-published-ports";
var DEVICE_RESOURCE_QUOTA = "iotedge-device-quota";
var DEVICE_LIMIT_RANGE = "iotedge-device-limits";
var PUBLISHED_PORT_PREFIX = "hostport-";
function deviceIsolation(workloads, options, labels, annotations) {
  const exposeFrom = options.exposeFrom ?? DEFAULT_EXPOSE_FROM;
  const egressTo = options.egressTo ?? DEFAULT_EGRESS_TO;
  const hostNetwork = workloads.filter((w) => w.pod.hostNetwork === true);
  const ownPods = { podSelector: {} };
  const spec = {
    podSelector: {},
    policyTypes: egressTo === "all" ? ["Ingress"] : ["Ingress", "Egress"],
    // An ingress rule without `from` admits every source.
    ingress: hostNetwork.length > 0 ? [{}] : [{ from: [ownPods] }]
  };
  if (egressTo !== "all") {
    const egress = [
      { to: [ownPods] },
      { ports: [{ port: 53, protocol: "UDP" }, { port: 53, protocol: "TCP" }] }
    ];
    const hostPorts = _ports(hostNetwork.flatMap((w) => w.container.ports.map((p) => ({ port: p.containerPort, protocol: p.protocol }))));
    if (hostPorts.length > 0) egress.push({ ports: hostPorts });
    if (egressTo.length > 0) egress.push({ to: egressTo.map(_peer) });
    spec["egress"] = egress;
  }
  const policies = [{ name: DEVICE_NETWORK_POLICY, labels, annotations, spec }];
  if (exposeFrom !== "none") {
    for (const workload of workloads) {
      if (workload.pod.hostNetwork === true) continue;
      const published = (workload.service?.ports ?? []).filter((p) => p.name.startsWith(PUBLISHED_PORT_PREFIX));
      if (published.length === 0) continue;
      const rule = { ports: _ports(published.map((p) => ({ port: p.targetPort, protocol: p.protocol }))) };
      if (exposeFrom !== "all") rule["from"] = exposeFrom.map(_peer);
      policies.push({
        name: `${workload.name}${PUBLISHED_PORTS_POLICY_SUFFIX}`,
        labels: workload.labels,
        annotations: workload.annotations,
        spec: { podSelector: { matchLabels: { ...workload.selectorLabels } }, policyTypes: ["Ingress"], ingress: [rule] }
      });
    }
  }
  policies.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const hasLimits = options.containerLimits !== void 0 && Object.keys(options.containerLimits).length > 0;
  const hasRequests = options.containerRequests !== void 0 && Object.keys(options.containerRequests).length > 0;
  return {
    networkPolicies: policies,
    ...options.namespaceQuota !== void 0 && Object.keys(options.namespaceQuota).length > 0 ? { resourceQuota: { name: DEVICE_RESOURCE_QUOTA, labels, annotations, hard: _sorted(options.namespaceQuota) } } : {},
    ...hasLimits || hasRequests ? {
      limitRange: {
        name: DEVICE_LIMIT_RANGE,
        labels,
        annotations,
        ...hasLimits ? { defaultLimits: _sorted(options.containerLimits) } : {},
        ...hasRequests ? { defaultRequests: _sorted(options.containerRequests) } : {}
      }
    } : {}
  };
}
function _ports(list) {
  const seen = /* @__PURE__ */ new Map();
  for (const p of list) seen.set(`${p.port}/${p.protocol}`, p);
  return [...seen.values()].sort((a, b) => a.port - b.port || (a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : 0)).map((p) => ({ port: p.port, protocol: p.protocol }));
}
function _peer(peer) {
  return "cidr" in peer ? { ipBlock: { cidr: peer.cidr } } : { namespaceSelector: { matchLabels: _sorted(peer.namespaceLabels) } };
}
function _sorted(map) {
  const result = {};
  for (const key of Object.keys(map).sort()) result[key] = map[key];
  return result;
}

// src/translate/translate-device.ts
var EDGE_AGENT_KEY = "systemModules.edgeAgent";
function _throwAll(errors, deviceId) {
  if (errors.length === 1) throw errors[0];
  throw new ConfigErrors(errors, { stage: "translate", deviceId });
}
function translateDevice(target, identity, options) {
  const manifest = target.manifest;
  const { deviceId, namespace } = identity;
  if (manifest === null) throw new InternalError("translateDevice called for a device without a manifest", { stage: "translate", deviceId });
  const opts = resolveTranslateOptions(options);
  const hub = opts.hub;
  const devLabels = deviceLabels(hub, deviceId);
  const devAnnotations = deviceAnnotations(hub, deviceId);
  const errors = [];
  const entries = [];
  const modules = [manifest.edgeHub, ...manifest.modules];
  const resourceNames = /* @__PURE__ */ new Map();
  const owners = /* @__PURE__ */ new Map();
  for (const m of modules) {
    const name = dnsLabel(m.name);
    const context = { stage: "translate", configurationId: m.source.configurationId, deviceId, module: m.name, jsonPath: m.source.jsonPath };
    if (name === "") {
      errors.push(new ConfigError(`module name '${m.name}' has no letter or digit: no Kubernetes name can be made from it`, context));
      continue;
    }
    const other = owners.get(name);
    if (other !== void 0) {
      errors.push(new ConfigError(`modules '${other}' and '${m.name}' both become the Kubernetes name '${name}'; rename one`, context));
      continue;
    }
    owners.set(name, m.name);
    resourceNames.set(m.name, name);
  }
  const externalSecrets = /* @__PURE__ */ new Map();
  const secretOwners = /* @__PURE__ */ new Map();
  const pullSecrets = /* @__PURE__ */ new Map();
  const secretSources = [];
  for (const cred of manifest.registryCredentials) {
    const rec = new LedgerRecorder(deviceId, "$edgeAgent", cred.source);
    if (cred.name === "") {
      rec.fail("a registry credential with an empty name cannot name its password in the secret store", []);
      errors.push(...rec.errors);
      continue;
    }
    const es = registryExternalSecret(cred, hub, opts.secretStore, devLabels, devAnnotations);
    const other = secretOwners.get(es.name);
    if (es.name === "") {
      rec.fail(`registry credential '${cred.name}' gives no valid Secret name (user name and address are empty or a placeholder)`, []);
    } else if (other !== void 0) {
      rec.fail(`${other} and registry credential '${cred.name}' both become the pull Secret '${es.name}' (registry host without case, user name lower-cased); remove one (IoT Edge pulls with the first whose address matches)`, []);
    } else {
      const host = registryHost(cred.address);
      secretOwners.set(es.name, `registry credential '${cred.name}'`);
      externalSecrets.set(es.name, es);
      for (const entry of es.data) secretSources.push({ remoteKey: entry.remoteKey, place: { kind: "registry password", credential: cred.name } });
      if (!pullSecrets.has(host)) pullSecrets.set(host, es.name);
      rec.record(
        `registryCredentials.${cred.name}`,
        "approximate",
        `ExternalSecret ${es.name} → Secret kubernetes.io/dockerconfigjson, pod imagePullSecrets`,
        "The password is not written: External Secrets fetches it from the secret store and builds the pull Secret.",
        []
      );
    }
    entries.push(...rec.entries);
    errors.push(...rec.errors);
  }
  const registryPasswords = new Set(manifest.registryCredentials.map((c) => c.password).filter((p) => p !== ""));
  const twinNames = new Set(manifest.moduleTwins.filter((t) => resourceNames.has(t.module)).map((t) => t.module));
  const twins = translateModuleTwins(manifest.moduleTwins, deviceId, resourceNames, (resource, module) => ({
    labels: moduleLabels(hub, deviceId, resource),
    annotations: moduleAnnotations(hub, deviceId, module)
  }));
  for (const r of twins.recorders) entries.push(...r.entries);
  const parent = parentDeviceId(target.device.twin);
  const upstream = opts.upstreamHost !== void 0 ? { host: opts.upstreamHost, from: "flag" } : parent !== void 0 ? { host: parent, from: "parent" } : void 0;
  const workloads = [];
  const pvcs = /* @__PURE__ */ new Map();
  const connectionStrings = [];
  for (const m of modules) {
    const resourceName = resourceNames.get(m.name);
    if (resourceName === void 0) continue;
    const t = translateModule(m, {
      deviceId,
      options: opts,
      resourceName,
      isEdgeHub: m === manifest.edgeHub,
      pullSecrets,
      registryPasswords,
      ...twinNames.has(m.name) ? { twinConfigMap: twinConfigMapName(resourceName) } : {},
      deviceLabels: devLabels,
      deviceAnnotations: devAnnotations,
      ...upstream !== void 0 ? { upstream } : {}
    });
    workloads.push(t.workload);
    for (const p of t.pvcs) if (!pvcs.has(p.name)) pvcs.set(p.name, p);
    if (t.envSecret !== void 0) {
      const other = secretOwners.get(t.envSecret.name);
      if (other !== void 0) {
        const context = { stage: "translate", configurationId: m.source.configurationId, deviceId, module: m.name, jsonPath: m.source.jsonPath };
        errors.push(new ConfigError(`${other} and the credential env values of module '${m.name}' both become the Secret '${t.envSecret.name}'; rename one`, context));
      } else {
        secretOwners.set(t.envSecret.name, `the credential env values of module '${m.name}'`);
        externalSecrets.set(t.envSecret.name, t.envSecret);
        secretSources.push(...t.secretSources);
      }
    }
    connectionStrings.push({ secretKey: t.identityKey, remoteKey: moduleConnectionStringKey(hub, deviceId, m.name) });
    entries.push(...t.recorder.entries);
    errors.push(...t.recorder.errors);
  }
  const edgeHub = translateEdgeHub(manifest.hub, deviceId, new Set(manifest.modules.map((m) => m.name)), moduleLabels(hub, deviceId, "edgehub"), moduleAnnotations(hub, deviceId, "$edgeHub"));
  entries.push(...edgeHub.recorder.entries);
  errors.push(...edgeHub.recorder.errors);
  const agent = new LedgerRecorder(deviceId, "$edgeAgent", manifest.edgeAgent.source);
  agent.record(EDGE_AGENT_KEY, "dropped", "", "Not deployed by design: Flux or Argo CD applies the desired state that the IoT Edge agent would.", []);
  entries.push(...agent.entries);
  const certificates = opts.certificates.from === "cert-manager" ? [edgeHubCertificate(namespace, opts.certificates.issuer, devLabels, devAnnotations)] : [];
  const identitySecrets = [
    { name: IDENTITY_SECRET, labels: devLabels, annotations: devAnnotations, storeRef: opts.secretStore, data: connectionStrings.sort((a, b) => compareOrdinal(a.secretKey, b.secretKey)) }
  ];
  if (opts.certificates.from === "secret-store") {
    identitySecrets.push(
      {
        name: EDGEHUB_CERTS_SECRET,
        labels: devLabels,
        annotations: devAnnotations,
        storeRef: opts.secretStore,
        data: [
          { secretKey: EDGE_CHAIN_CA_FILE, remoteKey: deviceCertKey(hub, deviceId, EDGE_CHAIN_CA_FILE) },
          { secretKey: EDGEHUB_SERVER_PFX_FILE, remoteKey: deviceCertKey(hub, deviceId, EDGEHUB_SERVER_PFX_FILE), decodingStrategy: "Base64" }
        ]
      },
      { name: MODULE_CA_SECRET, labels: devLabels, annotations: devAnnotations, storeRef: opts.secretStore, data: [{ secretKey: EDGE_DEVICE_CA_FILE, remoteKey: deviceCertKey(hub, deviceId, EDGE_DEVICE_CA_FILE) }] }
    );
  }
  for (const c of certificates) {
    const other = secretOwners.get(c.secretName);
    if (other !== void 0) {
      errors.push(new ConfigError(`${other} and edgeHub's certificate both become the Secret '${c.secretName}'; rename or remove the first`, { stage: "translate", deviceId }));
    }
    secretOwners.set(c.secretName, "edgeHub's certificate");
  }
  for (const s of identitySecrets) {
    const other = secretOwners.get(s.name);
    if (other !== void 0) {
      errors.push(new ConfigError(`${other} and the device identity both become the Secret '${s.name}'; rename or remove the first`, { stage: "translate", deviceId }));
    }
    secretOwners.set(s.name, "the device identity");
    externalSecrets.set(s.name, s);
  }
  errors.push(...remoteKeyCollisions(externalSecrets.values(), deviceId));
  const podSecurity = devicePodSecurity(workloads);
  if (opts.isolation.maxPodSecurity !== void 0) {
    const sources = new Map(modules.map((m) => [m.name, m.source]));
    errors.push(...podSecurityLimitErrors(podSecurity, opts.isolation.maxPodSecurity, deviceId, (module) => sources.get(module)));
  }
  if (errors.length > 0) _throwAll(errors, deviceId);
  const ledger = entries.sort((a, b) => compareOrdinal(a.module, b.module) || compareOrdinal(a.key, b.key) || compareOrdinal(a.jsonPath, b.jsonPath));
  if (opts.strict) {
    const dropped = ledger.filter((e) => e.fidelity === "dropped" && !(e.module === "$edgeAgent" && e.key === EDGE_AGENT_KEY));
    if (dropped.length > 0) {
      _throwAll(
        dropped.map(
          (e) => new ConfigError(`strict: ${e.key} is dropped: ${e.reason}`, {
            stage: "translate",
            configurationId: e.configurationId,
            deviceId,
            module: e.module,
            jsonPath: e.jsonPath
          })
        ),
        deviceId
      );
    }
  }
  const configMaps = [edgeHub.configMap, ...twins.configMaps].sort((a, b) => compareOrdinal(a.name, b.name));
  const sortedWorkloads = workloads.sort((a, b) => compareOrdinal(a.name, b.name));
  const isolation = deviceIsolation(sortedWorkloads, opts.isolation, devLabels, devAnnotations);
  const intent = {
    deviceId,
    hub,
    hostName: opts.hostName,
    cluster: identity.cluster,
    namespace,
    dir: identity.dir,
    labels: devLabels,
    annotations: devAnnotations,
    workloads: sortedWorkloads,
    configMaps,
    externalSecrets: [...externalSecrets.values()].sort((a, b) => compareOrdinal(a.name, b.name)),
    persistentVolumeClaims: [...pvcs.values()].sort((a, b) => compareOrdinal(a.name, b.name)),
    podSecurityLevel: podSecurity.level,
    networkPolicies: isolation.networkPolicies,
    ...isolation.resourceQuota !== void 0 ? { resourceQuota: isolation.resourceQuota } : {},
    ...isolation.limitRange !== void 0 ? { limitRange: isolation.limitRange } : {},
    ...certificates.length > 0 ? { certificates } : {}
  };
  return { intent, ledger, secretSources: secretSources.sort((a, b) => compareOrdinal(a.remoteKey, b.remoteKey)) };
}

// src/translate/cluster-tag-error.ts
function clusterTagError(device, clusterTag = DEFAULT_CLUSTER_TAG) {
  const value = Object.hasOwn(device.tags, clusterTag) ? device.tags[clusterTag] : void 0;
  if (value === void 0 || value === null || typeof value === "string") return void 0;
  const type = Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`;
  return new ConfigError(`the cluster tag '${clusterTag}' must be a string (it names the device's cluster directory), got ${type}; the device keeps its last good output`, {
    stage: "translate",
    deviceId: device.deviceId,
    jsonPath: jsonPath("tags", clusterTag)
  });
}

// src/translate/device-intent.ts
function intentContent(intent) {
  const { dir: _dir, ...content } = intent;
  return content;
}

// src/render/manifest-file-name.ts
function manifestFileName(object) {
  const kind = object["kind"];
  const metadata = object["metadata"];
  const name = typeof metadata === "object" && metadata !== null && !Array.isArray(metadata) ? metadata["name"] : void 0;
  if (typeof kind !== "string" || kind === "") {
    throw new InternalError("rendered object has no kind", { stage: "render" });
  }
  if (kind === "Namespace") return "namespace.yaml";
  if (typeof name !== "string" || name === "") {
    throw new InternalError(`rendered ${kind} has no metadata.name`, { stage: "render" });
  }
  return `${kind.toLowerCase()}-${name}.yaml`;
}

// src/render/render-device.ts
var import_cdk8s11 = __toESM(require_lib2(), 1);

// imports/cert-manager-cert-manager.io.ts
var import_cdk8s = __toESM(require_lib2(), 1);
var Certificate = class _Certificate extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "Certificate"
   */
  static GVK = {
    apiVersion: "cert-manager.io/v1",
    kind: "Certificate"
  };
  /**
   * Renders a Kubernetes manifest for "Certificate".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ..._Certificate.GVK,
      ...toJson_CertificateProps(props)
    };
  }
  /**
   * Defines a "Certificate" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ..._Certificate.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ..._Certificate.GVK,
      ...toJson_CertificateProps(resolved)
    };
  }
};
function toJson_CertificateProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_CertificateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "additionalOutputFormats": obj.additionalOutputFormats?.map((y) => toJson_CertificateSpecAdditionalOutputFormats(y)),
    "commonName": obj.commonName,
    "dnsNames": obj.dnsNames?.map((y) => y),
    "duration": obj.duration,
    "emailAddresses": obj.emailAddresses?.map((y) => y),
    "encodeUsagesInRequest": obj.encodeUsagesInRequest,
    "ipAddresses": obj.ipAddresses?.map((y) => y),
    "isCA": obj.isCa,
    "issuerRef": toJson_CertificateSpecIssuerRef(obj.issuerRef),
    "keystores": toJson_CertificateSpecKeystores(obj.keystores),
    "literalSubject": obj.literalSubject,
    "nameConstraints": toJson_CertificateSpecNameConstraints(obj.nameConstraints),
    "otherNames": obj.otherNames?.map((y) => toJson_CertificateSpecOtherNames(y)),
    "privateKey": toJson_CertificateSpecPrivateKey(obj.privateKey),
    "renewBefore": obj.renewBefore,
    "renewBeforePercentage": obj.renewBeforePercentage,
    "renewal": toJson_CertificateSpecRenewal(obj.renewal),
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "secretName": obj.secretName,
    "secretTemplate": toJson_CertificateSpecSecretTemplate(obj.secretTemplate),
    "signatureAlgorithm": obj.signatureAlgorithm,
    "subject": toJson_CertificateSpecSubject(obj.subject),
    "uris": obj.uris?.map((y) => y),
    "usages": obj.usages?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecAdditionalOutputFormats(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecIssuerRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "kind": obj.kind,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecKeystores(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "jks": toJson_CertificateSpecKeystoresJks(obj.jks),
    "pkcs12": toJson_CertificateSpecKeystoresPkcs12(obj.pkcs12)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecNameConstraints(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "critical": obj.critical,
    "excluded": toJson_CertificateSpecNameConstraintsExcluded(obj.excluded),
    "permitted": toJson_CertificateSpecNameConstraintsPermitted(obj.permitted)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecOtherNames(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "oid": obj.oid,
    "utf8Value": obj.utf8Value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecPrivateKey(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "algorithm": obj.algorithm,
    "encoding": obj.encoding,
    "rotationPolicy": obj.rotationPolicy,
    "size": obj.size
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecRenewal(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "policy": obj.policy,
    "windows": obj.windows?.map((y) => toJson_CertificateSpecRenewalWindows(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecSecretTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecSubject(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "countries": obj.countries?.map((y) => y),
    "localities": obj.localities?.map((y) => y),
    "organizationalUnits": obj.organizationalUnits?.map((y) => y),
    "organizations": obj.organizations?.map((y) => y),
    "postalCodes": obj.postalCodes?.map((y) => y),
    "provinces": obj.provinces?.map((y) => y),
    "serialNumber": obj.serialNumber,
    "streetAddresses": obj.streetAddresses?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecKeystoresJks(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "alias": obj.alias,
    "create": obj.create,
    "password": obj.password,
    "passwordSecretRef": toJson_CertificateSpecKeystoresJksPasswordSecretRef(obj.passwordSecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecKeystoresPkcs12(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "create": obj.create,
    "password": obj.password,
    "passwordSecretRef": toJson_CertificateSpecKeystoresPkcs12PasswordSecretRef(obj.passwordSecretRef),
    "profile": obj.profile
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecNameConstraintsExcluded(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "dnsDomains": obj.dnsDomains?.map((y) => y),
    "emailAddresses": obj.emailAddresses?.map((y) => y),
    "ipRanges": obj.ipRanges?.map((y) => y),
    "uriDomains": obj.uriDomains?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecNameConstraintsPermitted(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "dnsDomains": obj.dnsDomains?.map((y) => y),
    "emailAddresses": obj.emailAddresses?.map((y) => y),
    "ipRanges": obj.ipRanges?.map((y) => y),
    "uriDomains": obj.uriDomains?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecRenewalWindows(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cron": obj.cron,
    "timezone": obj.timezone,
    "windowDuration": obj.windowDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecKeystoresJksPasswordSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSpecKeystoresPkcs12PasswordSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}

// src/render/object-metadata.ts
function objectMetadata(name, namespace, labels, annotations) {
  return { name, namespace, labels: { ...labels }, annotations: { ...annotations } };
}

// src/render/add-certificate.ts
function addCertificate(chart, namespace, certificate) {
  new Certificate(chart, `certificate-${certificate.name}`, {
    metadata: objectMetadata(certificate.name, namespace, certificate.labels, certificate.annotations),
    spec: {
      secretName: certificate.secretName,
      commonName: certificate.commonName,
      dnsNames: [...certificate.dnsNames],
      issuerRef: { name: certificate.issuer.name, kind: certificate.issuer.kind, group: "cert-manager.io" },
      privateKey: { algorithm: "RSA" /* RSA */, size: 2048, rotationPolicy: "Always" /* ALWAYS */ },
      usages: ["digital signature" /* DIGITAL_SIGNATURE */, "key encipherment" /* KEY_ENCIPHERMENT */, "server auth" /* SERVER_AUTH */]
    }
  });
}

// src/render/add-config-map.ts
var import_cdk8s2 = __toESM(require_lib2(), 1);
var kplus = __toESM(require_lib3(), 1);
function addConfigMap(chart, patches, namespace, configMap) {
  new kplus.ConfigMap(chart, `configmap-${configMap.name}`, {
    metadata: objectMetadata(configMap.name, namespace, configMap.labels, configMap.annotations),
    data: { ...configMap.data }
  });
  patches.add("ConfigMap", configMap.name, import_cdk8s2.JsonPatch.remove("/immutable"));
}

// src/render/add-deployment.ts
var import_cdk8s3 = __toESM(require_lib2(), 1);
var kplus2 = __toESM(require_lib3(), 1);

// src/render/json-pointer.ts
function jsonPointer(...segments) {
  let pointer = "";
  for (const segment of segments) {
    pointer += "/" + String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
  }
  return pointer;
}

// src/render/pod-volume.ts
function podVolume(volume) {
  if (volume.raw !== void 0) return { ...volume.raw, name: volume.name };
  const result = { name: volume.name };
  if (volume.hostPath !== void 0) result["hostPath"] = _defined({ path: volume.hostPath.path, type: volume.hostPath.type });
  if (volume.persistentVolumeClaim !== void 0) {
    result["persistentVolumeClaim"] = _defined({
      claimName: volume.persistentVolumeClaim.claimName,
      readOnly: volume.persistentVolumeClaim.readOnly
    });
  }
  if (volume.emptyDir !== void 0) result["emptyDir"] = _defined({ medium: volume.emptyDir.medium, sizeLimit: volume.emptyDir.sizeLimit });
  if (volume.configMap !== void 0) result["configMap"] = { name: volume.configMap.name };
  if (volume.secret !== void 0) {
    result["secret"] = volume.secret.items === void 0 ? { secretName: volume.secret.secretName } : { secretName: volume.secret.secretName, items: volume.secret.items.map((item) => ({ key: item.key, path: item.path })) };
  }
  return result;
}
function _defined(object) {
  const result = {};
  for (const [key, value] of Object.entries(object)) if (value !== void 0) result[key] = value;
  return result;
}

// src/render/add-deployment.ts
var POD = ["spec", "template", "spec"];
var CONTAINER = [...POD, "containers", 0];
function addDeployment(chart, patches, namespace, workload, serviceAccount) {
  const { pod, container } = workload;
  const deployment = new kplus2.Deployment(chart, `deployment-${workload.name}`, {
    metadata: objectMetadata(workload.name, namespace, workload.labels, workload.annotations),
    replicas: workload.replicas,
    select: false,
    // Pod annotations (createOptions.Labels: any number) by patch: cdk8s's generated toJson copies a map once per
    // key, quadratic (10,000 labels took 13 s).
    podMetadata: { labels: { ...workload.labels } },
    serviceAccount,
    containers: [_containerProps(container)],
    hostAliases: pod.hostAliases?.map((alias) => ({ ip: alias.ip, hostnames: [...alias.hostnames] })),
    dns: { hostname: pod.hostname, subdomain: pod.subdomain },
    hostNetwork: pod.hostNetwork,
    terminationGracePeriod: pod.terminationGracePeriodSeconds === void 0 ? void 0 : import_cdk8s3.Duration.seconds(pod.terminationGracePeriodSeconds)
  });
  deployment.select(kplus2.LabelSelector.of({ labels: { ...workload.selectorLabels } }));
  patches.add("Deployment", workload.name, ..._deploymentPatches(workload), ..._podPatches(pod), ..._containerPatches(container));
}
function _containerProps(container) {
  const envVariables = {};
  for (const variable of container.env) envVariables[variable.name] = _envValue(variable);
  return {
    name: container.name,
    image: container.image,
    imagePullPolicy: container.imagePullPolicy,
    command: container.command === void 0 ? void 0 : [...container.command],
    args: container.args === void 0 ? void 0 : [...container.args],
    workingDir: container.workingDir,
    envVariables,
    ports: container.ports.map((port) => ({
      number: port.containerPort,
      protocol: port.protocol,
      name: port.name
    }))
  };
}
function _envValue(variable) {
  if ("value" in variable) return kplus2.EnvValue.fromValue(variable.value);
  const secret = { name: variable.secretKeyRef.name };
  return kplus2.EnvValue.fromSecretValue({ secret, key: variable.secretKeyRef.key });
}
function _deploymentPatches(workload) {
  return [
    import_cdk8s3.JsonPatch.remove("/spec/minReadySeconds"),
    import_cdk8s3.JsonPatch.remove("/spec/progressDeadlineSeconds"),
    workload.strategy === void 0 ? import_cdk8s3.JsonPatch.remove("/spec/strategy") : import_cdk8s3.JsonPatch.add("/spec/strategy", workload.strategy),
    import_cdk8s3.JsonPatch.remove(jsonPointer("spec", "template", "metadata", "labels", kplus2.Pod.ADDRESS_LABEL)),
    ...Object.keys(workload.podAnnotations).length > 0 ? [import_cdk8s3.JsonPatch.add("/spec/template/metadata/annotations", { ...workload.podAnnotations })] : []
  ];
}
function _podPatches(pod) {
  const patches = [
    import_cdk8s3.JsonPatch.remove(jsonPointer(...POD, "restartPolicy")),
    import_cdk8s3.JsonPatch.remove(jsonPointer(...POD, "automountServiceAccountToken")),
    import_cdk8s3.JsonPatch.remove(jsonPointer(...POD, "setHostnameAsFQDN")),
    _setOrRemove(jsonPointer(...POD, "dnsPolicy"), pod.dnsPolicy),
    _setOrRemove(jsonPointer(...POD, "securityContext"), pod.securityContext)
  ];
  if (pod.hostNetwork === void 0) patches.push(import_cdk8s3.JsonPatch.remove(jsonPointer(...POD, "hostNetwork")));
  if (pod.terminationGracePeriodSeconds === void 0) {
    patches.push(import_cdk8s3.JsonPatch.remove(jsonPointer(...POD, "terminationGracePeriodSeconds")));
  }
  _addIfDefined(patches, jsonPointer(...POD, "dnsConfig"), pod.dnsConfig);
  _addIfDefined(patches, jsonPointer(...POD, "nodeSelector"), pod.nodeSelector);
  _addIfDefined(patches, jsonPointer(...POD, "hostIPC"), pod.hostIPC);
  _addIfDefined(patches, jsonPointer(...POD, "hostPID"), pod.hostPID);
  _addIfDefined(patches, jsonPointer(...POD, "runtimeClassName"), pod.runtimeClassName);
  if (pod.imagePullSecrets.length > 0) {
    patches.push(import_cdk8s3.JsonPatch.add(jsonPointer(...POD, "imagePullSecrets"), pod.imagePullSecrets.map((name) => ({ name }))));
  }
  if (pod.volumes.length > 0) patches.push(import_cdk8s3.JsonPatch.add(jsonPointer(...POD, "volumes"), pod.volumes.map(podVolume)));
  return patches;
}
function _containerPatches(container) {
  const patches = [
    import_cdk8s3.JsonPatch.add(jsonPointer(...CONTAINER, "securityContext"), _securityContext(container.securityContext)),
    container.resources === void 0 ? import_cdk8s3.JsonPatch.remove(jsonPointer(...CONTAINER, "resources")) : import_cdk8s3.JsonPatch.add(jsonPointer(...CONTAINER, "resources"), _resources2(container.resources))
  ];
  if (container.imagePullPolicy === void 0) patches.push(import_cdk8s3.JsonPatch.remove(jsonPointer(...CONTAINER, "imagePullPolicy")));
  if (container.volumeMounts.length > 0) {
    patches.push(import_cdk8s3.JsonPatch.add(jsonPointer(...CONTAINER, "volumeMounts"), container.volumeMounts.map(_volumeMount)));
  }
  _addIfDefined(patches, jsonPointer(...CONTAINER, "livenessProbe"), container.livenessProbe);
  _addIfDefined(patches, jsonPointer(...CONTAINER, "tty"), container.tty);
  _addIfDefined(patches, jsonPointer(...CONTAINER, "stdin"), container.stdin);
  return patches;
}
function _setOrRemove(path, value) {
  return value === void 0 ? import_cdk8s3.JsonPatch.remove(path) : import_cdk8s3.JsonPatch.add(path, value);
}
function _addIfDefined(patches, path, value) {
  if (value !== void 0) patches.push(import_cdk8s3.JsonPatch.add(path, value));
}
function _securityContext(context) {
  const result = {};
  for (const [key, value] of Object.entries(context)) {
    if (value !== void 0) result[key] = value;
  }
  if (context.capabilities !== void 0) {
    const capabilities = {};
    if (context.capabilities.add !== void 0) capabilities["add"] = [...context.capabilities.add];
    if (context.capabilities.drop !== void 0) capabilities["drop"] = [...context.capabilities.drop];
    result["capabilities"] = capabilities;
  }
  return result;
}
function _resources2(resources) {
  const result = {};
  if (resources.limits !== void 0) result["limits"] = { ...resources.limits };
  if (resources.requests !== void 0) result["requests"] = { ...resources.requests };
  return result;
}
function _volumeMount(mount) {
  const result = { name: mount.name, mountPath: mount.mountPath };
  if (mount.readOnly !== void 0) result["readOnly"] = mount.readOnly;
  if (mount.subPath !== void 0) result["subPath"] = mount.subPath;
  if (mount.mountPropagation !== void 0) result["mountPropagation"] = mount.mountPropagation;
  return result;
}

// imports/external-secrets-external-secrets.io.ts
var import_cdk8s4 = __toESM(require_lib2(), 1);
var ExternalSecret = class _ExternalSecret extends import_cdk8s4.ApiObject {
  /**
   * Returns the apiVersion and kind for "ExternalSecret"
   */
  static GVK = {
    apiVersion: "external-secrets.io/v1",
    kind: "ExternalSecret"
  };
  /**
   * Renders a Kubernetes manifest for "ExternalSecret".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ..._ExternalSecret.GVK,
      ...toJson_ExternalSecretProps(props)
    };
  }
  /**
   * Defines a "ExternalSecret" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ..._ExternalSecret.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ..._ExternalSecret.GVK,
      ...toJson_ExternalSecretProps(resolved)
    };
  }
};
function toJson_ExternalSecretProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_ExternalSecretSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "data": obj.data?.map((y) => toJson_ExternalSecretSpecData(y)),
    "dataFrom": obj.dataFrom?.map((y) => toJson_ExternalSecretSpecDataFrom(y)),
    "refreshInterval": obj.refreshInterval,
    "refreshPolicy": obj.refreshPolicy,
    "secretStoreRef": toJson_ExternalSecretSpecSecretStoreRef(obj.secretStoreRef),
    "syncWindows": toJson_ExternalSecretSpecSyncWindows(obj.syncWindows),
    "target": toJson_ExternalSecretSpecTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecData(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "remoteRef": toJson_ExternalSecretSpecDataRemoteRef(obj.remoteRef),
    "secretKey": obj.secretKey,
    "sourceRef": toJson_ExternalSecretSpecDataSourceRef(obj.sourceRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extract": toJson_ExternalSecretSpecDataFromExtract(obj.extract),
    "find": toJson_ExternalSecretSpecDataFromFind(obj.find),
    "rewrite": obj.rewrite?.map((y) => toJson_ExternalSecretSpecDataFromRewrite(y)),
    "sourceRef": toJson_ExternalSecretSpecDataFromSourceRef(obj.sourceRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecSecretStoreRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "kind": obj.kind,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecSyncWindows(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "kind": obj.kind,
    "windows": obj.windows?.map((y) => toJson_ExternalSecretSpecSyncWindowsWindows(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "creationPolicy": obj.creationPolicy,
    "deletionPolicy": obj.deletionPolicy,
    "immutable": obj.immutable,
    "manifest": toJson_ExternalSecretSpecTargetManifest(obj.manifest),
    "name": obj.name,
    "template": toJson_ExternalSecretSpecTargetTemplate(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataRemoteRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "conversionStrategy": obj.conversionStrategy,
    "decodingStrategy": obj.decodingStrategy,
    "key": obj.key,
    "metadataPolicy": obj.metadataPolicy,
    "nullBytePolicy": obj.nullBytePolicy,
    "property": obj.property,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataSourceRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "generatorRef": toJson_ExternalSecretSpecDataSourceRefGeneratorRef(obj.generatorRef),
    "storeRef": toJson_ExternalSecretSpecDataSourceRefStoreRef(obj.storeRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataFromExtract(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "conversionStrategy": obj.conversionStrategy,
    "decodingStrategy": obj.decodingStrategy,
    "key": obj.key,
    "metadataPolicy": obj.metadataPolicy,
    "nullBytePolicy": obj.nullBytePolicy,
    "property": obj.property,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataFromFind(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "conversionStrategy": obj.conversionStrategy,
    "decodingStrategy": obj.decodingStrategy,
    "name": toJson_ExternalSecretSpecDataFromFindName(obj.name),
    "nullBytePolicy": obj.nullBytePolicy,
    "path": obj.path,
    "tags": obj.tags === void 0 ? void 0 : Object.entries(obj.tags).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataFromRewrite(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "merge": toJson_ExternalSecretSpecDataFromRewriteMerge(obj.merge),
    "regexp": toJson_ExternalSecretSpecDataFromRewriteRegexp(obj.regexp),
    "transform": toJson_ExternalSecretSpecDataFromRewriteTransform(obj.transform)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataFromSourceRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "generatorRef": toJson_ExternalSecretSpecDataFromSourceRefGeneratorRef(obj.generatorRef),
    "storeRef": toJson_ExternalSecretSpecDataFromSourceRefStoreRef(obj.storeRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecSyncWindowsWindows(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "schedule": obj.schedule
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecTargetManifest(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "kind": obj.kind
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecTargetTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "data": obj.data === void 0 ? void 0 : Object.entries(obj.data).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "engineVersion": obj.engineVersion,
    "mergePolicy": obj.mergePolicy,
    "metadata": toJson_ExternalSecretSpecTargetTemplateMetadata(obj.metadata),
    "templateFrom": obj.templateFrom?.map((y) => toJson_ExternalSecretSpecTargetTemplateTemplateFrom(y)),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataSourceRefGeneratorRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "kind": obj.kind,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataSourceRefStoreRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "kind": obj.kind,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataFromFindName(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "regexp": obj.regexp
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataFromRewriteMerge(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "conflictPolicy": obj.conflictPolicy,
    "into": obj.into,
    "priority": obj.priority?.map((y) => y),
    "priorityPolicy": obj.priorityPolicy,
    "strategy": obj.strategy
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataFromRewriteRegexp(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "source": obj.source,
    "target": obj.target
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataFromRewriteTransform(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "template": obj.template
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataFromSourceRefGeneratorRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "kind": obj.kind,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecDataFromSourceRefStoreRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "kind": obj.kind,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecTargetTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecTargetTemplateTemplateFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMap": toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMap(obj.configMap),
    "literal": obj.literal,
    "secret": toJson_ExternalSecretSpecTargetTemplateTemplateFromSecret(obj.secret),
    "target": obj.target,
    "valuesDecodingStrategy": obj.valuesDecodingStrategy
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "items": obj.items?.map((y) => toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems(y)),
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecTargetTemplateTemplateFromSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "items": obj.items?.map((y) => toJson_ExternalSecretSpecTargetTemplateTemplateFromSecretItems(y)),
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "templateAs": obj.templateAs
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalSecretSpecTargetTemplateTemplateFromSecretItems(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "templateAs": obj.templateAs
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}

// src/render/add-external-secret.ts
function addExternalSecret(chart, namespace, secret) {
  const template = secret.secretType === void 0 && secret.template === void 0 ? void 0 : { type: secret.secretType, data: secret.template === void 0 ? void 0 : { ...secret.template } };
  new ExternalSecret(chart, `externalsecret-${secret.name}`, {
    metadata: objectMetadata(secret.name, namespace, secret.labels, secret.annotations),
    spec: {
      secretStoreRef: {
        name: secret.storeRef.name,
        kind: secret.storeRef.kind
      },
      target: { name: secret.name, template },
      data: secret.data.length === 0 ? void 0 : secret.data.map((entry) => ({
        secretKey: entry.secretKey,
        remoteRef: {
          key: entry.remoteKey,
          property: entry.remoteProperty,
          // A binary file (the edgeHub .pfx) is kept base64-encoded in the store.
          decodingStrategy: entry.decodingStrategy === "Base64" ? "Base64" /* BASE64 */ : void 0
        }
      }))
    }
  });
}

// src/render/add-namespace.ts
var import_cdk8s5 = __toESM(require_lib2(), 1);
var kplus3 = __toESM(require_lib3(), 1);
function addNamespace(chart, patches, intent) {
  new kplus3.Namespace(chart, "namespace", {
    metadata: objectMetadata(
      intent.namespace,
      void 0,
      intent.podSecurityLevel === void 0 ? intent.labels : { ...intent.labels, ...podSecurityLabels(intent.podSecurityLevel) },
      intent.annotations
    )
  });
  patches.add("Namespace", intent.namespace, import_cdk8s5.JsonPatch.remove("/spec"));
}

// src/render/add-network-policy.ts
var import_cdk8s6 = __toESM(require_lib2(), 1);
function addNetworkPolicy(chart, namespace, policy) {
  new import_cdk8s6.ApiObject(chart, `networkpolicy-${policy.name}`, {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: objectMetadata(policy.name, namespace, policy.labels, policy.annotations),
    spec: policy.spec
  });
}

// src/render/add-resource-bounds.ts
var import_cdk8s7 = __toESM(require_lib2(), 1);
function addResourceQuota(chart, namespace, quota) {
  new import_cdk8s7.ApiObject(chart, `resourcequota-${quota.name}`, {
    apiVersion: "v1",
    kind: "ResourceQuota",
    metadata: objectMetadata(quota.name, namespace, quota.labels, quota.annotations),
    spec: { hard: { ...quota.hard } }
  });
}
function addLimitRange(chart, namespace, range) {
  const item = { type: "Container" };
  if (range.defaultLimits !== void 0) item["default"] = { ...range.defaultLimits };
  if (range.defaultRequests !== void 0) item["defaultRequest"] = { ...range.defaultRequests };
  new import_cdk8s7.ApiObject(chart, `limitrange-${range.name}`, {
    apiVersion: "v1",
    kind: "LimitRange",
    metadata: objectMetadata(range.name, namespace, range.labels, range.annotations),
    spec: { limits: [item] }
  });
}

// src/render/add-persistent-volume-claim.ts
var import_cdk8s_plus_27 = __toESM(require_lib3(), 1);
function addPersistentVolumeClaim(chart, namespace, claim) {
  new import_cdk8s_plus_27.k8s.KubePersistentVolumeClaim(chart, `persistentvolumeclaim-${claim.name}`, {
    metadata: objectMetadata(claim.name, namespace, claim.labels, claim.annotations),
    spec: {
      accessModes: [...claim.accessModes],
      resources: { requests: { storage: import_cdk8s_plus_27.k8s.Quantity.fromString(claim.storage) } },
      storageClassName: claim.storageClassName
    }
  });
}

// src/render/add-service.ts
var import_cdk8s8 = __toESM(require_lib2(), 1);
var kplus4 = __toESM(require_lib3(), 1);
function addService(chart, patches, namespace, workload, service) {
  const object = new kplus4.Service(chart, `service-${workload.name}`, {
    // Annotations by patch: cdk8s's generated toJson copies a map once per key (quadratic; 10,000 labels took 13 s).
    metadata: objectMetadata(workload.name, namespace, workload.labels, {}),
    type: service.type,
    ports: service.ports.map((port) => ({
      name: port.name,
      port: port.port,
      targetPort: port.targetPort,
      protocol: port.protocol
    }))
  });
  for (const [key, value] of Object.entries(workload.selectorLabels)) object.selectLabel(key, value);
  patches.add("Service", workload.name, import_cdk8s8.JsonPatch.remove("/spec/externalIPs"));
  const annotations = { ...workload.annotations, ...service.annotations };
  if (Object.keys(annotations).length > 0) patches.add("Service", workload.name, import_cdk8s8.JsonPatch.add("/metadata/annotations", annotations));
  if (service.loadBalancerIP !== void 0) {
    patches.add("Service", workload.name, import_cdk8s8.JsonPatch.add("/spec/loadBalancerIP", service.loadBalancerIP));
  }
}

// src/render/add-service-account.ts
var import_cdk8s9 = __toESM(require_lib2(), 1);
var kplus5 = __toESM(require_lib3(), 1);
function addServiceAccount(chart, patches, namespace, workload) {
  const serviceAccount = new kplus5.ServiceAccount(chart, `serviceaccount-${workload.name}`, {
    metadata: objectMetadata(workload.name, namespace, workload.labels, workload.annotations)
  });
  patches.add("ServiceAccount", workload.name, import_cdk8s9.JsonPatch.remove("/automountServiceAccountToken"));
  return serviceAccount;
}

// src/render/canonical-manifest.ts
var LEADING_KEYS = ["apiVersion", "kind", "metadata"];
function canonicalManifest(object) {
  const result = {};
  for (const key of LEADING_KEYS) {
    const value = object[key];
    if (value !== void 0) result[key] = sortJsonKeys(value);
  }
  const rest = sortJsonKeys(Object.fromEntries(Object.entries(object).filter(([key]) => !LEADING_KEYS.includes(key))));
  for (const key of Object.keys(rest)) Object.defineProperty(result, key, { value: rest[key], enumerable: true, writable: true, configurable: true });
  return result;
}

// src/render/object-patches.ts
var import_cdk8s10 = __toESM(require_lib2(), 1);
var ObjectPatches = class {
  _byObject = /* @__PURE__ */ new Map();
  /** Queues patches for the object of this kind and name, applied in the order given. */
  add(kind, name, ...patches) {
    const key = _key(kind, name);
    const queued = this._byObject.get(key);
    if (queued === void 0) this._byObject.set(key, [...patches]);
    else queued.push(...patches);
  }
  /**
   * The object with its queued patches applied (the object itself is modified and returned). A `remove`
   * of a path that is not there is a no-op (fast-json-patch without validation), which is why tests
   * check the final objects field by field.
   */
  applyTo(object) {
    const metadata = object["metadata"];
    const patches = this._byObject.get(_key(String(object["kind"]), String(metadata?.["name"])));
    return patches === void 0 ? object : import_cdk8s10.JsonPatch.apply(object, ...patches);
  }
};
function _key(kind, name) {
  return `${kind}\0${name}`;
}

// src/render/render-device.ts
function renderDeviceObjects(intent) {
  const app = new import_cdk8s11.App({ outdir: ".", recordConstructMetadata: false });
  const chart = new import_cdk8s11.Chart(app, "device");
  const patches = new ObjectPatches();
  const { namespace } = intent;
  try {
    addNamespace(chart, patches, intent);
    for (const workload of intent.workloads) {
      const serviceAccount = addServiceAccount(chart, patches, namespace, workload);
      addDeployment(chart, patches, namespace, workload, serviceAccount);
      if (workload.service !== void 0) addService(chart, patches, namespace, workload, workload.service);
    }
    for (const configMap of intent.configMaps) addConfigMap(chart, patches, namespace, configMap);
    for (const secret of intent.externalSecrets) addExternalSecret(chart, namespace, secret);
    for (const claim of intent.persistentVolumeClaims) addPersistentVolumeClaim(chart, namespace, claim);
    for (const policy of intent.networkPolicies ?? []) addNetworkPolicy(chart, namespace, policy);
    if (intent.resourceQuota !== void 0) addResourceQuota(chart, namespace, intent.resourceQuota);
    if (intent.limitRange !== void 0) addLimitRange(chart, namespace, intent.limitRange);
    for (const certificate of intent.certificates ?? []) addCertificate(chart, namespace, certificate);
    return chart.toJson().map((object) => canonicalManifest(patches.applyTo(object)));
  } catch (error) {
    if (error instanceof IotEdgeGitopsError) throw error;
    throw new InternalError(`cannot build the Kubernetes objects: ${_firstLine(error)}`, {
      stage: "render",
      deviceId: intent.deviceId,
      cause: error
    });
  }
}
function renderDevice(intent) {
  const { dir } = intent;
  const byName = /* @__PURE__ */ new Map();
  for (const object of renderDeviceObjects(intent)) {
    const name = manifestFileName(object);
    if (byName.has(name) || name === KUSTOMIZATION_FILE) {
      throw new InternalError(`two objects would be written to ${dir}/${name}`, { stage: "render", deviceId: intent.deviceId });
    }
    byName.set(name, manifestYaml(object));
  }
  const names = [...byName.keys()];
  byName.set(KUSTOMIZATION_FILE, renderKustomization(names));
  const files = /* @__PURE__ */ new Map();
  for (const name of [...byName.keys()].sort()) files.set(name, byName.get(name));
  return { dir, files };
}
function _firstLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n", 1)[0] ?? message;
}

// src/render/device-template.ts
var TOKEN = /zqslot(\d+)qz/g;
var TOKEN_MARK = "zqslot";
var tokenOf = (slot) => `zqslot${slot}qz`;
function compileDeviceTemplate(reference, probe) {
  const slots = /* @__PURE__ */ new Set();
  const content = _json(reference);
  if (!_diff(content, _json(probe), "", slots)) return null;
  if (slots.size === 0 || JSON.stringify(content).includes(TOKEN_MARK)) return null;
  const numbered = /* @__PURE__ */ new Map();
  for (const path of slots) numbered.set(path, numbered.size);
  const filled = _fill(content, "", (path) => {
    const n = numbered.get(path);
    return n === void 0 ? void 0 : tokenOf(n);
  });
  const tokenIntent = { ...filled, dir: reference.dir };
  let objects;
  try {
    objects = renderDeviceObjects(tokenIntent);
  } catch {
    return null;
  }
  if (!objects.every((o) => _tokensWhole(o))) return null;
  let plain;
  try {
    plain = renderDevice(reference);
  } catch {
    return null;
  }
  const texts = /* @__PURE__ */ new Map();
  for (const object of objects) {
    const name = manifestFileName(object);
    if (name.includes(TOKEN_MARK) || texts.has(name)) return null;
    texts.set(name, manifestYaml(object));
  }
  const files = /* @__PURE__ */ new Map();
  for (const name of plain.files.keys()) {
    const text = texts.get(name) ?? (name === KUSTOMIZATION_FILE ? plain.files.get(name) : void 0);
    if (text === void 0) return null;
    const pieces = [];
    let last = 0;
    for (const match of text.matchAll(TOKEN)) {
      pieces.push(text.slice(last, match.index), Number(match[1]));
      last = match.index + match[0].length;
    }
    pieces.push(text.slice(last));
    files.set(name, pieces);
  }
  const template = { reference: content, slots, files };
  for (const intent of [reference, probe]) {
    let expected;
    try {
      expected = intent === reference ? plain : renderDevice(intent);
    } catch {
      return null;
    }
    const filled2 = renderWithTemplate(template, intent);
    if (filled2 === null || !_sameRendered(filled2, expected)) return null;
  }
  return template;
}
function renderWithTemplate(template, intent) {
  const values = [];
  if (!_collect(template.reference, _json(intent), "", template.slots, values)) return null;
  const scalars = [];
  for (const value of values) {
    if (!_isPlain(value)) return null;
    scalars.push(value);
  }
  const files = /* @__PURE__ */ new Map();
  for (const [name, pieces] of template.files) {
    let text = "";
    for (let i = 0; i < pieces.length; i++) text += i % 2 === 0 ? pieces[i] : scalars[pieces[i]];
    files.set(name, text);
  }
  return { dir: intent.dir, files };
}
function _json(intent) {
  return intentContent(intent);
}
var _plainCache = /* @__PURE__ */ new Map();
function _isPlain(value) {
  let plain = _plainCache.get(value);
  if (plain === void 0) {
    plain = value !== "" && manifestYaml(value) === `${value}
`;
    if (_plainCache.size > 1e5) _plainCache.clear();
    _plainCache.set(value, plain);
  }
  return plain;
}
function _sameRendered(a, b) {
  if (a.dir !== b.dir || a.files.size !== b.files.size) return false;
  const an = [...a.files.keys()];
  const bn = [...b.files.keys()];
  return an.every((n, i) => n === bn[i] && a.files.get(n) === b.files.get(n));
}
function _diff(a, b, path, slots) {
  return _walkAlike(a, b, path, (x, y, at) => {
    if (x !== y) slots.add(at);
    return true;
  });
}
function _collect(a, b, path, slots, values) {
  return _walkAlike(a, b, path, (x, y, at) => {
    if (!slots.has(at)) return x === y;
    values.push(y);
    return true;
  });
}
function _walkAlike(a, b, path, onStrings) {
  if (typeof a === "string" || typeof b === "string") return typeof a === "string" && typeof b === "string" && onStrings(a, b, path);
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ak = Object.keys(a);
  const bk = Object.keys(b);
  if (ak.length !== bk.length) return false;
  for (let i = 0; i < ak.length; i++) {
    const key = ak[i];
    if (key !== bk[i]) return false;
    if (!_walkAlike(a[key], b[key], `${path}/${key}`, onStrings)) return false;
  }
  return true;
}
function _fill(value, path, slot) {
  if (typeof value === "string") return slot(path) ?? value;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v, i) => _fill(v, `${path}/${i}`, slot));
  const result = {};
  for (const key of Object.keys(value)) result[key] = _fill(value[key], `${path}/${key}`, slot);
  return result;
}
function _tokensWhole(value) {
  if (typeof value === "string") return !value.includes(TOKEN_MARK) || /^zqslot\d+qz$/.test(value);
  if (value === null || typeof value !== "object") return true;
  if (Array.isArray(value)) return value.every(_tokensWhole);
  for (const key of Object.keys(value)) {
    if (key.includes(TOKEN_MARK) || !_tokensWhole(value[key])) return false;
  }
  return true;
}

// src/plan/device-families.ts
var PROBE_DEVICE_ID = "iotedge-gitops-probe-7f3a";
var PROBE_CLUSTER = "iotedge-gitops-probe-cluster-7f3a";
var MIN_FAMILY_FOR_TEMPLATE = 4;
var DeviceFamilies = class {
  constructor(_options) {
    this._options = _options;
  }
  _options;
  _families = /* @__PURE__ */ new Map();
  /** Counts a device into its family (call for every target before rendering, so sizes are known). */
  count(target) {
    if (target.base === null) return;
    this._family(target).size++;
  }
  /** The rendered device: from the family template when there is one and the intent fits, else `renderDevice`. */
  render(target, intent, time) {
    if (target.base === null) return renderDevice(intent);
    const family = this._family(target);
    if (family.size < MIN_FAMILY_FOR_TEMPLATE) return renderDevice(intent);
    if (family.template === void 0) family.template = this._compile(target, intent, time);
    return (family.template && renderWithTemplate(family.template, intent)) ?? renderDevice(intent);
  }
  _compile(target, intent, time) {
    let probe;
    try {
      const device = { ...target.device, deviceId: PROBE_DEVICE_ID, tags: { ...target.device.tags, [this._options.clusterTag ?? DEFAULT_CLUSTER_TAG]: PROBE_CLUSTER } };
      probe = time("translate", () => translateDevice({ ...target, device }, deviceIdentity(this._options.hub, device, this._options.clusterTag), this._options).intent);
    } catch {
      return null;
    }
    return compileDeviceTemplate(intent, probe);
  }
  _key(target) {
    return JSON.stringify([target.base?.id ?? null, target.layers.map((l) => l.id)]);
  }
  _family(target) {
    const key = this._key(target);
    let family = this._families.get(key);
    if (family === void 0) {
      family = { size: 0 };
      this._families.set(key, family);
    }
    return family;
  }
};

// src/plan/ledger-table.ts
import { createHash as createHash3 } from "node:crypto";
var MAX_PER_BUCKET = 32;
var ID_LENGTH = 16;
var LedgerTable = class {
  _byId = /* @__PURE__ */ new Map();
  _buckets = /* @__PURE__ */ new Map();
  /** Module name → ledger id for one device's ledger (any order; rows keep theirs within a module). */
  add(ledger) {
    const byModule = /* @__PURE__ */ new Map();
    for (const entry of ledger) {
      const rows = byModule.get(entry.module);
      if (rows === void 0) byModule.set(entry.module, [entry]);
      else rows.push(entry);
    }
    const refs = /* @__PURE__ */ Object.create(null);
    for (const [module, entries] of byModule) refs[module] = this._store(module, entries).id;
    return refs;
  }
  /**
   * Takes a device's ledger from an earlier inventory (`refs` into its `ledgers` table) without translating the
   * device again: module name → rows. Undefined, and nothing taken, when a reference is missing or its rows no
   * longer hash to their id (an edited file): the caller then translates the device.
   */
  adopt(refs, previous) {
    if (previous === null || typeof previous !== "object" || refs === null || typeof refs !== "object") return void 0;
    const found = [];
    for (const id of Object.values(refs)) {
      const stored = this._byId.get(id) ?? _verified(id, Object.hasOwn(previous, id) ? previous[id] : void 0);
      if (stored === void 0) return void 0;
      found.push(stored);
    }
    const byModule = /* @__PURE__ */ new Map();
    Object.keys(refs).forEach((module, i) => {
      this._byId.set(found[i].id, found[i]);
      byModule.set(module, found[i].rows);
    });
    return byModule;
  }
  /** Every ledger added so far, by id, ids sorted (the `ledgers` table of inventory.json). */
  rows() {
    const table = {};
    for (const id of [...this._byId.keys()].sort()) table[id] = this._byId.get(id).rows;
    return table;
  }
  _store(module, entries) {
    const first = entries[0];
    const last = entries[entries.length - 1];
    const key = `${module}\0${entries.length}\0${first.configurationId}\0${first.jsonPath}\0${last.jsonPath}`;
    const bucket = this._buckets.get(key) ?? [];
    for (const candidate of bucket) if (_equal(candidate.rows, entries)) return candidate;
    const rows = entries.map(inventoryLedgerRow);
    const text = JSON.stringify(rows);
    const id = _idOf(text);
    let stored = this._byId.get(id);
    if (stored === void 0) {
      stored = { id, rows };
      this._byId.set(id, stored);
    } else if (JSON.stringify(stored.rows) !== text) {
      throw new InternalError(`two different ledgers hash to the same id ${id}`, { stage: "translate" });
    }
    if (bucket.length < MAX_PER_BUCKET) bucket.push(stored);
    this._buckets.set(key, bucket);
    return stored;
  }
};
function inventoryLedgerRow(entry) {
  return {
    key: entry.key,
    fidelity: entry.fidelity,
    configurationId: entry.configurationId,
    jsonPath: entry.jsonPath,
    target: entry.target,
    reason: entry.reason
  };
}
function _idOf(rowsJson) {
  return createHash3("sha256").update(rowsJson).digest("hex").slice(0, ID_LENGTH);
}
function _verified(id, rows) {
  if (!Array.isArray(rows)) return void 0;
  const copy = rows.map((row) => row !== null && typeof row === "object" ? inventoryLedgerRow(row) : null);
  if (copy.some((row) => row === null || typeof row.key !== "string" || typeof row.fidelity !== "string")) return void 0;
  return _idOf(JSON.stringify(copy)) === id ? { id, rows: copy } : void 0;
}
function _equal(rows, ledger) {
  if (rows.length !== ledger.length) return false;
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i];
    const b = ledger[i];
    if (a.key !== b.key || a.fidelity !== b.fidelity || a.configurationId !== b.configurationId || a.jsonPath !== b.jsonPath || a.target !== b.target || a.reason !== b.reason) return false;
  }
  return true;
}

// src/plan/translate-input-hash.ts
import { createHash as createHash4 } from "node:crypto";
var TranslateInputHasher = class {
  /**
   * `codeVersion` names the code (see `codeFingerprint`). `redactedContent` gives a deployment's `modulesContent`
   * with its credentials redacted as in a snapshot (`redactSnapshot`): translate never writes a credential, so
   * they need no part in the hash, and a hash over a password and otherwise known content would let a reader of
   * inventory.json test guesses of it. It also makes a live read and its redacted snapshot hash alike.
   */
  constructor(codeVersion, options, _redactedContent) {
    this._redactedContent = _redactedContent;
    this._prefix = `${codeVersion}\0${canonicalJson(options)}`;
  }
  _redactedContent;
  _deployments = /* @__PURE__ */ new Map();
  _prefix;
  /** Hex SHA-256 of the device's translate input; only for a device with a base deployment. `identity`: its place (`deviceIdentity`). */
  hash(target, identity) {
    const hash = createHash4("sha256").update(this._prefix);
    hash.update(`\0${JSON.stringify(identity.deviceId)}\0${JSON.stringify(identity.cluster)}`);
    const parent = parentDeviceId(target.device.twin);
    if (parent !== void 0) hash.update(`\0parent\0${JSON.stringify(parent)}`);
    for (const deployment of [target.base, ...target.layers]) hash.update(`\0${deployment === null ? "null" : this._deployment(deployment)}`);
    return hash.digest("hex");
  }
  _deployment(deployment) {
    let digest = this._deployments.get(deployment);
    if (digest === void 0) {
      digest = createHash4("sha256").update(canonicalJson([deployment.id, this._redactedContent(deployment)])).digest("hex");
      this._deployments.set(deployment, digest);
    }
    return digest;
  }
};

// src/plan/render-input-hash.ts
import { createHash as createHash5 } from "node:crypto";
function renderInputHash(intent, codeVersion = TOOL_VERSION) {
  return createHash5("sha256").update(codeVersion).update("\0").update(canonicalJson(intentContent(intent))).digest("hex");
}

// src/plan/synthesize.ts
function synthesize(snapshot, options = {}) {
  return synthesizeModel(_timer(options)("model", () => loadModel(snapshot)), options);
}
function synthesizeModel(model, options = {}) {
  const time = _timer(options);
  const loop = new _SynthLoop(model, options, time);
  const candidates = options.selection === void 0 ? model : { ...model, devices: model.devices.filter((device) => loop.mayBeSelected(device)) };
  const all = time("targeting", () => targetDevices(candidates));
  const targets = options.selection === void 0 ? [...all] : all.filter((target) => loop.selects(target));
  for (const target of targets) loop.families.count(target);
  for (let index = 0; index < targets.length; index++) {
    const target = targets[index];
    if (!loop.details) targets[index] = void 0;
    loop.device(target);
  }
  return loop.result(targets);
}
function _timer(options) {
  return (stage, work) => options.profiler ? options.profiler.time(stage, work) : work();
}
var _SynthLoop = class {
  constructor(_model, _synth, _time) {
    this._model = _model;
    this._synth = _synth;
    this._time = _time;
    this._options = translateOptionsOf(_model, _synth);
    this._messages = _model.errors.map((e) => e.describe());
    this._warnings = [..._model.deploymentWarnings?.values() ?? []].flat().map((e) => e.describe());
    this._namespaceOwners = _namespaceOwners(_model.devices.map((device) => this._identityOf(device)));
    this._codeVersion = _synth.codeVersion ?? TOOL_VERSION;
    this._inputHasher = new TranslateInputHasher(this._codeVersion, this._options, _redactedContents(_model));
    this.families = new DeviceFamilies(this._options);
    this._previousEntries = _previousEntries(_synth.previous);
    this.details = _synth.details ?? true;
  }
  _model;
  _synth;
  _time;
  details;
  families;
  _options;
  _codeVersion;
  _inputHasher;
  _namespaceOwners;
  _identities = /* @__PURE__ */ new WeakMap();
  _previousEntries;
  _ledgerTable = new LedgerTable();
  _files = /* @__PURE__ */ new Map();
  _deviceDirs = [];
  _keep = [];
  _unchanged = [];
  _delivered = [];
  _keepNamespaces = [];
  _entries = [];
  _ledgers = /* @__PURE__ */ new Map();
  _ledgerSummary = { exact: 0, approximate: 0, dropped: 0 };
  _edited = [];
  _clusterSelected = /* @__PURE__ */ new Map();
  _messages;
  _warnings;
  _unmanaged = 0;
  _failed = 0;
  /** False when the device's cluster is named and not selected; the others are decided after targeting by `selects`. */
  mayBeSelected(device) {
    return clusterTagError(device, this._options.clusterTag) !== void 0 || this._selectsCluster(this._identityOf(device).cluster);
  }
  /** The device's place (`deviceIdentity`), named once per device however many steps ask for it. */
  _identityOf(device) {
    let identity = this._identities.get(device);
    if (identity === void 0) {
      identity = deviceIdentity(this._model.hub, device, this._options.clusterTag);
      this._identities.set(device, identity);
    }
    return identity;
  }
  /** `selectsCluster` once per cluster name (a shard's test hashes the name). */
  _selectsCluster(cluster) {
    let selected = this._clusterSelected.get(cluster);
    if (selected === void 0) {
      selected = selectsCluster(this._synth.selection, cluster);
      this._clusterSelected.set(cluster, selected);
    }
    return selected;
  }
  /**
   * True when the device's cluster is selected (`SynthOptions.selection`). A device whose cluster cannot be named is
   * reported here by every selected run; it stays in the run only when its last good output is in a selected cluster.
   */
  selects(target) {
    const selection = this._synth.selection;
    const { device } = target;
    if (!clusterTagError(device, this._options.clusterTag)) return this._selectsCluster(this._identityOf(device).cluster);
    const before = _anyEntry(this._synth.previous, device.deviceId);
    if (before !== void 0 && selectsCluster(selection, before.cluster)) return true;
    const { errors } = this._identify(target);
    this._messages.push(...errors.map((e) => _withDevice(e, device.deviceId)));
    return false;
  }
  /** One device, through every step it needs. */
  device(target) {
    const { identity, head, errors } = this._identify(target);
    const { dir } = identity;
    if (target.base === null && errors.length === 0) {
      this._unmanaged++;
      this._keep.push(dir);
      this._entries.push({ ...head, path: null, modules: [] });
      return;
    }
    const before = this._previousEntries.get(identity.deviceId);
    const sourceHash = errors.length === 0 ? this._inputHasher.hash(target, identity) : void 0;
    if (sourceHash !== void 0 && this._reuseUntranslated(target, head, dir, before, sourceHash)) return;
    let produced;
    if (errors.length === 0) {
      try {
        produced = this._translateAndRender(target, identity, before);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw _internal(error, identity.deviceId);
        errors.push(error);
      }
    }
    if (produced === void 0) return this._recordFailed(target, head, dir, errors);
    const filesHash = produced.files === void 0 ? this._reuseRendered(dir, before) : this._deliver(identity.deviceId, dir, before, produced.files);
    this._record(head, dir, produced, sourceHash, filesHash);
  }
  /** Step 1: the device's namespace, cluster and directory, and what already makes it fail. */
  _identify(target) {
    const { device } = target;
    const named = this._identityOf(device);
    const clusterError = clusterTagError(device, this._options.clusterTag);
    const before = clusterError ? _anyEntry(this._synth.previous, device.deviceId) : void 0;
    const identity = before === void 0 ? named : { ...named, cluster: before.cluster, dir: before.path ?? named.dir };
    const { deviceId, cluster, namespace } = identity;
    const head = { deviceId, cluster, namespace, baseDeployment: target.base?.id ?? null, layeredDeployments: target.layers.map((l) => l.id) };
    const errors = [...target.errors];
    if (clusterError) {
      errors.push(clusterError);
      this._keepNamespaces.push(namespace);
    }
    const sharing = this._namespaceOwners.get(namespace);
    if (sharing.length > 1) {
      errors.push(new ConfigError(`namespace '${namespace}' would be shared by devices ${sharing.map((d) => `'${d}'`).join(", ")}`, { stage: "translate", deviceId: device.deviceId }));
    }
    return { identity, head, errors };
  }
  /**
   * Step 2 (reuse?): same translate input as the run that wrote this directory, which is still there: nothing to
   * translate or render. Records the device and returns true; false when it must be translated.
   */
  _reuseUntranslated(target, head, dir, before, sourceHash) {
    const adopted = _adopt(before, sourceHash, dir, this._synth.previous, this._ledgerTable);
    if (adopted === void 0) return false;
    this._keep.push(dir);
    this._unchanged.push(dir);
    for (const rows of adopted.rows.values()) for (const row of rows) this._ledgerSummary[row.fidelity]++;
    if (this.details) {
      const ledger = [...adopted.rows].flatMap(([module, rows]) => rows.map((row) => ({ deviceId: head.deviceId, module, ...row })));
      this._ledgers.set(head.deviceId, ledger.sort((a, b) => compareOrdinal(a.module, b.module) || compareOrdinal(a.key, b.key) || compareOrdinal(a.jsonPath, b.jsonPath)));
    }
    this._entries.push({ ...head, path: dir, modules: _moduleNames(target), ...typeof adopted.entry.podSecurity === "string" && isPodSecurityLevel(adopted.entry.podSecurity) ? { podSecurity: adopted.entry.podSecurity } : {}, ledger: adopted.entry.ledger, inputHash: adopted.entry.inputHash, sourceHash, filesHash: adopted.entry.filesHash });
    return true;
  }
  /**
   * Steps 3 and 4: translates the device, then renders it unless the directory an earlier run wrote for the same
   * render input (`renderInputHash`) is still there (then `files` is undefined).
   */
  _translateAndRender(target, identity, before) {
    const { intent, ledger, secretSources } = this._time("translate", () => translateDevice(target, identity, this._options));
    const inputHash = renderInputHash(intent, this._codeVersion);
    let files;
    if (_recorded(before, identity.dir, this._synth.previous)?.inputHash !== inputHash) {
      const rendered = this._time("render", () => this.families.render(target, intent, this._time));
      checkObjectSizes(intent, rendered);
      files = rendered.files;
    }
    this._synth.onSecretSources?.(target, secretSources);
    return { files, ledger, inputHash, modules: _moduleNames(target), podSecurity: intent.podSecurityLevel };
  }
  /** Step 2 again, after translate: the directory is kept as it is; returns its recorded `filesHash`. */
  _reuseRendered(dir, before) {
    this._keep.push(dir);
    this._unchanged.push(dir);
    return _recorded(before, dir, this._synth.previous).filesHash;
  }
  /** Step 5: hands the rendered directory to the writer (or the plan's files); returns its `filesHash`. */
  _deliver(deviceId, dir, before, files) {
    this._deviceDirs.push(dir);
    const filesHash = deviceFilesHash(files);
    if (_editedOutside(before, dir, this._synth.previous)) this._edited.push(deviceId);
    if (this._synth.onDevice) {
      this._synth.onDevice(dir, files);
      this._delivered.push(dir);
    } else {
      for (const [name, content] of files) this._files.set(`${dir}/${name}`, content);
    }
    return filesHash;
  }
  /** Step 6: the device's inventory entry, ledger and counts. */
  _record(head, dir, produced, sourceHash, filesHash) {
    for (const entry of produced.ledger) this._ledgerSummary[entry.fidelity]++;
    if (this.details) this._ledgers.set(head.deviceId, produced.ledger);
    this._entries.push({ ...head, path: dir, modules: produced.modules, ...produced.podSecurity !== void 0 ? { podSecurity: produced.podSecurity } : {}, ledger: this._ledgerTable.add(produced.ledger), inputHash: produced.inputHash, sourceHash, filesHash });
  }
  /** Step 6 for a device that failed: it keeps its last good output, and the inventory says why. */
  _recordFailed(target, head, dir, errors) {
    this._failed++;
    this._keep.push(dir);
    const described = errors.map((e) => _withDevice(e, head.deviceId));
    this._messages.push(...described);
    this._entries.push({ ...head, path: dir, modules: target.manifest ? _moduleNames(target) : [], errors: described });
  }
  /** The run's result once every device went through the loop. */
  result(targets) {
    const model = this._model;
    const inventory = {
      hub: model.hub,
      hostName: model.hostName,
      configurations: model.deployments.map((d) => ({ id: d.id, kind: d.kind, priority: d.priority, etag: d.etag })),
      devices: this._entries.sort((a, b) => compareOrdinal(a.deviceId, b.deviceId)),
      ledgers: this._ledgerTable.rows()
    };
    const streamed = this._synth.onDevice !== void 0;
    if (!streamed) {
      this._time("inventory", () => {
        for (const [cluster, part] of clusterInventories(inventory)) this._files.set(clusterInventoryFile(cluster), JSON.stringify(part, null, 2) + "\n");
      });
    }
    return {
      plan: {
        files: this._files,
        deviceDirs: this._deviceDirs.sort(),
        keep: this._keep.sort(),
        unchanged: this._unchanged.sort(),
        ...streamed ? { delivered: this._delivered.sort() } : {},
        ...this._keepNamespaces.length > 0 ? { keepNamespaces: this._keepNamespaces.sort() } : {},
        inventory,
        ...this._synth.selection !== void 0 ? { selection: this._synth.selection } : {}
      },
      exitCode: this._failed > 0 || this._messages.length > 0 ? 2 : 0,
      messages: this._messages,
      warnings: this._warnings,
      ledgerSummary: this._ledgerSummary,
      synthesized: this._deviceDirs.length + this._unchanged.length,
      unmanaged: this._unmanaged,
      failed: this._failed,
      edited: this._edited.sort(compareOrdinal),
      targets: this.details ? targets : [],
      ledgers: this._ledgers
    };
  }
};
function translateOptionsOf(model, options) {
  return {
    ...DEFAULT_TRANSLATE_OPTIONS,
    hub: model.hub,
    hostName: model.hostName,
    clusterTag: options.clusterTag ?? DEFAULT_TRANSLATE_OPTIONS.clusterTag,
    secretStore: options.secretStore ?? DEFAULT_TRANSLATE_OPTIONS.secretStore,
    strict: options.strict ?? false,
    ...options.upstreamHost !== void 0 ? { upstreamHost: options.upstreamHost } : {},
    ...options.isolation !== void 0 ? { isolation: options.isolation } : {},
    ...options.certificates !== void 0 ? { certificates: options.certificates } : {}
  };
}
function _adopt(entry, sourceHash, dir, previous, ledgerTable) {
  const before = _recorded(entry, dir, previous);
  if (before === void 0 || before.sourceHash !== sourceHash || typeof before.inputHash !== "string" || before.ledger === void 0) return void 0;
  const rows = ledgerTable.adopt(before.ledger, previous.inventory.ledgers);
  return rows === void 0 ? void 0 : { entry: before, rows };
}
function _recorded(before, dir, previous) {
  return _written(before, dir, previous) && typeof before.filesHash === "string" && previous?.editedDirs?.has(dir) !== true ? before : void 0;
}
function _editedOutside(before, dir, previous) {
  return _written(before, dir, previous) && previous?.editedDirs?.has(dir) === true;
}
function _written(before, dir, previous) {
  return before !== void 0 && before.path === dir && before.errors === void 0 && previous?.presentDirs.has(dir) === true;
}
function _redactedContents(model) {
  const configurations = model.deployments.map((d) => ({ id: d.id, content: { modulesContent: d.modulesContent } }));
  const redacted = redactSnapshot({ hub: model.hub, configurations, devices: [] }).configurations;
  const byDeployment = new Map(model.deployments.map((d, i) => [d, redacted[i]["content"]["modulesContent"]]));
  return (deployment) => byDeployment.get(deployment) ?? null;
}
function _anyEntry(previous, deviceId) {
  return previous?.inventory.devices.find((d) => d !== null && typeof d === "object" && d.deviceId === deviceId && typeof d.path === "string" && typeof d.cluster === "string");
}
function _previousEntries(previous) {
  const byId = /* @__PURE__ */ new Map();
  for (const entry of previous?.inventory.devices ?? []) if (typeof entry.inputHash === "string") byId.set(entry.deviceId, entry);
  return byId;
}
function _moduleNames(target) {
  const manifest = target.manifest;
  if (!manifest) return [];
  return [manifest.edgeHub.name, ...manifest.modules.map((m) => m.name)].sort(compareOrdinal);
}
function _namespaceOwners(identities) {
  const owners = /* @__PURE__ */ new Map();
  for (const { deviceId, namespace } of identities) {
    const list = owners.get(namespace) ?? [];
    list.push(deviceId);
    owners.set(namespace, list);
  }
  return owners;
}
function _withDevice(error, deviceId) {
  return error.deviceId === void 0 ? `device '${deviceId}': ${error.describe()}` : error.describe();
}
function _internal(error, deviceId) {
  if (error instanceof InternalError) return error;
  return new InternalError(`unexpected failure while synthesizing device '${deviceId}': ${error?.message ?? String(error)}`, { deviceId, cause: error });
}

export {
  compileDeployments,
  targetDevice,
  moduleConnectionStringKey,
  envValueString,
  devicePodSecurity,
  translateDevice,
  clusterTagError,
  synthesize,
  synthesizeModel,
  translateOptionsOf
};
