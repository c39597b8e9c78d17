#!/usr/bin/env bash
# Runs AgendaFlow on this machine: Azurite (storage), a local mail system (MailDev to read every mail in a browser,
# relaying into OpenSMTPD and Dovecot, where the participants' mailboxes and the agenda mailbox live), and the
# function app in standalone mode; then says where to look. Ctrl+C stops everything. Data stays in .local/.
#   ./infra/local/start.sh           run it
#   ./infra/local/start.sh --demo    run it, and play the whole story once (see README)
# Ports can be moved together with AGENDAFLOW_LOCAL_PORT_OFFSET=N (the tests do), data with AGENDAFLOW_LOCAL_DATA.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
tools="$root/infra/local/node_modules/.bin"
data="${AGENDAFLOW_LOCAL_DATA:-$root/.local}"
offset="${AGENDAFLOW_LOCAL_PORT_OFFSET:-0}"
demo=false
[ "${1:-}" = "--demo" ] && demo=true
port() { echo $(($1 + offset)); }
blob_port=$(port 10000) queue_port=$(port 10001) table_port=$(port 10002)
maildev_smtp=$(port 1025) maildev_web=$(port 1080)
smtpd_port=$(port 2525) lmtp_port=$(port 2424) imap_port=$(port 1143)
app_port=$(port 7071)
# shellcheck source=infra/local/mail.sh
source "$root/infra/local/mail.sh"

echo "==> npm tools (infra/local/package-lock.json)"
if ! npm ls --prefix infra/local --omit=dev >/dev/null 2>&1; then
  npm ci --prefix infra/local --no-audit --no-fund --loglevel=error
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

wait_for_port() { # port name
  for _ in $(seq 1 150); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.2
  done
  echo "$2 did not start on port $1; see $data/$2.log" >&2
  exit 1
}

mkdir -p "$data/azurite" "$data/maildev"
echo "==> Azurite (blobs :$blob_port, queues :$queue_port, tables :$table_port), data in $data/azurite"
"$tools/azurite" --silent --skipApiVersionCheck --loose --disableTelemetry --location "$data/azurite" \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
  --blobPort "$blob_port" --queuePort "$queue_port" --tablePort "$table_port" >"$data/azurite.log" 2>&1 &
pids+=($!)
echo "==> mail: Dovecot (IMAP :$imap_port) fed by OpenSMTPD (SMTP :$smtpd_port), mail in $data/mail"
start_local_mail "$data" "$smtpd_port" "$lmtp_port" "$imap_port"
wait_for_port "$lmtp_port" dovecot
wait_for_port "$imap_port" dovecot
wait_for_port "$smtpd_port" smtpd
echo "==> MailDev (SMTP :$maildev_smtp, web :$maildev_web), keeps every mail in $data/maildev and passes it on"
"$tools/maildev" --smtp "$maildev_smtp" --web "$maildev_web" --ip 127.0.0.1 --web-ip 127.0.0.1 \
  --mail-directory "$data/maildev" --outgoing-host 127.0.0.1 --outgoing-port "$smtpd_port" --auto-relay \
  >"$data/maildev.log" 2>&1 &
pids+=($!)
wait_for_port "$blob_port" azurite
wait_for_port "$table_port" azurite
wait_for_port "$maildev_smtp" maildev

# A key for the secretariat's page, made once and kept with the data (never in the repository).
[ -f "$data/secretariat-key" ] || head -c 18 /dev/urandom | base64 | tr '+/' '-_' >"$data/secretariat-key"
account_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$account_key;BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue_port/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"

# Settings a developer may override by exporting them before running this script.
export AzureWebJobsStorage="${AzureWebJobsStorage:-$storage}"
export AgendaFlow__Smtp__Host="${AgendaFlow__Smtp__Host:-127.0.0.1}"
export AgendaFlow__Smtp__Port="${AgendaFlow__Smtp__Port:-$maildev_smtp}"
export AgendaFlow__Smtp__Security="${AgendaFlow__Smtp__Security:-None}"
export AgendaFlow__FromAddress="${AgendaFlow__FromAddress:-dagsorden@agendaflow.localhost}"
export AgendaFlow__Imap__Host="${AgendaFlow__Imap__Host:-127.0.0.1}"
export AgendaFlow__Imap__Port="${AgendaFlow__Imap__Port:-$imap_port}"
export AgendaFlow__Imap__Security="${AgendaFlow__Imap__Security:-None}"
export AgendaFlow__Imap__UserName="${AgendaFlow__Imap__UserName:-$AgendaFlow__FromAddress}"
export AgendaFlow__Imap__Password="${AgendaFlow__Imap__Password:-$LOCAL_MAIL_PASSWORD}"
export AgendaFlow__SecretariatAddress="${AgendaFlow__SecretariatAddress:-sekretariat@agendaflow.localhost}"
export AgendaFlow__SecretariatKey="${AgendaFlow__SecretariatKey:-$(cat "$data/secretariat-key")}"
export AgendaFlow__PublicBaseUrl="${AgendaFlow__PublicBaseUrl:-http://127.0.0.1:$app_port}"
# The published site: the publishing container, readable without a key as the static website is in Azure.
export AgendaFlow__Publishing__Container="${AgendaFlow__Publishing__Container:-referater}"
site="http://127.0.0.1:$blob_port/devstoreaccount1/$AgendaFlow__Publishing__Container"
export AgendaFlow__Publishing__BaseUrl="${AgendaFlow__Publishing__BaseUrl:-$site}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:$app_port}"

