//! Boundary fuzzing in headless Chromium: thousands of hostile JavaScript
//! values into every exported function. Each call must return a Decision
//! (or the documented result object) or throw an InputError, and a valid
//! call right after must still work. `FUZZ_ROUNDS` (build-time env) raises
//! the count for a longer run.
#![cfg(target_arch = "wasm32")]

use image_policy::*;
use js_sys::{Array, Function, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// xorshift64*: deterministic, so a failure names its seed and round.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const VALID_STATE: &str = r#"{"provider":"aliyun","images":[
  {"id":"m-1","name":"web","kind":"custom","ownerId":"a1","region":"r1","status":"available","sharedWith":["a2"],"snapshotIds":["s-1"]},
  {"id":"m-2","name":"pub","kind":"public","region":"r1","status":"available"}],
  "instances":[{"id":"i-1","ownerId":"a2","region":"r1","imageId":"m-1"}],
  "snapshots":[{"id":"s-1","ownerId":"a1","region":"r1"}]}"#;
const VALID_COMMAND: &str = r#"{"type":"deleteImage","actor":"a1","imageId":"m-1","force":true}"#;

const KEYS: [&str; 24] = [
    "provider",
    "images",
    "instances",
    "snapshots",
    "id",
    "name",
    "kind",
    "ownerId",
    "region",
    "status",
    "sharedWith",
    "snapshotIds",
    "type",
    "actor",
    "imageId",
    "accountIds",
    "force",
    "from",
    "destinationRegion",
    "bucket",
    "__proto__",
    "constructor",
    "toString",
    "instanceId",
];
const WORDS: [&str; 14] = [
    "aliyun",
    "jdcloud",
    "custom",
    "public",
    "available",
    "deleteImage",
    "shareImage",
    "createImage",
    "m-1",
    "a1",
    "r1",
    "",
    "__proto__",
    "i-1",
];

/// Random JSON text: scalars, strings (some huge), arrays (some long),
/// objects with contract keys, nesting (some very deep).
fn junk_json(rng: &mut Rng, depth: usize) -> String {
    let choice = if depth > 4 {
        rng.below(6)
    } else {
        rng.below(10)
    };
    match choice {
        0 => "null".into(),
        1 => ["true", "false"][rng.below(2)].into(),
        2 => [
            "0",
            "-0",
            "1e308",
            "-1",
            "3.5",
            "123456789012345678901234567890",
        ][rng.below(6)]
        .into(),
        3 => format!("{:?}", rng.pick(&WORDS)),
        4 => format!("\"{}\"", "x".repeat(rng.below(3) * 40_000)),
        5 => format!("\"\\u0000{}\\ud800\"", rng.pick(&WORDS)),
        6 => format!(
            "[{}]",
            (0..rng.below(4))
                .map(|_| junk_json(rng, depth + 1))
                .collect::<Vec<_>>()
                .join(",")
        ),
        7 => format!("[{}]", vec!["\"a1\""; rng.below(3) * 5_000].join(",")),
        8 => deep(rng),
        _ => {
            let fields: Vec<String> = (0..rng.below(6))
                .map(|_| format!("{:?}:{}", rng.pick(&KEYS), junk_json(rng, depth + 1)))
                .collect();
            format!("{{{}}}", fields.join(","))
        }
    }
}

fn deep(rng: &mut Rng) -> String {
    let n = 100 + rng.below(3000);
    format!("{}{}", "[".repeat(n - 1), "]".repeat(n))
}

/// A valid document with one field replaced by junk.
fn mutated(rng: &mut Rng, valid: &str) -> JsValue {
    let value = JSON::parse(valid).unwrap();
    let mut target = value.clone();
    // Walk down a random path of objects and arrays.
    for _ in 0..rng.below(4) {
        let keys = Object::keys(target.unchecked_ref::<Object>());
        if keys.length() == 0 {
            break;
        }
        let next =
            Reflect::get(&target, &keys.get(rng.below(keys.length() as usize) as u32)).unwrap();
        if next.is_object() {
            target = next;
        } else {
            break;
        }
    }
    if target.is_object() {
        let key = if rng.below(3) == 0 {
            JsValue::from_str(rng.pick(&KEYS))
        } else {
            let keys = Object::keys(target.unchecked_ref::<Object>());
            if keys.length() == 0 {
                JsValue::from_str("x")
            } else {
                keys.get(rng.below(keys.length() as usize) as u32)
            }
        };
        let _ = Reflect::set(&target, &key, &any_value(rng));
    }
    value
}

