#!/usr/bin/env bash
# Regenerates the C# client in tests/TpmHub.IntegrationTests/Generated/ from the OpenAPI document the integration tests
# write (artifacts/openapi/v1.json; run `./tpmhub test` or the OpenApi tests first). Commit the result:
# OpenApiClientTests.GeneratedClient_KnowsEveryOperation fails when the committed client is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet kiota generate --language CSharp --openapi artifacts/openapi/v1.json \
  --output tests/TpmHub.IntegrationTests/Generated --class-name TpmHubApiClient \
  --namespace-name TpmHub.IntegrationTests.Generated --clean-output --exclude-backward-compatible --log-level Warning
# Kiota's lock file records the document's path and hash; keep only the source.
rm -f tests/TpmHub.IntegrationTests/Generated/kiota-lock.json
# The operations the client was generated from, one "METHOD path operationId" a line, for the staleness test.
node -e '
const doc = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const lines = [];
for (const [path, item] of Object.entries(doc.paths))
  for (const [method, op] of Object.entries(item))
    if (["get","put","post","delete","patch","head","options"].includes(method)) lines.push(`${method.toUpperCase()} ${path} ${op.operationId}`);
lines.sort();
require("fs").writeFileSync(process.argv[2], lines.join("\n") + "\n");
' artifacts/openapi/v1.json tests/TpmHub.IntegrationTests/Generated/operations.txt
