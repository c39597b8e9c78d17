using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

public class ParticipantFormTests
{
    [Fact]
    public void Title_name_runs_are_grouped_by_the_underlined_organisation()
    {
        var line = $"{OrganisationMarker.Open}Hospitalsenhed Midt{OrganisationMarker.Close} Hospitalsdirektør Thomas Balle Kristensen (medformand) Sygeplejefaglig direktør Mette Fjord Nielsen {OrganisationMarker.Open}Skive Kommune{OrganisationMarker.Close} Social- og arbejdsmarkedsdirektør Lars Harder Lægefaglig direktør Phuong le Reisia";

        var people = PeopleParser.ParsePeople([line]);

        Assert.Equal(
            [
                new Person("Thomas Balle Kristensen", "Hospitalsdirektør", "Hospitalsenhed Midt", Role: "medformand"),
                new Person("Mette Fjord Nielsen", "Sygeplejefaglig direktør", "Hospitalsenhed Midt"),
                new Person("Lars Harder", "Social- og arbejdsmarkedsdirektør", "Skive Kommune"),
                new Person("Phuong le Reisia", "Lægefaglig direktør", "Skive Kommune"),
            ],
            people);
    }

    [Fact]
    public void A_title_with_a_comma_keeps_the_name_after_it()
    {
        var person = PeopleParser.ParsePerson("Praksiskonsulent, PLO-M, Henrik Driss Kise");

        Assert.Equal(new Person("Henrik Driss Kise", "Praksiskonsulent, PLO-M"), person);
    }

    [Fact]
    public void Name_title_organisation_email_and_role_are_read_from_one_line()
    {
        var person = PeopleParser.ParsePerson("Marianne Holst, Direktør, Region Midtjylland <marianne.holst@rm.example> (formand)");

        Assert.Equal(new Person("Marianne Holst", "Direktør", "Region Midtjylland", "marianne.holst@rm.example", "formand"), person);
    }

    [Fact]
    public void A_comma_list_of_names_gives_one_participant_per_name()
    {
        var people = PeopleParser.ParsePeople(["Anette Ørbæk Andersen, Lone Rasmussen, René G. Nielsen og Kate Bøgh"]);

        Assert.Equal(["Anette Ørbæk Andersen", "Lone Rasmussen", "René G. Nielsen", "Kate Bøgh"], people.Select(p => p.Name));
    }

    [Fact]
    public void Name_and_organisation_lines_keep_their_organisation()
    {
        var people = PeopleParser.ParsePeople(["Lars Hulbæk, MedCom", "Mathias Boberg Christensen, Danske Regioner", "Freja Orloff Mortensen, Indenrigs- og Sundhedsministeriet (referent)"]);

        Assert.Equal(
            [
                new Person("Lars Hulbæk", Organisation: "MedCom"),
                new Person("Mathias Boberg Christensen", Organisation: "Danske Regioner"),
                new Person("Freja Orloff Mortensen", Organisation: "Indenrigs- og Sundhedsministeriet", Role: "referent"),
            ],
            people);
    }

    [Fact]
    public void A_vacant_seat_is_not_a_person()
    {
        Assert.Empty(PeopleParser.ParsePeople(["Sundheds- og omsorgschef Silkeborg Kommune (vakant)"]));
    }

    [Fact]
    public void A_participant_table_row_becomes_a_participant_with_email()
    {
        var docx = Fixtures.Docx(
            [("Heading2", "1. Godkendelse af dagsorden", 0), ("Heading2", "2. Eventuelt", 0)],
            [("Tid", ["4. maj 2026 kl. 10-12"]), ("Deltagere", ["Sofie Dahl, Sundhedschef, Randers Kommune <sofie.dahl@randers.example>", "Ole Brandt, Socialdirektør, Viborg Kommune"])]);

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(docx, "dagsorden.docx")).Document;

