using System.Globalization;

namespace AgendaFlow.Integration.Tests.Infrastructure;

/// <summary>The config files of <see cref="ExchangeLikeMailServers"/>; see tests/mail-servers.md for why each line is there.</summary>
internal static class ExchangeLikeConfig
{
    /// <summary>Dovecot checks the JWT itself: signature (key in a file dictionary), expiry, and that it names the mailbox.</summary>
    public static string DovecotOAuth2(string root) => $"""
        introspection_mode = local
        # The key of a token without "azp" and "kid" is looked up as default/HS256/default under this folder.
        local_validation_key_dict = fs:posix:prefix={root}/keys/
        # The mailbox in the token must be the one logged in to, as Exchange checks the mailbox permission.
        username_attribute = email

        """;

    public static string Dovecot(string root, int imapPort, int lmtpPort, int authPort, string mailUser) => $$"""
        # Written by the AgendaFlow test fixture (Exchange-like servers); see tests/mail-servers.md.
        base_dir = {{root}}/dovecot
        state_dir = {{root}}/dovecot-state
        log_path = {{root}}/dovecot.log
        protocols = imap lmtp
        listen = 127.0.0.1
        ssl = required
        ssl_cert = <{{root}}/tls/cert.pem
        ssl_key = <{{root}}/tls/key.pem
        # Bearer tokens only, as Exchange Online's IMAP since Basic authentication was retired.
        auth_mechanisms = xoauth2 oauthbearer
        auth_verbose = yes
        default_login_user = dovenull
        default_internal_user = dovecot
        first_valid_uid = 1
        mail_location = maildir:{{root}}/mail/%d/%n
        recipient_delimiter = +
        lmtp_save_to_detail_mailbox = no

        namespace inbox {
          inbox = yes
          separator = /
        }

        passdb {
          driver = oauth2
          mechanisms = xoauth2 oauthbearer
          args = {{root}}/oauth2.conf
        }

        # The oauth2 passdb cannot look users up, so every mailbox exists for LMTP without one.
        userdb {
          driver = static
          args = uid={{mailUser}} gid={{mailUser}} home={{root}}/mail/%d/%n allow_all_users=yes
        }

        service imap-login {
          inet_listener imap {
            address = 127.0.0.1
            port = {{imapPort}}
          }
          inet_listener imaps {
            port = 0
          }
        }

        service lmtp {
          inet_listener lmtp {
            address = 127.0.0.1
            port = {{lmtpPort}}
          }
        }

        # Postfix's SASL goes through here (smtpd_sasl_type = dovecot).
        service auth {
          inet_listener {
            address = 127.0.0.1
            port = {{authPort}}
          }
        }

        """;

    public static string PostfixMain(string root, string postfixRoot, int smtpPort, int lmtpPort, int authPort, int messagesPerWindow, TimeSpan window)
    {
        var config = Path.Combine(root, "postfix");
        var lib = Path.Combine(postfixRoot, "usr/lib/postfix");
        var seconds = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return $"""
            # Written by the AgendaFlow test fixture (Exchange-like servers); see tests/mail-servers.md.
            compatibility_level = 3.6
            queue_directory = {config}/queue
            data_directory = {config}/data
            daemon_directory = {lib}/sbin
            command_directory = {postfixRoot.TrimEnd('/')}/usr/sbin
            shlib_directory = {lib}
            meta_directory = {postfixRoot.TrimEnd('/')}/etc/postfix
            # Postfix clears its daemons' environment; an unpacked .deb needs its libraries found.
            import_environment = MAIL_CONFIG MAIL_DEBUG MAIL_LOGTAG TZ LANG=C LD_LIBRARY_PATH={lib}
            mail_owner = postfix
            setgid_group = postdrop
            myhostname = relay.region.example
            mydomain = region.example
            inet_interfaces = 127.0.0.1
            inet_protocols = ipv4
            # Nothing is delivered locally: every recipient goes to Dovecot over LMTP.
            mydestination =
            local_recipient_maps =
            relay_domains =
            default_transport = lmtp:inet:127.0.0.1:{lmtpPort}
            relay_transport = lmtp:inet:127.0.0.1:{lmtpPort}
            maillog_file = /dev/stdout
            # Submission as Exchange Online offers it: STARTTLS before anything, then SASL (XOAUTH2) through Dovecot.
            smtpd_tls_security_level = encrypt
            smtpd_tls_cert_file = {root}/tls/cert.pem
            smtpd_tls_key_file = {root}/tls/key.pem
            smtpd_tls_auth_only = yes
            smtpd_sasl_auth_enable = yes
            smtpd_sasl_type = dovecot
            smtpd_sasl_path = inet:127.0.0.1:{authPort}
            smtpd_relay_restrictions = permit_sasl_authenticated, reject
            # Exchange's "30 messages a minute", scaled: over the limit the answer is 450 4.7.1. Loopback is in
            # mynetworks, which would be exempt by default.
            smtpd_client_event_limit_exceptions =
            anvil_rate_time_unit = {seconds}s
            smtpd_client_message_rate_limit = {messagesPerWindow}
            smtputf8_enable = no
            biff = no

            """;
    }

    /// <summary>Only the services a submission relay needs, none chrooted (the queue is in a temp folder).</summary>
    public static string PostfixMaster(int smtpPort) => $"""
        {smtpPort} inet n - n - - smtpd
        pickup unix n - n 60 1 pickup
        cleanup unix n - n - 0 cleanup
        qmgr unix n - n 300 1 qmgr
        tlsmgr unix - - n 1000? 1 tlsmgr
        rewrite unix - - n - - trivial-rewrite
        bounce unix - - n - 0 bounce
        defer unix - - n - 0 bounce
        trace unix - - n - 0 bounce
        verify unix - - n - 1 verify
        flush unix n - n 1000? 0 flush
        proxymap unix - - n - - proxymap
        smtp unix - - n - - smtp
        relay unix - - n - - smtp
        showq unix n - n - - showq
        error unix - - n - - error
        retry unix - - n - - error
        discard unix - - n - - discard
        lmtp unix - - n - - lmtp
        anvil unix - - n - 1 anvil
        scache unix - - n - 1 scache
        postlog unix-dgram n - n - 1 postlogd

        """;
}
