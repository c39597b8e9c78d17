namespace AgendaFlow.Core.Agendas;

/// <summary>
/// The people step: who is invited, who sent apologies and who comes in their place, from the header's lists, the
/// stand-ins it names, the afbud lines and attendance sentences in the body, and the addresses found anywhere.
/// </summary>
internal sealed record MeetingPeople(
    IReadOnlyList<string> Chairs,
    IReadOnlyList<string> MinuteTakers,
    IReadOnlyList<Person> Participants,
    IReadOnlyList<Person> Guests,
    IReadOnlyList<AbsentPerson> Absent)
{
    /// <summary>Gathers the people; adds "participants" or "emails" to <paramref name="uncertain"/> when they rest on weak cues.</summary>
    public static MeetingPeople Gather(HeaderInfo header, List<SourceLine> lines, int headerEnd, ISet<string> uncertain)
    {
        var absent = new List<AbsentPerson>(header.Absent);
        foreach (var standIn in header.StandIns)
        {
            var existing = absent.FindIndex(a => SameName(a.Name, standIn.Name));
            if (existing < 0)
            {
                absent.Add(standIn);
            }
            else if (absent[existing].Substitute is null)
            {
                absent[existing] = absent[existing] with { Substitute = standIn.Substitute };
            }
        }

        // A stand-in named in the header comes to the meeting in the member's place.
        var headerStandIns = absent.Where(a => a.Substitute is not null).Select(a => a.Substitute!).ToList();
        absent.AddRange(header.Participants.Where(p => p.Role == PeopleParser.AbsentRole).Select(p => new AbsentPerson(p.Name, p.Title, p.Organisation, p.Email)));
        // Minutes also note "Afbud: X og Y" under the first item rather than in the header.
        var absentInBody = lines.Skip(headerEnd)
            .Where(l => HeaderLabels.FieldOf(l.Text, out var hasValue) is HeaderField.Absent or HeaderField.AbsentWithoutNotice && hasValue)
            .Select(l => HeaderLabels.Match(l.Text))
            .Where(m => m is { Field: HeaderField.Absent or HeaderField.AbsentWithoutNotice, Value.Length: > 0 })
            .SelectMany(m => AbsentReader.Read([m!.Value.Value]).Select(a => m.Value.Field == HeaderField.AbsentWithoutNotice ? a with { SentApologies = false } : a));
        foreach (var sentence in AttendanceSentences.Find(lines.Select(l => l.Text)).Concat(absentInBody))
        {
            var existing = absent.FindIndex(a => SameName(a.Name, sentence.Name));
            if (existing < 0)
            {
                absent.Add(sentence);
            }
            else if (sentence.Substitute is not null && absent[existing].Substitute is null)
            {
                absent[existing] = absent[existing] with { Substitute = sentence.Substitute };
            }
        }

        // "(gæst)" in the participant list: a guest, not a member.
        var guests = header.Guests.Concat(header.Participants.Where(p => p.Role == "gæst").Select(p => p with { Role = null })).ToList();
        var headerParticipants = header.Participants;
        if (headerParticipants.Count == 0 && BodyParticipants(lines, headerEnd) is { Count: > 0 } found)
        {
            // "Deltagere: …" after the items, as in an agenda pasted into an e-mail: read, but worth a second look.
            headerParticipants = found;
            uncertain.Add(ReviewField.Participants);
        }

        var participants = headerParticipants.Where(p => p.Role != "gæst" && !absent.Any(a => SameName(a.Name, p.Name))).ToList();
        participants.AddRange(headerStandIns.Where(s => !participants.Any(p => SameName(p.Name, s))).Distinct().Select(s => new Person(s)));
        // A member with an address in the participant list keeps it when the afbud line names him again.
        absent = absent.Select(a => a.Email is null && headerParticipants.FirstOrDefault(p => SameName(p.Name, a.Name)) is { Email: { } known } ? a with { Email = known } : a).ToList();
        var emails = header.Emails;
        participants = participants.Select(p => p.Email is null && emails.FirstOrDefault(e => SameName(e.Name, p.Name)) is { Email: { } email } ? p with { Email = email } : p).ToList();
        absent = absent.Select(p => p.Email is null && emails.FirstOrDefault(e => SameName(e.Name, p.Name)) is { Email: { } email } ? p with { Email = email } : p).ToList();

        if (participants.Count == 0)
        {
            uncertain.Add(ReviewField.Participants);
        }

        if (PeopleReview.AddressesInDoubt(participants, absent))
        {
            uncertain.Add(ReviewField.Emails);
        }

        var chairs = header.Chairs.Count > 0
            ? header.Chairs
            : participants.Where(p => Rosters.CommitteeRoles.IsChair(p.Role)).Select(p => p.Name).ToList();
        var minuteTakers = header.MinuteTakers.Count > 0
            ? header.MinuteTakers
            : participants.Where(p => Rosters.CommitteeRoles.IsMinuteTaker(p.Role)).Select(p => p.Name).ToList();

        return new MeetingPeople(chairs, minuteTakers, participants, guests, absent);
    }

    private static bool SameName(string a, string b) => AgendaTextParser.SameName(a, b);

    /// <summary>"Deltagere: Anne Hansen (formand), Bo Jensen og Carl Holm." below the items, with the lines that follow it.</summary>
    private static IReadOnlyList<Person> BodyParticipants(List<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (HeaderLabels.Match(lines[i].Text) is not { Field: HeaderField.Participants } label)
            {
                continue;
            }

            var values = new List<string>();
            if (label.Value.Length > 0)
            {
                values.Add(label.Value);
            }

            for (var k = i + 1; k < lines.Count && !lines[k].IsBlank && HeaderLabels.Match(lines[k].Text) is null && values.Count < 50; k++)
            {
                values.Add(lines[k].Text);
            }

            return PeopleParser.ParsePeople(values.Select(v => v.TrimEnd('.')));
        }

        return [];
    }
}
