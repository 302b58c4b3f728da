using System.Numerics;
using Pyref.Bytecode;
using Pyref.Parser.Ast;
using AstBytes = Pyref.Parser.Ast.PyBytes;
using AstNone = Pyref.Parser.Ast.PyNone;
using AstEllipsis = Pyref.Parser.Ast.PyEllipsis;

namespace Pyref.Compiler.AstOptimizer;

/// <summary>
/// Python's operators on the constant values an AST holds, with CPython 3.11's exact results
/// (Objects/longobject.c, floatobject.c, complexobject.c, unicodeobject.c, bytesobject.c, tupleobject.c).
/// Every method returns null where CPython raises (TypeError, ZeroDivisionError, OverflowError, IndexError...):
/// ast_opt.c's make_const then clears the error and leaves the expression unfolded.
/// Values are in the AST constant model: BigInteger (int), bool, double, Complex, string or PyStr (str),
/// Parser PyBytes, Parser PyNone/PyEllipsis, and Bytecode PyTuple / PyFrozenSet for folded collections.
/// </summary>
internal static class ConstantOps
{
    // ---- classification --------------------------------------------------------------------------------

    private static bool IsInt(object o) => o is BigInteger or bool;
    private static BigInteger AsInt(object o) => o is bool b ? (b ? BigInteger.One : BigInteger.Zero) : (BigInteger)o;
    private static bool IsNumber(object o) => o is BigInteger or bool or double or Complex;

    /// <summary>PyObject_IsTrue.</summary>
    public static bool IsTrue(object o) => o switch
    {
        bool b => b,
        BigInteger i => !i.IsZero,
        double d => d != 0.0,
        Complex c => c.Real != 0.0 || c.Imaginary != 0.0,
        string s => s.Length > 0,
        PyStr ps => ps.CodePoints.Length > 0,
        AstBytes b => b.Data.Length > 0,
        PyTuple t => t.Count > 0,
        PyFrozenSet fs => fs.Count > 0,
        AstNone => false,
        _ => true, // Ellipsis
    };

    // ---- int -> float ----------------------------------------------------------------------------------

    /// <summary>PyLong_AsDouble: correctly rounded (half to even); null on OverflowError.</summary>
    public static double? IntToFloat(BigInteger v)
    {
        if (v.IsZero) return 0.0;
        var a = BigInteger.Abs(v);
        if (a.GetBitLength() <= 53) return (double)(long)v;
        double? r = RoundQuotient(a, BigInteger.One, false);
        return r is null ? null : v.Sign < 0 ? -r.Value : r.Value;
    }

    /// <summary>The double nearest to x / y (x, y &gt; 0), ties to even, subnormals included; null on overflow.</summary>
    private static double? RoundQuotient(BigInteger x, BigInteger y, bool neg)
    {
        // Scale so the integer quotient has at least 55 significant bits, keeping a sticky bit for the rest.
        long shift = 55 - ((long)x.GetBitLength() - (long)y.GetBitLength());
        BigInteger num = shift > 0 ? x << (int)shift : x, den = shift < 0 ? y << (int)-shift : y;
        var q = BigInteger.DivRem(num, den, out var rem);
        bool sticky = !rem.IsZero;
        long n = (long)q.GetBitLength();
        // value = q * 2^-shift; its top bit has exponent n - 1 - shift; the last kept bit is 52 below it,
        // but never below 2^-1074 (subnormals).
        long lsb = Math.Max(n - 1 - shift - 52, -1074);
        long drop = lsb + shift;
        BigInteger kept;
        if (drop > 0)
        {
            kept = q >> (int)drop;
            var dropped = q - (kept << (int)drop);
            var half = BigInteger.One << (int)(drop - 1);
            int cmp = dropped.CompareTo(half);
            if (cmp > 0 || (cmp == 0 && (sticky || !kept.IsEven))) kept += 1;
        }
        else kept = q << (int)-drop; // cannot happen with 55 bits, kept for safety
        if (kept.IsZero) return neg ? -0.0 : 0.0;
        // kept < 2^54 here; its exponent lsb must leave the value below 2^1024.
        if ((long)kept.GetBitLength() + lsb > 1024) return null;
        double r = Math.ScaleB((double)(long)kept, (int)lsb);
        if (double.IsInfinity(r)) return null;
        return neg ? -r : r;
    }

    private static double? ToFloat(object o) => o switch
    {
        double d => d,
        _ when IsInt(o) => IntToFloat(AsInt(o)),
        _ => null,
    };

