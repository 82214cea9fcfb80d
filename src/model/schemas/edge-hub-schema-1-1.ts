/**
 * JSON Schema (draft-04, as its `$schema` says) that the Azure CLI IoT extension validates `$edgeHub` schemaVersion 1.1 with.
 * Copied unchanged from Azure/azure-iot-cli-extension@a42f57ae26b9ec7fc46446fae778c6de35cb94e2:azext_iot/assets/azure-iot-edgehub-deployment-1.1.json
 * (MIT licence). Embedded as a module so that the compiled tool needs no data files at run time.
 */
export const EDGE_HUB_SCHEMA_1_1: Readonly<Record<string, unknown>> = {
  "$schema": "http://json-schema.org/draft-04/schema#",
  "type": "object",
  "title": "JSON schema for Azure IoT EdgeHub Deployment version 1.1",
  "required": [
    "$edgeHub"
  ],
  "properties": {
    "$edgeHub": {
      "type": "object",
      "title": "Configuration for the edgeHub module",
      "required": [
        "properties.desired"
      ],
      "properties": {
        "properties.desired": {
          "type": "object",
          "required": [
            "schemaVersion",
            "routes"
          ],
          "properties": {
            "schemaVersion": {
              "type": "string",
              "pattern": "1.1"
            },
            "routes": {
              "type": "object",
              "patternProperties": {
                "^[^\\.\\$# ]+$": {
                  "anyOf": [
                    {
                      "type": "object",
                      "required": [
                        "route"
                      ],
                      "properties": {
                        "route": {
                          "type": "string",
                          "examples": [
                            "FROM /* INTO $upstream"
                          ],
                          "pattern": "^.+$"
                        },
                        "priority": {
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 9
                        },
                        "timeToLiveSecs": {
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 4294967295
                        }
                      },
                      "additionalProperties": false
                    },
                    {
                      "type": "string",
                      "examples": [
                        "FROM /* INTO $upstream"
                      ],
                      "pattern": "^.+$"
                    }
                  ]
                }
              },
              "additionalProperties": false
            },
            "storeAndForwardConfiguration": {
              "type": "object",
              "required": [
                "timeToLiveSecs"
              ],
              "properties": {
                "timeToLiveSecs": {
                  "type": "integer",
                  "examples": [
                    7200
                  ]
                }
              },
              "additionalProperties": false
            }
          },
          "additionalProperties": false
        }
      },
      "additionalProperties": false
    }
  },
  "additionalProperties": false
};
