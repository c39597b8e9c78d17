using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Meetings;
using AgendaFlow.Core.Rosters;

namespace AgendaFlow.Core.Tests.Meetings;

public sealed class ChairCheckTests
{
    [Fact]
    public void An_upload_the_parser_is_sure_of_with_every_address_goes_out_at_once_by_default()
    {
        var decision = ChairCheck.Decide([], [], ChairCheckMode.WhenUnsure);

        Assert.False(decision.Hold);
        Assert.False(decision.IsUnsure);
    }

    [Fact]
    public void A_date_under_review_holds_the_upload_and_names_the_field_in_danish()
    {
        var decision = ChairCheck.Decide([ReviewField.Date, ReviewField.Location], [], ChairCheckMode.WhenUnsure);

        Assert.True(decision.Hold);
        Assert.Equal(["mødedato", "mødested"], decision.UncertainFields);
    }

    [Fact]
    public void A_participant_without_an_address_holds_the_upload_and_is_named()
    {
        var decision = ChairCheck.Decide([], ["Hanne Roed"], ChairCheckMode.WhenUnsure);

        Assert.True(decision.Hold);
        Assert.Equal(["Hanne Roed"], decision.WithoutAddress);
    }

    [Fact]
    public void Always_holds_even_a_sure_upload_and_never_holds_none_but_still_says_what_is_uncertain()
    {
        Assert.True(ChairCheck.Decide([], [], ChairCheckMode.Always).Hold);

        var never = ChairCheck.Decide([ReviewField.Date], ["Hanne Roed"], ChairCheckMode.Never);
        Assert.False(never.Hold);
        Assert.True(never.IsUnsure);
    }

    [Theory]
    [InlineData(null, ChairCheckMode.WhenUnsure)]
    [InlineData("", ChairCheckMode.WhenUnsure)]
    [InlineData("always", ChairCheckMode.Always)]
    [InlineData("WhenUnsure", ChairCheckMode.WhenUnsure)]
    [InlineData(" Never ", ChairCheckMode.Never)]
    public void The_setting_defaults_to_when_unsure_and_reads_its_three_values_in_any_case(string? value, ChairCheckMode expected) =>
        Assert.Equal(expected, ChairCheck.ParseSetting(value));

    [Theory]
    [InlineData("sometimes")]
    [InlineData("1")]
    public void A_setting_that_is_not_one_of_the_three_values_is_refused_rather_than_guessed(string value) =>
        Assert.Throws<FormatException>(() => ChairCheck.ParseSetting(value));

    [Fact]
    public void A_committees_roster_row_overrides_the_deployments_mode()
    {
        var roster = Roster.Parse("Navn;E-mail;Rolle\nHanne Roed;hanne@region.example;formand\nFormandens tjek;;tjek-altid\n");

        Assert.Equal(ChairCheckMode.Always, ChairCheck.ModeFor(roster, ChairCheckMode.Never));
        Assert.Equal(ChairCheckMode.Never, ChairCheck.ModeFor(Roster.Parse("Navn;Rolle\nUdsendelse;TJEK-ALDRIG\n"), ChairCheckMode.WhenUnsure));
    }

    [Fact]
    public void A_roster_without_the_row_leaves_the_deployments_mode()
    {
        var roster = Roster.Parse("Navn;E-mail;Rolle\nHanne Roed;hanne@region.example;formand\n");

        Assert.Equal(ChairCheckMode.Never, ChairCheck.ModeFor(roster, ChairCheckMode.Never));
        Assert.Equal(ChairCheckMode.WhenUnsure, ChairCheck.ModeFor(Roster.Empty, ChairCheckMode.WhenUnsure));
    }
}
