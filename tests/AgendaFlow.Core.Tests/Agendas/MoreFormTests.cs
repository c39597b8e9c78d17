using System.Text;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

public class MoreFormTests
{
    private static AgendaDocument Parse(string text, string fileName) =>
        Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Encoding.UTF8.GetBytes(text), fileName)).Document;

    [Fact]
    public void Punkt_items_with_times_in_parentheses_and_a_bulleted_participant_list_are_read()
    {
        var document = Parse("""
            MØDEINDKALDELSE

            Møde i Praksisplanudvalget

            Dato: Onsdag d. 4. marts 2026
            Tid: 14.00 – 16.00
            Sted: Regionshuset Aarhus, lokale C

            Deltagere:
            - Lise Holm (formand), Region Midtjylland, lise.holm@rm.dk
            - Per Dam, Aarhus Kommune

            Afbud:
            - Jens Krog, Randers Kommune – i stedet deltager Mia Sand

            Punkt 1: Godkendelse af dagsorden (14.00-14.05)
            Punkt 2: Orientering fra formanden (14.05-14.30) v/ Lise Holm
            Punkt 3: Eventuelt
            """, "indkaldelse.txt");

        Assert.Equal(DocumentKind.Agenda, document.Kind);
        Assert.Equal(new DateOnly(2026, 3, 4), document.Date);
        Assert.Equal((new TimeOnly(14, 0), new TimeOnly(16, 0)), (document.Start!.Value, document.End!.Value));
        Assert.Equal(["Lise Holm"], document.Chairs);
        Assert.Equal(new Person("Lise Holm", null, "Region Midtjylland", "lise.holm@rm.dk", "formand"), document.Participants[0]);
        Assert.Equal([new AbsentPerson("Jens Krog", Organisation: "Randers Kommune", Substitute: "Mia Sand")], document.Absent);
        Assert.Equal(["Godkendelse af dagsorden", "Orientering fra formanden", "Eventuelt"], document.Items.Select(i => i.Title));
        Assert.Equal(new TimeOnly(14, 5), document.Items[1].Start);
        Assert.Equal(["Lise Holm"], document.Items[1].Presenters);
    }

    [Fact]
    public void A_markdown_table_header_gives_the_meeting_fields()
    {
        var document = Parse("""
            # Dagsorden

            | | |
            |---|---|
            | **Møde** | Styregruppen for Sundhedshuset |
            | **Tid** | 7. maj 2026, kl. 9.00-11.00 |
            | **Sted** | Sundhedshuset, mødelokale 3 |
            | **Deltagere** | Anne Holm, Bo Berg, Cecilie Dahl |
            | **Afbud** | Dan Ravn |

            ## 1. Velkomst
            ## 2. Status på byggeriet v/ Bo Berg
            ## 3. Eventuelt
            """, "dagsorden.md");

        Assert.Equal("Styregruppen for Sundhedshuset", document.Title);
        Assert.Equal("Sundhedshuset, mødelokale 3", document.Location);
        Assert.Equal(["Anne Holm", "Bo Berg", "Cecilie Dahl"], document.Participants.Select(p => p.Name));
        Assert.Equal(["Dan Ravn"], document.Absent.Select(p => p.Name));
        Assert.Empty(document.Items[0].Sections);
    }

    [Fact]
    public void Committee_minutes_in_html_with_party_letters_and_a_chair_in_the_member_list()
    {
        var document = Parse("""
            <h1>Referat</h1>
            <h2>Sundheds- og Ældreudvalget</h2>
            <p><strong>Mødedato:</strong> Mandag den 12. februar 2024</p>
            <p><strong>Mødetidspunkt:</strong> Kl. 15:00 - 17:30</p>
            <p><strong>Medlemmer:</strong> Anne Hansen (A), formand, Bo Jensen (V), Carsten Møller (C)</p>
            <p><strong>Fraværende:</strong> Dorte Nielsen (F)</p>
            <h3>1. Godkendelse af dagsorden</h3>
            <p><strong>Sagsnr.:</strong> 24/1234</p>
            <h4>Beslutning</h4><p>Godkendt.</p>
            <h3>2. Budgetopfølgning 2024</h3>
            <h4>Beslutning</h4><p>Bo Jensen var forhindret i at deltage i sagens behandling. Punktet blev udsat.</p>
            """, "referat.html");

        Assert.Equal(DocumentKind.Minutes, document.Kind);
        Assert.Equal("Sundheds- og Ældreudvalget", document.Title);
        Assert.Equal(new DateOnly(2024, 2, 12), document.Date);
        Assert.Equal(["Anne Hansen"], document.Chairs);
        Assert.Equal(["Anne Hansen", "Bo Jensen", "Carsten Møller"], document.Participants.Select(p => p.Name));
        Assert.Equal(["Dorte Nielsen"], document.Absent.Select(p => p.Name));
        Assert.Equal("24/1234", document.Items[0].CaseNumber);
        Assert.Equal("udsat", document.Items[1].Status);
        Assert.Equal(["Bo Jensen"], document.Items[1].NotPresentForItem);
    }

    [Fact]
    public void A_meeting_date_without_a_year_takes_the_year_of_the_document_date()
    {
        var document = Parse("""
            Dato: 2. marts 2026
            Dagsorden til styregruppemøde
            Tid: Torsdag d. 12. marts kl. 14-16
            Deltagere: Anne Holm, Bo Berg, Cecilie Dahl

            1. Godkendelse af dagsorden
            2. Eventuelt
            """, "dagsorden.txt");

        Assert.Equal(new DateOnly(2026, 3, 12), document.Date);
        Assert.Equal(new TimeOnly(14, 0), document.Start);
        Assert.Equal(new TimeOnly(16, 0), document.End);
    }

    [Fact]
    public void A_participant_table_with_a_header_row_needs_no_label()
    {
        var html = """
            <h1>Dagsorden: Styregruppen</h1>
            <p>Tid: 7. maj 2026 kl. 9-11</p>
            <table>
            <tr><th>Navn</th><th>Organisation</th><th>E-mail</th></tr>
            <tr><td>Anne Holm</td><td>Aarhus Kommune</td><td>anne@aarhus.example</td></tr>
            <tr><td>Bo Berg</td><td>Region Midtjylland</td><td>bo@rm.example</td></tr>
            </table>
            <h2>1. Velkomst</h2><h2>2. Eventuelt</h2>
            """;

        var document = Parse(html, "dagsorden.html");

        Assert.Equal(
            [new Person("Anne Holm", Organisation: "Aarhus Kommune", Email: "anne@aarhus.example"), new Person("Bo Berg", Organisation: "Region Midtjylland", Email: "bo@rm.example")],
            document.Participants);
    }

    [Fact]
    public void An_agenda_written_as_a_table_gives_items_with_times_and_presenters()
    {
        var html = """
            <p>Dagsorden for Sundhedsstyregruppen</p>
            <p>Tid og sted: 12. marts 2024 kl. 14.00-16.00, Regionshuset Viborg</p>
            <table>
            <tr><td>1</td><td>Godkendelse af dagsorden</td><td>14.00-14.05</td></tr>
            <tr><td>2</td><td>Status på akutområdet</td><td>14.05-14.40</td><td>Birgitte Søndergaard</td></tr>
            <tr><td>3</td><td>Eventuelt</td><td>14.40-15.00</td></tr>
            </table>
            """;

        var document = Parse(html, "dagsorden.html");

        Assert.Equal("Regionshuset Viborg", document.Location);
        Assert.Equal(new DateOnly(2024, 3, 12), document.Date);
        Assert.Equal(["Godkendelse af dagsorden", "Status på akutområdet", "Eventuelt"], document.Items.Select(i => i.Title));
        Assert.Equal(new TimeOnly(14, 5), document.Items[1].Start);
        Assert.Equal(["Birgitte Søndergaard"], document.Items[1].Presenters);
    }

    [Fact]
    public void A_participant_marked_afbud_in_the_list_is_absent_and_referat_with_a_name_is_the_minute_taker()
    {
        var document = Parse("""
            Styregruppemøde
            Tid: 3. marts 2026 kl. 9-11
            Referat: Mette Kvist
            Deltagere:
            Anne Holm, Aarhus Kommune
            Bo Berg, Region Midtjylland (afbud)

            1. Godkendelse af dagsorden
            2. Eventuelt
            """, "referat.txt");

        Assert.Equal("Styregruppemøde", document.Title);
        Assert.Equal(["Mette Kvist"], document.MinuteTakers);
        Assert.Equal(["Anne Holm"], document.Participants.Select(p => p.Name));
        Assert.Equal(["Bo Berg"], document.Absent.Select(p => p.Name));
    }

    [Fact]
    public void Without_a_title_label_the_meeting_line_is_the_title_not_the_letterhead()
    {
        var document = Parse("""
            Indenrigs- og Sundhedsministeriet

            Styregruppemøde i Digital Almen Praksis

            Deltagere
            Nina Bergstedt, Indenrigs- og Sundhedsministeriet
            Tom Høg Sørensen, MedCom

            1. Meddelelser
            2. Eventuelt
            """, "styregruppe-referat-2023-12-07.txt");

        Assert.Equal("Styregruppemøde i Digital Almen Praksis", document.Title);
        Assert.Equal(new DateOnly(2023, 12, 7), document.Date);
        Assert.Equal(DocumentKind.Minutes, document.Kind);
    }

    [Fact]
    public void A_region_agenda_with_the_meeting_over_several_lines_and_case_numbers_above_items()
    {
        var document = Parse("""
            Dagsorden
            til
            mødet i Udvalg for regional udvikling
            den 1. februar 2023 kl. 09:00
            i Herning Kommune, Torvet 5, 7400 Herning

            Sagnr.: 1-51-71-3321-08

            1. Miljøstyrelsens afgørelse om Rønland

            Resume

            Miljøstyrelsen traf i oktober 2021 afgørelse.

            Sagnr.: 1-00-16-19

            2. Eventuelt
            """, "dagsorden.txt");

        Assert.Equal("Udvalg for regional udvikling", document.Title);
        Assert.Equal(new DateOnly(2023, 2, 1), document.Date);
        Assert.Equal(new TimeOnly(9, 0), document.Start);
        Assert.Equal("Herning Kommune, Torvet 5, 7400 Herning", document.Location);
        Assert.Equal(["1-51-71-3321-08", "1-00-16-19"], document.Items.Select(i => i.CaseNumber));
        Assert.Equal("Miljøstyrelsen traf i oktober 2021 afgørelse.", document.Items[0].Sections.Single().Text);
    }

    [Fact]
    public void Labels_on_their_own_line_with_the_value_below_and_bulleted_afbud()
    {
        var document = Parse("""
            Udvalget for dansk-tysk samarbejde - Referat - 28. januar 2016

            Mødedato
            28-01-2016 kl. 14:00 - 17:00

            Mødested
            Mødeværelse 3

            Deltagere
             • Hans Philip Tietje, V
             • Poul Andersen, A
             • Karsten Uno Petersen, A

             • Afbud
             • Karsten Uno Petersen, A

            1. Siden sidst - gensidig orientering
            Karsten Uno Petersen deltog ikke i sagens behandling.
            2. Eventuelt
            """, "referat.txt");

        Assert.Equal(new DateOnly(2016, 1, 28), document.Date);
        Assert.Equal((new TimeOnly(14, 0), new TimeOnly(17, 0)), (document.Start!.Value, document.End!.Value));
        Assert.Equal("Mødeværelse 3", document.Location);
        Assert.Equal(["Hans Philip Tietje", "Poul Andersen"], document.Participants.Select(p => p.Name));
        Assert.Equal(["Karsten Uno Petersen"], document.Absent.Select(p => p.Name));
        Assert.Equal(["Karsten Uno Petersen"], document.Items[0].NotPresentForItem);
    }

    [Fact]
    public void A_presenter_written_v_dot_is_read()
    {
        var heading = ItemHeading.TryRead(0, new SourceLine("1. Velkommen v. Anne Neergaard (kl. 9.00)"));

        Assert.NotNull(heading);
        Assert.Equal("Velkommen", heading.Title);
        Assert.Equal(["Anne Neergaard"], heading.Presenters);
        Assert.Equal(new TimeOnly(9, 0), heading.Start);
    }
}
