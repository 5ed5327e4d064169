namespace AutoPermits.Engine.Applications;

/// <summary>Every problem found in one application, keyed by the JSON path of the field it concerns.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _byPath = new(StringComparer.Ordinal);

    public bool IsEmpty => _byPath.Count == 0;

    /// <summary>How many fields have a problem.</summary>
    public int Count => _byPath.Count;

    public IEnumerable<string> Paths => _byPath.Keys;

    public void Add(string path, string message)
    {
        if (!_byPath.TryGetValue(path, out var messages))
        {
            _byPath[path] = messages = [];
        }
        if (!messages.Contains(message))
        {
            messages.Add(message);
        }
    }

    public Dictionary<string, string[]> ToDictionary() =>
        _byPath.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
}
