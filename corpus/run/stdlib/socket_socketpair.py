# features: [import, stdlib-socket]
# stages: [run]
# flags: [needs-stdlib]
import socket

a, b = socket.socketpair()
print(a.family, a.type, a.proto, repr(a.family), repr(a.type))
print(a.getsockname() == "", a.gettimeout(), a.getblocking())
a.sendall(b"hello over a socketpair")
print(b.recv(5), b.recv(100))
buf = bytearray(8)
b.send(b"into")
print(a.recv_into(buf), buf)
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(1)
except socket.timeout as e:
    print("timeout:", type(e).__name__, e)
a.setblocking(False)
try:
    a.recv(1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
b.shutdown(socket.SHUT_WR)
a.setblocking(True)
print("eof", a.recv(10))
with a, b:
    f = a.makefile("rwb")
    print(type(f).__name__)
    f.close()
print(a.fileno(), a._closed, "[closed]" in repr(a))

print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x0a\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, bytes(15) + b"\x01"))
print(socket.inet_ntop(socket.AF_INET, socket.inet_pton(socket.AF_INET, "192.168.1.20")))
for bad in (lambda: socket.htons(-1), lambda: socket.htonl(2**32), lambda: socket.inet_aton("x.y"),
            lambda: socket.inet_ntoa(b"abc"), lambda: socket.inet_ntop(socket.AF_INET, b"abc")):
    try:
        bad()
    except (OSError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(socket.AF_INET, socket.SOCK_DGRAM, socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY)
print(issubclass(socket.gaierror, OSError), socket.error is OSError, socket.timeout is TimeoutError, socket.has_ipv6)
print(socket.getdefaulttimeout(), isinstance(socket.gethostname(), str))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(s.type, s.family, s.getsockname())
s.close()
try:
    socket.socket().bind("x")
except TypeError as e:
    print(e)
