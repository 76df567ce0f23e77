//! The bytecode: the contract between the compiler (`compiler/`) and the VM (`vm/`).
//!
//! A `CodeObject` is plain data. It serialises with serde + postcard, and that serialised
//! form is what the bytecode cache and the bundle archive hold. Bump `FORMAT_VERSION` whenever
//! the meaning or layout of anything in this file changes: a cache entry or archive written
//! with another version is recompiled, never misread.
//!
//! The machine is a stack machine in the spirit of CPython 3.11. One instruction is an opcode
//! plus a 32-bit argument. Jump arguments are absolute instruction indices (not byte offsets).
//! Exceptions are found through an exception table, not a block stack: the code on the
//! non-raising path pays nothing for a `try`.
//!
//! Stack effects below are written `[before] -> [after]`, top of stack on the right.

use serde::{Deserialize, Serialize};

/// Version of everything in this file. Part of every cache key and archive header.
pub const FORMAT_VERSION: u32 = 9;

/// Flags of a `CodeObject` (`CodeObject::flags`).
pub mod code_flags {
    /// The function takes `*args`: the local after the keyword-only ones.
    pub const VARARGS: u32 = 0x04;
    /// The function takes `**kwargs`: the local after `*args` (or after the keyword-only ones).
    pub const VARKEYWORDS: u32 = 0x08;
    /// A nested function (defined inside another function).
    pub const NESTED: u32 = 0x10;
    /// Calling it makes a generator instead of running the body.
    pub const GENERATOR: u32 = 0x20;
    /// Calling it makes a coroutine (`async def` without `yield`, or an async comprehension).
    pub const COROUTINE: u32 = 0x80;
    /// A generator that may be awaited like a coroutine (`types.coroutine`).
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    /// Calling it makes an async generator (`async def` with `yield`, or an async genexpr).
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// The body of a module, a class or `exec`'d code: names resolve with LoadName/StoreName.
    pub const MODULE_OR_CLASS: u32 = 0x1000;
}

/// `MakeFunction` argument bits: which optional pieces sit below the code object.
pub mod make_function_flags {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

/// `FormatValue` argument: low two bits are the conversion, bit 2 says a spec is on the stack.
pub mod format_flags {
    pub const CONV_MASK: u32 = 0x03;
    pub const CONV_NONE: u32 = 0;
    pub const CONV_STR: u32 = 1;
    pub const CONV_REPR: u32 = 2;
    pub const CONV_ASCII: u32 = 3;
    pub const HAS_SPEC: u32 = 0x04;
}

/// Operators of `BinaryOp`, in CPython's `NB_*` order: the argument is `op as u32`.
/// The in-place variants try `__iadd__` etc. first and fall back to the plain operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLshift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRshift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl BinOp {
    pub const ALL: [BinOp; 26] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDivide,
        BinOp::Lshift,
        BinOp::MatrixMultiply,
        BinOp::Multiply,
        BinOp::Remainder,
        BinOp::Or,
        BinOp::Power,
        BinOp::Rshift,
        BinOp::Subtract,
        BinOp::TrueDivide,
        BinOp::Xor,
        BinOp::InplaceAdd,
        BinOp::InplaceAnd,
        BinOp::InplaceFloorDivide,
        BinOp::InplaceLshift,
        BinOp::InplaceMatrixMultiply,
        BinOp::InplaceMultiply,
        BinOp::InplaceRemainder,
        BinOp::InplaceOr,
        BinOp::InplacePower,
        BinOp::InplaceRshift,
        BinOp::InplaceSubtract,
        BinOp::InplaceTrueDivide,
        BinOp::InplaceXor,
    ];

    pub fn from_arg(arg: u32) -> Option<BinOp> {
        BinOp::ALL.get(arg as usize).copied()
    }

    /// The operator symbol as CPython prints it in `unsupported operand type(s) for +: …`.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDivide => "//",
            BinOp::Lshift => "<<",
            BinOp::MatrixMultiply => "@",
            BinOp::Multiply => "*",
            BinOp::Remainder => "%",
            BinOp::Or => "|",
            BinOp::Power => "**",
            BinOp::Rshift => ">>",
            BinOp::Subtract => "-",
            BinOp::TrueDivide => "/",
            BinOp::Xor => "^",
            BinOp::InplaceAdd => "+=",
            BinOp::InplaceAnd => "&=",
            BinOp::InplaceFloorDivide => "//=",
            BinOp::InplaceLshift => "<<=",
            BinOp::InplaceMatrixMultiply => "@=",
            BinOp::InplaceMultiply => "*=",
            BinOp::InplaceRemainder => "%=",
            BinOp::InplaceOr => "|=",
            BinOp::InplacePower => "**=",
            BinOp::InplaceRshift => ">>=",
            BinOp::InplaceSubtract => "-=",
            BinOp::InplaceTrueDivide => "/=",
            BinOp::InplaceXor => "^=",
        }
    }

    /// The plain operator behind an in-place one (`InplaceAdd` -> `Add`); itself otherwise.
    pub fn base(self) -> BinOp {
        let n = self as u8;
        if n >= 13 {
            BinOp::ALL[(n - 13) as usize]
        } else {
            self
        }
    }

    pub fn is_inplace(self) -> bool {
        self as u8 >= 13
    }
}

