using Pyref.VM.Runtime;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Pyref.VM.Objects;

/// <summary>Binary operator numbers of BINARY_OP (Lib/opcode.py _nb_ops order).</summary>
public static class NbOp
{
    public const int Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatMul = 4, Multiply = 5, Remainder = 6,
        Or = 7, Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12, InplaceOffset = 13;

    public static readonly string[] Symbols = { "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^" };
    public static readonly string[] Dunders = { "__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__", "__mod__", "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__" };
    public static readonly string[] RDunders = { "__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmul__", "__rmod__", "__ror__", "__rpow__", "__rrshift__", "__rsub__", "__rtruediv__", "__rxor__" };
    public static readonly string[] IDunders = { "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imul__", "__imod__", "__ior__", "__ipow__", "__irshift__", "__isub__", "__itruediv__", "__ixor__" };
}

public static partial class Ops
{
    /// <summary>BINARY_OP: fast paths for exact ints and floats, then the generic protocol.</summary>
    public static PyObject BinaryOp(PyObject a, PyObject b, int op)
    {
        if (op >= NbOp.InplaceOffset) return InplaceOp(a, b, op - NbOp.InplaceOffset);
        var ta = a.Type; var tb = b.Type;
        if (ta == Types.Int && tb == Types.Int)
        {
            var r = IntOps.Binary((PyInt)a, (PyInt)b, op);
            if (r != null) return r;
        }
        else if (ta == Types.Float)
        {
            if (tb == Types.Float) { var r = FloatOps.Binary(((PyFloat)a).Value, ((PyFloat)b).Value, op); if (r != null) return r; }
            else if (tb == Types.Int) { var r = FloatOps.Binary(((PyFloat)a).Value, FloatOps.IntToDouble((PyInt)b), op); if (r != null) return r; }
        }
        else if (ta == Types.Int && tb == Types.Float)
        {
            var r = FloatOps.Binary(FloatOps.IntToDouble((PyInt)a), ((PyFloat)b).Value, op);
            if (r != null) return r;
        }
        else if (ta == Types.Str && tb == Types.Str && op == NbOp.Add)
            return PyStr.From(((PyStr)a).Value + ((PyStr)b).Value);
        return BinaryOpGeneric(a, b, op);
    }

    /// <summary>binary_op1 with CPython's rule that a subclass's reflected method goes first.</summary>
    public static PyObject BinaryOpGeneric(PyObject a, PyObject b, int op)
    {
        var r = BinaryOp1(a, b, op);
        if (r != NotImplemented) return r;
        throw BinaryOpError(a, b, op);
    }

    private static PyObject BinaryOp1(PyObject a, PyObject b, int op)
    {
        var ta = a.Type; var tb = b.Type;
        var slotA = ta.Lookup(NbOp.Dunders[op]);
        PyObject? slotB = null;
        if (tb != ta)
        {
            slotB = tb.Lookup(NbOp.RDunders[op]);
            // Identical inherited reflected methods are tried only once.
            if (slotB != null && ReferenceEquals(slotB, ta.Lookup(NbOp.RDunders[op])) && slotA != null && !tb.IsHeapType) { }
        }
        if (slotA == None) slotA = null;
        if (slotB == None) slotB = null;
        if (slotB != null && tb.IsSubtypeOf(ta) && !ReferenceEquals(slotB, ta.Lookup(NbOp.RDunders[op])))
        {
            var r = CallDescriptor(slotB, b, a);
            if (r != NotImplemented) return r;
            slotB = null;
        }
        if (slotA != null)
        {
            var r = CallDescriptor(slotA, a, b);
            if (r != NotImplemented) return r;
        }
        if (slotB != null)
        {
            var r = CallDescriptor(slotB, b, a);
            if (r != NotImplemented) return r;
        }
        return NotImplemented;
    }

