namespace Pyref.VM.Runtime;

/// <summary>
/// CPython 3.11's list sort (Objects/listobject.c listsort / list_sort_impl, Objects/listsort.txt): natural runs
/// found by count_run, extended to minrun by binarysort, merged by the powersort policy (powerloop,
/// found_new_run) with merge_lo / merge_hi galloping and min_gallop adaptation. The comparisons made, their
/// order and their count are CPython's, which programs with a logging __lt__ can see.
/// It sorts a permutation of indices; <c>less(i, j)</c> is ISLT(keys[i], keys[j]). When a comparison raises, the
/// array is left a permutation of its input, as CPython's Fail paths leave the list.
/// </summary>
internal sealed class ListSort
{
    private const int MIN_GALLOP = 7;

    private readonly int[] _a;
    private readonly Func<int, int, bool> _less;
    private int _minGallop = MIN_GALLOP;
    private int[] _tmp = Array.Empty<int>();
    // The pending runs: start index, length and power (s_slice).
    private readonly List<(int Base, int Len, int Power)> _pending = new();

    private ListSort(int[] a, Func<int, int, bool> less) { _a = a; _less = less; }

    public static void Sort(int[] a, Func<int, int, bool> less) => new ListSort(a, less).Run();

    // list_sort_impl's main loop.
    private void Run()
    {
        int nremaining = _a.Length;
        if (nremaining < 2) return;
        int lo = 0;
        int minrun = MergeComputeMinrun(nremaining);
        do
        {
            int n = CountRun(lo, lo + nremaining, out bool descending);
            if (descending) Array.Reverse(_a, lo, n);
            if (n < minrun)
            {
                int force = nremaining <= minrun ? nremaining : minrun;
                BinarySort(lo, lo + force, lo + n);
                n = force;
            }
            FoundNewRun(n);
            _pending.Add((lo, n, 0));
            lo += n;
            nremaining -= n;
        } while (nremaining > 0);
        MergeForceCollapse();
    }

    // binarysort: [lo, start) is sorted; insert [start, hi) one by one, the pivot compared first.
    private void BinarySort(int lo, int hi, int start)
    {
        if (lo == start) start++;
        for (; start < hi; start++)
        {
            int l = lo, r = start, pivot = _a[r];
            do
            {
                int p = l + ((r - l) >> 1);
                if (_less(pivot, _a[p])) r = p; else l = p + 1;
            } while (l < r);
            for (int p = start; p > l; p--) _a[p] = _a[p - 1];
            _a[l] = pivot;
        }
    }

    // count_run: the longest non-descending run, or the longest strictly descending one.
    private int CountRun(int lo, int hi, out bool descending)
    {
        descending = false;
        lo++;
        if (lo == hi) return 1;
        int n = 2;
        if (_less(_a[lo], _a[lo - 1]))
        {
            descending = true;
            for (lo++; lo < hi; lo++, n++)
                if (!_less(_a[lo], _a[lo - 1])) break;
        }
        else
        {
            for (lo++; lo < hi; lo++, n++)
                if (_less(_a[lo], _a[lo - 1])) break;
        }
        return n;
    }

