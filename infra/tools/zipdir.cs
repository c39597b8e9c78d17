// Zips a folder so that the Functions host on Linux can run what is in it: every entry keeps its Unix mode
// (ZipFile stores it in the entry's external attributes on Unix), and hidden folders (.azurefunctions) are kept;
// needs only the .NET SDK: `dotnet run infra/tools/zipdir.cs -- SOURCE_DIR OUT.zip`.
using System.IO.Compression;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run infra/tools/zipdir.cs -- SOURCE_DIR OUT.zip");
    return 2;
}

var source = Path.GetFullPath(args[0]);
var output = Path.GetFullPath(args[1]);
if (!Directory.Exists(source))
{
    Console.Error.WriteLine($"zipdir: {source} is not a folder");
    return 2;
}

Directory.CreateDirectory(Path.GetDirectoryName(output)!);
File.Delete(output);
ZipFile.CreateFromDirectory(source, output, CompressionLevel.Optimal, includeBaseDirectory: false);
Console.WriteLine($"zipdir: {output} ({new FileInfo(output).Length / 1024 / 1024} MB)");
return 0;
