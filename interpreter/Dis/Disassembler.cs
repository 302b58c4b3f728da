using System.Globalization;
using System.Text;
using Pyref.Bytecode;

namespace Pyref.Dis;

/// <summary>One instruction as Lib/dis.py's Instruction namedtuple (3.11), caches hidden.</summary>
public sealed record DisInstruction(
    string OpName, int Opcode, int? Arg, object? ArgVal, string ArgRepr, int Offset, int? StartsLine,
    bool IsJumpTarget, SourcePosition Positions);

/// <summary>
/// The disassembler of Lib/dis.py (3.11): dis.dis(code) for a code object =
/// _disassemble_recursive -> disassemble -> _disassemble_bytes -> Instruction._disassemble.
/// Output is byte-for-byte what dis prints (the address in `&lt;code object ... at 0x...&gt;` aside).
/// </summary>
public sealed class Disassembler
{
    private const int OpNameWidth = 20; // dis._OPNAME_WIDTH
    private const int OpArgWidth = 5;   // dis._OPARG_WIDTH
    private static readonly string[] MakeFunctionFlagNames = { "defaults", "kwdefaults", "annotations", "closure" };
    private static readonly string[] FormatValueConverters = { "", "str", "repr", "ascii" };

    private readonly OpcodeTable _table;

    public Disassembler(OpcodeTable table) => _table = table;
    public Disassembler(PythonVersion version) : this(OpcodeTable.For(version)) { }

    /// <summary>dis.dis(code): the code object then, recursively, every code object in its co_consts.</summary>
    public static string Dis(CodeObject code, PythonVersion? version = null)
    {
        var sb = new StringBuilder();
        new Disassembler(version ?? PythonVersion.Py311).DisassembleRecursive(code, sb, depth: null);
        return sb.ToString();
    }

    /// <summary>dis._disassemble_recursive.</summary>
    public void DisassembleRecursive(CodeObject code, StringBuilder output, int? depth)
    {
        Disassemble(code, output);
        if (depth is null || depth > 0)
        {
            int? next = depth is null ? null : depth - 1;
            foreach (var constant in code.Consts)
            {
                if (constant is CodeObject nested)
                {
                    output.Append('\n');
                    output.Append("Disassembly of ").Append(PyRepr.Repr(nested)).Append(":\n");
                    DisassembleRecursive(nested, output, next);
                }
            }
        }
    }

    /// <summary>dis.disassemble(co): one code object, then its exception table.</summary>
    public void Disassemble(CodeObject code, StringBuilder output, int lasti = -1)
    {
        var lineStarts = new Dictionary<int, int>();
        foreach (var (offset, line) in code.LineStarts()) lineStarts[offset] = line;
        var exceptionEntries = code.ExceptionEntries();

        // _disassemble_bytes: widths of the line number and offset columns.
        bool showLineNo = lineStarts.Count > 0;
        int lineNoWidth = 0;
        if (showLineNo)
        {
            int maxLine = lineStarts.Values.Max();
            lineNoWidth = maxLine >= 1000 ? maxLine.ToString(CultureInfo.InvariantCulture).Length : 3;
        }
        int maxOffset = code.Code.Length - 2;
        int offsetWidth = maxOffset >= 10000 ? maxOffset.ToString(CultureInfo.InvariantCulture).Length : 4;

        foreach (var instruction in GetInstructions(code, lineStarts, exceptionEntries))
        {
            if (showLineNo && instruction.StartsLine is not null && instruction.Offset > 0)
                output.Append('\n');
            output.Append(Format(instruction, lineNoWidth, instruction.Offset == lasti, offsetWidth)).Append('\n');
        }
        if (exceptionEntries.Count > 0)
        {
            output.Append("ExceptionTable:\n");
            foreach (var e in exceptionEntries)
            {
                output.Append("  ").Append(e.Start).Append(" to ").Append(e.End - 2).Append(" -> ").Append(e.Target)
                      .Append(" [").Append(e.Depth).Append(']');
                if (e.Lasti) output.Append(" lasti");
                output.Append('\n');
            }
        }
    }

    /// <summary>Instruction._disassemble.</summary>
    public static string Format(DisInstruction instruction, int lineNoWidth = 3, bool markAsCurrent = false, int offsetWidth = 4)
    {
        var fields = new List<string>(6);
        if (lineNoWidth > 0)
        {
            fields.Add(instruction.StartsLine is int line
                ? line.ToString(CultureInfo.InvariantCulture).PadLeft(lineNoWidth)
                : new string(' ', lineNoWidth));
        }
        fields.Add(markAsCurrent ? "-->" : "   ");
        fields.Add(instruction.IsJumpTarget ? ">>" : "  ");
        fields.Add(instruction.Offset.ToString(CultureInfo.InvariantCulture).PadLeft(offsetWidth));
        fields.Add(instruction.OpName.PadRight(OpNameWidth));
        if (instruction.Arg is int arg)
        {
            fields.Add(arg.ToString(CultureInfo.InvariantCulture).PadLeft(OpArgWidth));
            if (instruction.ArgRepr.Length > 0)
                fields.Add("(" + instruction.ArgRepr + ")");
        }
        return string.Join(' ', fields).TrimEnd(' ', '\t', '\n', '\r', '\v', '\f');
    }

