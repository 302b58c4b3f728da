# features: [str]
# stages: [run]
words = ['apple', 'Apple', 'banana', 'apple pie', 'é', 'z', '', 'Z', '10', '9']
print(sorted(words))
print('a' < 'b', 'a' < 'B', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'é' > 'z', '😀' > 'é', max(words), min(words))
print('a' * 3, 3 * 'ab', 'x' * 0, 'x' * -1, 'a' + 'b', 'abc' == 'abc', 'a' != 'A')
