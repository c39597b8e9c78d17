using System.Diagnostics;
using System.Text;
using AgendaFlow.Core.Agendas;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AgendaFlow.Core.Tests.Agendas;

/// <summary>Participant, afbud and guest lists as chairs write them, with the e-mail addresses the invitations go to.</summary>
public class ParticipantListTests
{
    private static AgendaDocument Parse(string text, string fileName) =>
        Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Encoding.UTF8.GetBytes(text), fileName)).Document;

    private const string Items = """

        ## 1. Godkendelse af dagsorden

        ## 2. Eventuelt
        """;

    [Fact]
    public void A_markdown_bulleted_list_under_a_bold_label_gives_every_participant_and_address()
    {
        var document = Parse("""
            # Dagsorden – Følgegruppen for test

            **Tid:** Onsdag den 16. december 2026 kl. 10.00–12.00
            **Sted:** Mødelokale 2

            **Deltagere:**

            - Anne Jensen <anne.jensen@kommune.example>
            - Bo Hansen, Vejle Kommune, bo@vejle.example
            * Direktør Carl Holm (carl@rm.example)
            + Dorte Lund – dorte.lund@rm.example
            """ + Items, "dagsorden.md");

        Assert.Equal(
            [
                new Person("Anne Jensen", Email: "anne.jensen@kommune.example"),
                new Person("Bo Hansen", Organisation: "Vejle Kommune", Email: "bo@vejle.example"),
                new Person("Carl Holm", "Direktør", Email: "carl@rm.example"),
                new Person("Dorte Lund", Email: "dorte.lund@rm.example"),
            ],
            document.Participants);
    }

    [Fact]
    public void A_long_list_of_numbered_participants_keeps_each_one_with_its_address()
    {
        var list = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"- Deltager Nummer{i} <deltager{i}@test.example>"));
        var document = Parse($"""
            # Dagsorden – Følgegruppen for test

            **Tid:** Onsdag den 16. december 2026 kl. 10.00–12.00
            **Sted:** Mødelokale 2

            **Deltagere:**

            {list}
            """ + Items, "big.md");

        Assert.Equal(40, document.Participants.Count);
        Assert.Equal(new Person("Deltager Nummer0", Email: "deltager0@test.example"), document.Participants[0]);
        Assert.Equal(new Person("Deltager Nummer39", Email: "deltager39@test.example"), document.Participants[39]);
    }

    [Fact]
    public void A_number_without_an_address_is_still_not_a_name()
    {
        Assert.Empty(PeopleParser.ParsePeople(["Lokale 12"]));
        Assert.Empty(PeopleParser.ParsePeople(["Mødelokale 2 <lokale2@rm.example>"]));
    }

    [Fact]
    public void A_comma_list_with_addresses_in_parentheses_keeps_each_address()
    {
        var document = Parse("""
            Dagsorden
            Følgegruppen for test

            Tid: Onsdag den 16. december 2026 kl. 10.00-12.00
            Sted: Mødelokale 2
            Deltagere: Anne Test (anne@test.example), Bo Test (bo@test.example)

            1. Godkendelse af dagsorden
            2. Eventuelt
            """, "t.txt");

        Assert.Equal([new Person("Anne Test", Email: "anne@test.example"), new Person("Bo Test", Email: "bo@test.example")], document.Participants);
    }

    [Theory]
    [InlineData("Anne Test <anne@test.example>, Bo Test <bo@test.example>")]
    [InlineData("Anne Test, anne@test.example, Bo Test, bo@test.example")]
    [InlineData("Anne Test – anne@test.example, Bo Test – bo@test.example")]
    [InlineData("Anne Test (anne@test.example) og Bo Test (bo@test.example)")]
    [InlineData("Anne Test <anne@test.example>; Bo Test <bo@test.example>")]
    public void Each_address_form_in_a_comma_list_stays_with_its_name(string line)
    {
        var people = PeopleParser.ParsePeople([line]);

        Assert.Equal([new Person("Anne Test", Email: "anne@test.example"), new Person("Bo Test", Email: "bo@test.example")], people);
    }

    [Fact]
    public void Organisation_and_address_in_parentheses_are_split_apart()
    {
        var people = PeopleParser.ParsePeople(["Anne Test (Vejle Kommune, anne@test.example), Bo Test (Region Midtjylland, bo@test.example)"]);

        Assert.Equal(
            [
                new Person("Anne Test", Organisation: "Vejle Kommune", Email: "anne@test.example"),
                new Person("Bo Test", Organisation: "Region Midtjylland", Email: "bo@test.example"),
            ],
            people);
    }

    [Fact]
    public void A_titled_person_among_addressed_names_is_one_entry_per_address()
    {
        var people = PeopleParser.ParsePeople(["Anne Test <anne@test.example>, Direktør Bo Test <bo@test.example>, Carl Test (carl@test.example)"]);

        Assert.Equal(
            [
                new Person("Anne Test", Email: "anne@test.example"),
                new Person("Bo Test", "Direktør", Email: "bo@test.example"),
                new Person("Carl Test", Email: "carl@test.example"),
            ],
            people);
    }

    [Theory]
    [InlineData("Anne Test <anne@test.example>")]
    [InlineData("Anne Test, anne@test.example")]
    [InlineData("Anne Test – anne@test.example")]
    [InlineData("Anne Test - anne@test.example")]
    [InlineData("Anne Test — anne@test.example")]
    [InlineData("Anne Test (anne@test.example)")]
    [InlineData("Anne Test anne@test.example")]
    [InlineData("- Anne Test <mailto:anne@test.example>")]
    public void One_person_per_line_keeps_the_name_apart_from_the_address(string line)
    {
        var people = PeopleParser.ParsePeople([line, "Bo Test"]);

        Assert.Equal(new Person("Anne Test", Email: "anne@test.example"), people[0]);
    }

    [Fact]
    public void Role_words_in_parentheses_go_to_the_role_next_to_an_address()
    {
        var people = PeopleParser.ParsePeople(
        [
            "- Anne Test (formand) <anne@test.example>",
            "- Bo Test (næstformand, bo@test.example)",
            "- Carl Test, Vejle Kommune, carl@test.example (referent)",
            "- Dorte Test (Region Midtjylland, formand) dorte@test.example",
        ]);

        Assert.Equal(
            [
                new Person("Anne Test", Email: "anne@test.example", Role: "formand"),
                new Person("Bo Test", Email: "bo@test.example", Role: "næstformand"),
                new Person("Carl Test", Organisation: "Vejle Kommune", Email: "carl@test.example", Role: "referent"),
                new Person("Dorte Test", Organisation: "Region Midtjylland", Email: "dorte@test.example", Role: "formand"),
            ],
            people);
    }

    [Fact]
    public void Chair_and_minute_taker_marked_in_a_bulleted_list_are_read()
    {
        var document = Parse("""
            **Tid:** 16. december 2026 kl. 10-12

            **Deltagere:**
            - Anne Test (formand) <anne@test.example>
            - Bo Test, Vejle Kommune <bo@test.example>
            - Carl Test (referent) <carl@test.example>
            """ + Items, "dagsorden.md");

        Assert.Equal(["Anne Test"], document.Chairs);
        Assert.Equal(["Carl Test"], document.MinuteTakers);
        Assert.Equal(["anne@test.example", "bo@test.example", "carl@test.example"], document.Participants.Select(p => p.Email));
    }

    [Fact]
    public void Plain_text_lines_under_a_label_on_its_own_line_are_participants_with_or_without_bullets()
    {
        var document = Parse("""
            Dagsorden
            Styregruppen for test

            Tid: 16. december 2026 kl. 10-12
            Sted: Rådhuset

            Deltagere:
            Anne Test <anne@test.example>
            Bo Test, Vejle Kommune, bo@test.example
            - Carl Test (carl@test.example)

            Afbud:
            Dorte Test – dorte@test.example
            - Erik Test (Region Midtjylland, erik@test.example)

            Gæster:
            • Frida Test <frida@test.example>

            1. Godkendelse af dagsorden
            2. Eventuelt
            """, "dagsorden.txt");

        Assert.Equal(
            [
                new Person("Anne Test", Email: "anne@test.example"),
                new Person("Bo Test", Organisation: "Vejle Kommune", Email: "bo@test.example"),
                new Person("Carl Test", Email: "carl@test.example"),
            ],
            document.Participants);
        Assert.Equal(
            [
                new AbsentPerson("Dorte Test", Email: "dorte@test.example"),
                new AbsentPerson("Erik Test", Organisation: "Region Midtjylland", Email: "erik@test.example"),
            ],
            document.Absent);
        Assert.Equal([new Person("Frida Test", Email: "frida@test.example")], document.Guests);
    }

    [Fact]
    public void Afbud_and_guest_comma_lists_keep_their_addresses()
    {
        var document = Parse("""
            Dagsorden
            Styregruppen for test

            Tid: 16. december 2026 kl. 10-12
            Deltagere: Anne Test <anne@test.example>, Bo Test <bo@test.example>
            Afbud: Carl Test (carl@test.example), Dorte Test (dorte@test.example)
            Gæster: Erik Test, erik@test.example, Frida Test, frida@test.example

            1. Godkendelse af dagsorden
            2. Eventuelt
            """, "dagsorden.txt");

        Assert.Equal(["anne@test.example", "bo@test.example"], document.Participants.Select(p => p.Email));
        Assert.Equal([new AbsentPerson("Carl Test", Email: "carl@test.example"), new AbsentPerson("Dorte Test", Email: "dorte@test.example")], document.Absent);
        Assert.Equal([new Person("Erik Test", Email: "erik@test.example"), new Person("Frida Test", Email: "frida@test.example")], document.Guests);
    }

    [Fact]
    public void An_html_list_under_a_bold_label_keeps_mailto_links_and_typed_addresses()
    {
        var document = Parse("""
            <h1>Dagsorden – Følgegruppen for test</h1>
            <p><strong>Tid:</strong> 16. december 2026 kl. 10-12</p>
            <p><strong>Deltagere:</strong></p>
            <ul>
              <li><a href="mailto:anne@test.example">Anne Test</a></li>
              <li>Bo Test, Vejle Kommune, &lt;bo@test.example&gt;</li>
              <li>Direktør Carl Test (carl@test.example)</li>
              <li>Dorte Test <dorte@test.example></li>
            </ul>
            <div><b>Afbud:</b><ul><li>Erik Test – <a href="mailto:erik@test.example">erik@test.example</a></li></ul></div>
            <h2>1. Godkendelse af dagsorden</h2>
            <h2>2. Eventuelt</h2>
            """, "dagsorden.html");

        Assert.Equal(
            [
                new Person("Anne Test", Email: "anne@test.example"),
                new Person("Bo Test", Organisation: "Vejle Kommune", Email: "bo@test.example"),
                new Person("Carl Test", "Direktør", Email: "carl@test.example"),
                new Person("Dorte Test", Email: "dorte@test.example"),
            ],
            document.Participants);
        Assert.Equal([new AbsentPerson("Erik Test", Email: "erik@test.example")], document.Absent);
    }

    [Fact]
    public void Markdown_mailto_links_and_html_mailto_anchors_keep_the_address()
    {
        var document = Parse("""
            # Dagsorden

            **Tid:** 16. december 2026 kl. 10-12

            **Deltagere:**

            - [Anne Test](mailto:anne@test.example)
            - <a href="mailto:bo@test.example">Bo Test</a>, Vejle Kommune
            """ + Items, "dagsorden.md");

        Assert.Equal(
            [
                new Person("Anne Test", Email: "anne@test.example"),
                new Person("Bo Test", Organisation: "Vejle Kommune", Email: "bo@test.example"),
            ],
            document.Participants);
    }

    [Fact]
    public void A_label_run_into_a_name_under_another_list_still_starts_that_list()
    {
        var document = Parse("""
            Dagsorden
            Styregruppen for test

            Tid: 16. december 2026 kl. 10-12
            Deltagere:
            - Anne Test <anne@test.example>
            - Bo Test <bo@test.example>
            Afbud fra Carl Test og Dorte Test

            1. Godkendelse af dagsorden
            2. Eventuelt
            """, "dagsorden.txt");

        Assert.Equal(["Anne Test", "Bo Test"], document.Participants.Select(p => p.Name));
        Assert.Equal(["Carl Test", "Dorte Test"], document.Absent.Select(p => p.Name));
    }

    [Fact]
    public void A_numbered_participant_list_is_not_taken_for_the_items()
    {
        var document = Parse("""
            # Dagsorden – Styregruppen

            **Tid:** 3. marts 2026 kl. 9-11

            **Deltagere:**

            1. Anne Test <anne@test.example>
            2. Bo Test, Vejle Kommune
            3. Carl Test (formand)

            ## 1. Velkomst
            ## 2. Eventuelt
            """, "dagsorden.md");

        Assert.Equal(["Velkomst", "Eventuelt"], document.Items.Select(i => i.Title));
        Assert.Equal(
            [
                new Person("Anne Test", Email: "anne@test.example"),
                new Person("Bo Test", Organisation: "Vejle Kommune"),
                new Person("Carl Test", Role: "formand"),
            ],
            document.Participants);
    }

    [Fact]
    public void An_html_ordered_list_of_participants_is_not_taken_for_the_items()
    {
        var document = Parse("""
            <h1>Dagsorden – Følgegruppen</h1>
            <p><b>Tid:</b> 3. marts 2026 kl. 9-11</p>
            <p><b>Deltagere:</b></p>
            <ol><li>Anne Test &lt;anne@test.example&gt;</li><li>Bo Test &lt;bo@test.example&gt;</li></ol>
            <h2>1. Godkendelse af dagsorden</h2>
            <h2>2. Eventuelt</h2>
            """, "dagsorden.html");

        Assert.Equal(["Godkendelse af dagsorden", "Eventuelt"], document.Items.Select(i => i.Title));
        Assert.Equal(["anne@test.example", "bo@test.example"], document.Participants.Select(p => p.Email));
    }

    [Fact]
    public void An_address_on_the_line_below_a_name_belongs_to_that_person()
    {
        var document = Parse("""
            Dagsorden
            Styregruppen for test

            Tid: 16. december 2026 kl. 10-12

            Deltagere:
            - Anne Test, Vejle Kommune
              anne@test.example
            - Bo Test
              Mail: bo@test.example
            - Carl Test

            Afbud:
            Dorte Test
            <dorte@test.example>

            1. Godkendelse af dagsorden
            2. Eventuelt
            """, "dagsorden.txt");

        Assert.Equal(
            [
                new Person("Anne Test", Organisation: "Vejle Kommune", Email: "anne@test.example"),
                new Person("Bo Test", Email: "bo@test.example"),
                new Person("Carl Test"),
            ],
            document.Participants);
        Assert.Equal([new AbsentPerson("Dorte Test", Email: "dorte@test.example")], document.Absent);
    }

    [Fact]
    public void A_list_longer_than_any_committee_still_keeps_every_address_up_to_the_limit()
    {
        var list = string.Join("\n", Enumerable.Range(0, 1200).Select(i => $"- Deltager Nummer{i} <deltager{i}@test.example>"));
        var document = Parse("**Tid:** 16. december 2026 kl. 10-12\n\n**Deltagere:**\n\n" + list + "\n" + Items, "big.md");

        Assert.Equal(PeopleParser.MaxPeoplePerList, document.Participants.Count);
        Assert.All(document.Participants, p => Assert.Equal(p.Name.Replace("Deltager Nummer", "deltager", StringComparison.Ordinal) + "@test.example", p.Email));
    }

    [Theory]
    [InlineData("Anne Holm <anne@test.example>, ")]
    [InlineData("Anne Holm (Vejle Kommune, anne@test.example) og ")]
    public void Almost_a_million_characters_of_addresses_end_within_a_second(string entry)
    {
        var text = "Dagsorden\nTid: 3. marts 2026 kl. 10\nDeltagere: " + string.Concat(Enumerable.Repeat(entry, 900_000 / entry.Length)) + "\n1. Godkendelse\n2. Eventuelt\n";
        AgendaFileParser.Parse(Fixtures.Utf8(Fixtures.SmallAgenda), "warm-up.txt");

        var outcome = TimeBound.Within(TimeSpan.FromSeconds(1), () => AgendaFileParser.Parse(Fixtures.Utf8(text), "dagsorden.txt"));

        Assert.IsType<ParseOutcome.Parsed>(outcome);
    }

    [Fact]
    public void A_bulleted_word_list_under_a_participant_label_keeps_the_addresses()
    {
        var docx = Fixtures.Docx(
        [
            ("Title", "Dagsorden – Følgegruppen for test", 0),
            (null, "Tid: 16. december 2026 kl. 10-12", 0),
            (null, "Deltagere:", 0),
            (null, "Anne Test <anne@test.example>", 1),
            (null, "Bo Test, Vejle Kommune, bo@test.example", 1),
            (null, "Direktør Carl Test (carl@test.example)", 1),
            ("Heading2", "Godkendelse af dagsorden", 0),
            ("Heading2", "Eventuelt", 0),
        ],
            decimalNumbering: false);

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(docx, "dagsorden.docx")).Document;

        Assert.Equal(
            [
                new Person("Anne Test", Email: "anne@test.example"),
                new Person("Bo Test", Organisation: "Vejle Kommune", Email: "bo@test.example"),
                new Person("Carl Test", "Direktør", Email: "carl@test.example"),
            ],
            document.Participants);
    }

    [Fact]
    public void A_name_linked_to_a_mailto_address_in_word_keeps_the_address()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var relationship = main.AddHyperlinkRelationship(new Uri("mailto:anne@test.example", UriKind.Absolute), isExternal: true);
            static W.Paragraph Text(string text) => new(new W.Run(new W.Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
            main.Document = new W.Document(new W.Body(
                Text("Dagsorden – Følgegruppen for test"),
                Text("Tid: 16. december 2026 kl. 10-12"),
                Text("Deltagere:"),
                new W.Paragraph(new W.Hyperlink(new W.Run(new W.RunProperties(new W.Underline { Val = W.UnderlineValues.Single }), new W.Text("Anne Test"))) { Id = relationship.Id }, new W.Run(new W.Text(", Vejle Kommune") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })),
                Text("Bo Test, Region Midtjylland"),
                Text("1. Godkendelse af dagsorden"),
                Text("2. Eventuelt")));
        }

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(stream.ToArray(), "dagsorden.docx")).Document;

        Assert.Equal(new Person("Anne Test", Organisation: "Vejle Kommune", Email: "anne@test.example"), document.Participants[0]);
        Assert.Equal("Bo Test", document.Participants[1].Name);
    }

    [Fact]
    public void A_participant_whose_name_starts_like_a_label_stays_in_the_list()
    {
        var document = Parse("""
            Dagsorden
            Følgegruppen for test

            Tid: 16. december 2026 kl. 10-12
            Deltagere:
            Deltager Nummer1 <deltager1@test.example>
            - Deltager Nummer2 <deltager2@test.example>

            Afbud:
            Afbud fra Carl Test

            1. Godkendelse af dagsorden
            2. Eventuelt
            """, "dagsorden.txt");

        Assert.Equal(
            [new Person("Deltager Nummer1", Email: "deltager1@test.example"), new Person("Deltager Nummer2", Email: "deltager2@test.example")],
            document.Participants);
        Assert.Equal(["Carl Test"], document.Absent.Select(a => a.Name));
    }

    [Fact]
    public void What_follows_an_address_up_to_the_next_comma_belongs_to_the_same_person()
    {
        var people = PeopleParser.ParsePeople(["Anne Test (formand, anne@test.example), Bo Test (bo@test.example) – Vejle Kommune, Carl Test <carl@test.example>, næstformand"]);

        Assert.Equal(
            [
                new Person("Anne Test", Email: "anne@test.example", Role: "formand"),
                new Person("Bo Test", Organisation: "Vejle Kommune", Email: "bo@test.example"),
                new Person("Carl Test", Email: "carl@test.example", Role: "næstformand"),
            ],
            people);
    }

    [Fact]
    public void Items_right_under_an_empty_participant_label_stay_items()
    {
        var document = Parse("""
            Dagsorden
            Følgegruppen for test

            Tid: 16. december 2026 kl. 10-12
            Deltagere:

            1. Status Projekt Sundhed
            2. Eventuelt
            """, "dagsorden.txt");

        Assert.Equal(["Status Projekt Sundhed", "Eventuelt"], document.Items.Select(i => i.Title));
        Assert.Empty(document.Participants);
    }
}
