using Conformance.Harness.Bench;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Conformance.Harness.Tests.Bench;

public class BenchStatisticsTests
{
    [Fact]
    public void Quantiles_interpolate_between_order_statistics_as_numpy_does()
    {
        double[] values = [4, 1, 3, 2];
        Assert.Equal(2.5, BenchStatistics.Median(values));
        Assert.Equal(1.75, BenchStatistics.Quantile(values, 0.25));
        Assert.Equal(3.25, BenchStatistics.Quantile(values, 0.75));
        Assert.Equal(1.5, BenchStatistics.Iqr(values));
        Assert.Equal(7, BenchStatistics.Median([7]));
    }

    [Fact]
    public void Completely_separated_samples_get_the_smallest_exact_p()
    {
        // Two-sided: 2 arrangements out of C(6,3) = 20, and out of C(10,5) = 252.
        var three = BenchStatistics.MannWhitneyU([4, 5, 6], [1, 2, 3]);
        Assert.True(three.Exact);
        Assert.Equal(9, three.U);
        Assert.Equal(0.1, three.P, 12);
        Assert.Equal(2.0 / 252, BenchStatistics.MannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]).P, 12);
    }

    [Fact]
    public void Exact_distribution_counts_every_arrangement_once()
    {
        var counts = BenchStatistics.ExactCounts(6, 4);
        Assert.Equal(210, counts.Sum()); // C(10, 4)
        Assert.Equal(counts, counts.Reverse().ToArray()); // U and n1 n2 - U are equally likely
    }

    /// <summary>The exact p-value against a brute-force enumeration of every split of the pooled ranks.</summary>
    [Property(MaxTest = 200)]
    public bool Exact_p_matches_enumerating_every_split(PositiveInt seed, byte sizeA, byte sizeB)
    {
        int n1 = 1 + sizeA % 6, n2 = 1 + sizeB % 6;
        var random = new Random(seed.Get);
        var pool = Enumerable.Range(0, n1 + n2).Select(i => i + random.NextDouble() * 0.5).OrderBy(_ => random.Next()).ToArray();
        var a = pool[..n1];
        var b = pool[n1..];
        var result = BenchStatistics.MannWhitneyU(a, b);

        double U(IEnumerable<double> x, IEnumerable<double> y) => x.Sum(v => y.Count(w => v > w));
        var all = Combinations(Enumerable.Range(0, n1 + n2).ToArray(), n1)
            .Select(chosen => U(chosen.Select(i => pool[i]), Enumerable.Range(0, n1 + n2).Except(chosen).Select(i => pool[i])))
            .ToList();
        var observed = U(a, b);
        var p = Math.Min(1, 2.0 * Math.Min(all.Count(u => u <= observed), all.Count(u => u >= observed)) / all.Count);
        return result.Exact && result.U == observed && Math.Abs(result.P - p) < 1e-12;
    }

    private static IEnumerable<int[]> Combinations(int[] items, int k)
    {
        if (k == 0) { yield return []; yield break; }
        for (var i = 0; i <= items.Length - k; i++)
            foreach (var rest in Combinations(items[(i + 1)..], k - 1))
                yield return [items[i], .. rest];
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.2)]
    [InlineData(0.4)]
    public void Normal_approximation_agrees_with_the_exact_test_on_large_samples(double shift)
    {
        var random = new Random(7);
        var a = Enumerable.Range(0, 30).Select(_ => random.NextDouble()).ToArray();
        var b = Enumerable.Range(0, 30).Select(_ => random.NextDouble() + shift).ToArray();
        var exact = BenchStatistics.MannWhitneyU(a, b);
        var normal = BenchStatistics.MannWhitneyU(a, b, allowExact: false);
        Assert.True(exact.Exact);
        Assert.False(normal.Exact);
        Assert.Equal(exact.U, normal.U);
        Assert.InRange(normal.P, exact.P * 0.85 - 1e-4, exact.P * 1.15 + 1e-4);
    }

    [Fact]
    public void Ties_take_the_normal_approximation_with_midranks()
    {
        // a = [1, 2, 2], b = [2, 3]: midranks 1, 3, 3 | 3, 5; R1 = 7, U = 7 - 6 = 1.
        var result = BenchStatistics.MannWhitneyU([1, 2, 2], [2, 3]);
        Assert.False(result.Exact);
        Assert.Equal(1, result.U);
        // mean 3, variance 6/12 * (6 - (27 - 3) / 20) = 2.4, z = (2 - 0.5) / sqrt(2.4).
        Assert.Equal(2 * BenchStatistics.NormalUpperTail(1.5 / Math.Sqrt(2.4)), result.P, 12);
        Assert.Equal(0.1337151, BenchStatistics.NormalUpperTail(1.109), 5); // 0.5 erfc(1.109 / sqrt 2), from Python's math.erfc
    }

    [Fact]
    public void Identical_samples_show_no_evidence_of_a_difference()
    {
        Assert.Equal(1, BenchStatistics.MannWhitneyU([1, 1, 1], [1, 1, 1]).P);
        Assert.Equal(1, BenchStatistics.MannWhitneyU([1, 2, 3, 4], [1, 2, 3, 4]).P, 12);
    }

    [Property(MaxTest = 200)]
    public bool The_test_is_symmetric_and_blind_to_a_common_shift(NonEmptyArray<NormalFloat> x, NonEmptyArray<NormalFloat> y, NormalFloat shift)
    {
        var a = x.Get.Select(v => Math.Round(v.Get % 1000, 3)).Take(40).ToArray();
        var b = y.Get.Select(v => Math.Round(v.Get % 1000, 3)).Take(40).ToArray();
        var s = Math.Round(shift.Get % 1000, 0);
        var ab = BenchStatistics.MannWhitneyU(a, b);
        var ba = BenchStatistics.MannWhitneyU(b, a);
        var shifted = BenchStatistics.MannWhitneyU(a.Select(v => v + s).ToArray(), b.Select(v => v + s).ToArray());
        return ab.P is > 0 and <= 1
               && Math.Abs(ab.P - ba.P) < 1e-9
               && Math.Abs(ab.U + ba.U - a.Length * (double)b.Length) < 1e-9
               && Math.Abs(ab.P - shifted.P) < 1e-9;
    }
}
