# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
text = 'a,b'
print(text.split(',')[0].upper().missing())
