using AgendaFlow.Core.Input;
using AgendaFlow.Storage;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Configuration;

namespace AgendaFlow.Cli;

/// <summary>
/// <c>upload FILE [--committee NAME] [--uploader ADDRESS]</c>: puts an agenda into the agendas container, as a
/// chair's upload would, using the storage in <c>AzureWebJobsStorage</c> (local Azurite when unset).
/// </summary>
internal static class UploadCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            await stderr.WriteLineAsync("Brug: upload FIL [--committee UDVALG] [--uploader ADRESSE]");
            return CliApp.Usage;
        }

        var file = args[0];
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"Filen findes ikke: {file}");
            return CliApp.Rejected;
        }

        var committee = CliApp.Option(args, "--committee");
        var uploader = CliApp.Option(args, "--uploader");
        var name = committee is null ? Path.GetFileName(file) : $"{committee}/{Path.GetFileName(file)}";
        if (!AgendaBlobName.TryCreate(name, out _, out var refusal))
        {
            await stderr.WriteLineAsync(refusal!.Reason);
            return CliApp.Rejected;
        }

        if (uploader is not null && !ParticipantAddress.TryCreate(uploader, out _, out refusal))
        {
            await stderr.WriteLineAsync($"--uploader: {refusal!.Reason}");
            return CliApp.Rejected;
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageClients.SettingName] = "UseDevelopmentStorage=true" })
            .AddEnvironmentVariables()
            .Build();
        var container = StorageClients.FromConfiguration(configuration).Blobs.GetBlobContainerClient(Containers.Agendas);
        await container.CreateIfNotExistsAsync();
        var options = new BlobUploadOptions();
        if (uploader is not null)
        {
            options.Metadata = new Dictionary<string, string> { ["uploader"] = uploader };
        }

        await using (var content = File.OpenRead(file))
        {
            await container.GetBlobClient(name).UploadAsync(content, options);
        }

        await stdout.WriteLineAsync($"Lagt i {Containers.Agendas}/{name}");
        return CliApp.Ok;
    }
}
