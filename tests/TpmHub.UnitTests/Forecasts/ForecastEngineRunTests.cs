using TpmHub.Core.Common;
using TpmHub.Core.Forecasts;
using TpmHub.Core.Schedule;
using static TpmHub.UnitTests.Forecasts.ForecastTestData;

namespace TpmHub.UnitTests.Forecasts;

/// <summary>Running: seeding and reproducibility, progress, cancellation, validation and the window of dates.</summary>
public sealed class ForecastEngineRunTests
{
    /// <summary>Twelve items with spreads in two streams, all link types and two risks.</summary>
    private static ForecastInput Mixed(int seed, int? workers) => Input(
        [.. Enumerable.Range(0, 12).Select(i => Item($"T{i}", 3 + i % 5, 100m * (i + 1), i % 3 == 0 ? null : (2m, 3m + i % 5, 9m + i)))],
        [Link("T0", "T1"), Link("T1", "T2", LinkType.SS, 2), Link("T2", "T3", LinkType.FF, -1), Link("T3", "T4", LinkType.SF, 4),
            Link("T0", "T5"), Link("T5", "T6"), Link("T6", "T7", LinkType.FS, -2), Link("T4", "T8"), Link("T7", "T8"), Link("T8", "T9"),
            Link("T9", "T10", LinkType.SS, 1), Link("T10", "T11")],
        [Risk("R1", 0.3, 4, 1_000m, "T2", "T6"), Risk("R2", 0.7, 2, 50.5m, "T9")]) with
    {
        Seed = seed,
        Workers = workers,
        Iterations = 3_050,
        DefaultSpreadLowPercent = 10,
        DefaultSpreadHighPercent = 40,
        TargetDate = new DateOnly(2026, 2, 20),
    };

    [Fact]
    public void Run_SameSeedOnOneTwoAndFiveWorkers_GivesIdenticalResults()
    {
        var one = Run(Mixed(11, 1));
        var two = Run(Mixed(11, 2));
        var five = Run(Mixed(11, 5));
        var again = Run(Mixed(11, null));

        foreach (var other in new[] { two, five, again })
        {
            other.Should().BeEquivalentTo(one, o => o.WithStrictOrdering());
            other.Drivers.Select(d => BitConverter.DoubleToInt64Bits(d.Correlation)).Should().Equal(one.Drivers.Select(d => BitConverter.DoubleToInt64Bits(d.Correlation)));
            other.Criticality.Should().Equal(one.Criticality);
            other.FinishHistogram.Should().Equal(one.FinishHistogram);
        }

        one.Drivers.Should().NotBeEmpty();
        one.Criticality.Should().Contain(c => c.Index > 0 && c.Index < 1);
    }

    [Fact]
    public void Run_DifferentSeeds_GiveDifferentResults()
    {
        var a = Run(Mixed(11, null));
        var b = Run(Mixed(12, null));

        b.FinishHistogram.Should().NotEqual(a.FinishHistogram);
        b.Criticality.Should().NotEqual(a.Criticality);
        b.Seed.Should().Be(12);
    }

    [Fact]
    public void ChunkSeed_NeighbouringSeedsAndChunks_AreAllDistinct()
    {
        var seeds = new HashSet<int>();
        for (var seed = -50; seed < 50; seed++)
        {
            for (var chunk = 0; chunk < 1_000; chunk++)
            {
                seeds.Add(ForecastEngine.ChunkSeed(seed, chunk));
            }
        }

        seeds.Should().HaveCountGreaterThan(99_990, "32-bit seeds may collide now and then, but not in a pattern");
    }

    [Fact]
    public void Run_WithProgress_ReportsIncreasingCountsEndingWithAll()
    {
        var reports = new List<ForecastProgress>();
        var progress = new SyncProgress(p =>
        {
            lock (reports)
            {
                reports.Add(p);
            }
        });

        var result = Run(Mixed(3, null) with { Iterations = 10_000 }, progress);

        result.Cancelled.Should().BeFalse();
        reports.Should().HaveCountGreaterThan(10).And.HaveCountLessThanOrEqualTo(101);
        reports.Select(r => r.IterationsDone).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        reports[^1].Should().Be(new ForecastProgress(10_000, 10_000));
    }

    [Fact]
    public void Run_CancelledFromProgressAfterFirstChunk_StopsAndSaysCancelled()
    {
        using var cancel = new CancellationTokenSource();
        // 5,000 iterations report after every chunk of 100; the first report cancels.
        var input = Mixed(5, null) with { Iterations = ForecastInput.DefaultIterations };

        var result = Run(input, new SyncProgress(_ => cancel.Cancel()), cancel.Token);

        result.Cancelled.Should().BeTrue();
        result.IterationsRequested.Should().Be(ForecastInput.DefaultIterations);
        result.Iterations.Should().BeGreaterThanOrEqualTo(ForecastEngine.ChunkIterations).And.BeLessThan(ForecastInput.DefaultIterations / 5,
            "no chunk starts once the token is cancelled; only those already running finish");
        result.Iterations.Should().Be(result.Iterations / ForecastEngine.ChunkIterations * ForecastEngine.ChunkIterations, "only whole chunks count");
        result.FinishHistogram.Sum(b => b.Count).Should().Be(result.Iterations);
        result.FinishP50.Offset.Should().BeLessThanOrEqualTo(result.FinishP95.Offset);
    }

