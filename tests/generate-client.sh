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
