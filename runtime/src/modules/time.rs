//! The `time` module: the clocks (`time`, `monotonic`, `perf_counter`, `process_time`,
//! `thread_time`, `clock_gettime` and their `_ns` forms), `sleep`, conversions between
//! seconds and `struct_time` (`gmtime`, `localtime`, `mktime`, through the C library's
//! time-zone rules), `asctime`/`ctime`, `strftime` (`time_format.rs`), `strptime`
//! (`time_strptime.rs`) and the zone description `timezone`, `altzone`, `daylight`,
//! `tzname`, `tzset`.

use crate::objects::OrNone;
use std::cell::RefCell;
use std::ffi::CStr;
use std::rc::Rc;

use super::os_error::{last_os_error, os_error_from_errno};
use super::struct_seq;
use super::time_format::{self, abbrev, month_name, weekday_name, Clock, Tm};
use super::time_strptime::{self, ZoneInfo};
use crate::objects::function::Args;
use crate::objects::{PyBuiltin, PyErr, PyModule, PyResult, PyType, Value};
use crate::vm::Vm;

extern "C" {
    // POSIX; the libc crate does not declare it for every target.
    fn tzset();
}

const STRUCT_TIME_FIELDS: [&str; 11] = [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];

thread_local! {
    static STRUCT_TIME: Rc<PyType> =
        struct_seq::new_type("time", "struct_time", &STRUCT_TIME_FIELDS, 9);
    /// The local zone as `init` or `tzset` last computed it.
    static ZONE: RefCell<LocalZone> = RefCell::new(LocalZone::default());
}

/// `time.struct_time`.
pub fn struct_time_type() -> Rc<PyType> {
    STRUCT_TIME.with(|t| t.clone())
}

#[derive(Clone, Default)]
struct LocalZone {
    timezone: i64,
    altzone: i64,
    daylight: bool,
    tzname: (String, String),
}

pub fn init(_vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    let f = |name: &'static str, func: crate::objects::function::NativeFn| {
        m.set(name, PyBuiltin::value(name, func));
    };
    f("time", |_, a| {
        a.expect("time.time", 0, 0)?;
        Ok(Value::float(realtime_ns() as f64 / 1e9))
    });
    f("time_ns", |_, a| {
        a.expect("time.time_ns", 0, 0)?;
        Ok(Value::Int(realtime_ns()))
    });
    f("monotonic", |_, a| {
        clock_seconds(a, "time.monotonic", libc::CLOCK_MONOTONIC)
    });
    f("monotonic_ns", |_, a| {
        clock_nanos(a, "time.monotonic_ns", libc::CLOCK_MONOTONIC)
    });
    f("perf_counter", |_, a| {
        clock_seconds(a, "time.perf_counter", libc::CLOCK_MONOTONIC)
    });
    f("perf_counter_ns", |_, a| {
        clock_nanos(a, "time.perf_counter_ns", libc::CLOCK_MONOTONIC)
    });
    f("process_time", |_, a| {
        clock_seconds(a, "time.process_time", libc::CLOCK_PROCESS_CPUTIME_ID)
    });
    f("process_time_ns", |_, a| {
        clock_nanos(a, "time.process_time_ns", libc::CLOCK_PROCESS_CPUTIME_ID)
    });
    f("thread_time", |_, a| {
        clock_seconds(a, "time.thread_time", libc::CLOCK_THREAD_CPUTIME_ID)
    });
    f("thread_time_ns", |_, a| {
        clock_nanos(a, "time.thread_time_ns", libc::CLOCK_THREAD_CPUTIME_ID)
    });
    f("clock_gettime", time_clock_gettime);
    f("clock_gettime_ns", time_clock_gettime_ns);
    f("sleep", time_sleep);
    f("gmtime", time_gmtime);
    f("localtime", time_localtime);
    f("mktime", time_mktime);
    f("asctime", time_asctime);
    f("ctime", time_ctime);
    f("strftime", time_strftime);
    f("strptime", time_strptime);
    f("tzset", time_tzset);
    m.set("struct_time", Value::Type(struct_time_type()));
    m.set("_STRUCT_TM_ITEMS", Value::Int(11));
    for (name, id) in [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
    ] {
        m.set(name, Value::Int(id as i64));
    }
    refresh_zone(m);
    Ok(())
}

// ---- clocks ----

fn clock_ns(clock: libc::clockid_t) -> Option<i64> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    let rc = unsafe { libc::clock_gettime(clock, &mut ts) };
    if rc != 0 {
        return None;
    }
    Some(
        (ts.tv_sec as i64)
            .saturating_mul(1_000_000_000)
            .saturating_add(ts.tv_nsec as i64),
    )
}

