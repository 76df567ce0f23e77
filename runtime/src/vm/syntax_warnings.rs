//! Printing the SyntaxWarnings the compiler found (`compiler/warnings.rs`) when the code they
//! belong to is run or `compile()`d: `file:line: SyntaxWarning: message` and the source line,
//! on `sys.stderr`, as CPython's default warning display shows them.

use crate::bytecode::CodeObject;
use crate::objects::OrNone;

use super::Vm;

impl Vm {
    #[cold]
    pub fn emit_syntax_warnings(&mut self, code: &CodeObject) {
        if code.syntax_warnings.is_empty() {
            return;
        }
        let mut text = String::new();
        for (line, message) in &code.syntax_warnings {
            text.push_str(&format!(
                "{}:{}: SyntaxWarning: {}\n",
                code.filename, line, message
            ));
            if let Some(src) = self.source_line(&code.filename, *line) {
                text.push_str(&format!("  {}\n", src.trim()));
            }
        }
        self.flush_stdout();
        let stderr = self.sys.get("stderr").or_none();
        let _ = self.write_to(&stderr, &text);
    }
}