    /// <summary>dis.get_instructions(code) (caches hidden).</summary>
    public IEnumerable<DisInstruction> GetInstructions(CodeObject code)
    {
        var lineStarts = new Dictionary<int, int>();
        foreach (var (offset, line) in code.LineStarts()) lineStarts[offset] = line;
        return GetInstructions(code, lineStarts, Array.Empty<ExceptionTableEntry>());
    }

    /// <summary>dis._get_instructions_bytes.</summary>
    private IEnumerable<DisInstruction> GetInstructions(CodeObject code, Dictionary<int, int> lineStarts,
        IReadOnlyList<ExceptionTableEntry> exceptionEntries)
    {
        var raw = InstructionDecoder.Decode(code.Code, _table).ToList();
        var labels = FindLabels(raw);
        foreach (var e in exceptionEntries)
            if (e.Start < e.End) labels.Add(e.Target);
        var positions = code.Positions();

        foreach (var (offset, op, rawArg, hasArg) in raw)
        {
            int? startsLine = lineStarts.TryGetValue(offset, out int l) ? l : null;
            int deop = _table.DeoptOf(op);
            object? argVal = null;
            string argRepr = "";
            int? arg = hasArg ? rawArg : null;
            if (hasArg)
            {
                argVal = rawArg;
                var kind = _table.ArgKindOf(deop);
                if ((kind & OpcodeArgKind.Const) != 0)
                {
                    // _get_const_info: only LOAD_CONST resolves its constant; KW_NAMES stays UNKNOWN with no repr.
                    if (deop == _table.Opcode("LOAD_CONST"))
                    {
                        argVal = code.Consts[rawArg];
                        argRepr = PyRepr.Repr(argVal);
                    }
                    else
                    {
                        argVal = null;
                    }
                }
                else if ((kind & OpcodeArgKind.Name) != 0)
                {
                    if (deop == _table.Opcode("LOAD_GLOBAL"))
                    {
                        argRepr = code.Names[rawArg >> 1];
                        argVal = argRepr;
                        if ((rawArg & 1) != 0 && argRepr.Length > 0) argRepr = "NULL + " + argRepr;
                    }
                    else
                    {
                        argRepr = code.Names[rawArg];
                        argVal = argRepr;
                    }
                }
                else if ((kind & OpcodeArgKind.JumpAbsolute) != 0)
                {
                    int target = rawArg * 2;
                    argVal = target;
                    argRepr = "to " + target.ToString(CultureInfo.InvariantCulture);
                }
                else if ((kind & OpcodeArgKind.JumpRelative) != 0)
                {
                    int signed = _table.IsBackwardJump(deop) ? -rawArg : rawArg;
                    int target = offset + 2 + signed * 2;
                    argVal = target;
                    argRepr = "to " + target.ToString(CultureInfo.InvariantCulture);
                }
                else if ((kind & (OpcodeArgKind.Local | OpcodeArgKind.Free)) != 0)
                {
                    argRepr = code.VarNameFromOparg(rawArg);
                    argVal = argRepr;
                }
                else if ((kind & OpcodeArgKind.Compare) != 0)
                {
                    argRepr = _table.CompareOperators[rawArg];
                    argVal = argRepr;
                }
                else if (deop == _table.Opcode("FORMAT_VALUE"))
                {
                    argRepr = FormatValueConverters[rawArg & 0x3];
                    if ((rawArg & 0x4) != 0)
                    {
                        if (argRepr.Length > 0) argRepr += ", ";
                        argRepr += "with format";
                    }
                }
                else if (deop == _table.Opcode("MAKE_FUNCTION"))
                {
                    argRepr = string.Join(", ", MakeFunctionFlagNames.Where((_, i) => (rawArg & (1 << i)) != 0));
                }
                else if (deop == _table.Opcode("BINARY_OP"))
                {
                    argRepr = _table.BinaryOperators[rawArg].Symbol;
                }
            }
            var position = offset / 2 < positions.Count ? positions[offset / 2] : new SourcePosition(-1, -1, -1, -1);
            yield return new DisInstruction(_table.AllOpName[op], op, arg, argVal, argRepr, offset, startsLine,
                labels.Contains(offset), position);
        }
    }

    /// <summary>dis.findlabels (uses the raw opcode, as dis does).</summary>
    private HashSet<int> FindLabels(List<RawInstruction> raw)
    {
        var labels = new HashSet<int>();
        foreach (var (offset, op, arg, hasArg) in raw)
        {
            if (!hasArg) continue;
            var kind = _table.ArgKindOf(op);
            if ((kind & OpcodeArgKind.JumpRelative) != 0 && _table.OpName[op] == _table.AllOpName[op])
            {
                int signed = _table.IsBackwardJump(op) ? -arg : arg;
                labels.Add(offset + 2 + signed * 2);
            }
            else if ((kind & OpcodeArgKind.JumpAbsolute) != 0 && _table.OpName[op] == _table.AllOpName[op])
            {
                labels.Add(arg * 2);
            }
        }
        return labels;
    }
}
