namespace Pyref.Symtable;

/// <summary>
/// What `from __future__ import ...` turned on (Python/future.c, PyFutureFeatures). <see cref="Features"/> holds the
/// CO_FUTURE_* code flags (Include/cpython/code.h: CO_FUTURE_DIVISION 0x20000 ... CO_FUTURE_ANNOTATIONS 0x1000000).
/// </summary>
public sealed class FutureFeatures
{
    public int Features { get; set; }
    /// <summary>ff_lineno/ff_col_offset: the location of the last future statement (-1 if none).</summary>
    public int LineNo { get; set; } = -1;
    public int ColOffset { get; set; } = -1;

    public const int CoFutureDivision = 0x20000, CoFutureAbsoluteImport = 0x40000, CoFutureWithStatement = 0x80000,
        CoFuturePrintFunction = 0x100000, CoFutureUnicodeLiterals = 0x200000, CoFutureBarryAsBdfl = 0x400000,
        CoFutureGeneratorStop = 0x800000, CoFutureAnnotations = 0x1000000;
}
