using System.Diagnostics;
using System.Text;

namespace Conformance.Harness.Fuzz;

/// <summary>
/// Reduces a failing program while a predicate (its divergence signature unchanged) keeps holding:
/// first FsCheck's shrinker over the generated AST (AstShrinker, greedy: take the first shrink that
/// still fails, start again from it), then delta debugging (Zeller's ddmin) over the source text,
/// first by lines, then by tokens, C-Reduce style. Every test costs a round trip through both
/// sides, so the work is bounded by a number of tests and a deadline.
/// </summary>
public sealed class Reducer(Func<byte[], Task<bool>> stillFails, int maxTests = 600, TimeSpan? budget = null)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _budget = budget ?? TimeSpan.FromSeconds(60);
    private readonly Dictionary<string, bool> _seen = new(StringComparer.Ordinal);

    public int Tests { get; private set; }

    private bool Exhausted => Tests >= maxTests || _clock.Elapsed > _budget;

    private async Task<bool> TestAsync(byte[] candidate)
    {
        var key = Convert.ToBase64String(candidate);
        if (_seen.TryGetValue(key, out var known)) return known;
        Tests++;
        var result = await stillFails(candidate);
        _seen[key] = result;
        return result;
    }

    /// <summary>Greedy descent through the Arbitrary's shrinks, as FsCheck does when a property fails.</summary>
    public async Task<PyProgram> ShrinkAstAsync(PyProgram program)
    {
        var current = program;
        var progress = true;
        while (progress && !Exhausted)
        {
            progress = false;
            foreach (var candidate in AstShrinker.Shrink(current))
            {
                if (Exhausted) break;
                string source;
                try { source = candidate.ToSource(); }
                catch (ArgumentException) { continue; }
                if (await TestAsync(Encoding.UTF8.GetBytes(source)))
                {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    /// <summary>ddmin over lines, then over tokens; repeated while either still removes something.</summary>
    public async Task<byte[]> ReduceTextAsync(byte[] source)
    {
        var text = Encoding.UTF8.GetString(source);
        // Text that is not UTF-8 is reduced as Latin-1, which maps bytes one to one.
        var latin = !Encoding.UTF8.GetBytes(text).AsSpan().SequenceEqual(source);
        var encoding = latin ? Encoding.Latin1 : Encoding.UTF8;
        if (latin) text = Encoding.Latin1.GetString(source);
        while (!Exhausted)
        {
            var before = text.Length;
            text = await DdminAsync(SplitLines(text), encoding);
            text = await DdminAsync(Mutator.Tokens().Matches(text).Select(m => m.Value).ToList(), encoding);
            if (text.Length >= before) break;
        }
        return encoding.GetBytes(text);
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') { lines.Add(text[start..(i + 1)]); start = i + 1; }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    /// <summary>Zeller and Hildebrandt's ddmin, complements only (what C-Reduce's line passes do).</summary>
    private async Task<string> DdminAsync(List<string> chunks, Encoding encoding)
    {
        var n = 2;
        while (chunks.Count >= 1 && !Exhausted)
        {
            var size = (int)Math.Ceiling(chunks.Count / (double)n);
            var reduced = false;
            for (var start = 0; start < chunks.Count && !Exhausted; start += size)
            {
                var candidate = chunks.Take(start).Concat(chunks.Skip(start + size)).ToList();
                if (await TestAsync(encoding.GetBytes(string.Concat(candidate))))
                {
                    chunks = candidate;
                    n = Math.Max(n - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (reduced) continue;
            if (size <= 1) break;
            n = Math.Min(chunks.Count, n * 2);
        }
        return string.Concat(chunks);
    }

    /// <summary>Lines of a source, as reports count them (a last line without a newline counts).</summary>
    public static int CountLines(byte[] source)
    {
        if (source.Length == 0) return 0;
        var lines = source.Count(b => b == (byte)'\n');
        return source[^1] == (byte)'\n' ? lines : lines + 1;
    }
}
