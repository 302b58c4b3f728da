using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Harness.Corpus;
using Conformance.Harness.Model;
using Conformance.Harness.Report;

namespace Conformance.Harness.Ratchet;

/// <summary>
/// `--update-exclusions`: rewrites settings.json's debt list from a run. Every case stage that
/// fails and is neither permanently excluded nor waived by a rule becomes a debt entry whose
/// reason is its first difference; entries for case stages this run did not compare (a run over
/// part of the corpus) stay; a hand-written "note" on an entry that is still needed is kept.
/// Everything else in the file (target, permanent list, ...) is left as it is.
/// </summary>
public static class ExclusionUpdater
{
    public sealed record Change(int Count, int Added, int Removed);

    private const int ReasonLimit = 240;

    public static Change Update(CorpusSettings settings, IReadOnlyList<RatchetEntry> entries)
    {
        var old = settings.Exclusions.Where(e => e.Kind == ExclusionKind.Debt).ToList();
        var compared = entries.Where(e => e.CorpusPath is not null).Select(e => (e.CorpusPath!, e.Stage.Name())).ToHashSet();

        var debt = new List<Exclusion>();
        // Kept: old entries this run says nothing about (another part of the corpus, or a stage not run).
        foreach (var entry in old)
        {
            var coveredHere = entry.Stage is null
                ? compared.Any(c => Glob.Matches(entry.Case, c.Item1))
                : compared.Any(c => c.Item2 == entry.Stage && Glob.Matches(entry.Case, c.Item1));
            if (!coveredHere) debt.Add(entry);
        }
        foreach (var e in entries.Where(e => e.Fails && e.CorpusPath is not null && e.Exclusion is not { Kind: ExclusionKind.Permanent }))
        {
            var note = old.FirstOrDefault(o => o.Stage == e.Stage.Name() && o.Case == e.CorpusPath)?.Note;
            debt.Add(new Exclusion(e.CorpusPath!, e.Stage.Name(), Reason(e), ExclusionKind.Debt, note));
        }
        debt = debt.OrderBy(d => d.Case, StringComparer.Ordinal).ThenBy(d => StageOrder(d.Stage)).ToList();

        Write(settings.Path, debt);
        var before = old.Select(Key).ToHashSet();
        var after = debt.Select(Key).ToHashSet();
        return new Change(debt.Count, after.Count(k => !before.Contains(k)), before.Count(k => !after.Contains(k)));
    }

    /// <summary>
    /// The first difference in one line: where, then both sides' excerpts from a little before the
    /// first character where they differ (an error's message is often the same and its text not);
    /// for a crash or timeout, the first line of its detail.
    /// </summary>
    public static string Reason(RatchetEntry e)
    {
        if (e.Difference is not { } d)
            return DisplayText.OneLine($"{e.Underlying.Name()}: {e.Detail?.Split('\n')[0]}", ReasonLimit);
        var (oracle, impl) = (Flat(d.Oracle), Flat(d.Impl));
        var common = 0;
        while (common < oracle.Length && common < impl.Length && oracle[common] == impl[common]) common++;
        var from = Math.Max(0, common - ExcerptContext);
        // Never start inside a surrogate pair.
        if (from > 0 && char.IsLowSurrogate(oracle[from])) from--;
        var (o, i) = (Excerpt(oracle, from), Excerpt(impl, from));
        return DisplayText.OneLine($"{d.Where}: oracle {o} | impl {i}", ReasonLimit);
    }

    private const int ExcerptContext = 24, ExcerptLength = 100;

    private static string Flat(string text) => text.Replace("\r\n", " / ").Replace("\n", " / ").Replace("\r", " / ");

    private static string Excerpt(string text, int from)
    {
        if (from >= text.Length) return text.Length == 0 ? "<empty>" : "<ends here>";
        var part = text[from..];
        if (part.Length > ExcerptLength) part = part[..ExcerptLength] + "...";
        return (from > 0 ? "..." : "") + part;
    }

    private static string Key(Exclusion e) => $"{e.Case}\n{e.StageName}";

    private static int StageOrder(string? stage) => stage is null ? -1 : (int)Stages.Parse(stage);

    /// <summary>Replaces exclusions.debt in the JSON document, keeping every other property and its order.</summary>
    private static void Write(string path, IReadOnlyList<Exclusion> debt)
    {
        var root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
        if (root["exclusions"] is not JsonObject exclusions)
        {
            exclusions = new JsonObject { ["permanent"] = new JsonArray() };
            root["exclusions"] = exclusions;
        }
        var list = new JsonArray();
        foreach (var e in debt)
        {
            var item = new JsonObject { ["case"] = e.Case, ["stage"] = e.StageName, ["reason"] = e.Reason };
            if (e.Note is not null) item["note"] = e.Note;
            list.Add(item);
        }
        exclusions["debt"] = list;
        var json = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        File.WriteAllText(path, json + "\n", new System.Text.UTF8Encoding(false));
    }
}
