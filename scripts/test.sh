#!/usr/bin/env bash
# Runs every test suite of the repository and prints one summary line per suite, then a last
# line "N passed, N failed" with the totals.
#
# Steps, in order:
#   1. the .NET tests (dotnet test Conexa.sln);
#   2. the SPA unit tests (vitest in ClientApp);
#   3. the SPA build into Api/wwwroot, only when it is missing or older than its sources;
#   4. the browser end-to-end tests (node --test in e2e), which start the built Api themselves.
# A failing suite does not stop the later ones. The exit status is 1 when any suite failed or
# could not report its counts, and 0 otherwise.
#
# Environment:
#   SKIP_DOTNET=1  skips "dotnet test". The e2e suite still needs a built Api (Api/bin/Debug).
#
# Requirements: the .NET SDK of global.json, Node 20 with npm, and Chromium at /usr/bin/chromium
# (or CHROMIUM_PATH) for the e2e suite.
set -uo pipefail

repository_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repository_root"

log_directory="$(mktemp -d "${TMPDIR:-/tmp}/conexa-tests.XXXXXX")"
export NO_COLOR=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

summary_lines=()
total_passed=0
total_failed=0
any_suite_failed=0

# Adds one suite's result to the totals.
# A suite that exited non-zero but reported no failed test counts as one failure, so a crash or
# a build error never reads as a pass.
record_result() {
  local suite="$1" exit_code="$2" passed="$3" failed="$4" note="${5:-}"
  if [[ "$exit_code" -ne 0 && "$failed" -eq 0 ]]; then
    failed=1
    note="${note:-exited with status $exit_code without a failed test count}"
  fi
  if [[ "$failed" -gt 0 ]]; then
    any_suite_failed=1
  fi
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))

  local line
  line="$(printf '%-8s %s passed, %s failed' "$suite:" "$passed" "$failed")"
  if [[ -n "$note" ]]; then
    line+=" ($note)"
  fi
  summary_lines+=("$line")
}

# Prints the sum of the first capture group of a Perl regex over all matching lines of a file.
sum_matches() {
  local pattern="$1" file="$2"
  perl -ne "\$sum += \$1 if /$pattern/; END { print \$sum + 0 }" "$file"
}

# Installs the npm dependencies of a folder from its lockfile when node_modules is missing.
ensure_npm_dependencies() {
  local folder="$1"
  if [[ ! -d "$folder/node_modules" ]]; then
    echo "==> npm ci in $folder"
    (cd "$folder" && npm ci --no-audit --no-fund)
  fi
}

run_dotnet_tests() {
  local log="$log_directory/dotnet.log"
  # The benchmark and the fault run have no tests, so "dotnet test" does not compile them. Without this
  # build, a change to an interface they implement would break them unnoticed.
  local tool_code=0
  for project in benchmarks/Benchmarks/Benchmarks.csproj tests/FaultRun/FaultRun.csproj; do
    echo "==> dotnet build $project"
    dotnet build "$project" -p:BuildClientApp=false --nologo -v quiet || tool_code=1
  done

  echo "==> dotnet test Conexa.sln"
  dotnet test Conexa.sln 2>&1 | tee "$log"
  local exit_code="${PIPESTATUS[0]}"
  if [[ "$exit_code" -eq 0 && "$tool_code" -ne 0 ]]; then
    echo "test.sh: the benchmark or the fault run does not build" >&2
    exit_code=1
  fi

  # VSTest prints one line per test assembly:
  #   "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42, Duration: ..."
  local vstest_line='(?:Passed|Failed|Skipped)!\s+-\s+Failed:\s+\d+,\s+Passed:\s+\d+'
  local passed failed
  if grep -Pq "$vstest_line" "$log"; then
    passed="$(sum_matches '(?:Passed|Failed|Skipped)!\s+-\s+Failed:\s+\d+,\s+Passed:\s+(\d+)' "$log")"
    failed="$(sum_matches '(?:Passed|Failed|Skipped)!\s+-\s+Failed:\s+(\d+)' "$log")"
  else
    # The MSBuild terminal logger, used on a terminal, prints one "Test summary: total: N" line
    # with "failed: N" and "succeeded: N" parts instead.
    # NOTE: both patterns follow the format strings of SDK 10.0.401 and were not checked on a real run.
    passed="$(sum_matches 'Test summary:.*?\bsucceeded: (\d+)' "$log")"
    failed="$(sum_matches 'Test summary:.*?\bfailed: (\d+)' "$log")"
  fi
  record_result dotnet "$exit_code" "$passed" "$failed"
}

