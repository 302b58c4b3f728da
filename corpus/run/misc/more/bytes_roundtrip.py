# features: [misc]
# stages: [run]
s = 'héllo wörld €'
for enc in ['utf-8', 'latin-1', 'ascii', 'utf-16-le', 'utf-32']:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:8], b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, 'UnicodeEncodeError', e)
print(b'\xc3\xa9'.decode(), b'\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', 'ignore'))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(e)
