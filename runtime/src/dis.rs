//! A placeholder disassembler so that `tote dis` builds: the compiler branch owns the real one
//! (line, offset, opcode name, argument, resolved value) and replaces this file at the merge.

use crate::bytecode::CodeObject;

/// One line per instruction: index, opcode name and argument.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = format!("Disassembly of <code object {}>:\n", code.qualname);
    for (index, instr) in code.instructions.iter().enumerate() {
        out.push_str(&format!(
            "{index:>6} {:<24} {}\n",
            instr.op.name(),
            instr.arg
        ));
    }
    out
}
