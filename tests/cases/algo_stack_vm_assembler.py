# A two-pass assembler and a stack virtual machine with labels, calls, a data stack, and
# runtime error reporting with the failing instruction's line number.
SOURCE = """
; compute factorials and gcds, print results
        push 1
        store i
loop:   load i
        push 8
        gt
        jmpif done
        load i
        call fact
        print
        load i
        push 1
        add
        store i
        jmp loop
done:   push 1071
        push 462
        call gcd
        print
        push 2
        push 100
        call power
        print
        halt

fact:   dup             ; n -> n!
        push 2
        lt
        jmpif fact_base
        dup
        push 1
        sub
        call fact
        mul
        ret
fact_base:
        pop
        push 1
        ret

gcd:    dup             ; a b -> gcd(a, b)
        push 0
        eq
        jmpif gcd_done
        swap
        over
        mod
        jmp gcd
gcd_done:
        pop
        ret

power:  store e         ; b e -> b**e (iterative, uses globals)
        store b
        push 1
ploop:  load e
        push 0
        eq
        jmpif pdone
        load b
        mul
        load e
        push 1
        sub
        store e
        jmp ploop
pdone:  ret
"""

class VMError(Exception):
    pass

def assemble(src):
    program, labels = [], {}
    for lineno, raw in enumerate(src.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if ":" in line:
            label, line = line.split(":", 1)
            labels[label.strip()] = len(program)
            line = line.strip()
            if not line:
                continue
        op, *args = line.split()
        program.append((op, args, lineno))
    resolved = []
    for op, args, lineno in program:
        if op in ("jmp", "jmpif", "call"):
            if args[0] not in labels:
                raise VMError("line %d: unknown label %r" % (lineno, args[0]))
            args = [labels[args[0]]]
        elif op == "push":
            args = [int(args[0])]
        resolved.append((op, args, lineno))
    return resolved, labels

BINOPS = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
          "mod": lambda a, b: a % b, "div": lambda a, b: a // b, "lt": lambda a, b: int(a < b),
          "gt": lambda a, b: int(a > b), "eq": lambda a, b: int(a == b)}

def run(program, trace_limit=0):
    stack, calls, globals_, pc, steps, output = [], [], {}, 0, 0, []
    while True:
        op, args, lineno = program[pc]
        pc += 1
        steps += 1
        try:
            if op == "push":
                stack.append(args[0])
            elif op == "pop":
                stack.pop()
            elif op == "dup":
                stack.append(stack[-1])
            elif op == "swap":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif op == "over":
                stack.append(stack[-2])
            elif op in BINOPS:
                b, a = stack.pop(), stack.pop()
                stack.append(BINOPS[op](a, b))
            elif op == "store":
                globals_[args[0]] = stack.pop()
            elif op == "load":
                stack.append(globals_[args[0]])
            elif op == "jmp":
                pc = args[0]
            elif op == "jmpif":
                if stack.pop():
                    pc = args[0]
            elif op == "call":
                calls.append(pc)
                pc = args[0]
            elif op == "ret":
                pc = calls.pop()
            elif op == "print":
                output.append(stack.pop())
            elif op == "halt":
                return output, steps, stack
            else:
                raise VMError("line %d: unknown instruction %r" % (lineno, op))
        except (IndexError, KeyError, ZeroDivisionError) as e:
            raise VMError("line %d: %s failed: %s: %s" % (lineno, op, type(e).__name__, e)) from e

program, labels = assemble(SOURCE)
print(len(program), "instructions;", "labels:", sorted(labels.items(), key=lambda kv: kv[1]))
output, steps, stack = run(program)
print(output)
print("steps", steps, "final stack", stack)
for bad in ("push 1\npush 0\ndiv\nhalt", "pop\nhalt", "load nowhere\nhalt", "jmp missing", "push 1\nfrobnicate\nhalt"):
    try:
        print(run(assemble(bad)[0]))
    except VMError as e:
        print("VMError:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
