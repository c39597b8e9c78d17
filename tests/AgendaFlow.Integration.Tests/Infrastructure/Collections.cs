using AgendaFlow.TestSupport;

namespace AgendaFlow.Integration.Tests.Infrastructure;

// xunit finds collection definitions only in the test assembly itself, so they live here, beside the fixtures' users.

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<Azurite>
{
    public const string Name = "Azurite";
}

/// <summary>One set of mail servers per test run, shared by every test class that joins the collection.</summary>
[CollectionDefinition(Name)]
public sealed class MailServersCollection : ICollectionFixture<MailServers>
{
    public const string Name = "MailServers";
}
