import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  checkBranchName,
  clustersInHub,
  managedFolder
} from "./chunk-THRWSSKW.js";
import {
  loadInput
} from "./chunk-VJEZGED6.js";
import {
  DEFAULT_BRANCH,
  DEFAULT_MANAGED_PATH
} from "./chunk-3XVJSHRQ.js";
import {
  printLines,
  resolveInputSource
} from "./chunk-JQIJVHU6.js";
import "./chunk-24TSOMEI.js";
import {
  require_lib2 as require_lib
} from "./chunk-KU5DCUL7.js";
import "./chunk-XUMF3SKE.js";
import "./chunk-P364WQNB.js";
import {
  isDnsLabel,
  require_dist
} from "./chunk-7TEJUEPN.js";
import {
  compareOrdinal
} from "./chunk-6QTJJVG7.js";
import {
  DEFAULT_CLUSTER_TAG,
  TOOL_VERSION
} from "./chunk-2NO4HCE6.js";
import "./chunk-TMKRJT3R.js";
import "./chunk-QHVAIHFP.js";
import {
  ConfigError
} from "./chunk-25NRP4G4.js";
import {
  __toESM
} from "./chunk-R2YBVA4Z.js";

// src/cli/commands/init.ts
import path from "node:path";
import { mkdir, readFile, writeFile } from "node:fs/promises";

// src/publish/repo-template/argocd-application-set.ts
var import_cdk8s2 = __toESM(require_lib(), 1);

