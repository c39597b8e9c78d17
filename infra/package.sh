#!/usr/bin/env bash
# Builds the deployable package of the function app: infra/package.sh [OUT.zip]
#
# A linux-x64 publish for Flex Consumption's dotnet-isolated 10.0 runtime (framework-dependent: Flex brings .NET),
# compiled ReadyToRun because a runtime is given (PublishReadyToRun in the project). The Functions SDK writes
# functions.metadata, worker.config.json and the .azurefunctions folder beside the app; the zip has host.json at
# its root. For a deployment without azd: az functionapp deployment source config-zip -g RG -n APP --src ZIP.
# Needs the .NET SDK and npm (the build installs Det Fælles Designsystem for the pages with npm ci, see
# src/AgendaFlow.Functions/SiteAssets).
#
# Default output: artifacts/agendaflow.zip (ignored by git).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/artifacts/agendaflow.zip}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

work="$(mktemp -d "${TMPDIR:-/tmp}/agendaflow-package.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# --artifacts-path keeps this build's obj/ and bin/ out of src/, so a package can be built while the solution is
# being built or tested (both restore the same project, without a runtime identifier).
dotnet publish "$root/src/AgendaFlow.Functions/AgendaFlow.Functions.csproj" \
  -c Release -r linux-x64 --self-contained false \
  -p:DebugType=none -p:DebugSymbols=false \
  --artifacts-path "$work/build" -o "$work/app" -m:1 -nologo -v:q

for required in host.json AgendaFlow.Functions.dll functions.metadata worker.config.json; do
  [ -f "$work/app/$required" ] || { echo "package.sh: $required is missing from the publish output" >&2; exit 1; }
done

dotnet run --file "$root/infra/tools/zipdir.cs" -- "$work/app" "$out"
