using System.Text.RegularExpressions;

namespace TpmHub.Core.Meetings;

/// <summary>NotesRules: who a sentence is about — subject and verb detection, names, passive agents.</summary>
internal static partial class NotesRules
{
    [GeneratedRegex(@"\s[—–]\s|\s-{1,2}\s", RegexOptions.CultureInvariant)]
    private static partial Regex DashField();

    [GeneratedRegex(@"\bby\s+(?<o>@?[\p{L}][\p{L}'’\-]*)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PassiveAgent();

    /// <summary>Every "X will / X to / X needs to / I'll" with a verb after it, in order.</summary>
    public static List<NotesSubject> Subjects(string masked, NotesOwners owners)
    {
        var list = new List<NotesSubject>();
        var tokens = Token().Matches(masked);
        if (tokens.Count < 2)
        {
            return list;
        }

        var t = new string[tokens.Count];
        for (var k = 0; k < t.Length; k++)
        {
            t[k] = tokens[k].Value.Replace('’', '\'');
        }

        for (var i = 0; i < t.Length; i++)
        {
            var lower = t[i].ToLowerInvariant();
            int subjectIndex;
            int verbIndex;
            string aux;
            if (lower.EndsWith("'ll", StringComparison.Ordinal) && lower.Length > 3)
            {
                subjectIndex = i;
                aux = "will";
                verbIndex = i + 1;
                t[i] = t[i][..^3];
            }
            else if (lower.EndsWith("'s", StringComparison.Ordinal) && lower.Length > 3 && Seq(t, i + 1, "going", "to"))
            {
                // "Nina's going to pull the anomalies": "Nina is going to".
                subjectIndex = i;
                aux = "to";
                verbIndex = i + 3;
                t[i] = t[i][..^2];
            }
            else if (i == 0 && lower is "ill" or "ima")
            {
                // Chat typing: "ill do the migration w/c 7 dec".
                subjectIndex = i;
                aux = "will";
                verbIndex = i + 1;
                t[i] = "I";
            }
            else if (lower is "i'm" or "we're")
            {
                if (!Seq(t, i + 1, "going", "to") && !Seq(t, i + 1, "happy", "to") && !Seq(t, i + 1, "on") && !Seq(t, i + 1, "taking"))
                {
                    continue;
                }

                subjectIndex = i;
                aux = "to";
                verbIndex = Seq(t, i + 1, "on") || Seq(t, i + 1, "taking") ? i + 1 : i + 3;
                t[i] = lower == "i'm" ? "I" : "we";
                if (Seq(t, i + 1, "on"))
                {
                    list.Add(Make(tokens, i, i + 1, NotesSubjectKind.FirstPerson, null, lower == "i'm"));
                    continue;
                }
            }
            else
            {
                if (i == 0)
                {
                    continue;
                }

                var auxLength = AuxLength(t, i, out aux);
                if (auxLength == 0)
                {
                    continue;
                }

                subjectIndex = i - 1;
                verbIndex = i + auxLength;
            }

            if (verbIndex >= t.Length)
            {
                continue;
            }

            var subject = SubjectKind(t, tokens, subjectIndex, owners, out var owner, out var subjectStart);
            if (subject is null)
            {
                continue;
            }

            while (verbIndex < t.Length - 1 && Adverbs.Contains(t[verbIndex]))
            {
                verbIndex++;
            }

            var verb = t[verbIndex];
            if (!IsVerb(verb, aux, subject.Value, t, verbIndex, masked))
            {
                continue;
            }

            list.Add(new NotesSubject(tokens[subjectStart].Index, tokens[verbIndex].Index, subject.Value, owner));
        }

        return list;
    }

    /// <summary>Resolves an owner phrase of one or two words (two first).</summary>
    public static bool TryName(string phrase, NotesOwners owners, bool acceptUnknown, out int? index)
    {
        index = null;
        var words = phrase.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        if (words.Length >= 2 && owners.TryResolve(words[0] + " " + words[1], false, out index))
        {
            return true;
        }

        if (words.Length >= 2 && NotesOwners.IsTeamPhrase(words))
        {
            return true;
        }

        if (words.Length >= 3 && NotesOwners.IsTeamPhrase(words[..3]))
        {
            return true;
        }

        return owners.TryResolve(words[0], acceptUnknown, out index);
    }

    private static NotesSubject Make(MatchCollection tokens, int subject, int verb, NotesSubjectKind kind, int? owner, bool _) =>
        new(tokens[subject].Index, tokens[verb].Index, kind, owner);

    private static bool Seq(string[] t, int at, params string[] words)
    {
        if (at + words.Length > t.Length)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!t[at + k].Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static int AuxLength(string[] t, int i, out string aux)
    {
        aux = t[i].ToLowerInvariant();
        switch (aux)
        {
            case "will":
                if (Seq(t, i + 1, "need", "to"))
                {
                    return 3;
                }

                return 1;
            case "can" or "could" or "would" when Seq(t, i + 1, "you") || Seq(t, i + 1, "u"):
                aux = "canyou";
                return 2;
            case "to":
            case "must":
            case "should":
            case "shall":
            case "owns":
            case "takes":
            case "can":
                return 1;
            case "needs":
            case "need":
            case "has":
            case "have":
                if (Seq(t, i + 1, "to"))
                {
                    return 2;
                }

                if (aux == "has" && Seq(t, i + 1, "the", "action"))
                {
                    aux = "owns";
                    return 2;
                }

                return 0;
            case "is":
            case "are":
                if (Seq(t, i + 1, "going", "to"))
                {
                    return 3;
                }

                if (Seq(t, i + 1, "to"))
                {
                    return 2;
                }

                if (Seq(t, i + 1, "on", "it") || Seq(t, i + 1, "on", "this") || Seq(t, i + 1, "on", "that"))
                {
                    aux = "on";
                    return 1;
                }

                if (i + 1 < t.Length && t[i + 1].ToLowerInvariant() is "taking" or "handling" or "driving" or "owning" or "picking" or "chasing" or "following")
                {
                    aux = "owns";
                    return 1;
                }

                return 0;
            case "volunteered":
            case "offered":
            case "agreed":
            case "committed":
            case "promised":
                return Seq(t, i + 1, "to") ? 2 : 0;
            case "picks":
                return Seq(t, i + 1, "up") ? 2 : 0;
            default:
                return 0;
        }
    }

    private static NotesSubjectKind? SubjectKind(string[] t, MatchCollection tokens, int s, NotesOwners owners, out int? owner, out int subjectStart)
    {
        owner = null;
        subjectStart = s;
        if (s < 0)
        {
            return null;
        }

        var w = t[s];
        var lower = w.ToLowerInvariant();
        if (s >= 1 && owners.IsFullName(t[s - 1], w))
        {
            subjectStart = s - 1;
            owners.TryResolve(t[s - 1] + " " + w, false, out owner);
            return NotesSubjectKind.Person;
        }

        if (lower == "i")
        {
            return NotesSubjectKind.FirstPerson;
        }

        if (w.StartsWith('@') || (w.Contains('@') && w.Contains('.')))
        {
            owners.TryResolve(w, true, out owner);
            return owner is null ? NotesSubjectKind.OtherName : NotesSubjectKind.Person;
        }

        if (owners.IsAttendeeWord(w) && !(lower is "will" or "can" or "may" or "mark" or "bill" or "pat" && char.IsLower(w[0])))
        {
            // "Maria L." style: the initial is a separate token only when written without a dot.
            owners.TryResolve(w, false, out owner);
            return NotesSubjectKind.Person;
        }

        if (s >= 1 && w.Length == 1 && char.IsUpper(w[0]) && owners.IsAttendeeWord(t[s - 1]))
        {
            subjectStart = s - 1;
            owners.TryResolve(t[s - 1] + " " + w, false, out owner);
            return NotesSubjectKind.Person;
        }

        if (lower is "we" or "us" or "someone" or "somebody" or "everyone" or "everybody" or "all" or "tbd" or "anyone" or "team" or "teams" ||
            NotesOwners.IsTeamWord(lower))
        {
            if (lower is "team" or "teams" && s >= 1 && (NotesOwners.IsTeamWord(t[s - 1]) || char.IsUpper(t[s - 1][0])))
            {
                subjectStart = s - 1;
            }

            return NotesSubjectKind.Group;
        }

        if (w.Length >= 2 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c == '-' || c == '\'') && !NotNames.Contains(w))
        {
            if (s >= 1 && char.IsUpper(t[s - 1][0]) && !NotNames.Contains(t[s - 1]) && t[s - 1].Length >= 2 &&
                tokens[s - 1].Index + tokens[s - 1].Length + 1 == tokens[s].Index)
            {
                subjectStart = s - 1;
            }

            return NotesSubjectKind.OtherName;
        }

        return null;
    }

    private static bool IsVerb(string verb, string aux, NotesSubjectKind subject, string[] t, int verbIndex, string masked)
    {
        var lower = verb.ToLowerInvariant();
        if (aux == "on")
        {
            return true;
        }

        if (aux == "canyou")
        {
            return subject is NotesSubjectKind.Person or NotesSubjectKind.OtherName;
        }

        if (aux == "owns")
        {
            return subject is NotesSubjectKind.Person or NotesSubjectKind.FirstPerson;
        }

        if (lower.Length == 0 || !char.IsLetter(lower[0]))
        {
            return false;
        }

        if (aux is "will" && lower == "be")
        {
            var next = verbIndex + 1 < t.Length ? t[verbIndex + 1].ToLowerInvariant() : "";
            return subject is NotesSubjectKind.Person or NotesSubjectKind.FirstPerson &&
                (next.EndsWith("ing", StringComparison.Ordinal) || next is "responsible" or "in" or "the");
        }

        if (lower is "not" or "never" or "n't")
        {
            return false;
        }

        if (aux == "can" && subject != NotesSubjectKind.FirstPerson)
        {
            return false;
        }

        if (aux == "to" && char.IsUpper(verb[0]) && masked.Any(char.IsLower))
        {
            return false;
        }

        if (subject is NotesSubjectKind.OtherName or NotesSubjectKind.Group)
        {
            if (subject == NotesSubjectKind.Group && aux is "should" or "must" or "to" or "need" or "needs" or "have" or "has" && ActionVerbs.Contains(lower))
            {
                return true;
            }

            return ActionVerbs.Contains(lower) && aux is not "can" && !(subject == NotesSubjectKind.Group && aux == "will" && !ActionVerbs.Contains(lower));
        }

        if (NotVerbs.Contains(lower) && !(aux == "to" && lower == "be"))
        {
            return lower == "take" || lower == "happen" ? lower == "take" : false;
        }

        // "Maria will likely…" is a guess, not a commitment; past forms ("Maria sent") never reach here.
        return !lower.EndsWith("ly", StringComparison.Ordinal) || ActionVerbs.Contains(lower);
    }
}
