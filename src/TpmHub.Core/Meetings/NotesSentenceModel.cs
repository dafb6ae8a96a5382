namespace TpmHub.Core.Meetings;

/// <summary>
/// A multinomial naive Bayes sentence classifier (action, decision, risk, none) over lower-cased word unigrams and
/// bigrams, with a sentence-start marker, attendee names folded to one token and numbers to another. Trained once,
/// lazily and thread-safely, from <see cref="NotesTrainingSentences"/>; Laplace smoothing; deterministic.
/// </summary>
internal sealed class NotesSentenceModel
{
    /// <summary>Classes in the order of <see cref="Probabilities"/>: action, decision, risk, none.</summary>
    public const int Classes = 4;

    /// <summary>The token every attendee name, @handle and "I" becomes.</summary>
    public const string PersonToken = "_p_";

    private static readonly Lazy<NotesSentenceModel> Shared = new(Train, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, double[]> _logLikelihood;
    private readonly double[] _logPrior;

    private NotesSentenceModel(Dictionary<string, double[]> logLikelihood, double[] logPrior)
    {
        _logLikelihood = logLikelihood;
        _logPrior = logPrior;
    }

    /// <summary>The trained model (trained on first use).</summary>
    public static NotesSentenceModel Instance => Shared.Value;

    /// <summary>Posterior probabilities of action, decision, risk and none for the given features (features never
    /// seen in training are ignored).</summary>
    public double[] Probabilities(IReadOnlyList<string> features)
    {
        var scores = (double[])_logPrior.Clone();
        foreach (var f in features)
        {
            if (_logLikelihood.TryGetValue(f, out var ll))
            {
                for (var c = 0; c < Classes; c++)
                {
                    scores[c] += ll[c];
                }
            }
        }

        var max = scores.Max();
        var sum = 0.0;
        for (var c = 0; c < Classes; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < Classes; c++)
        {
            scores[c] /= sum;
        }

        return scores;
    }

    /// <summary>Unigram and bigram features of a sentence; <paramref name="isPerson"/> folds names to one token.</summary>
    public static List<string> Features(string sentence, Func<string, bool> isPerson)
    {
        var words = new List<string> { "_s_" };
        var i = 0;
        while (i < sentence.Length)
        {
            var ch = sentence[i];
            if (char.IsLetterOrDigit(ch) || ch == '@')
            {
                var start = i;
                while (i < sentence.Length && (char.IsLetterOrDigit(sentence[i]) || sentence[i] == '@' || sentence[i] == '\'' ||
                    sentence[i] == '’' || (sentence[i] == '-' && i + 1 < sentence.Length && char.IsLetter(sentence[i + 1]))))
                {
                    i++;
                }

                var w = sentence[start..i].Replace('’', '\'').ToLowerInvariant();
                if (w.EndsWith("'s", StringComparison.Ordinal))
                {
                    w = w[..^2];
                }

                if (w.StartsWith('@') || w == "i" || isPerson(w))
                {
                    words.Add(PersonToken);
                }
                else if (w.EndsWith("'ll", StringComparison.Ordinal))
                {
                    words.Add(w[..^3] == "i" || isPerson(w[..^3]) ? PersonToken : w[..^3]);
                    words.Add("will");
                }
                else if (char.IsDigit(w[0]))
                {
                    words.Add("_n_");
                }
                else
                {
                    words.Add(w);
                }
            }
            else
            {
                if (ch == '?')
                {
                    words.Add("_q_");
                }

                i++;
            }
        }

        var features = new List<string>(words.Count * 2);
        for (var k = 1; k < words.Count; k++)
        {
            features.Add(words[k]);
        }

        for (var k = 0; k + 1 < words.Count; k++)
        {
            features.Add(words[k] + " " + words[k + 1]);
        }

        return features;
    }

    private static NotesSentenceModel Train()
    {
        var counts = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var totals = new double[Classes];
        var docs = new double[Classes];
        var names = new HashSet<string>(NotesTrainingSentences.Names, StringComparer.OrdinalIgnoreCase);
        foreach (var (label, text) in NotesTrainingSentences.All)
        {
            docs[label]++;
            foreach (var f in Features(text, names.Contains))
            {
                if (!counts.TryGetValue(f, out var c))
                {
                    c = new double[Classes];
                    counts[f] = c;
                }

                c[label]++;
                totals[label]++;
            }
        }

        var vocabulary = counts.Count;
        const double alpha = 0.5;
        var ll = new Dictionary<string, double[]>(counts.Count, StringComparer.Ordinal);
        foreach (var (feature, c) in counts)
        {
            var v = new double[Classes];
            for (var k = 0; k < Classes; k++)
            {
                v[k] = Math.Log((c[k] + alpha) / (totals[k] + (alpha * vocabulary)));
            }

            ll[feature] = v;
        }

        var n = docs.Sum();
        var prior = docs.Select(d => Math.Log((d + 1) / (n + Classes))).ToArray();
        return new NotesSentenceModel(ll, prior);
    }
}