run_vitest() {
  local log="$log_directory/vitest.log"
  echo "==> npm test in ClientApp (vitest)"
  local exit_code=0
  ensure_npm_dependencies ClientApp || exit_code=$?
  if [[ "$exit_code" -ne 0 ]]; then
    record_result vitest "$exit_code" 0 0 "npm ci failed"
    return
  fi

  (cd ClientApp && npm test) 2>&1 | tee "$log"
  exit_code="${PIPESTATUS[0]}"

  # Vitest's summary line reads "Tests  2 failed | 79 passed (81)" or "Tests  81 passed (81)".
  local passed failed
  passed="$(sum_matches '^\s*Tests\s+.*?(\d+) passed' "$log")"
  failed="$(sum_matches '^\s*Tests\s+.*?(\d+) failed' "$log")"
  record_result vitest "$exit_code" "$passed" "$failed"
}

# Prints "yes" when Api/wwwroot/index.html is missing or older than a source of the SPA.
spa_build_needed() {
  local built_index=Api/wwwroot/index.html
  if [[ ! -f "$built_index" ]]; then
    echo yes
    return
  fi
  local newer_source
  newer_source="$(find ClientApp/src ClientApp/index.html ClientApp/package.json ClientApp/package-lock.json \
    ClientApp/vite.config.ts ClientApp/tsconfig.json ClientApp/tsconfig.app.json ClientApp/tsconfig.node.json \
    -newer "$built_index" -print -quit 2>/dev/null)"
  if [[ -n "$newer_source" ]]; then
    echo yes
  else
    echo no
  fi
}

# The build is not a test suite, so it adds to the totals only when it fails.
build_spa() {
  if [[ "$(spa_build_needed)" == no ]]; then
    echo "==> Api/wwwroot is up to date with ClientApp; skipping npm run build"
    return
  fi
  echo "==> npm run build in ClientApp"
  local exit_code=0
  ensure_npm_dependencies ClientApp && (cd ClientApp && npm run build) || exit_code=$?
  if [[ "$exit_code" -ne 0 ]]; then
    record_result build "$exit_code" 0 1 "npm run build failed"
  fi
}

run_e2e() {
  local log="$log_directory/e2e.log"
  echo "==> npm test in e2e (node --test)"
  if [[ ! -f Api/wwwroot/index.html ]]; then
    record_result e2e 1 0 1 "not run: Api/wwwroot/index.html is missing"
    return
  fi
  local exit_code=0
  ensure_npm_dependencies e2e || exit_code=$?
  if [[ "$exit_code" -ne 0 ]]; then
    record_result e2e "$exit_code" 0 0 "npm ci failed"
    return
  fi

  (cd e2e && npm test) 2>&1 | tee "$log"
  exit_code="${PIPESTATUS[0]}"

  # node --test ends with "# pass N", "# fail N" and "# cancelled N" (TAP), or "ℹ pass N" (spec).
  # A test cancelled by a failed hook or a timeout counts as failed.
  local passed failed cancelled
  passed="$(sum_matches '^(?:#|ℹ) pass (\d+)' "$log")"
  failed="$(sum_matches '^(?:#|ℹ) fail (\d+)' "$log")"
  cancelled="$(sum_matches '^(?:#|ℹ) cancelled (\d+)' "$log")"
  record_result e2e "$exit_code" "$passed" "$((failed + cancelled))"
}

if [[ "${SKIP_DOTNET:-}" == 1 ]]; then
  echo "==> SKIP_DOTNET=1: skipping dotnet test"
  summary_lines+=("dotnet:  skipped (SKIP_DOTNET=1)")
else
  run_dotnet_tests
fi
run_vitest
build_spa
run_e2e

echo
echo "Test logs: $log_directory"
for line in "${summary_lines[@]}"; do
  echo "$line"
done
echo "$total_passed passed, $total_failed failed"

exit "$any_suite_failed"
