using System.Text.RegularExpressions;

namespace TpmHub.Core.Meetings;

/// <summary>
/// The hand-written rules: explicit markers, the "X will / X to" subject pattern, decision and risk phrases, and the
/// filters for what only looks like a suggestion (done, past, pending, questions). All patterns are linear: no nested
/// quantifiers over free text.
/// </summary>
internal static partial class NotesRules
{
    private static readonly HashSet<string> ActionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "send", "share", "check", "update", "review", "draft", "prepare", "schedule", "set", "book", "follow", "reach",
        "ping", "email", "contact", "confirm", "create", "write", "fix", "investigate", "look", "sync", "raise", "file",
        "open", "run", "test", "validate", "verify", "deploy", "organise", "organize", "circulate", "coordinate", "own",
        "drive", "lead", "chase", "escalate", "ask", "talk", "get", "provide", "document", "publish", "add", "remove",
        "clean", "move", "arrange", "finalise", "finalize", "complete", "finish", "start", "kick", "loop", "align",
        "present", "demo", "estimate", "plan", "order", "request", "submit", "sign", "rotate", "patch", "upgrade",
        "configure", "install", "monitor", "track", "capture", "collect", "compile", "gather", "analyse", "analyze",
        "assess", "evaluate", "compare", "summarise", "summarize", "handle", "pick", "build", "implement", "benchmark",
        "measure", "dig", "reproduce", "triage", "notify", "inform", "brief", "invite", "tidy", "cancel", "reschedule",
        "renew", "negotiate", "procure", "buy", "replace", "decommission", "retire", "archive", "restore", "enable",
        "disable", "extend", "increase", "reduce", "bump", "double-check", "recheck", "rerun", "re-run", "call", "meet",
        "discuss", "propose", "recommend", "research", "explore", "spike", "prototype", "produce", "deliver", "hand",
        "transfer", "migrate", "onboard", "train", "audit", "scan", "remediate", "harden", "apply", "communicate",
        "announce", "post", "upload", "provision", "size", "quote", "price", "interview", "hire", "touch", "connect",
        "liaise", "engage", "secure", "obtain", "source", "identify", "define", "clarify", "map", "list", "inventory",
        "label", "tag", "merge", "refactor", "split", "resolve", "mitigate", "walk", "setup", "sort", "nudge", "remind",
        "take", "do", "make", "tune", "optimise", "optimize", "fix-up", "follow-up", "come", "write-up", "put", "give", "speak", "coordinate", "close", "push", "pull", "dry-run",
        "rehearse", "sanity-check", "pair", "help", "support", "cover", "backfill", "reconcile", "load", "export", "import",
    };

    private static readonly HashSet<string> NotVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "not", "this", "that", "these", "those", "our", "my", "your", "their", "his", "her", "its",
        "them", "him", "me", "us", "and", "or", "but", "if", "so", "as", "of", "in", "on", "at", "for", "with", "from",
        "by", "into", "no", "never", "date", "be", "been", "being", "some", "any", "all", "it", "is", "are", "was", "were",
        "likely", "probably", "happen", "take", "n't",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "then", "just", "still", "quickly", "first", "now", "both", "please", "try", "definitely", "personally",
        "asap", "again", "urgently", "separately", "offline", "directly",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "this", "that", "these", "those", "there", "here", "the", "a", "an", "we", "they", "he", "she", "you", "who",
        "what", "when", "where", "why", "how", "which", "and", "but", "so", "or", "if", "then", "also", "plan", "need",
        "goal", "everyone", "someone", "nobody", "anyone", "all", "both", "each", "next", "action", "decision", "risk",
        "note", "notes", "migration", "cutover", "release", "deployment", "project", "sprint", "our", "my", "their",
        "his", "her", "its", "please", "let", "lets", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "owner", "due", "status", "update", "updates", "discussion", "agenda", "customer",
        "client", "business", "users", "data", "security", "work", "phase", "wave", "step", "steps", "go", "todo", "task",
        "ask", "remind", "tell", "get", "help", "want", "plan", "we'll", "i'll", "you'll", "ok", "okay", "yes", "no",
        "thanks", "sure", "yeah", "also", "nothing", "one", "two", "who's", "whoever", "somebody", "anybody", "group",
        "committee", "board", "pilot", "testing", "prod", "production", "staging", "system", "service", "app", "api",
        "license", "licence", "budget", "scope", "timeline", "schedule", "version", "design", "option", "approach",
        "q1", "q2", "q3", "q4", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "more", "most", "some", "many", "few", "other", "another", "every", "any", "same", "new", "old", "current",
        "new", "first", "last", "final", "time", "way", "how's", "that's", "what's", "there's", "it's",
    };

    [GeneratedRegex(@"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|@[\w.\-]*\w|[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:-[\p{L}\p{N}]+)*",
        RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^[\W_]{0,3}\s*(?<m>action\s+items?|action\s+points?|actions?|ai|aps?|a(?=\s*:)|resolution|todo|to-?do|to\s+do|next\s+steps?|follow[\s-]?ups?|tasks?|decisions?|decision\s+made|decided|agreed|agreement|go/no-?go(?:\s+decision)?|outcome|risks?|new\s+risk|concerns?|blockers?|blocked|(?:known\s+)?issues?|watch[\s-]?outs?|impediments?)\s*(?:\([^()]{0,20}\))?\s*(?:\*\*|__|\])?\s*[:\-–—]\s*(?:\*\*|__)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MarkerAtStart();

    [GeneratedRegex(@"^[\W_]{0,3}\s*(?:\[(?<m>action|ai|todo|decision|risk|issue|blocker)\]|(?<m>todo)\b)\s*[:\-–—]?\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BracketMarker();

    [GeneratedRegex(@"\b(?<m>ACTION ITEM|ACTION|TODO|DECISION|DECIDED|AGREED|RISK|BLOCKER|CONCERN)\s*:",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MarkerUpperAnywhere();

    [GeneratedRegex(@"\(done\)|\[done\]|\(complete[d]?\)|\(closed\)|\(finished\)|✅|✔|☑|\bdone\s*[.!]?\s*$|^\W*done\b|^\W*completed\b|^\W*closed\b|\bcompleted\s*[.!]?\s*$|\bdone already\b|\balready done\b|\bnow done\b|\bis done\b|\bare done\b|\bwas done\b|\bhas been (?:done|completed|sent|fixed|resolved|closed)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Done();

    [GeneratedRegex(@"\b(?:yesterday|last\s+(?:week|night|month|quarter|sprint|friday|monday|tuesday|wednesday|thursday|time|year|meeting|call)|earlier\s+(?:today|this\s+week)|already|previously|as\s+(?:agreed|decided|discussed)|was\s+(?:completed|done|sent|migrated|deployed|fixed|resolved|closed|shipped|merged|released|rolled\s+back)|were\s+(?:completed|migrated|deployed|sent|fixed)|have\s+been\s+(?:completed|done|sent|fixed|resolved|migrated))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastMarker();

    [GeneratedRegex(@"\b(?:will|'ll|’ll|going\s+to|needs?\s+to|must|should|could|might|may|risk|concern|worr|if|blocked|blocker)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureMarker();

    [GeneratedRegex(@"\b(?:need(?:s)?\s+to\s+(?:decide|agree|confirm|approve)|to\s+be\s+(?:decided|agreed|confirmed|approved)|tbd|tbc|not\s+(?:yet\s+)?(?:decided|agreed|approved)|undecided|no\s+decision|decision\s+(?:pending|needed|required|outstanding|to\s+be\s+made)|pending\s+(?:decision|approval|sign-?off)|will\s+decide|to\s+decide|yet\s+to\s+(?:decide|agree|be)|awaiting\s+(?:decision|approval|sign-?off)|no\s+consensus|not\s+agreed|open\s+question|until\s+we\s+decide|decide\s+(?:on|whether|if|by|between)|before\s+(?:we|they)\s+(?:decide|agree|approve)|can't\s+agree|couldn't\s+agree|didn't\s+agree|for\s+approval|seeking\s+approval|needs\s+approval|request(?:ed)?\s+approval|get\s+approval|get\s+sign-?off)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pending();

    [GeneratedRegex(@"\b(?:agreed|decided|decision\s+(?:is|was|made)|the\s+decision|approved|signed[\s-]off|sign-?off\s+(?:given|granted|received)|chose|chosen|opted|settled\s+on|consensus|concluded|green[\s-]?lit|green[\s-]?light(?:ed)?|go/no-?go\s*[:=\-–]?\s*(?:is\s+)?(?:go|no-?go)\b|(?<!/)no-go|(?:is|was)\s+a\s+go|going\s+(?:ahead\s+)?(?:with|w/)|go(?:ing)?\s+ahead\s+with|go\s+forward\s+with|proceed(?:ing)?\s+with|stick(?:ing)?\s+with|moving\s+forward\s+with|landed\s+on|(?:we'll|we\s+will|we're|we\s+are)\s+(?:go|going|use|using|keep|keeping|stay|staying|stick|sticking|proceed|proceeding|adopt|standardi[sz]e|moving|move|switching|switch|dropping|drop|deferring|defer)\b|let'?s\s+(?:also\s+|just\s+|then\s+)?(?:go|use|keep|stick|proceed|try|trial|pilot|adopt|switch|move\s+to|make\s+that|make(?!\s+sure)|skip|drop|defer|park|postpone|pause|hold\s+off|cancel|stop|scrap|exclude|require|mandate|leave|freeze|limit|standardi[sz]e)\b|(?:we're|we\s+are|we'll|we\s+will|we)\s+not\s+(?:taking|doing|going|moving|using|pursuing|proceeding|migrating|upgrading|adding)\b|will\s+be\s+mandatory|final\s+(?:call|answer|decision)|accepted|rejected|(?:did\s+not|didn't)\s+approve|declined|turned\s+down|vetoed|voted|ratified|endorsed|confirmed\s+(?:the|that|we)|selected|deferred|descoped|de-scoped|postponed|(?:is|are)\s+(?:out\s+of|in)\s+scope)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecisionPhrase();

    [GeneratedRegex(@"\b(?:risks?|risky|at\s+risk|concerns?|concerned|worr(?:y|ied|ies|ying)|nervous|afraid|fears?|uneasy|blockers?|blocked|blocking|bottleneck|single\s+point\s+of\s+failure|spof|jeopardi[sz]\w*|exposure|exposed|vulnerab\w*|unpatched|end[\s-]of[\s-]life|eol|out\s+of\s+support|unsupported|overrun|behind\s+schedule|running\s+behind|slip(?:s|ping|page)?|slipped|tight|understaffed|short[\s-]staffed|no\s+(?:fallback|rollback)|threat|(?:could|might|may|would|will\s+likely|likely\s+to)\s+(?:not\s+|also\s+|well\s+|seriously\s+)?(?:slip|delay|be\s+late|be\s+delayed|miss|overrun|impact|affect|block|break|fail|cause|push|jeopardi[sz]e|run\s+out|exceed|hit|lose|be\s+a\s+problem|be\s+an\s+issue|hurt|blow|derail|stall|expire|conflict|clash|limit|prevent|compromise|leak|go\s+over|not\s+be\s+ready|suffer|degrade|be\s+impacted|be\s+affected|happen\s+again|recur|go\s+wrong|not\s+make|not\s+arrive|not\s+have|not\s+get|not\s+finish|run\s+into|become)|if\s+(?:the\s+|we\s+|they\s+)?[\w\-]+(?:\s+[\w\-]+){0,5}?\s+(?:slips?|is\s+late|are\s+late|delayed|fails?|falls?\s+through|doesn't|don't|isn't|aren't|can't|won't|misses|runs?\s+out|exceeds?|goes\s+down|breaks?|pulls?\s+out|leaves?)|dependency\s+on|depends\s+on|dependent\s+on|waiting\s+on|no\s+one\s+(?:knows|owns)|nobody\s+(?:knows|owns)|key[\s-]person|expires?|expiring|short\s+on|shortage|not\s+enough|lack\s+of|danger)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RiskPhrase();

    [GeneratedRegex(@"\b(?:no|zero|low|minimal|minor|without|not\s+a|no\s+new|no\s+real|no\s+major|no\s+other)\s+(?:risks?|concerns?|blockers?|issues?|delays?)\b|\brisk[\s-](?:register|log|review|assessment|workshop|matrix|owner|appetite|score|management|burndown)\b|\bde-?risk|\bnothing\s+blocking\b|\bunblocked\b|\bno\s+longer\s+(?:blocked|a\s+(?:risk|concern|blocker))|\bmitigated\b|\brisk\s+(?:is\s+)?closed\b|\bconcerns?\s+(?:were\s+|was\s+)?addressed\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotRisk();

    [GeneratedRegex(@"\b(?:owner|owners|assignee|assigned\s+to|dri|responsible|who|owned\s+by|action\s+on|actioned\s+by)\s*[:=\-–]?\s*(?<o>@?[\p{L}][\p{L}.'’@\-]*(?:\s+[\p{L}][\p{L}.'’\-]*)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ExplicitOwner();

    [GeneratedRegex(@"(?:->|→|=>|⇒|➡️?)\s*(?<o>@?[\p{L}][\p{L}.'’\-]*(?:\s+[\p{L}][\p{L}.'’\-]*)?)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ArrowOwner();

    [GeneratedRegex(@"[\[(](?<o>[^\[\]()]{1,50})[\])]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\s[—–-]{1,2}\s*(?<o>@?[\p{L}][\p{L}.'’\-]*(?:\s+[\p{L}][\p{L}.'’\-]*)?)\s*[.!]?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TrailingDashOwner();

    [GeneratedRegex(@"^\W*(?:please|pls|plz|kindly)\b(?!\s+(?:let\s+me\s+know|shout|feel\s+free|reach\s+out\s+if|note|be\s+aware))|^\W*(?:need|needs)\s+to\b|^\W*next\s+step\s+(?:is|will\s+be)\s+to\b|\blet'?s\s+(?:schedule|set\s+up|book|get(?!\s+(?:going|started|cracking|on\b))|make\s+sure|follow\s+up|sync|meet|ask|check|review|plan|reconvene|circle\s+back|loop|send|draft|write|add|create|update|find)\b|\b(?:action|ai)\s+(?:on|for)\s+@?[\p{L}]+|\bwill\s+(?:own|take|drive|lead)\s+(?:this|that|it)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImperativeAction();

    [GeneratedRegex(@"^[\W_]{0,3}(?:\[(?<o>@?[\p{L}][\p{L}'’\- ]{0,30})\]|(?<o>@?[\p{L}][\p{L}'’\-]*(?:\s+[\p{L}][\p{L}.'’\-]*)?)\s*(?:[–—:]|\s-)\s)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LeadingOwner();

    /// <summary>The owner a line starts with as a label ("Aisha – recovery plan", "Jon — write the ADR").</summary>
    public static bool TryLeadingOwner(string masked, NotesOwners owners, out int? index)
    {
        index = null;
        var m = LeadingOwner().Match(masked);
        return m.Success && !m.Groups["o"].Value.Contains('\'') && !m.Groups["o"].Value.Contains('’') &&
            TryName(m.Groups["o"].Value, owners, false, out index);
    }

    /// <summary>A marker the sentence starts with (or an upper-case one anywhere), and where the text after it starts.</summary>
    public static (SuggestionKind? Kind, int BodyStart, string Marker) Marker(string masked)
    {
        var m = MarkerAtStart().Match(masked);
        if (!m.Success)
        {
            m = BracketMarker().Match(masked);
        }

        if (!m.Success)
        {
            m = MarkerUpperAnywhere().Match(masked);
        }

        if (!m.Success)
        {
            return (null, 0, "");
        }

        var word = m.Groups["m"].Value.ToLowerInvariant();
        SuggestionKind? kind = word switch
        {
            _ when word.StartsWith("deci", StringComparison.Ordinal) || word.StartsWith("agree", StringComparison.Ordinal) ||
                word.StartsWith("go/", StringComparison.Ordinal) || word is "outcome" or "resolution" => SuggestionKind.Decision,
            _ when word.Contains("risk", StringComparison.Ordinal) || word.StartsWith("concern", StringComparison.Ordinal) ||
                word.StartsWith("block", StringComparison.Ordinal) || word.Contains("issue", StringComparison.Ordinal) ||
                word.StartsWith("watch", StringComparison.Ordinal) || word.StartsWith("imped", StringComparison.Ordinal) => SuggestionKind.Risk,
            _ => SuggestionKind.Action,
        };
        return (kind, m.Index + m.Length, word);
    }

    /// <summary>Done, ticked, struck through.</summary>
    public static bool IsDone(string masked) => Done().IsMatch(masked);

    /// <summary>About the past and nothing ahead: "we migrated the DB last week".</summary>
    public static bool IsPast(string masked) => PastMarker().IsMatch(masked) && !FutureMarker().IsMatch(masked);

    /// <summary>Says something about what comes next (will, going to, need to, could…).</summary>
    public static bool IsFuture(string masked) => FutureMarker().IsMatch(masked);

    /// <summary>A decision still to be made: "we need to decide", "pending approval", "TBD".</summary>
    public static bool IsPending(string masked) => Pending().IsMatch(masked);

    /// <summary>Where a decision phrase starts, or -1.</summary>
    public static int DecisionAt(string masked)
    {
        var m = DecisionPhrase().Match(masked);
        return m.Success && !IsPending(masked) ? m.Index : -1;
    }

    /// <summary>Where a risk phrase starts, or -1.</summary>
    public static int RiskAt(string masked)
    {
        if (NotRisk().IsMatch(masked))
        {
            return -1;
        }

        var m = RiskPhrase().Match(masked);
        return m.Success ? m.Index : -1;
    }

    /// <summary>An imperative or owner-less action phrase ("please…", "need to…", "let's schedule…").</summary>
    public static bool IsImperativeAction(string masked) => ImperativeAction().IsMatch(masked);

    /// <summary>True when the first word is a verb people start action bullets with ("Send…", "update…").</summary>
    public static bool StartsWithActionVerb(string masked)
    {
        var m = Token().Match(masked);
        return m.Success && ActionVerbs.Contains(m.Value) && !masked.AsSpan(m.Index + m.Length).TrimStart().StartsWith("ed");
    }

    /// <summary>The owner the text states outright ("owner: X", "-> X", "(X)", "[X]"), if any.</summary>
    public static bool TryExplicitOwner(string masked, NotesOwners owners, out int? index)
    {
        index = null;
        var m = ExplicitOwner().Match(masked);
        if (m.Success && TryName(m.Groups["o"].Value, owners, true, out index))
        {
            return true;
        }

        m = ArrowOwner().Match(masked);
        if (m.Success && TryName(m.Groups["o"].Value, owners, true, out index))
        {
            return true;
        }

        foreach (Match b in Bracketed().Matches(masked))
        {
            foreach (var part in b.Groups["o"].Value.Split([',', ';', '/', '|', '&', '+'], StringSplitOptions.RemoveEmptyEntries))
            {
                var p = part.Trim();
                foreach (var lead in new[] { "owner", "by", "who", "with", "for", "assigned to", "lead" })
                {
                    if (p.StartsWith(lead + " ", StringComparison.OrdinalIgnoreCase) || p.StartsWith(lead + ":", StringComparison.OrdinalIgnoreCase))
                    {
                        p = p[(lead.Length + 1)..].Trim();
                    }
                }

                if (p.Length > 0 && NotesDates.Find(p, DateOnly.MinValue).Count == 0 && TryName(p, owners, false, out index))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The owner a line ends with after a dash ("… — Tom"), if any.</summary>
    public static bool TryTrailingOwner(string masked, NotesOwners owners, out int? index)
    {
        index = null;
        var m = TrailingDashOwner().Match(masked);
        if (m.Success && TryName(m.Groups["o"].Value, owners, false, out index))
        {
            return true;
        }

        // "Add the sysctl to the image — Raj — 11 Dec": a field of its own between dashes that is an attendee.
        var fields = DashField().Split(masked);
        for (var k = 1; k < fields.Length; k++)
        {
            var f = fields[k].Trim().TrimEnd('.', ',', ';');
            if (f.Length > 0 && f.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 && TryName(f, owners, false, out index) && index is not null)
            {
                return true;
            }
        }

        // "Highs to be triaged by Sofia before next steering": the agent of a passive is the owner.
        foreach (Match b in PassiveAgent().Matches(masked))
        {
            if (owners.TryResolve(b.Groups["o"].Value, false, out index) && index is not null)
            {
                return true;
            }
        }

        index = null;
        return false;
    }
}
