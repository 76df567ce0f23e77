# os.environ changes reach child processes started with os.system; wait statuses.
import os
import sys


def run(cmd):
    sys.stdout.flush()  # the child writes straight to the shared stdout
    status = os.system(cmd)
    print("status", status, "exit code", os.waitstatus_to_exitcode(status))


os.environ["TOTE_CASE_GREETING"] = "hello from the parent"
run('echo "child sees: $TOTE_CASE_GREETING"')

os.environ["TOTE_CASE_GREETING"] = "changed"
run('echo "child sees: $TOTE_CASE_GREETING"')

del os.environ["TOTE_CASE_GREETING"]
run('echo "child sees: ${TOTE_CASE_GREETING-unset}"')

os.putenv("TOTE_CASE_PUT", "via putenv")
print("in os.environ:", "TOTE_CASE_PUT" in os.environ)
run('echo "child sees: $TOTE_CASE_PUT"')
os.unsetenv("TOTE_CASE_PUT")
run('echo "child sees: ${TOTE_CASE_PUT-unset}"')

os.environ.update(TOTE_A="1", TOTE_B="2")
run('test "$TOTE_A$TOTE_B" = 12')
os.environ.pop("TOTE_A")
os.environ.setdefault("TOTE_C", "3")
run('echo "$TOTE_B ${TOTE_A-none} $TOTE_C"')
os.environ.clear()
run('echo "after clear: ${TOTE_B-gone} ${HOME-no home}"')

run("exit 3")
run("kill -9 $$")
print(os.WIFEXITED(768), os.WEXITSTATUS(768), os.WIFSIGNALED(9), os.WTERMSIG(9))
print(os.system(b"true"))

for bad in [lambda: os.system(1), lambda: os.system("a\0b"), lambda: os.system(),
            lambda: os.waitstatus_to_exitcode(-1), lambda: os.WEXITSTATUS("x"),
            lambda: os.waitstatus_to_exitcode(2**40), lambda: os.WTERMSIG(-2**70)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
