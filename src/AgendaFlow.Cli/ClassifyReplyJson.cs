using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgendaFlow.Core.Replies;

namespace AgendaFlow.Cli;

/// <summary>
/// The CLI's JSON for a reply. The absence reason is left out on purpose: it can be health data, and
/// a command's output ends up in logs and terminals.
/// </summary>
internal static class ClassifyReplyJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ReplyInterpretation reply)
    {
        var json = new JsonObject
        {
            ["intent"] = reply.Intent.WireName(),
            ["substitute"] = reply.Substitute is null
                ? null
                : new JsonObject { ["name"] = reply.Substitute.Name, ["email"] = reply.Substitute.Email },
            ["evidence"] = reply.Evidence,
            ["cue"] = reply.Cue,
            ["rule"] = reply.Rule,
            ["source"] = reply.Source.WireName(),
            ["safeEvidence"] = reply.SafeEvidence,
            ["partial"] = reply.Partial is null ? null : Partial(reply.Partial),
            ["deliveryFailure"] = reply.DeliveryFailure is null
                ? null
                : new JsonObject
                {
                    ["recipient"] = reply.DeliveryFailure.FailedRecipient,
                    ["status"] = reply.DeliveryFailure.Status,
                    ["diagnostic"] = reply.DeliveryFailure.Diagnostic,
                    ["originalMessageId"] = reply.DeliveryFailure.OriginalMessageId,
                },
            ["hasAbsenceReason"] = reply.AbsenceReason is not null,
            ["keys"] = new JsonObject
            {
                ["plusToken"] = reply.Keys.PlusToken,
                ["inReplyTo"] = reply.Keys.InReplyTo,
                ["references"] = new JsonArray(reply.Keys.References.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
                ["calendarUid"] = reply.Keys.CalendarUid,
                ["sender"] = reply.Keys.SenderAddress,
                ["messageId"] = reply.Keys.MessageId,
            },
        };
        return json.ToJsonString(Options);
    }

    /// <summary>One line for a person at a terminal.</summary>
    public static string Summary(ReplyInterpretation reply)
    {
        var line = $"{reply.Intent.WireName()}";
        if (reply.Substitute is { } substitute)
        {
            line += $" – stedfortræder: {substitute.Name ?? "(uden navn)"}{(substitute.Email is null ? "" : $" <{substitute.Email}>")}";
        }

        if (reply.Evidence is not null)
        {
            line += $" – \"{reply.Evidence.ReplaceLineEndings(" ")}\"";
        }

        return line;
    }

    private static JsonObject Partial(PartialAttendance partial) => new()
    {
        ["arrivesLate"] = partial.ArrivesLate,
        ["arrivesAt"] = partial.ArrivesAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["leavesEarly"] = partial.LeavesEarly,
        ["leavesAt"] = partial.LeavesAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["items"] = new JsonArray(partial.Items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()),
    };
}