node "$root/infra/local/public-site.mjs" "$AzureWebJobsStorage" "$AgendaFlow__Publishing__Container"

echo "==> building the function app"
dotnet build src/AgendaFlow.Functions -nologo -v:q

dotnet run --project src/AgendaFlow.Functions --no-build >"$data/app.log" 2>&1 &
app_pid=$!
pids+=($app_pid)
echo "==> function app (standalone) on $ASPNETCORE_URLS, log in $data/app.log"
# The app's own ready line comes once Kestrel listens; the port alone can answer before the app has started.
for _ in $(seq 1 600); do
  grep -q "AgendaFlow is ready" "$data/app.log" 2>/dev/null && break
  kill -0 "$app_pid" 2>/dev/null || { echo "The app stopped; see $data/app.log" >&2; tail -n 20 "$data/app.log" >&2; exit 1; }
  sleep 0.2
done
grep -q "AgendaFlow is ready" "$data/app.log" || { echo "The app did not start within 2 minutes; see $data/app.log" >&2; exit 1; }
tail -n +1 -f "$data/app.log" --pid "$app_pid" &
pids+=($!)

# The admin endpoint refuses web pages anyway; a key is asked for only when one is set.
admin_header=""
if [ -n "${AgendaFlow__Admin__Key:-}" ]; then
  admin_header='-H "x-functions-key: $AgendaFlow__Admin__Key" '
fi

cat <<INFO

AgendaFlow is ready (standalone mode).
  App:               $ASPNETCORE_URLS   (recorded uploads: $ASPNETCORE_URLS/api/uploads)
  Secretariat page:  $ASPNETCORE_URLS/api/oversigt?noegle=$AgendaFlow__SecretariatKey
  Every mail sent:   http://127.0.0.1:$maildev_web   (MailDev; kept in $data/maildev)
  Published site:    $AgendaFlow__Publishing__BaseUrl/index.html   (once PublishReferater has published a referat)
  Mailboxes (IMAP):  127.0.0.1:$imap_port, any address, password $LOCAL_MAIL_PASSWORD; replies go to SMTP 127.0.0.1:$smtpd_port
  Agenda mailbox:    $AgendaFlow__Imap__UserName (read by CollectReplies every 5 minutes)
  Blob storage:      http://127.0.0.1:$blob_port/devstoreaccount1   (Azurite; tables on :$table_port)
  Run a function:    curl -X POST $admin_header$ASPNETCORE_URLS/admin/functions/CollectReplies
                     (refused from web pages; with AgendaFlow__Admin__Key set, only with that key in x-functions-key)
  Upload an agenda (in another terminal):
    dotnet run --project src/AgendaFlow.Cli -- upload tests/corpus/agendas/sundhedsstyregruppen-2026-12-10.docx --committee sundhed --uploader formand@region.example
  Ctrl+C stops everything.

INFO

if $demo; then
  echo "==> demo"
  if dotnet run --project src/AgendaFlow.Cli -- demo --app "$ASPNETCORE_URLS" --imap "127.0.0.1:$imap_port" \
      --smtp "127.0.0.1:$smtpd_port" --password "$LOCAL_MAIL_PASSWORD"; then
    cat <<DEMO

The demo is done. Look at:
  every mail it caused:      http://127.0.0.1:$maildev_web
  the secretariat's page:    $ASPNETCORE_URLS/api/oversigt?noegle=$AgendaFlow__SecretariatKey
  the published referat:     $AgendaFlow__Publishing__BaseUrl/index.html

DEMO
  else
    echo "The demo stopped; the reason is above, the app's log in $data/app.log." >&2
  fi
fi

wait "$app_pid"
