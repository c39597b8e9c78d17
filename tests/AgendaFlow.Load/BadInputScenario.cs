using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using AgendaFlow.TestSupport;
using Azure.Storage.Blobs;

namespace AgendaFlow.Load;

/// <summary>
/// Bad input at volume (issue 20): 10,000 wrong answer links and 1,000 wrong secretariat keys in a minute while the
/// real answer page and the secretariat's page are asked for one at a time, before, during and after. Target: the real
/// pages' median within 1.2× of the quiet median. Also the time of a malformed link beside an unknown well-formed one.
/// The exact counts are asserted by the integration test <c>BadInputVolumeTests</c>, which runs the same flood.
/// </summary>
internal static partial class BadInputScenario
{
    private const string Key = "sekretariatets-rigtige-noegle-load";

    public static async Task RunAsync(Azurite azurite, MailServers mail, Figures figures)
    {
        await using var app = await MailApp.StartAsync(azurite, mail, MailServers.NewAddress("dagsorden"), ("AgendaFlow__SecretariatKey", Key));
        var (meetingId, token) = await InvitedMeetingAsync(azurite, mail);

        var malformed = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 1050; i++)
        {
            var wrongShape = await TimedAnswer.GetAsync(app.Client, "/api/rsvp/" + BadInputFlood.MalformedToken(i));
            var rightShape = await TimedAnswer.GetAsync(app.Client, "/api/rsvp/" + ReplyToken.New().Value);
            if (i >= 50)
            {
                malformed.Add(wrongShape.Milliseconds);
                unknown.Add(rightShape.Milliseconds);
            }
        }

        figures.Note($"malformed link: {Stats.Describe(malformed)}");
        figures.Note($"unknown well-formed link: {Stats.Describe(unknown)}");
        figures.Add("wrong links: median of paired differences, malformed − unknown (1,000 pairs, alternated)",
            Math.Abs(Stats.Median(malformed.Zip(unknown, (m, u) => m - u))), "ms", 0.25 * (Stats.Percentile(unknown, 0.75) - Stats.Percentile(unknown, 0.25)),
            "< a quarter of the interquartile range of one kind");

        var realOverview = $"/api/oversigt/{meetingId}";
        var flood = await BadInputFlood.RunAsync(app,
            [("rsvp", $"/api/rsvp/{token}?svar=deltager", null), ("oversigt", realOverview, ("X-AgendaFlow-Key", Key))],
            i => "/api/rsvp/" + (i % 2 == 0 ? ReplyToken.New().Value : BadInputFlood.MalformedToken(i)),
            i => $"{realOverview}?noegle=gaet-{i}",
            links: 10_000, keys: 1_000, floodSpan: TimeSpan.FromSeconds(50), quietSpan: TimeSpan.FromSeconds(20));
        foreach (var line in flood.Describe("rsvp").Concat(flood.Describe("oversigt")))
        {
            figures.Note(line);
        }

        figures.Note($"flood: {flood.Links.Count} wrong links ({flood.Links.Count(l => l.Status == HttpStatusCode.NotFound)} answered 404, " +
            $"{flood.Links.Select(l => l.Body).Distinct().Count()} distinct bodies) and {flood.Keys.Count} wrong keys " +
            $"({flood.Keys.Count(k => k.Status == HttpStatusCode.Forbidden)} answered 403, {flood.Keys.Count(k => k.Status == HttpStatusCode.TooManyRequests)} 429) in {flood.FloodTime.TotalSeconds:F1} s");
        figures.Add("answer page (real link): median under the flood / quiet median", flood.Slowdown("rsvp"), "×", 1.2, "< 1.2×");
        figures.Add("secretariat's page (right key): median under the flood / quiet median", flood.Slowdown("oversigt"), "×", 1.2, "< 1.2×");
    }

    private static async Task<(string MeetingId, string Token)> InvitedMeetingAsync(Azurite azurite, MailServers mail)
    {
        var committee = $"volume{Guid.NewGuid():N}"[..16];
        var date = new DateOnly(DateTime.UtcNow.Year + 1, 12, 17);
        var addresses = new[] { MailServers.NewAddress("volumen1"), MailServers.NewAddress("volumen2") };
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("agendas");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient($"{committee}/dagsorden.txt").UploadAsync(BinaryData.FromString(new StringBuilder()
            .AppendLine("Dagsorden").AppendLine("Følgegruppen for store mængder").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Tid: Torsdag den 17. december {date.Year} kl. 09.00-10.00").AppendLine("Sted: Mødelokale 3").AppendLine()
            .AppendLine("Deltagere:").AppendLine(CultureInfo.InvariantCulture, $"Anne Andersen, {addresses[0]}").AppendLine(CultureInfo.InvariantCulture, $"Bo Bech, {addresses[1]}").AppendLine()
            .AppendLine("1. Godkendelse af dagsorden").AppendLine("2. Eventuelt").ToString()));
        var invitation = (await mail.WaitForMessagesAsync(addresses[0], 1, TimeSpan.FromSeconds(120))).Single();
        var link = RsvpLink().Match(invitation.TextBody ?? "");
        return link.Success ? (MeetingId.For(committee, date).Value, link.Groups[1].Value) : throw new InvalidOperationException("No answer link in the invitation.");
    }

    [GeneratedRegex(@"/api/rsvp/([a-z2-7]{20})\?svar=")]
    private static partial Regex RsvpLink();
}
