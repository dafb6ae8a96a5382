namespace TpmHub.Core.Sharing;

/// <summary>One opening of a share link: when, and the viewer's address hashed (never the address itself).</summary>
public sealed class ShareLinkView
{
    public long Id { get; set; }

    public Guid ShareLinkId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Lower-case hex SHA-256 of the link id and the remote address, so one viewer's visits can be told apart but not traced.</summary>
    public string AddressHash { get; set; } = "";

    /// <summary>What was opened: <c>dashboard</c> or <c>report</c>.</summary>
    public string What { get; set; } = "";
}