// imports/argocd-applicationset-argoproj.io.ts
var import_cdk8s = __toESM(require_lib(), 1);
var ApplicationSet = class _ApplicationSet extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "ApplicationSet"
   */
  static GVK = {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "ApplicationSet"
  };
  /**
   * Renders a Kubernetes manifest for "ApplicationSet".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ..._ApplicationSet.GVK,
      ...toJson_ApplicationSetProps(props)
    };
  }
  /**
   * Defines a "ApplicationSet" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ..._ApplicationSet.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ..._ApplicationSet.GVK,
      ...toJson_ApplicationSetProps(resolved)
    };
  }
};
function toJson_ApplicationSetProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_ApplicationSetSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "applyNestedSelectors": obj.applyNestedSelectors,
    "generators": obj.generators?.map((y) => toJson_ApplicationSetSpecGenerators(y)),
    "goTemplate": obj.goTemplate,
    "goTemplateOptions": obj.goTemplateOptions?.map((y) => y),
    "ignoreApplicationDifferences": obj.ignoreApplicationDifferences?.map((y) => toJson_ApplicationSetSpecIgnoreApplicationDifferences(y)),
    "preservedFields": toJson_ApplicationSetSpecPreservedFields(obj.preservedFields),
    "strategy": toJson_ApplicationSetSpecStrategy(obj.strategy),
    "syncPolicy": toJson_ApplicationSetSpecSyncPolicy(obj.syncPolicy),
    "template": toJson_ApplicationSetSpecTemplate(obj.template),
    "templatePatch": obj.templatePatch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGenerators(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "clusterDecisionResource": toJson_ApplicationSetSpecGeneratorsClusterDecisionResource(obj.clusterDecisionResource),
    "clusters": toJson_ApplicationSetSpecGeneratorsClusters(obj.clusters),
    "git": toJson_ApplicationSetSpecGeneratorsGit(obj.git),
    "list": toJson_ApplicationSetSpecGeneratorsList(obj.list),
    "matrix": toJson_ApplicationSetSpecGeneratorsMatrix(obj.matrix),
    "merge": toJson_ApplicationSetSpecGeneratorsMerge(obj.merge),
    "plugin": toJson_ApplicationSetSpecGeneratorsPlugin(obj.plugin),
    "pullRequest": toJson_ApplicationSetSpecGeneratorsPullRequest(obj.pullRequest),
    "scmProvider": toJson_ApplicationSetSpecGeneratorsScmProvider(obj.scmProvider),
    "selector": toJson_ApplicationSetSpecGeneratorsSelector(obj.selector)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecIgnoreApplicationDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecPreservedFields(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations?.map((y) => y),
    "labels": obj.labels?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecStrategy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "deletionOrder": obj.deletionOrder,
    "rollingSync": toJson_ApplicationSetSpecStrategyRollingSync(obj.rollingSync),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "applicationsSync": obj.applicationsSync,
    "preserveResourcesOnDeletion": obj.preserveResourcesOnDeletion
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapRef": obj.configMapRef,
    "labelSelector": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceLabelSelector(obj.labelSelector),
    "name": obj.name,
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "template": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "flatList": obj.flatList,
    "selector": toJson_ApplicationSetSpecGeneratorsClustersSelector(obj.selector),
    "template": toJson_ApplicationSetSpecGeneratorsClustersTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGit(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directories": obj.directories?.map((y) => toJson_ApplicationSetSpecGeneratorsGitDirectories(y)),
    "files": obj.files?.map((y) => toJson_ApplicationSetSpecGeneratorsGitFiles(y)),
    "pathParamPrefix": obj.pathParamPrefix,
    "repoURL": obj.repoUrl,
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "revision": obj.revision,
    "template": toJson_ApplicationSetSpecGeneratorsGitTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "elements": obj.elements?.map((y) => y),
    "elementsYaml": obj.elementsYaml,
    "template": toJson_ApplicationSetSpecGeneratorsListTemplate(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrix(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "generators": obj.generators?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGenerators(y)),
    "template": toJson_ApplicationSetSpecGeneratorsMatrixTemplate(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMerge(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "generators": obj.generators?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGenerators(y)),
    "mergeKeys": obj.mergeKeys?.map((y) => y),
    "template": toJson_ApplicationSetSpecGeneratorsMergeTemplate(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapRef": toJson_ApplicationSetSpecGeneratorsPluginConfigMapRef(obj.configMapRef),
    "input": toJson_ApplicationSetSpecGeneratorsPluginInput(obj.input),
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "template": toJson_ApplicationSetSpecGeneratorsPluginTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequest(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "azuredevops": toJson_ApplicationSetSpecGeneratorsPullRequestAzuredevops(obj.azuredevops),
    "bitbucket": toJson_ApplicationSetSpecGeneratorsPullRequestBitbucket(obj.bitbucket),
    "bitbucketServer": toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketServer(obj.bitbucketServer),
    "continueOnRepoNotFoundError": obj.continueOnRepoNotFoundError,
    "filters": obj.filters?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestFilters(y)),
    "gitea": toJson_ApplicationSetSpecGeneratorsPullRequestGitea(obj.gitea),
    "github": toJson_ApplicationSetSpecGeneratorsPullRequestGithub(obj.github),
    "gitlab": toJson_ApplicationSetSpecGeneratorsPullRequestGitlab(obj.gitlab),
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "template": toJson_ApplicationSetSpecGeneratorsPullRequestTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProvider(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "awsCodeCommit": toJson_ApplicationSetSpecGeneratorsScmProviderAwsCodeCommit(obj.awsCodeCommit),
    "azureDevOps": toJson_ApplicationSetSpecGeneratorsScmProviderAzureDevOps(obj.azureDevOps),
    "bitbucket": toJson_ApplicationSetSpecGeneratorsScmProviderBitbucket(obj.bitbucket),
    "bitbucketServer": toJson_ApplicationSetSpecGeneratorsScmProviderBitbucketServer(obj.bitbucketServer),
    "cloneProtocol": obj.cloneProtocol,
    "filters": obj.filters?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderFilters(y)),
    "gitea": toJson_ApplicationSetSpecGeneratorsScmProviderGitea(obj.gitea),
    "github": toJson_ApplicationSetSpecGeneratorsScmProviderGithub(obj.github),
    "gitlab": toJson_ApplicationSetSpecGeneratorsScmProviderGitlab(obj.gitlab),
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "template": toJson_ApplicationSetSpecGeneratorsScmProviderTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ApplicationSetSpecGeneratorsSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecStrategyRollingSync(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "steps": obj.steps?.map((y) => toJson_ApplicationSetSpecStrategyRollingSyncSteps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsClustersTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitDirectories(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "exclude": obj.exclude,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitFiles(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "exclude": obj.exclude,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsGitTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsGitTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsListTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsListTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGenerators(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "clusterDecisionResource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResource(obj.clusterDecisionResource),
    "clusters": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusters(obj.clusters),
    "git": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGit(obj.git),
    "list": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsList(obj.list),
    "matrix": obj.matrix,
    "merge": obj.merge,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPlugin(obj.plugin),
    "pullRequest": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequest(obj.pullRequest),
    "scmProvider": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProvider(obj.scmProvider),
    "selector": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsSelector(obj.selector)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMatrixTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGenerators(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "clusterDecisionResource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResource(obj.clusterDecisionResource),
    "clusters": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusters(obj.clusters),
    "git": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGit(obj.git),
    "list": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsList(obj.list),
    "matrix": obj.matrix,
    "merge": obj.merge,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPlugin(obj.plugin),
    "pullRequest": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequest(obj.pullRequest),
    "scmProvider": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProvider(obj.scmProvider),
    "selector": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsSelector(obj.selector)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMergeTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginConfigMapRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginInput(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "parameters": obj.parameters === void 0 ? void 0 : Object.entries(obj.parameters).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsPluginTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestAzuredevops(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "labels": obj.labels?.map((y) => y),
    "organization": obj.organization,
    "project": obj.project,
    "repo": obj.repo,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsPullRequestAzuredevopsTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestBitbucket(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "basicAuth": toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketBasicAuth(obj.basicAuth),
    "bearerToken": toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketBearerToken(obj.bearerToken),
    "owner": obj.owner,
    "repo": obj.repo
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketServer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "basicAuth": toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketServerBasicAuth(obj.basicAuth),
    "bearerToken": toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketServerBearerToken(obj.bearerToken),
    "caRef": toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketServerCaRef(obj.caRef),
    "insecure": obj.insecure,
    "project": obj.project,
    "repo": obj.repo
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestFilters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "branchMatch": obj.branchMatch,
    "targetBranchMatch": obj.targetBranchMatch,
    "titleMatch": obj.titleMatch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestGitea(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "insecure": obj.insecure,
    "labels": obj.labels?.map((y) => y),
    "owner": obj.owner,
    "repo": obj.repo,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsPullRequestGiteaTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestGithub(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "appSecretName": obj.appSecretName,
    "labels": obj.labels?.map((y) => y),
    "owner": obj.owner,
    "repo": obj.repo,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsPullRequestGithubTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestGitlab(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "caRef": toJson_ApplicationSetSpecGeneratorsPullRequestGitlabCaRef(obj.caRef),
    "insecure": obj.insecure,
    "labels": obj.labels?.map((y) => y),
    "project": obj.project,
    "pullRequestState": obj.pullRequestState,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsPullRequestGitlabTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderAwsCodeCommit(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "region": obj.region,
    "role": obj.role,
    "tagFilters": obj.tagFilters?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderAwsCodeCommitTagFilters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderAzureDevOps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accessTokenRef": toJson_ApplicationSetSpecGeneratorsScmProviderAzureDevOpsAccessTokenRef(obj.accessTokenRef),
    "allBranches": obj.allBranches,
    "api": obj.api,
    "organization": obj.organization,
    "teamProject": obj.teamProject
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderBitbucket(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "appPasswordRef": toJson_ApplicationSetSpecGeneratorsScmProviderBitbucketAppPasswordRef(obj.appPasswordRef),
    "owner": obj.owner,
    "user": obj.user
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderBitbucketServer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "api": obj.api,
    "basicAuth": toJson_ApplicationSetSpecGeneratorsScmProviderBitbucketServerBasicAuth(obj.basicAuth),
    "bearerToken": toJson_ApplicationSetSpecGeneratorsScmProviderBitbucketServerBearerToken(obj.bearerToken),
    "caRef": toJson_ApplicationSetSpecGeneratorsScmProviderBitbucketServerCaRef(obj.caRef),
    "insecure": obj.insecure,
    "project": obj.project
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderFilters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "branchMatch": obj.branchMatch,
    "labelMatch": obj.labelMatch,
    "pathsDoNotExist": obj.pathsDoNotExist?.map((y) => y),
    "pathsExist": obj.pathsExist?.map((y) => y),
    "repositoryMatch": obj.repositoryMatch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderGitea(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "api": obj.api,
    "excludeArchivedRepos": obj.excludeArchivedRepos,
    "insecure": obj.insecure,
    "owner": obj.owner,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsScmProviderGiteaTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderGithub(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "api": obj.api,
    "appSecretName": obj.appSecretName,
    "excludeArchivedRepos": obj.excludeArchivedRepos,
    "organization": obj.organization,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsScmProviderGithubTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderGitlab(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "api": obj.api,
    "caRef": toJson_ApplicationSetSpecGeneratorsScmProviderGitlabCaRef(obj.caRef),
    "group": obj.group,
    "includeArchivedRepos": obj.includeArchivedRepos,
    "includeSharedProjects": obj.includeSharedProjects,
    "includeSubgroups": obj.includeSubgroups,
    "insecure": obj.insecure,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsScmProviderGitlabTokenRef(obj.tokenRef),
    "topic": obj.topic
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsSelectorMatchExpressions(obj) {
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
function toJson_ApplicationSetSpecStrategyRollingSyncSteps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ApplicationSetSpecStrategyRollingSyncStepsMatchExpressions(y)),
    "maxUpdate": obj.maxUpdate?.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceLabelSelectorMatchExpressions(obj) {
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
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersSelectorMatchExpressions(obj) {
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
function toJson_ApplicationSetSpecGeneratorsClustersTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsListTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapRef": obj.configMapRef,
    "labelSelector": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceLabelSelector(obj.labelSelector),
    "name": obj.name,
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "template": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "flatList": obj.flatList,
    "selector": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersSelector(obj.selector),
    "template": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGit(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directories": obj.directories?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitDirectories(y)),
    "files": obj.files?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitFiles(y)),
    "pathParamPrefix": obj.pathParamPrefix,
    "repoURL": obj.repoUrl,
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "revision": obj.revision,
    "template": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "elements": obj.elements?.map((y) => y),
    "elementsYaml": obj.elementsYaml,
    "template": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplate(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginConfigMapRef(obj.configMapRef),
    "input": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginInput(obj.input),
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "template": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequest(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "azuredevops": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestAzuredevops(obj.azuredevops),
    "bitbucket": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucket(obj.bitbucket),
    "bitbucketServer": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketServer(obj.bitbucketServer),
    "continueOnRepoNotFoundError": obj.continueOnRepoNotFoundError,
    "filters": obj.filters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestFilters(y)),
    "gitea": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestGitea(obj.gitea),
    "github": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestGithub(obj.github),
    "gitlab": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestGitlab(obj.gitlab),
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "template": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProvider(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "awsCodeCommit": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderAwsCodeCommit(obj.awsCodeCommit),
    "azureDevOps": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderAzureDevOps(obj.azureDevOps),
    "bitbucket": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucket(obj.bitbucket),
    "bitbucketServer": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucketServer(obj.bitbucketServer),
    "cloneProtocol": obj.cloneProtocol,
    "filters": obj.filters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderFilters(y)),
    "gitea": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderGitea(obj.gitea),
    "github": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderGithub(obj.github),
    "gitlab": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderGitlab(obj.gitlab),
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "template": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapRef": obj.configMapRef,
    "labelSelector": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceLabelSelector(obj.labelSelector),
    "name": obj.name,
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "template": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "flatList": obj.flatList,
    "selector": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersSelector(obj.selector),
    "template": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGit(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directories": obj.directories?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitDirectories(y)),
    "files": obj.files?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitFiles(y)),
    "pathParamPrefix": obj.pathParamPrefix,
    "repoURL": obj.repoUrl,
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "revision": obj.revision,
    "template": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "elements": obj.elements?.map((y) => y),
    "elementsYaml": obj.elementsYaml,
    "template": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplate(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginConfigMapRef(obj.configMapRef),
    "input": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginInput(obj.input),
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "template": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequest(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "azuredevops": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestAzuredevops(obj.azuredevops),
    "bitbucket": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucket(obj.bitbucket),
    "bitbucketServer": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketServer(obj.bitbucketServer),
    "continueOnRepoNotFoundError": obj.continueOnRepoNotFoundError,
    "filters": obj.filters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestFilters(y)),
    "gitea": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestGitea(obj.gitea),
    "github": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestGithub(obj.github),
    "gitlab": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestGitlab(obj.gitlab),
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "template": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProvider(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "awsCodeCommit": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderAwsCodeCommit(obj.awsCodeCommit),
    "azureDevOps": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderAzureDevOps(obj.azureDevOps),
    "bitbucket": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucket(obj.bitbucket),
    "bitbucketServer": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucketServer(obj.bitbucketServer),
    "cloneProtocol": obj.cloneProtocol,
    "filters": obj.filters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderFilters(y)),
    "gitea": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderGitea(obj.gitea),
    "github": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderGithub(obj.github),
    "gitlab": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderGitlab(obj.gitlab),
    "requeueAfterSeconds": obj.requeueAfterSeconds,
    "template": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplate(obj.template),
    "values": obj.values === void 0 ? void 0 : Object.entries(obj.values).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestAzuredevopsTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketBasicAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwordRef": toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketBasicAuthPasswordRef(obj.passwordRef),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketBearerToken(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "tokenRef": toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketBearerTokenTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketServerBasicAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwordRef": toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketServerBasicAuthPasswordRef(obj.passwordRef),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketServerBearerToken(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "tokenRef": toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketServerBearerTokenTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketServerCaRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapName": obj.configMapName,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestGiteaTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestGithubTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestGitlabCaRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapName": obj.configMapName,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestGitlabTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderAwsCodeCommitTagFilters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderAzureDevOpsAccessTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderBitbucketAppPasswordRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderBitbucketServerBasicAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwordRef": toJson_ApplicationSetSpecGeneratorsScmProviderBitbucketServerBasicAuthPasswordRef(obj.passwordRef),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderBitbucketServerBearerToken(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "tokenRef": toJson_ApplicationSetSpecGeneratorsScmProviderBitbucketServerBearerTokenTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderBitbucketServerCaRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapName": obj.configMapName,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderGiteaTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderGithubTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderGitlabCaRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapName": obj.configMapName,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderGitlabTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecStrategyRollingSyncStepsMatchExpressions(obj) {
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
function toJson_ApplicationSetSpecTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitDirectories(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "exclude": obj.exclude,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitFiles(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "exclude": obj.exclude,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginConfigMapRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginInput(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "parameters": obj.parameters === void 0 ? void 0 : Object.entries(obj.parameters).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestAzuredevops(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "labels": obj.labels?.map((y) => y),
    "organization": obj.organization,
    "project": obj.project,
    "repo": obj.repo,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestAzuredevopsTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucket(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "basicAuth": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketBasicAuth(obj.basicAuth),
    "bearerToken": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketBearerToken(obj.bearerToken),
    "owner": obj.owner,
    "repo": obj.repo
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketServer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "basicAuth": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketServerBasicAuth(obj.basicAuth),
    "bearerToken": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketServerBearerToken(obj.bearerToken),
    "caRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketServerCaRef(obj.caRef),
    "insecure": obj.insecure,
    "project": obj.project,
    "repo": obj.repo
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestFilters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "branchMatch": obj.branchMatch,
    "targetBranchMatch": obj.targetBranchMatch,
    "titleMatch": obj.titleMatch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestGitea(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "insecure": obj.insecure,
    "labels": obj.labels?.map((y) => y),
    "owner": obj.owner,
    "repo": obj.repo,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestGiteaTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestGithub(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "appSecretName": obj.appSecretName,
    "labels": obj.labels?.map((y) => y),
    "owner": obj.owner,
    "repo": obj.repo,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestGithubTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestGitlab(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "caRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestGitlabCaRef(obj.caRef),
    "insecure": obj.insecure,
    "labels": obj.labels?.map((y) => y),
    "project": obj.project,
    "pullRequestState": obj.pullRequestState,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestGitlabTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderAwsCodeCommit(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "region": obj.region,
    "role": obj.role,
    "tagFilters": obj.tagFilters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderAwsCodeCommitTagFilters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderAzureDevOps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accessTokenRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderAzureDevOpsAccessTokenRef(obj.accessTokenRef),
    "allBranches": obj.allBranches,
    "api": obj.api,
    "organization": obj.organization,
    "teamProject": obj.teamProject
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucket(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "appPasswordRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucketAppPasswordRef(obj.appPasswordRef),
    "owner": obj.owner,
    "user": obj.user
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucketServer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "api": obj.api,
    "basicAuth": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucketServerBasicAuth(obj.basicAuth),
    "bearerToken": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucketServerBearerToken(obj.bearerToken),
    "caRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucketServerCaRef(obj.caRef),
    "insecure": obj.insecure,
    "project": obj.project
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderFilters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "branchMatch": obj.branchMatch,
    "labelMatch": obj.labelMatch,
    "pathsDoNotExist": obj.pathsDoNotExist?.map((y) => y),
    "pathsExist": obj.pathsExist?.map((y) => y),
    "repositoryMatch": obj.repositoryMatch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderGitea(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "api": obj.api,
    "excludeArchivedRepos": obj.excludeArchivedRepos,
    "insecure": obj.insecure,
    "owner": obj.owner,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderGiteaTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderGithub(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "api": obj.api,
    "appSecretName": obj.appSecretName,
    "excludeArchivedRepos": obj.excludeArchivedRepos,
    "organization": obj.organization,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderGithubTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderGitlab(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "api": obj.api,
    "caRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderGitlabCaRef(obj.caRef),
    "group": obj.group,
    "includeArchivedRepos": obj.includeArchivedRepos,
    "includeSharedProjects": obj.includeSharedProjects,
    "includeSubgroups": obj.includeSubgroups,
    "insecure": obj.insecure,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderGitlabTokenRef(obj.tokenRef),
    "topic": obj.topic
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsSelectorMatchExpressions(obj) {
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
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitDirectories(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "exclude": obj.exclude,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitFiles(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "exclude": obj.exclude,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginConfigMapRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginInput(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "parameters": obj.parameters === void 0 ? void 0 : Object.entries(obj.parameters).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestAzuredevops(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "labels": obj.labels?.map((y) => y),
    "organization": obj.organization,
    "project": obj.project,
    "repo": obj.repo,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestAzuredevopsTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucket(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "basicAuth": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketBasicAuth(obj.basicAuth),
    "bearerToken": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketBearerToken(obj.bearerToken),
    "owner": obj.owner,
    "repo": obj.repo
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketServer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "basicAuth": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketServerBasicAuth(obj.basicAuth),
    "bearerToken": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketServerBearerToken(obj.bearerToken),
    "caRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketServerCaRef(obj.caRef),
    "insecure": obj.insecure,
    "project": obj.project,
    "repo": obj.repo
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestFilters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "branchMatch": obj.branchMatch,
    "targetBranchMatch": obj.targetBranchMatch,
    "titleMatch": obj.titleMatch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestGitea(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "insecure": obj.insecure,
    "labels": obj.labels?.map((y) => y),
    "owner": obj.owner,
    "repo": obj.repo,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestGiteaTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestGithub(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "appSecretName": obj.appSecretName,
    "labels": obj.labels?.map((y) => y),
    "owner": obj.owner,
    "repo": obj.repo,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestGithubTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestGitlab(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "api": obj.api,
    "caRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestGitlabCaRef(obj.caRef),
    "insecure": obj.insecure,
    "labels": obj.labels?.map((y) => y),
    "project": obj.project,
    "pullRequestState": obj.pullRequestState,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestGitlabTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderAwsCodeCommit(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "region": obj.region,
    "role": obj.role,
    "tagFilters": obj.tagFilters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderAwsCodeCommitTagFilters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderAzureDevOps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accessTokenRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderAzureDevOpsAccessTokenRef(obj.accessTokenRef),
    "allBranches": obj.allBranches,
    "api": obj.api,
    "organization": obj.organization,
    "teamProject": obj.teamProject
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucket(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "appPasswordRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucketAppPasswordRef(obj.appPasswordRef),
    "owner": obj.owner,
    "user": obj.user
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucketServer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "api": obj.api,
    "basicAuth": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucketServerBasicAuth(obj.basicAuth),
    "bearerToken": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucketServerBearerToken(obj.bearerToken),
    "caRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucketServerCaRef(obj.caRef),
    "insecure": obj.insecure,
    "project": obj.project
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderFilters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "branchMatch": obj.branchMatch,
    "labelMatch": obj.labelMatch,
    "pathsDoNotExist": obj.pathsDoNotExist?.map((y) => y),
    "pathsExist": obj.pathsExist?.map((y) => y),
    "repositoryMatch": obj.repositoryMatch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderGitea(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "api": obj.api,
    "excludeArchivedRepos": obj.excludeArchivedRepos,
    "insecure": obj.insecure,
    "owner": obj.owner,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderGiteaTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderGithub(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "api": obj.api,
    "appSecretName": obj.appSecretName,
    "excludeArchivedRepos": obj.excludeArchivedRepos,
    "organization": obj.organization,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderGithubTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderGitlab(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allBranches": obj.allBranches,
    "api": obj.api,
    "caRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderGitlabCaRef(obj.caRef),
    "group": obj.group,
    "includeArchivedRepos": obj.includeArchivedRepos,
    "includeSharedProjects": obj.includeSharedProjects,
    "includeSubgroups": obj.includeSubgroups,
    "insecure": obj.insecure,
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderGitlabTokenRef(obj.tokenRef),
    "topic": obj.topic
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateMetadata(obj.metadata),
    "spec": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsSelectorMatchExpressions(obj) {
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
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketBasicAuthPasswordRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketBearerTokenTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketServerBasicAuthPasswordRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestBitbucketServerBearerTokenTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderBitbucketServerBasicAuthPasswordRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderBitbucketServerBearerTokenTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceLabelSelectorMatchExpressions(obj) {
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
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersSelectorMatchExpressions(obj) {
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
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestAzuredevopsTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketBasicAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwordRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketBasicAuthPasswordRef(obj.passwordRef),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketBearerToken(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketBearerTokenTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketServerBasicAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwordRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketServerBasicAuthPasswordRef(obj.passwordRef),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketServerBearerToken(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketServerBearerTokenTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketServerCaRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapName": obj.configMapName,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestGiteaTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestGithubTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestGitlabCaRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapName": obj.configMapName,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestGitlabTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderAwsCodeCommitTagFilters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderAzureDevOpsAccessTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucketAppPasswordRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucketServerBasicAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwordRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucketServerBasicAuthPasswordRef(obj.passwordRef),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucketServerBearerToken(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucketServerBearerTokenTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucketServerCaRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapName": obj.configMapName,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderGiteaTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderGithubTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderGitlabCaRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapName": obj.configMapName,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderGitlabTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceLabelSelectorMatchExpressions(obj) {
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
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersSelectorMatchExpressions(obj) {
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
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestAzuredevopsTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketBasicAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwordRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketBasicAuthPasswordRef(obj.passwordRef),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketBearerToken(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketBearerTokenTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketServerBasicAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwordRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketServerBasicAuthPasswordRef(obj.passwordRef),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketServerBearerToken(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketServerBearerTokenTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketServerCaRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapName": obj.configMapName,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestGiteaTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestGithubTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestGitlabCaRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapName": obj.configMapName,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestGitlabTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderAwsCodeCommitTagFilters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderAzureDevOpsAccessTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucketAppPasswordRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucketServerBasicAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwordRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucketServerBasicAuthPasswordRef(obj.passwordRef),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucketServerBearerToken(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "tokenRef": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucketServerBearerTokenTokenRef(obj.tokenRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucketServerCaRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapName": obj.configMapName,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderGiteaTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderGithubTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderGitlabCaRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapName": obj.configMapName,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderGitlabTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "finalizers": obj.finalizers?.map((y) => y),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "destination": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecDestination(obj.destination),
    "ignoreDifferences": obj.ignoreDifferences?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecIgnoreDifferences(y)),
    "info": obj.info?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecInfo(y)),
    "project": obj.project,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "source": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSource(obj.source),
    "sourceHydrator": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydrator(obj.sourceHydrator),
    "sources": obj.sources?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSources(y)),
    "syncPolicy": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSyncPolicy(obj.syncPolicy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketBasicAuthPasswordRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketBearerTokenTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketServerBasicAuthPasswordRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestBitbucketServerBearerTokenTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucketServerBasicAuthPasswordRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderBitbucketServerBearerTokenTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketBasicAuthPasswordRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketBearerTokenTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketServerBasicAuthPasswordRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestBitbucketServerBearerTokenTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucketServerBasicAuthPasswordRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderBitbucketServerBearerTokenTokenRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecDestination(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecIgnoreDifferences(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "jqPathExpressions": obj.jqPathExpressions?.map((y) => y),
    "jsonPointers": obj.jsonPointers?.map((y) => y),
    "kind": obj.kind,
    "managedFieldsManagers": obj.managedFieldsManagers?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecInfo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcePlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydrator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drySource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySource(obj.drySource),
    "hydrateTo": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorHydrateTo(obj.hydrateTo),
    "syncSource": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorSyncSource(obj.syncSource)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chart": obj.chart,
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesKustomize(obj.kustomize),
    "name": obj.name,
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesPlugin(obj.plugin),
    "ref": obj.ref,
    "repoURL": obj.repoUrl,
    "tagPrefix": obj.tagPrefix,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSyncPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "automated": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSyncPolicyAutomated(obj.automated),
    "managedNamespaceMetadata": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
    "retry": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSyncPolicyRetry(obj.retry),
    "syncOptions": obj.syncOptions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectory(obj.directory),
    "helm": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelm(obj.helm),
    "kustomize": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomize(obj.kustomize),
    "path": obj.path,
    "plugin": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePlugin(obj.plugin),
    "repoURL": obj.repoUrl,
    "targetRevision": obj.targetRevision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorHydrateTo(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorSyncSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "repoURL": obj.repoUrl,
    "targetBranch": obj.targetBranch
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesPlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesPluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesPluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSyncPolicyAutomated(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmpty": obj.allowEmpty,
    "enabled": obj.enabled,
    "prune": obj.prune,
    "selfHeal": obj.selfHeal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSyncPolicyManagedNamespaceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSyncPolicyRetry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backoff": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSyncPolicyRetryBackoff(obj.backoff),
    "limit": obj.limit,
    "refresh": obj.refresh
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectory(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disableExtensionFilter": obj.disableExtensionFilter,
    "exclude": obj.exclude,
    "include": obj.include,
    "jsonnet": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
    "recurse": obj.recurse
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "fileParameters": obj.fileParameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelmFileParameters(y)),
    "ignoreMissingValueFiles": obj.ignoreMissingValueFiles,
    "kubeVersion": obj.kubeVersion,
    "namespace": obj.namespace,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelmParameters(y)),
    "passCredentials": obj.passCredentials,
    "releaseName": obj.releaseName,
    "skipCrds": obj.skipCrds,
    "skipSchemaValidation": obj.skipSchemaValidation,
    "skipTests": obj.skipTests,
    "valueFiles": obj.valueFiles?.map((y) => y),
    "values": obj.values,
    "valuesObject": obj.valuesObject,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomize(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersions": obj.apiVersions?.map((y) => y),
    "commonAnnotations": obj.commonAnnotations === void 0 ? void 0 : Object.entries(obj.commonAnnotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "commonAnnotationsEnvsubst": obj.commonAnnotationsEnvsubst,
    "commonLabels": obj.commonLabels === void 0 ? void 0 : Object.entries(obj.commonLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "components": obj.components?.map((y) => y),
    "forceCommonAnnotations": obj.forceCommonAnnotations,
    "forceCommonLabels": obj.forceCommonLabels,
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => y),
    "kubeVersion": obj.kubeVersion,
    "labelIncludeTemplates": obj.labelIncludeTemplates,
    "labelWithoutSelector": obj.labelWithoutSelector,
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "namespace": obj.namespace,
    "patches": obj.patches?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizePatches(y)),
    "replicas": obj.replicas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizeReplicas(y)),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePlugin(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePluginEnv(y)),
    "name": obj.name,
    "parameters": obj.parameters?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePluginParameters(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesPluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesPluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSyncPolicyRetryBackoff(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "duration": obj.duration,
    "factor": obj.factor,
    "maxDuration": obj.maxDuration
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extVars": obj.extVars?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
    "libs": obj.libs?.map((y) => y),
    "tlas": obj.tlas?.map((y) => toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelmFileParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceHelmParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forceString": obj.forceString,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizePatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "patch": obj.patch,
    "path": obj.path,
    "target": toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count?.value,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePluginEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourcePluginParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "array": obj.array?.map((y) => y),
    "map": obj.map === void 0 ? void 0 : Object.entries(obj.map).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "name": obj.name,
    "string": obj.string
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourcesKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMatrixGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClusterDecisionResourceTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsClustersTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsGitTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsListTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPluginTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsPullRequestTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApplicationSetSpecGeneratorsMergeGeneratorsScmProviderTemplateSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}

// src/publish/repo-template/cluster-template-props.ts
var import_yaml = __toESM(require_dist(), 1);
function manifestsYaml(objects) {
  return objects.map((o) => import_yaml.default.stringify(o, { lineWidth: 0 })).join("---\n");
}

// src/publish/repo-template/argocd-application-set.ts
function argoApplicationSetYaml(props) {
  const app = new import_cdk8s2.App();
  const chart = new import_cdk8s2.Chart(app, `argocd-${props.cluster}`, { disableResourceNameHashes: true });
  new ApplicationSet(chart, "devices", {
    metadata: { name: `iotedge-gitops-${props.cluster}`, namespace: "argocd" },
    spec: {
      goTemplate: true,
      goTemplateOptions: ["missingkey=error"],
      generators: [{ git: { repoUrl: props.repoUrl, revision: props.branch, directories: [{ path: `${props.devicesPath}/*` }] } }],
      template: {
        metadata: {
          // The directory name is the device's namespace: unique per hub and device, a DNS label of at most 63
          // characters (hash suffix only when cut), so it is a valid Application name and instance label as is.
          name: "{{.path.basename}}",
          labels: { "app.kubernetes.io/managed-by": "iotedge-gitops", "iotedge-gitops/cluster": props.cluster },
          finalizers: ["resources-finalizer.argocd.argoproj.io"]
        },
        spec: {
          project: "default",
          source: { repoUrl: props.repoUrl, targetRevision: props.branch, path: "{{.path.path}}" },
          destination: { server: "https://kubernetes.default.svc", namespace: "{{.path.basename}}" },
          syncPolicy: { automated: { prune: true, selfHeal: true }, syncOptions: ["CreateNamespace=false"] }
        }
      }
    }
  });
  return manifestsYaml(chart.toJson());
}

// src/publish/repo-template/flux-sync-chart.ts
var import_cdk8s5 = __toESM(require_lib(), 1);

// imports/fluxcd-gitrepository-source.toolkit.fluxcd.io.ts
var import_cdk8s3 = __toESM(require_lib(), 1);
var GitRepository = class _GitRepository extends import_cdk8s3.ApiObject {
  /**
   * Returns the apiVersion and kind for "GitRepository"
   */
  static GVK = {
    apiVersion: "source.toolkit.fluxcd.io/v1",
    kind: "GitRepository"
  };
  /**
   * Renders a Kubernetes manifest for "GitRepository".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ..._GitRepository.GVK,
      ...toJson_GitRepositoryProps(props)
    };
  }
  /**
   * Defines a "GitRepository" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ..._GitRepository.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ..._GitRepository.GVK,
      ...toJson_GitRepositoryProps(resolved)
    };
  }
};
function toJson_GitRepositoryProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_GitRepositorySpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepositorySpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "ignore": obj.ignore,
    "include": obj.include?.map((y) => toJson_GitRepositorySpecInclude(y)),
    "interval": obj.interval,
    "provider": obj.provider,
    "proxySecretRef": toJson_GitRepositorySpecProxySecretRef(obj.proxySecretRef),
    "recurseSubmodules": obj.recurseSubmodules,
    "ref": toJson_GitRepositorySpecRef(obj.ref),
    "secretRef": toJson_GitRepositorySpecSecretRef(obj.secretRef),
    "serviceAccountName": obj.serviceAccountName,
    "sparseCheckout": obj.sparseCheckout?.map((y) => y),
    "suspend": obj.suspend,
    "timeout": obj.timeout,
    "url": obj.url,
    "verify": toJson_GitRepositorySpecVerify(obj.verify)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepositorySpecInclude(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fromPath": obj.fromPath,
    "repository": toJson_GitRepositorySpecIncludeRepository(obj.repository),
    "toPath": obj.toPath
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepositorySpecProxySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepositorySpecRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "branch": obj.branch,
    "commit": obj.commit,
    "name": obj.name,
    "semver": obj.semver,
    "tag": obj.tag
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepositorySpecSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepositorySpecVerify(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mode": obj.mode,
    "secretRef": toJson_GitRepositorySpecVerifySecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepositorySpecIncludeRepository(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepositorySpecVerifySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}

// imports/fluxcd-kustomization-kustomize.toolkit.fluxcd.io.ts
var import_cdk8s4 = __toESM(require_lib(), 1);
var Kustomization = class _Kustomization extends import_cdk8s4.ApiObject {
  /**
   * Returns the apiVersion and kind for "Kustomization"
   */
  static GVK = {
    apiVersion: "kustomize.toolkit.fluxcd.io/v1",
    kind: "Kustomization"
  };
  /**
   * Renders a Kubernetes manifest for "Kustomization".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ..._Kustomization.GVK,
      ...toJson_KustomizationProps(props)
    };
  }
  /**
   * Defines a "Kustomization" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ..._Kustomization.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ..._Kustomization.GVK,
      ...toJson_KustomizationProps(resolved)
    };
  }
};
function toJson_KustomizationProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_KustomizationSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "buildMetadata": obj.buildMetadata?.map((y) => y),
    "commonMetadata": toJson_KustomizationSpecCommonMetadata(obj.commonMetadata),
    "components": obj.components?.map((y) => y),
    "decryption": toJson_KustomizationSpecDecryption(obj.decryption),
    "deletionPolicy": obj.deletionPolicy,
    "dependsOn": obj.dependsOn?.map((y) => toJson_KustomizationSpecDependsOn(y)),
    "force": obj.force,
    "healthCheckExprs": obj.healthCheckExprs?.map((y) => toJson_KustomizationSpecHealthCheckExprs(y)),
    "healthChecks": obj.healthChecks?.map((y) => toJson_KustomizationSpecHealthChecks(y)),
    "ignore": obj.ignore?.map((y) => toJson_KustomizationSpecIgnore(y)),
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => toJson_KustomizationSpecImages(y)),
    "interval": obj.interval,
    "kubeConfig": toJson_KustomizationSpecKubeConfig(obj.kubeConfig),
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "patches": obj.patches?.map((y) => toJson_KustomizationSpecPatches(y)),
    "path": obj.path,
    "postBuild": toJson_KustomizationSpecPostBuild(obj.postBuild),
    "prune": obj.prune,
    "retryInterval": obj.retryInterval,
    "serviceAccountName": obj.serviceAccountName,
    "sourceRef": toJson_KustomizationSpecSourceRef(obj.sourceRef),
    "suspend": obj.suspend,
    "targetNamespace": obj.targetNamespace,
    "timeout": obj.timeout,
    "wait": obj.wait
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecCommonMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecDecryption(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "provider": obj.provider,
    "secretRef": toJson_KustomizationSpecDecryptionSecretRef(obj.secretRef),
    "serviceAccountName": obj.serviceAccountName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecDependsOn(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "readyExpr": obj.readyExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecHealthCheckExprs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "current": obj.current,
    "failed": obj.failed,
    "inProgress": obj.inProgress,
    "kind": obj.kind
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecHealthChecks(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "kind": obj.kind,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecIgnore(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "paths": obj.paths?.map((y) => y),
    "target": toJson_KustomizationSpecIgnoreTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecImages(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "digest": obj.digest,
    "name": obj.name,
    "newName": obj.newName,
    "newTag": obj.newTag
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecKubeConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapRef": toJson_KustomizationSpecKubeConfigConfigMapRef(obj.configMapRef),
    "secretRef": toJson_KustomizationSpecKubeConfigSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecPatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "patch": obj.patch,
    "target": toJson_KustomizationSpecPatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecPostBuild(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "substitute": obj.substitute === void 0 ? void 0 : Object.entries(obj.substitute).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "substituteFrom": obj.substituteFrom?.map((y) => toJson_KustomizationSpecPostBuildSubstituteFrom(y)),
    "substituteStrategy": obj.substituteStrategy
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecSourceRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "kind": obj.kind,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecDecryptionSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecIgnoreTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecKubeConfigConfigMapRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecKubeConfigSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecPatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecPostBuildSubstituteFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "kind": obj.kind,
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}

// src/publish/repo-template/flux-cluster-ignore.ts
function fluxClusterIgnore(devicesPath) {
  const lines = ["# Only this cluster's device folder goes into the artifact.", "/*"];
  const segments = devicesPath.split("/");
  for (let i = 1; i <= segments.length; i++) {
    const folder = segments.slice(0, i).map(_escapeGitignore).join("/");
    lines.push(`!/${folder}/`);
    if (i < segments.length) lines.push(`/${folder}/*`);
  }
  return `${lines.join("\n")}
`;
}
function _escapeGitignore(segment) {
  return segment.replace(/[\\*?[\]]/g, "\\$&").replace(/ $/, "\\ ");
}

// src/publish/repo-template/flux-sync-chart.ts
function fluxSyncYaml(props) {
  const app = new import_cdk8s5.App();
  const chart = new import_cdk8s5.Chart(app, `flux-${props.cluster}`, { disableResourceNameHashes: true });
  new GitRepository(chart, "source", {
    metadata: { name: "iotedge-gitops", namespace: "flux-system" },
    spec: { url: props.repoUrl, ref: { branch: props.branch }, interval: "1m", ignore: fluxClusterIgnore(props.devicesPath), sparseCheckout: [props.devicesPath] }
  });
  new Kustomization(chart, "devices", {
    metadata: { name: `iotedge-gitops-${props.cluster}`, namespace: "flux-system" },
    spec: {
      interval: "10m",
      retryInterval: "2m",
      path: `./${props.devicesPath}`,
      prune: true,
      wait: true,
      timeout: "5m",
      sourceRef: { kind: "GitRepository" /* GIT_REPOSITORY */, name: "iotedge-gitops" }
    }
  });
  return manifestsYaml(chart.toJson());
}

