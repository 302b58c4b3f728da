namespace Conformance.Harness.Bench;

/// <summary>The two-sided Mann-Whitney U test of one sample against another.</summary>
/// <param name="U">U of the first sample: the number of pairs (a, b) with a &gt; b, ties counting one half.</param>
/// <param name="P">Two-sided p-value: exact when there are no ties and the samples are small, else the normal approximation.</param>
/// <param name="Exact">Whether P comes from the exact distribution of U.</param>
public sealed record MannWhitneyResult(double U, double P, bool Exact);

/// <summary>
/// Descriptive statistics of repeated timings and the rank test that judges two runs. Medians and
/// quartiles rather than means: a timing sample on a shared machine has a long right tail (a
/// preemption adds seconds, nothing subtracts them), and a rank test is not fooled by that tail.
/// </summary>
public static class BenchStatistics
{
    /// <summary>Above this many pairs the exact distribution's table gets large and the normal approximation is already good.</summary>
    private const int ExactLimit = 30;

    public static double Median(IReadOnlyList<double> values) => Quantile(values, 0.5);

    /// <summary>The q-quantile with linear interpolation between order statistics (numpy's default, Hyndman-Fan type 7).</summary>
    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        if (values.Count == 0) throw new ArgumentException("no values", nameof(values));
        if (q is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(q));
        var sorted = values.Order().ToArray();
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /// <summary>The interquartile range, Q3 - Q1.</summary>
    public static double Iqr(IReadOnlyList<double> values) => Quantile(values, 0.75) - Quantile(values, 0.25);

    public static MannWhitneyResult MannWhitneyU(IReadOnlyList<double> a, IReadOnlyList<double> b) => MannWhitneyU(a, b, allowExact: true);

    /// <summary>ALLOWEXACT false forces the normal approximation (the tests check it against the exact test).</summary>
    internal static MannWhitneyResult MannWhitneyU(IReadOnlyList<double> a, IReadOnlyList<double> b, bool allowExact)
    {
        if (a.Count == 0 || b.Count == 0) throw new ArgumentException("both samples need values");
        int n1 = a.Count, n2 = b.Count;
        // Midranks of the pooled sample; U1 = R1 - n1(n1+1)/2.
        var pooled = a.Select(v => (Value: v, First: true)).Concat(b.Select(v => (Value: v, First: false))).OrderBy(x => x.Value).ToArray();
        var rankSumA = 0.0;
        var tieTerm = 0.0; // sum of t^3 - t over tie groups
        for (var i = 0; i < pooled.Length;)
        {
            var j = i;
            while (j + 1 < pooled.Length && pooled[j + 1].Value == pooled[i].Value) j++;
            var midrank = (i + j) / 2.0 + 1;
            for (var k = i; k <= j; k++)
                if (pooled[k].First) rankSumA += midrank;
            var t = j - i + 1;
            tieTerm += (double)t * t * t - t;
            i = j + 1;
        }
        var u = rankSumA - n1 * (n1 + 1) / 2.0;
        if (allowExact && tieTerm == 0 && n1 <= ExactLimit && n2 <= ExactLimit)
            return new MannWhitneyResult(u, ExactTwoSided(n1, n2, (int)Math.Round(u)), true);

        // Normal approximation with the tie correction of the variance and a continuity correction.
        var n = n1 + n2;
        var mean = n1 * (double)n2 / 2;
        var variance = n1 * (double)n2 / 12 * (n + 1 - tieTerm / (n * (n - 1.0)));
        if (variance <= 0) return new MannWhitneyResult(u, 1, false); // every value equal: no evidence of any difference
        var z = (Math.Abs(u - mean) - 0.5) / Math.Sqrt(variance);
        var p = Math.Min(1, 2 * NormalUpperTail(Math.Max(z, 0)));
        return new MannWhitneyResult(u, p, false);
    }

    /// <summary>
    /// Two-sided exact p-value: 2 min(P(U &lt;= u), P(U &gt;= u)) under the null, from the count of
    /// arrangements with each U (the recurrence c(m, n, u) = c(m-1, n, u-n) + c(m, n-1, u)).
    /// </summary>
    private static double ExactTwoSided(int n1, int n2, int u)
    {
        var counts = ExactCounts(n1, n2);
        var total = counts.Sum();
        var lower = 0.0;
        for (var k = 0; k <= u; k++) lower += counts[k];
        var upper = 0.0;
        for (var k = u; k < counts.Length; k++) upper += counts[k];
        return Math.Min(1, 2 * Math.Min(lower, upper) / total);
    }

    /// <summary>counts[u] = the number of orderings of n1 + n2 distinct values in which the first sample's U is u.</summary>
    internal static double[] ExactCounts(int n1, int n2)
    {
        // table[m][n] is the distribution for sizes (m, n), built up from m = 0 or n = 0 (a single arrangement, U = 0).
        var table = new double[n1 + 1, n2 + 1][];
        for (var m = 0; m <= n1; m++)
        for (var n = 0; n <= n2; n++)
        {
            var row = new double[m * n + 1];
            if (m == 0 || n == 0) row[0] = 1;
            else
            {
                // The largest value belongs to the first sample (it beats all n of the second) or to the second.
                var withFirst = table[m - 1, n];
                for (var k = 0; k < withFirst.Length; k++) row[k + n] += withFirst[k];
                var withSecond = table[m, n - 1];
                for (var k = 0; k < withSecond.Length; k++) row[k] += withSecond[k];
            }
            table[m, n] = row;
        }
        return table[n1, n2];
    }

    /// <summary>P(Z &gt; z) for a standard normal Z, through erfc (Numerical Recipes' erfc approximation, |error| &lt; 1.2e-7).</summary>
    internal static double NormalUpperTail(double z) => 0.5 * Erfc(z / Math.Sqrt(2));

    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
                t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
