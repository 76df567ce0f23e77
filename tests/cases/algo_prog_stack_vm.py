"""A small assembler and stack virtual machine with labels, calls and traps."""
import sys
from collections import deque, defaultdict
from functools import wraps


class AsmError(Exception):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno


class Trap(Exception):
    pass


OPCODES = {}


def opcode(name, nargs=0):
    def deco(fn):
        @wraps(fn)
        def run(vm, *args):
            try:
                return fn(vm, *args)
            except IndexError:
                raise Trap(f"stack underflow in {name.upper()} at pc={vm.pc}") from None
        run.nargs = nargs
        run.mnemonic = name
        OPCODES[name] = run
        return run
    return deco


class VM:
    def __init__(self, program, labels, out=None, max_steps=10000):
        self.program = program
        self.labels = labels
        self.stack = []
        self.calls = []
        self.pc = 0
        self.out = out if out is not None else []
        self.steps = 0
        self.max_steps = max_steps
        self.memory = defaultdict(int)
        self.profile = defaultdict(int)

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        return self.stack.pop()

    def run(self):
        while self.pc < len(self.program):
            if self.steps >= self.max_steps:
                raise Trap(f"step limit {self.max_steps} exceeded")
            op, args = self.program[self.pc]
            self.pc += 1
            self.steps += 1
            self.profile[op] += 1
            if OPCODES[op](self, *args) == "halt":
                break
        return self


@opcode("push", 1)
def _push(vm, v):
    vm.push(v)


@opcode("pop")
def _pop(vm):
    vm.pop()


@opcode("dup")
def _dup(vm):
    vm.push(vm.stack[-1])


@opcode("swap")
def _swap(vm):
    vm.stack[-1], vm.stack[-2] = vm.stack[-2], vm.stack[-1]


@opcode("over")
def _over(vm):
    vm.push(vm.stack[-2])


def _binary(name, fn):
    @opcode(name)
    def impl(vm):
        b, a = vm.pop(), vm.pop()
        try:
            vm.push(fn(a, b))
        except ZeroDivisionError:
            raise Trap(f"division by zero at pc={vm.pc - 1}")
    impl.__doc__ = f"binary {name}"
    return impl


for _name, _fn in {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
                   "div": lambda a, b: a // b, "mod": lambda a, b: a % b,
                   "lt": lambda a, b: int(a < b), "eq": lambda a, b: int(a == b)}.items():
    _binary(_name, _fn)
del _name, _fn


@opcode("jmp", 1)
def _jmp(vm, target):
    vm.pc = target


@opcode("jz", 1)
def _jz(vm, target):
    if vm.pop() == 0:
        vm.pc = target


@opcode("call", 1)
def _call(vm, target):
    if len(vm.calls) > 64:
        raise Trap("call stack overflow")
    vm.calls.append(vm.pc)
    vm.pc = target


@opcode("ret")
def _ret(vm):
    vm.pc = vm.calls.pop()


@opcode("load", 1)
def _load(vm, addr):
    vm.push(vm.memory[addr])


@opcode("store", 1)
def _store(vm, addr):
    vm.memory[addr] = vm.pop()


@opcode("print")
def _print(vm):
    vm.out.append(str(vm.pop()))


@opcode("halt")
def _halt(vm):
    return "halt"


def assemble(text):
    program, labels, fixups = [], {}, []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        while ":" in line:
            label, _, line = line.partition(":")
            label = label.strip()
            if not label.isidentifier():
                raise AsmError(lineno, f"bad label {label!r}")
            if label in labels:
                raise AsmError(lineno, f"duplicate label {label!r}")
            labels[label] = len(program)
            line = line.strip()
        if not line:
            continue
        mnemonic, *operands = line.split()
        mnemonic = mnemonic.lower()
        if mnemonic not in OPCODES:
            raise AsmError(lineno, f"unknown instruction {mnemonic!r}")
        want = OPCODES[mnemonic].nargs
        if len(operands) != want:
            raise AsmError(lineno, f"{mnemonic} takes {want} operand{'s' if want != 1 else ''}, got {len(operands)}")
        args = []
        for o in operands:
            try:
                args.append(int(o, 0))
            except ValueError:
                fixups.append((len(program), len(args), o, lineno))
                args.append(None)
        program.append((mnemonic, args))
    for idx, argi, name, lineno in fixups:
        if name not in labels:
            raise AsmError(lineno, f"undefined label {name!r}")
        program[idx][1][argi] = labels[name]
    return program, labels


def disassemble(program, labels):
    by_addr = defaultdict(list)
    for name, addr in labels.items():
        by_addr[addr].append(name)
    lines = []
    for addr, (op, args) in enumerate(program):
        for name in by_addr.get(addr, ()):
            lines.append(f"{name}:")
        shown = " ".join(str(a) for a in args)
        lines.append(f"  {addr:04d}  {op:<6}{shown}")
    return "\n".join(lines)


FACT = """
; iterative factorial of 20, then recursive fib(12)
        push 20
        store 0
        push 1
        store 1
loop:   load 0
        jz done
        load 1
        load 0
        mul
        store 1
        load 0
        push 1
        sub
        store 0
        jmp loop
done:   load 1
        print
        push 12
        call fib
        print
        halt
fib:    dup             ; n n
        push 2
        lt              ; n n<2
        jz recurse
        ret
recurse: dup
        push 1
        sub
        call fib        ; n fib(n-1)
        swap            ; fib(n-1) n
        push 2
        sub
        call fib
        add
        ret
"""

PROGRAMS = {
    "fact+fib": FACT,
    "divzero": "push 1\npush 0\ndiv\nprint",
    "underflow": "push 1\nadd",
    "forever": "top: jmp top",
    "deep": "f: call f",
    "badop": "push 1\nfrobnicate",
    "badarg": "push",
    "undef": "jmp nowhere",
    "dup-label": "a: push 1\na: push 2",
    "hex": "push 0x10\npush 0o17\npush 0b101\nadd\nadd\nprint\npush -3\npush 2\nmod\nprint\npush -7\npush 2\ndiv\nprint",
    "multi-label": "x: y: z: push 5\nprint\nhalt\npush 6\nprint",
}


def main():
    for name, src in PROGRAMS.items():
        print(f"--- {name} ---")
        try:
            program, labels = assemble(src)
        except AsmError as e:
            print("assembly failed:", e, "(line attr", e.lineno, ")")
            continue
        if name == "fact+fib":
            print(disassemble(program, labels))
        vm = VM(program, labels, max_steps=5000)
        try:
            vm.run()
            status = "ok"
        except Trap as t:
            status = f"trap: {t}"
        print(status, "| out:", vm.out, "| steps:", vm.steps, "| stack:", vm.stack[-3:], "| depth:", len(vm.calls))
        top = sorted(vm.profile.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
        print("   hot:", ", ".join(f"{k}={v}" for k, v in top))
    print(sorted(OPCODES), OPCODES["add"].__doc__, OPCODES["push"].__name__, OPCODES["push"].__wrapped__.__name__)


main()
