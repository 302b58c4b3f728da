# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
first_value = 10
second_value = 'text'
result = first_value * 2 - second_value
