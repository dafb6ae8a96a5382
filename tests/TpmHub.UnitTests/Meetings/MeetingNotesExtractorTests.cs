using System.Text;
using TpmHub.Core.Meetings;

namespace TpmHub.UnitTests.Meetings;

public sealed class MeetingNotesExtractorTests
{
    private static readonly NotesContext Context = new(new DateOnly(2026, 11, 30),
    [
        new NotesAttendee("Maria Lopez", "maria.lopez@contoso.com", "maria"),
        new NotesAttendee("Raj Patel", null, "raj"),
        new NotesAttendee("Sam Okafor"),
        new NotesAttendee("Sam Whitfield"),
        new NotesAttendee("Priya Shah"),
    ]);

    private static IReadOnlyList<NotesSuggestion> Extract(string notes) => MeetingNotesExtractor.Instance.Extract(notes, Context);

    [Theory]
    [InlineData("@raj to check the quota", 1)]
    [InlineData("maria will send the runbook", 0)]
    [InlineData("MARIA will send the runbook", 0)]
    [InlineData("Maria Lopez will send the runbook", 0)]
    [InlineData("maria.lopez@contoso.com to send the runbook", 0)]
    [InlineData("Send the runbook by Friday (Raj)", 1)]
    [InlineData("Send the runbook by Friday -> Priya", 4)]
    [InlineData("[Raj] send the runbook", 1)]
    [InlineData("Update the runbook, owner: Priya, due 12/3", 4)]
    [InlineData("Sam Whitfield to book the pen test", 3)]
    [InlineData("Review the DR plan (RP) – Fri", 1)]
    [InlineData("Add the sysctl to the node image — Priya — 11 Dec", 4)]
    [InlineData("Pen test\n- Highs to be triaged into the backlog by Priya before the next steering", 4)]
    [InlineData("Raj's going to pull the cost anomalies", 1)]
    [InlineData("Maria, can you send the runbook by Friday?", 0)]
    [InlineData("@raj can u look at the login crash asap", 1)]
    public void Extract_OwnerWritten_ResolvesToTheAttendee(string notes, int owner)
    {
        var s = Extract(notes).Should().ContainSingle().Subject;
        s.Kind.Should().Be(SuggestionKind.Action);
        s.OwnerIndex.Should().Be(owner);
    }

    [Theory]
    [InlineData("Sam to review the firewall rules")]
    [InlineData("the DBA team will tune the slow queries")]
    [InlineData("infra to open the ports")]
    [InlineData("someone to update the wiki")]
    [InlineData("John will send the contract to legal")]
    [InlineData("Rotate the keys by Friday (owner: TBD)")]
    [InlineData("We need to confirm the date with marketing")]
    public void Extract_OwnerNoAttendeeOrAmbiguous_IsActionWithoutOwner(string notes)
    {
        var s = Extract(notes).Should().ContainSingle().Subject;
        s.Kind.Should().Be(SuggestionKind.Action);
        s.OwnerIndex.Should().BeNull();
    }

    [Fact]
    public void Extract_TwoPeopleInOneSentence_GivesTwoActionsWithTheirOwners()
    {
        var got = Extract("Maria will send the runbook and Raj will check the quota by Friday.");

        got.Should().HaveCount(2);
        got.Select(s => s.OwnerIndex).Should().Equal(0, 1);
        got.Should().OnlyContain(s => s.Due == new DateOnly(2026, 12, 4));
        got[0].Text.Should().Be("Maria will send the runbook");
    }

    [Theory]
    [InlineData("Should we move the date?")]
    [InlineData("Can you, Tom, look at the costs?")]
    [InlineData("We migrated the DB last week.")]
    [InlineData("Maria sent the runbook.")]
    [InlineData("- [x] Raj to update the CMDB")]
    [InlineData("Done: firewall rules for the test subnet")]
    [InlineData("> Raj: we will never hit the date if the vendor slips")]
    [InlineData("The vendor said \"we'll deliver the cables on Monday\"")]
    [InlineData("## Action items")]
    [InlineData("Attendees: Maria Lopez, Raj Patel")]
    [InlineData("Agenda:\n1. Status\n2. Risks\n3. Decisions needed")]
    [InlineData("```\nMaria will deploy the script\n```")]
    [InlineData("We need to decide on the cutover date.")]
    public void Extract_NotASuggestion_GivesNothing(string notes)
    {
        Extract(notes).Should().BeEmpty();
    }

    [Fact]
    public void Extract_DecidedNotTo_IsADecisionNeverAnAction()
    {
        var s = Extract("We decided not to migrate the reporting DB this year.").Should().ContainSingle().Subject;
        s.Kind.Should().Be(SuggestionKind.Decision);
        s.OwnerIndex.Should().BeNull();
        s.Due.Should().BeNull();
    }

