namespace AutoPermits.Engine.Triage.Classifier;

/// <summary>
/// The naive-Bayes log-count ratio of each feature bucket, r = log((p / |p|) / (q / |q|)), with p and q the smoothed
/// counts of social and of plain examples that have the bucket. Training scales features by them (Wang and
/// Manning's NBSVM), which generalises better than raw features on a small corpus. They are saved beside
/// <c>model.zip</c> rather than recomputed, because recomputing means featurising the whole corpus at start-up.
/// </summary>
public static class FeatureRatios
{
    public const string FileName = "model-ratios.bin";

    // Small, because most buckets are seen in a handful of examples.
    private const double Smoothing = 0.1;
    private const int FormatVersion = 1;

    public static float[] Of(IReadOnlyCollection<ClassifierTraining.FeatureRow> rows)
    {
        var social = new double[TextFeatures.Buckets];
        var plain = new double[TextFeatures.Buckets];
        foreach (var row in rows)
        {
            var counts = row.Label ? social : plain;
            foreach (var bucket in row.Features.GetIndices()) counts[bucket]++;
        }
        var socialTotal = social.Sum() + Smoothing * TextFeatures.Buckets;
        var plainTotal = plain.Sum() + Smoothing * TextFeatures.Buckets;
        var ratios = new float[TextFeatures.Buckets];
        for (var b = 0; b < ratios.Length; b++)
        {
            // A bucket no example has gets no weight from training, so its ratio is never used; 0 keeps the file sparse.
            if (social[b] + plain[b] == 0) continue;
            ratios[b] = (float)Math.Log((social[b] + Smoothing) / socialTotal / ((plain[b] + Smoothing) / plainTotal));
        }
        return ratios;
    }

    /// <summary>Writes the non-zero ratios as (bucket, ratio) pairs.</summary>
    public static void Write(string path, float[] ratios)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(FormatVersion);
        writer.Write(TextFeatures.Buckets);
        writer.Write(ratios.Count(r => r != 0));
        for (var b = 0; b < ratios.Length; b++)
        {
            if (ratios[b] == 0) continue;
            writer.Write(b);
            writer.Write(ratios[b]);
        }
    }

    /// <exception cref="InvalidDataException">The file is of another format or another number of buckets.</exception>
    public static float[] Read(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadInt32() != FormatVersion || reader.ReadInt32() != TextFeatures.Buckets)
        {
            throw new InvalidDataException($"{FileName} is of another format than this version of the guard reads.");
        }
        var ratios = new float[TextFeatures.Buckets];
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var bucket = reader.ReadInt32();
            if ((uint)bucket >= TextFeatures.Buckets) throw new InvalidDataException($"{FileName} names bucket {bucket}.");
            ratios[bucket] = reader.ReadSingle();
        }
        return ratios;
    }
}
