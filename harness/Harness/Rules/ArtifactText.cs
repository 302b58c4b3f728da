using System.Security.Cryptography;
using System.Text;
using Conformance.Harness.Model;

namespace Conformance.Harness.Rules;

/// <summary>
/// Applies a text rewrite to every text an artifact holds, so one normalizer works at every stage.
/// Run output is bytes: it is decoded as UTF-8 when valid (Latin-1 otherwise, which round-trips
/// any byte), rewritten, encoded back the same way, and its length and hash recomputed. A stream
/// cut at the capture cap is left alone: only its head is known, and its hash covers the whole.
/// </summary>
public static class ArtifactText
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static Artifact Map(Artifact artifact, Func<string, string> map) => artifact switch
    {
        TokensArtifact t => new TokensArtifact(
            t.Tokens.Select(token => token with { Text = map(token.Text), Line = map(token.Line) }).ToList(), Error(t.Error, map)),
        AstArtifact a => new AstArtifact(a.Dump is null ? null : map(a.Dump), Error(a.Error, map)),
        DisArtifact d => new DisArtifact(d.Text is null ? null : map(d.Text),
            d.CodeObjects.Select(code => code with
            {
                Attrs = code.Attrs.ToDictionary(pair => pair.Key, pair => map(pair.Value), StringComparer.Ordinal),
            }).ToList(), Error(d.Error, map)),
        RunArtifact r => r with { Stdout = Output(r.Stdout, map), Stderr = Output(r.Stderr, map) },
        _ => artifact,
    };

    /// <summary>Every text of the artifact, one per line: what a waiver can search.</summary>
    public static string Flatten(Artifact artifact)
    {
        var texts = new List<string>();
        Map(artifact, text => { texts.Add(text); return text; });
        return string.Join("\n", texts);
    }

    private static StageError? Error(StageError? error, Func<string, string> map) =>
        error is null ? null : error with { Message = map(error.Message), Text = error.Text is null ? null : map(error.Text) };

    private static CapturedOutput Output(CapturedOutput output, Func<string, string> map)
    {
        if (output.Truncated) return output;
        Encoding encoding;
        string text;
        try { text = StrictUtf8.GetString(output.Head); encoding = StrictUtf8; }
        catch (DecoderFallbackException) { text = Encoding.Latin1.GetString(output.Head); encoding = Encoding.Latin1; }
        var mapped = map(text);
        if (ReferenceEquals(mapped, text) || mapped == text) return output;
        byte[] bytes;
        try { bytes = encoding.GetBytes(mapped); }
        catch (EncoderFallbackException) { bytes = Encoding.UTF8.GetBytes(mapped); } // Latin-1 text that gained wider characters
        return new CapturedOutput(bytes, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
