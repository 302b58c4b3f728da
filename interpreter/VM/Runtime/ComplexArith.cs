namespace Pyref.VM.Runtime;

/// <summary>
/// Objects/complexobject.c's C-level arithmetic on Py_complex (_Py_c_prod, _Py_c_quot, _Py_c_pow, c_powu,
/// c_powi, _Py_c_abs), shared by the complex type and cmath so both round exactly as CPython does
/// (System.Numerics.Complex divides, raises to powers and takes moduli with other formulas).
/// errno results: 0, EDOM or ERANGE.
/// </summary>
public static class ComplexArith
{
    public const int EDOM = 33, ERANGE = 34;

    public static (double Re, double Im) Prod(double ar, double ai, double br, double bi) =>
        (ar * br - ai * bi, ar * bi + ai * br);

    // _Py_c_quot: Smith's method, dividing by the larger component of b.
    public static (double Re, double Im, int Errno) Quot(double ar, double ai, double br, double bi)
    {
        double absBr = br < 0 ? -br : br, absBi = bi < 0 ? -bi : bi;
        if (absBr >= absBi)
        {
            if (absBr == 0.0) return (0.0, 0.0, EDOM);
            double ratio = bi / br, denom = br + bi * ratio;
            return ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom, 0);
        }
        if (absBi >= absBr)
        {
            double ratio = br / bi, denom = br * ratio + bi;
            return ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom, 0);
        }
        // At least one of b's parts is a NaN.
        return (double.NaN, double.NaN, 0);
    }

    // _Py_c_pow, with the errno its libm calls leave (cos(inf) is EDOM, an overflow ERANGE), which complex_pow reads.
    public static (double Re, double Im, int Errno) Pow(double ar, double ai, double br, double bi)
    {
        if (br == 0.0 && bi == 0.0) return (1.0, 0.0, 0);
        if (ar == 0.0 && ai == 0.0) return (0.0, 0.0, bi != 0.0 || br < 0.0 ? EDOM : 0);
        int errno = 0;
        double vabs = Modules.Libm.Hypot(ar, ai, ref errno);
        double len = Modules.Libm.Pow(vabs, br, ref errno);
        double at = Modules.Libm.Atan2(ai, ar, ref errno);
        double phase = at * br;
        if (bi != 0.0)
        {
            len /= Modules.Libm.Exp(at * bi, ref errno);
            phase += bi * Modules.Libm.Log(vabs, ref errno);
        }
        return (len * Modules.Libm.Cos(phase, ref errno), len * Modules.Libm.Sin(phase, ref errno), errno);
    }

    // c_powu: binary exponentiation by repeated _Py_c_prod.
    private static (double Re, double Im) PowU(double xr, double xi, long n)
    {
        double rr = 1.0, ri = 0.0, pr = xr, pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) (rr, ri) = Prod(rr, ri, pr, pi);
            mask <<= 1;
            (pr, pi) = Prod(pr, pi, pr, pi);
        }
        return (rr, ri);
    }

    /// <summary>complex_pow: small integral exponents by c_powi, others by _Py_c_pow; then _Py_ADJUST_ERANGE2.</summary>
    public static (double Re, double Im, int Errno) ComplexPow(double ar, double ai, double br, double bi)
    {
        double re, im; int errno = 0;
        if (bi == 0.0 && br == Math.Floor(br) && Math.Abs(br) <= 100.0)
        {
            long n = (long)br;
            if (n > 0) (re, im) = PowU(ar, ai, n);
            else
            {
                var (ur, ui) = PowU(ar, ai, -n);
                (re, im, errno) = Quot(1.0, 0.0, ur, ui);
            }
        }
        else (re, im, errno) = Pow(ar, ai, br, bi);
        if (double.IsInfinity(re) || double.IsInfinity(im)) { if (errno == 0) errno = ERANGE; }
        else if (errno == ERANGE) errno = 0;
        return (re, im, errno);
    }

    // _Py_c_abs: an infinite part wins over a NaN; overflow of a finite value is ERANGE.
    public static (double Abs, int Errno) Abs(double re, double im)
    {
        if (!double.IsFinite(re) || !double.IsFinite(im))
        {
            if (double.IsInfinity(re)) return (Math.Abs(re), 0);
            if (double.IsInfinity(im)) return (Math.Abs(im), 0);
            return (Modules.Libm.Hypot(re, im), 0);
        }
        double r = Modules.Libm.Hypot(re, im);
        return (r, double.IsFinite(r) ? 0 : ERANGE);
    }
}
