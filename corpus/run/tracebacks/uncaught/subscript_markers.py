# features: [tracebacks, uncaught-exception]
# stages: [run]
data = {'rows': [{'v': 1}]}
print(data['rows'][0]['w'])
