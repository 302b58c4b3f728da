# features: [realworld, stdlib-unittest]
# stages: [run]
# flags: [needs-stdlib]
import unittest, io, re

def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)

class TestSlug(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(slugify("Hello World"), "hello-world")
    def test_symbols(self):
        self.assertEqual(slugify("  A&B -- c!! "), "a-b-c")
    def test_fail_on_purpose(self):
        self.assertEqual(slugify("X Y"), "x_y")
    @unittest.skip("not ready")
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

class TestStack(unittest.TestCase):
    def setUp(self):
        self.s = Stack(); self.s.push(1); self.s.push(2)
    def test_pop(self):
        self.assertEqual(self.s.pop(), 2); self.assertEqual(len(self.s), 1)
    def test_empty(self):
        self.s.pop(); self.s.pop()
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertIn("empty", str(cm.exception))
    def test_error(self):
        raise RuntimeError("unexpected")
    def test_assertions(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None); self.assertIsInstance(1, int); self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("abc123", r"\d+"); self.assertGreater(3, 2); self.assertNotIn(5, [1])
        self.assertDictEqual({"a": 1}, {"a": 1}); self.assertRaisesRegex(ValueError, "invalid", int, "x")
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_list_diff(self):
        self.assertListEqual([1, 2, 3], [1, 2, 4])

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(TestSlug))
suite.addTests(loader.loadTestsFromTestCase(TestStack))
result = runner.run(suite)
out = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in X", stream.getvalue())
out = re.sub(r'File ".*?([^/]+\.py)"', r'File "\1"', out)
print(out)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
print([t.id() for t, _ in result.failures])
