#!/usr/bin/env bash
# Runs every AgendaFlow test against real components: Azurite (npm, pinned by infra/local/package-lock.json),
# Dovecot, OpenSMTPD and Postfix (Debian), and Chromium (Debian). Installs whatever is missing, builds, runs all test
# projects, and ends with the totals. A missing component fails the run; no test skips itself.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

echo "==> Debian packages (Dovecot, OpenSMTPD, Postfix, Chromium)"
missing=()
[ -x /usr/sbin/dovecot ] || missing+=(dovecot-imapd)
[ -x /usr/lib/dovecot/lmtp ] || missing+=(dovecot-lmtpd)
[ -x /usr/sbin/smtpd ] || missing+=(opensmtpd)
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  echo "    installing: ${missing[*]}"
  as_root apt-get update -qq
  # Packages must not start their own services: the tests start private instances.
  as_root env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Postfix (the Exchange-like submission server of the OAuth2 and rate-limit tests) conflicts with OpenSMTPD as a Debian
# package (both are the mail-transport-agent), so its package is unpacked, not installed: nothing starts, nothing is
# replaced. The tests run it from there with a config of their own (tests/mail-servers.md).
postfix_root=/opt/agendaflow/postfix
if [ ! -x /usr/sbin/postfix ] && [ ! -x "$postfix_root/usr/sbin/postfix" ]; then
  echo "    unpacking: postfix into $postfix_root"
  [ ${#missing[@]} -gt 0 ] || as_root apt-get update -qq
  deb_dir=$(mktemp -d)
  chmod 777 "$deb_dir"
  (cd "$deb_dir" && as_root apt-get download -qq postfix)
  as_root mkdir -p "$postfix_root"
  as_root dpkg -x "$deb_dir"/postfix_*.deb "$postfix_root"
  rm -rf "$deb_dir"
fi

echo "==> npm tools (infra/local/package-lock.json)"
if ! npm ls --prefix infra/local --omit=dev >/dev/null 2>&1; then
  npm ci --prefix infra/local --no-audit --no-fund --loglevel=error
fi

echo "==> build"
dotnet build AgendaFlow.sln -nologo -v:q

echo "==> test"
log=$(mktemp)
status=0
dotnet test AgendaFlow.sln --no-build -nologo 2>&1 | tee "$log" || status=$?

# One closing line over all test projects, in the form CI reads.
awk '/(Passed|Failed)! +- Failed:/ {
       gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1); }
     }
     END { printf "Totals: %d passed, %d failed, %d skipped\n", p, f, s; if (p == 0 || s > 0) exit 1 }' "$log" || status=1
rm -f "$log"
exit $status