/// Any JavaScript value, including ones JSON cannot hold.
fn any_value(rng: &mut Rng) -> JsValue {
    match rng.below(12) {
        0 => JsValue::UNDEFINED,
        1 => JsValue::from_f64(f64::NAN),
        2 => JsValue::from_f64(f64::INFINITY),
        3 => js_sys::BigInt::from(rng.next()).into(),
        4 => js_sys::Symbol::for_("junk").into(),
        5 => Function::new_no_args("throw new Error('getter')").into(),
        6 => {
            let cyclic = Object::new();
            Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
            cyclic.into()
        }
        7 => {
            // toJSON that throws.
            let hostile = Object::new();
            Reflect::set(
                &hostile,
                &"toJSON".into(),
                &Function::new_no_args("throw new RangeError('nope')"),
            )
            .unwrap();
            hostile.into()
        }
        _ => JSON::parse(&junk_json(rng, 0)).unwrap_or(JsValue::NULL),
    }
}

fn input(rng: &mut Rng, valid: &str) -> JsValue {
    match rng.below(3) {
        0 => any_value(rng),
        _ => mutated(rng, valid),
    }
}

/// Ok must be an object with a boolean `allowed` or `ok`; Err an InputError.
fn assert_answer(result: Result<JsValue, JsValue>, what: &str) {
    match result {
        Ok(value) => {
            let allowed = Reflect::get(&value, &"allowed".into()).unwrap();
            let ok = Reflect::get(&value, &"ok".into()).unwrap();
            assert!(
                allowed.as_bool().is_some()
                    || ok.as_bool().is_some()
                    || Array::is_array(&value)
                    || value.is_object(),
                "{what}: not an answer"
            );
        }
        Err(error) => {
            let error: js_sys::Error = error
                .dyn_into()
                .unwrap_or_else(|_| panic!("{what}: threw a non-Error"));
            assert_eq!(
                String::from(error.name()),
                "InputError",
                "{what}: {}",
                String::from(error.message())
            );
            let code = Reflect::get(&error, &"code".into()).unwrap();
            assert_eq!(code.as_string().as_deref(), Some("InvalidInput"), "{what}");
            assert!(
                Reflect::get(&error, &"path".into()).unwrap().is_string(),
                "{what}"
            );
        }
    }
}

fn rounds() -> usize {
    option_env!("FUZZ_ROUNDS")
        .and_then(|n| n.parse().ok())
        .unwrap_or(400)
}

#[wasm_bindgen_test]
fn every_export_answers_or_throws_input_error() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let valid_state = || JSON::parse(VALID_STATE).unwrap();
    let valid_command = || JSON::parse(VALID_COMMAND).unwrap();
    let mut engine = Engine::new(valid_state(), None).unwrap();
    let mut calls = 0;
    type Can = fn(JsValue, JsValue, Option<JsValue>) -> Result<JsValue, JsValue>;
    let cans: [Can; 9] = [
        can_delete,
        can_share,
        can_unshare,
        can_copy,
        can_export,
        can_modify,
        can_create_instance,
        can_reinit_disk,
        can_replace_system_disk,
    ];
    for round in 0..rounds() {
        let what = format!("round {round}");
        let state = input(&mut rng, VALID_STATE);
        let command = input(&mut rng, VALID_COMMAND);
        assert_answer(check(state.clone(), command.clone(), None), &what);
        assert_answer(check(valid_state(), command.clone(), None), &what);
        assert_answer(apply_command(state.clone(), valid_command(), None), &what);
        assert_answer(apply_command(valid_state(), command.clone(), None), &what);
        let can = cans[rng.below(cans.len())];
        assert_answer(can(state.clone(), command.clone(), None), &what);
        assert_answer(can(valid_state(), command.clone(), None), &what);
        assert_answer(
            Engine::new(state.clone(), None).map(|e| e.to_json().unwrap()),
            &what,
        );
        assert_answer(engine.check(command.clone(), None), &what);
        assert_answer(engine.can_share(command.clone(), None), &what);
        assert_answer(engine.apply(command.clone(), None), &what);
        assert_answer(
            engine.allowed_actions(any_value(&mut rng), any_value(&mut rng), None),
            &what,
        );
        assert_answer(rules(Some(any_value(&mut rng)), None), &what);
        calls += 12;

        // A valid call right after still works.
        let decision = check(valid_state(), valid_command(), None).expect("valid call works");
        assert_eq!(
            Reflect::get(&decision, &"allowed".into()).unwrap(),
            JsValue::FALSE,
            "{what}: DEL-1 still answers"
        );
        let held = engine.check(
            JSON::parse(r#"{"type":"modifyImage","actor":"a1","imageId":"m-2"}"#).unwrap(),
            None,
        );
        assert!(held.is_ok(), "{what}: engine still answers");
    }
    web_sys_log(&format!(
        "boundary fuzz: {calls} hostile calls, {} rounds, all answered",
        rounds()
    ));
}

fn web_sys_log(message: &str) {
    wasm_bindgen_test::console_log!("{}", message);
}
