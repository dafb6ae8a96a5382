namespace TpmHub.Core.Common;

/// <summary>Collects field-named messages while validating an input.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.Ordinal);

    public bool Any => _fields.Count > 0;

    /// <summary>Whether <paramref name="field"/> already has a message (so a later check need not look it up).</summary>
    public bool Has(string field) => _fields.ContainsKey(field);

    public void Add(string field, string message)
    {
        if (!_fields.TryGetValue(field, out var list))
        {
            list = [];
            _fields[field] = list;
        }

        list.Add(message);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _fields.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

    public Error ToError() => Error.Invalid(ToDictionary());
}
