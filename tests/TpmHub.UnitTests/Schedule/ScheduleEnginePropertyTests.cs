using TpmHub.Core.Schedule;

namespace TpmHub.UnitTests.Schedule;

/// <summary>
/// Thousands of random acyclic networks (see <see cref="RandomScheduleNetwork"/>): the engine's schedule must satisfy every
/// rule of the calculation semantics and agree with a fixpoint reference. Failures are collected and reported together,
/// each naming its seed and network, so a broken rule shows every case it breaks.
/// </summary>
public sealed class ScheduleEnginePropertyTests
{
    private const int NetworksPerSeed = 500;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(21)]
    [InlineData(34)]
    public void Compute_RandomAcyclicNetworks_SatisfiesEveryScheduleRule(int seed)
    {
        var random = new Random(seed);
        var failures = new List<string>();
        for (var k = 0; k < NetworksPerSeed && failures.Count < 20; k++)
        {
            var network = RandomScheduleNetwork.Create(random, 60);
            var result = ScheduleEngine.Compute(network.Calendar, network.Tasks, network.Links);
            if (!result.IsSuccess)
            {
                failures.Add($"seed {seed} network {k}: {result.Error!.Message}");
                continue;
            }

            CheckRules(network, result.Value!, msg => failures.Add($"seed {seed} network {k}: {msg}"));
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData(100)]
    [InlineData(200)]
    [InlineData(300)]
    [InlineData(400)]
    public void Compute_SmallRandomNetworks_MatchesRelaxationReference(int seed)
    {
        var random = new Random(seed);
        var failures = new List<string>();
        for (var k = 0; k < NetworksPerSeed && failures.Count < 20; k++)
        {
            var network = RandomScheduleNetwork.Create(random, 25);
            var schedule = ScheduleEngine.Compute(network.Calendar, network.Tasks, network.Links).Value!;
            var reference = new RelaxationSchedule(network);
            void Fail(string msg) => failures.Add($"seed {seed} network {k}: {msg}");

            if (schedule.ProjectFinish != reference.ProjectFinish)
            {
                Fail($"project finish {schedule.ProjectFinish}, reference {reference.ProjectFinish}");
            }

            for (var i = 0; i < network.Tasks.Length; i++)
            {
                var t = schedule.Tasks[i];
                if ((t.EarlyStart, t.EarlyFinish, t.LateStart, t.LateFinish) != (reference.ES[i], reference.EF[i], reference.LS[i], reference.LF[i]))
                {
                    Fail($"{t.Key} ES/EF/LS/LF {t.EarlyStart}/{t.EarlyFinish}/{t.LateStart}/{t.LateFinish}, reference " +
                        $"{reference.ES[i]}/{reference.EF[i]}/{reference.LS[i]}/{reference.LF[i]}");
                }
            }

            // Floats mean what they say: a task delayed by min(free, total) float moves nobody else nor the finish, one day
            // more does; delayed by its total float the finish holds, one day more and it slips. (DESIGN.md's free float
            // ignores the finish for a task with successors, so it can exceed total float; the minimum is the true slack.)
            for (var probe = 0; probe < 3; probe++)
            {
                var i = random.Next(network.Tasks.Length);
                var t = schedule.Tasks[i];
                var free = Math.Min(t.FreeFloat, t.TotalFloat);
                var withinFree = new RelaxationSchedule(network, i, t.EarlyStart + free);
                if (withinFree.ProjectFinish != reference.ProjectFinish || OthersMoved(withinFree, reference, i))
                {
                    Fail($"{t.Key} delayed by its free float {t.FreeFloat} moved another task or the finish");
                }

                var pastFree = new RelaxationSchedule(network, i, t.EarlyStart + free + 1);
                if (pastFree.ProjectFinish == reference.ProjectFinish && !OthersMoved(pastFree, reference, i))
                {
                    Fail($"{t.Key} delayed one day past its free float {t.FreeFloat} moved nothing");
                }

                if (new RelaxationSchedule(network, i, t.EarlyStart + t.TotalFloat).ProjectFinish != reference.ProjectFinish)
                {
                    Fail($"{t.Key} delayed by its total float {t.TotalFloat} moved the finish");
                }

                if (new RelaxationSchedule(network, i, t.EarlyStart + t.TotalFloat + 1).ProjectFinish == reference.ProjectFinish)
                {
                    Fail($"{t.Key} delayed one day past its total float {t.TotalFloat} did not move the finish");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData(500)]
    [InlineData(600)]
    public void FindCycleIfAddedAndCompute_RandomExtraLink_AgreeAndNameRealCycles(int seed)
    {
        var random = new Random(seed);
        var failures = new List<string>();
        var cycles = 0;
        for (var k = 0; k < NetworksPerSeed && failures.Count < 20; k++)
        {
            var network = RandomScheduleNetwork.Create(random, 30);
            var from = network.Tasks[random.Next(network.Tasks.Length)].Key;
            var to = network.Tasks[random.Next(network.Tasks.Length)].Key;
            var edges = network.Links.Select(l => (l.PredecessorKey, l.SuccessorKey)).ToHashSet();
            var predicted = ScheduleEngine.FindCycleIfAdded(network.Links, from, to);
            var withLink = network with { Links = [.. network.Links, new ScheduleLinkInput(from, to, LinkType.FS, 0)] };
            var result = ScheduleEngine.Compute(withLink.Calendar, withLink.Tasks, withLink.Links);
            void Fail(string msg) => failures.Add($"seed {seed} network {k} adding {from} → {to}: {msg}");

            if ((predicted is null) != result.IsSuccess)
            {
                Fail($"FindCycleIfAdded says {(predicted is null ? "no cycle" : "cycle")}, Compute {(result.IsSuccess ? "succeeds" : "fails")}");
                continue;
            }

            if (predicted is null)
            {
                continue;
            }

            cycles++;
            edges.Add((from, to));
            if (predicted[0] != from || predicted[1] != to || predicted[^1] != from || !IsCycle(predicted, edges))
            {
                Fail($"FindCycleIfAdded returned [{string.Join(", ", predicted)}], not a cycle through the new link");
            }

            var named = result.Error!.Message.Replace("Dependency cycle: ", "", StringComparison.Ordinal).Split(" → ");
            if (!IsCycle(named, edges) || named[0] != named[^1])
            {
                Fail($"Compute named \"{result.Error.Message}\", not a cycle of the links");
            }
        }

        failures.Should().BeEmpty();
        cycles.Should().BeGreaterThan(NetworksPerSeed / 10, "enough of the extra links must close a cycle to test anything");
    }

    private static bool IsCycle(IReadOnlyList<string> keys, HashSet<(string, string)> edges)
    {
        for (var i = 0; i + 1 < keys.Count; i++)
        {
            if (!edges.Contains((keys[i], keys[i + 1])))
            {
                return false;
            }
        }

        return keys.Count >= 2 && keys[0] == keys[^1];
    }

    private static bool OthersMoved(RelaxationSchedule delayed, RelaxationSchedule reference, int except)
    {
        for (var j = 0; j < reference.ES.Length; j++)
        {
            if (j != except && delayed.ES[j] != reference.ES[j])
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckRules(RandomScheduleNetwork network, ScheduleResult schedule, Action<string> fail)
    {
        var (calendar, tasks, links) = network;
        var n = tasks.Length;
        var byKey = schedule.Tasks.ToDictionary(t => t.Key);
        var pf = schedule.ProjectFinish;
        if (schedule.Tasks.Count != n)
        {
            fail($"{schedule.Tasks.Count} tasks out for {n} in");
            return;
        }

        if (pf != schedule.Tasks.Max(t => t.EarlyFinish))
        {
            fail($"project finish {pf} is not the latest early finish");
        }

        if (schedule.ProjectStartDate != calendar.Start || schedule.ProjectFinishDate != (pf > 0 ? calendar.DateOf(pf - 1) : calendar.Start))
        {
            fail("project start or finish date breaks the shown-date rule");
        }

        var floor = new int[n];
        for (var i = 0; i < n; i++)
        {
            var t = schedule.Tasks[i];
            var input = tasks[i];
            floor[i] = input.StartNoEarlierThan is { } snet ? Math.Max(0, calendar.OffsetOnOrAfter(snet)) : 0;
            if (t.Key != input.Key || t.DurationDays != input.DurationDays)
            {
                fail($"task {i} is {t.Key}, expected {input.Key} (input order)");
            }

            if (t.EarlyStart < floor[i])
            {
                fail($"{t.Key} starts at {t.EarlyStart}, before 0 or its start-no-earlier-than offset {floor[i]}");
            }

            if (t.EarlyFinish != t.EarlyStart + t.DurationDays || t.LateFinish != t.LateStart + t.DurationDays)
            {
                fail($"{t.Key} finish ≠ start + duration");
            }

            if (t.LateFinish > pf)
            {
                fail($"{t.Key} late finish {t.LateFinish} after project finish {pf}");
            }

            if (t.TotalFloat != t.LateStart - t.EarlyStart || t.TotalFloat < 0 || t.FreeFloat < 0)
            {
                fail($"{t.Key} floats: total {t.TotalFloat} (LS {t.LateStart} − ES {t.EarlyStart}), free {t.FreeFloat}");
            }

            if (t.Critical != (t.TotalFloat == 0))
            {
                fail($"{t.Key} critical flag {t.Critical} with total float {t.TotalFloat}");
            }

            if (t.EarlyStartDate != Shown(calendar, t.EarlyStart, t.DurationDays, start: true)
                || t.EarlyFinishDate != Shown(calendar, t.EarlyStart, t.DurationDays, start: false)
                || t.LateStartDate != Shown(calendar, t.LateStart, t.DurationDays, start: true)
                || t.LateFinishDate != Shown(calendar, t.LateStart, t.DurationDays, start: false))
            {
                fail($"{t.Key} dates break the shown-date rule");
            }
        }

        // Both schedules satisfy every link; a tight link into a critical task is what drives it.
        var driven = new bool[n];
        var index = Enumerable.Range(0, n).ToDictionary(i => tasks[i].Key);
        foreach (var link in links)
        {
            var p = byKey[link.PredecessorKey];
            var s = byKey[link.SuccessorKey];
            var earlySlack = Slack(link, p.EarlyStart, p.EarlyFinish, s.EarlyStart, s.EarlyFinish);
            var lateSlack = Slack(link, p.LateStart, p.LateFinish, s.LateStart, s.LateFinish);
            if (earlySlack < 0 || lateSlack < 0)
            {
                fail($"{link} broken: early slack {earlySlack}, late slack {lateSlack}");
            }

            if (p.FreeFloat > earlySlack)
            {
                fail($"{p.Key} free float {p.FreeFloat} exceeds the slack {earlySlack} of {link}");
            }

            if (s.Critical && p.Critical && earlySlack == 0)
            {
                driven[index[s.Key]] = true;
            }
        }

        var critical = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var t = schedule.Tasks[i];
            if (!t.Critical)
            {
                continue;
            }

            critical.Add(i);
            if (t.EarlyStart != 0 && t.EarlyStart != floor[i] && !driven[i])
            {
                fail($"critical {t.Key} at {t.EarlyStart} is neither at its floor {floor[i]} nor driven by a tight critical link");
            }
        }

        if (!schedule.Tasks.Any(t => t.Critical && t.EarlyFinish == pf))
        {
            fail("no critical task ends at the project finish");
        }

        var expectedPath = critical.OrderBy(i => schedule.Tasks[i].EarlyStart).ThenBy(i => i).Select(i => tasks[i].Key);
        if (!schedule.CriticalPath.SequenceEqual(expectedPath))
        {
            fail($"critical path [{string.Join(", ", schedule.CriticalPath)}] is not the critical tasks by early start then input order");
        }
    }

    private static int Slack(ScheduleLinkInput link, int predStart, int predFinish, int succStart, int succFinish) => link.Type switch
    {
        LinkType.FS => succStart - (predFinish + link.LagDays),
        LinkType.SS => succStart - (predStart + link.LagDays),
        LinkType.FF => succFinish - (predFinish + link.LagDays),
        _ => succFinish - (predStart + link.LagDays),
    };

    /// <summary>The shown-date rule: start on offset s, finish on s+d−1; a milestone on s−1 when s &gt; 0, else on s.</summary>
    private static DateOnly Shown(WorkingCalendar calendar, int offset, int duration, bool start) => duration == 0
        ? calendar.DateOf(offset > 0 ? offset - 1 : offset)
        : calendar.DateOf(start ? offset : offset + duration - 1);
}
