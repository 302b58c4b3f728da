# features: [import, stdlib-socket, threading]
# stages: [run]
# flags: [needs-stdlib]
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, port > 0)


def serve():
    conn, addr = srv.accept()
    with conn:
        print("server: peer host", addr[0])
        data = b""
        while not data.endswith(b"\n"):
            data += conn.recv(1024)
        conn.sendall(data.upper())


t = threading.Thread(target=serve)
t.start()
with socket.create_connection((host, port)) as c:
    c.sendall(b"hello tcp\n")
    reply = b""
    while not reply.endswith(b"\n"):
        reply += c.recv(1024)
    print("client got", reply)
    print(c.getpeername() == (host, port))
t.join()
srv.close()

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b"datagram", u1.getsockname())
data, addr = u1.recvfrom(100)
print(data, addr[0])
u1.close()
u2.close()
c = socket.socket()
print(c.connect_ex(("127.0.0.1", port)) != 0)
c.close()
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