        Assert.Equal(new Person("Sofie Dahl", "Sundhedschef", "Randers Kommune", "sofie.dahl@randers.example"), document.Participants[0]);
        Assert.Equal("Ole Brandt", document.Participants[1].Name);
    }

    [Fact]
    public void Afbud_with_a_substitute_names_both()
    {
        var absent = AbsentReader.Read(["Ole Brandt, Viborg Kommune (stedfortræder: Lise Holm)"]);

        Assert.Equal([new AbsentPerson("Ole Brandt", Organisation: "Viborg Kommune", Substitute: "Lise Holm")], absent);
    }

    [Fact]
    public void Attendance_sentences_in_minutes_give_absences_substitutes_and_no_shows()
    {
        var absent = AttendanceSentences.Find(
        [
            "Alle var mødt, undtagen Hanne Roed og Steen Jakobsen, der havde meldt afbud.",
            "Mette Kvist havde meldt afbud, og Lise Holm deltog i stedet.",
            "Peter Borup udeblev uden afbud.",
        ]);

        Assert.Equal(
            [
                new AbsentPerson("Hanne Roed"),
                new AbsentPerson("Steen Jakobsen"),
                new AbsentPerson("Mette Kvist", Substitute: "Lise Holm"),
                new AbsentPerson("Peter Borup", SentApologies: false),
            ],
            absent);
    }

    [Fact]
    public void Participants_who_sent_afbud_are_not_listed_as_participants()
    {
        var text = Fixtures.SmallAgenda + "\nReferat\nAlle var mødt, undtagen Steen Jakobsen, der havde meldt afbud.\n";

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Fixtures.Utf8(text), "dagsorden.txt")).Document;

        Assert.Equal(["Hanne Roed"], document.Participants.Select(p => p.Name));
        Assert.Equal(["Steen Jakobsen"], document.Absent.Select(p => p.Name));
    }

    [Fact]
    public void Attendance_written_as_sentences_in_the_header_is_read()
    {
        var text = """
            Referat arbejdsgruppemøde 26. januar 2017

            Til stede var Formand Frank Hulgaard og kursisterne Louisa Carlsen og Jørn Bæk.

            Afbud fra Mogens Petterson, Arne Jensen og Karen Moldrup

            1. Seminaret
            2. Eventuelt
            """;

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Fixtures.Utf8(text), "referat.txt")).Document;

        Assert.Equal(["Frank Hulgaard", "Louisa Carlsen", "Jørn Bæk"], document.Participants.Select(p => p.Name));
        Assert.Equal(["Mogens Petterson", "Arne Jensen", "Karen Moldrup"], document.Absent.Select(p => p.Name));
        Assert.Equal(new DateOnly(2017, 1, 26), document.Date);
        Assert.Equal(DocumentKind.Minutes, document.Kind);
    }

    [Fact]
    public void A_status_column_in_a_participant_table_marks_afbud()
    {
        var html = """
            <h1>Dagsorden: Styregruppen</h1>
            <p>Tid: 7. maj 2026 kl. 9-11</p>
            <table>
            <tr><th>Navn</th><th>Organisation</th><th>Rolle</th></tr>
            <tr><td>Anne Holm</td><td>Aarhus Kommune</td><td>Formand</td></tr>
            <tr><td>Bo Berg</td><td>Region Midtjylland</td><td>Afbud</td></tr>
            </table>
            <h2>1. Velkomst</h2><h2>2. Eventuelt</h2>
            """;

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Fixtures.Utf8(html), "dagsorden.html")).Document;

        Assert.Equal([new Person("Anne Holm", Organisation: "Aarhus Kommune", Role: "formand")], document.Participants);
        Assert.Equal(["Anne Holm"], document.Chairs);
        Assert.Equal([new AbsentPerson("Bo Berg", Organisation: "Region Midtjylland")], document.Absent);
    }

    [Fact]
    public void Afbud_noted_under_the_first_item_counts_as_absent()
    {
        var text = Fixtures.SmallAgenda.Replace("1. Godkendelse af dagsorden\n", "1. Godkendelse af dagsorden\nAfbud: Steen Jakobsen\n", StringComparison.Ordinal);

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Fixtures.Utf8(text), "referat.txt")).Document;

        Assert.Equal(["Steen Jakobsen"], document.Absent.Select(a => a.Name));
        Assert.Equal(["Hanne Roed"], document.Participants.Select(p => p.Name));
    }

    [Fact]
    public void A_guest_marked_in_the_participant_list_is_a_guest()
    {
        var text = Fixtures.SmallAgenda.Replace("Steen Jakobsen, Region Nordjylland", "Steen Jakobsen, Region Nordjylland (gæst)", StringComparison.Ordinal);

        var document = Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Fixtures.Utf8(text), "dagsorden.txt")).Document;

        Assert.Equal(["Hanne Roed"], document.Participants.Select(p => p.Name));
        Assert.Equal([new Person("Steen Jakobsen", Organisation: "Region Nordjylland")], document.Guests);
    }
}
