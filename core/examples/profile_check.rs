//! Native cost of one Engine decision, to separate rule cost from boundary cost.
use image_policy_core::api::Engine;
use image_policy_core::Locale;
use std::time::Instant;

fn main() {
    let state = r#"{"provider":"aliyun","images":[
      {"id":"idle","name":"idle","kind":"custom","ownerId":"a1","region":"r1","status":"available"},
      {"id":"shared","name":"shared","kind":"custom","ownerId":"a1","region":"r1","status":"available","sharedWith":["a2"]},
      {"id":"in-use","name":"in-use","kind":"custom","ownerId":"a1","region":"r1","status":"available"},
      {"id":"not-owned","name":"x","kind":"custom","ownerId":"a9","region":"r1","status":"available","sharedWith":["a1"]}],
      "instances":[{"id":"i-1","ownerId":"a1","region":"r1","imageId":"in-use"}]}"#;
    let engine = Engine::new(state).unwrap();
    let request = r#"{"actor":"a1","imageId":"shared"}"#;
    let n = 200_000;
    let start = Instant::now();
    for _ in 0..n {
        std::hint::black_box(engine.can("deleteImage", request, Locale::En).unwrap());
    }
    println!(
        "Engine.can: {:.0} ns",
        start.elapsed().as_nanos() as f64 / n as f64
    );
    let start = Instant::now();
    for _ in 0..n / 10 {
        std::hint::black_box(
            image_policy_core::api::can("deleteImage", state, request, Locale::En).unwrap(),
        );
    }
    println!(
        "api::can (stateless): {:.0} ns",
        start.elapsed().as_nanos() as f64 / (n / 10) as f64
    );
    let command = image_policy_core::decode::request("deleteImage", request).unwrap();
    let start = Instant::now();
    for _ in 0..n {
        std::hint::black_box(image_policy_core::decide(engine.world(), &command));
    }
    println!(
        "decide only: {:.0} ns",
        start.elapsed().as_nanos() as f64 / n as f64
    );
    let start = Instant::now();
    for _ in 0..n / 10 {
        std::hint::black_box(image_policy_core::decode::state(state).unwrap());
    }
    println!(
        "decode::state of the 4-image state: {:.0} ns",
        start.elapsed().as_nanos() as f64 / (n / 10) as f64
    );
    let decoded = image_policy_core::decode::state(state).unwrap();
    let start = Instant::now();
    for _ in 0..n / 10 {
        std::hint::black_box(image_policy_core::World::new(decoded.clone()).unwrap());
    }
    println!(
        "World::new of it (with a clone): {:.0} ns",
        start.elapsed().as_nanos() as f64 / (n / 10) as f64
    );
}
