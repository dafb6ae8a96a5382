namespace TpmHub.Core.Meetings;

/// <summary>
/// Resolves the words a note uses for a person (@handle, first name in any case, full name, "First L.", email) to an
/// index into the attendees. Teams, "someone", "TBD", "all" and names of people who did not attend are recognised as
/// owners but resolve to no index; a first name two attendees share resolves to none unless the full name is written.
/// </summary>
internal sealed class NotesOwners
{
    private const int Ambiguous = -1;

    private static readonly HashSet<string> NobodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "someone", "somebody", "anyone", "anybody", "tbd", "tbc", "tba", "all", "everyone", "everybody", "whoever",
        "nobody", "unassigned", "n/a", "na", "none", "?", "??", "we", "us", "both", "team", "teams", "all of us",
        "each", "owner", "they", "them",
    };

    private static readonly HashSet<string> TeamWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "infra", "infrastructure", "ops", "devops", "sre", "sres", "security", "secops", "soc", "dba", "dbas", "qa",
        "network", "networking", "netops", "platform", "legal", "procurement", "finance", "compliance", "support",
        "helpdesk", "it", "pmo", "vendor", "vendors", "supplier", "product", "design", "ux", "marketing", "sales",
        "leadership", "management", "engineering", "dev", "devs", "developers", "testers", "architecture", "cab",
        "hr", "facilities", "audit", "ciso", "cloud", "backend", "frontend", "mobile", "data", "analytics", "release",
        "microsoft", "aws", "azure", "google", "oracle", "partner", "contractor", "contractors", "consultants",
    };

    private readonly Dictionary<string, int> _full = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _first = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _last = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _handle = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _email = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string First, string Last, int Index)> _people = [];
    private readonly Dictionary<string, int> _initials = new(StringComparer.Ordinal);

    public NotesOwners(IReadOnlyList<NotesAttendee> attendees)
    {
        for (var i = 0; i < attendees.Count; i++)
        {
            var a = attendees[i];
            var words = a.Name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                Add(_full, string.Join(' ', words), i);
                Add(_first, words[0], i);
                if (words.Length > 1)
                {
                    Add(_last, words[^1], i);
                    _people.Add((words[0], words[^1], i));
                    Add(_initials, string.Concat(words.Where(w => char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0]))), i);
                    Add(_initials, string.Concat(char.ToUpperInvariant(words[0][0]), char.ToUpperInvariant(words[^1][0])), i);
                }
            }

            if (!string.IsNullOrWhiteSpace(a.Handle))
            {
                Add(_handle, a.Handle.TrimStart('@'), i);
            }

            if (!string.IsNullOrWhiteSpace(a.Email))
            {
                Add(_email, a.Email.Trim(), i);
                var local = a.Email.Split('@')[0];
                Add(_handle, local, i);
            }
        }
    }

    /// <summary>True when <paramref name="word"/> alone names an attendee (handle, first, last or full name).</summary>
    public bool IsAttendeeWord(string word)
    {
        var w = word.TrimStart('@');
        return _handle.ContainsKey(w) || _first.ContainsKey(w) || _full.ContainsKey(w) || _last.ContainsKey(w);
    }

    /// <summary>True when the two words are an attendee's full name.</summary>
    public bool IsFullName(string first, string last) => _full.ContainsKey(first + " " + last);

    /// <summary>
    /// Resolves an owner phrase. Returns false when the phrase is no owner at all (a date, a sentence); true with an
    /// index for an attendee, true with null for a team, "someone", "TBD", an ambiguous first name or a non-attendee
    /// name (when <paramref name="acceptUnknownNames"/>).
    /// </summary>
    public bool TryResolve(string phrase, bool acceptUnknownNames, out int? index)
    {
        index = null;
        var p = phrase.Trim().Trim('.', ',', ';', ':', '*', '_', '"', '\'', '(', ')', '[', ']', ' ', '-', '!');
        if (p.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || p.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            p = p[..^2];
        }

        if (p.Length == 0)
        {
            return false;
        }

        if (p.Contains('@', StringComparison.Ordinal) && !p.StartsWith('@'))
        {
            if (_email.TryGetValue(p, out var e))
            {
                index = e >= 0 ? e : null;
                return true;
            }

            return _handle.TryGetValue(p.Split('@')[0], out var local) && Set(local, out index);
        }

        if (p.StartsWith('@'))
        {
            var h = p[1..].TrimEnd('.');
            if (_handle.TryGetValue(h, out var hi))
            {
                return Set(hi, out index);
            }

            // An @ of someone not in the meeting: an owner, but no attendee.
            return true;
        }

        var words = p.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        var joined = string.Join(' ', words);
        if (_full.TryGetValue(joined, out var f))
        {
            return Set(f, out index);
        }

        if (NobodyWords.Contains(joined))
        {
            return true;
        }

        if (words.Length >= 2 && IsTeamPhrase(words))
        {
            return true;
        }

        if (words.Length == 2)
        {
            // "Maria L." or "Maria L"
            var initial = words[1].TrimEnd('.');
            if (initial.Length == 1)
            {
                var hits = _people.Where(x => x.First.Equals(words[0], StringComparison.OrdinalIgnoreCase) &&
                    x.Last.StartsWith(initial, StringComparison.OrdinalIgnoreCase)).ToList();
                if (hits.Count == 1)
                {
                    index = hits[0].Index;
                    return true;
                }
            }
        }

        if (words.Length == 1)
        {
            var w = words[0];
            if (_handle.TryGetValue(w, out var hi))
            {
                return Set(hi, out index);
            }

            if (_first.TryGetValue(w, out var fi))
            {
                return Set(fi, out index);
            }

            if (_last.TryGetValue(w, out var li))
            {
                return Set(li, out index);
            }

            if (TeamWords.Contains(w))
            {
                return true;
            }

            // "(DK)": initials written in capitals name the one attendee they fit; two who share them, no one.
            if (w.Length is 2 or 3 && w.All(char.IsUpper) && _initials.TryGetValue(w, out var ii))
            {
                return Set(ii, out index);
            }

            return acceptUnknownNames && LooksLikeName(w);
        }

        if (words.Length == 2 && _first.TryGetValue(words[0], out var f2) && f2 >= 0 &&
            !_full.ContainsKey(joined) && _last.ContainsKey(words[1]) is false && LooksLikeName(words[1]))
        {
            // "Maria Garcia" when the attendee is Maria Lopez: another person.
            return acceptUnknownNames;
        }

        return acceptUnknownNames && words.Length <= 2 && words.All(LooksLikeName);
    }

    /// <summary>True for words that name a team or group rather than a person ("infra", "the DBA team").</summary>
    public static bool IsTeamPhrase(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return false;
        }

        var last = words[^1].ToLowerInvariant();
        return last is "team" or "teams" or "squad" or "group" or "folks" or "guys" or "crew" or "office" or "desk" or "board"
            || (words.Count == 1 && TeamWords.Contains(words[0]))
            || (words.Count == 2 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && TeamWords.Contains(words[1]));
    }

    /// <summary>True for "someone", "TBD", "all", "everyone" and the like.</summary>
    public static bool IsNobody(string word) => NobodyWords.Contains(word);

    /// <summary>True for a team word on its own ("infra", "security").</summary>
    public static bool IsTeamWord(string word) => TeamWords.Contains(word);

    private static bool LooksLikeName(string w) =>
        w.Length >= 2 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c == '-' || c == '\'') &&
        !w.Skip(1).All(char.IsUpper);

    private static bool Set(int found, out int? index)
    {
        index = found >= 0 ? found : null;
        return true;
    }

    private static void Add(Dictionary<string, int> map, string key, int index)
    {
        if (key.Length == 0)
        {
            return;
        }

        map[key] = map.TryGetValue(key, out var existing) && existing != index ? Ambiguous : index;
    }
}
