namespace Pyref.Bytecode;

/// <summary>A co_positions() item; -1 stands for None.</summary>
public readonly record struct SourcePosition(int Line, int EndLine, int Column, int EndColumn);

/// <summary>A co_lines() item: code bytes [Start, End) belong to Line (-1 = None).</summary>
public readonly record struct LineRange(int Start, int End, int Line);

/// <summary>
/// Decoder of the 3.11 location table (Objects/locations.md; Objects/codeobject.c advance_with_locations,
/// _PyLineTable_NextAddressRange, lineiter_next, positionsiter_next).
/// Each entry: first byte 1CCCCLLL (code C, L+1 code units), then a code-dependent payload:
/// 0-9 short form (1 byte), 10-12 one-line form (line delta C-10, 2 bytes of columns), 13 no columns (svarint line
/// delta), 14 long form (svarint line delta, varint end-line delta, varint col+1, varint endcol+1), 15 no location.
/// </summary>
public static class LocationTable
{
    public const int ShortFormMax = 9, OneLine0 = 10, OneLine1 = 11, OneLine2 = 12, NoColumns = 13, Long = 14, None = 15;

    /// <summary>One decoded entry: the code-unit range and its location (line/endline/columns -1 when None).</summary>
    public readonly record struct Entry(int Start, int End, int Line, int EndLine, int Column, int EndColumn);

    public static List<Entry> Decode(byte[] table, int firstLineNo)
    {
        var entries = new List<Entry>();
        int pos = 0, computedLine = firstLineNo, end = 0;
        while (pos < table.Length)
        {
            int first = table[pos++];
            int code = (first >> 3) & 15;
            int start = end;
            end = start + ((first & 7) + 1) * 2;
            int line, endLine, column, endColumn;
            switch (code)
            {
                case None:
                    line = endLine = column = endColumn = -1;
                    break;
                case Long:
                    computedLine += ReadSignedVarint(table, ref pos);
                    line = computedLine;
                    endLine = line + ReadVarint(table, ref pos);
                    column = ReadVarint(table, ref pos) - 1;
                    endColumn = ReadVarint(table, ref pos) - 1;
                    break;
                case NoColumns:
                    computedLine += ReadSignedVarint(table, ref pos);
                    line = endLine = computedLine;
                    column = endColumn = -1;
                    break;
                case OneLine0 or OneLine1 or OneLine2:
                    computedLine += code - OneLine0;
                    line = endLine = computedLine;
                    column = table[pos++];
                    endColumn = table[pos++];
                    break;
                default:
                {
                    int second = table[pos++];
                    line = endLine = computedLine;
                    column = (code << 3) | (second >> 4);
                    endColumn = column + (second & 15);
                    break;
                }
            }
            entries.Add(new Entry(start, end, line, endLine, column, endColumn));
        }
        return entries;
    }

    /// <summary>co_positions(): one position per code unit.</summary>
    public static IReadOnlyList<SourcePosition> Positions(CodeObject code)
    {
        var result = new List<SourcePosition>(code.Code.Length / 2);
        foreach (var e in Decode(code.LineTable, code.FirstLineNo))
            for (int offset = e.Start; offset < e.End; offset += 2)
                result.Add(new SourcePosition(e.Line, e.EndLine, e.Column, e.EndColumn));
        return result;
    }

    /// <summary>co_lines() of 3.11 (lineiter_next): one range per location entry; 3.11 does not merge neighbours.</summary>
    public static IReadOnlyList<LineRange> Lines(CodeObject code)
    {
        var result = new List<LineRange>();
        foreach (var e in Decode(code.LineTable, code.FirstLineNo))
            result.Add(new LineRange(e.Start, e.End, e.Line));
        return result;
    }

    /// <summary>dis.findlinestarts.</summary>
    public static IEnumerable<(int Offset, int Line)> LineStarts(CodeObject code)
    {
        int lastLine = int.MinValue;
        foreach (var range in Lines(code))
        {
            if (range.Line != -1 && range.Line != lastLine)
            {
                lastLine = range.Line;
                yield return (range.Start, range.Line);
            }
        }
    }

