using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

public class ItemStructureTests
{
    private static AgendaDocument Parse(string text, string fileName = "dagsorden.txt") =>
        Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Fixtures.Utf8(text), fileName)).Document;

    [Fact]
    public void Items_carry_number_title_time_and_presenters()
    {
        var document = Parse(Fixtures.SmallAgenda);

        Assert.Equal(["1", "2", "3"], document.Items.Select(i => i.Number));
        Assert.Equal("Status på projektet", document.Items[1].Title);
        Assert.Equal(["Hanne Roed"], document.Items[1].Presenters);
        Assert.Equal(new TimeOnly(9, 30), document.Start);
        Assert.Equal(new TimeOnly(11, 30), document.End);
        Assert.Equal("Mødelokale 2, Rådhuset", document.Location);
        Assert.Equal(DocumentKind.Agenda, document.Kind);
    }

    [Fact]
    public void A_lunch_break_is_not_an_item()
    {
        var document = Parse("""
            Dagsorden: Klyngestyregruppen
            Tid: 30. august 2019 kl. 10.30-14.00

            ## 1. Velkomst (kl. 10.30-10.35) v/formandskabet
            ## **FROKOSTPAUSE (kl. 12.30-12.50)**
            ## 2. Eventuelt (kl. 12.50-13.00)
            """, "dagsorden.md");

        Assert.Equal(["Velkomst", "Eventuelt"], document.Items.Select(i => i.Title));
        Assert.Equal(new TimeOnly(12, 50), document.Items[1].Start);
        Assert.DoesNotContain(document.Items[0].Sections, s => s.Heading.Contains("FROKOST", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_of_contents_with_page_numbers_is_not_a_second_set_of_items()
    {
        var document = Parse("""
            Referat: Den Kommunale Sundhedsstrategiske gruppe
            Tid: 15. januar 2020, kl. 13.00-16.00

            Dagsorden
            1. Fælles samarbejdsaftale.....	2
            2. Skriftlige orienteringer	3
            2.1 Temamøde om kvalitetsklynger	3
            3. Evt.	4

            1. Fælles samarbejdsaftale
            Indstilling
            At DKS tager orienteringen til efterretning
            Referat
            Aftalen blev godkendt.

            2. Skriftlige orienteringer
            2.1 Temamøde om kvalitetsklynger
            Der afholdes temamøde.
            3. Evt.
            """);

        Assert.Equal(["1", "2", "2.1", "3"], document.Items.Select(i => i.Number));
        Assert.Equal("Fælles samarbejdsaftale", document.Items[0].Title);
        Assert.Equal(DocumentKind.Minutes, document.Kind);
        Assert.Equal("Aftalen blev godkendt.", document.Items[0].Decision);
    }

    [Fact]
    public void Items_listed_only_in_the_contents_are_kept()
    {
        var document = Parse("""
            Referat
            Styregruppemøde d. 7. december 2023
            Deltagere
            Nina Bergstedt, KL

            Dagsorden

            1. Meddelelser
            2. Eventuelt

            1. Meddelelser

            Der var ingen meddelelser.
            """);

        Assert.Equal(["Meddelelser", "Eventuelt"], document.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_numbered_list_inside_an_item_is_not_items()
    {
        var document = Parse("""
            Dagsorden
            Tid: 3. marts 2026 kl. 9-11
            Deltagere: Hanne Roed, Steen Jakobsen, Lise Holm

            1. Godkendelse af dagsorden
            2. Handleplan
            Planen har tre trin:
            1. Kortlægning af forløb
            2. Aftale med kommunerne
            3. Evaluering i 2027
            3 gode råd til arbejdet
            3. Eventuelt
            """);

        Assert.Equal(["Godkendelse af dagsorden", "Handleplan", "Eventuelt"], document.Items.Select(i => i.Title));
    }

    [Fact]
    public void Sections_case_number_attachments_and_postponement_are_read()
    {
        var document = Parse("""
            Referat af: Sundhedsudvalget
            Tid: 3. marts 2026 kl. 9-11

            1. Ny praksisplan
            Sagnr.: 1-00-16-19
            Resume
            Planen skal i høring.
            Indstilling
            At udvalget godkender planen.
            Bilag
            - Bilag 1: Udkast til praksisplan
            - Bilag 2: Høringsliste
            Beslutning
            Punktet blev udsat.
            2. Eventuelt
            """);

        var item = document.Items[0];
        Assert.Equal("1-00-16-19", item.CaseNumber);
        Assert.Equal(["Resume", "Indstilling", "Bilag", "Beslutning"], item.Sections.Select(s => s.Heading));
        Assert.Equal(["Bilag 1: Udkast til praksisplan", "Bilag 2: Høringsliste"], item.Attachments);
        Assert.Equal("Punktet blev udsat.", item.Decision);
        Assert.Equal("udsat", item.Status);
    }

    [Fact]
    public void A_presenter_on_the_line_under_the_title_belongs_to_the_item()
    {
        var document = Parse("""
            ## Dagsorden: Klyngestyregruppen
            Tid: 3. marts 2026 kl. 9-11

            ## **1. Forslag til emner (kl. 13.45-13.50)**

            *v/formandskabet*

            ## **2. Eventuelt**
            """, "dagsorden.md");

        Assert.Equal(["formandskabet"], document.Items[0].Presenters);
        Assert.Equal(new TimeOnly(13, 45), document.Items[0].Start);
    }

    [Fact]
    public void Meeting_fields_after_a_table_of_contents_still_belong_to_the_header()
    {
        var document = Parse("""
            Indholdsfortegnelse
            1. Godkendelse af dagsorden	2
            2. Eventuelt	3

            Referat af: Sundhedsudvalget
            Tid: 3. marts 2026 kl. 9-11
            Fraværende med afbud: Anne Holm
            Fraværende uden afbud: Bo Berg

            1. Godkendelse af dagsorden
            Godkendt.
            2. Eventuelt
            """);

        Assert.Equal("Sundhedsudvalget", document.Title);
        Assert.Equal(new DateOnly(2026, 3, 3), document.Date);
        Assert.Equal([new AbsentPerson("Anne Holm"), new AbsentPerson("Bo Berg", SentApologies: false)], document.Absent);
        Assert.Equal(["Godkendelse af dagsorden", "Eventuelt"], document.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_number_alone_on_its_line_and_punkt_with_a_dash_both_open_items()
    {
        var document = Parse("""
            Dagsorden: Bestyrelsen
            Tid: 3. marts 2026 kl. 9-11

            1.
            Godkendelse af dagsorden

            Punkt 2 - Budget 2027

            3.
            Eventuelt
            """);

        Assert.Equal(["Godkendelse af dagsorden", "Budget 2027", "Eventuelt"], document.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_plain_item_between_headed_items_is_kept_but_a_list_inside_an_item_is_not()
    {
        var document = Parse("""
            # Dagsorden: Bestyrelsen
            Tid: 3. marts 2026 kl. 9-11

            ## 1. Godkendelse af dagsorden
            ## 2. Handleplan
            1. Kortlægning af forløb
            2. Aftale med kommunerne
            Planen behandles igen i maj.
            3. Budget 2027
            ## 4. Eventuelt
            """, "dagsorden.md");

        Assert.Equal(["Godkendelse af dagsorden", "Handleplan", "Budget 2027", "Eventuelt"], document.Items.Select(i => i.Title));
        Assert.Equal(["1", "2", "3", "4"], document.Items.Select(i => i.Number));
    }

    [Fact]
    public void A_title_wrapped_onto_the_next_line_and_a_wrapped_name_list_are_joined()
    {
        var document = Parse("""
            Referat: Den Kommunale Sundhedsstrategiske gruppe
            Tid: 15. januar 2020, kl. 13.00-16.00

            Deltagere:

            Anette Ørbæk Andersen, Lone Rasmussen, Søren Liner Christensen,
            Lotte Junker, Karen Heebøll

            1. Overvejelser om fælles projektmidler/driftsøkonomi og
            evaluering af TeleKOL

            Indstilling

            At DKS drøfter sagen.

            2. Evt.
            """);

        Assert.Equal("Overvejelser om fælles projektmidler/driftsøkonomi og evaluering af TeleKOL", document.Items[0].Title);
        Assert.Equal(["Anette Ørbæk Andersen", "Lone Rasmussen", "Søren Liner Christensen", "Lotte Junker", "Karen Heebøll"], document.Participants.Select(p => p.Name));
    }
}
