using System.Globalization;
using System.Numerics;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;

/// <summary>int, bool, float and complex methods (Objects/longobject.c, boolobject.c, floatobject.c).</summary>
public static class NumberMethods
{
    private static PyInt? AsInt(PyObject o) => o as PyInt;

    public static void Init()
    {
        var t = Types.Int;
        for (int op = 0; op < 13; op++)
        {
            int opc = op;
            if (op == NbOp.MatMul) continue;
            Def1(t, NbOp.Dunders[op], (a, b) => b is PyInt bi ? IntOps.Binary((PyInt)a, bi, opc) ?? Singletons.NotImplemented : Singletons.NotImplemented);
            Def1(t, NbOp.RDunders[op], (a, b) => b is PyInt bi ? IntOps.Binary(bi, (PyInt)a, opc) ?? Singletons.NotImplemented : Singletons.NotImplemented);
        }
        Def(t, "__pow__", (args, kw) =>
        {
            if (args.Length == 3 && args[2] != Singletons.None)
            {
                if (args[1] is not PyInt e || args[2] is not PyInt m) return Singletons.NotImplemented;
                return IntOps.ModPow((PyInt)args[0], e, m);
            }
            return args[1] is PyInt bi ? IntOps.Power((PyInt)args[0], bi) : Singletons.NotImplemented;
        });
        for (int c = 0; c < 6; c++)
        {
            var op = (CompareOp)c;
            Def1(t, Ops.CompareDunders[c], (a, b) =>
            {
                if (b is PyInt bi) return PyBool.From(Ops.CompareInts(((PyInt)a).Value.CompareTo(bi.Value), op));
                if (b is PyFloat bf) return PyBool.From(CompareIntFloat((PyInt)a, bf.Value, op));
                return Singletons.NotImplemented;
            });
        }
        Def0(t, "__neg__", a => PyInt.From(-((PyInt)a).Value));
        Def0(t, "__pos__", a => PyInt.From(((PyInt)a).Value));
        Def0(t, "__abs__", a => PyInt.From(BigInteger.Abs(((PyInt)a).Value)));
        Def0(t, "__invert__", a => PyInt.From(-((PyInt)a).Value - 1));
        Def0(t, "__bool__", a => PyBool.From(((PyInt)a).Sign != 0));
        Def0(t, "__int__", a => PyInt.From(((PyInt)a).Value));
        Def0(t, "__index__", a => PyInt.From(((PyInt)a).Value));
        Def0(t, "__float__", a => PyFloat.From(FloatOps.IntToDouble((PyInt)a)));
        Def0(t, "__hash__", a => PyInt.From(((PyInt)a).Hash()));
        Def0(t, "__repr__", a => PyStr.From(((PyInt)a).ToDecimalString()));
        Def1(t, "__format__", (a, spec) => Formatting.FormatInt((PyInt)a, ((PyStr)spec).Value));
        Def0(t, "__trunc__", a => PyInt.From(((PyInt)a).Value));
        Def0(t, "__floor__", a => PyInt.From(((PyInt)a).Value));
        Def0(t, "__ceil__", a => PyInt.From(((PyInt)a).Value));
        DefN(t, "__round__", 0, 1, (a, x) => x.Length == 0 || x[0] == Singletons.None ? PyInt.From(((PyInt)a).Value) : RoundInt((PyInt)a, ToLong(x[0])));
        Def1(t, "__divmod__", (a, b) => b is PyInt bi ? DivMod((PyInt)a, bi) : Singletons.NotImplemented);
        Def1(t, "__rdivmod__", (a, b) => b is PyInt bi ? DivMod(bi, (PyInt)a) : Singletons.NotImplemented);
        Def0(t, "bit_length", a => PyInt.From((long)BigInteger.Abs(((PyInt)a).Value).GetBitLength()));
        Def0(t, "bit_count", a => { var v = BigInteger.Abs(((PyInt)a).Value); long c = 0; foreach (var b in v.ToByteArray()) c += BitOperations.PopCount(b); return PyInt.From(c); });
        Def0(t, "conjugate", a => PyInt.From(((PyInt)a).Value));
        Def0(t, "as_integer_ratio", a => PyTuple.Of(PyInt.From(((PyInt)a).Value), PyInt.From(1)));
        Def0(t, "is_integer", a => PyBool.True);
        Def(t, "to_bytes", (args, kw) =>
        {
            var p = Parse("to_bytes", args.Slice(1), kw, new[] { "length", "byteorder", "signed" }, 0, 0, 2);
            int length = p[0] == null ? 1 : ToInt(p[0]!);
            string order = p[1] == null ? "big" : ((PyStr)p[1]!).Value;
            bool signed = p[2] != null && Ops.IsTrue(p[2]!);
            var v = ((PyInt)args[0]).Value;
            if (!signed && v.Sign < 0) throw PyExc.OverflowError("can't convert negative int to unsigned");
            var bytes = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
            if (bytes.Length > length)
            {
                // ToByteArray may add a sign byte that is not needed.
                throw PyExc.OverflowError("int too big to convert");
            }
            var result = new byte[length];
            Array.Copy(bytes, result, bytes.Length);
            if (v.Sign < 0) for (int i = bytes.Length; i < length; i++) result[i] = 0xFF;
            if (order == "big") Array.Reverse(result);
            return PyBytes.From(result);
        });
        DefClass(t, "from_bytes", (args, kw) =>
        {
            var p = Parse("from_bytes", args.Slice(1), kw, new[] { "bytes", "byteorder", "signed" }, 1, 0, 2);
            // Objects/longobject.c int_from_bytes_impl: the argument goes through PyObject_Bytes, so any
            // iterable of ints (ipaddress passes a map) or an object with __bytes__ is accepted.
            var source = p[0]!;
            var bytesMethod = source.Type.Lookup("__bytes__");
            if (source is PyInt or PyStr) throw PyExc.TypeError($"cannot convert '{Ops.TypeName(source)}' object to bytes");
            var data = bytesMethod != null && source is not PyBytes
                ? BytesMethods.AsBytes(Ops.CallDescriptor(bytesMethod, source)).ToArray()
                : BytesMethods.FromObject(source);
            string order = p[1] == null ? "big" : p[1] is PyStr os ? os.Value
                : throw PyExc.TypeError($"from_bytes() argument 'byteorder' must be str, not {Ops.TypeName(p[1]!)}");
            if (order != "big" && order != "little") throw PyExc.ValueError("byteorder must be either 'little' or 'big'");
            bool signed = p[2] != null && Ops.IsTrue(p[2]!);
            var v = PyInt.From(new BigInteger(data, isUnsigned: !signed, isBigEndian: order == "big"));
            var cls = (PyType)args[0];
            return cls == Types.Int ? v : Ops.Call(cls, v);
        });
        GetSet(t, "real", a => PyInt.From(((PyInt)a).Value));
        GetSet(t, "imag", a => PyInt.From(0));
        GetSet(t, "numerator", a => PyInt.From(((PyInt)a).Value));
        GetSet(t, "denominator", a => PyInt.From(1));
        DefStatic(t, "__new__", (args, kw) => IntNew(args, kw));

        // bool
        var b = Types.Bool;
        Def0(b, "__repr__", a => PyStr.From(a == PyBool.True ? "True" : "False"));
        foreach (var (name, op) in new[] { ("__and__", 0), ("__or__", 1), ("__xor__", 2) })
        {
            int opc = op;
            NativeFn fn = (args, kw) =>
            {
                var x = args[0]; var y = args[1];
                if (x is PyBool xb && y is PyBool yb)
                {
                    bool bx = xb == PyBool.True, by = yb == PyBool.True;
                    return PyBool.From(opc == 0 ? bx & by : opc == 1 ? bx | by : bx ^ by);
                }
                if (y is not PyInt yi) return Singletons.NotImplemented;
                return IntOps.Binary((PyInt)x, yi, opc == 0 ? NbOp.And : opc == 1 ? NbOp.Or : NbOp.Xor)!;
            };
            Def(b, name, fn);
            Def(b, "__r" + name[2..], fn);
        }
        DefStatic(b, "__new__", (args, kw) =>
        {
            NoKeywords("bool", kw);
            CheckCount("bool", args.Length - 1, 0, 1);
            return args.Length > 1 ? PyBool.From(Ops.IsTrue(args[1])) : PyBool.False;
        });

        InitFloat();
        InitComplex();
    }

