using AgendaFlow.Core.Replies;

namespace AgendaFlow.Core.Tests.Replies;

/// <summary>Bodies and headers in the charsets Danish mail still arrives in.</summary>
public class CharsetTests
{
    [Theory]
    [InlineData("windows-1252")]
    [InlineData("iso-8859-1")]
    [InlineData("iso-8859-15")]
    [InlineData("utf-8")]
    public void An_eight_bit_body_in_a_legacy_charset_is_read(string charset)
    {
        var raw =
            $"From: Birthe Thoft Knudsen <btk@silkeborg.example>\nTo: dagsorden+t1@region.example\nSubject: SV: Indkaldelse\n" +
            $"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"{charset}\"\nContent-Transfer-Encoding: 8bit\n\n" +
            "Jeg kan alligevel ikke komme på fredag, da jeg er på kursus i Århus.\n\nBirthe\n";

        var reply = TestMail.Interpret(TestMail.Raw(raw, charset));

        Assert.Equal(ReplyIntent.Absent, reply.Intent);
        Assert.Equal("Jeg kan alligevel ikke komme på fredag, da jeg [årsag udeladt].", reply.Evidence);
        Assert.Equal("er på kursus i Århus", reply.AbsenceReason);
    }

    [Fact]
    public void A_quoted_printable_windows_1252_body_is_read()
    {
        var raw =
            "From: Søren <s@rm.example>\nSubject: SV: Indkaldelse\nMIME-Version: 1.0\n" +
            "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n" +
            "Min stedfortr=E6der S=F8ren =C5gaard deltager =96 jeg er forhindret.\n";

        var reply = TestMail.Interpret(TestMail.Raw(raw, "us-ascii"));

        Assert.Equal(ReplyIntent.Substitute, reply.Intent);
        Assert.Equal("Søren Ågaard", reply.Substitute?.Name);
    }

    [Fact]
    public void An_encoded_word_subject_in_iso_8859_1_is_read()
    {
        var raw =
            "From: =?iso-8859-1?q?J=F8rgen?= <j@rm.example>\nSubject: =?iso-8859-1?q?Afbud_til_m=F8det?=\nMIME-Version: 1.0\n" +
            "Content-Type: text/plain; charset=us-ascii\n\n\n";

        var reply = TestMail.Interpret(TestMail.Raw(raw, "us-ascii"));

        Assert.Equal(ReplyIntent.Absent, reply.Intent);
        Assert.Equal("Emne: Afbud til mødet", reply.Evidence);
    }

    [Fact]
    public void A_base64_html_body_in_windows_1252_is_read()
    {
        var html = "<p>Jeg er forhindret i at deltage på mødet.</p>";
        var base64 = Convert.ToBase64String(TestMail.Charset("windows-1252").GetBytes(html));
        var raw =
            "From: a@rm.example\nSubject: SV: Indkaldelse\nMIME-Version: 1.0\n" +
            $"Content-Type: text/html; charset=windows-1252\nContent-Transfer-Encoding: base64\n\n{base64}\n";

        Assert.Equal(ReplyIntent.Absent, TestMail.Interpret(TestMail.Raw(raw, "us-ascii")).Intent);
    }
}
