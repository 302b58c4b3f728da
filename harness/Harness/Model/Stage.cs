namespace Conformance.Harness.Model;

/// <summary>The pipeline stages, in pipeline order: a case's first differing stage is the earliest one.</summary>
public enum Stage
{
    Tokens,
    Ast,
    Dis,
    Run,
}

public static class Stages
{
    public static readonly IReadOnlyList<Stage> All = [Stage.Tokens, Stage.Ast, Stage.Dis, Stage.Run];

    /// <summary>The stages whose artifact comes from analysing the source without running it.</summary>
    public static bool IsStatic(this Stage stage) => stage != Stage.Run;

    public static string Name(this Stage stage) => stage switch
    {
        Stage.Tokens => "tokens",
        Stage.Ast => "ast",
        Stage.Dis => "dis",
        Stage.Run => "run",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public static Stage Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "tokens" or "tokenize" => Stage.Tokens,
        "ast" or "parse" => Stage.Ast,
        "dis" or "compile" => Stage.Dis,
        "run" => Stage.Run,
        _ => throw new FormatException($"unknown stage '{name}' (expected tokens, ast, dis or run)"),
    };

    public static IReadOnlyList<Stage> ParseList(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Parse).Distinct().Order().ToList();
}
