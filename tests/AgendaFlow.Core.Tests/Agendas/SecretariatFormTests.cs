using System.Text;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

/// <summary>The forms of the agendas-wide set, each in a small document of its own words.</summary>
public class SecretariatFormTests
{
    private static AgendaDocument Parse(string text, string fileName) =>
        Assert.IsType<ParseOutcome.Parsed>(AgendaFileParser.Parse(Encoding.UTF8.GetBytes(text), fileName)).Document;

    private static string Rejected(string text, string fileName) =>
        Assert.IsType<ParseOutcome.Rejected>(AgendaFileParser.Parse(Encoding.UTF8.GetBytes(text), fileName)).Reason;

    private const string TwoItems = "\n\n1. Godkendelse af dagsorden\n2. Eventuelt\n";

    [Fact]
    public void Label_rows_with_start_and_end_timestamps_give_the_meeting_times_and_a_publication_date_is_not_the_meeting_date()
    {
        var document = Parse("""
            <html><body>
            <div>Dagsorden</div>
            <div>Offentliggjort: 01-03-2027 08:00:00</div>
            <table>
            <tr><td>UDVALG</td><td>Teknik- og Miljøudvalget</td></tr>
            <tr><td>STED</td><td>Byrådssalen</td></tr>
            <tr><td>STARTTIDSPUNKT</td><td>08-03-2027 16:00:00</td></tr>
            <tr><td>SLUTTIDSPUNKT</td><td>08-03-2027 18:15:00</td></tr>
            </table>
            <h3>MEDLEMMER</h3><ul><li>Hanne Bro (A), formand</li><li>Ole Lund (V)</li></ul>
            <h2>1. Godkendelse af dagsorden</h2><h2>2. Eventuelt</h2>
            </body></html>
            """, "dagsorden.html");

        Assert.Equal("Teknik- og Miljøudvalget", document.Title);
        Assert.Equal(new DateOnly(2027, 3, 8), document.Date);
        Assert.Equal((new TimeOnly(16, 0), new TimeOnly(18, 15)), (document.Start!.Value, document.End!.Value));
        Assert.Empty(document.Review.Intersect([ReviewField.Date, ReviewField.Start, ReviewField.End]));
    }