    // gallop_left over arr[a .. a+n): k with arr[a+k-1] < key <= arr[a+k].
    private int GallopLeft(int key, int[] arr, int a, int n, int hint)
    {
        int ofs = 1, lastofs = 0;
        int ah = a + hint;
        if (_less(arr[ah], key))
        {
            int maxofs = n - hint;
            while (ofs < maxofs)
            {
                if (_less(arr[ah + ofs], key)) { lastofs = ofs; ofs = (ofs << 1) + 1; }
                else break;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        else
        {
            int maxofs = hint + 1;
            while (ofs < maxofs)
            {
                if (_less(arr[ah - ofs], key)) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs++;
        while (lastofs < ofs)
        {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (_less(arr[a + m], key)) lastofs = m + 1; else ofs = m;
        }
        return ofs;
    }

    // gallop_right: k with arr[a+k-1] <= key < arr[a+k].
    private int GallopRight(int key, int[] arr, int a, int n, int hint)
    {
        int ofs = 1, lastofs = 0;
        int ah = a + hint;
        if (_less(key, arr[ah]))
        {
            int maxofs = hint + 1;
            while (ofs < maxofs)
            {
                if (_less(key, arr[ah - ofs])) { lastofs = ofs; ofs = (ofs << 1) + 1; }
                else break;
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        else
        {
            int maxofs = n - hint;
            while (ofs < maxofs)
            {
                if (_less(key, arr[ah + ofs])) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        lastofs++;
        while (lastofs < ofs)
        {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (_less(key, arr[a + m])) ofs = m; else lastofs = m + 1;
        }
        return ofs;
    }

    private void GetMem(int need)
    {
        if (_tmp.Length < need) _tmp = new int[need];
    }

    // merge_lo: na <= nb; A copied to the temp array, merged left to right into _a[pa ..].
    private void MergeLo(int pa, int na, int pb, int nb)
    {
        GetMem(na);
        Array.Copy(_a, pa, _tmp, 0, na);
        int dest = pa;
        int[] t = _tmp;
        int ta = 0;   // ssa now points into the temp array
        bool ok = false;
        try
        {
            _a[dest++] = _a[pb++];
            --nb;
            if (nb == 0) { ok = true; return; }
            if (na == 1) goto CopyB;
            int minGallop = _minGallop;
            for (; ; )
            {
                int acount = 0, bcount = 0;
                for (; ; )
                {
                    if (_less(_a[pb], t[ta]))
                    {
                        _a[dest++] = _a[pb++];
                        ++bcount; acount = 0; --nb;
                        if (nb == 0) { ok = true; return; }
                        if (bcount >= minGallop) break;
                    }
                    else
                    {
                        _a[dest++] = t[ta++];
                        ++acount; bcount = 0; --na;
                        if (na == 1) goto CopyB;
                        if (acount >= minGallop) break;
                    }
                }
                ++minGallop;
                do
                {
                    if (minGallop > 1) minGallop--;
                    _minGallop = minGallop;
                    int k = GallopRight(_a[pb], t, ta, na, 0);
                    acount = k;
                    if (k != 0)
                    {
                        Array.Copy(t, ta, _a, dest, k);
                        dest += k; ta += k; na -= k;
                        if (na == 1) goto CopyB;
                        if (na == 0) { ok = true; return; }
                    }
                    _a[dest++] = _a[pb++];
                    --nb;
                    if (nb == 0) { ok = true; return; }
                    k = GallopLeft(t[ta], _a, pb, nb, 0);
                    bcount = k;
                    if (k != 0)
                    {
                        Array.Copy(_a, pb, _a, dest, k);
                        dest += k; pb += k; nb -= k;
                        if (nb == 0) { ok = true; return; }
                    }
                    _a[dest++] = t[ta++];
                    --na;
                    if (na == 1) goto CopyB;
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                ++minGallop;
                _minGallop = minGallop;
            }
        CopyB:
            // The last element of A belongs at the end of the merge.
            Array.Copy(_a, pb, _a, dest, nb);
            _a[dest + nb] = t[ta];
            na = 0;
            ok = true;
        }
        finally
        {
            // Succeed and Fail: what is left of A goes back into place.
            if (na > 0) Array.Copy(t, ta, _a, dest, na);
            _ = ok;
        }
    }

    // merge_hi: na >= nb; B copied to the temp array, merged right to left.
    private void MergeHi(int pa, int na, int pb, int nb)
    {
        GetMem(nb);
        int[] t = _tmp;
        int dest = pb + nb - 1;
        Array.Copy(_a, pb, t, 0, nb);
        int basea = pa;
        int tb = nb - 1;          // ssb: last element of B in the temp array
        int ia = pa + na - 1;     // ssa: last element of A
        try
        {
            _a[dest--] = _a[ia--];
            --na;
            if (na == 0) return;
            if (nb == 1) goto CopyA;
            int minGallop = _minGallop;
            for (; ; )
            {
                int acount = 0, bcount = 0;
                for (; ; )
                {
                    if (_less(t[tb], _a[ia]))
                    {
                        _a[dest--] = _a[ia--];
                        ++acount; bcount = 0; --na;
                        if (na == 0) return;
                        if (acount >= minGallop) break;
                    }
                    else
                    {
                        _a[dest--] = t[tb--];
                        ++bcount; acount = 0; --nb;
                        if (nb == 1) goto CopyA;
                        if (bcount >= minGallop) break;
                    }
                }
                ++minGallop;
                do
                {
                    if (minGallop > 1) minGallop--;
                    _minGallop = minGallop;
                    int k = GallopRight(t[tb], _a, basea, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k != 0)
                    {
                        dest -= k; ia -= k;
                        Array.Copy(_a, ia + 1, _a, dest + 1, k);
                        na -= k;
                        if (na == 0) return;
                    }
                    _a[dest--] = t[tb--];
                    --nb;
                    if (nb == 1) goto CopyA;
                    k = GallopLeft(_a[ia], t, 0, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k != 0)
                    {
                        dest -= k; tb -= k;
                        Array.Copy(t, tb + 1, _a, dest + 1, k);
                        nb -= k;
                        if (nb == 1) goto CopyA;
                        if (nb == 0) return;
                    }
                    _a[dest--] = _a[ia--];
                    --na;
                    if (na == 0) return;
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                ++minGallop;
                _minGallop = minGallop;
            }
        CopyA:
            // The first element of B belongs at the front of the merge.
            Array.Copy(_a, ia + 1 - na, _a, dest + 1 - na, na);
            dest -= na;
            _a[dest] = t[tb];
            nb = 0;
        }
        finally
        {
            // Succeed and Fail: what is left of B goes back into place.
            if (nb > 0) Array.Copy(t, 0, _a, dest - (nb - 1), nb);
        }
    }

    // merge_at: merge the runs at stack indices i and i + 1.
    private void MergeAt(int i)
    {
        var (pa, na, _) = _pending[i];
        var (pb, nb, _) = _pending[i + 1];
        _pending[i] = (pa, na + nb, _pending[i].Power);
        _pending.RemoveAt(i + 1);
        int k = GallopRight(_a[pb], _a, pa, na, 0);
        pa += k;
        na -= k;
        if (na == 0) return;
        nb = GallopLeft(_a[pa + na - 1], _a, pb, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) MergeLo(pa, na, pb, nb);
        else MergeHi(pa, na, pb, nb);
    }

    // powerloop: the power of the run boundary between [s1, s1+n1) and [s1+n1, s1+n1+n2) in a list of length n.
    private static int PowerLoop(long s1, long n1, long n2, long n)
    {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        for (; ; )
        {
            ++result;
            if (a >= n) { a -= n; b -= n; }
            else if (b >= n) break;
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    // found_new_run: the powersort merge policy, before the run of length n2 is pushed.
    private void FoundNewRun(int n2)
    {
        if (_pending.Count == 0) return;
        var (s1, n1, _) = _pending[^1];
        int power = PowerLoop(s1, n1, n2, _a.Length);
        while (_pending.Count > 1 && _pending[^2].Power > power) MergeAt(_pending.Count - 2);
        var top = _pending[^1];
        _pending[^1] = (top.Base, top.Len, power);
    }

    private void MergeForceCollapse()
    {
        while (_pending.Count > 1)
        {
            int n = _pending.Count - 2;
            if (n > 0 && _pending[n - 1].Len < _pending[n + 1].Len) --n;
            MergeAt(n);
        }
    }

    private static int MergeComputeMinrun(int n)
    {
        int r = 0;
        while (n >= 64) { r |= n & 1; n >>= 1; }
        return n + r;
    }
}