    private static PyException BinaryOpError(PyObject a, PyObject b, int op)
    {
        // Sequence fallbacks produce their own messages (sq_concat / sq_repeat).
        if (op == NbOp.Add && (a is PyStr || a is PyList || a is PyTuple || a is PyBytes) && a.Type.Lookup("__add__") is PyMethodDescriptor)
        {
            string tn = a is PyStr ? "str" : a is PyList ? "list" : a is PyTuple ? "tuple" : "bytes";
            if (a is PyBytes) return PyExc.TypeError($"can't concat {TypeName(b)} to {TypeName(a)}");
            return PyExc.TypeError($"can only concatenate {tn} (not \"{TypeName(b)}\") to {tn}");
        }
        if (op == NbOp.Multiply)
        {
            bool aSeq = a is PyStr || a is PyList || a is PyTuple || a is PyBytes;
            bool bSeq = b is PyStr || b is PyList || b is PyTuple || b is PyBytes;
            if (aSeq && b.Type.Lookup("__index__") == null) return PyExc.TypeError($"can't multiply sequence by non-int of type '{TypeName(b)}'");
            if (bSeq && a.Type.Lookup("__index__") == null) return PyExc.TypeError($"can't multiply sequence by non-int of type '{TypeName(a)}'");
        }
        if (op == NbOp.Power)
            return PyExc.TypeError($"unsupported operand type(s) for ** or pow(): '{TypeName(a)}' and '{TypeName(b)}'");
        if (op == NbOp.RShift && a is PyBuiltinFunction bf && bf.Name == "print")
            return PyExc.TypeError($"unsupported operand type(s) for >>: 'builtin_function_or_method' and '{TypeName(b)}'. Did you mean \"print(<message>, file=<output_stream>)\"?");
        return PyExc.TypeError($"unsupported operand type(s) for {NbOp.Symbols[op]}: '{TypeName(a)}' and '{TypeName(b)}'");
    }

    /// <summary>PyNumber_InPlace*: __iXXX__ first, then the binary operation.</summary>
    public static PyObject InplaceOp(PyObject a, PyObject b, int op)
    {
        var ta = a.Type;
        if (ta == Types.Int || ta == Types.Float || ta == Types.Str || ta == Types.Tuple)
        {
            try { return BinaryOp(a, b, op); }
            catch (PyException pe) when (op != NbOp.Power && pe.Value.Type == Types.TypeError && pe.Value is PyBaseException be
                && be.Args.Items.Length == 1 && be.Args.Items[0] is PyStr m && m.Value.StartsWith("unsupported operand type(s) for ", StringComparison.Ordinal))
            {
                // abstract.c binary_iop1 names the augmented operator: "for +=".
                throw PyExc.TypeError($"unsupported operand type(s) for {NbOp.Symbols[op]}=: '{TypeName(a)}' and '{TypeName(b)}'");
            }
        }
        if (ta == Types.List && op == NbOp.Add)
        {
            ListMethods.Extend((PyList)a, b);
            return a;
        }
        var f = ta.Lookup(NbOp.IDunders[op]);
        if (f != null && f != None)
        {
            var r = CallDescriptor(f, a, b);
            if (r != NotImplemented) return r;
        }
        var r2 = BinaryOp1(a, b, op);
        if (r2 != NotImplemented) return r2;
        var e = BinaryOpError(a, b, op);
        if (e.Value.Args.Items[0] is PyStr s && s.Value.StartsWith("unsupported operand type(s) for "))
            return Raise(PyExc.TypeError($"unsupported operand type(s) for {NbOp.Symbols[op]}=: '{TypeName(a)}' and '{TypeName(b)}'"));
        return Raise(e);
    }

    private static PyObject Raise(PyException e) => throw e;

    public static PyObject Negative(PyObject a)
    {
        if (a.Type == Types.Int) { var i = (PyInt)a; return i.IsSmall && i.Small != long.MinValue ? PyInt.From(-i.Small) : PyInt.From(-i.Value); }
        if (a.Type == Types.Float) return PyFloat.From(-((PyFloat)a).Value);
        return UnarySpecial(a, "__neg__", "unary -");
    }

    public static PyObject Positive(PyObject a)
    {
        if (a.Type == Types.Int || a.Type == Types.Float) return a;
        return UnarySpecial(a, "__pos__", "unary +");
    }

