/**
 * JSON Schema (draft-07, as its `$schema` says) that the Azure CLI IoT extension validates `$edgeHub` schemaVersion 1.0 with.
 * Copied unchanged from Azure/azure-iot-cli-extension@a42f57ae26b9ec7fc46446fae778c6de35cb94e2:azext_iot/assets/azure-iot-edgehub-deployment-1.0.json
 * (MIT licence). Embedded as a module so that the compiled tool needs no data files at run time.
 */
export const EDGE_HUB_SCHEMA_1_0: Readonly<Record<string, unknown>> = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "title": "JSON schema for Azure IoT EdgeHub Deployment version 1.0",
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
              "pattern": "1.0"
            },
            "routes": {
              "type": "object",
              "patternProperties": {
                "^.+$": {
                  "type": "string",
                  "examples": [
                    "FROM /* INTO $upstream"
                  ],
                  "pattern": "^.+$"
                }
              }
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
              }
            }
          }
        }
      }
    }
  },
  "additionalProperties": false
};
