using Azure.Core;
using Azure.Core.Pipeline;

namespace AgendaFlow.Load;

/// <summary>
/// Counts what the app reads from storage: every request, the response bytes, and the table rows in query and point
/// read answers (each row carries one <c>odata.etag</c>). Added to the Azure SDK clients the load app uses, per try.
/// </summary>
internal sealed class StorageMeter : HttpPipelinePolicy
{
    private static readonly byte[] RowMark = "\"odata.etag\""u8.ToArray();
    private long _requests;
    private long _bytes;
    private long _rows;

    public (long Requests, long Rows, long Bytes) Snapshot() =>
        (Interlocked.Read(ref _requests), Interlocked.Read(ref _rows), Interlocked.Read(ref _bytes));

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        Count(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        Count(message);
    }

    private void Count(HttpMessage message)
    {
        Interlocked.Increment(ref _requests);
        if (!message.HasResponse)
        {
            return;
        }

        var response = message.Response;
        if (response.ContentStream is MemoryStream buffered)
        {
            var content = buffered.GetBuffer().AsSpan(0, (int)buffered.Length);
            Interlocked.Add(ref _bytes, content.Length);
            var rows = 0;
            for (var at = content.IndexOf(RowMark); at >= 0; at = content.IndexOf(RowMark))
            {
                rows++;
                content = content[(at + RowMark.Length)..];
            }

            Interlocked.Add(ref _rows, rows);
        }
        else if (response.Headers.ContentLength is { } length)
        {
            // A blob download streams: its length is what it reads.
            Interlocked.Add(ref _bytes, length);
        }
    }
}