    public static PyObject Invert(PyObject a)
    {
        if (a.Type == Types.Int) { var i = (PyInt)a; return i.IsSmall ? PyInt.From(~i.Small) : PyInt.From(-i.Value - 1); }
        return UnarySpecial(a, "__invert__", "unary ~");
    }

    public static PyObject Abs(PyObject a)
    {
        if (a.Type == Types.Int) { var i = (PyInt)a; return i.Sign >= 0 ? i : Negative(i); }
        if (a.Type == Types.Float) return PyFloat.From(Math.Abs(((PyFloat)a).Value));
        var f = a.Type.Lookup("__abs__");
        if (f == null) throw PyExc.TypeError($"bad operand type for abs(): '{TypeName(a)}'");
        return CallDescriptor(f, a);
    }

    private static PyObject UnarySpecial(PyObject a, string dunder, string what)
    {
        var f = a.Type.Lookup(dunder);
        if (f == null || f == None) throw PyExc.TypeError($"bad operand type for {what}: '{TypeName(a)}'");
        return CallDescriptor(f, a);
    }
}

/// <summary>int arithmetic (Objects/longobject.c) with a long fast path and BigInteger on overflow.</summary>
public static class IntOps
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? Binary(PyInt a, PyInt b, int op)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long x = a.Small, y = b.Small;
            switch (op)
            {
                case NbOp.Add: { long r = x + y; if (((x ^ r) & (y ^ r)) < 0) break; return PyInt.From(r); }
                case NbOp.Subtract: { long r = x - y; if (((x ^ y) & (x ^ r)) < 0) break; return PyInt.From(r); }
                case NbOp.Multiply:
                    {
                        long r;
                        try { r = checked(x * y); } catch (OverflowException) { break; }
                        return PyInt.From(r);
                    }
                case NbOp.FloorDivide:
                    if (y == 0) throw PyExc.ZeroDivisionError("integer division or modulo by zero");
                    if (x == long.MinValue && y == -1) break;
                    return PyInt.From(FloorDiv(x, y));
                case NbOp.Remainder:
                    if (y == 0) throw PyExc.ZeroDivisionError("integer modulo by zero");
                    if (y == -1) return PyInt.From(0);
                    return PyInt.From(FloorMod(x, y));
                case NbOp.And: return PyInt.From(x & y);
                case NbOp.Or: return PyInt.From(x | y);
                case NbOp.Xor: return PyInt.From(x ^ y);
                case NbOp.LShift:
                    if (y < 0) throw PyExc.ValueError("negative shift count");
                    if (y < 62 && x >= -(1L << (62 - (int)y)) && x < (1L << (62 - (int)y))) return PyInt.From(x << (int)y);
                    break;
                case NbOp.RShift:
                    if (y < 0) throw PyExc.ValueError("negative shift count");
                    return PyInt.From(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
                case NbOp.TrueDivide:
                    return TrueDivide(a, b);
                case NbOp.Power:
                    return Power(a, b);
                default:
                    return null;
            }
        }
        var A = a.Value; var B = b.Value;
        switch (op)
        {
            case NbOp.Add: return PyInt.From(A + B);
            case NbOp.Subtract: return PyInt.From(A - B);
            case NbOp.Multiply: return PyInt.From(A * B);
            case NbOp.FloorDivide:
                if (B.IsZero) throw PyExc.ZeroDivisionError("integer division or modulo by zero");
                return PyInt.From(FloorDiv(A, B));
            case NbOp.Remainder:
                if (B.IsZero) throw PyExc.ZeroDivisionError("integer modulo by zero");
                return PyInt.From(A - B * FloorDiv(A, B));
            case NbOp.And: return PyInt.From(A & B);
            case NbOp.Or: return PyInt.From(A | B);
            case NbOp.Xor: return PyInt.From(A ^ B);
            case NbOp.LShift:
                if (B.Sign < 0) throw PyExc.ValueError("negative shift count");
                if (B > int.MaxValue) throw PyExc.OverflowError("too many digits in integer");
                return PyInt.From(A << (int)B);
            case NbOp.RShift:
                if (B.Sign < 0) throw PyExc.ValueError("negative shift count");
                if (B > int.MaxValue) return PyInt.From(A.Sign < 0 ? -1 : 0);
                return PyInt.From(A >> (int)B);
            case NbOp.TrueDivide: return TrueDivide(a, b);
            case NbOp.Power: return Power(a, b);
        }
        return null;
    }

    public static long FloorDiv(long x, long y)
    {
        long q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return q;
    }

    public static long FloorMod(long x, long y)
    {
        long r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return r;
    }

    public static BigInteger FloorDiv(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        if (!r.IsZero && ((r.Sign < 0) != (y.Sign < 0))) q -= 1;
        return q;
    }

    /// <summary>long_true_divide: correctly rounded.</summary>
    public static PyObject TrueDivide(PyInt a, PyInt b)
    {
        if (b.Sign == 0) throw PyExc.ZeroDivisionError("division by zero");
        if (a.IsSmall && b.IsSmall && a.Small > -(1L << 53) && a.Small < (1L << 53) && b.Small > -(1L << 53) && b.Small < (1L << 53))
            return PyFloat.From((double)a.Small / b.Small);
        var A = a.Value; var B = b.Value;
        // Exact rational rounding: scale so the quotient has 55+ significant bits.
        bool neg = (A.Sign < 0) != (B.Sign < 0);
        A = BigInteger.Abs(A); B = BigInteger.Abs(B);
        long shift = (long)B.GetBitLength() - (long)A.GetBitLength() + 55;
        BigInteger num = shift > 0 ? A << (int)shift : A;
        BigInteger den = shift < 0 ? B << (int)(-shift) : B;
        var q = BigInteger.DivRem(num, den, out var rem);
        // sticky bit
        if (!rem.IsZero) q = (q << 1) | 1; else q <<= 1;
        double d = (double)(long)q; // q has ~57 bits; long to double rounds to nearest-even including the sticky bit
        double result = Math.ScaleB(d, (int)(-shift - 1));
        if (double.IsInfinity(result)) throw PyExc.OverflowError("integer division result too large for a float");
        return PyFloat.From(neg ? -result : result);
    }

    public static PyObject Power(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
        {
            if (a.Sign == 0) throw PyExc.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return FloatOps.Binary(FloatOps.IntToDouble(a), FloatOps.IntToDouble(b), NbOp.Power)!;
        }
        if (!b.IsSmall) 
        {
            if (a.IsSmall && (a.Small == 0 || a.Small == 1)) return a;
            if (a.IsSmall && a.Small == -1) return PyInt.From(b.Value.IsEven ? 1 : -1);
            throw PyExc.OverflowError("exponent too large");
        }
        long e = b.Small;
        if (a.IsSmall)
        {
            long x = a.Small, result = 1;
            bool overflow = false;
            long baseV = x; long ee = e;
            try
            {
                checked
                {
                    while (ee > 0)
                    {
                        if ((ee & 1) != 0) result *= baseV;
                        ee >>= 1;
                        if (ee > 0) baseV *= baseV;
                    }
                }
            }
            catch (OverflowException) { overflow = true; }
            if (!overflow) return PyInt.From(result);
        }
        if (e > int.MaxValue) throw PyExc.OverflowError("exponent too large");
        return PyInt.From(BigInteger.Pow(a.Value, (int)e));
    }

    public static PyObject ModPow(PyInt a, PyInt b, PyInt m)
    {
        if (m.Sign == 0) throw PyExc.ValueError("pow() 3rd argument cannot be 0");
        var M = m.Value;
        BigInteger r;
        if (b.Sign < 0)
        {
            // modular inverse
            var inv = ModInverse(a.Value, BigInteger.Abs(M));
            r = BigInteger.ModPow(inv, -b.Value, BigInteger.Abs(M));
        }
        else r = BigInteger.ModPow(a.Value, b.Value, BigInteger.Abs(M));
        if (r.Sign != 0 && ((r.Sign < 0) != (M.Sign < 0))) r += M;
        if (M.Sign < 0 && r.Sign > 0) r += M;
        return PyInt.From(r);
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = m, x = 0, x1 = 1, a1 = ((a % m) + m) % m;
        BigInteger b1 = a1;
        BigInteger old_r = b1, r = m, old_s = 1, s = 0;
        while (!r.IsZero)
        {
            var q = BigInteger.Divide(old_r, r);
            (old_r, r) = (r, old_r - q * r);
            (old_s, s) = (s, old_s - q * s);
        }
        if (old_r != 1) throw PyExc.ValueError("base is not invertible for the given modulus");
        _ = g; _ = x; _ = x1;
        return ((old_s % m) + m) % m;
    }
}

