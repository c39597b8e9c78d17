using AgendaFlow.Integration.Tests.Infrastructure;

namespace AgendaFlow.Integration.Tests.EndToEnd;

/// <summary>The whole app against real storage and real mail servers, each started once for these tests.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<Azurite>, ICollectionFixture<MailServers>
{
    public const string Name = "EndToEnd";
}
