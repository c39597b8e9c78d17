using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using AgendaFlow.TestSupport;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace AgendaFlow.Load;

/// <summary>What the invitation scenario leaves for the reply scenario: the participants and their invitations.</summary>
internal sealed record LoadMeeting(string Committee, IReadOnlyList<string> Participants, IReadOnlyList<MimeMessage> Invitations);

/// <summary>
/// One meeting with N participants: the agenda is uploaded and AgendaUploaded run once (parse, store, tokens,
/// render, outbox, send); timed until the relay accepted every mail and until Dovecot holds every one. Then the
/// same rendered messages are sent by a bare MailKit loop, the baseline the app's overhead is measured against in
/// the same run, and a second meeting for the same people shows the app once its code has run in the process.
/// </summary>
internal static class InvitationScenario
{
    private static readonly string[] First = ["Anne", "Bo", "Carsten", "Dorthe", "Erik", "Frida", "Gorm", "Hanne", "Ib", "Jette",
        "Karen", "Lars", "Mette", "Niels", "Ole", "Pia", "Rasmus", "Sofie", "Torben", "Ulla"];

    private static readonly string[] Last = ["Andersen", "Bech", "Christensen", "Dam", "Eriksen", "Friis", "Gade", "Holm", "Iversen",
        "Jensen", "Kristensen", "Larsen", "Madsen", "Nielsen", "Olsen", "Poulsen", "Quist", "Rasmussen", "Sørensen", "Thomsen",
        "Udsen", "Vestergaard", "Winther", "Yde", "Østergaard"];

    private static readonly DateOnly InvitationDate = new(DateTime.UtcNow.Year + 1, 12, 17);

    public static async Task<LoadMeeting> RunAsync(Azurite azurite, MailServers mail, RunningApp app, int participants, Figures figures)
    {
        Console.WriteLine($"Invitations: one meeting, {participants} participants");
        var run = Guid.NewGuid().ToString("N")[..8];
        var addresses = Enumerable.Range(1, participants).Select(i => $"p{i:000}.{run}@{MailServers.Domain}").ToList();
        var committee = "last" + run;
        // The watcher scans the container once at start; uploading after that keeps this run the only one.
        await Task.Delay(TimeSpan.FromSeconds(5));

        // Dovecot's first delivery to a mailbox creates it (folders, index, uid list), which costs the relay far more
        // than a delivery: every mailbox gets a short mail first, untimed, so the app and the bare loop both meet
        // existing mailboxes and are compared fairly.
        await BareMailKitLoopAsync(mail, addresses.Select(Greeting).ToList(), noDelay: true);
        await WaitForDeliveriesAsync(mail, addresses, perBox: 1, TimeSpan.FromSeconds(300));

        // First meeting: the first invocation of a fresh process, as on a Consumption instance just started.
        var cold = await UploadAndSendAsync(azurite, mail, app, committee, addresses, perBox: 2);
        var invitations = await RenderedInvitationsAsync(azurite, committee);
        var bare = await BareMailKitLoopAsync(mail, invitations, noDelay: true);
        await WaitForDeliveriesAsync(mail, addresses, perBox: 3, TimeSpan.FromSeconds(300));
        var bareWithNagle = await BareMailKitLoopAsync(mail, invitations, noDelay: false);
        await WaitForDeliveriesAsync(mail, addresses, perBox: 4, TimeSpan.FromSeconds(300));
        // Second meeting, same people: the process has run this code before, as an instance that is already up has.
        var warm = await UploadAndSendAsync(azurite, mail, app, committee + "b", addresses, perBox: 5);
        var sentLine = app.Logs.All.LastOrDefault(l => l.Contains("Outbox:", StringComparison.Ordinal)) ?? "no outbox line";

        figures.Add($"{participants} invitations, first run in a fresh process: upload run to all accepted by the relay", cold.Accepted.TotalSeconds, "s", double.PositiveInfinity, "(part of the next)");
        figures.Add($"{participants} invitations, first run in a fresh process: upload run to all delivered in Dovecot", cold.Delivered.TotalSeconds, "s", 10, "< 10 s");
        figures.Add($"{participants} invitations, second meeting in the same process: to all accepted", warm.Accepted.TotalSeconds, "s", double.PositiveInfinity, "(part of the next)");
        figures.Add($"{participants} invitations, second meeting in the same process: to all delivered", warm.Delivered.TotalSeconds, "s", 10, "< 10 s");
        figures.Add($"bare MailKit loop, the same {invitations.Count} messages, 100 per connection, NoDelay socket as the app's", bare.TotalSeconds, "s", double.PositiveInfinity, "(baseline)");
        figures.Add("the same loop with MailKit's own socket (Nagle on, as the app was before)", bareWithNagle.TotalSeconds, "s", double.PositiveInfinity, "(for comparison)");
        figures.Add("app's own overhead over the bare loop, first run ((app - bare) / bare)", 100 * (cold.Accepted - bare) / bare, "%", 20, "< 20 %");
        figures.Add("app's own overhead over the bare loop, second meeting", 100 * (warm.Accepted - bare) / bare, "%", 20, "< 20 %");
        figures.Note($"invitations: {sentLine}");
        return new LoadMeeting(committee, addresses, invitations);
    }