/// <summary>float arithmetic (Objects/floatobject.c).</summary>
public static class FloatOps
{
    public static double IntToDouble(PyInt i)
    {
        if (i.IsSmall) return i.Small;
        var d = BigToDouble(i.Big!.Value);
        if (double.IsInfinity(d)) throw PyExc.OverflowError("int too large to convert to float");
        return d;
    }

    /// <summary>Correctly rounded (half-even) BigInteger to double, as Objects/longobject.c _PyLong_Frexp;
    /// .NET's explicit conversion truncates. 55 bits are kept, the lowest one sticky.</summary>
    public static double BigToDouble(BigInteger v)
    {
        bool neg = v.Sign < 0;
        var a = BigInteger.Abs(v);
        long bits = (long)a.GetBitLength();
        if (bits <= 63) return neg ? -(double)(long)a : (double)(long)a;
        int shift = (int)Math.Min(bits - 55, int.MaxValue);
        var q = a >> shift;
        if ((q << shift) != a) q |= 1;
        double d = Math.ScaleB((double)(long)q, shift);
        return neg ? -d : d;
    }

    public static PyObject? Binary(double x, double y, int op)
    {
        switch (op)
        {
            case NbOp.Add: return PyFloat.From(x + y);
            case NbOp.Subtract: return PyFloat.From(x - y);
            case NbOp.Multiply: return PyFloat.From(x * y);
            case NbOp.TrueDivide:
                if (y == 0) throw PyExc.ZeroDivisionError("float division by zero");
                return PyFloat.From(x / y);
            case NbOp.FloorDivide:
                if (y == 0) throw PyExc.ZeroDivisionError("float floor division by zero");
                return PyFloat.From(DivMod(x, y, out _));
            case NbOp.Remainder:
                if (y == 0) throw PyExc.ZeroDivisionError("float modulo");
                DivMod(x, y, out var mod);
                return PyFloat.From(mod);
            case NbOp.Power:
                return Pow(x, y);
        }
        return null;
    }