    [Fact]
    public void A_meeting_over_two_days_ends_at_the_time_on_the_second_day()
    {
        var document = Parse("Program\n\nTid: Mandag den 7. juni 2027 kl. 9.00 til tirsdag den 8. juni 2027 kl. 15.30\nSted: Kursuscentret" + TwoItems, "program.txt");

        Assert.Equal(new DateOnly(2027, 6, 7), document.Date);
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(15, 30)), (document.Start!.Value, document.End!.Value));
    }

    [Fact]
    public void An_evening_meeting_that_runs_past_midnight_keeps_its_end()
    {
        var document = Parse("Referat\n\nDato: 2. oktober 2027\nTid: Kl. 20.00 – 00.45\nSted: Rådhuset" + TwoItems, "referat.txt");

        Assert.Equal((new TimeOnly(20, 0), new TimeOnly(0, 45)), (document.Start!.Value, document.End!.Value));
    }

    [Fact]
    public void A_date_in_prose_without_a_year_takes_the_year_from_the_mail_and_is_listed_for_review()
    {
        var document = Parse("""
            Fra: Karen Dahl <kd@kommune.example>
            Sendt: 14. april 2027 10:02
            Emne: Dagsorden til møde i styregruppen for sundhedsdata

            Hej alle,

            Her er dagsordenen til mødet onsdag d. 21/4 kl. 13-14.30 i mødelokale 3.

            1) Velkomst (5 min)
            2) Status på datadeling
            3) Evt.

            Deltagere: Karen Dahl (formand), Mikkel Storm, Tina Vang og Peter Holt.

            -----Oprindelig meddelelse-----
            Fra: Karen Dahl
            Sendt: 2. januar 2027 09:00
            Vi mødes 21/4, 9/6 og 1/9.
            """, "mail.txt");

        Assert.Equal(new DateOnly(2027, 4, 21), document.Date);
        Assert.Equal((new TimeOnly(13, 0), new TimeOnly(14, 30)), (document.Start!.Value, document.End!.Value));
        Assert.Contains("styregruppen for sundhedsdata", document.Title, StringComparison.Ordinal);
        Assert.Equal("Velkomst", document.Items[0].Title);
        Assert.Equal(["Karen Dahl", "Mikkel Storm", "Tina Vang", "Peter Holt"], document.Participants.Select(p => p.Name));
        Assert.Equal(["Karen Dahl"], document.Chairs);
        Assert.Contains(ReviewField.Date, document.Review);
        Assert.Contains(ReviewField.Participants, document.Review);
    }

    [Fact]
    public void An_invitation_whose_only_date_is_a_reply_deadline_is_refused_for_want_of_a_meeting_date()
    {
        var reason = Rejected("""
            # Invitation: Netværksmøde om trivsel

            Datoen fastlægges, når alle har svaret. Svar venligst senest mandag den 3. maj 2027.

            **Sted:** Sundhedshuset

            1. Velkomst
            2. Formål med netværket
            3. Eventuelt
            """, "invitation.md");

        Assert.Equal(AgendaTextParser.NoDateReason, reason);
    }

    [Fact]
    public void A_stand_in_line_names_the_absent_member_and_brings_the_stand_in_to_the_meeting()
    {
        var document = Parse("""
            Beslutningsprotokol

            Mødedato: 12-05-2027
            Mødetidspunkt: 16.00-18.00
            Mødested: Mødelokale 2

            Medlemmer: Lise Kro (V), formand
                       Bent Ravn (A)
                       Asger Mølby (O)

            Fraværende: Asger Mølby (O)
            Stedfortræder: Jytte Holm (O) for Asger Mølby (O)

            Punkt 12   Godkendelse af dagsorden
            Punkt 13   Budgetopfølgning
            """, "protokol.txt");

        Assert.Equal(DocumentKind.Minutes, document.Kind);
        Assert.Equal([new AbsentPerson("Asger Mølby", Substitute: "Jytte Holm")], document.Absent.Select(a => a with { Organisation = null }));
        Assert.Contains(document.Participants, p => p.Name == "Jytte Holm");
        Assert.Equal(["12", "13"], document.Items.Select(i => i.Number));
    }

    [Fact]
    public void A_stand_in_called_in_on_the_afbud_line_is_the_absent_members_substitute()
    {
        var document = Parse("Dagsorden\n\nMødedato: 4. marts 2027 kl. 15\nMødested: Salen\nMedlemmer: Ib Ask (V), Ulla Dam (C)\nAfbud: Ulla Dam (C). Stedfortræder Mads Kjær (C) er indkaldt." + TwoItems, "dagsorden.txt");

        Assert.Equal("Mads Kjær", Assert.Single(document.Absent).Substitute);
        Assert.Equal(["Ib Ask", "Mads Kjær"], document.Participants.Select(p => p.Name));
    }

    [Fact]
    public void Members_in_tab_separated_cells_after_the_label_are_all_participants()
    {
        var document = Parse("Dagsorden\n\nMødedato:\t4. marts 2027 kl. 15\nMedlemmer:\tIb Ask (V), formand\tUlla Dam (C)\tMads Kjær (A)" + TwoItems, "dagsorden.txt");

        Assert.Equal(["Ib Ask", "Ulla Dam", "Mads Kjær"], document.Participants.Select(p => p.Name));
        Assert.Equal(["Ib Ask"], document.Chairs);
    }

    [Fact]
    public void Group_prefixes_and_comma_lists_of_titled_people_give_each_person_once()
    {
        var document = Parse("""
            Referat

            Tid: 9. september 2027 kl. 18.00-21.00
            Sted: Rådhuset

            Til stede:
              Udvalget: Borgmester Lone Vig (V), formand · Hans Bro (A) · Kim Eg (C)
              Administrationen: Kommunaldirektør Eva Lind, økonomichef Bo Friis, budgetkonsulent Siv Hald (referent)

            1. Godkendelse af dagsorden
            2. Budget
            """, "referat.txt");

        Assert.Equal(["Lone Vig", "Hans Bro", "Kim Eg", "Eva Lind", "Bo Friis", "Siv Hald"], document.Participants.Select(p => p.Name));
        Assert.Equal(["Lone Vig"], document.Chairs);
        Assert.Equal(["Siv Hald"], document.MinuteTakers);
    }

    [Fact]
    public void Mentions_and_honorifics_are_not_part_of_a_name_and_an_english_apology_names_the_alternate()
    {
        var document = Parse("""
            # Minutes: Steering group on registries

            **Date:** 25 May 2027, 14:00-15:00
            **Venue:** Room 2
            **Participants:** @Anna Berg; @Omar Sahl; Dr. Ivo Lind; @Eva Toft (referent)
            **Apologies:** Dr. Jon Fisk (University Hospital), represented by Dr. Ivo Lind; Ulla Moe (Institute of Health)

            1. Approval of the agenda
            2. Any other business
            """, "minutes.md");

        Assert.Equal(["Anna Berg", "Omar Sahl", "Ivo Lind", "Eva Toft"], document.Participants.Select(p => p.Name));
        Assert.Equal(["Eva Toft"], document.MinuteTakers);
        Assert.Equal([("Jon Fisk", "Ivo Lind"), ("Ulla Moe", (string?)null)], document.Absent.Select(a => (a.Name, a.Substitute)));
    }

    [Fact]
    public void An_agenda_table_is_read_by_its_column_headings_with_the_discussion_under_each_item()
    {
        var document = Parse("""
            <html><body><h1>Referat</h1><p>Mødedato: 20. april 2027 kl. 9-11</p><p>Sted: Lokale 2</p><p>Til stede: Anne Bak, Ole Dam og Eva Ring</p>
            <table>
            <tr><th>Nr.</th><th>Punkt</th><th>Drøftelse og beslutning</th><th>Ansvarlig</th></tr>
            <tr><td>1</td><td>Godkendelse af dagsorden</td><td>Godkendt.</td><td>Anne Bak</td></tr>
            <tr><td>2</td><td>Status på projektet</td><td>Ole Dam orienterede.<br>Beslutning: Taget til efterretning.</td><td>Ole Dam</td></tr>
            </table></body></html>
            """, "referat.html");

        Assert.Equal(["Godkendelse af dagsorden", "Status på projektet"], document.Items.Select(i => i.Title));
        Assert.Equal(["Ole Dam"], document.Items[1].Presenters);
        Assert.Contains("Taget til efterretning", document.Items[1].Decision ?? string.Join(" ", document.Items[1].Sections.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_programme_with_the_time_before_each_item_gives_the_items_their_times_and_presenters_without_titles()
    {
        var document = Parse("Program\n\nTid: 22. april 2027 kl. 10.00-12.00\nSted: Hotellet\nDeltagere: Anja Lind, Bo Holm og Sif Dam\n\n10.00–10.30\t1. Velkomst\nv/ formand Anja Lind\n10.30–12.00\t2. Oplæg om data\nv/ professor Bo Holm, Aarhus Universitet\n", "program.txt");

        Assert.Equal([("1", "Velkomst", "10:00"), ("2", "Oplæg om data", "10:30")], document.Items.Select(i => (i.Number, i.Title, i.Start!.Value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal([["Anja Lind"], ["Bo Holm"]], document.Items.Select(i => i.Presenters.ToArray()));
    }

    [Fact]
    public void An_address_that_does_not_fit_its_name_is_listed_for_review_and_fitting_ones_are_not()
    {
        const string Header = "Dagsorden\n\nTid: 3. marts 2027 kl. 10-12\nSted: Rådhuset\nDeltagere:\n";
        var fitting = Parse(Header + "Else Marie Vestergaard <emv@raad.example>\nSøren Ørum <soren.orum@raad.example>\nLene Fogh <lefo@raad.example>" + TwoItems, "dagsorden.txt");
        var strange = Parse(Header + "Else Marie Vestergaard <emv@raad.example>\nSøren Ørum <kim.bech@raad.example>" + TwoItems, "dagsorden.txt");

        Assert.DoesNotContain(ReviewField.Emails, fitting.Review);
        Assert.Contains(ReviewField.Emails, strange.Review);
    }

    [Fact]
    public void A_document_with_labelled_date_time_place_and_members_needs_no_review()
    {
        var document = Parse("Dagsorden for Ældrerådet\n\nDato: 3. marts 2027\nTid: 10.00-12.00\nSted: Rådhuset\nDeltagere: Anne Bak, Ole Dam og Eva Ring" + TwoItems, "dagsorden.txt");

        Assert.Empty(document.Review);
    }

    [Fact]
    public void Item_case_numbers_in_a_definition_list_belong_to_their_item()
    {
        var document = Parse("""
            <html><body><p>Dagsorden</p><p>Mødedato: 3. marts 2027 kl. 15</p><p>Sted: Salen</p>
            <h2>1. Skolestruktur</h2><dl><dt>Sagsnr.</dt><dd>17.01.00-G01-3-26</dd><dt>Sagsansvarlig</dt><dd>Eva Ring</dd></dl><h3>Indstilling</h3><p>At planen godkendes.</p>
            <h2>2. Eventuelt</h2></body></html>
            """, "dagsorden.html");

        Assert.Equal("17.01.00-G01-3-26", document.Items[0].CaseNumber);
    }
}
