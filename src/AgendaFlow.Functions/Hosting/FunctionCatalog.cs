using AgendaFlow.Functions.Features.Invitations;
using AgendaFlow.Functions.Features.Uploads;

namespace AgendaFlow.Functions.Hosting;

/// <summary>
/// Every function of the app. This list is the single source of truth: the custom-handler routes, the standalone
/// watchers and timers, and the function.json files written at publish time all come from it.
/// </summary>
public sealed class FunctionCatalog
{
    public FunctionCatalog(IEnumerable<FunctionDefinition> functions)
    {
        All = functions.ToList();
        var duplicate = All.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two functions are named {duplicate.Key}.");
        }
    }

    public IReadOnlyList<FunctionDefinition> All { get; }

    public static FunctionCatalog App { get; } = new(
    [
        new("AgendaUploaded", new BlobTrigger("agendas"), typeof(AgendaUploaded)),
        new("ReconcileAgendas", new TimerTrigger("0 */10 * * * *"), typeof(ReconcileAgendas)),
        new("Uploads", new HttpTrigger("uploads", ["get"], AuthLevel.Function), typeof(UploadsList)),
        new("SendOutbox", new TimerTrigger("0 * * * * *"), typeof(SendOutbox)),
        new("CollectReplies", new TimerTrigger("0 */5 * * * *"), typeof(Features.Replies.CollectReplies)),
        new("SendAttendanceSummaries", new TimerTrigger("0 0 7 * * 1-5"), typeof(Features.Summaries.SendAttendanceSummaries)),
        new("SendReminders", new TimerTrigger("0 0 * * * *"), typeof(Features.Summaries.SendReminders)),
        new("DraftReferater", new TimerTrigger("0 30 * * * *"), typeof(Features.Referater.DraftReferater)),
        new("PublishReferater", new TimerTrigger("0 0 * * * *"), typeof(Features.Referater.PublishReferater)),
        new("Oversigt", new HttpTrigger("oversigt/{meeting?}", ["get", "post"], AuthLevel.Anonymous), typeof(Features.Summaries.Oversigt)),
        new("Rsvp", new HttpTrigger("rsvp/{token}", ["get", "post"], AuthLevel.Anonymous), typeof(Features.Rsvp.Rsvp)),
    ]);

    public FunctionDefinition? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
