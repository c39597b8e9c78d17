using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace AgendaFlow.Browser.Tests.Infrastructure;

/// <summary>
/// What the end-to-end page tests run: the real app (standalone, real Azurite; SMTP at a closed port, so mail waits in
/// the outbox) and a committee as regions have them, a roster of sixteen with long Danish titles and organisations,
/// and agendas and referater with long compounds and a break. One place, so every page is checked with the same data.
/// </summary>
public sealed class PagesScenario : IAsyncDisposable
{
    public const string CommitteeName = "Sundhedsstyregruppen for Lillebælt";
    public const string OtherCommitteeName = "Klyngestyregruppen for Vejle";
    public static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>Name, role, organisation, title: the chair first, the secretary last.</summary>
    private static readonly (string Name, string Role, string Organisation, string Title)[] Members =
    [
        ("Anne Andersen", "formand", "Vejle Kommune", "Direktør for Sundhed og Omsorg"),
        ("Bo Bech", "", "Region Syddanmark", "Sundhedsfaglig chef"),
        ("Carl Dahl", "", "Kolding Kommune", "Sundheds- og ældrechef"),
        ("Dorthe Eriksen", "", "Sygehus Lillebælt", "Sygeplejefaglig vicedirektør"),
        ("Frederik Gravesen-Kjærulff", "", "Fredericia Kommune", "Social- og arbejdsmarkedsdirektør"),
        ("Gitte Hjortshøj", "", "Praktiserende Lægers Organisation, Syddanmark", "Praksiskoordinator"),
        ("Henrik Iversen", "", "Middelfart Kommune", "Genoptræningsleder"),
        ("Ida Juhl Jørgensen", "", "Psykiatrien i Region Syddanmark", "Lægefaglig direktør"),
        ("Jens Kristoffersen", "", "Billund Kommune", "Sundhedsfremmekonsulent"),
        ("Lise Lotte Mikkelsen", "", "Sygehus Lillebælt", "Kvalitetsudviklingskonsulent"),
        ("Mads Nørgaard", "", "Vejle Kommune", "Ældre- og handicapforvaltningschef"),
        ("Nanna Overgaard", "", "Patientinddragelsesudvalget", "Patientrepræsentant"),
        ("Ole Poulsen", "", "Kolding Kommune", "Rehabiliteringsteamleder"),
        ("Pia Qvist", "", "Region Syddanmark, Sundhedssamarbejdsenheden", "Specialkonsulent"),
        ("Rasmus Søndergaard", "", "Hedensted Kommune", "Myndighedschef for Voksenhandicapområdet"),
        ("Karin Holm", "sekretariat", "Region Syddanmark", ""),
    ];

    private PagesScenario(RunningApp app, string committee, AppData data, string secretariatKey)
    {
        App = app;
        Committee = committee;
        Data = data;
        SecretariatKey = secretariatKey;
    }

    public RunningApp App { get; }

    /// <summary>The committee's folder name (its slug); pages must show <see cref="CommitteeName"/> instead.</summary>
    public string Committee { get; }

    public AppData Data { get; }

    public string SecretariatKey { get; }

    public static string AddressOf(string name, string committee) =>
        $"{Slug(name)}@{committee}.example";

    /// <param name="chairCheck">The chair's check mode: Never sends at once; Always holds every upload for the chair.</param>
    public static async Task<PagesScenario> StartAsync(Azurite azurite, string chairCheck = "Never")
    {
        var committee = $"sider{Guid.NewGuid():N}"[..14];
        var data = new AppData(azurite);
        var roster = new StringBuilder().AppendLine($"Udvalg;{CommitteeName}").AppendLine("Navn;E-mail;Rolle;Organisation;Titel");
        foreach (var m in Members)
        {
            roster.AppendLine($"{m.Name};{AddressOf(m.Name, committee)};{m.Role};{m.Organisation};{m.Title}");
        }

        await data.UploadRosterAsync(committee, roster.ToString());
        var key = $"noegle{Guid.NewGuid():N}";
        var app = await RunningApp.StandaloneAsync(
            azurite,
            ("AgendaFlow__Standalone__AgendaPollInterval", "00:00:00.250"),
            ("AgendaFlow__ChairCheck__Mode", chairCheck),
            ("AgendaFlow__Smtp__Host", "127.0.0.1"),
            ("AgendaFlow__Smtp__Port", FreePort.Next().ToString(CultureInfo.InvariantCulture)),
            ("AgendaFlow__Smtp__Security", "None"),
            ("AgendaFlow__FromAddress", "dagsorden@region.example"),
            ("AgendaFlow__SecretariatKey", key),
            ("AgendaFlow__PublicBaseUrl", "https://agendaflow.region.example"));
        return new PagesScenario(app, committee, data, key);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();

    public string Url(string path) => new Uri(App.Client.BaseAddress!, path).AbsoluteUri;

    /// <summary>A page with time to spare: the app and Azurite answer slowly when the machine is busy.</summary>
    public static async Task<IPage> OpenPageAsync(Chromium chromium)
    {
        var page = await chromium.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        return page;
    }

    /// <summary>An agenda or referat as committees write them: header, every member, long Danish compounds, a break.</summary>
    public static string Agenda(string kind, string title, DateOnly date, string committee, string? approval = null)
    {
        var text = new StringBuilder()
            .AppendLine(kind)
            .AppendLine(title)
            .AppendLine(approval ?? "")
            .AppendLine()
            .AppendLine($"Tid: {date.ToString("dddd 'den' d. MMMM yyyy", Danish)} kl. 13.00-15.30")
            .AppendLine("Sted: Regionshuset Vejle, mødelokale Lillebælt (Sundhedssamarbejdsmødelokalet), Damhaven 12, 7100 Vejle")
            .AppendLine("Mødeleder: Anne Andersen")
            .AppendLine("Referent: Karin Holm")
            .AppendLine()
            .AppendLine("Deltagere:");
        foreach (var m in Members.Where(m => m.Role != "sekretariat"))
        {
            text.AppendLine($"{m.Name}, {AddressOf(m.Name, committee)}");
        }

        return text
            .AppendLine()
            .AppendLine("1. Godkendelse af dagsorden (kl. 13.00-13.10)")
            .AppendLine(kind == "Referat" ? "Beslutning: Dagsordenen blev godkendt." : "")
            .AppendLine()
            .AppendLine("2. Sundhedsaftaleimplementeringsplanen for Klyngestyregruppemøderne (kl. 13.10-14.20)")
            .AppendLine("Resume: Styregruppen drøfter implementeringsplanen for sundhedsaftalen og ældreområdets rehabiliteringsforløb.")
            .AppendLine(kind == "Referat" ? "Beslutning: Implementeringsplanen blev godkendt med de bemærkninger, der kom frem på mødet." : "")
            .AppendLine()
            .AppendLine("Pause kl. 14.20-14.30")
            .AppendLine()
            .AppendLine("3. Eventuelt (kl. 14.30-15.30)")
            .AppendLine(kind == "Referat" ? "Beslutning: Intet." : "")
            .ToString();
    }

    private static string Slug(string name) =>
        string.Join('.', name.ToLowerInvariant().Replace("æ", "ae").Replace("ø", "oe").Replace("å", "aa").Split(' ', '-'));
}
