using System.Diagnostics;
using System.Globalization;
using AgendaFlow.TestSupport;
using Azure.Data.Tables;

namespace AgendaFlow.Load;

/// <summary>
/// What the storage emulator itself costs as a table grows, apart from the app: the same point read and the same
/// one-partition query (20 rows) against a table holding only that partition and one holding it among 2,400 others
/// (48,000 rows, about five years of one kind of history row), taken in turns. Azurite answers a query by running its
/// filter over every row of the table (a point read uses its index); Azure Table Storage reads a partition by key.
/// </summary>
internal static class EmulatorProbe
{
    private const int Tries = 15;
    private const int RowsPerPartition = 20;

    public static async Task RunAsync(Figures figures)
    {
        var azurite = new Azurite();
        await azurite.InitializeAsync();
        try
        {
            var service = new TableServiceClient(azurite.ConnectionString);
            var small = await FilledAsync(service, "probesmall", partitions: 1);
            var large = await FilledAsync(service, "probelarge", partitions: 2400);

            var (pointSmall, pointLarge, querySmall, queryLarge) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
            for (var t = 0; t < Tries; t++)
            {
                pointSmall.Add(await TimeAsync(() => small.GetEntityAsync<TableEntity>(Partition(0), "r00")));
                pointLarge.Add(await TimeAsync(() => large.GetEntityAsync<TableEntity>(Partition(0), "r00")));
                querySmall.Add(await TimeAsync(() => CountAsync(small)));
                queryLarge.Add(await TimeAsync(() => CountAsync(large)));
            }

            figures.Note(string.Create(CultureInfo.InvariantCulture,
                $"Azurite's own cost (median of {Tries}, in turns): a point read {Median(pointSmall):0.0} ms in a table of {RowsPerPartition} rows / {Median(pointLarge):0.0} ms in one of {2400 * RowsPerPartition}; "
                + $"the same one-partition query of {RowsPerPartition} rows {Median(querySmall):0.0} ms / {Median(queryLarge):0.0} ms"));
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static string Partition(int p) => $"m{p:0000}";

    private static async Task<TableClient> FilledAsync(TableServiceClient service, string name, int partitions)
    {
        var table = service.GetTableClient(name);
        await table.CreateIfNotExistsAsync();
        for (var p = 0; p < partitions; p++)
        {
            await table.SubmitTransactionAsync(Enumerable.Range(0, RowsPerPartition).Select(r => new TableTransactionAction(
                TableTransactionActionType.Add, new TableEntity(Partition(p), $"r{r:00}") { ["Status"] = "Attending", ["At"] = DateTimeOffset.UnixEpoch })));
        }

        return table;
    }

    private static async Task<int> CountAsync(TableClient table)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(e => e.PartitionKey == "m0000"))
        {
            count++;
        }

        return count;
    }

    private static async Task<double> TimeAsync(Func<Task> read)
    {
        var clock = Stopwatch.StartNew();
        await read();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
