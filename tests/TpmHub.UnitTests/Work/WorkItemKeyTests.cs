using TpmHub.Web.Features.Work.Items;

namespace TpmHub.UnitTests.Work;

public sealed class WorkItemKeyTests
{
    [Theory]
    [InlineData("CLD-42", "CLD")]
    [InlineData("LGAAB-7", "LGAAB")]
    [InlineData("CLD-0", null)]
    [InlineData("CLD-", null)]
    [InlineData("-3", null)]
    [InlineData("CLD42", null)]
    [InlineData("CLD-x", null)]
    [InlineData(null, null)]
    public void ProjectKeyOf_ItemKey_ReturnsItsProject(string? itemKey, string? expected) =>
        WorkItemService.ProjectKeyOf(itemKey).Should().Be(expected);
}