/// Comparison operators of `CompareOp`: the argument is `op as u32`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    pub fn from_arg(arg: u32) -> Option<CmpOp> {
        Some(match arg {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            2 => CmpOp::Eq,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            5 => CmpOp::Ge,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// The opcodes. Each documents its argument and stack effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[repr(u8)]
pub enum Op {
    // ----- stack -----
    /// Does nothing.
    Nop,
    /// `[a] -> []`
    PopTop,
    /// arg n >= 1: push a copy of the n-th item (1 = top). `[.. x_n .. x_1] -> [.. x_n .. x_1 x_n]`
    Copy,
    /// arg n >= 2: swap the top with the n-th item.
    Swap,

    // ----- constants and names -----
    /// arg = index into `constants`. `[] -> [c]`
    LoadConst,
    /// arg = index into `varnames`. Raises UnboundLocalError if unbound. `[] -> [v]`
    LoadFast,
    /// arg = index into `varnames`. `[v] -> []`
    StoreFast,
    /// arg = index into `varnames`. Raises UnboundLocalError if unbound.
    DeleteFast,
    /// arg = index into `cellvars ++ freevars`. Reads the cell's content.
    /// Unbound: NameError "cannot access free variable 'x' where it is not associated with a
    /// value in enclosing scope" for a free var, UnboundLocalError for an own cell var.
    LoadDeref,
    /// arg = index into `cellvars ++ freevars`. `[v] -> []`
    StoreDeref,
    /// arg = index into `cellvars ++ freevars`. Empties the cell.
    DeleteDeref,
    /// arg = index into `cellvars ++ freevars`. Pushes the cell object itself (for closures).
    LoadClosure,
    /// Class bodies only. arg = index into `cellvars ++ freevars`: look the name up in the
    /// class namespace first, then read the cell.
    LoadClassDeref,
    /// arg = index into `names`. Globals, then builtins. NameError if missing.
    LoadGlobal,
    /// arg = index into `names`.
    StoreGlobal,
    /// arg = index into `names`.
    DeleteGlobal,
    /// arg = index into `names`. Locals (namespace) dict, then globals, then builtins.
    LoadName,
    /// arg = index into `names`. Stores into the locals (namespace) dict.
    StoreName,
    /// arg = index into `names`.
    DeleteName,

    // ----- attributes -----
    /// arg = index into `names`. `[obj] -> [obj.name]`
    LoadAttr,
    /// arg = index into `names`. `[v obj] -> []` does `obj.name = v`
    StoreAttr,
    /// arg = index into `names`. `[obj] -> []`
    DeleteAttr,
    /// arg = index into `names`. `[obj] -> [meth obj]` when `obj.name` is a plain function
    /// found on the type (the bound method is never built), else `[obj.name NULL]`.
    /// Always followed (after the arguments) by `CallMethod` or `CallMethodKw`.
    LoadMethod,

    // ----- operators -----
    /// arg = `BinOp as u32`. `[a b] -> [a op b]`
    BinaryOp,
    /// `[a] -> [-a]`
    UnaryNegative,
    /// `[a] -> [+a]`
    UnaryPositive,
    /// `[a] -> [not a]`
    UnaryNot,
    /// `[a] -> [~a]`
    UnaryInvert,
    /// arg = `CmpOp as u32`. `[a b] -> [a op b]`
    CompareOp,
    /// arg 0: `is`, 1: `is not`. `[a b] -> [bool]`
    IsOp,
    /// arg 0: `in`, 1: `not in`. `[a b] -> [a in b]`
    ContainsOp,

    // ----- subscripts -----
    /// `[container key] -> [container[key]]`
    BinarySubscr,
    /// `[v container key] -> []` does `container[key] = v`
    StoreSubscr,
    /// `[container key] -> []`
    DeleteSubscr,
    /// arg 2 or 3. `[start stop] -> [slice]` or `[start stop step] -> [slice]`
    BuildSlice,

    // ----- building -----
    /// arg = n. `[x1 .. xn] -> [(x1, .., xn)]`
    BuildTuple,
    /// arg = n. `[x1 .. xn] -> [[x1, .., xn]]`
    BuildList,
    /// arg = n. `[x1 .. xn] -> [{x1, .., xn}]`
    BuildSet,
    /// arg = n pairs. `[k1 v1 .. kn vn] -> [{k1: v1, ..}]`
    BuildMap,
    /// arg = n. `[s1 .. sn] -> [s1 + .. + sn]` (all are str: f-string pieces)
    BuildString,
    /// arg = i. `[list .. (i-1 items) .. v] -> [list ..]`: `list.append(v)` on the i-th item
    /// counting the popped v as 0 (so `ListAppend 1` appends to the item just below v).
    ListAppend,
    /// arg = i, as ListAppend. `set.add(v)`
    SetAdd,
    /// arg = i, as ListAppend but pops two. `[dict .. k v] -> [dict ..]`
    MapAdd,
    /// arg = i, as ListAppend. `list.extend(iterable)`
    ListExtend,
    /// arg = i, as ListAppend. `set.update(iterable)`
    SetUpdate,
    /// arg = i, as ListAppend. `dict.update(mapping)` (for `{**a}`)
    DictUpdate,
    /// arg = i, as ListAppend. Like DictUpdate but a repeated key raises CPython's
    /// "f() got multiple values for keyword argument 'k'" (for `f(**a, **b)`); the function
    /// for the message is the item 2 below the dict.
    DictMerge,
    /// `[list] -> [tuple(list)]`
    ListToTuple,

    // ----- f-strings -----
    /// arg = `format_flags`. `[v] -> [str]` or `[v spec] -> [str]`
    FormatValue,

    // ----- unpacking -----
    /// arg = n. `[seq] -> [xn .. x1]` (x1 on top). ValueError with CPython's messages:
    /// "not enough values to unpack (expected 3, got 2)", "too many values to unpack (expected 2)".
    UnpackSequence,
    /// arg = before | (after << 8). `a, *b, c = seq`: `[seq] -> [c_after.. list a_before..]`
    /// pushed so that the first target is on top.
    UnpackEx,

    // ----- calls and functions -----
    /// arg = argc. `[callable a1 .. an] -> [result]`
    Call,
    /// arg = argc (positional + keyword values). `[callable a1 .. an kwnames] -> [result]`;
    /// `kwnames` is a constant tuple of str naming the last len(kwnames) arguments.
    CallKw,
    /// arg = argc. `[meth self_or_null a1 .. an] -> [result]` (see LoadMethod)
    CallMethod,
    /// arg = argc (positional + keyword values). `[meth self_or_null a1 .. an kwnames] ->
    /// [result]`: `obj.name(x, k=v)`, which CPython 3.11 also calls through LOAD_METHOD, so
    /// that a builtin method's errors name its defining class (`vm/method_call_errors.rs`).
    CallMethodKw,
    /// arg 0 or 1. `[callable args_tuple] -> [result]` or `[callable args_tuple kwargs_dict]`
    CallFunctionEx,
    /// arg = `make_function_flags`. Pops, top first: the code object, then the closure tuple
    /// (CLOSURE), the annotations dict (ANNOTATIONS), the keyword-defaults dict (KWDEFAULTS),
    /// the defaults tuple (DEFAULTS). Pushes the function. Its `__qualname__` comes from the
    /// code object's `qualname`.
    MakeFunction,
    /// `[v] -> []`, returns v from the frame.
    ReturnValue,
    /// `[] -> [builtins.__build_class__]`
    LoadBuildClass,
    /// Module/class body: creates `__annotations__` in the namespace if it is not there.
    SetupAnnotations,
    /// `[] -> [AssertionError]` (the class, not shadowable by a global of that name)
    LoadAssertionError,

    // ----- control flow -----
    /// arg = target index.
    Jump,
    /// arg = target. `[v] -> []`, jumps if `not v`.
    PopJumpIfFalse,
    /// arg = target. `[v] -> []`, jumps if `v`.
    PopJumpIfTrue,
    /// arg = target. If `not v` jumps and keeps v, else pops v.
    JumpIfFalseOrPop,
    /// arg = target. If `v` jumps and keeps v, else pops v.
    JumpIfTrueOrPop,
    /// arg = target. `[v] -> []`, jumps if v is None.
    PopJumpIfNone,
    /// arg = target. `[v] -> []`, jumps if v is not None.
    PopJumpIfNotNone,
    /// `[iterable] -> [iter(iterable)]`
    GetIter,
    /// arg = target. `[it] -> [it next(it)]`, or on exhaustion pops `it` and jumps to target.
    ForIter,

    // ----- generators -----
    /// `[v] -> [sent]`: suspends the generator yielding v; resumes with the sent value pushed.
    YieldValue,
    /// `[iterable] -> [iter]`: `iter()` of it, unless it is already a generator.
    GetYieldFromIter,
    /// `[iter v] -> [result]`: `yield from`. Sends v into iter (`next` when v is None).
    /// If iter yields x, the generator suspends yielding x with `[iter]` on the stack and the
    /// instruction pointer still at this instruction; resuming pushes the sent value, so the
    /// instruction runs again. When iter finishes, pops it and pushes its return value.
    /// `throw()`/`close()` into a generator suspended here are forwarded to iter.
    YieldFrom,

    // ----- exceptions -----
    /// arg 0: re-raise the exception being handled (bare `raise`); 1: `[exc] -> raise exc`;
    /// 2: `[exc cause] -> raise exc from cause`.
    RaiseVarargs,
    /// Raise the exception on top of the stack again, keeping its traceback. arg = 0, or 1 to
    /// also pop the item below it and set the frame's last instruction from it (the int the
    /// exception table pushed with `lasti`).
    Reraise,
    /// Start of an except/finally handler. `[exc] -> [prev_exc exc]`: saves the exception
    /// that was being handled (None if none) and makes exc the one being handled.
    PushExcInfo,
    /// End of a handler. `[prev_exc] -> []`: makes prev_exc the one being handled again.
    PopExcept,
    /// `[exc type] -> [exc bool]`: does exc match type (a class or a tuple of classes)?
    /// TypeError "catching classes that do not inherit from BaseException is not allowed".
    CheckExcMatch,
    /// `except* T`: `[exc type] -> [rest match]`. Splits exc (an exception group, a naked
    /// exception, or None when earlier clauses took everything) by type (a class or a tuple
    /// of classes): match is the part that matches (a naked exception wrapped in
    /// `ExceptionGroup('', (exc,))`) or None, rest what is left or None. A match becomes the
    /// exception being handled. TypeError for a type that is no exception class or is a
    /// group class.
    CheckEgMatch,
    /// End of the `except*` clauses: `[orig list] -> [result]`. list holds what the clauses
    /// raised, then the unmatched rest (None entries are skipped); result is the exception
    /// to re-raise (the re-raised parts projected onto orig's structure, grouped with the
    /// newly raised ones; a lone newly raised exception as it is), or None.
    PrepReraiseStar,
    /// `[mgr] -> [bound_exit mgr.__enter__()]`. TypeError "'X' object does not support the
    /// context manager protocol" when either method is missing.
    BeforeWith,
    /// In a with-statement's exception handler: `[exit lasti prev exc] ->
    /// [exit lasti prev exc result]` where result = `exit(type(exc), exc, exc.__traceback__)`.
    WithExceptStart,

    // ----- imports -----
    /// arg = index into `names` (dotted module name). `[level fromlist] -> [module]`
    /// `__import__(name, globals, None, fromlist, level)` semantics.
    ImportName,
    /// arg = index into `names`. `[module] -> [module attr]`; falls back to importing the
    /// submodule `module.name`. ImportError "cannot import name 'x' from 'm' (path)".
    ImportFrom,
    /// `[module] -> []`: `from module import *` into the namespace.
    ImportStar,

    // ----- structural pattern matching (`match`) -----
    /// `[obj] -> [obj len(obj)]`
    GetLen,
    /// `[subject] -> [subject bool]`: is the subject a mapping (a dict, or a class flagged as
    /// a mapping)?
    MatchMapping,
    /// `[subject] -> [subject bool]`: is the subject a sequence (list, tuple, range, or a class
    /// flagged as a sequence; never str, bytes or bytearray)?
    MatchSequence,
    /// `[subject keys] -> [subject keys values]`: values is a tuple of `subject.get(key)` for
    /// each key of the tuple keys, or None when a key is missing. A key repeated at run time
    /// raises ValueError "mapping pattern checks duplicate key (k)".
    MatchKeys,
    /// arg = number of positional sub-patterns. `[subject cls names] -> [attrs]`: attrs is a
    /// tuple of the positional (through `cls.__match_args__`) then keyword (names) attributes
    /// when subject is an instance of cls and has them all, else None.
    MatchClass,
    /// `[subject keys] -> [subject rest]`: rest is a new dict of the subject's items without
    /// the keys of the tuple keys (the `**rest` of a mapping pattern).
    CopyDictWithoutKeys,

    // ----- coroutines -----
    /// `[obj] -> [iter]`: the iterator that `await obj` drives with YIELD_FROM (a coroutine
    /// itself, or what `obj.__await__()` returns). arg 0: `await`, 1: the result of
    /// `__aenter__`, 2: the result of `__aexit__` (for the error messages).
    GetAwaitable,
    /// `[obj] -> [obj.__aiter__()]` (`async for`).
    GetAiter,
    /// `[aiter] -> [aiter awaitable]`: the awaitable of `aiter.__anext__()`.
    GetAnext,
    /// End of an `async for` (its exception handler): `[aiter exc] -> []` when exc is a
    /// StopAsyncIteration, otherwise raises exc again.
    EndAsyncFor,
    /// `[mgr] -> [bound_aexit mgr.__aenter__()]` (`async with`). TypeError "'X' object does
    /// not support the asynchronous context manager protocol".
    BeforeAsyncWith,

    // ----- interactive -----
    /// `[value] -> []`: `sys.displayhook(value)`, for an expression statement compiled in
    /// "single" mode. RuntimeError "lost sys.displayhook" without one.
    PrintExpr,

    // ----- superinstructions (see `Op::fuse`) -----
    /// `LoadFast` then the `LoadFast` after it.
    LoadFastLoadFast,
    /// `LoadFast` then the `LoadConst` after it.
    LoadFastLoadConst,
    /// `LoadConst` then the `LoadFast` after it.
    LoadConstLoadFast,
    /// `StoreFast` then the `LoadFast` after it.
    StoreFastLoadFast,
    /// `StoreFast` then the `StoreFast` after it.
    StoreFastStoreFast,
    /// `ForIter` (arg: its jump target) storing the item with the `StoreFast` after it.
    ForIterStoreFast,
    /// `LoadFast` then the `LoadAttr` after it (`self.x`).
    LoadFastLoadAttr,
    /// `LoadFast` then the `LoadMethod` after it (`self.m(…)`, `items.append(…)`).
    LoadFastLoadMethod,
    /// `LoadConst` then the `BinaryOp` after it (`x.n + 1`, `a * b - 2`).
    LoadConstBinaryOp,
    /// `BinaryOp` storing its result with the `StoreFast` after it (`x = a + b`).
    BinaryOpStoreFast,
}

impl Op {
    /// The superinstruction that runs `first` and then `second`, the instruction after it,
    /// for the pairs that are common in loops, expressions and methods. The assembler writes it over `first` and leaves `second` in place, so a jump
    /// may still land on `second`; the superinstruction runs both and steps over `second`,
    /// saving one trip through the dispatch loop.
    pub fn fuse(first: Op, second: Op) -> Option<Op> {
        Some(match (first, second) {
            (Op::LoadFast, Op::LoadFast) => Op::LoadFastLoadFast,
            (Op::LoadFast, Op::LoadConst) => Op::LoadFastLoadConst,
            (Op::LoadConst, Op::LoadFast) => Op::LoadConstLoadFast,
            (Op::StoreFast, Op::LoadFast) => Op::StoreFastLoadFast,
            (Op::StoreFast, Op::StoreFast) => Op::StoreFastStoreFast,
            (Op::ForIter, Op::StoreFast) => Op::ForIterStoreFast,
            (Op::LoadFast, Op::LoadAttr) => Op::LoadFastLoadAttr,
            (Op::LoadFast, Op::LoadMethod) => Op::LoadFastLoadMethod,
            (Op::LoadConst, Op::BinaryOp) => Op::LoadConstBinaryOp,
            (Op::BinaryOp, Op::StoreFast) => Op::BinaryOpStoreFast,
            _ => return None,
        })
    }

    /// The instruction a superinstruction starts with (itself for any other): what its
    /// argument means, its stack effect, and how `tote dis` shows it.
    pub fn base(self) -> Op {
        match self {
            Op::LoadFastLoadFast
            | Op::LoadFastLoadConst
            | Op::LoadFastLoadAttr
            | Op::LoadFastLoadMethod => Op::LoadFast,
            Op::LoadConstLoadFast | Op::LoadConstBinaryOp => Op::LoadConst,
            Op::BinaryOpStoreFast => Op::BinaryOp,
            Op::StoreFastLoadFast | Op::StoreFastStoreFast => Op::StoreFast,
            Op::ForIterStoreFast => Op::ForIter,
            other => other,
        }
    }

    /// Opcodes whose argument is a jump target.
    pub fn is_jump(self) -> bool {
        matches!(
            self.base(),
            Op::Jump
                | Op::PopJumpIfFalse
                | Op::PopJumpIfTrue
                | Op::JumpIfFalseOrPop
                | Op::JumpIfTrueOrPop
                | Op::PopJumpIfNone
                | Op::PopJumpIfNotNone
                | Op::ForIter
        )
    }

    /// The opcode's name in the `tote dis` listing (CPython's spelling; a superinstruction
    /// shows as the instruction it starts with, as CPython's `dis` shows its own).
    pub fn name(self) -> &'static str {
        match self.base() {
            Op::Nop => "NOP",
            Op::PopTop => "POP_TOP",
            Op::Copy => "COPY",
            Op::Swap => "SWAP",
            Op::LoadConst => "LOAD_CONST",
            Op::LoadFast => "LOAD_FAST",
            Op::StoreFast => "STORE_FAST",
            Op::DeleteFast => "DELETE_FAST",
            Op::LoadDeref => "LOAD_DEREF",
            Op::StoreDeref => "STORE_DEREF",
            Op::DeleteDeref => "DELETE_DEREF",
            Op::LoadClosure => "LOAD_CLOSURE",
            Op::LoadClassDeref => "LOAD_CLASSDEREF",
            Op::LoadGlobal => "LOAD_GLOBAL",
            Op::StoreGlobal => "STORE_GLOBAL",
            Op::DeleteGlobal => "DELETE_GLOBAL",
            Op::LoadName => "LOAD_NAME",
            Op::StoreName => "STORE_NAME",
            Op::DeleteName => "DELETE_NAME",
            Op::LoadAttr => "LOAD_ATTR",
            Op::StoreAttr => "STORE_ATTR",
            Op::DeleteAttr => "DELETE_ATTR",
            Op::LoadMethod => "LOAD_METHOD",
            Op::BinaryOp => "BINARY_OP",
            Op::UnaryNegative => "UNARY_NEGATIVE",
            Op::UnaryPositive => "UNARY_POSITIVE",
            Op::UnaryNot => "UNARY_NOT",
            Op::UnaryInvert => "UNARY_INVERT",
            Op::CompareOp => "COMPARE_OP",
            Op::IsOp => "IS_OP",
            Op::ContainsOp => "CONTAINS_OP",
            Op::BinarySubscr => "BINARY_SUBSCR",
            Op::StoreSubscr => "STORE_SUBSCR",
            Op::DeleteSubscr => "DELETE_SUBSCR",
            Op::BuildSlice => "BUILD_SLICE",
            Op::BuildTuple => "BUILD_TUPLE",
            Op::BuildList => "BUILD_LIST",
            Op::BuildSet => "BUILD_SET",
            Op::BuildMap => "BUILD_MAP",
            Op::BuildString => "BUILD_STRING",
            Op::ListAppend => "LIST_APPEND",
            Op::SetAdd => "SET_ADD",
            Op::MapAdd => "MAP_ADD",
            Op::ListExtend => "LIST_EXTEND",
            Op::SetUpdate => "SET_UPDATE",
            Op::DictUpdate => "DICT_UPDATE",
            Op::DictMerge => "DICT_MERGE",
            Op::ListToTuple => "LIST_TO_TUPLE",
            Op::FormatValue => "FORMAT_VALUE",
            Op::UnpackSequence => "UNPACK_SEQUENCE",
            Op::UnpackEx => "UNPACK_EX",
            Op::Call => "CALL",
            Op::CallKw => "CALL_KW",
            Op::CallMethod => "CALL_METHOD",
            Op::CallMethodKw => "CALL_METHOD_KW",
            Op::CallFunctionEx => "CALL_FUNCTION_EX",
            Op::MakeFunction => "MAKE_FUNCTION",
            Op::ReturnValue => "RETURN_VALUE",
            Op::LoadBuildClass => "LOAD_BUILD_CLASS",
            Op::SetupAnnotations => "SETUP_ANNOTATIONS",
            Op::LoadAssertionError => "LOAD_ASSERTION_ERROR",
            Op::Jump => "JUMP",
            Op::PopJumpIfFalse => "POP_JUMP_IF_FALSE",
            Op::PopJumpIfTrue => "POP_JUMP_IF_TRUE",
            Op::JumpIfFalseOrPop => "JUMP_IF_FALSE_OR_POP",
            Op::JumpIfTrueOrPop => "JUMP_IF_TRUE_OR_POP",
            Op::PopJumpIfNone => "POP_JUMP_IF_NONE",
            Op::PopJumpIfNotNone => "POP_JUMP_IF_NOT_NONE",
            Op::GetIter => "GET_ITER",
            Op::ForIter => "FOR_ITER",
            Op::YieldValue => "YIELD_VALUE",
            Op::GetYieldFromIter => "GET_YIELD_FROM_ITER",
            Op::YieldFrom => "YIELD_FROM",
            Op::RaiseVarargs => "RAISE_VARARGS",
            Op::Reraise => "RERAISE",
            Op::PushExcInfo => "PUSH_EXC_INFO",
            Op::PopExcept => "POP_EXCEPT",
            Op::PrintExpr => "PRINT_EXPR",
            Op::CheckExcMatch => "CHECK_EXC_MATCH",
            Op::CheckEgMatch => "CHECK_EG_MATCH",
            Op::PrepReraiseStar => "PREP_RERAISE_STAR",
            Op::BeforeWith => "BEFORE_WITH",
            Op::WithExceptStart => "WITH_EXCEPT_START",
            Op::ImportName => "IMPORT_NAME",
            Op::ImportFrom => "IMPORT_FROM",
            Op::ImportStar => "IMPORT_STAR",
            Op::GetLen => "GET_LEN",
            Op::MatchMapping => "MATCH_MAPPING",
            Op::MatchSequence => "MATCH_SEQUENCE",
            Op::MatchKeys => "MATCH_KEYS",
            Op::MatchClass => "MATCH_CLASS",
            Op::CopyDictWithoutKeys => "COPY_DICT_WITHOUT_KEYS",
            Op::GetAwaitable => "GET_AWAITABLE",
            Op::GetAiter => "GET_AITER",
            Op::GetAnext => "GET_ANEXT",
            Op::EndAsyncFor => "END_ASYNC_FOR",
            Op::BeforeAsyncWith => "BEFORE_ASYNC_WITH",
            _ => "SUPERINSTRUCTION",
        }
    }
}

/// One instruction: an opcode and its 32-bit argument (0 when the opcode takes none).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

/// A constant of a code object. Nested code objects (function bodies) are constants too.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    /// An int that does not fit i64, as its decimal digits (with a leading '-' if negative).
    BigInt(String),
    Float(f64),
    /// A complex literal (`2j`): real and imaginary parts.
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// Produced by constant folding of `x in {1, 2}`.
    FrozenSet(Vec<Constant>),
    Ellipsis,
    Code(Box<CodeObject>),
}