// src/publish/repo-template/action-reference.ts
var ACTION_REPOSITORY = "iotedge-gitops/iotedge-gitops";
function defaultActionReference(version = TOOL_VERSION) {
  return `${ACTION_REPOSITORY}@v${version}`;
}
function checkActionReference(reference) {
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[A-Za-z0-9_./-]+)?@[A-Za-z0-9_./-]+$/.test(reference)) {
    throw new ConfigError(`--action must be owner/name@ref (a release tag or a full commit SHA), got '${reference}'`, { stage: "cli" });
  }
  return reference;
}
function pinnedUses(action) {
  return `        # Pinned to a release tag. To pin to a commit instead, replace the tag by the full 40-character commit
        # SHA of that release (shown on its release page), e.g. ${action.replace(/@.*$/, "")}@<commit-sha> # v…
        uses: ${action}`;
}

// src/publish/repo-template/sync-workflow.ts
var DEFAULT_CRON = "*/15 * * * *";
function syncWorkflowYaml(props) {
  const action = props.action ?? defaultActionReference();
  const pathInput = props.path === "." ? "" : `
          path: '${props.path}'`;
  return `# Generated by \`iotedge-gitops init\`. Proposes the IoT Hub's IoT Edge deployments as one pull request.
name: iotedge-gitops

on:
  schedule:
    - cron: '${props.cron ?? DEFAULT_CRON}'
  workflow_dispatch: {}

# One sync at a time; a queued run waits instead of cancelling one that is pushing.
concurrency:
  group: iotedge-gitops-${props.branch}
  cancel-in-progress: false

# Nothing by default; the job below gets exactly what sync needs.
permissions: {}

jobs:
  sync:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    permissions:
      contents: write
      pull-requests: write
    steps:
      - name: Sync IoT Hub deployments to a pull request
        id: sync
${pinnedUses(action)}
        env:
          IOTHUB_CONNECTION_STRING: \${{ secrets.IOTHUB_CONNECTION_STRING }}
        with:
          command: sync
          branch: '${props.branch}'${pathInput}
          pull-request: true
`;
}

