# features: [realworld, stdlib-unittest]
# stages: [run]
# flags: [needs-stdlib]
import unittest

def fizzbuzz(n):
    if n % 15 == 0: return "FizzBuzz"
    if n % 3 == 0: return "Fizz"
    if n % 5 == 0: return "Buzz"
    return str(n)

class FizzBuzzTest(unittest.TestCase):
    def test_numbers(self):
        self.assertEqual(fizzbuzz(1), "1")
    def test_fizz(self):
        self.assertEqual(fizzbuzz(9), "Fizz")
    def test_buzz(self):
        self.assertEqual(fizzbuzz(10), "Buzz")
    def test_fizzbuzz(self):
        self.assertEqual(fizzbuzz(30), "FizzBuzz")

if __name__ == "__main__":
    print([fizzbuzz(i) for i in range(1, 16)])
    unittest.main(argv=["prog", "-q"], exit=False)
    print("after main")
