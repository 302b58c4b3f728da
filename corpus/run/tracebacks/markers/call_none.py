# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
handler = None
handler('event')