    public static bool CompareIntFloat(PyInt a, double b, CompareOp op)
    {
        if (double.IsNaN(b)) return op == CompareOp.Ne;
        if (double.IsInfinity(b)) return Ops.CompareInts(b > 0 ? -1 : 1, op);
        // Exact comparison: compare against the floor of b and its fractional part.
        var fl = Math.Floor(b);
        var bi = new BigInteger(fl);
        int c = a.Value.CompareTo(bi);
        if (c == 0 && fl != b) c = -1;
        return Ops.CompareInts(c, op);
    }

    private static PyObject DivMod(PyInt a, PyInt b)
    {
        var q = IntOps.Binary(a, b, NbOp.FloorDivide)!;
        var r = IntOps.Binary(a, b, NbOp.Remainder)!;
        return PyTuple.Of(q, r);
    }

    private static PyObject RoundInt(PyInt a, long ndigits)
    {
        if (ndigits >= 0) return PyInt.From(a.Value);
        var pow = BigInteger.Pow(10, (int)Math.Min(-ndigits, 10000));
        var v = a.Value;
        var q = IntOps.FloorDiv(v, pow);
        var r = v - q * pow;
        var twice = r * 2;
        if (twice > pow || (twice == pow && !q.IsEven)) q += 1;
        return PyInt.From(q * pow);
    }