// src/publish/repo-template/matrix-sync-workflow.ts
var MIN_MATRIX_SHARDS = 2;
var MAX_MATRIX_SHARDS = 256;
var MATRIX_SNAPSHOT_FILE = "iotedge-gitops-snapshot.json";
var MATRIX_SNAPSHOT_ARTIFACT = "iotedge-gitops-snapshot";
var UPLOAD_ARTIFACT_ACTION = "actions/upload-artifact@v6";
var DOWNLOAD_ARTIFACT_ACTION = "actions/download-artifact@v7";
function checkShardCount(value) {
  const text = String(value).trim();
  const count = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(count) || count < MIN_MATRIX_SHARDS || count > MAX_MATRIX_SHARDS) {
    throw new ConfigError(`--matrix must be a whole number of shards from ${MIN_MATRIX_SHARDS} to ${MAX_MATRIX_SHARDS}, got '${text}'`, { stage: "cli" });
  }
  return count;
}
function matrixSyncWorkflowYaml(props) {
  const shards = checkShardCount(props.shards);
  const action = props.action ?? defaultActionReference();
  const pathInput = props.path === "." ? "" : `
          path: '${props.path}'`;
  const shardList = Array.from({ length: shards }, (_, i) => i + 1).join(", ");
  return `# Generated by \`iotedge-gitops init --matrix ${shards}\`. Reads the IoT Hub once, then syncs its clusters in ${shards} shards,
# each proposing its clusters' IoT Edge deployments as one pull request.
name: iotedge-gitops

on:
  schedule:
    - cron: '${props.cron ?? DEFAULT_CRON}'
  workflow_dispatch: {}

# One run at a time; a queued run waits instead of cancelling one that is pushing. The shards of a run are parallel.
concurrency:
  group: iotedge-gitops-${props.branch}
  cancel-in-progress: false

# Nothing by default; each job below gets exactly what it needs.
permissions: {}

jobs:
  snapshot:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    # Reads the hub only: the connection string is in this job's first step and nowhere else.
    permissions:
      contents: read
    steps:
      - name: Read the IoT Hub once into a snapshot
${pinnedUses(action)}
        env:
          IOTHUB_CONNECTION_STRING: \${{ secrets.IOTHUB_CONNECTION_STRING }}
        with:
          command: snapshot
          out: ${MATRIX_SNAPSHOT_FILE}
      # Credential values are redacted in the snapshot; it lives one day, long enough for the shard jobs.
      - uses: ${UPLOAD_ARTIFACT_ACTION}
        with:
          name: ${MATRIX_SNAPSHOT_ARTIFACT}
          path: ${MATRIX_SNAPSHOT_FILE}
          retention-days: 1
          if-no-files-found: error

  sync:
    needs: snapshot
    runs-on: ubuntu-latest
    timeout-minutes: 30
    permissions:
      contents: write
      pull-requests: write
    strategy:
      fail-fast: false
      matrix:
        shard: [${shardList}]
    steps:
      - uses: ${DOWNLOAD_ARTIFACT_ACTION}
        with:
          name: ${MATRIX_SNAPSHOT_ARTIFACT}
      - name: Sync the clusters of shard \${{ matrix.shard }} of ${shards} to a pull request
        id: sync
        uses: ${action}
        with:
          command: sync
          snapshot: ${MATRIX_SNAPSHOT_FILE}
          shard: '\${{ matrix.shard }}/${shards}'
          branch: '${props.branch}'${pathInput}
          pull-request: true
`;
}

