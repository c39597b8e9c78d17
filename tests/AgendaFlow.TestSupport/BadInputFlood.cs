using System.Collections.Concurrent;
using System.Diagnostics;
using AgendaFlow.Core.Invitations;

namespace AgendaFlow.TestSupport;

/// <summary>
/// Wrong links and wrong secretariat keys in bulk against a running app, while one client keeps asking for two real
/// pages one at a time: quiet before, during the flood, quiet after. Used by the integration test (exact counts) and
/// the load program (the real pages' slowdown beside its target).
/// </summary>
public static class BadInputFlood
{
    /// <summary>The flood's own addresses: the wrong links from one, the wrong keys from another, the real pages from 127.0.0.1.</summary>
    public const string LinkAddress = "127.0.0.2";

    public const string KeyAddress = "127.0.0.3";

    public sealed record RealAnswer(string Phase, string Page, TimedAnswer Answer);

    public sealed record Result(IReadOnlyList<TimedAnswer> Links, IReadOnlyList<TimedAnswer> Keys, TimeSpan FloodTime, IReadOnlyList<RealAnswer> Real)
    {
        public IReadOnlyList<double> Quiet(string page) =>
            Real.Where(r => r.Page == page && r.Phase != Flooded).Select(r => r.Answer.Milliseconds).ToList();

        public IReadOnlyList<double> UnderFlood(string page) =>
            Real.Where(r => r.Page == page && r.Phase == Flooded).Select(r => r.Answer.Milliseconds).ToList();

        /// <summary>Median under the flood over the median of the quiet spans before and after it.</summary>
        public double Slowdown(string page) => Stats.Median(UnderFlood(page)) / Stats.Median(Quiet(page));

        public IEnumerable<string> Describe(string page) =>
        [
            $"{page} quiet (before and after): {Stats.Describe(Quiet(page))}",
            $"{page} under the flood:          {Stats.Describe(UnderFlood(page))}",
            $"{page}: median under the flood / quiet = {Slowdown(page):F2}",
        ];
    }

    private const string Flooded = "flood";

    /// <param name="realPages">Page name and path of each real page; a header (name, value) goes with every request for it.</param>
    public static async Task<Result> RunAsync(
        RunningApp app, IReadOnlyList<(string Page, string Path, (string Name, string Value)? Header)> realPages,
        Func<int, string> wrongLink, Func<int, string> wrongKey, int links, int keys, TimeSpan floodSpan, TimeSpan quietSpan)
    {
        var real = new ConcurrentQueue<RealAnswer>();
        var phase = "before";
        using var stop = new CancellationTokenSource();
        var measuring = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var (page, path, header) in realPages)
                {
                    var now = phase;
                    real.Enqueue(new RealAnswer(now, page, await TimedAnswer.GetAsync(app.Client, path, header)));
                }
            }
        });

        await Task.Delay(quietSpan);
        phase = Flooded;
        using var linkClient = LoopbackClient.From(LinkAddress, app.Client.BaseAddress!, 16);
        using var keyClient = LoopbackClient.From(KeyAddress, app.Client.BaseAddress!, 4);
        var clock = Stopwatch.StartNew();
        var linkAnswers = PacedAsync(links, 16, floodSpan, i => TimedAnswer.GetAsync(linkClient, wrongLink(i)));
        var keyAnswers = PacedAsync(keys, 4, floodSpan, i => TimedAnswer.GetAsync(keyClient, wrongKey(i)));
        var (linkResults, keyResults) = (await linkAnswers, await keyAnswers);
        var floodTime = clock.Elapsed;
        phase = "after";
        await Task.Delay(quietSpan);
        await stop.CancelAsync();
        await measuring;
        return new Result(linkResults, keyResults, floodTime, real.ToList());
    }

    /// <summary>Links that are no token: too short, too long, outside the alphabet, letters a URL must escape.</summary>
    public static string MalformedToken(int i) => (i % 5) switch
    {
        0 => ReplyToken.New().Value[..(1 + i % 19)],
        1 => ReplyToken.New().Value + "a",
        2 => ReplyToken.New().Value[..19] + "1",
        3 => Uri.EscapeDataString("æøå" + ReplyToken.New().Value[..17]),
        _ => new string('a', 200 + i % 100),
    };

    /// <summary><paramref name="count"/> requests spread evenly over the span, at most <paramref name="parallel"/> at a time.</summary>
    private static async Task<List<TimedAnswer>> PacedAsync(int count, int parallel, TimeSpan span, Func<int, Task<TimedAnswer>> send)
    {
        var answers = new ConcurrentBag<TimedAnswer>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var due = span * i / count;
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed);
                }

                answers.Add(await send(i));
            }
        })));
        return answers.ToList();
    }
}