    /// <summary>PyCode_Addr2Line: the line of the code unit at byteOffset, -1 for None.</summary>
    public static int Addr2Line(CodeObject code, int byteOffset)
    {
        if (byteOffset < 0) return code.FirstLineNo;
        foreach (var e in Decode(code.LineTable, code.FirstLineNo))
            if (byteOffset < e.End) return e.Line;
        return -1;
    }

    // Objects/codeobject.c read_varint / read_signed_varint: 6-bit chunks, little-endian, bit 6 = more.
    public static int ReadVarint(byte[] table, ref int pos)
    {
        int read = table[pos++];
        int value = read & 63, shift = 0;
        while ((read & 64) != 0)
        {
            read = table[pos++];
            shift += 6;
            value |= (read & 63) << shift;
        }
        return value;
    }

    public static int ReadSignedVarint(byte[] table, ref int pos)
    {
        int unsigned = ReadVarint(table, ref pos);
        return (unsigned & 1) != 0 ? -(unsigned >> 1) : unsigned >> 1;
    }

    // ---- encoder, as Python/compile.c write_location_info_entry (for the compiler) ----

    public static void WriteVarint(List<byte> output, int value)
    {
        while (value >= 64)
        {
            output.Add((byte)(64 | (value & 63)));
            value >>= 6;
        }
        output.Add((byte)value);
    }

    public static void WriteSignedVarint(List<byte> output, int value) =>
        WriteVarint(output, value < 0 ? ((-value) << 1) | 1 : value << 1);

    private static void WriteFirstByte(List<byte> output, int code, int length) =>
        output.Add((byte)(0x80 | (code << 3) | (length - 1)));

    /// <summary>
    /// Appends entries covering <paramref name="codeUnits"/> code units with one location (compile.c
    /// write_location_info_entry: splits into chunks of at most 8 units and picks the most compact form).
    /// <paramref name="previousLine"/> is the running line (start with co_firstlineno) and is updated.
    /// Pass line = -1 for "no location".
    /// </summary>
    public static void Append(List<byte> output, ref int previousLine, int codeUnits, int line, int endLine, int column, int endColumn)
    {
        while (codeUnits > 0)
        {
            int length = Math.Min(codeUnits, 8);
            codeUnits -= length;
            if (line < 0)
            {
                WriteFirstByte(output, None, length);
                continue;
            }
            int lineDelta = line - previousLine;
            if (column < 0 || endColumn < 0)
            {
                // write_location_info_no_column
                if (endLine == line || endLine == -1)
                {
                    WriteFirstByte(output, NoColumns, length);
                    WriteSignedVarint(output, lineDelta);
                    previousLine = line;
                    continue;
                }
            }
            else if (line == endLine)
            {
                if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column)
                {
                    int columnGroup = column >> 3;
                    int columnLow = column & 7;
                    WriteFirstByte(output, columnGroup, length);
                    output.Add((byte)((columnLow << 4) | (endColumn - column)));
                    previousLine = line;
                    continue;
                }
                if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128)
                {
                    WriteFirstByte(output, OneLine0 + lineDelta, length);
                    output.Add((byte)column);
                    output.Add((byte)endColumn);
                    previousLine = line;
                    continue;
                }
            }
            // write_location_info_long_form
            WriteFirstByte(output, Long, length);
            WriteSignedVarint(output, lineDelta);
            WriteVarint(output, endLine - line);
            WriteVarint(output, column + 1);
            WriteVarint(output, endColumn + 1);
            previousLine = line;
        }
    }
}

/// <summary>One exception table entry, as dis._ExceptionTableEntry (byte offsets; End exclusive).</summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool Lasti);

