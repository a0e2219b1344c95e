#!/usr/bin/env bash
# Fault run: 1,000 checkouts against an EFI sandbox failing 30% of calls (5xx, 429, hangs, lost
# responses), with the API killed by SIGKILL once and restarted. Prints the figures and exits 1 when
# a checkout was lost, charged twice at EFI or left pending without a reason. Extra arguments pass
# through, for example: bash scripts/faults.sh --checkouts 200 --failure-rate 0.5
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build Api/Api.csproj -c Release -p:BuildClientApp=false --nologo -v quiet
dotnet build tests/FaultRun/FaultRun.csproj -c Release --nologo -v quiet
dotnet tests/FaultRun/bin/Release/net10.0/Conexa.FaultRun.dll --api-dll Api/bin/Release/net10.0/Conexa.Api.dll "$@"
