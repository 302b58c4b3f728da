namespace Pyref.Compiler.Tests;

public class ConstantPoolTests
{
    [Fact]
    public void Constants_of_different_types_or_signs_stay_distinct()
    {
        var pool = new ConstantPool();
        Assert.Equal(0, pool.Add(System.Numerics.BigInteger.Zero));
        Assert.Equal(1, pool.Add(false));
        Assert.Equal(2, pool.Add(0.0));
        Assert.Equal(3, pool.Add(-0.0));
        Assert.Equal(0, pool.Add(System.Numerics.BigInteger.Zero));
        Assert.Equal(2, pool.Add(0.0));
        Assert.Equal(4, pool.Count);
    }
}

public class ConstantPoolNaNTests
{
    [Fact]
    public void Separate_NaN_objects_take_separate_slots_but_one_object_reuses_its_slot()
    {
        var pool = new ConstantPool();
        object nan1 = double.NaN, nan2 = double.NaN;
        Assert.Equal(0, pool.Add(nan1));
        Assert.Equal(1, pool.Add(nan2));
        Assert.Equal(0, pool.Add(nan1));
        Assert.Equal(2, pool.Add(1.5));
        Assert.Equal(2, pool.Add(1.5));
    }
}
