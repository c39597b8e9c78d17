using Azure.Data.Tables;

namespace AgendaFlow.Storage;

/// <summary>
/// A string column that may be longer than one table property allows (32K UTF-16 characters): it is split over
/// NAME, NAME_1, NAME_2, ... A meeting of a few hundred participants is past that limit as JSON; the whole entity
/// may still be 1 MB, so a meeting of about two thousand participants is the ceiling of this layout.
/// </summary>
internal static class LongStringColumn
{
    private const int ChunkLength = 30_000;

    public static void Write(TableEntity entity, string name, string? value)
    {
        // Drop the chunks of a longer value written before, so that a shorter one is not read back with a stale tail.
        for (var i = 1; entity.ContainsKey(ChunkName(name, i)); i++)
        {
            entity.Remove(ChunkName(name, i));
        }

        if (value is null || value.Length <= ChunkLength)
        {
            entity[name] = value;
            return;
        }

        entity[name] = value[..ChunkLength];
        for (int i = 1, start = ChunkLength; start < value.Length; i++, start += ChunkLength)
        {
            entity[ChunkName(name, i)] = value.Substring(start, Math.Min(ChunkLength, value.Length - start));
        }
    }

    public static string? Read(TableEntity entity, string name)
    {
        var first = entity.GetString(name);
        if (first is null || !entity.ContainsKey(ChunkName(name, 1)))
        {
            return first;
        }

        var whole = new System.Text.StringBuilder(first);
        for (var i = 1; entity.GetString(ChunkName(name, i)) is { } chunk; i++)
        {
            whole.Append(chunk);
        }

        return whole.ToString();
    }

    private static string ChunkName(string name, int index) => $"{name}_{index}";
}
