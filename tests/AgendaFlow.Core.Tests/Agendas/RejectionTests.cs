using System.Diagnostics;
using System.Text;
using AgendaFlow.Core.Agendas;

namespace AgendaFlow.Core.Tests.Agendas;

public class RejectionTests
{
    // The time budget is about parsing, not about the JIT compiling the parser on first use.
    public RejectionTests() => AgendaFileParser.Parse(Fixtures.Utf8(Fixtures.SmallAgenda), "warm-up.txt");

    private static string Rejected(byte[] bytes, string fileName)
    {
        var outcome = TimeBound.Within(TimeSpan.FromSeconds(1), () => AgendaFileParser.Parse(bytes, fileName));
        return Assert.IsType<ParseOutcome.Rejected>(outcome).Reason;
    }

    [Fact]
    public void An_empty_file_is_rejected_as_empty()
    {
        Assert.Equal("Filen er tom.", Rejected([], "dagsorden.docx"));
    }

    [Fact]
    public void A_file_with_only_whitespace_is_rejected()
    {
        Assert.Contains("ingen tekst", Rejected(Fixtures.Utf8("  \n\n \t \n"), "dagsorden.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_memo_is_not_an_agenda()
    {
        var memo = """
            Notat

            Dato: 4. februar 2026
            Vedr.: Organisering af akutområdet

            1. Indledning
            Notatet beskriver de muligheder, der er for at organisere akutområdet.

            2. Baggrund
            Regionen har i 2025 set en stigning i antallet af akutte indlæggelser.

            3. Anbefaling
            Det anbefales at samle funktionerne.
            """;

        Assert.Contains("notat", Rejected(Fixtures.Utf8(memo), "notat.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_numbered_items_is_not_an_agenda()
    {
        var report = "Årsrapport 2025\n\nSundhedsklyngen har i året arbejdet med tre indsatser. Resultaterne er gode.\n";

        Assert.Contains("ikke en dagsorden", Rejected(Fixtures.Utf8(report), "rapport.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_docx_is_rejected_as_damaged()
    {
        var bytes = Fixtures.Docx([("Heading2", "1. Godkendelse af dagsorden", 0)]);
        var corrupt = bytes.Take(bytes.Length / 2).ToArray();

        Assert.Equal(UploadGuard.CorruptReason, Rejected(corrupt, "dagsorden.docx"));
    }

    [Fact]
    public void A_docx_name_on_something_that_is_not_a_zip_is_rejected_as_damaged()
    {
        Assert.Equal(UploadGuard.CorruptReason, Rejected(Fixtures.Utf8("1. Godkendelse af dagsorden"), "dagsorden.docx"));
    }

    [Fact]
    public void A_macro_enabled_document_is_rejected_by_its_file_name()
    {
        var bytes = Fixtures.Docx([("Heading2", "1. Godkendelse af dagsorden", 0)]);

        Assert.Equal(UploadGuard.MacroReason, Rejected(bytes, "dagsorden.docm"));
    }

    [Fact]
    public void A_document_with_a_vba_project_is_rejected_even_when_named_docx()
    {
        var bytes = Fixtures.Zip(("[Content_Types].xml", Fixtures.Utf8("<Types/>")), ("word/document.xml", Fixtures.Utf8("<w:document/>")), ("word/vbaProject.bin", [1, 2, 3]));

        Assert.Equal(UploadGuard.MacroReason, Rejected(bytes, "dagsorden.docx"));
    }

    [Fact]
    public void A_zip_bomb_is_rejected_before_it_is_unpacked()
    {
        var bytes = Fixtures.Zip(("[Content_Types].xml", Fixtures.Utf8("<Types/>")), ("word/document.xml", new byte[8 * 1024 * 1024]));

        Assert.Equal(UploadGuard.BombReason, Rejected(bytes, "dagsorden.docx"));
    }

    [Fact]
    public void A_password_protected_document_is_rejected_with_a_hint()
    {
        var ole = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(ole, 1024);

        Assert.Contains("adgangskode", Rejected(ole, "dagsorden.docx"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_binary_word_document_is_rejected_with_a_hint()
    {
        var ole = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);

        Assert.Contains(".doc", Rejected(ole, "dagsorden.doc"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_rejected_before_reading()
    {
        var reason = Rejected(new byte[UploadGuard.MaxFileBytes + 1], "dagsorden.txt");

        Assert.Contains("for stor", reason, StringComparison.Ordinal);
        Assert.Contains("20 MB", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_over_the_size_limit_is_rejected_without_reading_it_all()
    {
        using var stream = new MemoryStream(new byte[UploadGuard.MaxFileBytes + 100_000]);

        Assert.IsType<ParseOutcome.Rejected>(AgendaFileParser.Parse(stream, "dagsorden.txt"));
    }

    [Fact]
    public void A_binary_file_is_rejected()
    {
        var bytes = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7 % 256)).ToArray();

        Assert.IsType<ParseOutcome.Rejected>(AgendaFileParser.Parse(bytes, "dagsorden.txt"));
    }

    [Fact]
    public void A_pathological_line_of_capitalised_words_ends_quickly()
    {
        var words = string.Join(' ', Enumerable.Range(0, 3000).Select(i => i % 7 == 0 ? "og" : "Navnesen"));
        var text = "Dagsorden\n\nDeltagere: " + words + "\n\n1. Godkendelse af dagsorden\n2. Eventuelt\n" + words + " havde meldt afbud fordi\n";

        var outcome = TimeBound.Within(TimeSpan.FromSeconds(1), () => AgendaFileParser.Parse(Fixtures.Utf8(text), "dagsorden.txt"));

        Assert.NotNull(outcome);
    }

    [Fact]
    public void Almost_a_million_characters_of_names_end_within_a_second()
    {
        var text = "Dagsorden\nTid: 3. marts 2026 kl. 10\nDeltagere: " + string.Join(' ', Enumerable.Repeat("Anne Holm,", 90_000)) + "\n1. Godkendelse\n2. Eventuelt\n";
        AgendaFileParser.Parse(Fixtures.Utf8(Fixtures.SmallAgenda), "warm-up.txt");

        var outcome = TimeBound.Within(TimeSpan.FromSeconds(1), () => AgendaFileParser.Parse(Fixtures.Utf8(text), "dagsorden.txt"));

        var document = Assert.IsType<ParseOutcome.Parsed>(outcome).Document;
        Assert.Equal(PeopleParser.MaxPeoplePerList, document.Participants.Count);
    }

    [Fact]
    public void Text_over_a_million_characters_is_rejected_as_too_long()
    {
        var text = Fixtures.SmallAgenda + new string('x', AgendaTextParser.MaxTextCharacters);

        Assert.Equal(AgendaTextParser.TooLongReason, Rejected(Fixtures.Utf8(text), "dagsorden.txt"));
    }

    [Fact]
    public void A_memo_headed_til_fra_emne_is_not_an_agenda()
    {
        var memo = """
            Til: Sundhedsstyregruppen
            Fra: Sekretariatet
            Dato: 4. februar 2026
            Emne: Orientering om akutområdet

            1. Orientering
            Antallet af indlæggelser er steget.

            2. Anbefaling
            Det anbefales at samle funktionerne.
            """;

        Assert.Equal(AgendaTextParser.MemoReason, Rejected(Fixtures.Utf8(memo), "notat.docx.txt"));
    }
}
