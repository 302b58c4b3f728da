# features: [import, stdlib-unittest]
# stages: [run]
# flags: [needs-stdlib]
import unittest
import io

class T(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
    @unittest.skip("no reason")
    def test_skip(self):
        pass

stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(T)
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
print(result.failures[0][0].id())
