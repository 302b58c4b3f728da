# features: [import, stdlib-subprocess]
# stages: [run]
# flags: [needs-stdlib]
import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True, text=True)
print(repr(r.stdout), r.returncode, r.args)
r = subprocess.run("echo a; echo b >&2; exit 2", shell=True, capture_output=True, text=True)
print(r)
print(subprocess.check_output(["printf", "x\\ny"]).splitlines())
try:
    subprocess.run(["/nonexistent/prog"], capture_output=True)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
try:
    subprocess.run(["definitely-not-a-command-xyz"], capture_output=True)
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(["true"], cwd="/nonexistent/dir")
except FileNotFoundError as e:
    print("cwd", e.filename)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"piped data")
print(out, err, p.returncode)
r = subprocess.run(["pwd"], cwd="/", capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar"}, capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout)
r = subprocess.run(["cat"], input="text input\n", capture_output=True, text=True)
print(repr(r.stdout))
print(subprocess.getoutput("echo hi"), subprocess.getstatusoutput("exit 3"))
r = subprocess.run(["sh", "-c", "exit 7"])
print(r.returncode)
try:
    subprocess.run(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)
print(subprocess.run(["wc", "-c"], input=b"12345", capture_output=True).stdout.strip())