    private static Complex? ToComplex(object o) => o switch
    {
        Complex c => c,
        double d => new Complex(d, 0.0),
        _ when IsInt(o) => IntToFloat(AsInt(o)) is double d ? new Complex(d, 0.0) : null,
        _ => null,
    };

    // ---- unary -----------------------------------------------------------------------------------------

    public static object? Invert(object v) => IsInt(v) ? -AsInt(v) - 1 : null;
    public static object Not(object v) => !IsTrue(v);
    public static object? Positive(object v) => v switch
    {
        bool or BigInteger => AsInt(v),
        double or Complex => v,
        _ => null,
    };
    public static object? Negative(object v) => v switch
    {
        bool or BigInteger => -AsInt(v),
        double d => -d,
        Complex c => new Complex(-c.Real, -c.Imaginary),
        _ => null,
    };

    // ---- binary ----------------------------------------------------------------------------------------

    public static object? Add(object a, object b)
    {
        if (IsInt(a) && IsInt(b)) return AsInt(a) + AsInt(b);
        if (a is Complex || b is Complex)
            return IsNumber(a) && IsNumber(b) && ToComplex(a) is Complex x && ToComplex(b) is Complex y
                ? new Complex(x.Real + y.Real, x.Imaginary + y.Imaginary) : null;
        if (IsNumber(a) && IsNumber(b)) return ToFloat(a) is double x2 && ToFloat(b) is double y2 ? x2 + y2 : null;
        if (a is string s && b is string t) return StrOps.Concat(s, t);
        if (a is string or PyStr && b is string or PyStr) return StrOps.FromCodePoints([.. StrOps.CodePoints(a), .. StrOps.CodePoints(b)]);
        if (a is AstBytes ba && b is AstBytes bb) return new AstBytes([.. ba.Data, .. bb.Data]);
        if (a is PyTuple ta && b is PyTuple tb) return new PyTuple([.. ta.Items, .. tb.Items]);
        return null;
    }

    public static object? Subtract(object a, object b)
    {
        if (IsInt(a) && IsInt(b)) return AsInt(a) - AsInt(b);
        if (!IsNumber(a) || !IsNumber(b)) return null;
        if (a is Complex || b is Complex)
            return ToComplex(a) is Complex x && ToComplex(b) is Complex y ? new Complex(x.Real - y.Real, x.Imaginary - y.Imaginary) : null;
        return ToFloat(a) is double x2 && ToFloat(b) is double y2 ? x2 - y2 : null;
    }

    /// <summary>PyNumber_Multiply (after safe_multiply's limits).</summary>
    public static object? Multiply(object a, object b)
    {
        if (IsInt(a) && IsInt(b)) return AsInt(a) * AsInt(b);
        if (IsNumber(a) && IsNumber(b))
        {
            if (a is Complex || b is Complex)
                return ToComplex(a) is Complex x && ToComplex(b) is Complex y ? CProd(x, y) : null;
            return ToFloat(a) is double x2 && ToFloat(b) is double y2 ? x2 * y2 : null;
        }
        // Sequence repetition: the count goes through PyNumber_AsSsize_t (OverflowError past 2**63).
        if (IsInt(a) && !IsNumber(b)) (a, b) = (b, a);
        if (!IsInt(b)) return null;
        var count = AsInt(b);
        if (count > long.MaxValue || count < long.MinValue) return null;
        long n = Math.Max(0, (long)count);
        return a switch
        {
            string s => StrOps.Repeat(s, n),
            PyStr ps => n == 0 || ps.CodePoints.Length == 0 ? ""
                : n * ps.CodePoints.Length > int.MaxValue ? null
                : StrOps.FromCodePoints(Enumerable.Repeat(ps.CodePoints, (int)n).SelectMany(x => x).ToArray()),
            AstBytes by => n == 0 || by.Data.Length == 0 ? new AstBytes([])
                : n * by.Data.Length > int.MaxValue ? null : new AstBytes(Enumerable.Repeat(by.Data, (int)n).SelectMany(x => x).ToArray()),
            PyTuple t => n == 0 || t.Count == 0 ? new PyTuple([])
                : n * t.Count > int.MaxValue ? null : new PyTuple(Enumerable.Repeat(t.Items, (int)n).SelectMany(x => x).ToArray()),
            _ => null,
        };
    }

