using TpmHub.Core.Raci;

namespace TpmHub.UnitTests.Raci;

public sealed class RaciRulesTests
{
    private const string Item = "CLD-12 Co-location exit";

    private static readonly Guid Cfo = Guid.Parse("0195f000-0000-7000-8000-000000000001");
    private static readonly Guid Ciso = Guid.Parse("0195f000-0000-7000-8000-000000000002");
    private static readonly Guid Ops = Guid.Parse("0195f000-0000-7000-8000-000000000003");

    /// <summary>Members "lead" and "ops-user"; stakeholders CFO and CISO without accounts, and Ops who is the member "ops-user".</summary>
    private static readonly RaciPeople People = new(
        new HashSet<string>(["lead", "ops-user"], StringComparer.Ordinal),
        new Dictionary<Guid, string?> { [Cfo] = null, [Ciso] = null, [Ops] = "ops-user" });

    [Fact]
    public void Problems_OneAccountableAndOneResponsible_IsNone() =>
        RaciRules.Problems([RaciRole.Accountable, RaciRole.Responsible, RaciRole.Consulted, RaciRole.Informed]).Should().BeEmpty();

    [Fact]
    public void Problems_OneAccountableAndManyResponsible_IsNone() =>
        RaciRules.Problems([RaciRole.Responsible, RaciRole.Accountable, RaciRole.Responsible]).Should().BeEmpty();

    [Fact]
    public void Problems_NoAccountable_IsNoAccountable() =>
        RaciRules.Problems([RaciRole.Responsible, RaciRole.Consulted]).Should().Equal(RaciProblem.NoAccountable);

    [Fact]
    public void Problems_TwoAccountable_IsManyAccountable() =>
        RaciRules.Problems([RaciRole.Accountable, RaciRole.Responsible, RaciRole.Accountable]).Should().Equal(RaciProblem.ManyAccountable);

    [Fact]
    public void Problems_NoResponsible_IsNoResponsible() =>
        RaciRules.Problems([RaciRole.Accountable, RaciRole.Informed]).Should().Equal(RaciProblem.NoResponsible);

    [Fact]
    public void Problems_EmptyRow_IsNoAccountableAndNoResponsible() =>
        RaciRules.Problems([]).Should().Equal(RaciProblem.NoAccountable, RaciProblem.NoResponsible);

    [Fact]
    public void Problems_ManyAccountableAndNoResponsible_NamesBothAccountabilityFirst() =>
        RaciRules.Problems([RaciRole.Accountable, RaciRole.Accountable, RaciRole.Accountable]).Should()
            .Equal(RaciProblem.ManyAccountable, RaciProblem.NoResponsible);

    [Fact]
    public void ProblemTexts_NoAccountable_NamesTheItem() =>
        RaciRules.ProblemTexts(Item, [("Jordan Lee", RaciRole.Responsible)]).Should().Equal("No one is accountable for CLD-12 Co-location exit");

    [Fact]
    public void ProblemTexts_ManyAccountable_CountsAndNamesThemInOrder() =>
        RaciRules.ProblemTexts(Item, [("Dana Lee", RaciRole.Accountable), ("Jordan Lee", RaciRole.Responsible), ("Sam Patel", RaciRole.Accountable)])
            .Should().Equal("2 people are accountable for CLD-12 Co-location exit: Dana Lee, Sam Patel");

    [Fact]
    public void ProblemTexts_EmptyRow_HasBothSentences() =>
        RaciRules.ProblemTexts(Item, []).Should().Equal("No one is accountable for CLD-12 Co-location exit", "No one is responsible for CLD-12 Co-location exit");

    [Fact]
    public void ProblemTexts_RowKeepingTheRule_IsEmpty() =>
        RaciRules.ProblemTexts(Item, [("Helen Okafor", RaciRole.Accountable), ("Jordan Lee", RaciRole.Responsible)]).Should().BeEmpty();

    [Fact]
    public void Next_CyclesEmptyThroughRacBackToEmpty()
    {
        RaciRole? role = null;
        var seen = new List<RaciRole?>();
        for (var i = 0; i < 5; i++)
        {
            role = RaciRules.Next(role);
            seen.Add(role);
        }

        seen.Should().Equal(RaciRole.Responsible, RaciRole.Accountable, RaciRole.Consulted, RaciRole.Informed, null);
    }

    [Theory]
    [InlineData("R", RaciRole.Responsible)]
    [InlineData("A", RaciRole.Accountable)]
    [InlineData("C", RaciRole.Consulted)]
    [InlineData("I", RaciRole.Informed)]
    [InlineData(" a ", RaciRole.Accountable)]
    public void ParseLetter_EachLetter_IsItsRoleAndPrintsBackUpperCase(string text, RaciRole expected)
    {
        RaciRules.ParseLetter(text).Should().Be(expected);
        RaciRules.Letter(expected).Should().Be(text.Trim().ToUpperInvariant());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("X")]
    [InlineData("Responsible")]
    [InlineData("RA")]
    public void ParseLetter_AnythingElse_IsNoRole(string? text) => RaciRules.ParseLetter(text).Should().BeNull();

