using AgendaFlow.Core.Invitations;
using AgendaFlow.Core.Meetings;
using BenchmarkDotNet.Attributes;
using MimeKit;

namespace AgendaFlow.Benchmarks;

/// <summary>
/// Rendering one invitation (text, HTML and the iCalendar REQUEST part) for a meeting shaped like the Word agenda,
/// and writing it out as the SMTP client would. The published referat page has its own, ReferatPageBenchmarks.
/// </summary>
[MemoryDiagnoser]
public class InvitationBenchmarks
{
    private static readonly MailSettings Settings = new("dagsorden@region.example", new Uri("https://agendaflow.region.example"));
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly Invitee Hanne = new("Hanne Roed", "hanne.roed@region.example", "Direktør", "Region Syddanmark");

    private readonly Invitation _invitation = new(Meeting(), Hanne, new ReplyToken("abcdefghijklmnopqrst"), InvitationKind.Invitation, [], []);

    [Benchmark]
    public MimeMessage Render() => InvitationMail.Render(_invitation, Settings, Now);

    [Benchmark]
    public long RenderAndWrite()
    {
        using var sink = new MemoryStream();
        InvitationMail.Render(_invitation, Settings, Now).WriteTo(sink);
        return sink.Length;
    }

    private static Meeting Meeting()
    {
        // Twelve participants and eight items: a typical styregruppe.
        var people = Enumerable.Range(1, 12)
            .Select(i => new Invitee($"Deltager {i}", $"deltager{i}@region.example", "Konsulent", "Region Syddanmark"))
            .Prepend(Hanne)
            .ToList();
        var items = Enumerable.Range(1, 8)
            .Select(i => new AgendaLine(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Punkt {i}: status på sundhedsaftalen",
                new TimeOnly(13, 0).AddMinutes(15 * (i - 1)), new TimeOnly(13, 0).AddMinutes(15 * i), ["Hanne Roed"]))
            .ToList();
        return new Meeting(MeetingId.For("sundhed", new DateOnly(2026, 12, 10)), "sundhed", "Sundhedsstyregruppen", new DateOnly(2026, 12, 10),
            new TimeOnly(13, 0), new TimeOnly(15, 30), "Regionshuset, mødelokale 1", people, items, 0);
    }
}