/// Source position of one instruction (1-based line, 0-based UTF-8 column as CPython).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// One row of the exception table: an exception raised by an instruction in `start..end`
/// pops the value stack down to `depth` items, pushes the index of the raising instruction as
/// an int if `push_lasti`, pushes the exception, and jumps to `handler`. The table is
/// searched first-match, so inner (more deeply nested) ranges must come first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// A compiled unit: a module body, a class body, a function, a lambda or a comprehension.
///
/// Frame locals layout: `varnames` are the fast locals, arguments first in this order:
/// positional(-only and normal), keyword-only, `*args`, `**kwargs`. Cells and free variables
/// are addressed by `LoadDeref` & co. with one index space: `cellvars` then `freevars`.
/// A cell variable that is also an argument is listed in `cell2arg`; the VM copies the
/// argument into the new cell when the frame starts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    /// The file name as shown in tracebacks (relative path as given on the command line).
    pub filename: String,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instructions: Vec<Instr>,
    /// One entry per instruction.
    pub locations: Vec<Location>,
    pub constants: Vec<Constant>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// For each cellvar index, the varnames index of the argument it starts as, if any.
    pub cell2arg: Vec<Option<u32>>,
    pub exception_table: Vec<ExceptionEntry>,
    /// Upper bound on the value-stack depth the code needs.
    pub max_stack: u32,
    /// The docstring, if the body starts with one (functions, classes and modules).
    pub docstring: Option<String>,
    /// The compiler's SyntaxWarnings for the whole source: on the outermost code object
    /// only, issued when it runs (`compiler/warnings.rs`, `vm/syntax_warnings.rs`).
    pub syntax_warnings: Vec<SyntaxWarningSite>,
}

