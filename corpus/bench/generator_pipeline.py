# features: [bench, generators]
# stages: [run]
# flags: [slow]
def numbers(n):
    for i in range(n):
        yield i

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def chunked(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

total = 0
count = 0
for chunk in chunked(evens(squares(numbers(5400000))), 100):
    total += sum(chunk)
    count += 1
print(total, count, sum(x for x in range(2700000) if x % 3 == 0))
