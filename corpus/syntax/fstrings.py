# features: [fstring, strings]
# stages: [tokens, ast, dis]
x = f"a{b!r:>{w}} {c=} {d!s:{e}.{f}}" 'u' u'x' 'y'
y = b'z' rb'\d' Rb"\x00"
z = f'''
  {
 x}
{y:{z}}'''
t = f"{'nested'}" f"{x:%Y-%m-%d}" "plain" f"{{literal}}"
s = '\N{EM DASH}\t\x00\u1234\U0001F600' r'\N{x}'
q = f"{a['k']!a}" f'{3.14:.2f}' f"{x,}" f"{x if y else z}"
