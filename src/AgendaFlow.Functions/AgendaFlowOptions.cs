using AgendaFlow.Core.Invitations;

namespace AgendaFlow.Functions;

/// <summary>The installation's own settings, from <c>AgendaFlow__FromAddress</c> and friends.</summary>
public sealed class AgendaFlowOptions
{
    public required MailSettings Mail { get; init; }

    public string? SecretariatAddress { get; init; }

    public static AgendaFlowOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("AgendaFlow");
        var from = section["FromAddress"] is { Length: > 0 } address ? address : "dagsorden@agendaflow.localhost";
        var baseUrl = section["PublicBaseUrl"] is { Length: > 0 } url ? url : AgendaFlowApp.DefaultStandaloneUrl;
        return new AgendaFlowOptions
        {
            Mail = new MailSettings(from, new Uri(baseUrl), section["FromName"] is { Length: > 0 } name ? name : "AgendaFlow"),
            SecretariatAddress = section["SecretariatAddress"] is { Length: > 0 } secretariat ? secretariat : null,
        };
    }
}
