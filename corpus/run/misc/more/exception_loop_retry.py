# features: [misc]
# stages: [run]
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f'fail {attempts}')
    return 'ok'
for i in range(5):
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print('retry after', e)
print(attempts)
