using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

public class DanishDateTests
{
    [Theory]
    [InlineData("Fredag den 30. august 2019 kl. 10.30-14.00", "2019-08-30")]
    [InlineData("d. 7. december 2023", "2023-12-07")]
    [InlineData("15. januar 2020, kl. 13.00-16.00", "2020-01-15")]
    [InlineData("Torsdag d. 5. dec. 2024", "2024-12-05")]
    [InlineData("tirsdag 3 marts 2026", "2026-03-03")]
    [InlineData("13-12-2023", "2023-12-13")]
    [InlineData("13.12.2023 kl. 9", "2023-12-13")]
    [InlineData("2026-12-10", "2026-12-10")]
    public void A_date_is_found_in_every_usual_Danish_form(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DanishDates.FindDate(text));
    }

    [Theory]
    [InlineData("kl. 10.30-14.00", "10:30", "14:00")]
    [InlineData("13.00–15.30", "13:00", "15:30")]
    [InlineData("9.30 - 11.30", "09:30", "11:30")]
    [InlineData("kl. 09:00", "09:00", null)]
    [InlineData("fra kl. 9 til 12", "09:00", "12:00")]
    [InlineData("Torsdag den 10. december 2026 kl. 13.00–15.30", "13:00", "15:30")]
    [InlineData("(kl. 12.10-12.20 min)", "12:10", "12:20")]
    [InlineData("kl. 10.30 til ca. 14.00", "10:30", "14:00")]
    [InlineData("kl. 13-15.30", "13:00", "15:30")]
    public void A_time_or_time_range_is_found_with_or_without_kl(string text, string start, string? end)
    {
        var (s, e) = DanishDates.FindTimes(text);
        Assert.Equal(TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), s);
        Assert.Equal(end is null ? null : TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), e);
    }

    [Theory]
    [InlineData("Sagsnr.: 2023 - 3531")]
    [InlineData("Budget for 2024")]
    [InlineData("3 gode råd")]
    public void Numbers_that_are_not_times_are_not_read_as_times(string text)
    {
        Assert.Null(DanishDates.FindTimes(text).Start);
    }

    [Fact]
    public void The_document_date_is_not_the_meeting_date()
    {
        var text = """
            Dato: 9. september 2019

            Referat af: Styregruppemøde

            Tidspunkt: Fredag den 30. august 2019 kl. 10.30-14.00

            1. Godkendelse af dagsorden
            2. Eventuelt
            """;

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Fixtures.Utf8(text), "referat.txt")).Document;

        Assert.Equal(new DateOnly(2019, 8, 30), document.Date);
        Assert.Equal(new TimeOnly(10, 30), document.Start);
    }

    [Fact]
    public void A_meeting_date_in_the_title_line_wins_over_the_document_date()
    {
        var text = """
            Dato: 13-12-2023

            Referat

            Styregruppemøde i Digital Almen Praksis d. 7. december 2023

            Deltagere
            Nina Bergstedt, Indenrigs- og Sundhedsministeriet

            1. Meddelelser
            2. Eventuelt
            """;

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Fixtures.Utf8(text), "referat.txt")).Document;

        Assert.Equal(new DateOnly(2023, 12, 7), document.Date);
        Assert.Equal("Styregruppemøde i Digital Almen Praksis", document.Title);
        Assert.Equal(DocumentKind.Minutes, document.Kind);
    }

    [Fact]
    public void A_flattened_header_row_leaves_the_document_date_out_of_the_title()
    {
        var text = "Referat af: Klyngestyregruppemøde Dato: 9. september 2019\nTidspunkt: Fredag den 30. august 2019 kl. 10.30-14.00\nSted: Mødelokale 21, RH Viborg Mette Kvist / 2459 7534 mekv@skivekommune.dk\n\n1. Velkomst\n2. Eventuelt\n";

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Fixtures.Utf8(text), "referat.txt")).Document;

        Assert.Equal("Klyngestyregruppemøde", document.Title);
        Assert.Equal(new DateOnly(2019, 8, 30), document.Date);
        Assert.Equal("Mødelokale 21, RH Viborg", document.Location);
    }
}
