//! Run time of `except*` (PEP 654): CHECK_EG_MATCH, which splits the exception being
//! handled by one clause's types, and PREP_RERAISE_STAR, which decides what the statement
//! raises when its clauses are done — with CPython 3.11's rules: the parts re-raised
//! unchanged (a bare `raise`, or no clause matching) keep the original group's structure;
//! anything a clause raised is grouped with them in a new `ExceptionGroup('', [...])`,
//! unless it is the one thing left to raise.
//! The code layout around them is in `compiler/except_star.rs`.

use std::rc::Rc;

use crate::objects::exception::ExcData;
use crate::objects::exception_group::{is_group, new_group, project};
use crate::objects::OrNone;
use crate::objects::{types, PyErr, PyResult, Value};

use super::Vm;

impl Vm {
    /// `[exc type] -> [rest match]`
    pub fn op_check_eg_match(&mut self, fi: usize) -> PyResult<()> {
        let stack = &mut self.frames[fi].values;
        let ty = stack.pop().or_none();
        let exc = stack.pop().or_none();
        check_except_star_type(&ty)?;
        let (rest, matched) = self.eg_match(&exc, &ty)?;
        if !matched.is_none() {
            self.handled_exc = matched.clone();
        }
        let stack = &mut self.frames[fi].values;
        stack.push(rest);
        stack.push(matched);
        Ok(())
    }

    /// (rest, match) of exc against the clause's types.
    fn eg_match(&mut self, exc: &Value, ty: &Value) -> PyResult<(Value, Value)> {
        if exc.is_none() {
            return Ok((Value::None, Value::None));
        }
        if self.exception_matches(exc, ty)? {
            if is_group(exc) {
                return Ok((Value::None, exc.clone()));
            }
            let wrapped = new_group(self, Value::str(""), Value::tuple(vec![exc.clone()]))?;
            return Ok((Value::None, wrapped));
        }
        if !is_group(exc) {
            return Ok((exc.clone(), Value::None));
        }
        // A group's own `split` (a subclass may override it) does the partial match.
        let pair = self.call_method(exc, "split", vec![ty.clone()])?;
        let class = exc.type_of().name();
        let Value::Tuple(t) = &pair else {
            return Err(PyErr::type_error(format!(
                "{}.split must return a tuple, not {}",
                class,
                pair.type_name()
            )));
        };
        // CPython 3.11 reads the first two items without checking the size (and crashes
        // on fewer); a shorter tuple is an error here.
        match t.items.as_slice() {
            [matched, rest, ..] => Ok((rest.clone(), matched.clone())),
            items => Err(PyErr::type_error(format!(
                "{}.split must return a 2-tuple, got tuple of size {}",
                class,
                items.len()
            ))),
        }
    }

    /// `[orig list] -> [result]`
    pub fn op_prep_reraise_star(&mut self, fi: usize) -> PyResult<()> {
        let stack = &mut self.frames[fi].values;
        let list = stack.pop().or_none();
        let orig = stack.pop().or_none();
        let excs = match &list {
            Value::List(l) => l.snapshot(),
            _ => Vec::new(),
        };
        let result = self.reraise_star_result(&orig, excs)?;
        self.frames[fi].values.push(result);
        Ok(())
    }

    fn reraise_star_result(&mut self, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
        if !is_group(orig) {
            // A naked exception was caught (and wrapped): at most one clause ran, so the
            // first entry is what to raise (or None).
            return Ok(excs.into_iter().next().or_none());
        }
        let (mut raised, mut reraised) = (Vec::new(), Vec::new());
        for e in excs.into_iter().filter(|e| !e.is_none()) {
            if same_metadata(&e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let kept = project(self, orig, &reraised)?;
        match (raised.len(), kept) {
            (0, kept) => return Ok(kept.or_none()),
            // A single new exception and nothing re-raised: it propagates as it is.
            (1, None) => return Ok(raised.swap_remove(0)),
            (_, kept) => raised.extend(kept),
        }
        new_group(self, Value::str(""), Value::list(raised))
    }
}

/// The types of an `except*` clause: exception classes, and no group class.
fn check_except_star_type(ty: &Value) -> PyResult<()> {
    let items = match ty {
        Value::Tuple(t) => t.items.clone(),
        other => vec![other.clone()],
    };
    let class = |v: &Value| match v {
        Value::Type(t) if t.is_subtype(&types().exc.base_exception) => Some(t.clone()),
        _ => None,
    };
    if items.iter().any(|v| class(v).is_none()) {
        return Err(PyErr::type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    let group = &types().exc.base_exception_group;
    if items.iter().filter_map(class).any(|t| t.is_subtype(group)) {
        return Err(PyErr::type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// Is e the original group re-raised (or a part split off it, never raised on its own)?
/// CPython compares the traceback, cause and context objects; tracebacks here are lists
/// of entries, equal when they name the same code positions.
fn same_metadata(e: &Value, orig: &Value) -> bool {
    let (Value::Instance(a), Value::Instance(b)) = (e, orig) else {
        return false;
    };
    let (Some(a), Some(b)) = (&a.exc, &b.exc) else {
        return false;
    };
    let (a, b) = (a.borrow(), b.borrow());
    let (a, b): (&ExcData, &ExcData) = (&a, &b);
    let same = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    a.traceback.len() == b.traceback.len()
        && a.traceback
            .iter()
            .zip(b.traceback.iter())
            .all(|(x, y)| Rc::ptr_eq(&x.code, &y.code) && x.pc == y.pc)
        && same(&a.cause, &b.cause)
        && same(&a.context, &b.context)
}
