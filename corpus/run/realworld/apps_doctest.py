# features: [realworld, stdlib-doctest]
# stages: [run]
# flags: [needs-stdlib]
"""A module with doctests.

>>> add(2, 3)
5
"""

def add(a, b):
    """Return a + b.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add([1], [2])
    [1, 2]
    """
    return a + b

def divide(a, b):
    """
    >>> divide(6, 3)
    2.0
    >>> divide(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> divide(1, 3)  # doctest: +ELLIPSIS
    0.333...
    """
    return a / b

def broken():
    """
    >>> broken()
    42
    >>> print('a\\nb')
    a
    b
    """
    return 41

def spaced():
    """
    >>> print(list(range(20)))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
     10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    >>> {'b': 1, 'a': 2}
    {'b': 1, 'a': 2}
    """

if __name__ == "__main__":
    import doctest
    r = doctest.testmod(verbose=False)
    print(r)
    print(doctest.testmod(optionflags=doctest.ELLIPSIS, report=False).attempted)
