#!/usr/bin/env bash
# Builds the deployable package of the function app: infra/package.sh [OUT.zip]
#
# A self-contained linux-x64 publish (no .NET runtime needed on the Functions image; the custom handler is a
# plain executable), compiled ReadyToRun because a runtime is given (PublishReadyToRun in the project), whose
# publish step also writes host.json and one {Function}/function.json per function
# (AgendaFlow.Functions --write-function-metadata). The zip has host.json at its root and keeps the executable
# bit of AgendaFlow.Functions. Needs only the .NET SDK.
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
  -c Release -r linux-x64 --self-contained \
  -p:DebugType=none -p:DebugSymbols=false \
  --artifacts-path "$work/build" -o "$work/app" -m:1 -nologo -v:q

for required in host.json AgendaFlow.Functions; do
  [ -f "$work/app/$required" ] || { echo "package.sh: $required is missing from the publish output" >&2; exit 1; }
done
ls "$work"/app/*/function.json >/dev/null 2>&1 || { echo "package.sh: no function.json was written" >&2; exit 1; }

dotnet run --file "$root/infra/tools/zipdir.cs" -- "$work/app" "$out"