    [Fact]
    public void Validate_MembersAndStakeholders_AreAcceptedInOrder()
    {
        var result = RaciRules.Validate([new("lead", null, "R"), new(null, Cfo.ToString(), "a"), new(" ops-user ", "", "I")], People);

        result.IsSuccess.Should().BeTrue();
        result.Value.Should().Equal(
            new RaciAssignment(RaciPerson.Member("lead"), RaciRole.Responsible),
            new RaciAssignment(RaciPerson.Stakeholder(Cfo), RaciRole.Accountable),
            new RaciAssignment(RaciPerson.Member("ops-user"), RaciRole.Informed));
    }

    [Fact]
    public void Validate_RowBreakingTheRule_IsStillValid() =>
        RaciRules.Validate([new("lead", null, "A"), new(null, Cfo.ToString(), "A")], People).IsSuccess.Should().BeTrue();

    [Fact]
    public void Validate_EmptyList_ClearsTheRow() => RaciRules.Validate([], People).Value.Should().BeEmpty();

    [Fact]
    public void Validate_NoList_NamesCells() => Fields(RaciRules.Validate(null, People)).Should().Equal("cells");

    [Fact]
    public void Validate_NullCell_NamesTheCell() => Fields(RaciRules.Validate([new("lead", null, "R"), null], People)).Should().Equal("cells[1]");

    [Fact]
    public void Validate_BothPeople_NamesBothFieldsOfThatCell() =>
        Fields(RaciRules.Validate([new("lead", null, "A"), new("lead", Cfo.ToString(), "R")], People))
            .Should().BeEquivalentTo("cells[1].memberUserId", "cells[1].stakeholderId");

    [Fact]
    public void Validate_NeitherPerson_NamesBothFieldsOfThatCell() =>
        Fields(RaciRules.Validate([new(" ", null, "R")], People)).Should().BeEquivalentTo("cells[0].memberUserId", "cells[0].stakeholderId");

    [Fact]
    public void Validate_UserWhoIsNotAMember_NamesMemberUserId()
    {
        var result = RaciRules.Validate([new("someone-else", null, "R")], People);

        result.Error!.Fields!["cells[0].memberUserId"].Should().ContainSingle().Which.Should().Contain("not a member of this project");
    }

    [Theory]
    [InlineData("0195f000-0000-7000-8000-0000000000ff")]
    [InlineData("not-a-guid")]
    public void Validate_StakeholderNotOfThisProject_NamesStakeholderId(string id) =>
        Fields(RaciRules.Validate([new(null, id, "C")], People)).Should().Equal("cells[0].stakeholderId");

    [Theory]
    [InlineData("X")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("RA")]
    public void Validate_RoleNotRaci_NamesRole(string? role) =>
        Fields(RaciRules.Validate([new("lead", null, "R"), new(null, Ciso.ToString(), role)], People)).Should().Equal("cells[1].role");

    [Fact]
    public void Validate_SameMemberTwice_NamesTheSecond() =>
        Fields(RaciRules.Validate([new("lead", null, "R"), new("lead", null, "A")], People)).Should().Equal("cells[1].memberUserId");

    [Fact]
    public void Validate_SameStakeholderTwice_NamesTheSecond() =>
        Fields(RaciRules.Validate([new(null, Cfo.ToString(), "A"), new("lead", null, "R"), new(null, Cfo.ToString().ToUpperInvariant(), "C")], People))
            .Should().Equal("cells[2].stakeholderId");

    [Fact]
    public void Validate_MemberAndTheStakeholderWhoIsTheSameUser_IsOnePersonTwice() =>
        Fields(RaciRules.Validate([new("ops-user", null, "R"), new(null, Ops.ToString(), "A")], People)).Should().Equal("cells[1].stakeholderId");

    [Fact]
    public void Validate_NulInAnId_NamesThatField() =>
        Fields(RaciRules.Validate([new("le\0ad", null, "R")], People)).Should().Equal("cells[0].memberUserId");

    [Fact]
    public void Validate_SeveralBadCells_NamesEachOne() =>
        Fields(RaciRules.Validate([new("nobody", null, "R"), new("lead", null, "Z"), new(null, null, "A")], People))
            .Should().BeEquivalentTo("cells[0].memberUserId", "cells[1].role", "cells[2].memberUserId", "cells[2].stakeholderId");

    [Fact]
    public void Validate_MoreCellsThanTheLimit_NamesCells() =>
        Fields(RaciRules.Validate(Enumerable.Repeat<RaciCellInput?>(new("lead", null, "R"), RaciRules.MaxCellsPerRow + 1).ToList(), People))
            .Should().Equal("cells");

    private static IEnumerable<string> Fields<T>(TpmHub.Core.Common.Result<T> result)
    {
        result.IsSuccess.Should().BeFalse();
        return result.Error!.Fields!.Keys;
    }
}
