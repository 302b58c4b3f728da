using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

using Pyref.VM.Runtime;

namespace Pyref.VM.Modules;

/// <summary>math (Modules/mathmodule.c), the common functions.</summary>
[BuiltinModule("math")]
public static class MathModule
{
    private static double D(PyObject o) => NumberMethods.ToDouble(o);

    private static PyObject F1(string name, Func<double, double> f, bool domainCheck = true) => Fn(name, (a, kw) =>
    {
        CheckCount(name, a.Length, 1, 1);
        var x = D(a[0]);
        var r = f(x);
        if (domainCheck && double.IsNaN(r) && !double.IsNaN(x)) throw PyExc.ValueError("math domain error");
        if (double.IsInfinity(r) && double.IsFinite(x)) throw PyExc.OverflowError("math range error");
        return PyFloat.From(r);
    });

    public static PyModule Create()
    {
        var m = new PyModule("math");
        var d = m.Dict!;
        d.Set("pi", PyFloat.From(Math.PI));
        d.Set("e", PyFloat.From(Math.E));
        d.Set("tau", PyFloat.From(2 * Math.PI));
        d.Set("inf", PyFloat.From(double.PositiveInfinity));
        d.Set("nan", PyFloat.From(double.NaN));
        d.Set("sqrt", F1("sqrt", Math.Sqrt));
        d.Set("exp", F1("exp", Math.Exp));
        d.Set("sin", F1("sin", Math.Sin));
        d.Set("cos", F1("cos", Math.Cos));
        d.Set("tan", F1("tan", Math.Tan));
        d.Set("asin", F1("asin", Math.Asin));
        d.Set("acos", F1("acos", Math.Acos));
        d.Set("atan", F1("atan", Math.Atan));
        d.Set("sinh", F1("sinh", Math.Sinh));
        d.Set("cosh", F1("cosh", Math.Cosh));
        d.Set("tanh", F1("tanh", Math.Tanh));
        d.Set("fabs", F1("fabs", Math.Abs));
        d.Set("log2", F1("log2", x => x <= 0 ? double.NaN : Math.Log2(x)));
        d.Set("log10", F1("log10", x => x <= 0 ? double.NaN : Math.Log10(x)));
        d.Set("atan2", Fn("atan2", (a, kw) => PyFloat.From(Math.Atan2(D(a[0]), D(a[1])))));
        d.Set("hypot", Fn("hypot", (a, kw) => { double s = 0; foreach (var x in a) s += D(x) * D(x); return PyFloat.From(Math.Sqrt(s)); }));
        d.Set("pow", Fn("pow", (a, kw) => PyFloat.From(Math.Pow(D(a[0]), D(a[1])))));
        d.Set("fmod", Fn("fmod", (a, kw) => { var y = D(a[1]); if (y == 0) throw PyExc.ValueError("math domain error"); return PyFloat.From(Math.IEEERemainder(0, 1) * 0 + D(a[0]) % y); }));
        d.Set("copysign", Fn("copysign", (a, kw) => PyFloat.From(Math.CopySign(D(a[0]), D(a[1])))));
        d.Set("degrees", F1("degrees", x => x * 180.0 / Math.PI));
        d.Set("radians", F1("radians", x => x * Math.PI / 180.0));
        d.Set("isnan", Fn("isnan", (a, kw) => PyBool.From(double.IsNaN(D(a[0])))));
        d.Set("isinf", Fn("isinf", (a, kw) => PyBool.From(double.IsInfinity(D(a[0])))));
        d.Set("isfinite", Fn("isfinite", (a, kw) => PyBool.From(double.IsFinite(D(a[0])))));
        d.Set("isclose", Fn("isclose", (a, kw) =>
        {
            var p = Parse("isclose", a, kw, new[] { "a", "b", "rel_tol", "abs_tol" }, 2, 2);
            double x = D(p[0]!), y = D(p[1]!), rel = p[2] == null ? 1e-9 : D(p[2]!), abs = p[3] == null ? 0 : D(p[3]!);
            if (x == y) return PyBool.True;
            if (double.IsInfinity(x) || double.IsInfinity(y)) return PyBool.False;
            double diff = Math.Abs(y - x);
            return PyBool.From(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
        }));
        d.Set("log", Fn("log", (a, kw) =>
        {
            CheckCount("log", a.Length, 1, 2);
            double Ln(PyObject o)
            {
                if (o is PyInt i && !i.IsSmall)
                {
                    if (i.Sign <= 0) throw PyExc.ValueError("math domain error");
                    return System.Numerics.BigInteger.Log(i.Value);
                }
                var x = D(o);
                if (x <= 0) throw PyExc.ValueError("math domain error");
                return Math.Log(x);
            }
            var r = Ln(a[0]);
            if (a.Length == 2) r /= Ln(a[1]);
            return PyFloat.From(r);
        }));
        d.Set("floor", Fn("floor", (a, kw) =>
        {
            if (a[0] is PyInt i) return PyInt.From(i.Value);
            if (a[0] is PyFloat f) return NumberMethods.FloatToInt(Math.Floor(f.Value));
            var m2 = a[0].Type.Lookup("__floor__");
            if (m2 != null) return Ops.CallDescriptor(m2, a[0]);
            return NumberMethods.FloatToInt(Math.Floor(D(a[0])));
        }));
        d.Set("ceil", Fn("ceil", (a, kw) =>
        {
            if (a[0] is PyInt i) return PyInt.From(i.Value);
            if (a[0] is PyFloat f) return NumberMethods.FloatToInt(Math.Ceiling(f.Value));
            var m2 = a[0].Type.Lookup("__ceil__");
            if (m2 != null) return Ops.CallDescriptor(m2, a[0]);
            return NumberMethods.FloatToInt(Math.Ceiling(D(a[0])));
        }));
        d.Set("trunc", Fn("trunc", (a, kw) => a[0] is PyInt i ? PyInt.From(i.Value) : NumberMethods.FloatToInt(Math.Truncate(D(a[0])))));
        d.Set("factorial", Fn("factorial", (a, kw) =>
        {
            if (a[0] is PyFloat) throw PyExc.TypeError("'float' object cannot be interpreted as an integer");
            var n = Ops.Index(a[0]);
            if (n.Sign < 0) throw PyExc.ValueError("factorial() not defined for negative values");
            System.Numerics.BigInteger r = 1;
            for (long k = 2; k <= n.Small; k++) r *= k;
            return PyInt.From(r);
        }));
        d.Set("gcd", Fn("gcd", (a, kw) =>
        {
            System.Numerics.BigInteger g = 0;
            foreach (var x in a) g = System.Numerics.BigInteger.GreatestCommonDivisor(g, Ops.Index(x).Value);
            return PyInt.From(g);
        }));
        d.Set("lcm", Fn("lcm", (a, kw) =>
        {
            System.Numerics.BigInteger l = 1;
            foreach (var x in a)
            {
                var v = System.Numerics.BigInteger.Abs(Ops.Index(x).Value);
                if (v.IsZero) return PyInt.From(0);
                l = l / System.Numerics.BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.From(l);
        }));
        d.Set("isqrt", Fn("isqrt", (a, kw) =>
        {
            var n = Ops.Index(a[0]).Value;
            if (n.Sign < 0) throw PyExc.ValueError("isqrt() argument must be nonnegative");
            if (n.IsZero) return PyInt.From(0);
            var x = (System.Numerics.BigInteger)Math.Sqrt((double)n);
            while (x * x > n) x--;
            while ((x + 1) * (x + 1) <= n) x++;
            return PyInt.From(x);
        }));
        d.Set("comb", Fn("comb", (a, kw) =>
        {
            var n = Ops.Index(a[0]).Value; var k = Ops.Index(a[1]).Value;
            if (n.Sign < 0 || k.Sign < 0) throw PyExc.ValueError(n.Sign < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
            if (k > n) return PyInt.From(0);
            if (k > n - k) k = n - k;
            System.Numerics.BigInteger r = 1;
            for (System.Numerics.BigInteger i = 1; i <= k; i++) r = r * (n - k + i) / i;
            return PyInt.From(r);
        }));
        d.Set("perm", Fn("perm", (a, kw) =>
        {
            var n = Ops.Index(a[0]).Value; var k = a.Length > 1 && a[1] != None ? Ops.Index(a[1]).Value : n;
            if (k > n) return PyInt.From(0);
            System.Numerics.BigInteger r = 1;
            for (var i = n - k + 1; i <= n; i++) r *= i;
            return PyInt.From(r);
        }));
        d.Set("fsum", Fn("fsum", (a, kw) =>
        {
            // Shewchuk's exact summation, as math.fsum (msum).
            var partials = new List<double>();
            foreach (var o in Ops.Iterate(a[0]))
            {
                double x = D(o);
                int i = 0;
                foreach (var yv in partials.ToArray())
                {
                    double y = yv;
                    if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                    double hi = x + y, lo = y - (hi - x);
                    if (lo != 0) partials[i++] = lo;
                    x = hi;
                }
                partials.RemoveRange(i, partials.Count - i);
                partials.Add(x);
            }
            double s = 0;
            foreach (var p in partials) s += p;
            return PyFloat.From(s);
        }));
        d.Set("prod", Fn("prod", (a, kw) =>
        {
            var p = Parse("prod", a, kw, new[] { "iterable", "start" }, 1, 1);
            PyObject acc = p[1] ?? PyInt.From(1);
            foreach (var x in Ops.Iterate(p[0]!)) acc = Ops.BinaryOp(acc, x, NbOp.Multiply);
            return acc;
        }));
        d.Set("dist", Fn("dist", (a, kw) =>
        {
            var p = Ops.ToArray(a[0]); var q = Ops.ToArray(a[1]);
            double s = 0;
            for (int i = 0; i < p.Length; i++) { var dd = D(p[i]) - D(q[i]); s += dd * dd; }
            return PyFloat.From(Math.Sqrt(s));
        }));
        return m;
    }
}