fn realtime_ns() -> i64 {
    clock_ns(libc::CLOCK_REALTIME).unwrap_or(0)
}

fn clock_seconds(a: Args, name: &str, clock: libc::clockid_t) -> PyResult<Value> {
    a.expect(name, 0, 0)?;
    match clock_ns(clock) {
        Some(ns) => Ok(Value::float(ns as f64 / 1e9)),
        None => Err(last_os_error(None, None)),
    }
}

fn clock_nanos(a: Args, name: &str, clock: libc::clockid_t) -> PyResult<Value> {
    a.expect(name, 0, 0)?;
    match clock_ns(clock) {
        Some(ns) => Ok(Value::Int(ns)),
        None => Err(last_os_error(None, None)),
    }
}

fn clock_id_arg(v: &Value) -> PyResult<libc::clockid_t> {
    match v {
        Value::Int(i) => libc::clockid_t::try_from(*i).map_err(|_| {
            PyErr::overflow_error(if *i > 0 {
                "signed integer is greater than maximum"
            } else {
                "signed integer is less than minimum"
            })
        }),
        Value::BigInt(_) => Err(PyErr::overflow_error(
            "Python int too large to convert to C long",
        )),
        Value::Bool(b) => Ok(*b as libc::clockid_t),
        other => Err(cannot_interpret(other)),
    }
}

fn time_clock_gettime(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    exactly_one(&a, "clock_gettime")?;
    let id = clock_id_arg(&a.pos[0])?;
    match clock_ns(id) {
        Some(ns) => Ok(Value::float(ns as f64 / 1e9)),
        None => Err(last_os_error(None, None)),
    }
}

fn time_clock_gettime_ns(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    // CPython's clock_gettime_ns counts its arguments under clock_gettime's name.
    exactly_one(
        &a,
        if a.kw.is_empty() {
            "clock_gettime"
        } else {
            "clock_gettime_ns"
        },
    )?;
    let id = clock_id_arg(&a.pos[0])?;
    match clock_ns(id) {
        Some(ns) => Ok(Value::Int(ns)),
        None => Err(last_os_error(None, None)),
    }
}

/// "gmtime() takes at most 1 argument (2 given)".
fn at_most(a: &Args, name: &str, max: usize) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            name
        )));
    }
    if a.pos.len() > max {
        return Err(PyErr::type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            name,
            max,
            if max == 1 { "" } else { "s" },
            a.pos.len()
        )));
    }
    Ok(())
}

/// "clock_gettime() takes exactly 1 argument (0 given)".
fn exactly_one(a: &Args, name: &str) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            name
        )));
    }
    if a.pos.len() != 1 {
        return Err(PyErr::type_error(format!(
            "{}() takes exactly 1 argument ({} given)",
            name,
            a.pos.len()
        )));
    }
    Ok(())
}

fn cannot_interpret(v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    ))
}

fn time_sleep(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("time.sleep", 1, 1)?;
    let too_large = || PyErr::overflow_error("timestamp too large to convert to C _PyTime_t");
    let nanos: i128 = match &a.pos[0] {
        Value::Float(f) => {
            let f = f.get();
            if f.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            let ns = (f * 1e9).ceil();
            if !(-9.2e18..=9.2e18).contains(&ns) {
                return Err(too_large());
            }
            ns as i128
        }
        other => match vm.index_value(other)? {
            Value::Int(i) => (i as i128) * 1_000_000_000,
            _ => return Err(too_large()),
        },
    };
    if nanos > i64::MAX as i128 {
        return Err(too_large());
    }
    if nanos < 0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    std::thread::sleep(std::time::Duration::from_nanos(nanos as u64));
    Ok(Value::None)
}

// ---- seconds <-> broken-down time ----

fn timestamp_range_error() -> PyErr {
    PyErr::overflow_error("timestamp out of range for platform time_t")
}

/// A `time_t` from a seconds argument (None: now), rounding floats towards -infinity.
fn seconds_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(realtime_ns().div_euclid(1_000_000_000)),
        Some(Value::Float(f)) => {
            let f = f.get();
            if f.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            let x = f.floor();
            if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&x) {
                return Err(timestamp_range_error());
            }
            Ok(x as i64)
        }
        Some(other) => match vm.index_value(other)? {
            Value::Int(i) => Ok(i),
            _ => Err(timestamp_range_error()),
        },
    }
}

fn zeroed_tm() -> libc::tm {
    // SAFETY: `struct tm` is plain data; all-zero (with a null `tm_zone`) is a valid value.
    unsafe { std::mem::zeroed() }
}

