using System.Runtime.InteropServices;

namespace AutoPermits.Engine.Triage.Classifier;

/// <summary>
/// Character 1–4-grams (which see into Danish compounds such as "kørestolsrampe") and word 1–2-grams of a
/// normalised text, hashed into a fixed number of buckets and L2-normalised. Computed here rather than by
/// ML.NET's text featurizer because that one costs about 0.2 µs a character, most of the guard's budget; the
/// model itself is still trained by ML.NET on exactly these vectors.
/// </summary>
public static class TextFeatures
{
    public const int Buckets = 1 << 18;
    private const int MaxCharGram = 4;

    [ThreadStatic]
    private static Dictionary<int, float>? _scratch;

    /// <summary>The features of <paramref name="normalised"/> (from <see cref="TextNormaliser"/>) as bucket → weight.</summary>
    public static Dictionary<int, float> Of(string normalised)
    {
        var counts = new Dictionary<int, float>();
        Count(normalised, counts);
        var norm = MathF.Sqrt(counts.Values.Sum(v => v * v));
        if (norm > 0)
        {
            foreach (var key in counts.Keys) counts[key] /= norm;
        }
        return counts;
    }

    /// <summary>The dot product of the features of <paramref name="normalised"/> with <paramref name="weights"/>, without allocating.</summary>
    public static float Dot(string normalised, float[] weights)
    {
        var counts = _scratch ??= new Dictionary<int, float>(1024);
        counts.Clear();
        Count(normalised, counts);
        float dot = 0, squares = 0;
        foreach (var (bucket, count) in counts)
        {
            dot += weights[bucket] * count;
            squares += count * count;
        }
        return squares > 0 ? dot / MathF.Sqrt(squares) : 0;
    }

    private static void Count(string normalised, Dictionary<int, float> counts)
    {
        // Character grams run over the text framed by a space on each side, so word edges are grams too.
        var length = normalised.Length + 2;
        Span<char> framed = length <= 1024 ? stackalloc char[length] : new char[length];
        framed[0] = ' ';
        normalised.AsSpan().CopyTo(framed[1..]);
        framed[^1] = ' ';
        for (var start = 0; start < framed.Length; start++)
        {
            // FNV-1a extended one character at a time: the 1-, 2-, 3- and 4-gram at this position in one pass.
            var hash = 2166136261u;
            for (var n = 1; n <= MaxCharGram && start + n <= framed.Length; n++)
            {
                hash = (hash ^ framed[start + n - 1]) * 16777619u;
                Add(counts, (int)((hash ^ (uint)n) % Buckets));
            }
        }

        var previous = -1;
        foreach (var range in normalised.AsSpan().Split(' '))
        {
            var word = normalised.AsSpan(range);
            if (word.IsEmpty) continue;
            var hash = Hash(word, seed: 101);
            Add(counts, hash);
            if (previous >= 0) Add(counts, (int)Mix((uint)previous, (uint)Hash(word, seed: 102)));
            previous = hash;
        }
    }

    private static void Add(Dictionary<int, float> counts, int bucket)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, bucket, out _);
        count++;
    }

    /// <summary>FNV-1a: stable across processes and runtimes, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static int Hash(ReadOnlySpan<char> text, uint seed)
    {
        var hash = 2166136261u ^ seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash % Buckets);
    }

    private static uint Mix(uint a, uint b) => ((a * 31u) ^ (b * 16777619u)) % Buckets;
}
