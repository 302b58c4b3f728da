# features: [import, stdlib-selectors, stdlib-select]
# stages: [run]
# flags: [needs-stdlib]
import os
import select
import selectors
import socket

r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"x")
print(select.select([r], [], [], 0)[0] == [r])
p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(sorted(ev for fd, ev in p.poll(0)))
p.unregister(w)
try:
    p.unregister(w)
except KeyError as e:
    print("KeyError", e.args[0] == w)
print(os.read(r, 1))
print(p.poll(0))

ep = select.epoll()
ep.register(r, select.EPOLLIN)
print(ep.poll(0))
os.write(w, b"yz")
print([(fd == r, ev) for fd, ev in ep.poll(0.1)])
try:
    ep.register(r)
except FileExistsError as e:
    print("FileExistsError", e.errno)
ep.close()
print(ep.closed)
try:
    ep.poll()
except ValueError as e:
    print(e)
for bad in (lambda: select.select([-1], [], []), lambda: select.select([], [], [], -1), lambda: select.select([object()], [], [])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.close(r)
os.close(w)

sel = selectors.DefaultSelector()
print(type(sel).__name__)
a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)
sel.register(a, selectors.EVENT_READ, data="reader-a")
sel.register(b, selectors.EVENT_WRITE, data="writer-b")
for key, mask in sel.select(0):
    print(key.data, mask)
b.send(b"ping")
sel.modify(b, selectors.EVENT_READ, data="reader-b")
for key, mask in sel.select(1):
    print(key.data, mask, key.fileobj.recv(10))
print(sel.get_key(a).events, len(sel.get_map()))
sel.unregister(a)
sel.close()
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    s = cls()
    s.register(b, selectors.EVENT_WRITE)
    print(cls.__name__, [(k.fileobj is b, m) for k, m in s.select(0)])
    s.close()
a.close()
b.close()