/// One warning of the compiler: its class, message and where it points, as the SyntaxError
/// it becomes under an "error" filter reports it (1-based lines, 1-based offsets: bytes for
/// the compiler's SyntaxWarnings, characters for the tokenizer's invalid escapes, as
/// CPython gives them).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SyntaxWarningSite {
    pub category: CompileWarningCategory,
    pub message: String,
    pub line: u32,
    pub offset: u32,
    pub end_line: u32,
    pub end_offset: u32,
    /// The source line the SyntaxError shows: the tokenizer's warnings have it from the
    /// compiled text; `None` reads it from the file, as CPython's compiler does.
    pub text: Option<String>,
}

/// The warning classes the compiler issues.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CompileWarningCategory {
    /// `x is 1`, `assert (x, "msg")`, calling a literal... (`compiler/warnings.rs`).
    Syntax,
    /// An invalid escape sequence in a literal (`compiler/escape_warnings.rs`).
    Deprecation,
}

impl CompileWarningCategory {
    /// The builtin class's name.
    pub fn class_name(self) -> &'static str {
        match self {
            CompileWarningCategory::Syntax => "SyntaxWarning",
            CompileWarningCategory::Deprecation => "DeprecationWarning",
        }
    }
}

impl CodeObject {
    /// Does calling it make a resumable object (generator, coroutine or async generator)
    /// instead of running the body?
    pub fn is_generator(&self) -> bool {
        self.flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            != 0
    }

