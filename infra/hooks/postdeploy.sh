#!/usr/bin/env bash
# After the code is deployed (azd's postdeploy hook; or by hand: infra/hooks/postdeploy.sh -g RESOURCE_GROUP):
#   1. the storage account's static website on ($web: published referater, index.html, 404.html);
#   2. the Event Grid subscription that delivers blob-created events under agendas/ to AgendaUploaded, through the
#      blobs extension's webhook. Its key (the blobs_extension system key) exists only once the code runs, which is
#      why this is not in main.bicep.
#
# Options: -g RESOURCE_GROUP, -n DEPLOYMENT_NAME (default main; names are read from its outputs outside azd).
# Needs the Azure CLI, logged in as a principal with Storage Blob Data Contributor on the account (main.bicep grants
# it to deployerPrincipalId) and rights to manage the function app and Event Grid in the resource group.
set -euo pipefail

group="${AZURE_RESOURCE_GROUP:-}"
deployment="main"
while getopts "g:n:" opt; do
  case "$opt" in
    g) group="$OPTARG" ;;
    n) deployment="$OPTARG" ;;
    *) sed -n '2,10p' "$0" >&2; exit 2 ;;
  esac
done
[ -n "$group" ] || { echo "postdeploy.sh: no resource group (-g, or AZURE_RESOURCE_GROUP)" >&2; exit 2; }
command -v az >/dev/null || { echo "postdeploy.sh: the Azure CLI (az) is not installed" >&2; exit 2; }

output() {
  az deployment group show -g "$group" -n "$deployment" --query "properties.outputs.$1.value" -o tsv
}
app="${FUNCTION_APP_NAME:-$(output FUNCTION_APP_NAME)}"
account="${STORAGE_ACCOUNT_NAME:-$(output STORAGE_ACCOUNT_NAME)}"
topic="${EVENT_GRID_SYSTEM_TOPIC_NAME:-$(output EVENT_GRID_SYSTEM_TOPIC_NAME)}"

# A role assignment or a fresh deployment can take minutes to apply: retry.
retry() {
  local n=0
  until "$@"; do
    n=$((n + 1))
    [ "$n" -lt 10 ] || return 1
    echo "    (not ready yet, retrying in 30 s)" >&2
    sleep 30
  done
}

echo "==> static website on $account (\$web: published referater)"
retry az storage blob service-properties update --account-name "$account" --auth-mode login \
  --static-website true --index-document index.html --404-document 404.html -o none

blobs_key() {
  key="$(az functionapp keys list -g "$group" -n "$app" --query "systemKeys.blobs_extension" -o tsv 2>/dev/null)"
  [ -n "$key" ]
}
echo "==> the blobs extension's webhook key of $app"
retry blobs_key

echo "==> Event Grid: blob created under agendas/ -> AgendaUploaded"
endpoint="https://$(az functionapp show -g "$group" -n "$app" --query defaultHostName -o tsv)/runtime/webhooks/blobs?functionName=Host.Functions.AgendaUploaded&code=$key"
retry az eventgrid system-topic event-subscription create -g "$group" --system-topic-name "$topic" \
  --name agendas-uploaded --endpoint-type webhook --endpoint "$endpoint" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with /blobServices/default/containers/agendas/ -o none

echo "==> done: https://$(az functionapp show -g "$group" -n "$app" --query defaultHostName -o tsv)"
echo "    static website: $(az storage account show -g "$group" -n "$account" --query primaryEndpoints.web -o tsv)"