    /// <summary>PyNumber_TrueDivide.</summary>
    public static object? TrueDivide(object a, object b)
    {
        if (!IsNumber(a) || !IsNumber(b)) return null;
        if (a is Complex || b is Complex)
            return ToComplex(a) is Complex x && ToComplex(b) is Complex y ? CQuot(x, y) : null;
        if (IsInt(a) && IsInt(b)) return LongTrueDivide(AsInt(a), AsInt(b));
        if (ToFloat(a) is not double x2 || ToFloat(b) is not double y2) return null;
        if (y2 == 0.0) return null; // ZeroDivisionError
        return x2 / y2;
    }

    /// <summary>Objects/longobject.c long_true_divide: correctly rounded.</summary>
    private static object? LongTrueDivide(BigInteger a, BigInteger b)
    {
        if (b.IsZero) return null;
        const long Lim = 1L << 53;
        if (BigInteger.Abs(a) <= Lim && BigInteger.Abs(b) <= Lim) return (double)(long)a / (double)(long)b;
        bool neg = (a.Sign < 0) != (b.Sign < 0);
        if (a.IsZero) return neg ? -0.0 : 0.0;
        return RoundQuotient(BigInteger.Abs(a), BigInteger.Abs(b), neg);
    }

    /// <summary>PyNumber_FloorDivide.</summary>
    public static object? FloorDivide(object a, object b)
    {
        if (!IsNumber(a) || !IsNumber(b) || a is Complex || b is Complex) return null;
        if (IsInt(a) && IsInt(b))
        {
            var y = AsInt(b);
            if (y.IsZero) return null;
            return FloorDivMod(AsInt(a), y).Q;
        }
        if (ToFloat(a) is not double vx || ToFloat(b) is not double wx || wx == 0.0) return null;
        return FloatDivMod(vx, wx).Div;
    }

    /// <summary>PyNumber_Remainder (safe_mod already refused str and bytes on the left).</summary>
    public static object? Remainder(object a, object b)
    {
        if (!IsNumber(a) || !IsNumber(b) || a is Complex || b is Complex) return null;
        if (IsInt(a) && IsInt(b))
        {
            var y = AsInt(b);
            if (y.IsZero) return null;
            return FloorDivMod(AsInt(a), y).R;
        }
        if (ToFloat(a) is not double vx || ToFloat(b) is not double wx || wx == 0.0) return null;
        // Objects/floatobject.c float_rem
        double mod = vx % wx;
        if (mod != 0.0)
        {
            if ((wx < 0) != (mod < 0)) mod += wx;
        }
        else mod = Math.CopySign(0.0, wx);
        return mod;
    }

