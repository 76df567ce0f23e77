//! Assembly of a finished unit: jump labels become instruction indices, the per-instruction
//! handler tags become the exception table (one row per run of instructions sharing their
//! innermost handler, so rows never overlap), and a flow analysis over every path (jumps,
//! fall-through, exception edges) computes `max_stack` and checks the stack never underflows.

use super::codegen::{internal, Unit};
use super::errors::CResult;
use crate::bytecode::{ExceptionEntry, Instr, Op};

pub struct Assembled {
    pub instructions: Vec<Instr>,
    pub exception_table: Vec<ExceptionEntry>,
    pub max_stack: u32,
}

pub fn assemble(u: &Unit<'_>) -> CResult<Assembled> {
    let n = u.instrs.len();
    let mut instructions = u.instrs.clone();
    for ins in instructions.iter_mut() {
        if ins.op.is_jump() {
            let target = u
                .labels
                .get(ins.arg as usize)
                .copied()
                .flatten()
                .ok_or_else(|| internal("jump to an unplaced label"))?;
            ins.arg = target;
        }
    }
    let mut table = Vec::new();
    let mut i = 0;
    while i < n {
        let Some(h) = u.instr_handler.get(i).copied().flatten() else {
            i += 1;
            continue;
        };
        let start = i;
        while i < n && u.instr_handler.get(i).copied().flatten() == Some(h) {
            i += 1;
        }
        let handler = u
            .handlers
            .get(h as usize)
            .ok_or_else(|| internal("unknown handler"))?;
        let target = u
            .labels
            .get(handler.label.0 as usize)
            .copied()
            .flatten()
            .ok_or_else(|| internal("handler label not placed"))?;
        table.push(ExceptionEntry {
            start: start as u32,
            end: i as u32,
            handler: target,
            depth: handler.depth,
            push_lasti: handler.lasti,
        });
    }
    let max_stack = stack_depth(&instructions, &table)?;
    fuse_pairs(&mut instructions);
    Ok(Assembled {
        instructions,
        exception_table: table,
        max_stack,
    })
}

/// Writes superinstructions (`Op::fuse`) over the first of each fusable pair. A pair is
/// not chained into the next one, so every superinstruction's second half is a plain
/// instruction.
fn fuse_pairs(instructions: &mut [Instr]) {
    let mut i = 0;
    while i + 1 < instructions.len() {
        if let Some(fused) = Op::fuse(instructions[i].op, instructions[i + 1].op) {
            instructions[i].op = fused;
            i += 2;
        } else {
            i += 1;
        }
    }
}

/// Net stack effect of an instruction; `jump` selects the branch-taken effect. A
/// superinstruction counts as its first half (the second is its own instruction).
pub fn stack_effect(op: Op, arg: u32, jump: bool) -> i64 {
    let a = arg as i64;
    match op.base() {
        Op::Nop => 0,
        Op::PopTop => -1,
        Op::Copy => 1,
        Op::Swap => 0,
        Op::LoadConst
        | Op::LoadFast
        | Op::LoadDeref
        | Op::LoadClosure
        | Op::LoadClassDeref
        | Op::LoadGlobal
        | Op::LoadName => 1,
        Op::StoreFast | Op::StoreDeref | Op::StoreGlobal | Op::StoreName => -1,
        Op::DeleteFast | Op::DeleteDeref | Op::DeleteGlobal | Op::DeleteName => 0,
        Op::LoadAttr => 0,
        Op::StoreAttr => -2,
        Op::DeleteAttr => -1,
        Op::LoadMethod => 1,
        Op::BinaryOp => -1,
        Op::UnaryNegative | Op::UnaryPositive | Op::UnaryNot | Op::UnaryInvert => 0,
        Op::CompareOp | Op::IsOp | Op::ContainsOp => -1,
        Op::BinarySubscr => -1,
        Op::StoreSubscr => -3,
        Op::DeleteSubscr => -2,
        Op::BuildSlice => 1 - a,
        Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildString => 1 - a,
        Op::BuildMap => 1 - 2 * a,
        Op::ListAppend | Op::SetAdd | Op::ListExtend | Op::SetUpdate => -1,
        Op::DictUpdate | Op::DictMerge => -1,
        Op::MapAdd => -2,
        Op::ListToTuple => 0,
        Op::FormatValue => {
            if arg & crate::bytecode::format_flags::HAS_SPEC != 0 {
                -1
            } else {
                0
            }
        }
        Op::UnpackSequence => a - 1,
        Op::UnpackEx => (a & 0xff) + (a >> 8),
        Op::Call => -a,
        Op::CallKw => -a - 1,
        Op::CallMethod => -a - 1,
        Op::CallMethodKw => -a - 2,
        Op::CallFunctionEx => -1 - a,
        Op::MakeFunction => -(arg.count_ones() as i64),
        Op::ReturnValue => -1,
        Op::LoadBuildClass => 1,
        Op::SetupAnnotations => 0,
        Op::LoadAssertionError => 1,
        Op::Jump => 0,
        Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::PopJumpIfNone | Op::PopJumpIfNotNone => -1,
        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
            if jump {
                0
            } else {
                -1
            }
        }
        Op::GetIter => 0,
        Op::ForIter => {
            if jump {
                -1
            } else {
                1
            }
        }
        Op::YieldValue => 0,
        Op::GetYieldFromIter => 0,
        Op::YieldFrom => -1,
        Op::RaiseVarargs => -a,
        Op::Reraise => -1 - a,
        Op::PushExcInfo => 1,
        Op::PopExcept | Op::PrintExpr => -1,
        Op::CheckExcMatch | Op::CheckEgMatch => 0,
        Op::PrepReraiseStar => -1,
        Op::BeforeWith => 1,
        Op::WithExceptStart => 1,
        Op::ImportName => -1,
        Op::ImportFrom => 1,
        Op::ImportStar => -1,
        Op::GetLen | Op::MatchMapping | Op::MatchSequence | Op::MatchKeys => 1,
        Op::MatchClass => -2,
        Op::CopyDictWithoutKeys => 0,
        Op::GetAwaitable | Op::GetAiter => 0,
        Op::GetAnext | Op::BeforeAsyncWith => 1,
        Op::EndAsyncFor => -2,
        // `base()` has mapped every superinstruction to its first half.
        Op::LoadFastLoadFast
        | Op::LoadFastLoadConst
        | Op::LoadConstLoadFast
        | Op::StoreFastLoadFast
        | Op::StoreFastStoreFast
        | Op::ForIterStoreFast
        | Op::LoadFastLoadAttr
        | Op::LoadFastLoadMethod
        | Op::LoadConstBinaryOp
        | Op::BinaryOpStoreFast => 0,
    }
}

