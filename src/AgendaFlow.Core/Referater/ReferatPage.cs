using System.Text;
using AgendaFlow.Core.Agendas;
using AgendaFlow.Core.Danish;
using AgendaFlow.Core.Rendering;
using AgendaFlow.Core.Scheduling;

namespace AgendaFlow.Core.Referater;

/// <summary>
/// The public page of one referat: one h1, h2 for the parts (Mødeoplysninger, Deltagelse, Punkter), h3 per item,
/// h4 for an item's sections. Every piece of document text is HTML-encoded; nothing is taken over as markup.
/// </summary>
public static class ReferatPage
{
    /// <param name="site">The site it is published on; the page sits one folder below its root.</param>
    public static string Render(PublishedReferat referat, ReferatSite? site = null)
    {
        var d = referat.Document;
        var html = new StringBuilder();
        html.Append(Breadcrumbs.Render($"Referat, {DanishText.ShortDate(referat.Date)}", ("../index.html", "Alle udvalg"), ("index.html", referat.CommitteeName)));
        html.Append("<h1>Referat: ").Append(HtmlText.Encode(d.Title)).Append("</h1>\n");
        html.Append("<div class=\"alert alert-").Append(referat.Corrected is null ? "success" : "info").Append("\">\n<div class=\"alert-body\">\n<p class=\"alert-text\">")
            .Append(HtmlText.Encode(ApprovalLine(referat))).Append("</p>\n</div>\n</div>\n");

        html.Append("<h2>Mødeoplysninger</h2>\n<dl>\n");
        Term(html, "Udvalg", referat.CommitteeName);
        Term(html, "Tidspunkt", DanishText.DateAndTime(referat.Date, d.Start, d.End));
        Term(html, "Sted", d.Location);
        Term(html, d.Chairs.Count > 1 ? "Mødeledere" : "Mødeleder", DanishText.JoinList(d.Chairs));
        Term(html, d.MinuteTakers.Count > 1 ? "Referenter" : "Referent", DanishText.JoinList(d.MinuteTakers));
        Term(html, "Offentliggjort", DanishText.ShortDate(LocalDate(referat.Published)));
        html.Append("</dl>\n");

        Attendance(html, d);

        html.Append("<h2>Punkter</h2>\n");
        foreach (var item in d.Items)
        {
            Item(html, item);
        }

        return PageLayout.Render($"Referat: {d.Title}, {DanishText.ShortDate(referat.Date)}", html.ToString(), (site ?? ReferatSite.Relative).Frame(1));
    }

    /// <summary>What the page is: approved (on the day named, if one is), published, and corrected when it was.</summary>
    public static string ApprovalLine(PublishedReferat referat)
    {
        var line = (referat.ApprovedOn is { } on ? $"Godkendt den {DanishText.ShortDate(on)}" : "Godkendt") +
                   $" og offentliggjort den {DanishText.ShortDate(LocalDate(referat.Published))}.";
        return referat.Corrected is { } corrected
            ? $"Rettet den {DanishText.ShortDate(LocalDate(corrected))}: referatet er offentliggjort igen med rettelser. {line}"
            : line;
    }

    /// <summary>The attendance part, from the document's own participant and absence lists.</summary>
    private static void Attendance(StringBuilder html, AgendaDocument d)
    {
        html.Append("<h2>Deltagelse</h2>\n");
        var withApologies = d.Absent.Where(a => a.SentApologies).ToList();
        var stayedAway = d.Absent.Where(a => !a.SentApologies).ToList();
        var sentence = new List<string>();
        if (withApologies.Count > 0)
        {
            var plain = withApologies.Where(a => a.Substitute is null).Select(a => a.Name).ToList();
            if (plain.Count > 0)
            {
                sentence.Add($"{DanishText.JoinList(plain)} havde meldt afbud.");
            }

            sentence.AddRange(withApologies.Where(a => a.Substitute is not null).Select(a => $"{a.Name} havde meldt afbud, og {a.Substitute} deltog i stedet."));
        }

        if (stayedAway.Count > 0)
        {
            sentence.Add($"{DanishText.JoinList(stayedAway.Select(a => a.Name))} udeblev uden afbud.");
        }

        if (sentence.Count > 0)
        {
            html.Append("<p>").Append(HtmlText.Encode(string.Join(" ", sentence))).Append("</p>\n");
        }

        People(html, "Deltagere", d.Participants.Select(PersonText));
        People(html, "Afbud", withApologies.Select(a => a.Substitute is { } s ? $"{AbsentText(a)} (i stedet deltog {s})" : AbsentText(a)));
        People(html, "Udeblev uden afbud", stayedAway.Select(AbsentText));
        People(html, "Gæster", d.Guests.Select(PersonText));
    }