// src/publish/repo-template/template-readme-scale.ts
function templateReadmeScaleSection(props) {
  const prefix = props.path === "." ? "" : `${props.path}/`;
  const first = props.clusters[0];
  const workflow = props.shards === void 0 ? `The workflow above is one job. For a large hub, \`iotedge-gitops init <dir> --matrix N\` (N from 2 to 256)
writes it sharded instead: a job \`snapshot\` reads the hub once` : `This workflow is sharded (\`init --matrix ${props.shards}\`): a job \`snapshot\` reads the hub once`;
  return `## Running at scale

${workflow} (the only step that holds
\`IOTHUB_CONNECTION_STRING\`) and uploads \`${MATRIX_SNAPSHOT_FILE}\` as an artifact kept one day; then a job
\`sync\` with a matrix of shards (\`shard: I/N\`) downloads it and syncs, in each shard, only the clusters that
shard owns. A cluster always belongs to the same shard (by a hash of its name, whatever other clusters exist), so
the shards write disjoint \`${prefix}devices/<cluster>/\` folders, each with its own
\`${prefix}devices/<cluster>/inventory.json\`, and a push that loses a race is retried on top of the others' commits.
Each shard opens or updates its own pull request, from \`iotedge-gitops/${props.branch}--shard-I-of-N\`. One workflow run
at a time; the shards of a run work in parallel, and a failing shard does not stop the others.

**One branch per cluster** instead: in the sharded workflow, replace \`shard: [...]\` by
\`cluster: [${props.clusters.join(", ")}]\`, and the inputs of the sync step by

\`\`\`yaml
          command: sync
          snapshot: ${MATRIX_SNAPSHOT_FILE}
          cluster: \${{ matrix.cluster }}
          branch: iotedge-gitops-\${{ matrix.cluster }}
\`\`\`

(no \`pull-request\`: each job commits to its cluster's branch, which the first sync creates holding only that
cluster). Then point each cluster's Flux and Argo CD files at its branch (\`ref.branch\`, \`revision\` and
\`targetRevision\`), as \`iotedge-gitops init <other-dir> --cluster ${first} --branch iotedge-gitops-${first}\` writes them.

**What each cluster fetches.** Flux: the GitRepository in \`flux/<cluster>/iotedge-gitops.yaml\` has \`spec.ignore\`
rules that keep only \`${prefix}devices/<cluster>/\` in the artifact that source-controller packs and
kustomize-controller downloads, so other clusters' devices never reach the cluster, and \`spec.sparseCheckout\` so
that source-controller checks out only that folder of the commit it clones (Flux 2.6 and later; on an older Flux
delete the \`sparseCheckout\` lines: the ignore rules alone keep the artifact to the cluster). Argo CD: the
ApplicationSet's git directory generator makes Applications for \`${prefix}devices/<cluster>/*\` only, and each
Application renders only its device folder, but the repo-server still fetches the whole repository (Argo CD has no
sparse checkout); one branch per cluster keeps that fetch small.

`;
}