    /// <summary>float_divmod / float_floor_div.</summary>
    public static double DivMod(double vx, double wx, out double mod)
    {
        mod = Math.IEEERemainder(0, 1); // placeholder overwritten below
        mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        }
        else mod = wx < 0 ? -0.0 : 0.0;
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return floordiv;
    }

    /// <summary>float_pow's special cases.</summary>
    public static PyObject Pow(double iv, double iw)
    {
        if (iw == 0) return PyFloat.From(1.0);
        if (double.IsNaN(iv)) return PyFloat.From(iw == 0 ? 1.0 : iv);
        if (double.IsNaN(iw)) return PyFloat.From(iv == 1.0 ? 1.0 : iw);
        if (iv == 0)
        {
            if (iw < 0) throw PyExc.ZeroDivisionError("0.0 cannot be raised to a negative power");
        }
        if (iv < 0 && Math.Floor(iw) != iw && double.IsFinite(iv) && double.IsFinite(iw))
        {
            // CPython returns a complex here: (-8) ** 0.5
            var c = System.Numerics.Complex.Pow(new System.Numerics.Complex(iv, 0), new System.Numerics.Complex(iw, 0));
            return new PyComplex(c.Real, c.Imaginary);
        }
        var r = Math.Pow(iv, iw);
        if (double.IsInfinity(r) && double.IsFinite(iv) && double.IsFinite(iw))
            throw PyExc.OverflowError("(34, 'Numerical result out of range')");
        return PyFloat.From(r);
    }
}
