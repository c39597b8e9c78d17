using Microsoft.Azure.Functions.Worker;
using AgendaFlow.Functions.Hosting;
using AgendaFlow.Mail;
using AgendaFlow.Storage;

namespace AgendaFlow.Functions.Features.Replies;

/// <summary>
/// Timer: reads what arrived in the agenda mailbox since the last run and handles each mail once. Mail is taken in
/// chunks: each chunk is fetched in one IMAP command, every mail's result is stored, then the chunk is moved to
/// AgendaFlow/Behandlet or AgendaFlow/Til manuel behandling (one MOVE per folder) and only then the cursor moves.
/// A crash in between repeats a step that changes nothing the second time. Nothing is deleted.
/// </summary>
public sealed class CollectReplies(
    ImapOptions imap,
    MailboxCursorStore cursors,
    ReplyHandler replies,
    Invitations.OutboxDispatcher dispatcher,
    IConfiguration configuration,
    RunReport report,
    ILogger<CollectReplies> logger) : ITimerFunction, IHasPrerequisites
{
    [Function("CollectReplies")]
    [CopenhagenSchedule("0 */5 * * * *")]
    public Task Run([TimerTrigger(HostCadence.EveryMinute)] TimerInfo timer, FunctionContext context) =>
        RunAsync(CopenhagenTimerGate.TickOf(context), context.CancellationToken);

    public static readonly string[] HandledFolder = ["AgendaFlow", "Behandlet"];
    public static readonly string[] ManualFolder = ["AgendaFlow", "Til manuel behandling"];

    /// <summary>Mails per fetch, move and cursor write: large enough to spare round trips, small enough to redo.</summary>
    public const int ChunkSize = 250;

    /// <summary>One run takes at most this many, so a flooded mailbox cannot keep one run going for ever; the next run takes the rest.</summary>
    public const int MaxPerRun = 20_000;

    /// <summary>Without a configured server there is no mailbox to read (the options' own default, localhost, is no mailbox).</summary>
    public FunctionCannotRun? WhyItCannotRun() =>
        string.IsNullOrWhiteSpace(configuration[ImapOptions.SectionName + ":Host"])
            ? new FunctionCannotRun(
                "no IMAP server is configured (AgendaFlow__Imap__Host, __UserName, __Password), so replies by mail are not read",
                "der er ingen IMAP-server sat op (AgendaFlow__Imap__Host, __UserName, __Password), så svar pr. mail bliver ikke læst.")
            : null;

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        await using var mailbox = new ImapMailbox(imap);
        await mailbox.OpenAsync(cancellationToken);
        var cursor = await cursors.GetAsync(imap.Folder, cancellationToken);
        int handled = 0, manual = 0;
        while (handled + manual < MaxPerRun)
        {
            var batch = await mailbox.FetchNewAsync(cursor, Math.Min(ChunkSize, MaxPerRun - handled - manual), cancellationToken);
            if (batch.UidValidityChanged)
            {
                logger.LogWarning("The agenda mailbox's UIDVALIDITY changed; reading it from the start (handled mails are recognised by Message-Id)");
            }

            if (batch.Messages.Count == 0)
            {
                await cursors.SaveAsync(imap.Folder, batch.Cursor(cursor), cancellationToken);
                break;
            }

            var (chunkHandled, chunkManual) = await HandleChunkAsync(batch, cancellationToken);
            await mailbox.MoveAsync(chunkHandled, HandledFolder, cancellationToken);
            await mailbox.MoveAsync(chunkManual, ManualFolder, cancellationToken);
            cursor = new MailboxCursor(batch.UidValidity, batch.Messages[^1].Uid);
            await cursors.SaveAsync(imap.Folder, cursor, cancellationToken);
            handled += chunkHandled.Count;
            manual += chunkManual.Count;
        }

        report.Say(handled + manual > 0, $"{handled + manual} replies read, {handled} recorded, {manual} for manual handling");

        // Confirmations and stand-ins' invitations go now rather than at the next SendOutbox run.
        await dispatcher.TrySendNowAsync(cancellationToken);
    }

    private async Task<(List<uint> Handled, List<uint> Manual)> HandleChunkAsync(MailboxBatch batch, CancellationToken cancellationToken)
    {
        var outcomes = await replies.HandleManyAsync(batch.Messages.Select(m => m.Message).ToList(), cancellationToken);
        var handled = new List<uint>();
        var manual = new List<uint>();
        for (var i = 0; i < outcomes.Count; i++)
        {
            (outcomes[i] == ReplyOutcome.Handled ? handled : manual).Add(batch.Messages[i].Uid);
            Telemetry.RepliesHandled.Add(1, new KeyValuePair<string, object?>("outcome", outcomes[i] == ReplyOutcome.Handled ? "understood" : "manual"));
        }

        return (handled, manual);
    }
}
