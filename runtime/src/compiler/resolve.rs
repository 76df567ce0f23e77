//! Name resolution, the second half of the symbol table: given each scope's raw uses and
//! bindings (from `symtable.rs`), decides for every name whether it is local, global
//! (declared or implicit), free or a cell, walking the scope tree top-down with the names
//! bound in enclosing functions and bottom-up with the names children need. Class scopes do
//! not bind for their methods; a class whose methods use `__class__` gets that cell; a
//! class-local name a method also needs as a free variable is passed through
//! (DEF_FREE_CLASS).

use hashbrown::HashSet;

use ruff_text_size::TextRange;

use super::errors::{CErr, CResult};
use super::symtable::{sym, NameScope, Scope, ScopeId, ScopeKind, Symbol};

/// Resolves every name of scope `id` given the names bound in enclosing functions;
/// returns the names that are free in it or its children.
pub fn analyze(
    scopes: &mut [Scope],
    id: ScopeId,
    bound: &HashSet<String>,
    global: &HashSet<String>,
) -> CResult<HashSet<String>> {
    let kind = scopes[id].kind;
    let mut local = HashSet::new();
    let mut free = HashSet::new();
    let mut newglobal = global.clone();
    let mut explicit_globals = Vec::new();
    let names = scopes[id].order.clone();
    for name in &names {
        let flags = scopes[id].flags(name);
        let scope = if flags & sym::DEF_GLOBAL != 0 {
            if flags & sym::DEF_NONLOCAL != 0 {
                let r = scopes[id].directives.get(name).copied();
                return Err(CErr {
                    range: r,
                    ..CErr::symtable(
                        format!("name '{name}' is nonlocal and global"),
                        TextRange::default(),
                    )
                });
            }
            newglobal.insert(name.clone());
            explicit_globals.push(name.clone());
            NameScope::GlobalExplicit
        } else if flags & sym::DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                let r = scopes[id].directives.get(name).copied();
                return Err(CErr {
                    range: r,
                    ..CErr::symtable(
                        format!("no binding for nonlocal '{name}' found"),
                        TextRange::default(),
                    )
                });
            }
            free.insert(name.clone());
            NameScope::Free
        } else if flags & sym::DEF_BOUND != 0 {
            local.insert(name.clone());
            newglobal.remove(name);
            NameScope::Local
        } else if bound.contains(name) {
            free.insert(name.clone());
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        if let Some(s) = scopes[id].symbols.get_mut(name) {
            s.scope = scope;
        }
    }
    let mut newbound = bound.clone();
    if kind.is_function_like() {
        newbound.extend(local.iter().cloned());
    } else if kind == ScopeKind::Class {
        newbound.insert("__class__".into());
    }
    for g in &explicit_globals {
        newbound.remove(g);
    }
    let children = scopes[id].children.clone();
    let mut child_free = HashSet::new();
    for c in children {
        let f = analyze(scopes, c, &newbound, &newglobal)?;
        child_free.extend(f);
    }
    if kind.is_function_like() {
        let scope = &mut scopes[id];
        child_free.retain(|n| match scope.symbols.get_mut(n) {
            Some(s) if s.scope == NameScope::Local => {
                s.scope = NameScope::Cell;
                false
            }
            _ => true,
        });
    } else if kind == ScopeKind::Class && child_free.remove("__class__") {
        scopes[id].needs_class_closure = true;
    }
    let mut passed = Vec::new();
    for n in &child_free {
        let scope = &mut scopes[id];
        match scope.symbols.get_mut(n) {
            Some(s) => {
                if kind == ScopeKind::Class && s.flags & (sym::DEF_BOUND | sym::DEF_GLOBAL) != 0 {
                    s.flags |= sym::DEF_FREE_CLASS;
                }
            }
            None => {
                if bound.contains(n) {
                    passed.push(n.clone());
                }
            }
        }
    }
    for n in passed {
        let scope = &mut scopes[id];
        scope.symbols.insert(
            n.clone(),
            Symbol {
                flags: 0,
                scope: NameScope::Free,
            },
        );
        scope.order.push(n);
    }
    // A name free in a child but global here never reaches further up.
    child_free.retain(|n| bound.contains(n));
    free.extend(child_free);
    Ok(free)
}
