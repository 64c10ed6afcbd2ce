//! Native cost of actionMatrix, to separate rule cost from boundary cost.
use image_policy_core::{action_matrix, api::Engine, AccountId};
use std::time::Instant;

fn main() {
    let n: usize = std::env::var("N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let mut images = Vec::new();
    for k in 0..n {
        let shared = if k % 3 == 0 {
            format!(
                r#","sharedWith":["b{}","b{}"]"#,
                (k + 1) % 100,
                (k + 2) % 100
            )
        } else {
            String::new()
        };
        images.push(format!(r#"{{"id":"m-{k}","name":"img-{k}","kind":"custom","ownerId":"a0","region":"r1","status":"available"{shared}}}"#));
    }
    let instances: Vec<String> = (0..n)
        .step_by(2)
        .map(|k| format!(r#"{{"id":"i-{k}","ownerId":"a0","region":"r1","imageId":"m-{k}"}}"#))
        .collect();
    let state = format!(
        r#"{{"provider":"aliyun","images":[{}],"instances":[{}]}}"#,
        images.join(","),
        instances.join(",")
    );
    let engine = Engine::new(&state).unwrap();
    let actor = AccountId::new("a0").unwrap();
    // REPEAT=k decides the matrix k times (for a profiler); the figure is
    // the first, cold, one.
    let repeat: usize = std::env::var("REPEAT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let start = Instant::now();
    let rows = action_matrix(engine.world(), &actor, None);
    let t = start.elapsed();
    for _ in 1..repeat {
        std::hint::black_box(action_matrix(engine.world(), &actor, None));
    }
    println!(
        "action_matrix: {:.2} ms for {} rows, {:.0} ns per decision",
        t.as_secs_f64() * 1e3,
        rows.len(),
        t.as_nanos() as f64 / (rows.len() * 12) as f64
    );
    let start = Instant::now();
    let json = serde_json::to_string(&rows).unwrap();
    println!(
        "serde_json::to_string: {:.2} ms, {} bytes",
        start.elapsed().as_secs_f64() * 1e3,
        json.len()
    );
}
