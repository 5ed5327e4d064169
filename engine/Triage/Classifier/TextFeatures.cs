using System.Runtime.CompilerServices;
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
        table.Reset(expected: 5 * (normalised.Length + 2), weights: []);
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
            counts.Reset(expected: 5 * (normalised.Length + 2), weights);
            Count(normalised, counts);
            return counts.NormalisedDot();
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
        // Key is the bucket + 1, so that 0 marks an empty slot. Weight is the bucket's model weight, read when the
        // bucket is first counted: a weight that is not in the cache then loads while the grams that follow are
        // hashed, instead of stalling the final dot product. One entry holds all three: a slot costs one cache miss, not three.
        private struct Entry
        {
            public int Key;
            public float Count;
            public float Weight;
        }

        private Entry[] _entries = new Entry[1024];
        private int _shift = 32 - 10;

        // Slots in the order their buckets were first counted, which is the order the dot product sums them in.
        private int[] _used = new int[1024];
        private int _usedCount;
        private float[] _weights = [];

        public void Reset(int expected, float[] weights)
        {
            foreach (var slot in _used.AsSpan(0, _usedCount)) _entries[slot].Key = 0;
            _usedCount = 0;
            _weights = weights;
            if (_entries.Length < 2 * expected)
            {
                var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * expected));
                _entries = new Entry[size];
                _used = new int[size];
                _shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
            }
        }

        // The slot is the high bits of a multiplicative hash: its low bits depend only on the bucket's low bits, which cluster.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int bucket)
        {
            var entries = _entries;
            var mask = entries.Length - 1;
            var slot = (int)(((uint)bucket * 2654435769u) >> _shift);
            while (true)
            {
                ref var entry = ref entries[slot];
                if (entry.Key == bucket + 1)
                {
                    entry.Count++;
                    return;
                }
                if (entry.Key == 0)
                {
                    entry.Key = bucket + 1;
                    entry.Count = 1;
                    entry.Weight = _weights.Length > 0 ? _weights[bucket] : 0;
                    _used[_usedCount++] = slot;
                    return;
                }
                slot = (slot + 1) & mask;
            }
        }

        public Dictionary<int, float> ToDictionary()
        {
            var counts = new Dictionary<int, float>(_usedCount);
            foreach (var slot in _used.AsSpan(0, _usedCount)) counts.Add(_entries[slot].Key - 1, _entries[slot].Count);
            return counts;
        }

        public float NormalisedDot()
        {
            float dot = 0, squares = 0;
            foreach (var slot in _used.AsSpan(0, _usedCount))
            {
                ref readonly var entry = ref _entries[slot];
                dot += entry.Weight * entry.Count;
                squares += entry.Count * entry.Count;
            }
            return squares > 0 ? dot / MathF.Sqrt(squares) : 0;
        }
    }
}
