#!/usr/bin/env bash
# Deploys the AgendaFlow code to the resources infra/main.bicep made, and switches the static website on.
#
#   infra/deploy.sh                      # as the azd postprovision hook: names come from the azd environment
#   infra/deploy.sh -g RESOURCE_GROUP    # after `az deployment group create -g RESOURCE_GROUP -n main ...`
#
# Options: -g RESOURCE_GROUP, -n DEPLOYMENT_NAME (default main), -p PACKAGE.zip (default: build one with
# infra/package.sh). Needs the Azure CLI, logged in as a principal that has Storage Blob Data Contributor on the
# storage account (main.bicep grants it to deployerPrincipalId) and rights to manage the function app.
#
# Steps: package -> static website on ($web, index.html, 404.html) -> upload the zip to the package blob the app
# runs from (WEBSITE_RUN_FROM_PACKAGE, fetched with the app's identity) -> restart -> sync triggers.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

group="${AZURE_RESOURCE_GROUP:-}"
deployment="main"
package=""
while getopts "g:n:p:" opt; do
  case "$opt" in
    g) group="$OPTARG" ;;
    n) deployment="$OPTARG" ;;
    p) package="$OPTARG" ;;
    *) sed -n '2,12p' "$0" >&2; exit 2 ;;
  esac
done
[ -n "$group" ] || { echo "deploy.sh: no resource group (-g, or AZURE_RESOURCE_GROUP)" >&2; exit 2; }
command -v az >/dev/null || { echo "deploy.sh: the Azure CLI (az) is not installed" >&2; exit 2; }

# Outside azd, read the names from the deployment's outputs.
output() {
  az deployment group show -g "$group" -n "$deployment" --query "properties.outputs.$1.value" -o tsv
}
app="${FUNCTION_APP_NAME:-$(output FUNCTION_APP_NAME)}"
account="${STORAGE_ACCOUNT_NAME:-$(output STORAGE_ACCOUNT_NAME)}"
container="${PACKAGE_CONTAINER_NAME:-$(output PACKAGE_CONTAINER_NAME)}"
blob="${PACKAGE_BLOB_NAME:-$(output PACKAGE_BLOB_NAME)}"

if [ -z "$package" ]; then
  package="$root/artifacts/agendaflow.zip"
  echo "==> package ($package)"
  "$root/infra/package.sh" "$package"
fi

# A role assignment made by the deployment a moment ago can take minutes to apply: retry data-plane calls.
retry() {
  local n=0
  until "$@"; do
    n=$((n + 1))
    [ "$n" -lt 10 ] || return 1
    echo "    (not yet allowed, retrying in 30 s: role assignments take a while to apply)" >&2
    sleep 30
  done
}

echo "==> static website on $account (\$web: published referater)"
retry az storage blob service-properties update --account-name "$account" --auth-mode login \
  --static-website true --index-document index.html --404-document 404.html -o none

echo "==> upload $container/$blob"
retry az storage blob upload --account-name "$account" --auth-mode login \
  --container-name "$container" --name "$blob" --file "$package" --overwrite true -o none

echo "==> restart $app and sync its triggers"
az functionapp restart -g "$group" -n "$app" -o none
az resource invoke-action --action syncfunctiontriggers \
  --ids "$(az functionapp show -g "$group" -n "$app" --query id -o tsv)" -o none

echo "==> done: https://$(az functionapp show -g "$group" -n "$app" --query defaultHostName -o tsv)"
echo "    static website: $(az storage account show -g "$group" -n "$account" --query primaryEndpoints.web -o tsv)"
