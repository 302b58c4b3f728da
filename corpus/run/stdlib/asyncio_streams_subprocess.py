# features: [import, stdlib-asyncio, stdlib-socket, stdlib-subprocess]
# stages: [run]
# flags: [needs-stdlib]
import asyncio


async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(b"echo: " + line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    reader, writer = await asyncio.open_connection(host, port)
    for msg in (b"first\n", b"second\n"):
        writer.write(msg)
        await writer.drain()
        print(await reader.readline())
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

    proc = await asyncio.create_subprocess_exec(
        "sh", "-c", "read x; echo got $x; echo oops >&2; exit 4",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b"value\n")
    print(out, err, proc.returncode)
    proc = await asyncio.create_subprocess_shell("echo shell; echo two", stdout=asyncio.subprocess.PIPE)
    lines = [line async for line in proc.stdout]
    print(lines, await proc.wait())

    rsock, wsock = __import__("socket").socketpair()
    loop = asyncio.get_running_loop()
    rsock.setblocking(False)
    wsock.setblocking(False)
    await loop.sock_sendall(wsock, b"raw bytes")
    print(await loop.sock_recv(rsock, 100))
    rsock.close()
    wsock.close()


asyncio.run(main())
