using System.Globalization;
using AgendaFlow.Core.Attendance;
using CsvHelper;
using CsvHelper.Configuration;

namespace AgendaFlow.Core.Summaries;

/// <summary>
/// The summary's table as CSV, semicolon-separated as Danish Excel opens it: a line per seat, then after a blank
/// line the same figures and quorum as the mail and the page. A value that starts like a formula is escaped, so a
/// name from a document cannot become one when the secretariat opens the file.
/// </summary>
public static class AttendanceCsv
{
    public static string Write(AttendanceOverview overview)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            NewLine = "\r\n",
            InjectionOptions = InjectionOptions.Escape,
        };
        using (var csv = new CsvWriter(text, config))
        {
            void Row(params string?[] fields)
            {
                foreach (var field in fields)
                {
                    csv.WriteField(field ?? "");
                }

                csv.NextRecord();
            }

            Row("Navn", "Organisation", "E-mail", "Status", "Stedfortræder", "Svaret");
            foreach (var seat in overview.Seats)
            {
                Row(seat.Member.Name, seat.Member.Organisation, seat.Member.Email, AttendanceText.Status(seat), AttendanceText.StandIn(seat), AttendanceText.When(seat));
            }

            csv.NextRecord();
            foreach (var (label, value) in AttendanceText.Figures(overview.Counts))
            {
                Row(label, value.ToString(CultureInfo.InvariantCulture));
            }

            Row("Beslutningsdygtig", overview.IsQuorate ? "ja" : "nej");
        }

        return text.ToString();
    }
}