// src/publish/repo-template/template-readme.ts
function templateReadme(props) {
  const prefix = props.path === "." ? "" : `${props.path}/`;
  const first = props.clusters[0];
  const clusterList = props.clusters.map((c) => `\`${c}\``).join(", ");
  return `# IoT Edge GitOps repository

This repository holds Kubernetes manifests generated by iotedge-gitops from the IoT Edge
deployments of an Azure IoT Hub: one directory per edge device, \`${prefix}devices/<cluster>/<namespace>/\`, each
with a \`kustomization.yaml\`, a Namespace and one Deployment (plus Service, ServiceAccount, ConfigMaps,
ExternalSecrets) per module. Each cluster's \`${prefix}devices/<cluster>/inventory.json\` lists its devices, the
deployments applied to them and what could not be translated. Do not edit files under \`${prefix}devices/\` by hand: the next sync overwrites them.

Clusters in this template: ${clusterList}. A device goes to the cluster named by its twin tag \`cluster\`
(\`default\` when absent).

## Layout

| Path | What |
|---|---|
| \`${prefix}devices/<cluster>/<namespace>/\` | Written by \`iotedge-gitops sync\`; one directory per device |
| \`${prefix}devices/<cluster>/inventory.json\` | Written by sync: the cluster's devices, deployments, etags, fidelity ledger |
| \`flux/<cluster>/iotedge-gitops.yaml\` | Flux GitRepository + Kustomization for that cluster |
| \`argocd/<cluster>/iotedge-gitops-applicationset.yaml\` | Argo CD ApplicationSet for that cluster |
| \`.github/workflows/iotedge-gitops.yml\` | ${props.shards === void 0 ? "Scheduled sync that opens or updates one pull request" : `Scheduled: one hub read, then ${props.shards} shard syncs, one pull request per shard`} |

## 1. Let the workflow propose changes

1. Push this repository to GitHub (default branch \`${props.branch}\`).
2. Add the repository secret \`IOTHUB_CONNECTION_STRING\`: a service connection string of the hub with
   *registry read* (Settings → Secrets and variables → Actions). It is passed through the environment only.
3. Settings → Actions → General → Workflow permissions: allow GitHub Actions to create pull requests.
   \`GITHUB_TOKEN\` is the automatic token; pull requests opened with it do not trigger other workflows
   (use a GitHub App token in \`GITHUB_TOKEN\` if you need CI on them).
4. The workflow runs the iotedge-gitops action, pinned to a release tag; nothing is installed at run time. To
   pin to a commit, replace the tag in \`uses:\` by the release's full commit SHA.
5. Run the workflow once by hand (Actions → iotedge-gitops → Run workflow). ${props.shards === void 0 ? `It pushes the branch
   \`iotedge-gitops/${props.branch}\` and opens one pull request; later runs update that same pull request, and` : `Each of its ${props.shards} shards pushes its
   own branch \`iotedge-gitops/${props.branch}--shard-I-of-${props.shards}\` and opens one pull request for its clusters
   (*Running at scale*); later runs update those same pull requests, and`}
   a run with nothing new changes nothing. The change report is in the job summary.