/// Does control never fall through to the next instruction?
pub fn is_terminal(op: Op) -> bool {
    matches!(
        op,
        Op::Jump | Op::ReturnValue | Op::RaiseVarargs | Op::Reraise
    )
}

/// How many items an instruction needs on the stack before it runs.
fn required_depth(ins: Instr) -> i64 {
    let a = ins.arg as i64;
    match ins.op.base() {
        Op::Copy => a,
        Op::Swap => a,
        Op::ListAppend | Op::SetAdd | Op::ListExtend | Op::SetUpdate => a + 1,
        Op::DictUpdate | Op::DictMerge => a + 1,
        Op::MapAdd => a + 2,
        Op::StoreSubscr | Op::WithExceptStart => 3,
        Op::PrepReraiseStar => 2,
        _ => {
            let e = stack_effect(ins.op, ins.arg, false);
            if e < 0 {
                -e
            } else {
                match ins.op.base() {
                    Op::LoadAttr
                    | Op::UnaryNegative
                    | Op::UnaryPositive
                    | Op::UnaryNot
                    | Op::UnaryInvert
                    | Op::ListToTuple
                    | Op::GetIter
                    | Op::ForIter
                    | Op::YieldValue
                    | Op::GetYieldFromIter
                    | Op::PushExcInfo
                    | Op::LoadMethod
                    | Op::BeforeWith
                    | Op::ImportFrom
                    | Op::FormatValue => 1,
                    Op::GetLen | Op::MatchMapping | Op::MatchSequence => 1,
                    Op::GetAwaitable | Op::GetAiter | Op::GetAnext | Op::BeforeAsyncWith => 1,
                    Op::CheckExcMatch | Op::CheckEgMatch => 2,
                    Op::MatchKeys | Op::CopyDictWithoutKeys => 2,
                    _ => 0,
                }
            }
        }
    }
}

/// The flow analysis: every reachable instruction gets one consistent entry depth.
pub fn stack_depth(code: &[Instr], table: &[ExceptionEntry]) -> CResult<u32> {
    let n = code.len();
    // The exception-table row covering each instruction (rows never overlap).
    let mut row_of: Vec<Option<usize>> = vec![None; n];
    for (k, e) in table.iter().enumerate() {
        for slot in row_of
            .iter_mut()
            .take(e.end as usize)
            .skip(e.start as usize)
        {
            if slot.is_none() {
                *slot = Some(k);
            }
        }
    }
    let mut depth: Vec<Option<i64>> = vec![None; n];
    let mut work: Vec<usize> = Vec::new();
    let mut max: i64 = 0;
    let visit = |at: usize, d: i64, depth: &mut Vec<Option<i64>>, work: &mut Vec<usize>| {
        if at >= n {
            return Err(internal("control flows past the end of the code"));
        }
        match depth[at] {
            Some(old) if old == d => Ok(()),
            Some(_) => Err(internal(&format!(
                "inconsistent stack depth at instruction {at}"
            ))),
            None => {
                depth[at] = Some(d);
                work.push(at);
                Ok(())
            }
        }
    };
    if n == 0 {
        return Ok(0);
    }
    visit(0, 0, &mut depth, &mut work)?;
    while let Some(i) = work.pop() {
        let d = depth[i].unwrap_or(0);
        let ins = code[i];
        if d < required_depth(ins) {
            return Err(internal(&format!(
                "stack underflow at instruction {i} ({})",
                ins.op.name()
            )));
        }
        if let Some(e) = row_of[i].and_then(|k| table.get(k)) {
            if (e.depth as i64) > d {
                return Err(internal(&format!(
                    "handler depth above the stack at instruction {i}"
                )));
            }
            let hd = e.depth as i64 + e.push_lasti as i64 + 1;
            max = max.max(hd);
            visit(e.handler as usize, hd, &mut depth, &mut work)?;
        }
        max = max.max(d);
        if ins.op.is_jump() {
            let jd = d + stack_effect(ins.op, ins.arg, true);
            max = max.max(jd);
            visit(ins.arg as usize, jd, &mut depth, &mut work)?;
        }
        if !is_terminal(ins.op) {
            let nd = d + stack_effect(ins.op, ins.arg, false);
            max = max.max(nd);
            if i + 1 < n {
                visit(i + 1, nd, &mut depth, &mut work)?;
            } else {
                return Err(internal("control flows past the end of the code"));
            }
        }
    }
    Ok(max.max(0) as u32)
}