    private static void Item(StringBuilder html, AgendaItem item)
    {
        html.Append("<section>\n<h3>").Append(HtmlText.Encode($"{item.Number}. {item.Title}")).Append("</h3>\n");
        var facts = new List<(string, string?)>
        {
            ("Tid", DanishText.TimeRange(item.Start, item.End) is { Length: > 0 } t ? t : null),
            ("Ved", item.Presenters.Count > 0 ? DanishText.JoinList(item.Presenters) : null),
            ("Sagsnr.", item.CaseNumber),
            ("Status", item.Status),
        };
        if (facts.Any(f => f.Item2 is not null))
        {
            html.Append("<dl>\n");
            foreach (var (label, value) in facts)
            {
                Term(html, label, value);
            }

            html.Append("</dl>\n");
        }

        foreach (var section in item.Sections.Where(s => !IsAttachments(s) && !IsDecision(item, s) && s.Text.Trim().Length > 0))
        {
            // "Tekst" is the parser's name for text under no heading: it gets none here either.
            if (section.Heading != "Tekst")
            {
                html.Append("<h4>").Append(HtmlText.Encode(section.Heading)).Append("</h4>\n");
            }

            html.Append(HtmlBlocks.Paragraphs(section.Text));
        }

        if (item.Decision is { Length: > 0 } decision)
        {
            html.Append("<h4>Beslutning</h4>\n").Append(HtmlBlocks.Paragraphs(decision));
        }

        if (item.NotPresentForItem.Count > 0)
        {
            html.Append("<p>").Append(HtmlText.Encode($"{DanishText.JoinList(item.NotPresentForItem)} deltog ikke i behandlingen af punktet.")).Append("</p>\n");
        }

        if (item.Attachments.Count > 0)
        {
            html.Append("<h4>Bilag</h4>\n<ul>\n");
            foreach (var attachment in item.Attachments)
            {
                html.Append("<li>").Append(HtmlBlocks.Attachment(attachment)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static bool IsAttachments(ItemSection s) => s.Heading.StartsWith("bilag", StringComparison.OrdinalIgnoreCase);

    private static bool IsDecision(AgendaItem item, ItemSection s) =>
        item.Decision is { } decision && s.Text.Trim().Length > 0 && decision.Contains(s.Text.Trim(), StringComparison.Ordinal)
        || s.Heading.StartsWith("beslutning", StringComparison.OrdinalIgnoreCase);

    private static void People(StringBuilder html, string heading, IEnumerable<string> people)
    {
        var list = people.ToList();
        if (list.Count == 0)
        {
            return;
        }

        html.Append("<h3>").Append(HtmlText.Encode(heading)).Append("</h3>\n<ul>\n");
        foreach (var p in list)
        {
            html.Append("<li>").Append(HtmlText.Encode(p)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string PersonText(Person p)
    {
        var text = p.Title is { Length: > 0 } title ? $"{p.Name}, {title}" : p.Name;
        text = p.Organisation is { Length: > 0 } org ? $"{text}, {org}" : text;
        return p.Role is { Length: > 0 } role ? $"{text} ({role})" : text;
    }

    private static string AbsentText(AbsentPerson p) =>
        PersonText(new Person(p.Name, p.Title, p.Organisation));

    private static void Term(StringBuilder html, string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        html.Append("<dt>").Append(HtmlText.Encode(label)).Append("</dt><dd>").Append(HtmlText.Encode(value)).Append("</dd>\n");
    }

    internal static DateOnly LocalDate(DateTimeOffset instant) => CopenhagenTime.DateOf(instant);
}
