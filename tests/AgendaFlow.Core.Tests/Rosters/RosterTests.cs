using System.Text;
using AgendaFlow.Core.Rosters;

namespace AgendaFlow.Core.Tests.Rosters;

public sealed class RosterTests
{
    private static readonly Encoding Windows1252 = GetWindows1252();

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    [Fact]
    public void A_quoted_name_with_the_separator_inside_is_one_field()
    {
        var roster = Roster.Parse("Navn;E-mail;Organisation\r\n\"Jensen; Anne\";anne.jensen@kommune.example;\"Vejle Kommune; Sundhed\"\r\n");

        var anne = Assert.Single(roster.Members);
        Assert.Equal("Jensen; Anne", anne.Name);
        Assert.Equal("anne.jensen@kommune.example", anne.Email);
        Assert.Equal("Vejle Kommune; Sundhed", anne.Organisation);
        Assert.Empty(roster.Problems);
    }

    [Fact]
    public void Comma_separated_with_quotes_and_doubled_quotes_reads_the_same()
    {
        var roster = Roster.Parse("Name,Email,Role\n\"Hansen, Bo \"\"Bobby\"\"\",bo@kommune.example,Formand\nCarl Clausen,carl@kommune.example,\n");
        Assert.Empty(roster.Problems);

        Assert.Equal(["Hansen, Bo \"Bobby\"", "Carl Clausen"], roster.Members.Select(m => m.Name));
        Assert.Equal("formand", roster.Members[0].Role);
    }

    [Fact]
    public void Excels_danish_csv_in_windows_1252_with_letters_æ_ø_å_is_read()
    {
        var bytes = Windows1252.GetBytes("Navn;E-mail;Rolle\r\nSøren Ærø;soeren@kommune.example;næstformand\r\nÅse Øster;aase@kommune.example;\r\n");

        var roster = Roster.Read(bytes);

        Assert.Equal(["Søren Ærø", "Åse Øster"], roster.Members.Select(m => m.Name));
        Assert.Equal("næstformand", roster.Members[0].Role);
    }

    [Fact]
    public void A_byte_order_mark_does_not_become_part_of_the_first_column()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Navn;E-mail\nLene Østergaard;lene@region.example\n")).ToArray();

        Assert.Equal("Lene Østergaard", Assert.Single(Roster.Read(bytes).Members).Name);
    }

    [Fact]
    public void Rows_that_cannot_be_read_are_named_with_their_line_and_the_others_are_kept()
    {
        var roster = Roster.Parse(
            "Navn;E-mail;Rolle\n" +
            "Anne Andersen;anne@kommune.example;\n" +
            "Jensen; Anne;anne.jensen@kommune.example;formand\n" +
            ";bo@kommune.example;\n" +
            "Carl Clausen;carl(at)kommune;\n");

        Assert.Equal(["Anne Andersen", "Carl Clausen"], roster.Members.Select(m => m.Name));
        Assert.Null(roster.Members[1].Email);
        Assert.Equal([3, 4, 5], roster.Problems.Select(p => p.Row));
        Assert.Contains("flere felter end overskriften", roster.Problems[0].Text);
        Assert.Contains("intet navn", roster.Problems[1].Text);
        Assert.Contains("er ikke én e-mailadresse", roster.Problems[2].Text);
        Assert.StartsWith("Række 3: ", roster.Problems[0].ToString());
    }

    [Theory]
    [InlineData("\"anne@kommune.example, boss@evil.example\"")]
    [InlineData("\"anne@kommune.example\rBcc: boss@evil.example\"")]
    [InlineData("\"Team: anne@kommune.example, boss@evil.example;\"")]
    public void A_roster_address_that_is_not_one_mailbox_is_a_line_for_the_secretariat_and_is_not_kept(string cell)
    {
        var roster = Roster.Parse($"Navn,E-mail\nAnne Andersen,{cell}\nBo Bech,bo@kommune.example\n");

        Assert.Equal(["Anne Andersen", "Bo Bech"], roster.Members.Select(m => m.Name));
        Assert.Null(roster.Members[0].Email);
        Assert.Equal("bo@kommune.example", roster.Members[1].Email);
        var problem = Assert.Single(roster.Problems);
        Assert.StartsWith("Række 2: ", problem.ToString());
        Assert.Contains("er ikke én e-mailadresse", problem.Text);
        Assert.DoesNotContain('\r', problem.Text);
    }

    [Fact]
    public void A_roster_name_with_a_line_break_is_a_line_for_the_secretariat_and_is_not_kept()
    {
        var roster = Roster.Parse("Navn,E-mail\n\"Anne\rATTENDEE:mailto:evil@evil.example\",anne@kommune.example\nBo Bech,bo@kommune.example\n");

        Assert.Equal(["Bo Bech"], roster.Members.Select(m => m.Name));
        Assert.Contains("kontroltegn", Assert.Single(roster.Problems).Text);
    }

    [Fact]
    public void A_name_with_an_unquoted_separator_and_a_trailing_empty_field_is_reported_not_read_shifted()
    {
        var roster = Roster.Parse("Navn;E-mail;Rolle\nJensen; Anne;anne.jensen@kommune.example;\nBo Bech;bo@kommune.example;\n");

        Assert.Equal("Bo Bech", Assert.Single(roster.Members).Name);
        Assert.Equal(2, Assert.Single(roster.Problems).Row);
    }

    [Fact]
    public void A_quote_that_is_never_closed_is_reported_not_swallowed_into_a_name()
    {
        var roster = Roster.Parse("Navn;E-mail\nAnne Andersen;anne@kommune.example\n\"Bo Bech;bo@kommune.example\nCarl Clausen;carl@kommune.example\n");

        Assert.Equal("Anne Andersen", Assert.Single(roster.Members).Name);
        Assert.NotEmpty(roster.Problems);
        Assert.Equal(3, roster.Problems[0].Row);
    }

    [Fact]
    public void A_roster_without_a_name_column_says_so_and_has_no_members()
    {
        var roster = Roster.Parse("Fornavn;Efternavn\nAnne;Andersen\n");

        Assert.Empty(roster.Members);
        Assert.Contains("»Navn«", Assert.Single(roster.Problems).Text);
    }

    [Fact]
    public void The_rows_above_the_header_give_the_committees_name_and_quorum_rule()
    {
        var roster = Roster.Parse("Udvalg;Sundhedsstyregruppen for Lillebælt\nBeslutningsdygtig;5\n\nNavn;E-mail\nAnne Andersen;anne@kommune.example\n");

        Assert.Equal("Sundhedsstyregruppen for Lillebælt", roster.DisplayName);
        Assert.Equal(5, roster.Quorum!.MinimumPresent);
        Assert.Single(roster.Members);
        Assert.Empty(roster.Problems);
    }

    [Fact]
    public void An_unknown_row_above_the_header_is_reported()
    {
        var roster = Roster.Parse("Mødested;Regionshuset\nNavn;E-mail\nAnne Andersen;anne@kommune.example\n");

        Assert.Equal(1, Assert.Single(roster.Problems).Row);
        Assert.Null(roster.DisplayName);
    }
}
