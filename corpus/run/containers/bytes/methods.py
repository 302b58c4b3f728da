# features: [bytes, bytes-methods]
# stages: [run]
b = b'  Mixed Case, bytes  '
print(b.lower(), b.swapcase(), b.strip(), b.lstrip(), b.rstrip(b' s'), b.center(30, b'*'), b.ljust(25, b'-'), b.zfill(25))
print(b.partition(b','), b.rpartition(b' '), b.split(b','), b.rsplit(None, 1), b'a\nb\r\nc'.splitlines(), b'a,b'.join([b'x', b'y']))
print(b.isalpha(), b'abc'.isalpha(), b'12'.isdigit(), b' '.isspace(), b'Ab Cd'.istitle(), b.index(b'C'), b.removeprefix(b'  '), b.expandtabs())
print(b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'hello'.translate(None, b'l'), b'%d-%s' % (1, b'x'))