    /// <summary>int(x=0) / int(x, base=10) (long_new_impl).</summary>
    public static PyObject IntNew(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var cls = (PyType)args[0];
        var p = Parse("int", args.Slice(1), kw, new[] { "x", "base" }, 0, 1);
        PyInt result;
        if (p[0] == null)
        {
            if (p[1] != null) throw PyExc.TypeError("int() missing string argument");
            result = PyInt.From(0);
        }
        else if (p[1] == null) result = ToPyInt(p[0]!);
        else
        {
            long b = ToLong(p[1]!);
            if (b != 0 && (b < 2 || b > 36)) throw PyExc.ValueError("int() base must be >= 2 and <= 36, or 0");
            string s = p[0] switch
            {
                PyStr ps => ps.Value,
                PyBytes pb => System.Text.Encoding.Latin1.GetString(pb.Value),
                PyByteArray pba => System.Text.Encoding.Latin1.GetString(pba.Value.ToArray()),
                _ => throw PyExc.TypeError("int() can't convert non-string with explicit base"),
            };
            result = ParseInt(s, (int)b, p[0]!);
        }
        if (cls == Types.Int) return result;
        var o = PyInt.OfType(cls, result.Value);
        if (cls.HasInstanceDict) o.Dict = new PyDict();
        return o;
    }

    /// <summary>PyNumber_Long.</summary>
    public static PyInt ToPyInt(PyObject x)
    {
        if (x is PyInt i) return i.Type == Types.Int ? i : PyInt.From(i.Value);
        if (x is PyFloat f) return FloatToInt(f.Value);
        if (x is PyStr s) return ParseInt(s.Value, 10, x);
        if (x is PyBytes b) return ParseInt(System.Text.Encoding.Latin1.GetString(b.Value), 10, x);
        if (x is PyByteArray ba) return ParseInt(System.Text.Encoding.Latin1.GetString(ba.Value.ToArray()), 10, x);
        var m = x.Type.Lookup("__int__") ?? x.Type.Lookup("__index__");
        if (m != null)
        {
            var r = Ops.CallDescriptor(m, x);
            if (r is not PyInt ri) throw PyExc.TypeError($"__int__ returned non-int (type {Ops.TypeName(r)})");
            return ri;
        }
        var tr = x.Type.Lookup("__trunc__");
        if (tr != null)
        {
            var r = Ops.CallDescriptor(tr, x);
            if (r is PyInt ri) return ri;
            return ToPyInt(r);
        }
        throw PyExc.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{Ops.TypeName(x)}'");
    }

    public static PyInt FloatToInt(double d)
    {
        if (double.IsNaN(d)) throw PyExc.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw PyExc.OverflowError("cannot convert float infinity to integer");
        var t = Math.Truncate(d);
        if (Math.Abs(t) < 9.2e18) return PyInt.From((long)t);
        return PyInt.From(new BigInteger(t));
    }