    private static (BigInteger Q, BigInteger R) FloorDivMod(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) { q -= 1; r += y; }
        return (q, r);
    }

    // Objects/floatobject.c _float_div_mod.
    private static (double Div, double Mod) FloatDivMod(double vx, double wx)
    {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0)
        {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0.0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return (floordiv, mod);
    }

    /// <summary>PyNumber_Power(v, w, None) (after safe_power's limits).</summary>
    public static object? Power(object a, object b)
    {
        if (!IsNumber(a) || !IsNumber(b)) return null;
        if (a is Complex || b is Complex)
            return ToComplex(a) is Complex x && ToComplex(b) is Complex y ? ComplexPow(x, y) : null;
        if (IsInt(a) && IsInt(b))
        {
            var v = AsInt(a);
            var w = AsInt(b);
            // long_pow: a negative exponent makes it a float power.
            if (w.Sign < 0) return IntToFloat(v) is double fv && IntToFloat(w) is double fw ? FloatPow(fv, fw) : null;
            if (w.IsZero) return BigInteger.One;
            if (v.IsZero || v.IsOne) return v;
            if (v == BigInteger.MinusOne) return w.IsEven ? BigInteger.One : BigInteger.MinusOne;
            // safe_power keeps results under 128 bits, so w is small here.
            if (w > 4096) return null;
            return BigInteger.Pow(v, (int)w);
        }
        return ToFloat(a) is double x2 && ToFloat(b) is double y2 ? FloatPow(x2, y2) : null;
    }

    private static bool DoubleIsOddInteger(double x) => Math.Abs(x) % 2.0 == 1.0;

    // Objects/floatobject.c float_pow.
    private static object? FloatPow(double iv, double iw)
    {
        if (iw == 0) return 1.0;
        if (double.IsNaN(iv)) return iv;
        if (double.IsNaN(iw)) return iv == 1.0 ? 1.0 : iw;
        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0) return 1.0;
            if ((iw > 0.0) == (iv > 1.0)) return Math.Abs(iw);
            return 0.0;
        }
        if (double.IsInfinity(iv))
        {
            bool odd = DoubleIsOddInteger(iw);
            if (iw > 0.0) return odd ? iv : Math.Abs(iv);
            return odd ? Math.CopySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0)
        {
            bool odd = DoubleIsOddInteger(iw);
            if (iw < 0.0) return null; // ZeroDivisionError
            return odd ? iv : 0.0;
        }
        bool negate = false;
        if (iv < 0.0)
        {
            // Negative numbers raised to fractional powers become complex.
            if (iw != Math.Floor(iw)) return ComplexPow(new Complex(iv, 0.0), new Complex(iw, 0.0));
            iv = -iv;
            negate = DoubleIsOddInteger(iw);
        }
        if (iv == 1.0) return negate ? -1.0 : 1.0;
        double ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix)) return null; // OverflowError (_Py_ADJUST_ERANGE1)
        return negate ? -ix : ix;
    }

    // Objects/complexobject.c _Py_c_prod.
    private static Complex CProd(Complex a, Complex b) =>
        new(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real);

    // Objects/complexobject.c _Py_c_quot; null for division by zero.
    private static Complex? CQuot(Complex a, Complex b)
    {
        double absBreal = b.Real < 0 ? -b.Real : b.Real;
        double absBimag = b.Imaginary < 0 ? -b.Imaginary : b.Imaginary;
        if (absBreal >= absBimag)
        {
            if (absBreal == 0.0) return null;
            double ratio = b.Imaginary / b.Real;
            double denom = b.Real + b.Imaginary * ratio;
            return new Complex((a.Real + a.Imaginary * ratio) / denom, (a.Imaginary - a.Real * ratio) / denom);
        }
        if (absBimag >= absBreal)
        {
            double ratio = b.Real / b.Imaginary;
            double denom = b.Real * ratio + b.Imaginary;
            return new Complex((a.Real * ratio + a.Imaginary) / denom, (a.Imaginary * ratio - a.Real) / denom);
        }
        return new Complex(double.NaN, double.NaN);
    }

    // Objects/complexobject.c complex_pow (3.11): small integral exponents by repeated squaring, else polar form.
    private static object? ComplexPow(Complex a, Complex exponent)
    {
        Complex p;
        bool edom = false;
        double ire = exponent.Real;
        long intExponent = double.IsNaN(ire) ? 0 : ire >= 9.2e18 ? long.MaxValue : ire <= -9.2e18 ? long.MinValue : (long)ire;
        if (exponent.Imaginary == 0.0 && exponent.Real == intExponent && Math.Abs(intExponent) <= 100)
        {
            if (intExponent > 0) p = CPowU(a, intExponent);
            else
            {
                var q = CQuot(new Complex(1.0, 0.0), CPowU(a, -intExponent));
                if (q is null) return null; // EDOM: ZeroDivisionError
                p = q.Value;
            }
        }
        else
        {
            // _Py_c_pow
            if (exponent.Real == 0.0 && exponent.Imaginary == 0.0) p = new Complex(1.0, 0.0);
            else if (a.Real == 0.0 && a.Imaginary == 0.0)
            {
                if (exponent.Imaginary != 0.0 || exponent.Real < 0.0) edom = true;
                p = new Complex(0.0, 0.0);
            }
            else
            {
                double vabs = Hypot(a.Real, a.Imaginary);
                double len = Math.Pow(vabs, exponent.Real);
                double at = Math.Atan2(a.Imaginary, a.Real);
                double phase = at * exponent.Real;
                if (exponent.Imaginary != 0.0)
                {
                    len /= Math.Exp(at * exponent.Imaginary);
                    phase += exponent.Imaginary * Math.Log(vabs);
                }
                // cos and sin of an infinite phase set errno to EDOM, which complex_pow reports as
                // ZeroDivisionError ("0.0 to a negative or complex power").
                if (double.IsInfinity(phase)) return null;
                p = new Complex(len * Math.Cos(phase), len * Math.Sin(phase));
            }
        }
        if (edom) return null;
        // Py_ADJUST_ERANGE2: an infinite part from finite operands is an OverflowError.
        if (double.IsInfinity(p.Real) || double.IsInfinity(p.Imaginary)) return null;
        return p;
    }

    /// <summary>C hypot(), as complex_pow calls it: libm's own where there is one (so results match CPython's to
    /// the last bit, as Math.Pow, Atan2, Exp, Log, Cos and Sin already do), else .NET's.</summary>
    private static double Hypot(double x, double y)
    {
        if (OperatingSystem.IsLinux())
        {
            try { return LibmHypot(x, y); }
            catch (DllNotFoundException) { }
            catch (EntryPointNotFoundException) { }
        }
        // DEVIATION(CPython): off Linux, .NET's hypot may differ from the C library's in the last bit.
        return double.Hypot(x, y);
    }

    [System.Runtime.InteropServices.DllImport("libm.so.6", EntryPoint = "hypot")]
    private static extern double LibmHypot(double x, double y);

    // Objects/complexobject.c c_powu.
    private static Complex CPowU(Complex x, long n)
    {
        var r = new Complex(1.0, 0.0);
        var p = x;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) r = CProd(r, p);
            mask <<= 1;
            p = CProd(p, p);
        }
        return r;
    }

    public static object? LShift(object a, object b)
    {
        if (!IsInt(a) || !IsInt(b)) return null;
        var v = AsInt(a);
        var w = AsInt(b);
        if (w.Sign < 0) return null; // ValueError: negative shift count
        if (v.IsZero) return BigInteger.Zero;
        if (w > 1 << 20) return null; // safe_lshift refuses these before
        return v << (int)w;
    }

    public static object? RShift(object a, object b)
    {
        if (!IsInt(a) || !IsInt(b)) return null;
        var v = AsInt(a);
        var w = AsInt(b);
        if (w.Sign < 0) return null;
        if (w >= v.GetBitLength() + 1) return v.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero;
        return v >> (int)w;
    }

    /// <summary>&amp;, | and ^: bool with bool stays bool (bool_and/bool_or/bool_xor).</summary>
    public static object? BitOp(object a, object b, char op)
    {
        if (a is bool x && b is bool y) return op switch { '&' => x & y, '|' => x | y, _ => x ^ y };
        if (!IsInt(a) || !IsInt(b)) return null;
        var v = AsInt(a);
        var w = AsInt(b);
        return op switch { '&' => v & w, '|' => v | w, _ => v ^ w };
    }

    // ---- subscript -------------------------------------------------------------------------------------

    /// <summary>PyObject_GetItem(container, index) for constant containers and integer indices.</summary>
    public static object? GetItem(object container, object index)
    {
        if (!IsInt(index)) return null;
        var i = AsInt(index);
        switch (container)
        {
            case string or PyStr:
            {
                var cps = StrOps.CodePoints(container);
                return Index(i, cps.Length) is int k ? StrOps.FromCodePoints([cps[k]]) : null;
            }
            case AstBytes by:
                return Index(i, by.Data.Length) is int kb ? new BigInteger(by.Data[kb]) : null;
            case PyTuple t:
                return Index(i, t.Count) is int kt ? t.Items[kt] : null;
            default:
                return null;
        }
    }

    private static int? Index(BigInteger i, int length)
    {
        if (i < 0) i += length;
        if (i < 0 || i >= length) return null; // IndexError
        return (int)i;
    }

    // ---- equality (set construction) --------------------------------------------------------------------

    /// <summary>PyObject_RichCompare(a, b, Py_EQ) for constants, as set insertion uses it (after identity).</summary>
    public static bool PyEquals(object a, object b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (IsNumber(a) && IsNumber(b))
        {
            if (IsInt(a) && IsInt(b)) return AsInt(a) == AsInt(b);
            if (a is Complex || b is Complex)
            {
                var (ca, cb) = (ExactComplex(a), ExactComplex(b));
                return ca.Im == cb.Im && NumEq(ca.Re, cb.Re);
            }
            return NumEq(a, b);
        }
        return (a, b) switch
        {
            (string x, string y) => x == y,
            (PyStr x, PyStr y) => x.Equals(y),
            (AstBytes x, AstBytes y) => x.Equals(y),
            (PyTuple x, PyTuple y) => x.Count == y.Count && x.Items.Zip(y.Items).All(p => PyEquals(p.First, p.Second)),
            (PyFrozenSet x, PyFrozenSet y) => x.Count == y.Count && x.Items.All(i => y.Items.Any(j => PyEquals(i, j))),
            _ => false,
        };
    }

    private static (object Re, double Im) ExactComplex(object o) => o is Complex c ? (c.Real, c.Imaginary) : (o, 0.0);

    /// <summary>int/float equality without rounding (float_richcompare compares exactly).</summary>
    private static bool NumEq(object a, object b)
    {
        if (a is double x && b is double y) return x == y;
        if (a is double d) (a, b) = (b, d);
        // a is int-like, b is double
        double f = (double)b;
        if (double.IsNaN(f) || double.IsInfinity(f) || f != Math.Floor(f)) return false;
        return AsInt(a) == new BigInteger(f);
    }
}