    [Fact]
    public void Run_CancelledBeforeItStarts_RunsOneChunkOnly()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var result = Run(Mixed(5, 1), cancellationToken: cancel.Token);

        (result.Cancelled, result.Iterations).Should().Be((true, ForecastEngine.ChunkIterations));
    }

    [Theory]
    [InlineData(99, ForecastEngine.IterationsField)]
    [InlineData(100_001, ForecastEngine.IterationsField)]
    public void Run_IterationsOutOfRange_FailsOnIterations(int iterations, string field)
    {
        var result = ForecastEngine.Run(Input([Item("A", 1)]) with { Iterations = iterations });

        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.Fields.Should().ContainKey(field);
    }

    [Fact]
    public void Run_BadSettingsItemsAndRisks_NamesEveryField()
    {
        var input = Input(
            [Item("A", 5, -1m), Item("B", 5, estimate: (6m, 5m, 7m)), Item("C", 5, estimate: (1m, 2m, 100_001m))],
            [],
            [Risk("R1", 1.5, 2, 0m, "A"), Risk("R1", 0.5, -1, -3m, "X", "A", "A"), Risk("", double.NaN, 0, 0m)]) with
        {
            DefaultSpreadLowPercent = 101,
            DefaultSpreadHighPercent = double.NaN,
            Distribution = (ForecastDistribution)7,
            TargetDate = new DateOnly(2200, 1, 1),
            MaxDrivers = 0,
            Workers = 0,
        };

        var error = ForecastEngine.Run(input).Error!;

        error.Fields!.Keys.Should().BeEquivalentTo(
            ForecastEngine.TasksField, ForecastEngine.RisksField, ForecastEngine.SpreadLowField, ForecastEngine.SpreadHighField,
            ForecastEngine.DistributionField, ForecastEngine.TargetDateField, ForecastEngine.MaxDriversField, ForecastEngine.WorkersField);
        error.Fields[ForecastEngine.TasksField].Should().HaveCount(3);
        error.Fields[ForecastEngine.RisksField].Should().Contain(
        [
            "Risk R1 needs a probability between 0 and 1.", "Risk key R1 is used by more than one risk.",
            "Risk R1 needs a schedule impact of 0–100000 working days.", "Risk R1 has a negative cost impact.",
            "Risk R1 is linked to an unknown task X.", "Risk R1 lists task A more than once.", "Risk 3 has no key.",
        ]);
    }

    [Fact]
    public void Run_Cycle_FailsLikeTheScheduleEngine()
    {
        var items = new[] { Item("A", 1), Item("B", 1), Item("C", 1) };
        var links = new[] { Link("A", "B"), Link("B", "C", LinkType.SS), Link("C", "A", LinkType.FF) };

        var error = ForecastEngine.Run(Input(items, links)).Error!;

        var schedule = ScheduleEngine.Compute(Calendar(), items.Select(i => new ScheduleTaskInput(i.Key, i.DurationDays, null)).ToArray(), links);
        error.Should().BeEquivalentTo(schedule.Error);
        error.Message.Should().Be("Dependency cycle: A → B → C → A");
        error.Fields![ScheduleEngine.DependenciesField].Should().Equal("Dependency cycle: A → B → C → A");
    }

    [Fact]
    public void Run_UnknownLinkEndAndRepeatedKey_FailOnTheScheduleFields()
    {
        var error = ForecastEngine.Run(Input([Item("A", 1), Item("A", 2)], [Link("A", "Z")])).Error!;

        error.Fields!.Keys.Should().BeEquivalentTo(ScheduleEngine.TasksField, ScheduleEngine.DependenciesField);
    }

    [Fact]
    public void Run_IterationPastTheWindow_FailsOnTheWindowNamingTheTask()
    {
        // About 19,600 working days remain to 2100-12-31; a certain 20,000-day delay on B cannot fit.
        var error = ForecastEngine.Run(Input([Item("A", 5), Item("B", 5)], [Link("A", "B")], [Risk("R1", 1.0, 20_000, 0m, "B")])).Error!;

        error.Fields!.Keys.Should().Equal(ScheduleEngine.WindowField);
        error.Message.Should().Be("In forecast iteration 1, B would finish after 2100-12-31, the last date a schedule may reach.");
    }

    [Fact]
    public void Run_PlanPastTheWindow_FailsLikeTheScheduleEngine()
    {
        var items = new[] { Item("A", 25_000) };

        var error = ForecastEngine.Run(Input(items)).Error!;

        error.Should().BeEquivalentTo(ScheduleEngine.Compute(Calendar(), [new ScheduleTaskInput("A", 25_000, null)], []).Error);
    }
}
