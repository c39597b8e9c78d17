#!/usr/bin/env bash
# Runs AgendaFlow on this machine: installs the pinned local tools (Azurite, MailDev) under infra/local, starts
# them and the function app in standalone mode, and says where to look. Ctrl+C stops everything.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
tools="$root/infra/local/node_modules/.bin"
data="$root/.local"

echo "==> npm tools (infra/local/package-lock.json)"
if ! npm ls --prefix infra/local --omit=dev >/dev/null 2>&1; then
  npm ci --prefix infra/local --no-audit --no-fund --loglevel=error
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

wait_for_port() { # port name
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.2
  done
  echo "$2 did not start on port $1; see $data/$2.log" >&2
  exit 1
}

mkdir -p "$data/azurite"
echo "==> Azurite (blobs :10000, queues :10001, tables :10002), data in .local/azurite"
"$tools/azurite" --silent --skipApiVersionCheck --loose --disableTelemetry --location "$data/azurite" \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 >"$data/azurite.log" 2>&1 &
pids+=($!)
echo "==> MailDev (SMTP :1025, web :1080)"
"$tools/maildev" --smtp 1025 --web 1080 --ip 127.0.0.1 --web-ip 127.0.0.1 >"$data/maildev.log" 2>&1 &
pids+=($!)
wait_for_port 10000 azurite
wait_for_port 10002 azurite
wait_for_port 1025 maildev

# Settings a developer may override by exporting them before running this script.
export AzureWebJobsStorage="${AzureWebJobsStorage:-UseDevelopmentStorage=true}"
export AgendaFlow__Smtp__Host="${AgendaFlow__Smtp__Host:-127.0.0.1}"
export AgendaFlow__Smtp__Port="${AgendaFlow__Smtp__Port:-1025}"
export AgendaFlow__Smtp__Security="${AgendaFlow__Smtp__Security:-None}"
export AgendaFlow__FromAddress="${AgendaFlow__FromAddress:-dagsorden@agendaflow.localhost}"
export AgendaFlow__SecretariatAddress="${AgendaFlow__SecretariatAddress:-sekretariat@agendaflow.localhost}"
export AgendaFlow__PublicBaseUrl="${AgendaFlow__PublicBaseUrl:-http://127.0.0.1:7071}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:7071}"

echo "==> building the function app"
dotnet build src/AgendaFlow.Functions -nologo -v:q

cat <<INFO

AgendaFlow runs in standalone mode.
  App:            $ASPNETCORE_URLS   (recorded uploads: $ASPNETCORE_URLS/api/uploads)
  Run a function: curl -X POST $ASPNETCORE_URLS/admin/functions/ReconcileAgendas
  Blob storage:   http://127.0.0.1:10000/devstoreaccount1   (Azurite; tables on :10002)
  Sent mail:      http://127.0.0.1:1080   (MailDev)
  Upload an agenda (in another terminal):
    dotnet run --project src/AgendaFlow.Cli -- upload tests/corpus/agendas/sundhedsstyregruppen-2026-12-10.docx --committee sundhed --uploader formand@region.example
  then within a few seconds:
    curl $ASPNETCORE_URLS/api/uploads
  Ctrl+C stops everything.

INFO

dotnet run --project src/AgendaFlow.Functions --no-build &
pids+=($!)
wait "${pids[-1]}"
