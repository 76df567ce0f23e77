//! Exception routing: sends an exception leaving an instruction to the innermost handler
//! in the code objects' exception tables, popping the frames it leaves on the way.

use crate::objects::{PyErr, PyResult, Value};

use super::Vm;

impl Vm {
    /// Routes an exception to the innermost handler at or above `base`; pops the frames it
    /// leaves. Err when no frame down to `base` handles it.
    pub fn unwind(&mut self, err: PyErr, mut reraise: bool, base: usize) -> PyResult<()> {
        if !reraise {
            self.attach_context(&err);
        }
        loop {
            let fi = self.frames.len() - 1;
            let frame = &mut self.frames[fi];
            let pc = frame.pc.saturating_sub(1);
            if !reraise {
                let obj = super::frame_objects::frame_object_of(frame, None);
                err.add_traceback(&frame.code, pc, Some(Value::Instance(obj)));
            }
            reraise = false;
            let handler = frame
                .code
                .code
                .exception_table
                .iter()
                .find(|e| (e.start as usize) <= pc && pc < e.end as usize)
                .copied();
            if let Some(h) = handler {
                frame.truncate_stack(h.depth as usize);
                if h.push_lasti {
                    frame.values.push(Value::Int(pc as i64));
                }
                frame.values.push(err.value());
                frame.pc = h.handler as usize;
                return Ok(());
            }
            self.pop_frame_raising(&err);
            if fi <= base {
                return Err(err);
            }
        }
    }
}