    /// Number of argument slots at the start of `varnames`, including `*args` and `**kwargs`.
    pub fn total_arg_slots(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & code_flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & code_flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    /// A module body that only returns `value`: what a namespace package runs, and the
    /// output of the stand-in compilers tests use.
    pub fn returning(filename: &str, flags: u32, value: Constant) -> CodeObject {
        CodeObject {
            name: "<module>".into(),
            qualname: "<module>".into(),
            filename: filename.into(),
            first_line: 1,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            instructions: vec![
                Instr {
                    op: Op::LoadConst,
                    arg: 0,
                },
                Instr {
                    op: Op::ReturnValue,
                    arg: 0,
                },
            ],
            locations: vec![Location::default(); 2],
            constants: vec![value],
            names: vec![],
            varnames: vec![],
            cellvars: vec![],
            freevars: vec![],
            cell2arg: vec![],
            exception_table: vec![],
            max_stack: 1,
            docstring: None,
            syntax_warnings: Vec::new(),
        }
    }

    /// Serialises with postcard (the cache and archive form).
    pub fn to_bytes(&self) -> Vec<u8> {
        // Serialising plain owned data into a Vec cannot fail.
        postcard::to_allocvec(self).unwrap_or_default()
    }

    /// Reads the postcard form; `None` for bytes that do not decode.
    pub fn from_bytes(bytes: &[u8]) -> Option<CodeObject> {
        postcard::from_bytes(bytes).ok()
    }

    /// The source line of instruction `index`, or the first line if unknown.
    pub fn line_of(&self, index: usize) -> u32 {
        self.locations
            .get(index)
            .map(|l| l.line)
            .filter(|&l| l > 0)
            .unwrap_or(self.first_line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binop_inplace_maps_to_base() {
        assert_eq!(BinOp::InplaceAdd.base(), BinOp::Add);
        assert_eq!(BinOp::InplaceXor.base(), BinOp::Xor);
        assert_eq!(BinOp::Power.base(), BinOp::Power);
        for (i, op) in BinOp::ALL.iter().enumerate() {
            assert_eq!(BinOp::from_arg(i as u32), Some(*op));
        }
        assert_eq!(BinOp::from_arg(26), None);
    }

    #[test]
    fn code_object_round_trips() {
        let code = CodeObject::returning(
            "x.py",
            0,
            Constant::Tuple(vec![Constant::Int(1), Constant::Str("a".into())]),
        );
        let bytes = code.to_bytes();
        assert_eq!(CodeObject::from_bytes(&bytes), Some(code));
        assert_eq!(CodeObject::from_bytes(&bytes[..bytes.len() / 2]), None);
    }
}
