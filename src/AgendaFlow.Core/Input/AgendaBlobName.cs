namespace AgendaFlow.Core.Input;

/// <summary>
/// The name of an uploaded file within the <c>agendas</c> container: <c>file</c> or <c>{committee}/file</c>, read
/// from a blob event, the watcher, the admin endpoint or the CLI. Nothing that names another container or climbs
/// out of the folder passes, and the name leaves room for the app's own bookkeeping (reason files, table keys).
/// </summary>
public sealed record AgendaBlobName
{
    public const string Container = "agendas";

    private const string Prefix = Container + "/";

    /// <summary>Azure allows 1,024 characters; the app adds suffixes and uses the name in table keys (1 KiB).</summary>
    public const int MaxLength = 400;

    /// <summary>The committee's folder and a few of the secretariat's own below it (year, kind).</summary>
    public const int MaxDepth = 4;

    private AgendaBlobName(string name, CommitteeName? committee)
    {
        Name = name;
        Committee = committee;
    }

    /// <summary>The name within the container, without <c>agendas/</c>.</summary>
    public string Name { get; }

    /// <summary>The first folder, when the file is in one.</summary>
    public CommitteeName? Committee { get; }

    public string FileName => Name[(Name.LastIndexOf('/') + 1)..];

    public override string ToString() => Name;

    /// <summary>Reads <c>agendas/x/y.docx</c> or <c>x/y.docx</c>, as a person types it (the CLI's upload).</summary>
    public static bool TryCreate(string? text, out AgendaBlobName blob, out InputRefusal? refusal)
    {
        var name = text ?? "";
        return TryCreateInContainer(name.StartsWith(Prefix, StringComparison.Ordinal) ? name[Prefix.Length..] : name, out blob, out refusal);
    }

    /// <summary>
    /// Reads a path as the host's admin API takes it, container first: <c>agendas/x/y.docx</c>. A path into any
    /// other container is refused.
    /// </summary>
    public static bool TryCreatePath(string? path, out AgendaBlobName blob, out InputRefusal? refusal)
    {
        if (path is null || !path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            blob = null!;
            refusal = new("Filnavn", $"Filnavnet skal begynde med {Prefix}, fx {Prefix}udvalg/dagsorden.docx. Andre containere kan ikke angives.");
            return false;
        }

        return TryCreateInContainer(path[Prefix.Length..], out blob, out refusal);
    }

    /// <summary>
    /// Reads a name as storage gives it, inside the <c>agendas</c> container (a blob event, the watcher): a first
    /// folder called <c>agendas</c> is a folder like any other.
    /// </summary>
    public static bool TryCreateInContainer(string? text, out AgendaBlobName blob, out InputRefusal? refusal)
    {
        blob = null!;
        const string field = "Filnavn";
        var name = text ?? "";
        refusal = name switch
        {
            { Length: 0 } => new(field, "Filnavnet mangler."),
            { Length: > MaxLength } => new(field, $"Filnavnet er længere end {MaxLength} tegn. Giv filen et kortere navn."),
            _ when UnsafeCharacters.Any(name) => new(field, "Filnavnet indeholder linjeskift eller andre kontroltegn."),
            _ when name.Contains('\\') => new(field, "Filnavnet må ikke indeholde \\."),
            _ => null,
        };
        if (refusal is not null)
        {
            return false;
        }

        var segments = name.Split('/');
        if (segments.Any(s => s.Length == 0 || s.Trim() is "." or ".."))
        {
            refusal = new(field, "Filnavnet må ikke indeholde tomme mapper, '.' eller '..'.");
            return false;
        }

        if (segments.Length > MaxDepth)
        {
            refusal = new(field, $"Filnavnet har flere end {MaxDepth} mapper. Læg filen i agendas/ eller i udvalgets mappe, fx agendas/sundhed/dagsorden.docx.");
            return false;
        }

        CommitteeName? committee = null;
        if (segments.Length >= 2 && !CommitteeName.TryCreate(segments[0], out committee, out refusal))
        {
            return false;
        }

        blob = new AgendaBlobName(name, committee);
        return true;
    }

    /// <summary>
    /// A refused name as it may be shown in a log line or a reason file: control characters blanked, and cut short,
    /// so the name cannot add lines or drown what is said about it.
    /// </summary>
    public static string ForDisplay(string? text, int maxLength = 120)
    {
        var shown = UnsafeCharacters.Blank(text ?? "");
        return shown.Length <= maxLength ? shown : string.Concat(shown.AsSpan(0, maxLength), "…");
    }

    public static AgendaBlobName? TryCreate(string? text) => TryCreate(text, out var blob, out _) ? blob : null;
}