fn tm_from_libc(c: &libc::tm) -> Tm {
    let zone = if c.tm_zone.is_null() {
        None
    } else {
        // SAFETY: the C library set `tm_zone` to a NUL-terminated string it owns, valid
        // at least until the next time-zone change.
        Some(
            unsafe { CStr::from_ptr(c.tm_zone) }
                .to_string_lossy()
                .into_owned(),
        )
    };
    Tm {
        year: c.tm_year as i64 + 1900,
        mon: c.tm_mon,
        mday: c.tm_mday,
        hour: c.tm_hour,
        min: c.tm_min,
        sec: c.tm_sec,
        wday: c.tm_wday,
        yday: c.tm_yday,
        isdst: c.tm_isdst,
        gmtoff: c.tm_gmtoff as i64,
        zone,
    }
}

/// `localtime_r` (local) or `gmtime_r`; Err is an errno.
fn broken_down(t: i64, local: bool) -> Result<Tm, i32> {
    // A 32-bit `time_t` cannot hold every timestamp.
    let tt = t as libc::time_t;
    if tt as i64 != t {
        return Err(libc::EOVERFLOW);
    }
    let mut out = zeroed_tm();
    // SAFETY: both pointers are valid for the call; the result is written into `out`.
    let r = unsafe {
        if local {
            libc::localtime_r(&tt, &mut out)
        } else {
            libc::gmtime_r(&tt, &mut out)
        }
    };
    if r.is_null() {
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        return Err(if e == 0 { libc::EINVAL } else { e });
    }
    Ok(tm_from_libc(&out))
}

/// `mktime` of a broken-down local time; None when it cannot be represented.
fn mktime_of(tm: &Tm) -> Option<i64> {
    let mut c = zeroed_tm();
    c.tm_year = i32::try_from(tm.year - 1900).ok()?;
    c.tm_mon = tm.mon;
    c.tm_mday = tm.mday;
    c.tm_hour = tm.hour;
    c.tm_min = tm.min;
    c.tm_sec = tm.sec;
    c.tm_yday = tm.yday;
    c.tm_isdst = tm.isdst;
    // A sentinel: mktime sets it on success, so -1 both here and as the result is failure.
    c.tm_wday = -1;
    // SAFETY: `c` is a valid struct tm; mktime normalises it in place.
    let t = unsafe { libc::mktime(&mut c) };
    if t == -1 && c.tm_wday == -1 {
        return None;
    }
    Some(t as i64)
}

/// The `struct_time` for a broken-down time (weekday Monday = 0, month and year day from 1).
pub fn struct_time_from_tm(tm: &Tm) -> Value {
    let values = vec![
        Value::Int(tm.year),
        Value::Int(tm.mon as i64 + 1),
        Value::Int(tm.mday as i64),
        Value::Int(tm.hour as i64),
        Value::Int(tm.min as i64),
        Value::Int(tm.sec as i64),
        Value::Int((tm.wday as i64 + 6).rem_euclid(7)),
        Value::Int(tm.yday as i64 + 1),
        Value::Int(tm.isdst as i64),
        match &tm.zone {
            Some(z) => Value::str(z),
            None => Value::None,
        },
        Value::Int(tm.gmtoff),
    ];
    struct_seq::new_instance(&struct_time_type(), values)
}

fn convert_seconds(vm: &mut Vm, a: Args, name: &str, local: bool) -> PyResult<Value> {
    at_most(&a, name, 1)?;
    let t = seconds_arg(vm, a.pos.first())?;
    match broken_down(t, local) {
        Ok(tm) => Ok(struct_time_from_tm(&tm)),
        Err(e) => Err(os_error_from_errno(e, None, None)),
    }
}

fn time_gmtime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    convert_seconds(vm, a, "gmtime", false)
}

fn time_localtime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    convert_seconds(vm, a, "localtime", true)
}

/// A C int from one field of a time tuple (CPython's "i" conversion).
fn tuple_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_value(v)? {
        Value::Int(i) if i > i32::MAX as i64 => Err(PyErr::overflow_error(
            "signed integer is greater than maximum",
        )),
        Value::Int(i) if i < i32::MIN as i64 => {
            Err(PyErr::overflow_error("signed integer is less than minimum"))
        }
        Value::Int(i) => Ok(i),
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => {
            Err(PyErr::overflow_error("signed integer is less than minimum"))
        }
        _ => Err(PyErr::overflow_error(
            "signed integer is greater than maximum",
        )),
    }
}

