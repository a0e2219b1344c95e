#!/usr/bin/env bash
# Runs the benchmark suite and writes docs/benchmarks.md. Not part of scripts/test.sh.
#
# Builds the SPA into Api/wwwroot when it is missing and installs e2e's npm packages (playwright-core)
# when they are missing, then runs benchmarks/Benchmarks in Release. Arguments are passed on, for example:
#   bash scripts/benchmark.sh --checkout --checkout-requests 200
#   bash scripts/benchmark.sh --billing --billing-sizes 10000,100000 --billing-sandbox-max 10000
# Run it with --help to list the options.
#
# Requirements: the .NET SDK of global.json, Node 20 with npm, and Chromium at /usr/bin/chromium
# (or CHROMIUM_PATH) for the bundle benchmark.
set -euo pipefail

repository_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repository_root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ ! -f Api/wwwroot/index.html ]]; then
  (cd ClientApp && npm ci --no-audit --no-fund && npm run build)
fi
if [[ ! -d e2e/node_modules/playwright-core ]]; then
  (cd e2e && npm ci --no-audit --no-fund)
fi

dotnet run -c Release -p:BuildClientApp=false --project benchmarks/Benchmarks -- "$@"
