/**
 * JSON Schema (draft-07, as its `$schema` says) that the Azure CLI IoT extension validates `$edgeAgent` schemaVersion 1.0 with.
 * Copied unchanged from Azure/azure-iot-cli-extension@a42f57ae26b9ec7fc46446fae778c6de35cb94e2:azext_iot/assets/azure-iot-edgeagent-deployment-1.0.json
 * (MIT licence). Embedded as a module so that the compiled tool needs no data files at run time.
 */
export const EDGE_AGENT_SCHEMA_1_0: Readonly<Record<string, unknown>> = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "title": "JSON schema for Azure IoT EdgeAgent Deployment version 1.0",
  "required": [
    "$edgeAgent"
  ],
  "properties": {
    "$edgeAgent": {
      "type": "object",
      "title": "Configuration for the edgeAgent module",
      "required": [
        "properties.desired"
      ],
      "properties": {
        "properties.desired": {
          "type": "object",
          "required": [
            "schemaVersion",
            "runtime",
            "systemModules",
            "modules"
          ],
          "properties": {
            "schemaVersion": {
              "type": "string",
              "pattern": "1.0"
            },
            "runtime": {
              "type": "object",
              "required": [
                "type",
                "settings"
              ],
              "properties": {
                "type": {
                  "$ref": "#/definitions/moduleType"
                },
                "settings": {
                  "type": "object",
                  "properties": {
                    "minDockerVersion": {
                      "type": "string",
                      "examples": [
                        "v1.25"
                      ]
                    },
                    "loggingOptions": {
                      "type": "string"
                    },
                    "registryCredentials": {
                      "type": "object",
                      "patternProperties": {
                        "^.+$": {
                          "type": "object",
                          "required": [
                            "username",
                            "password",
                            "address"
                          ],
                          "properties": {
                            "username": {
                              "type": "string"
                            },
                            "password": {
                              "type": "string"
                            },
                            "address": {
                              "type": "string",
                              "pattern": "^[^\\s]+$"
                            }
                          }
                        }
                      },
                      "additionalProperties": false
                    }
                  }
                }
              }
            },
            "systemModules": {
              "type": "object",
              "required": [
                "edgeAgent",
                "edgeHub"
              ],
              "properties": {
                "edgeAgent": {
                  "type": "object",
                  "required": [
                    "type",
                    "settings"
                  ],
                  "properties": {
                    "type": {
                      "$ref": "#/definitions/moduleType"
                    },
                    "settings": {
                      "$ref": "#/definitions/moduleSettings"
                    },
                    "env": {
                      "$ref": "#/definitions/env"
                    }
                  }
                },
                "edgeHub": {
                  "type": "object",
                  "title": "The Edgehub Schema",
                  "required": [
                    "type",
                    "settings",
                    "status",
                    "restartPolicy"
                  ],
                  "properties": {
                    "type": {
                      "$ref": "#/definitions/moduleType"
                    },
                    "settings": {
                      "$ref": "#/definitions/moduleSettings"
                    },
                    "env": {
                      "$ref": "#/definitions/env"
                    },
                    "status": {
                      "$ref": "#/definitions/status"
                    },
                    "restartPolicy": {
                      "$ref": "#/definitions/restartPolicy"
                    }
                  }
                }
              },
              "additionalProperties": false
            },
            "modules": {
              "type": "object",
              "patternProperties": {
                "^[a-zA-Z0-9_-]+$": {
                  "type": "object",
                  "required": [
                    "type",
                    "status",
                    "restartPolicy",
                    "settings"
                  ],
                  "properties": {
                    "version": {
                      "type": "string",
                      "examples": [
                        "1.0"
                      ]
                    },
                    "type": {
                      "$ref": "#/definitions/moduleType"
                    },
                    "status": {
                      "$ref": "#/definitions/status"
                    },
                    "restartPolicy": {
                      "$ref": "#/definitions/restartPolicy"
                    },
                    "env": {
                      "$ref": "#/definitions/env"
                    },
                    "settings": {
                      "$ref": "#/definitions/moduleSettings"
                    }
                  }
                }
              },
              "additionalProperties": false
            }
          }
        }
      }
    }
  },
  "additionalProperties": false,
  "definitions": {
    "moduleType": {
      "enum": [
        "docker"
      ]
    },
    "status": {
      "enum": [
        "running",
        "stopped"
      ]
    },
    "restartPolicy": {
      "enum": [
        "never",
        "on-failure",
        "on-unhealthy",
        "always"
      ]
    },
    "moduleSettings": {
      "type": "object",
      "required": [
        "image"
      ],
      "properties": {
        "image": {
          "type": "string",
          "examples": [
            "mcr.microsoft.com/azureiotedge-agent:1.0"
          ]
        },
        "createOptions": {
          "$ref": "#/definitions/createOptions"
        }
      }
    },
    "env": {
      "type": "object",
      "patternProperties": {
        "^[^\\+#$\\s\\.]+$": {
          "type": "object",
          "required": [
            "value"
          ],
          "properties": {
            "value": {
              "type": [
                "number",
                "string",
                "boolean"
              ]
            }
          }
        }
      },
      "additionalProperties": false
    },
    "createOptions": {
      "type": "string",
      "contentMediaType": "application/json"
    }
  }
};
