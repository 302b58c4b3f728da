using System.Text;

namespace Pyref.Parser;

/// <summary>
/// Python/errors.c _PyErr_ProgramDecodedTextObject and err_programtext: for errors the parser raises on
/// file input (pegen_errors.c _PyPegen_raise_error_known_location), CPython takes SyntaxError.text from
/// the file the filename names, when it can be opened, not from the source it was given. So
/// compile(src, "x.py", ...) reports x.py's line when x.py exists, with its newline, and
/// the source's own line (from the tokenizer's buffer) otherwise.
/// </summary>
internal static class ProgramText
{
    // err_programtext's char linebuf[1000]: a longer line is read in chunks into the same buffer, and
    // what is left is its last chunk.
    private const int LineBuffer = 1000;

    /// <summary>
    /// Line <paramref name="lineno"/> of the file, or null where CPython falls back to the tokenizer's buffers
    /// (no such file, fewer lines, undecodable with no encoding).
    /// </summary>
    /// <param name="encoding">tok->encoding: null for bytes without a BOM or coding cookie (strict UTF-8).</param>
    public static string? Read(string filename, int lineno, Encoding? encoding)
    {
        if (lineno <= 0 || filename.Length == 0) return null;
        byte[] data;
        try
        {
            if (!File.Exists(filename)) return null;
            data = File.ReadAllBytes(filename);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
        int pos = 0, i = 0;
        var chunk = new List<byte>(LineBuffer);
        while (i < lineno)
        {
            // Py_UniversalNewlineFgets(linebuf, 1000, ...) until a chunk ends the line.
            bool lineDone;
            do
            {
                if (pos >= data.Length) goto afterLoop;
                chunk.Clear();
                while (chunk.Count < LineBuffer - 1 && pos < data.Length)
                {
                    byte b = data[pos++];
                    if (b == (byte)'\r')
                    {
                        if (pos < data.Length && data[pos] == (byte)'\n') pos++;
                        b = (byte)'\n';
                    }
                    chunk.Add(b);
                    if (b == (byte)'\n') break;
                }
                // The loop's test: the chunk filled the buffer and did not end with a newline.
                lineDone = !(chunk.Count == LineBuffer - 1 && chunk[^1] != (byte)'\n');
            } while (!lineDone);
            i++;
        }
    afterLoop:
        if (i != lineno) return null;
        // strlen(linebuf): a NUL byte ends the text.
        int len = chunk.IndexOf(0);
        var bytes = chunk.GetRange(0, len < 0 ? chunk.Count : len).ToArray();
        if (encoding is null)
        {
            try { return new UTF8Encoding(false, true).GetString(bytes); }
            catch (DecoderFallbackException) { return null; }
        }
        return encoding.GetString(bytes);
    }
}