    [Theory]
    [InlineData("ACTION: Maria to send the runbook", SuggestionKind.Action, "Maria to send the runbook")]
    [InlineData("- [ ] update the runbook", SuggestionKind.Action, "Update the runbook")]
    [InlineData("TODO book the rehearsal", SuggestionKind.Action, "Book the rehearsal")]
    [InlineData("DECISION: blue-green for the cutover", SuggestionKind.Decision, "Blue-green for the cutover")]
    [InlineData("Agreed: hypercare lasts two weeks", SuggestionKind.Decision, "Hypercare lasts two weeks")]
    [InlineData("RISK: the vendor may slip", SuggestionKind.Risk, "The vendor may slip")]
    [InlineData("Blocker: waiting on the firewall change", SuggestionKind.Risk, "Waiting on the firewall change")]
    [InlineData("Issue: backups failing on host 3", SuggestionKind.Risk, "Backups failing on host 3")]
    [InlineData("the migration could slip if the vendor is late", SuggestionKind.Risk, "The migration could slip if the vendor is late")]
    [InlineData("going with blue-green for the cutover", SuggestionKind.Decision, "Going with blue-green for the cutover")]
    [InlineData("The committee approved the extra budget.", SuggestionKind.Decision, "The committee approved the extra budget")]
    public void Extract_Marker_GivesKindAndCleanTitle(string notes, SuggestionKind kind, string text)
    {
        var s = Extract(notes).Should().ContainSingle().Subject;
        s.Kind.Should().Be(kind);
        s.Text.Should().Be(text);
    }

    [Fact]
    public void Extract_SectionHeadings_SetTheKindOfTheirLines()
    {
        const string notes = "## Decisions\n- Keep the March go-live\n\n## Risks\n- Licence true-up costs\n\n## Next steps\n- Priya: draft the comms, Fri\n";

        var got = Extract(notes);

        got.Select(s => s.Kind).Should().Equal(SuggestionKind.Decision, SuggestionKind.Risk, SuggestionKind.Action);
        got[2].OwnerIndex.Should().Be(4);
        got[2].Due.Should().Be(new DateOnly(2026, 12, 4));
    }

    [Fact]
    public void Extract_ActionTable_ReadsOwnerAndDueColumns()
    {
        const string notes = "| Action | Owner | Due | Status |\n|---|---|---|---|\n| Load test search | Raj | 8 Dec | open |\n| Fix login | Maria | 11/27 | done |\n";

        var s = Extract(notes).Should().ContainSingle().Subject;

        s.Text.Should().Be("Load test search");
        s.OwnerIndex.Should().Be(1);
        s.Due.Should().Be(new DateOnly(2026, 12, 8));
        notes.Substring(s.SourceStart, s.Source.Length).Should().Be(s.Source);
    }

    [Fact]
    public void Extract_TranscriptFirstPerson_IsTheSpeakers()
    {
        var s = Extract("Raj Patel  10:03 AM\nYep. I'll raise the quota request today.\n").Should().ContainSingle().Subject;
        s.OwnerIndex.Should().Be(1);
        s.Due.Should().Be(new DateOnly(2026, 11, 30));
        s.Source.Should().Be("I'll raise the quota request today.");
    }