    /// <summary>Uploads the meeting's agenda and times AgendaUploaded until the relay accepted all, then until Dovecot has all.</summary>
    private static async Task<(TimeSpan Accepted, TimeSpan Delivered)> UploadAndSendAsync(
        Azurite azurite, MailServers mail, RunningApp app, string committee, IReadOnlyList<string> addresses, int perBox)
    {
        var blobName = $"{committee}/dagsorden.txt";
        var blobs = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(Containers.Agendas);
        await blobs.CreateIfNotExistsAsync();
        await blobs.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(Agenda(addresses)));

        var clock = Stopwatch.StartNew();
        var answer = await LoadApp.PostAsync(app, "/admin/functions/AgendaUploaded",
            new StringContent($$"""{"input": "agendas/{{blobName}}"}""", Encoding.UTF8, "application/json"));
        answer.EnsureSuccessStatusCode();
        var accepted = clock.Elapsed;
        await WaitForDeliveriesAsync(mail, addresses, perBox, TimeSpan.FromSeconds(300));
        return (accepted, clock.Elapsed);
    }

    private static MimeMessage Greeting(string address)
    {
        var message = new MimeMessage { Subject = "Velkommen" };
        message.From.Add(MailboxAddress.Parse("sekretariat@" + MailServers.Domain));
        message.To.Add(MailboxAddress.Parse(address));
        message.Body = new TextPart("plain") { Text = "Din postkasse er klar." };
        return message;
    }

    private static string Agenda(IReadOnlyList<string> addresses)
    {
        var text = new StringBuilder()
            .AppendLine("Dagsorden").AppendLine("Det store repræsentantskab").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Tid: den 17. december {InvitationDate.Year} kl. 09.00-12.00")
            .AppendLine("Sted: Store sal").AppendLine()
            .AppendLine("Deltagere:");
        for (var i = 0; i < addresses.Count; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{First[i % First.Length]} {Last[i / First.Length % Last.Length]}, {addresses[i]}");
        }

        return text.AppendLine().AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Årsberetning").AppendLine("3. Eventuelt").ToString();
    }

    /// <summary>The invitations exactly as the app rendered and sent them, read back from the outbox.</summary>
    private static async Task<List<MimeMessage>> RenderedInvitationsAsync(Azurite azurite, string committee)
    {
        var outbox = new Outbox(new StorageClients(new BlobServiceClient(azurite.ConnectionString), new TableServiceClient(azurite.ConnectionString)));
        var meetingId = MeetingId.For(committee, InvitationDate).Value;
        var invitations = (await outbox.ListAsync(meetingId, CancellationToken.None))
            .Where(e => e.Subject.StartsWith("Indkaldelse", StringComparison.Ordinal))
            .ToList();
        return [.. await outbox.MessagesAsync(invitations, CancellationToken.None)];
    }

    /// <summary>
    /// MailKit alone: the same messages, a new connection every <paramref name="perConnection"/> as the app does
    /// (OpenSMTPD refuses the 101st message of a session), nothing else.
    /// </summary>
    private static async Task<TimeSpan> BareMailKitLoopAsync(MailServers mail, IReadOnlyList<MimeMessage> messages, bool noDelay, int perConnection = 100)
    {
        var clock = Stopwatch.StartNew();
        foreach (var connection in messages.Chunk(perConnection))
        {
            using var client = new SmtpClient { Timeout = 15_000 };
            if (noDelay)
            {
                // As AgendaFlow.Mail connects: Nagle off, or every message waits 40 ms for the relay's delayed ACK.
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync("127.0.0.1", mail.SmtpPort);
                await client.ConnectAsync(socket, "127.0.0.1", mail.SmtpPort, SecureSocketOptions.None);
            }
            else
            {
                await client.ConnectAsync("127.0.0.1", mail.SmtpPort, SecureSocketOptions.None);
            }

            foreach (var message in connection)
            {
                await client.SendAsync(message);
            }

            await client.DisconnectAsync(quit: true);
        }

        return clock.Elapsed;
    }

    /// <summary>Counts the files Dovecot delivered into each maildir: no IMAP logins that would load the servers.</summary>
    public static async Task WaitForDeliveriesAsync(MailServers mail, IReadOnlyList<string> addresses, int perBox, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Delivered(mail, addresses, perBox) < addresses.Count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {Delivered(mail, addresses, perBox)} of {addresses.Count} mailboxes got {perBox} mail(s).");
            }

            await Task.Delay(25);
        }
    }

    private static int Delivered(MailServers mail, IReadOnlyList<string> addresses, int perBox) =>
        addresses.Count(a =>
        {
            var box = Path.Combine(mail.RootPath, "mail", MailServers.Domain, a.Split('@')[0]);
            return Count(Path.Combine(box, "new")) + Count(Path.Combine(box, "cur")) >= perBox;
        });

    private static int Count(string folder) => Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count() : 0;
}
