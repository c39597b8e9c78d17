using AgendaFlow.Core.Uploads;

namespace AgendaFlow.Core.Tests.Uploads;

public sealed class UploadReceiptTests
{
    [Fact]
    public void The_same_bytes_have_the_same_hash_and_other_bytes_another()
    {
        var a = ContentHash.Of("Dagsorden"u8);

        Assert.Equal(a, ContentHash.Of("Dagsorden"u8));
        Assert.NotEqual(a, ContentHash.Of("Dagsorden "u8));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.Of(""u8).Hex);
    }

    [Theory]
    [InlineData("sundhed/dagsorden.docx", "sundhed")]
    [InlineData("dagsorden.docx", null)]
    public void The_committee_is_the_first_folder_of_the_blob_name(string blobName, string? committee)
    {
        var receipt = new UploadReceipt(blobName, 1, ContentHash.Of("x"u8), DateTimeOffset.UnixEpoch, null);

        Assert.Equal(committee, receipt.Committee);
    }
}
