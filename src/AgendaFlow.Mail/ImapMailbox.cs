using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;

namespace AgendaFlow.Mail;

/// <summary>
/// The agenda mailbox over IMAP: reads what arrived after a cursor and files handled messages
/// into sub-folders. It never deletes mail; a person can always find a reply again.
/// </summary>
public sealed class ImapMailbox : IAsyncDisposable, IDisposable
{
    private readonly ImapOptions _options;
    private readonly ImapClient _client;
    private readonly Dictionary<string, IMailFolder> _targets = new(StringComparer.Ordinal);
    private IMailFolder? _folder;
    private MailAccessToken? _token;

    public ImapMailbox(ImapOptions options)
        : this(options, new ImapClient())
    {
    }

    /// <param name="client">Lets a caller add a protocol logger or certificate policy; the mailbox owns and disposes it.</param>
    public ImapMailbox(ImapOptions options, ImapClient client)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(client);
        _options = options;
        _client = client;
    }

    /// <summary>
    /// Connects, logs in when a user name is configured, and opens the configured folder for writing. A session whose
    /// OAuth2 token is due for renewal is ended and a new one opened first: Exchange Online ends an IMAP session when
    /// its token expires, so a long run renews between two commands rather than losing one.
    /// </summary>
    public async Task OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_client.IsConnected && _token is not null && _options.AccessTokens is { } tokens && _token.IsDue(tokens.Now))
        {
            await CloseAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_folder is { IsOpen: true } && _client.IsConnected)
        {
            return;
        }

        if (!_client.IsConnected)
        {
            // Folders found on an earlier connection are not to be trusted on a new one.
            _targets.Clear();
            _token = await MailConnection.OpenAsync(_client, _options, cancellationToken).ConfigureAwait(false);
        }

        var folder = string.Equals(_options.Folder, "INBOX", StringComparison.OrdinalIgnoreCase)
            ? _client.Inbox
            : await _client.GetFolderAsync(_options.Folder, cancellationToken).ConfigureAwait(false);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken).ConfigureAwait(false);
        _folder = folder;
    }

    /// <summary>The messages with a UID above the cursor's, oldest first, with the folder's UIDVALIDITY.</summary>
    /// <param name="maxCount">Caps one batch so a flooded mailbox is worked through in bites.</param>
    public Task<MailboxBatch> FetchNewAsync(
        MailboxCursor after, int maxCount = int.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return OnceMoreAfterLossAsync(ct => FetchNewOnceAsync(after, maxCount, ct), cancellationToken);
    }

    private async Task<MailboxBatch> FetchNewOnceAsync(MailboxCursor after, int maxCount, CancellationToken cancellationToken)
    {
        var folder = await OpenFolderAsync(cancellationToken).ConfigureAwait(false);

        // A selected folder's view is only refreshed by a command that lets the server report news;
        // Dovecot answers SEARCH from the view as it was, so mail that arrived since would be missed.
        await _client.NoOpAsync(cancellationToken).ConfigureAwait(false);

        var uidValidity = folder.UidValidity;
        var validityChanged = after.UidValidity != 0 && after.UidValidity != uidValidity;
        var lastUid = validityChanged ? 0u : after.LastUid;

        // "UID n:*" always matches the newest message even when its UID is below n (RFC 3501),
        // hence the explicit filter.
        var range = new UniqueIdRange(new UniqueId(uidValidity, lastUid + 1), UniqueId.MaxValue);
        var uids = await folder.SearchAsync(SearchQuery.Uids(range), cancellationToken).ConfigureAwait(false);

        var wanted = uids.Where(u => u.Id > lastUid).OrderBy(u => u.Id).Take(maxCount).ToList();
        var messages = await FetchMessagesAsync(folder, wanted, cancellationToken).ConfigureAwait(false);
        return new MailboxBatch(uidValidity, messages, validityChanged);
    }

    /// <summary>
    /// The messages in one FETCH for the whole UID set: one round trip per message was most of a large run's time.
    /// A message expunged meanwhile is simply not returned. Servers other than IMAP (tests' fakes) go one by one.
    /// </summary>
    private static async Task<List<FetchedMail>> FetchMessagesAsync(
        IMailFolder folder, IList<UniqueId> uids, CancellationToken cancellationToken)
    {
        var messages = new List<FetchedMail>(uids.Count);
        if (uids.Count == 0)
        {
            return messages;
        }

        if (folder is ImapFolder imap)
        {
            await imap.GetStreamsAsync(uids, async (_, _, uid, stream, ct) =>
            {
                // The stream is disposed when the callback returns, so the message is parsed here and now.
                var message = await MimeKit.MimeMessage.LoadAsync(stream, ct).ConfigureAwait(false);
                messages.Add(new FetchedMail(uid.Id, message));
            }, cancellationToken).ConfigureAwait(false);
            messages.Sort((a, b) => a.Uid.CompareTo(b.Uid));
            return messages;
        }

        foreach (var uid in uids)
        {
            messages.Add(new FetchedMail(uid.Id, await folder.GetMessageAsync(uid, cancellationToken).ConfigureAwait(false)));
        }

        return messages;
    }

    /// <summary>
    /// Moves a message to a folder given as path segments (e.g. "AgendaFlow", "Behandlet"),
    /// creating and subscribing the folders as needed. The separator is the server's own, because
    /// Dovecot nests with '.' and Exchange and Gmail with '/'. Returns the message's UID in the
    /// target folder when the server tells it (UIDPLUS), otherwise null.
    /// </summary>
    public async Task<uint?> MoveAsync(
        uint uid, IReadOnlyList<string> folderPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folderPath);
        if (folderPath.Count == 0)
        {
            throw new ArgumentException("The target folder needs at least one path segment.", nameof(folderPath));
        }

        var folder = await OpenFolderAsync(cancellationToken).ConfigureAwait(false);
        var target = await GetOrCreateFolderAsync(folderPath, cancellationToken).ConfigureAwait(false);
        var moved = await folder.MoveToAsync(new UniqueId(folder.UidValidity, uid), target, cancellationToken)
            .ConfigureAwait(false);
        return moved?.Id;
    }

    /// <summary>Moves many messages to one folder with a single MOVE (a UID set), as <see cref="MoveAsync(uint, IReadOnlyList{string}, CancellationToken)"/> does one.</summary>
    public Task MoveAsync(
        IReadOnlyCollection<uint> uids, IReadOnlyList<string> folderPath, CancellationToken cancellationToken = default) =>
        OnceMoreAfterLossAsync(async ct => { await MoveOnceAsync(uids, folderPath, ct).ConfigureAwait(false); return true; }, cancellationToken);

    private async Task MoveOnceAsync(
        IReadOnlyCollection<uint> uids, IReadOnlyList<string> folderPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uids);
        ArgumentNullException.ThrowIfNull(folderPath);
        if (uids.Count == 0)
        {
            return;
        }

        if (folderPath.Count == 0)
        {
            throw new ArgumentException("The target folder needs at least one path segment.", nameof(folderPath));
        }

        var folder = await OpenFolderAsync(cancellationToken).ConfigureAwait(false);
        var target = await GetOrCreateFolderAsync(folderPath, cancellationToken).ConfigureAwait(false);
        var set = new UniqueIdSet(uids.Select(u => new UniqueId(folder.UidValidity, u)), SortOrder.Ascending);
        await folder.MoveToAsync(set, target, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a command, and once more on a new session when the server ended the session under it (Exchange's
    /// "BYE Session invalidated - AccessTokenExpired", a restart). Reading and moving by UID are safe to repeat: a
    /// message already moved is no longer in the folder to be moved again.
    /// </summary>
    private async Task<T> OnceMoreAfterLossAsync<T>(Func<CancellationToken, Task<T>> command, CancellationToken cancellationToken)
    {
        try
        {
            return await command(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ServiceNotConnectedException or ImapProtocolException or IOException && !cancellationToken.IsCancellationRequested)
        {
            _folder = null;
            _targets.Clear();
            if (_client.IsConnected)
            {
                await MailConnection.CloseQuietlyAsync(_client, cancellationToken).ConfigureAwait(false);
            }

            return await command(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        _folder = null;
        _targets.Clear();
        await MailConnection.CloseQuietlyAsync(_client, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync(CancellationToken.None).ConfigureAwait(false);
        _client.Dispose();
    }

    public void Dispose() => _client.Dispose();

    private async Task<IMailFolder> OpenFolderAsync(CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        return _folder!;
    }

    private FolderNamespace PersonalNamespace() =>
        _client.PersonalNamespaces.Count > 0
            ? _client.PersonalNamespaces[0]
            : new FolderNamespace(_client.Inbox.DirectorySeparator, string.Empty);

    private async Task<IMailFolder> GetOrCreateFolderAsync(IReadOnlyList<string> path, CancellationToken cancellationToken)
    {
        // Each level is a LIST round trip; a run files thousands of mails into the same two folders.
        var cacheKey = string.Join('\n', path);
        if (_targets.TryGetValue(cacheKey, out var known))
        {
            return known;
        }

        var found = await FindOrCreateFolderAsync(path, cancellationToken).ConfigureAwait(false);
        _targets[cacheKey] = found;
        return found;
    }

    private async Task<IMailFolder> FindOrCreateFolderAsync(IReadOnlyList<string> path, CancellationToken cancellationToken)
    {
        var ns = PersonalNamespace();
        foreach (var segment in path)
        {
            if (string.IsNullOrWhiteSpace(segment) || segment.Contains(ns.DirectorySeparator, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Folder name '{segment}' is empty or contains the server's separator '{ns.DirectorySeparator}'.",
                    nameof(path));
            }
        }

        // The namespace's root is known since login; asking for it costs no round trip.
        var current = _client.GetFolder(ns);
        foreach (var segment in path)
        {
            current = await GetOrCreateSubfolderAsync(current, segment, cancellationToken).ConfigureAwait(false);
        }

        return current;
    }

    private static async Task<IMailFolder> GetOrCreateSubfolderAsync(
        IMailFolder parent, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await parent.GetSubfolderAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (FolderNotFoundException)
        {
        }

        try
        {
            var created = await parent.CreateAsync(name, isMessageFolder: true, cancellationToken).ConfigureAwait(false)
                ?? await parent.GetSubfolderAsync(name, cancellationToken).ConfigureAwait(false);

            // Mail clients (Outlook, Thunderbird) show only subscribed folders by default.
            await created.SubscribeAsync(cancellationToken).ConfigureAwait(false);
            return created;
        }
        catch (ImapCommandException)
        {
            // Another worker created it between our look and our create.
            return await parent.GetSubfolderAsync(name, cancellationToken).ConfigureAwait(false);
        }
    }
}