/// A time tuple or struct_time argument as a C `struct tm` (CPython's `gettmarg`): month
/// and year day made 0-based, the weekday turned to Sunday = 0 (still unchecked).
fn tm_arg(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Tm> {
    let (items, is_struct) = match v {
        Value::Tuple(t) => (t.items.clone(), false),
        other => match struct_seq::items_of(other) {
            Some(t) if Rc::ptr_eq(&other.type_of(), &struct_time_type()) => (t.items.clone(), true),
            _ => return Err(PyErr::type_error("Tuple or struct_time argument required")),
        },
    };
    if items.len() != 9 {
        return Err(PyErr::type_error(format!(
            "{}(): illegal time tuple argument",
            func
        )));
    }
    let mut n = [0i64; 9];
    for (slot, item) in n.iter_mut().zip(items.iter()) {
        *slot = tuple_int(vm, item)?;
    }
    if n[0] < i32::MIN as i64 + 1900 {
        return Err(PyErr::overflow_error("year out of range"));
    }
    let mut tm = Tm {
        year: n[0],
        mon: (n[1] - 1) as i32,
        mday: n[2] as i32,
        hour: n[3] as i32,
        min: n[4] as i32,
        sec: n[5] as i32,
        // C's remainder keeps the sign, so a negative weekday stays detectable.
        wday: ((n[6] + 1) % 7) as i32,
        yday: (n[7] - 1) as i32,
        isdst: n[8] as i32,
        gmtoff: 0,
        zone: None,
    };
    if is_struct {
        if let Value::Str(z) = struct_seq::field(v, "tm_zone") {
            tm.zone = Some(z.as_str().to_string());
        }
        if let Value::Int(off) = struct_seq::field(v, "tm_gmtoff") {
            tm.gmtoff = off;
        }
    }
    Ok(tm)
}

/// Zero stands for "the lowest valid value" in the fields where it is out of range.
fn zero_means_lowest(tm: &mut Tm) {
    if tm.mon == -1 {
        tm.mon = 0;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == -1 {
        tm.yday = 0;
    }
}

/// The range checks CPython makes before formatting (`checktm`).
fn check_tm(tm: &Tm) -> PyResult<()> {
    let bad = |what: &str| Err(PyErr::value_error(format!("{} out of range", what)));
    if !(0..=11).contains(&tm.mon) {
        return bad("month");
    }
    if !(1..=31).contains(&tm.mday) {
        return bad("day of month");
    }
    if !(0..=23).contains(&tm.hour) {
        return bad("hour");
    }
    if !(0..=59).contains(&tm.min) {
        return bad("minute");
    }
    if !(0..=61).contains(&tm.sec) {
        return bad("seconds");
    }
    if tm.wday < 0 {
        return bad("day of week");
    }
    if !(0..=365).contains(&tm.yday) {
        return bad("day of year");
    }
    Ok(())
}

/// The time tuple argument of asctime/strftime, or the current local time.
fn tm_or_now(vm: &mut Vm, v: Option<&Value>, func: &str) -> PyResult<Tm> {
    match v {
        Some(v) => tm_arg(vm, v, func),
        None => broken_down(realtime_ns().div_euclid(1_000_000_000), true)
            .map_err(|e| os_error_from_errno(e, None, None)),
    }
}

fn time_mktime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("time.mktime", 1, 1)?;
    let tm = tm_arg(vm, &a.pos[0], "mktime")?;
    match mktime_of(&tm) {
        Some(t) => Ok(Value::float(t as f64)),
        None => Err(PyErr::overflow_error("mktime argument out of range")),
    }
}

/// `Mon Jan  1 00:00:00 2020`.
fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        abbrev(weekday_name(tm.wday)),
        abbrev(month_name(tm.mon)),
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

fn time_asctime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("asctime", 0, 1)?;
    let mut tm = tm_or_now(vm, a.pos.first(), "asctime")?;
    zero_means_lowest(&mut tm);
    check_tm(&tm)?;
    Ok(Value::string(asctime_text(&tm)))
}

fn time_ctime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    at_most(&a, "ctime", 1)?;
    let t = seconds_arg(vm, a.pos.first())?;
    let tm = broken_down(t, true).map_err(|e| os_error_from_errno(e, None, None))?;
    Ok(Value::string(asctime_text(&tm)))
}

struct LibcClock;

impl Clock for LibcClock {
    fn mktime(&self, tm: &Tm) -> Option<i64> {
        mktime_of(tm)
    }
    fn tzname(&self) -> (String, String) {
        ZONE.with(|z| z.borrow().tzname.clone())
    }
}

