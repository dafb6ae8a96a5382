using TpmHub.Core.People;

namespace TpmHub.UnitTests.People;

public sealed class PlaceholderMatcherTests
{
    private static readonly DateOnly Monday = new(2027, 3, 1);

    private static readonly RoleRequirement[] Architect =
    [
        new() { Kind = RequirementKind.Skill, Name = "AWS", MinLevel = 3 },
        new() { Kind = RequirementKind.Certification, Name = "PMP", Preferred = true },
        new() { Kind = RequirementKind.Skill, Name = "Terraform", MinLevel = 2, Preferred = true },
    ];

    private static MatchCandidate Person(string name, int aws, bool pmp, int terraform = 0, params decimal[] loadPerWeek)
    {
        var weeks = (loadPerWeek.Length == 0 ? [0m, 0m] : loadPerWeek).Select((load, i) => new CapacityWeek(Monday.AddDays(7 * i), 40m, load, 0m, load > 40m)).ToList();
        var skills = new List<(string, int)> { ("aws", aws) };
        if (terraform > 0)
        {
            skills.Add(("Terraform", terraform));
        }

        return new MatchCandidate(Guid.NewGuid(), name, "Engineer", "Cloud", skills, pmp ? new HashSet<string> { "PMP" } : new HashSet<string>(), weeks);
    }

    [Fact]
    public void Rank_RequiredSkillFilters_PreferredNeedsRankFirst_ThenSkillMargin_ThenRoom()
    {
        var candidates = new[]
        {
            Person("Too junior", aws: 2, pmp: true, terraform: 5),
            Person("Plain", aws: 3, pmp: false),
            Person("Expert", aws: 5, pmp: false),
            Person("Certified", aws: 3, pmp: true),
            Person("Both", aws: 3, pmp: true, terraform: 2),
        };

        var ranked = PlaceholderMatcher.Rank(Architect, 50, candidates);

        ranked.Select(m => m.Name).Should().Equal("Both", "Certified", "Expert", "Plain");
        ranked[0].PreferredMet.Should().Be(2);
        ranked[0].PreferredTotal.Should().Be(2);
        ranked[2].SkillMargin.Should().Be(2, "AWS 5 against a minimum of 3");
    }

    [Fact]
    public void Rank_NeedsRoomInEveryWeek_WeeksFullyOffAreLeftOut()
    {
        var busyOneWeek = Person("Busy one week", 3, false, 0, 8m, 24m);
        var roomy = Person("Roomy", 3, false, 0, 20m, 20m);
        var offOneWeek = new MatchCandidate(Guid.NewGuid(), "Away a week", "Engineer", "Cloud", [("AWS", 3)], new HashSet<string>(),
            [new CapacityWeek(Monday, 0m, 0m, 0m, false), new CapacityWeek(Monday.AddDays(7), 40m, 0m, 0m, false)]);

        var ranked = PlaceholderMatcher.Rank(Architect, 50, [busyOneWeek, roomy, offOneWeek]);

        ranked.Select(m => m.Name).Should().Equal("Away a week", "Roomy");
        ranked.Single(m => m.Name == "Roomy").MinFreePercent.Should().Be(50, "20 of 40 hours allocated leaves exactly the 50 % asked");
        PlaceholderMatcher.MinFreePercent(busyOneWeek.Weeks).Should().Be(40);
        PlaceholderMatcher.MinFreePercent([new CapacityWeek(Monday, 0m, 0m, 0m, false)]).Should().BeNull("nobody can work a week of time off");
    }

    [Fact]
    public void Rank_RequiredCertificationFilters_AndNoRequirementsMatchesEveryoneWithRoom()
    {
        RoleRequirement[] pmpRequired = [new() { Kind = RequirementKind.Certification, Name = "pmp" }];
        var candidates = new[] { Person("No cert", 3, false), Person("Cert", 1, true), Person("Overbooked", 3, true, 0, 45m, 45m) };

        PlaceholderMatcher.Rank(pmpRequired, 20, candidates).Select(m => m.Name).Should().Equal("Cert");
        PlaceholderMatcher.Rank([], 100, candidates).Select(m => m.Name).Should().Equal("Cert", "No cert");
    }

    [Fact]
    public void ValidateFor_APlaceholderNeedsARole_AndSaneRequirements()
    {
        AllocationRules.ValidateFor(null, "  ", []).ToDictionary().Should().ContainKey("personId");
        AllocationRules.ValidateFor(Guid.NewGuid(), null, []).Any.Should().BeFalse();
        AllocationRules.ValidateFor(null, "Cloud architect", Architect).Any.Should().BeFalse();
        AllocationRules.ValidateFor(null, new string('r', 201), []).ToDictionary().Should().ContainKey("role");

        var bad = AllocationRules.ValidateFor(null, "Architect",
        [
            new() { Kind = RequirementKind.Skill, Name = "AWS", MinLevel = 6 },
            new() { Kind = RequirementKind.Skill, Name = "aws", MinLevel = 3 },
            new() { Kind = RequirementKind.Certification, Name = " " },
            new() { Kind = RequirementKind.Skill, Name = "Go" },
        ]).ToDictionary();

        bad.Keys.Should().BeEquivalentTo("requirements[0].minLevel", "requirements[1].name", "requirements[2].name", "requirements[3].minLevel");
        AllocationRules.ValidateFor(null, "Architect", Enumerable.Range(0, 21).Select(i => new RoleRequirement { Name = $"s{i}", MinLevel = 1 }).ToList())
            .ToDictionary().Should().ContainKey("requirements");
    }
}