    /// <summary>PyLong_FromString with underscores, whitespace, prefixes and the 4300-digit limit.</summary>
    public static PyInt ParseInt(string text, int b, PyObject original)
    {
        string s = text.Trim(' ', '\t', '\n', '\r', '\f', '\v');
        // PyLong_FromUnicodeObject's "%.200R" of the str; _PyLong_FromBytes shows the bytes (a bytearray as bytes).
        PyException Bad()
        {
            var shown = original is PyStr ? Ops.ReprString(original)
                : original is PyBytes or PyByteArray ? Ops.ReprString(PyBytes.From(System.Text.Encoding.Latin1.GetBytes(text)))
                : Ops.ReprString(PyStr.From(text));
            if (original is PyStr && shown.Length > 200) shown = shown[..200];
            return PyExc.ValueError($"invalid literal for int() with base {b}: {shown}");
        }
        if (s.Length == 0) throw Bad();
        bool neg = false;
        int i = 0;
        if (s[0] == '+' || s[0] == '-') { neg = s[0] == '-'; i = 1; }
        int radix = b;
        if (i + 1 < s.Length && s[i] == '0' && (b == 0 || b == 16 || b == 8 || b == 2))
        {
            char c = char.ToLowerInvariant(s[i + 1]);
            if ((c == 'x' && (b == 0 || b == 16)) || (c == 'o' && (b == 0 || b == 8)) || (c == 'b' && (b == 0 || b == 2)))
            {
                radix = c == 'x' ? 16 : c == 'o' ? 8 : 2;
                i += 2;
                if (i < s.Length && s[i] == '_') i++;
            }
        }
        if (radix == 0)
        {
            radix = 10;
            // base 0: no leading zeros on non-zero decimals
            var rest = s[i..].Replace("_", "");
            if (rest.Length > 1 && rest[0] == '0' && rest.Any(ch => ch != '0')) throw Bad();
        }
        if (i >= s.Length) throw Bad();
        BigInteger v = BigInteger.Zero;
        long small = 0;
        bool useBig = false;
        bool lastUnderscore = true;
        int digits = 0;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                if (lastUnderscore) throw Bad();
                lastUnderscore = true;
                continue;
            }
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
            if (d >= radix)
            {
                // Non-ASCII decimal digits are accepted by CPython (Unicode Nd).
                if (char.IsDigit(c) && radix == 10) d = (int)char.GetNumericValue(c);
                else throw Bad();
            }
            lastUnderscore = false;
            digits++;
            if (!useBig)
            {
                if (small > (long.MaxValue - d) / radix) { useBig = true; v = small; }
                else { small = small * radix + d; continue; }
            }
            v = v * radix + d;
        }
        if (lastUnderscore) throw Bad();
        if (radix == 10 && digits > PyInt.MaxStrDigits)
            throw PyExc.ValueError($"Exceeds the limit (4300 digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
        if (!useBig) return PyInt.From(neg ? -small : small);
        return PyInt.From(neg ? -v : v);
    }

    private static double AsDouble(PyObject o) => o switch
    {
        PyFloat f => f.Value,
        PyInt i => FloatOps.IntToDouble(i),
        _ => double.NaN,
    };

    private static void InitFloat()
    {
        var t = Types.Float;
        for (int op = 0; op < 13; op++)
        {
            int opc = op;
            if (op is NbOp.And or NbOp.Or or NbOp.Xor or NbOp.LShift or NbOp.RShift or NbOp.MatMul) continue;
            Def1(t, NbOp.Dunders[op], (a, b) => b is PyFloat || b is PyInt ? FloatOps.Binary(((PyFloat)a).Value, AsDouble(b), opc) ?? Singletons.NotImplemented : Singletons.NotImplemented);
            Def1(t, NbOp.RDunders[op], (a, b) => b is PyFloat || b is PyInt ? FloatOps.Binary(AsDouble(b), ((PyFloat)a).Value, opc) ?? Singletons.NotImplemented : Singletons.NotImplemented);
        }
        for (int c = 0; c < 6; c++)
        {
            var op = (CompareOp)c;
            Def1(t, Ops.CompareDunders[c], (a, b) =>
            {
                double x = ((PyFloat)a).Value;
                if (b is PyFloat bf) return PyBool.From(Ops.CompareDoubles(x, bf.Value, op));
                if (b is PyInt bi)
                {
                    // int vs float compared exactly: reverse the int-float comparison.
                    var swapped = op switch { CompareOp.Lt => CompareOp.Gt, CompareOp.Le => CompareOp.Ge, CompareOp.Gt => CompareOp.Lt, CompareOp.Ge => CompareOp.Le, _ => op };
                    return PyBool.From(CompareIntFloat(bi, x, swapped));
                }
                return Singletons.NotImplemented;
            });
        }
        Def0(t, "__repr__", a => PyStr.From(PyFloat.Repr(((PyFloat)a).Value)));
        Def0(t, "__hash__", a => PyInt.From(((PyFloat)a).Hash()));
        Def0(t, "__neg__", a => PyFloat.From(-((PyFloat)a).Value));
        Def0(t, "__pos__", a => PyFloat.From(((PyFloat)a).Value));
        Def0(t, "__abs__", a => PyFloat.From(Math.Abs(((PyFloat)a).Value)));
        Def0(t, "__bool__", a => PyBool.From(((PyFloat)a).Value != 0));
        Def0(t, "__int__", a => FloatToInt(((PyFloat)a).Value));
        Def0(t, "__trunc__", a => FloatToInt(((PyFloat)a).Value));
        Def0(t, "__floor__", a => FloatToInt(Math.Floor(((PyFloat)a).Value)));
        Def0(t, "__ceil__", a => FloatToInt(Math.Ceiling(((PyFloat)a).Value)));
        Def0(t, "__float__", a => PyFloat.From(((PyFloat)a).Value));
        Def0(t, "is_integer", a => { var d = ((PyFloat)a).Value; return PyBool.From(double.IsFinite(d) && Math.Floor(d) == d); });
        Def0(t, "conjugate", a => PyFloat.From(((PyFloat)a).Value));
        Def0(t, "hex", a => PyStr.From(FloatHex(((PyFloat)a).Value)));
        Def0(t, "as_integer_ratio", a =>
        {
            double d = ((PyFloat)a).Value;
            if (double.IsInfinity(d)) throw PyExc.OverflowError("cannot convert Infinity to integer ratio");
            if (double.IsNaN(d)) throw PyExc.ValueError("cannot convert NaN to integer ratio");
            double m = Hashing.Frexp(d, out int e);
            BigInteger num; int exp = e;
            for (int i = 0; i < 300 && m != Math.Floor(m); i++) { m *= 2.0; exp--; }
            num = new BigInteger(m);
            BigInteger den = BigInteger.One;
            if (exp > 0) num <<= exp; else den <<= -exp;
            return PyTuple.Of(PyInt.From(num), PyInt.From(den));
        });
        DefN(t, "__round__", 0, 1, (a, x) => RoundFloat(((PyFloat)a).Value, x.Length == 0 ? Singletons.None : x[0]));
        Def1(t, "__format__", (a, spec) => Formatting.FormatFloat(((PyFloat)a).Value, ((PyStr)spec).Value, a));
        Def1(t, "__divmod__", (a, b) =>
        {
            if (b is not PyFloat && b is not PyInt) return Singletons.NotImplemented;
            double y = AsDouble(b);
            if (y == 0) throw PyExc.ZeroDivisionError("float divmod()");
            var q = FloatOps.DivMod(((PyFloat)a).Value, y, out var mod);
            return PyTuple.Of(PyFloat.From(q), PyFloat.From(mod));
        });
        Def1(t, "__rdivmod__", (a, b) =>
        {
            if (b is not PyFloat && b is not PyInt) return Singletons.NotImplemented;
            double y = ((PyFloat)a).Value;
            if (y == 0) throw PyExc.ZeroDivisionError("float divmod()");
            var q = FloatOps.DivMod(AsDouble(b), y, out var mod);
            return PyTuple.Of(PyFloat.From(q), PyFloat.From(mod));
        });
        Def(t, "__pow__", (args, kw) => args[1] is PyFloat || args[1] is PyInt ? FloatOps.Pow(((PyFloat)args[0]).Value, AsDouble(args[1])) : Singletons.NotImplemented);
        Def(t, "__rpow__", (args, kw) => args[1] is PyFloat || args[1] is PyInt ? FloatOps.Pow(AsDouble(args[1]), ((PyFloat)args[0]).Value) : Singletons.NotImplemented);
        GetSet(t, "real", a => PyFloat.From(((PyFloat)a).Value));
        GetSet(t, "imag", a => PyFloat.From(0.0));
        DefClass(t, "fromhex", (args, kw) => PyFloat.From(FromHex(Ops.StrString(args[1]))));
        DefStatic(t, "__new__", (args, kw) =>
        {
            NoKeywords("float", kw);
            var cls = (PyType)args[0];
            CheckCount("float", args.Length - 1, 0, 1);
            double v = args.Length == 1 ? 0.0 : FloatArg(args[1]);
            if (cls == Types.Float) return PyFloat.From(v);
            var o = PyFloat.OfType(cls, v);
            if (cls.HasInstanceDict) o.Dict = new PyDict();
            return o;
        });
    }

    public static PyObject RoundFloat(double x, PyObject nd)
    {
        if (nd == Singletons.None)
        {
            var r = Math.Round(x, MidpointRounding.ToEven);
            if (double.IsNaN(x)) throw PyExc.ValueError("cannot convert float NaN to integer");
            if (double.IsInfinity(x)) throw PyExc.OverflowError("cannot convert float infinity to integer");
            return FloatToInt(r);
        }
        long n = ToLong(nd);
        if (!double.IsFinite(x) || x == 0) return PyFloat.From(x);
        if (n > 323) return PyFloat.From(x);
        if (n < -308) return PyFloat.From(0.0 * x);
        // double_round (Objects/floatobject.c): round the exact binary value to n decimal places,
        // half to even, then convert the decimal result back with correct rounding.
        double m = Hashing.Frexp(x, out int e2);
        var mant = new BigInteger(Math.ScaleB(Math.Abs(m), 53));
        int exp2 = e2 - 53;
        BigInteger num = mant, den = BigInteger.One;
        if (exp2 > 0) num <<= exp2; else den <<= -exp2;
        if (n >= 0) num *= BigInteger.Pow(10, (int)n); else den *= BigInteger.Pow(10, (int)-n);
        var q = BigInteger.DivRem(num, den, out var rem);
        var twice = rem * 2;
        if (twice > den || (twice == den && !q.IsEven)) q += 1;
        string text = q.ToString(CultureInfo.InvariantCulture) + "e" + (-n).ToString(CultureInfo.InvariantCulture);
        double r2 = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(r2)) throw PyExc.OverflowError("rounded value too large to represent");
        return PyFloat.From(x < 0 ? -r2 : r2);
    }

    public static string FloatHex(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0x0.0p+0" : "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(d);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        int lead = 1;
        if (exp == 0) { lead = 0; exp = -1022; } else exp -= 1023;
        var hex = mant.ToString("x13");
        return $"{(neg ? "-" : "")}0x{lead}.{hex}p{(exp >= 0 ? "+" : "")}{exp}";
    }

    /// <summary>PyFloat_AsDouble / float(x).</summary>
    public static double ToDouble(PyObject x)
    {
        switch (x)
        {
            case PyFloat f: return f.Value;
            case PyInt i: return FloatOps.IntToDouble(i);
            case PyStr s: return ParseFloat(s.Value, x);
        }
        var m = x.Type.Lookup("__float__");
        if (m != null)
        {
            var r = Ops.CallDescriptor(m, x);
            if (r is not PyFloat rf) throw PyExc.TypeError($"{Ops.TypeName(x)}.__float__ returned non-float (type {Ops.TypeName(r)})");
            return rf.Value;
        }
        var idx = x.Type.Lookup("__index__");
        if (idx != null) return FloatOps.IntToDouble(Ops.Index(x));
        // PyFloat_FromString also takes bytes, bytearray and other buffers (pickle's protocol 0 loads FLOAT that way).
        if (BufferProtocol.TryGetBytes(x) is { } bytes)
            return ParseFloat(System.Text.Encoding.Latin1.GetString(bytes), x);
        throw PyExc.TypeError($"float() argument must be a string or a real number, not '{Ops.TypeName(x)}'");
    }

    /// <summary>Objects/abstract.c PyNumber_Float: after __float__ and __index__, a str or any bytes-like object is
    /// parsed (PyFloat_FromString reads a buffer's bytes as ASCII: pickle's protocol 0 calls float(b'2.5')).</summary>
    private static double FloatArg(PyObject x)
    {
        if (x is PyFloat or PyInt or PyStr || x.Type.Lookup("__float__") != null || x.Type.Lookup("__index__") != null)
            return ToDouble(x);
        if (BufferProtocol.TryGetBytes(x) is { } bytes)
        {
            // non-ASCII bytes can never be part of a float literal: map them to a character the parser rejects
            var text = new string(Array.ConvertAll(bytes, c => c < 128 ? (char)c : '\uFFFF'));
            return ParseFloat(text, x);
        }
        return ToDouble(x);
    }

    /// <summary>Py_NAN: the quiet NaN with the sign bit clear, as C's NAN (copysign(1, nan) is 1.0).</summary>
    public static readonly double PyNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000L);

    public static double ParseFloat(string text, PyObject original)
    {
        // Objects/floatobject.c PyFloat_FromString goes through _PyUnicode_TransformDecimalAndSpaceToASCII.
        if (text.Any(c => c > 127))
            text = new string(text.Select(c => char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber ? (char)('0' + (int)char.GetNumericValue(c)) : char.IsWhiteSpace(c) ? ' ' : c).ToArray());
        var s = text.Trim().Replace("_", "");
        var lower = s.ToLowerInvariant();
        switch (lower)
        {
            case "inf": case "+inf": case "infinity": case "+infinity": return double.PositiveInfinity;
            case "-inf": case "-infinity": return double.NegativeInfinity;
            // _Py_parse_inf_or_nan: Py_NAN has the sign bit clear (.NET's double.NaN has it set); "-nan" negates it.
            case "nan": case "+nan": return PyNaN;
            case "-nan": return -PyNaN;
        }
        // Underscores only between digits (PEP 515).
        var trimmed = text.Trim();
        for (int k = 0; k < trimmed.Length; k++)
            if (trimmed[k] == '_' && (k == 0 || k == trimmed.Length - 1 || !char.IsAsciiDigit(trimmed[k - 1]) || !char.IsAsciiDigit(trimmed[k + 1])))
                throw PyExc.ValueError($"could not convert string to float: {Ops.ReprString(original)}");
        bool valid = s.Length > 0 && !text.Contains("__") && !s.StartsWith('_') && s.All(c => char.IsDigit(c) || c is '.' or 'e' or 'E' or '+' or '-')
            && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        if (!valid || !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            throw PyExc.ValueError($"could not convert string to float: {Ops.ReprString(original)}");
        return d;
    }

    private static readonly System.Text.RegularExpressions.Regex ComplexSyntax = new(
        @"^(?<a>[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.|inf|infinity|nan))?(?:(?<b>[+-](?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.|inf|infinity|nan)?)?(?<j>[jJ]))?$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Objects/complexobject.c complex_from_string_inner: "x", "yj", "x+yj", "x-j", in optional parentheses.</summary>
    public static PyComplex ParseComplex(string text)
    {
        var s = text.Trim();
        if (s.StartsWith('(') && s.EndsWith(')')) s = s[1..^1].Trim();
        var m = ComplexSyntax.Match(s);
        if (s.Length == 0 || !m.Success || (!m.Groups["a"].Success && !m.Groups["j"].Success))
            throw PyExc.ValueError("complex() arg is a malformed string");
        double Num(string t) => t is "" or "+" ? 1 : t == "-" ? -1 : ParseFloat(t, PyStr.From(t));
        if (!m.Groups["j"].Success) return new PyComplex(Num(m.Groups["a"].Value), 0);
        if (m.Groups["b"].Success) return new PyComplex(Num(m.Groups["a"].Value), Num(m.Groups["b"].Value));
        // Only one number, followed by j: it is the imaginary part.
        return new PyComplex(0, Num(m.Groups["a"].Value));
    }

    /// <summary>Objects/floatobject.c float_fromhex: [sign] (inf | nan | [0x] hex[.hex] [p exp]), rounded half-even.</summary>
    public static double FromHex(string text)
    {
        var s = text.Trim();
        var m = System.Text.RegularExpressions.Regex.Match(s, @"^([+-])?(?:(inf|infinity|nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?)$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        if (!m.Success || (!m.Groups[2].Success && m.Groups[3].Value.Length + m.Groups[4].Value.Length == 0))
            throw PyExc.ValueError("invalid hexadecimal floating-point string");
        bool neg = m.Groups[1].Value == "-";
        double r;
        if (m.Groups[2].Success) r = m.Groups[2].Value.ToLowerInvariant().StartsWith("n") ? double.NaN : double.PositiveInfinity;
        else
        {
            var digits = m.Groups[3].Value + m.Groups[4].Value;
            var mant = System.Numerics.BigInteger.Parse("0" + digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            long exp = (m.Groups[5].Success ? long.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture) : 0) - 4L * m.Groups[4].Value.Length;
            if (mant.IsZero) r = 0;
            else
            {
                long top = (long)mant.GetBitLength() + exp;
                if (top > 1024) throw PyExc.OverflowError("hexadecimal value too large to represent as a float");
                r = top < -1100 ? 0 : Math.ScaleB(FloatOps.BigToDouble(mant), (int)Math.Clamp(exp, -5000, 5000));
                if (double.IsInfinity(r)) throw PyExc.OverflowError("hexadecimal value too large to represent as a float");
            }
        }
        return neg ? -r : r;
    }

    private static void InitComplex()
    {
        var t = Types.Complex;
        Def0(t, "__repr__", a => { var c = (PyComplex)a; return PyStr.From(PyComplex.Repr(c.Real, c.Imag)); });
        Def1(t, "__format__", (a, spec) => Formatting.FormatComplex((PyComplex)a, spec is PyStr ps ? ps.Value
            : throw PyExc.TypeError($"complex.__format__() argument must be str, not {Ops.TypeName(spec)}")));
        GetSet(t, "real", a => PyFloat.From(((PyComplex)a).Real));
        GetSet(t, "imag", a => PyFloat.From(((PyComplex)a).Imag));
        // complex_abs
        Def0(t, "__abs__", a =>
        {
            var c = (PyComplex)a;
            var (r, errno) = ComplexArith.Abs(c.Real, c.Imag);
            if (errno != 0) throw PyExc.OverflowError("absolute value too large");
            return PyFloat.From(r);
        });
        Def0(t, "conjugate", a => { var c = (PyComplex)a; return new PyComplex(c.Real, -c.Imag); });
        Def0(t, "__pos__", a => { var c = (PyComplex)a; return new PyComplex(c.Real, c.Imag); });
        Def0(t, "__hash__", a =>
        {
            var c = (PyComplex)a;
            long hr = Hashing.HashDouble(c.Real, a), hi = Hashing.HashDouble(c.Imag, a);
            long h = unchecked(hr + Hashing.Imag * hi);
            return PyInt.From(h == -1 ? -2 : h);
        });
        Def0(t, "__bool__", a => { var c = (PyComplex)a; return PyBool.From(c.Real != 0 || c.Imag != 0); });
        Def0(t, "__neg__", a => { var c = (PyComplex)a; return new PyComplex(-c.Real, -c.Imag); });
        static Complex? AsC(PyObject o) => o switch
        {
            PyComplex c => new Complex(c.Real, c.Imag),
            PyFloat f => new Complex(f.Value, 0),
            PyInt i => new Complex(FloatOps.IntToDouble(i), 0),
            _ => null,
        };
        PyObject Op(Complex a, Complex b, int op)
        {
            Complex r;
            switch (op)
            {
                case NbOp.Add: r = a + b; break;
                case NbOp.Subtract: r = a - b; break;
                case NbOp.Multiply:
                {
                    var (re, im) = ComplexArith.Prod(a.Real, a.Imaginary, b.Real, b.Imaginary);
                    return new PyComplex(re, im);
                }
                case NbOp.TrueDivide:
                {
                    // complex_div
                    var (re, im, errno) = ComplexArith.Quot(a.Real, a.Imaginary, b.Real, b.Imaginary);
                    if (errno != 0) throw PyExc.ZeroDivisionError("complex division by zero");
                    return new PyComplex(re, im);
                }
                case NbOp.Power:
                {
                    var (re, im, errno) = ComplexArith.ComplexPow(a.Real, a.Imaginary, b.Real, b.Imaginary);
                    if (errno == ComplexArith.EDOM) throw PyExc.ZeroDivisionError("0.0 to a negative or complex power");
                    if (errno == ComplexArith.ERANGE) throw PyExc.OverflowError("complex exponentiation");
                    return new PyComplex(re, im);
                }
                default: return Singletons.NotImplemented;
            }
            return new PyComplex(r.Real, r.Imaginary);
        }
        foreach (var op in new[] { NbOp.Add, NbOp.Subtract, NbOp.Multiply, NbOp.TrueDivide, NbOp.Power })
        {
            int opc = op;
            Def1(t, NbOp.Dunders[op], (a, b) => AsC(b) is Complex cb ? Op(AsC(a)!.Value, cb, opc) : Singletons.NotImplemented);
            Def1(t, NbOp.RDunders[op], (a, b) => AsC(b) is Complex cb ? Op(cb, AsC(a)!.Value, opc) : Singletons.NotImplemented);
        }
        Def1(t, "__eq__", (a, b) => AsC(b) is Complex cb ? PyBool.From(AsC(a)!.Value == cb) : Singletons.NotImplemented);
        Def1(t, "__ne__", (a, b) => AsC(b) is Complex cb ? PyBool.From(AsC(a)!.Value != cb) : Singletons.NotImplemented);
        DefStatic(t, "__new__", (args, kw) =>
        {
            var p = Parse("complex", args.Slice(1), kw, new[] { "real", "imag" }, 0);
            double re = 0, im = 0;
            if (p[0] is PyStr ps)
            {
                if (p[1] != null) throw PyExc.TypeError("complex() can't take second arg if first is a string");
                return ParseComplex(ps.Value);
            }
            if (p[0] != null && p[0] is not PyComplex && p[0]!.Type.Lookup("__complex__") is { } cm)
            {
                var r = Ops.CallDescriptor(cm, p[0]!);
                if (r is not PyComplex) throw PyExc.TypeError($"__complex__ returned non-complex (type {Ops.TypeName(r)})");
                p[0] = r;
            }
            // Objects/complexobject.c complex_new_impl: real = cr.real - ci.imag, imag = ci.real + cr.imag
            // (each term only when present, so complex(-0.0, -0.0) keeps both signs).
            double crr = 0, cri = 0, cir = 0, cii = 0;
            bool crComplex = false, ciComplex = false;
            if (p[0] is PyComplex c0) { crr = c0.Real; cri = c0.Imag; crComplex = true; }
            else if (p[0] != null) crr = ToDouble(p[0]!);
            if (p[1] is PyComplex c1) { cir = c1.Real; cii = c1.Imag; ciComplex = true; }
            else if (p[1] != null) cir = ToDouble(p[1]!);
            re = ciComplex ? crr - cii : crr;
            im = p[1] == null ? cri : crComplex ? cir + cri : cir;
            return new PyComplex(re, im);
        });
    }
}