6. Review and merge. The pull request groups the devices that receive the same change (images old → new, the
   *names* of changed environment variables, never their values, ports, mounts, privileges, routes) and first
   lists what to act on: secrets to provision, new module identities, rising privileges, failed devices.

To commit straight to \`${props.branch}\` instead, run \`iotedge-gitops sync --repo <url>\` without \`--pull-request\`.

## 2a. Apply with Flux

1. Bootstrap Flux on the cluster (\`flux bootstrap github … --path=flux/${first}\`), or add the file to the path
   your Flux already reconciles.
2. If the repository is private, create the Git credentials Secret and add \`secretRef\` to the GitRepository in
   \`flux/${first}/iotedge-gitops.yaml\`.
3. Commit. Flux applies \`./${prefix}devices/${first}\` with \`prune: true\` (a removed device directory deletes its
   objects), \`wait: true\` and a 5-minute timeout. Check with \`flux get kustomizations iotedge-gitops-${first}\`.

## 2b. Apply with Argo CD

1. Install Argo CD (with the ApplicationSet controller, included since 2.3) on the cluster.
2. Register this repository in Argo CD (\`argocd repo add <url>\`) if it is private.
3. \`kubectl apply -n argocd -f argocd/${first}/iotedge-gitops-applicationset.yaml\`. The git directory generator
   creates one Application per device directory, so one failing device never blocks the others. Each
   Application syncs automatically with prune and self-heal; \`CreateNamespace=false\` because the Namespace is
   part of the device directory. A central Argo CD managing several clusters: change \`destination.server\` to
   \`destination.name: <cluster>\`.

## Secrets

Registry credentials and secret-valued settings are never committed: they become ExternalSecrets that read from
the secret store configured at sync time (\`--secret-store\`). Install External Secrets Operator and create that
store on each cluster.

## Module identities, Key Vault and certificates

Before the first sync reaches a cluster, each cluster needs External Secrets Operator with a (Cluster)SecretStore
for your Azure Key Vault (\`--secret-store\`), and cert-manager with an Issuer or ClusterIssuer that signs
edgeHub's server certificate (\`--cert-issuer\`, default the ClusterIssuer \`iotedge-ca\`; a CA or Vault issuer,
so that \`ca.crt\` is filled). \`iotedge-gitops provision --key-vault-url https://NAME.vault.azure.net\` (same input
flags as sync) creates the module identities in IoT Hub and writes their connection strings to Key Vault; run it
before \`sync\`, with a service connection string that has *registry read* and *registry write*.

To run it in the workflow, give it Key Vault access with OpenID Connect, no stored Azure secret: create an Entra
app registration (or user-assigned identity) with a federated credential for this repository's \`main\` branch,
grant it the *Key Vault Secrets Officer* role on the vault, add \`id-token: write\` to the workflow's
\`permissions\`, and add before the sync step:

\`\`\`yaml
      - uses: azure/login@v2
        with:
          client-id: \${{ vars.AZURE_CLIENT_ID }}
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          subscription-id: \${{ vars.AZURE_SUBSCRIPTION_ID }}
      - name: Provision module identities and Key Vault secrets
        uses: ${props.action}
        env:
          IOTHUB_CONNECTION_STRING: \${{ secrets.IOTHUB_CONNECTION_STRING }}
        with:
          command: provision
          key-vault-url: \${{ vars.AZURE_KEY_VAULT_URL }}
\`\`\`

\`provision\` authenticates with DefaultAzureCredential, which uses the Azure CLI login that \`azure/login\` made.

${templateReadmeScaleSection(props)}## Safety

Sync refuses to remove more than 10 device directories in one run (\`--max-deletions\`, also \`25%\`), never deletes
anything on an empty read (no devices or no deployments; \`--allow-empty\` to override), keeps the last good files
of a device whose deployment failed, and never force-pushes \`${props.branch}\`.

Regenerate this skeleton with \`iotedge-gitops init <dir> ${props.clusters.map((c) => `--cluster ${c}`).join(" ")}${props.shards === void 0 ? "" : ` --matrix ${props.shards}`}\`.
`;
}

