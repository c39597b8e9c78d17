using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rendering;

namespace AgendaFlow.Core.Tests.Meetings;

public sealed class ChairCorrectionTests
{
    private static readonly Meeting Understood = new(
        MeetingId.For("Sundhedsudvalget", new DateOnly(2026, 3, 9)),
        "Sundhedsudvalget",
        "Møde i Sundhedsudvalget",
        new DateOnly(2026, 3, 9),
        new TimeOnly(9, 0),
        null,
        "Mødelokale 1",
        [new Invitee("Hanne Roed", "hanne@region.example", Role: "formand"), new Invitee("Steen Jakobsen", null)],
        [new AgendaLine("1", "Godkendelse af dagsorden")]);

    private static Dictionary<string, string?> Form(params (string Key, string Value)[] changes)
    {
        var form = new Dictionary<string, string?>
        {
            ["dato"] = "2026-03-09", ["start"] = "09:00", ["slut"] = "", ["sted"] = "Mødelokale 1", ["antal"] = "2",
            ["navn0"] = "Hanne Roed", ["email0"] = "hanne@region.example", ["navn1"] = "Steen Jakobsen", ["email1"] = "",
        };
        foreach (var (key, value) in changes)
        {
            form[key] = value;
        }

        return form;
    }

    [Fact]
    public void The_chairs_date_times_place_and_a_missing_address_become_the_meeting_with_the_chair_named()
    {
        var (meeting, refusal) = ChairCorrection.Apply(Understood,
            Form(("dato", "2027-03-09"), ("slut", "11:30"), ("sted", "Regionshuset, lokale 2"), ("email1", "steen@region.example")), "hanne@region.example");

        Assert.Null(refusal);
        Assert.Equal(new DateOnly(2027, 3, 9), meeting!.Date);
        Assert.Equal(MeetingId.For("Sundhedsudvalget", new DateOnly(2027, 3, 9)), meeting.Id);
        Assert.Equal(new TimeOnly(11, 30), meeting.End);
        Assert.Equal("Regionshuset, lokale 2", meeting.Location);
        Assert.Equal("steen@region.example", meeting.Participants[1].Email);
        Assert.Equal("formand", meeting.Participants[0].Role);
        Assert.Equal("hanne@region.example", meeting.CheckedBy);
    }

    [Fact]
    public void The_chair_removes_one_participant_and_adds_another()
    {
        var (meeting, _) = ChairCorrection.Apply(Understood,
            Form(("fjern1", "ja"), ("nyt-navn", "Lise Berg"), ("ny-email", "lise@kommune.example")), "hanne@region.example");

        Assert.Equal(["Hanne Roed", "Lise Berg"], meeting!.Participants.Select(p => p.Name));
        Assert.Equal("lise@kommune.example", meeting.Participants[1].Email);
    }

    [Theory]
    [InlineData("email1", "steen@region.example, chef@evil.example", "Deltager 2: e-mailadresse")]
    [InlineData("navn0", "Hanne <script>", "Deltager 1: navn")]
    [InlineData("dato", "9. marts", "Mødedato")]
    [InlineData("start", "ni", "Starttidspunkt")]
    [InlineData("ny-email", "lise", "Ny deltager: navn")]
    public void A_value_the_input_types_refuse_names_its_field_in_danish_and_changes_nothing(string field, string value, string named)
    {
        var (meeting, refusal) = ChairCorrection.Apply(Understood, Form((field, value)), "hanne@region.example");

        Assert.Null(meeting);
        Assert.Equal(named, refusal!.Field);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Reason));
    }

    [Fact]
    public void Removing_everyone_with_an_address_is_refused_because_nobody_would_be_invited()
    {
        var (meeting, refusal) = ChairCorrection.Apply(Understood, Form(("fjern0", "ja")), "hanne@region.example");

        Assert.Null(meeting);
        Assert.Equal("Deltagere", refusal!.Field);
    }

    [Fact]
    public void The_page_encodes_what_the_document_and_the_form_said_and_marks_the_uncertain_fields()
    {
        var understood = Understood with { Location = "<img src=x onerror=alert(1)>" };
        var decision = ChairCheck.Decide(["date"], ["Steen Jakobsen"], ChairCheckMode.WhenUnsure);

        var html = ChairCheckPage.Form(understood, decision, null, new Dictionary<string, string?> { ["nyt-navn"] = "\"><script>x</script>" });

        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<script>x", html);
        Assert.Contains("mødedato og e-mailadressen på Steen Jakobsen", html);
        Assert.Contains("id=\"dato\" name=\"dato\" value=\"2026-03-09\" class=\"form-input input-width-s usikker\"", html);
        Assert.Contains("Send invitationerne", html);
    }
}