fn time_strftime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() && a.kw.is_empty() {
        return Err(PyErr::type_error(
            "strftime() takes at least 1 argument (0 given)",
        ));
    }
    at_most(&a, "strftime", 2)?;
    let Value::Str(fmt) = &a.pos[0] else {
        return Err(crate::objects::methods::method_args::bad_argument(
            "strftime",
            "argument 1",
            "str",
            &a.pos[0],
        ));
    };
    let mut tm = tm_or_now(vm, a.pos.get(1), "strftime")?;
    zero_means_lowest(&mut tm);
    check_tm(&tm)?;
    tm.isdst = tm.isdst.clamp(-1, 1);
    if fmt.as_str().contains('\0') {
        return Err(PyErr::value_error("embedded null character"));
    }
    Ok(Value::string(time_format::strftime(
        fmt.as_str(),
        &tm,
        &LibcClock,
    )))
}

fn time_strptime(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error("strptime() takes no keyword arguments"));
    }
    match a.pos.len() {
        0 => {
            return Err(PyErr::type_error(
                "_strptime_time() missing 1 required positional argument: 'data_string'",
            ))
        }
        1 | 2 => {}
        n => {
            return Err(PyErr::type_error(format!(
                "_strptime_time() takes from 1 to 2 positional arguments but {} were given",
                n
            )))
        }
    }
    let type_message = |i: usize, v: &Value| {
        PyErr::type_error(format!(
            "strptime() argument {} must be str, not <class '{}'>",
            i,
            v.type_name()
        ))
    };
    let Value::Str(data) = &a.pos[0] else {
        return Err(type_message(0, &a.pos[0]));
    };
    let fmt = match a.pos.get(1) {
        None => "%a %b %d %H:%M:%S %Y".to_string(),
        Some(Value::Str(f)) => f.as_str().to_string(),
        Some(other) => return Err(type_message(1, other)),
    };
    let zone = ZONE.with(|z| {
        let z = z.borrow();
        ZoneInfo {
            tzname: z.tzname.clone(),
            daylight: z.daylight,
        }
    });
    let p = time_strptime::strptime(data.as_str(), &fmt, &zone).map_err(PyErr::value_error)?;
    let values = vec![
        Value::Int(p.year),
        Value::Int(p.month),
        Value::Int(p.day),
        Value::Int(p.hour),
        Value::Int(p.minute),
        Value::Int(p.second),
        Value::Int(p.weekday),
        Value::Int(p.julian),
        Value::Int(p.isdst),
        p.zone.map(Value::string).or_none(),
        p.gmtoff.map(Value::Int).or_none(),
    ];
    Ok(struct_seq::new_instance(&struct_time_type(), values))
}

// ---- the local zone ----

/// Works out `timezone`, `altzone`, `daylight` and `tzname` from the offsets in force in
/// January and July of this year (the method CPython uses with the GNU C library).
fn compute_zone() -> LocalZone {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let now = realtime_ns().div_euclid(1_000_000_000);
    let t = now.div_euclid(YEAR) * YEAR;
    let jan = broken_down(t, true).unwrap_or_default();
    let jul = broken_down(t + YEAR / 2, true).unwrap_or_default();
    let (jan_off, jul_off) = (-jan.gmtoff, -jul.gmtoff);
    let name = |tm: &Tm| tm.zone.clone().unwrap_or_default();
    if jan_off < jul_off {
        // Southern hemisphere: daylight saving time is in January.
        LocalZone {
            timezone: jul_off,
            altzone: jan_off,
            daylight: jan_off != jul_off,
            tzname: (name(&jul), name(&jan)),
        }
    } else {
        LocalZone {
            timezone: jan_off,
            altzone: jul_off,
            daylight: jan_off != jul_off,
            tzname: (name(&jan), name(&jul)),
        }
    }
}

fn refresh_zone(m: &PyModule) {
    // SAFETY: tzset only reads the TZ variable and updates the C library's zone state.
    unsafe { tzset() };
    let z = compute_zone();
    m.set("timezone", Value::Int(z.timezone));
    m.set("altzone", Value::Int(z.altzone));
    m.set("daylight", Value::Int(z.daylight as i64));
    m.set(
        "tzname",
        Value::tuple(vec![Value::str(&z.tzname.0), Value::str(&z.tzname.1)]),
    );
    ZONE.with(|cell| *cell.borrow_mut() = z);
}

fn time_tzset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("time.tzset", 0, 0)?;
    if let Some(Value::Module(m)) = vm.modules.get_str("time") {
        refresh_zone(&m);
    }
    Ok(Value::None)
}