// src/publish/repo-template/render-repo-template.ts
var PLACEHOLDER_REPO_URL = "https://github.com/OWNER/REPO.git";
function renderRepoTemplate(props = {}) {
  const clusters = [...new Set(props.clusters && props.clusters.length > 0 ? props.clusters : ["default"])].sort();
  const bad = clusters.filter((c) => !isDnsLabel(c));
  if (bad.length > 0) throw new ConfigError(`--cluster must be a DNS label (lower-case letters, digits, '-'): ${bad.map((c) => `'${c}'`).join(", ")}`, { stage: "cli" });
  const repoUrl = props.repoUrl ?? PLACEHOLDER_REPO_URL;
  if (/\s/.test(repoUrl) || _hasCredentials(repoUrl)) {
    throw new ConfigError("--repo-url must be a plain clone URL without spaces or credentials", { stage: "cli" });
  }
  const branch = checkBranchName(props.branch ?? DEFAULT_BRANCH);
  const folder = managedFolder(props.path ?? DEFAULT_MANAGED_PATH);
  const prefix = folder === "." ? "" : `${folder}/`;
  const files = /* @__PURE__ */ new Map();
  const action = checkActionReference(props.action ?? defaultActionReference());
  const shards = props.matrix === void 0 ? void 0 : checkShardCount(props.matrix);
  files.set("README.md", templateReadme({ clusters, branch, path: folder, action, ...shards === void 0 ? {} : { shards } }));
  files.set(".github/workflows/iotedge-gitops.yml", shards === void 0 ? syncWorkflowYaml({ branch, path: folder, action }) : matrixSyncWorkflowYaml({ branch, path: folder, action, shards }));
  for (const cluster of clusters) {
    const chartProps = { cluster, repoUrl, branch, devicesPath: `${prefix}devices/${cluster}` };
    files.set(`flux/${cluster}/iotedge-gitops.yaml`, fluxSyncYaml(chartProps));
    files.set(`argocd/${cluster}/iotedge-gitops-applicationset.yaml`, argoApplicationSetYaml(chartProps));
    files.set(`${prefix}devices/${cluster}/.gitkeep`, "");
  }
  return new Map([...files].sort(([a], [b]) => compareOrdinal(a, b)));
}
function _hasCredentials(url) {
  const userInfo = /^([a-z][a-z0-9+.-]*):\/\/([^/@]*)@/i.exec(url);
  return userInfo !== null && (/^https?$/i.test(userInfo[1]) || userInfo[2].includes(":"));
}

// src/publish/repo-template/template-drift.ts
var CLONE_URL = /^\s*(?:url|repoURL): (\S+)\s*$/m;
function templateDrift(file, current, props) {
  const written = CLONE_URL.exec(current)?.[1];
  if (written === void 0 || written === (props.repoUrl ?? "")) return { kind: "edited" };
  try {
    if (renderRepoTemplate({ ...props, repoUrl: written }).get(file) === current) return { kind: "other-repo-url", repoUrl: written };
  } catch {
  }
  return { kind: "edited" };
}

// src/cli/commands/init.ts
async function run(options, io) {
  const props = { clusters: await _clusters(options, io), repoUrl: options.repoUrl ?? PLACEHOLDER_REPO_URL, branch: options.branch, path: options.path, action: options.action, matrix: options.matrix };
  const files = renderRepoTemplate(props);
  const root = path.resolve(io.cwd, options.dir);
  const differing = [];
  const toWrite = [];
  for (const [file, content] of files) {
    const current = await readFile(path.join(root, file), "utf8").catch(() => null);
    if (current === content) continue;
    if (current !== null) differing.push({ file, drift: templateDrift(file, current, props) });
    toWrite.push([file, content]);
  }
  if (differing.length > 0 && !options.force) {
    throw new ConfigError(`init would overwrite ${describeDrifts(differing, props.repoUrl)} in ${options.dir}; pass --force to replace them`, { stage: "cli" });
  }
  for (const [file, content] of toWrite) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  printLines(io.stdout, `init: ${toWrite.length} file(s) written, ${files.size - toWrite.length} unchanged in ${options.dir}`);
  return 0;
}
async function _clusters(options, io) {
  if (!options.fromHub) return options.cluster;
  const snapshot = await loadInput(resolveInputSource(options, io.env), io, false);
  return [...options.cluster ?? [], ...clustersInHub(snapshot, options.clusterTag ?? DEFAULT_CLUSTER_TAG)];
}
function describeDrifts(differing, repoUrl) {
  const edited = differing.filter((d) => d.drift.kind === "edited").map((d) => d.file);
  const byUrl = /* @__PURE__ */ new Map();
  for (const { file, drift } of differing) if (drift.kind === "other-repo-url") byUrl.set(drift.repoUrl, [...byUrl.get(drift.repoUrl) ?? [], file]);
  const parts = edited.length > 0 ? [`${edited.length} edited file(s): ${edited.join(", ")}`] : [];
  for (const [url, files] of byUrl) parts.push(`${files.length} file(s) written for --repo-url ${url} (now ${repoUrl}): ${files.join(", ")}`);
  return parts.join(" and ");
}
export {
  run
};
