using System.Globalization;
using AgendaFlow.Core.Input;

namespace AgendaFlow.Core.Meetings;

/// <summary>
/// The chair's corrections from the check page applied to the meeting as understood. Every value passes the input
/// types first; the first refusal names its field in Danish and nothing is changed.
/// </summary>
public static class ChairCorrection
{
    public const string Date = "dato";
    public const string Start = "start";
    public const string End = "slut";
    public const string Location = "sted";
    public const string Count = "antal";
    public const string NewName = "nyt-navn";
    public const string NewEmail = "ny-email";

    public static string Name(int i) => $"navn{i}";

    public static string Email(int i) => $"email{i}";

    public static string Remove(int i) => $"fjern{i}";

    /// <param name="checkedBy">The chair's address, kept with the revision.</param>
    public static (Meeting? Meeting, InputRefusal? Refusal) Apply(Meeting understood, IReadOnlyDictionary<string, string?> form, string checkedBy)
    {
        string Value(string key) => form.TryGetValue(key, out var v) ? (v ?? "").Trim() : "";

        if (!TryDate(Value(Date), out var date))
        {
            return Refuse("Mødedato", Date, "Skriv datoen som dd-mm-åååå, fx 09-03-2027.");
        }

        if (!TryTime(Value(Start), out var start))
        {
            return Refuse("Starttidspunkt", Start, "Skriv tidspunktet som tt:mm, fx 09:00, eller lad feltet stå tomt.");
        }

        if (!TryTime(Value(End), out var end))
        {
            return Refuse("Sluttidspunkt", End, "Skriv tidspunktet som tt:mm, fx 11:00, eller lad feltet stå tomt.");
        }

        var location = Value(Location);
        if (UnsafeCharacters.Any(location) || location.Length > 300)
        {
            return Refuse("Mødested", Location, "Mødestedet skal være én linje tekst på højst 300 tegn.");
        }

        var participants = new List<Invitee>();
        var count = int.TryParse(Value(Count), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Min(n, understood.Participants.Count) : 0;
        for (var i = 0; i < count; i++)
        {
            if (Value(Remove(i)) == "ja")
            {
                continue;
            }

            var (person, refusal) = Read(Value(Name(i)), Value(Email(i)), $"Deltager {i + 1}", (Name(i), Email(i)), understood.Participants[i]);
            if (refusal is not null)
            {
                return (null, refusal);
            }

            participants.Add(person!);
        }

        if (Value(NewName).Length > 0 || Value(NewEmail).Length > 0)
        {
            var (added, refusal) = Read(Value(NewName), Value(NewEmail), "Ny deltager", (NewName, NewEmail), null);
            if (refusal is not null)
            {
                return (null, refusal);
            }

            participants.Add(added!);
        }

        participants = participants.DistinctBy(p => p.Key, StringComparer.OrdinalIgnoreCase).ToList();
        if (!participants.Any(p => p.Email is not null))
        {
            return Refuse("Deltagere", Count, "Mindst én deltager skal have en e-mailadresse, ellers får ingen en invitation.");
        }

        return (understood with
        {
            Id = MeetingId.For(understood.Committee, date),
            Date = date,
            Start = start,
            End = end,
            Location = location.Length == 0 ? null : location,
            Participants = participants,
            CheckedBy = checkedBy,
        }, null);
    }

    private static (Invitee? Person, InputRefusal? Refusal) Read(string name, string email, string who, (string Name, string Email) fields, Invitee? before)
    {
        if (!PersonName.TryCreate(name, out var personName, out var nameRefusal))
        {
            return (null, nameRefusal! with { Field = $"{who}: navn", FormField = fields.Name });
        }

        ParticipantAddress? address = null;
        if (email.Length > 0 && !ParticipantAddress.TryCreate(email, out address, out var addressRefusal))
        {
            return (null, addressRefusal! with { Field = $"{who}: e-mailadresse", FormField = fields.Email });
        }

        var person = before ?? new Invitee(personName.Value, null);
        return (person with { Name = personName.Value, Email = address?.Value }, null);
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryTime(string text, out TimeOnly? time)
    {
        time = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (TimeOnly.TryParseExact(text.Replace('.', ':'), ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            time = t;
            return true;
        }

        return false;
    }

    private static (Meeting?, InputRefusal?) Refuse(string field, string formField, string reason) => (null, new InputRefusal(field, reason) { FormField = formField });
}
