# features: [test_tokenize, continuation, indentation]
# stages: [tokens]
def fib(n):
    \
'''Print a Fibonacci series up to n.'''
    \
a, b = 0, 1
