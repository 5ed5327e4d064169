using Microsoft.Extensions.ObjectPool;

namespace AutoPermits.Engine.Triage.Classifier;

/// <summary>
/// Character 3–6-grams (which see into Danish compounds such as "kørestolsrampe") and word 1–2-grams of a
/// normalised text, hashed into a fixed number of buckets and L2-normalised. Computed here rather than by
/// ML.NET's text featurizer because that one costs about 0.2 µs a character, most of the guard's budget; the
/// model itself is still trained by ML.NET on exactly these vectors.
/// </summary>
public static class TextFeatures
{
    public const int Buckets = 1 << 18;
    private const int MinCharGram = 3;
    private const int MaxCharGram = 6;

    // Scoring borrows a counting table from this pool, so concurrent requests never share one and none is allocated per call.
    private static readonly ObjectPool<BucketCounts> Scratch = ObjectPool.Create<BucketCounts>();

    /// <summary>The features of <paramref name="normalised"/> (from <see cref="TextNormaliser"/>) as bucket → weight.</summary>
    public static Dictionary<int, float> Of(string normalised)
    {
        var table = new BucketCounts();
        table.Reset(expected: 5 * (normalised.Length + 2));
        Count(normalised, table);
        var counts = table.ToDictionary();
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
        var counts = Scratch.Get();
        try
        {
            counts.Reset(expected: 5 * (normalised.Length + 2));
            Count(normalised, counts);
            return counts.NormalisedDot(weights);
        }
        finally
        {
            Scratch.Return(counts);
        }
    }

    private static void Count(string normalised, BucketCounts counts)
    {
        // Character grams run over the text framed by a space on each side, so word edges are grams too.
        var length = normalised.Length + 2;
        Span<char> framed = length <= 1024 ? stackalloc char[length] : new char[length];
        framed[0] = ' ';
        normalised.AsSpan().CopyTo(framed[1..]);
        framed[^1] = ' ';
        for (var start = 0; start < framed.Length; start++)
        {
            // FNV-1a extended one character at a time: every gram starting at this position in one pass.
            var hash = 2166136261u;
            for (var n = 1; n <= MaxCharGram && start + n <= framed.Length; n++)
            {
                hash = (hash ^ framed[start + n - 1]) * 16777619u;
                if (n >= MinCharGram) counts.Add((int)((hash ^ (uint)n) % Buckets));
            }
        }

        var previous = -1;
        foreach (var range in normalised.AsSpan().Split(' '))
        {
            var word = normalised.AsSpan(range);
            if (word.IsEmpty) continue;
            var hash = Hash(word, seed: 101);
            counts.Add(hash);
            if (previous >= 0) counts.Add((int)Mix((uint)previous, (uint)Hash(word, seed: 102)));
            previous = hash;
        }
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

    /// <summary>An open-addressing count of buckets, borrowed from a pool and reused, so scoring allocates nothing.</summary>
    private sealed class BucketCounts
    {
        private int[] _keys = new int[1024];
        private float[] _counts = new float[1024];
        private readonly List<int> _used = new(512);

        public void Reset(int expected)
        {
            foreach (var slot in _used) _keys[slot] = 0;
            _used.Clear();
            if (_keys.Length < 2 * expected)
            {
                var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * expected));
                _keys = new int[size];
                _counts = new float[size];
            }
        }

        // Keys are stored as bucket + 1 so that 0 marks an empty slot.
        public void Add(int bucket)
        {
            var mask = _keys.Length - 1;
            var slot = (int)((uint)bucket * 2654435769u) & mask;
            while (true)
            {
                if (_keys[slot] == bucket + 1)
                {
                    _counts[slot]++;
                    return;
                }
                if (_keys[slot] == 0)
                {
                    _keys[slot] = bucket + 1;
                    _counts[slot] = 1;
                    _used.Add(slot);
                    return;
                }
                slot = (slot + 1) & mask;
            }
        }

        public Dictionary<int, float> ToDictionary() => _used.ToDictionary(slot => _keys[slot] - 1, slot => _counts[slot]);

        public float NormalisedDot(float[] weights)
        {
            float dot = 0, squares = 0;
            foreach (var slot in _used)
            {
                var count = _counts[slot];
                dot += weights[_keys[slot] - 1] * count;
                squares += count * count;
            }
            return squares > 0 ? dot / MathF.Sqrt(squares) : 0;
        }
    }
}
