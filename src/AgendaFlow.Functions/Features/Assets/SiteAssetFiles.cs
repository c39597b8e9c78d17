namespace AgendaFlow.Functions.Features.Assets;

/// <summary>
/// Det Fælles Designsystem's files as the build put them beside the app (<c>dkfds/</c>: css, fonts, img, licences;
/// see SiteAssets/SiteAssets.targets). The Assets function serves them and PublishReferater copies them to the site.
/// </summary>
public sealed class SiteAssetFiles(string root)
{
    public const string Folder = "dkfds";

    public static SiteAssetFiles BesideTheApp { get; } = new(Path.Combine(AppContext.BaseDirectory, Folder));

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Every file, by its path under the folder with forward slashes (<c>css/dkfds.min.css</c>).</summary>
    public IReadOnlyList<string> All() => Directory.Exists(Root)
        ? Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList()
        : [];

    /// <summary>The file's bytes, or null when there is none by that path inside the folder (nothing outside it is ever read).</summary>
    public byte[]? Read(string relativePath)
    {
        if (string.IsNullOrEmpty(relativePath) || relativePath.Contains('\\', StringComparison.Ordinal) || relativePath.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? File.ReadAllBytes(full) : null;
    }

    public static string ContentTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".css" => "text/css; charset=utf-8",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".md" => "text/markdown; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };
}
