#!/usr/bin/env bash
# The local mail system of ./infra/local/start.sh, the same parts the tests use: OpenSMTPD delivering over LMTP into
# Dovecot, where every address at any domain is a mailbox (password: $LOCAL_MAIL_PASSWORD) and the agenda mailbox
# dagsorden@... receives the participants' replies. Mail is kept in $1/mail across restarts.
# Sourced by start.sh; needs root (OpenSMTPD and Dovecot start as root and drop privileges), as the tests do.
#
#   start_local_mail DATA_DIR SMTP_PORT LMTP_PORT IMAP_PORT   -> starts both, appends their pids to the array pids

LOCAL_MAIL_PASSWORD="${LOCAL_MAIL_PASSWORD:-agendaflow}"

ensure_local_mail_packages() {
  local missing=()
  [ -x /usr/sbin/dovecot ] || missing+=(dovecot-imapd)
  [ -x /usr/lib/dovecot/lmtp ] || missing+=(dovecot-lmtpd)
  [ -x /usr/sbin/smtpd ] || missing+=(opensmtpd)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "    installing: ${missing[*]} (needs root)"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  # The packages must not start their own services: start.sh runs private instances.
  $sudo env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

start_local_mail() {
  local dir="$1/mail" smtp="$2" lmtp="$3" imap="$4"
  if [ "$(id -u)" -ne 0 ]; then
    echo "The local mail system needs root (OpenSMTPD and Dovecot drop privileges themselves); run start.sh with sudo." >&2
    exit 1
  fi
  ensure_local_mail_packages
  id -u vmail >/dev/null 2>&1 || useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin vmail
  mkdir -p "$dir/maildir" "$dir/spool/smtpd" "$dir/run" "$dir/tls"
  chmod 755 "$1" "$dir"
  chmod 711 "$dir/spool/smtpd"
  chown vmail:vmail "$dir/maildir"
  if [ ! -f "$dir/tls/key.pem" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=localhost \
      -keyout "$dir/tls/key.pem" -out "$dir/tls/cert.pem" >/dev/null 2>&1
    chmod 600 "$dir/tls/key.pem"
  fi

  cat >"$dir/dovecot.conf" <<CONF
# Written by infra/local/mail.sh; the same setup as the tests' (tests/mail-servers.md).
base_dir = $dir/dovecot
state_dir = $dir/dovecot-state
log_path = $dir/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
ssl = yes
ssl_cert = <$dir/tls/cert.pem
ssl_key = <$dir/tls/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = dovenull
default_internal_user = dovecot
first_valid_uid = 1
mail_location = maildir:$dir/maildir/%d/%n
recipient_delimiter = +
lmtp_save_to_detail_mailbox = no
namespace inbox {
  inbox = yes
  separator = .
}
passdb {
  driver = static
  args = password=$LOCAL_MAIL_PASSWORD
}
userdb {
  driver = static
  args = uid=vmail gid=vmail home=$dir/maildir/%d/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = $lmtp
  }
}
CONF

  cat >"$dir/smtpd.conf" <<CONF
# Written by infra/local/mail.sh. Every recipient is delivered to Dovecot as the unprivileged vmail user; rcpt-to
# keeps the original address, so dagsorden+TOKEN@... reaches the agenda mailbox with its token.
listen on 127.0.0.1 port $smtp
action "dovecot" lmtp "127.0.0.1:$lmtp" rcpt-to virtual { "@" => "vmail" }
match from any for any action "dovecot"
CONF

  /usr/sbin/dovecot -F -c "$dir/dovecot.conf" >>"$1/dovecot.out" 2>&1 &
  pids+=($!)
  # OpenSMTPD's queue and control socket paths are compiled in: a private mount namespace gives this instance its own.
  unshare -m sh -c "mount --bind '$dir/spool' /var/spool && mount --bind '$dir/run' /run && exec /usr/sbin/smtpd -d -f '$dir/smtpd.conf'" \
    >>"$1/smtpd.log" 2>&1 &
  pids+=($!)
}
