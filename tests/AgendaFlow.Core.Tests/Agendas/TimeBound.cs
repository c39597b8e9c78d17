using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AgendaFlow.Core.Tests.Agendas;

/// <summary>
/// For the tests that guard against input that makes parsing blow up (a pattern that backtracks without end, work
/// that grows with the square of the input). What is held to the bound is the processor time of the thread that
/// parses (on Linux; elsewhere the wall clock): other processes' turns on a shared machine, and the other tests this
/// runner runs beside it, do not count, while a blow-up spends its time on that thread every time. The fastest of a
/// few tries is kept all the same.
/// </summary>
internal static partial class TimeBound
{
    public static T Within<T>(TimeSpan bound, Func<T> work, string what = "parsing", int tries = 3)
    {
        var fastest = TimeSpan.MaxValue;
        T result = default!;
        for (var i = 0; i < tries && fastest >= bound; i++)
        {
            var start = Now();
            result = work();
            var spent = Now() - start;
            fastest = spent < fastest ? spent : fastest;
        }

        Assert.True(fastest < bound, $"{what}: the fastest of {tries} tries took {fastest.TotalMilliseconds:0} ms of {Measure}; the bound is {bound.TotalMilliseconds:0} ms");
        return result;
    }

    private static string Measure => OperatingSystem.IsLinux() ? "the thread's processor time" : "wall-clock time";

    private static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var time) == 0)
        {
            return TimeSpan.FromSeconds(time.Seconds) + TimeSpan.FromTicks(time.Nanoseconds / 100);
        }

        return Stopwatch.GetElapsedTime(0);
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