    [Fact]
    public void Extract_AbbreviationsAndDottedDates_DoNotSplitTheSentence()
    {
        var s = Extract("Maria will compare the options, e.g. blue-green vs. canary, by 3.12. and report back.").Should().ContainSingle().Subject;
        s.Due.Should().Be(new DateOnly(2026, 12, 3));
        s.Source.Should().EndWith("report back.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    [InlineData("#\n-\n* [ ]\n|")]
    public void Extract_EmptyOrWhitespace_GivesNothing(string notes)
    {
        Extract(notes).Should().BeEmpty();
    }

    [Fact]
    public void Extract_NullArguments_Throw()
    {
        var act = () => MeetingNotesExtractor.Instance.Extract(null!, Context);
        act.Should().Throw<ArgumentNullException>();
        var act2 = () => MeetingNotesExtractor.Instance.Extract("x", null!);
        act2.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Extract_OneMegabyteOfNotes_DoesNotThrowAndKeepsOffsets()
    {
        var corpus = string.Join("\n\n", NotesCorpus.Load().Select(n => n.Notes));
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append(corpus).Append("\n\n");
        }

        // and one pathological line: a megabyte with no line break, quotes left open and pipes
        var notes = sb.ToString() + new string('a', 50_000) + " \"" + string.Concat(Enumerable.Repeat("x | ", 20_000)) + "((((" + new string('.', 10_000);

        var got = MeetingNotesExtractor.Instance.Extract(notes, Context);

        got.Should().NotBeEmpty();
        got.Should().OnlyContain(s => notes.Substring(s.SourceStart, s.Source.Length) == s.Source);
    }

    [Fact]
    public void Extract_FiveThousandWordsOfRepeatedNotes_FindsEveryCopyWithExactSources()
    {
        // Speed is measured by MeetingNotesExtractorBenchmarks (docs/benchmarks.md), never by a timed unit test.
        var corpus = string.Join("\n\n", NotesCorpus.Load().Select(n => n.Notes));
        var single = MeetingNotesExtractor.Instance.Extract(corpus, Context).Count;
        var words = corpus.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var copies = Math.Max(1, 5000 / words + 1);
        var notes = string.Concat(Enumerable.Repeat(corpus + "\n\n", copies));

        var got = MeetingNotesExtractor.Instance.Extract(notes, Context);

        got.Should().HaveCount(single * copies);
        got.Should().OnlyContain(s => notes.Substring(s.SourceStart, s.Source.Length) == s.Source);
    }

    [Fact]
    public void Extract_InitialsTwoAttendeesShare_IsActionWithoutOwner()
    {
        // Sam Okafor and Sam Whitfield are both "S…", but "SO" fits one; "Check the timing (SW)" is Sam Whitfield.
        Extract("Check the DB migration timing (SO)").Should().ContainSingle().Which.OwnerIndex.Should().Be(2);
        var twoSams = new NotesContext(Context.MeetingDate, [new NotesAttendee("Marco Rossi"), new NotesAttendee("Mark Russo")]);
        MeetingNotesExtractor.Instance.Extract("Check the DB migration timing (MR)", twoSams)
            .Should().ContainSingle().Which.OwnerIndex.Should().BeNull();
    }

    [Fact]
    public void Extract_OwnerOnParentBullet_OwnsTheNestedBullets()
    {
        var got = Extract("- **Raj**\n  - remove stale service accounts — by Fri\n  - rotate the break-glass passwords\n- General\n  - someone from infra needs to own the server side\n");
        got.Select(s => s.OwnerIndex).Should().Equal(1, 1, null);
        got[0].Due.Should().Be(new DateOnly(2026, 12, 4));
    }

    [Fact]
    public void Extract_BoldNameOverStandupBullets_OwnsThemAndSkipsYesterday()
    {
        var got = Extract("# Standup\n\n**Priya**\n- Y: perf test on staging\n- T: write up perf results, will share by tomorrow\n- Blockers: –\n");
        var s = got.Should().ContainSingle().Subject;
        s.OwnerIndex.Should().Be(4);
        s.Due.Should().Be(new DateOnly(2026, 12, 1));
    }

    [Fact]
    public void Extract_EmailSignedOff_FirstPersonIsTheSender()
    {
        var got = Extract("Hi all,\n\nNext steps:\n- I'll set up a fortnightly checkpoint with their lead.\n\nThanks,\nPriya\n");
        got.Should().ContainSingle().Which.OwnerIndex.Should().Be(4);
    }

    [Fact]
    public void Extract_RequestAnsweredWithWillDo_KeepsTheRequest()
    {
        var got = Extract("Maria Lopez: Raj, can you raise the RFC this week?\nRaj Patel: Yep, will do.\n");
        var s = got.Should().ContainSingle().Subject;
        s.OwnerIndex.Should().Be(1);
        s.Due.Should().Be(new DateOnly(2026, 12, 4));
    }

    [Fact]
    public void Extract_BritishNote_ReadsSlashDatesDayFirst()
    {
        var got = Extract("Progress meeting, Monday 30th November\n\n- Wave 1 goes ahead on the 3rd Dec.\n- Priya to update the install script, due 03/12/2026.\n- Raj will chase finance, w/c 7/12.\n");
        got.Where(s => s.Kind == SuggestionKind.Action).Select(s => s.Due).Should().Equal(new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 7));
    }

    [Fact]
    public void Extract_RagTable_RedAndAmberRowsAreRisksGreenAreNot()
    {
        var got = Extract("| Workstream | RAG | Commentary |\n|---|---|---|\n| Apps | Green | on track |\n| Data | 🟠 Amber | cutover at risk, extracts failing |\n| Network | Red | second circuit delayed to Feb |\n");
        got.Should().HaveCount(2).And.OnlyContain(s => s.Kind == SuggestionKind.Risk);
        got[0].Source.Should().Be("cutover at risk, extracts failing");
    }

    [Fact]
    public void Extract_NumberedItemOwnerDueTable_IsAnActionTable()
    {
        var got = Extract("## Committed scope\n| # | Item | Owner | Due |\n|---|---|---|---|\n| 1 | Finish the export API | Raj | 10 Dec |\n| 2 | Load test exports | TBD | 17 Dec |\n");
        got.Should().HaveCount(2).And.OnlyContain(s => s.Kind == SuggestionKind.Action);
        got.Select(s => s.OwnerIndex).Should().Equal(1, null);
    }
}