/// <summary>
/// The 3.11 exception table (Objects/exception_handling_notes.txt): per entry four varints (start, length, target in
/// code units; depth*2+lasti), 6-bit big-endian chunks with bit 6 = more and bit 7 marking an entry's first byte.
/// Parse mirrors Lib/dis.py _parse_exception_table; Encode mirrors Python/compile.c assemble_emit_exception_table_entry.
/// </summary>
public static class ExceptionTableCodec
{
    public static IReadOnlyList<ExceptionTableEntry> Parse(byte[] table)
    {
        var entries = new List<ExceptionTableEntry>();
        int pos = 0;
        while (pos < table.Length)
        {
            int start = ReadVarint(table, ref pos) * 2;
            if (pos >= table.Length) break;
            int length = ReadVarint(table, ref pos) * 2;
            if (pos >= table.Length) break;
            int target = ReadVarint(table, ref pos) * 2;
            if (pos >= table.Length) break;
            int depthLasti = ReadVarint(table, ref pos);
            entries.Add(new ExceptionTableEntry(start, start + length, target, depthLasti >> 1, (depthLasti & 1) != 0));
        }
        return entries;
    }

    private static int ReadVarint(byte[] table, ref int pos)
    {
        int b = table[pos++];
        int value = b & 63;
        while ((b & 64) != 0)
        {
            value <<= 6;
            b = table[pos++];
            value |= b & 63;
        }
        return value;
    }

    /// <summary>Encodes entries given in byte offsets (End exclusive).</summary>
    public static byte[] Encode(IEnumerable<ExceptionTableEntry> entries)
    {
        var output = new List<byte>();
        foreach (var e in entries)
        {
            WriteVarint(output, e.Start / 2, 0x80);
            WriteVarint(output, (e.End - e.Start) / 2, 0);
            WriteVarint(output, e.Target / 2, 0);
            WriteVarint(output, (e.Depth << 1) | (e.Lasti ? 1 : 0), 0);
        }
        return output.ToArray();
    }

    private static void WriteVarint(List<byte> output, int value, int msb)
    {
        const int Continuation = 64;
        if (value >= 1 << 24) { output.Add((byte)((value >> 24) | Continuation | msb)); msb = 0; }
        if (value >= 1 << 18) { output.Add((byte)(((value >> 18) & 0x3F) | Continuation | msb)); msb = 0; }
        if (value >= 1 << 12) { output.Add((byte)(((value >> 12) & 0x3F) | Continuation | msb)); msb = 0; }
        if (value >= 1 << 6) { output.Add((byte)(((value >> 6) & 0x3F) | Continuation | msb)); msb = 0; }
        output.Add((byte)((value & 0x3F) | msb));
    }
}

/// <summary>An instruction as dis._unpack_opargs yields it: byte offset, opcode, full oparg (0 and HasArg false when none).</summary>
public readonly record struct RawInstruction(int Offset, int Opcode, int Arg, bool HasArg);

/// <summary>Lib/dis.py _unpack_opargs: folds EXTENDED_ARG prefixes into the oparg and skips inline caches.</summary>
public static class InstructionDecoder
{
    public static IEnumerable<RawInstruction> Decode(byte[] code, OpcodeTable table)
    {
        int extendedArg = 0;
        int caches = 0;
        for (int i = 0; i + 1 < code.Length; i += 2)
        {
            if (caches > 0) { caches--; continue; }
            int op = code[i];
            int deop = table.DeoptOf(op);
            caches = table.CacheEntries(deop);
            int arg;
            if (deop >= table.HaveArgument)
            {
                arg = code[i + 1] | extendedArg;
                // The oparg is a C int: wraps to negative past 2**31 (dis._INT_OVERFLOW).
                extendedArg = deop == table.ExtendedArg ? unchecked(arg << 8) : 0;
            }
            else
            {
                arg = 0;
                extendedArg = 0;
            }
            yield return new RawInstruction(i, op, arg, deop >= table.HaveArgument);
        }
    }
}
