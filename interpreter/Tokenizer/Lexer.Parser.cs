namespace Pyref.Tokenizer;

// The parser view: Parser/tokenizer.c tok_get of CPython 3.11.
public sealed partial class Lexer
{
    private void ParserInit() { }
    private void ParserStep() => throw new NotImplementedException();
    private void PrepareParserBytes(ReadOnlySpan<byte> src) => throw new NotImplementedException();
}
