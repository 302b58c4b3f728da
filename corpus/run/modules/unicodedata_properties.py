# features: [unicodedata]
# stages: [run]
# unicodedata 14.0.0: properties, names, lookup, numeric values, normalization, errors.
import unicodedata as ud

print(ud.unidata_version, ud.ucd_3_2_0.unidata_version, type(ud.ucd_3_2_0).__name__)
samples = 'aZ5 \t\u00e9\u00bd\u00b2\u0663\u4e07\u2167\u0301\u05d0\u0627\u200d\u3042\uff21\uac01\u03a3\u1e9e\U0001F600\U00020000\ufb01\u2028\ue000\u0378\U00031350'
for c in samples:
    print('U+%04X' % ord(c), ud.category(c), repr(ud.bidirectional(c)), ud.combining(c), ud.mirrored(c),
          ud.east_asian_width(c), repr(ud.decomposition(c)), ud.name(c, '?'),
          ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None))
print(ud.mirrored('('), ud.mirrored('\u2208'), ud.combining('\u0316'), ud.bidirectional('\u0661'))

for name in ['LATIN SMALL LETTER A', 'latin small letter e with acute', 'SNOWMAN', 'HANGUL SYLLABLE GAG',
             'CJK UNIFIED IDEOGRAPH-4E00', 'BYTE ORDER MARK', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE',
             'NO SUCH THING', 'x' * 300]:
    try:
        print(repr(ud.lookup(name)))
    except KeyError as e:
        print('KeyError', e)

for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['caf\u00e9', 'cafe\u0301', '\ufb01ne', '\u2460\u00bd', '\u1e9b\u0323', 'A\u030a\u0327',
              '\uac00\u11a8', '\u1100\u1161\u11a8', '\u0958', 'x\u0323\u0307\u0302', '\u212b', 'abc', '']:
        r = ud.normalize(form, s)
        print(form, ascii(s), ascii(r), ud.is_normalized(form, s), ud.is_normalized(form, r))

def strip_accents(s):
    return ''.join(c for c in ud.normalize('NFD', s) if ud.category(c) != 'Mn')
print(strip_accents('Cr\u00e8me Br\u00fbl\u00e9e \u00e0 la fa\u00e7on de Z\u00fcrich'))
counts = {}
for c in 'Hello, W\u00f6rld! 123 \u00bd \u4e2d\u6587':
    counts[ud.category(c)] = counts.get(ud.category(c), 0) + 1
print(sorted(counts.items()))

for call in [lambda: ud.name('\x00'), lambda: ud.decimal('x'), lambda: ud.digit('x'), lambda: ud.numeric('x'),
             lambda: ud.normalize('NFX', 'a'), lambda: ud.category('ab'), lambda: ud.category(5),
             lambda: ud.normalize('NFC', 5), lambda: ud.decimal(5)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ud.ucd_3_2_0.category('a'), ud.ucd_3_2_0.normalize('NFC', 'e\u0301'))
