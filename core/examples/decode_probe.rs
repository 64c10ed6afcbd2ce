//! Native cost of reading a state: decoding (serde_json with paths) and
//! indexing (World::new), per image.
use image_policy_core::{decode, World};
use std::time::Instant;

fn main() {
    let n = 1000;
    let images: Vec<String> = (0..n)
        .map(|k| {
            let shared = if k % 3 == 0 { r#","sharedWith":["b1","b2"]"# } else { "" };
            format!(r#"{{"id":"m-{k}","name":"img-{k}","kind":"custom","ownerId":"a{}","region":"r1","status":"available"{shared}}}"#, k % 100)
        })
        .collect();
    let instances: Vec<String> = (0..n)
        .step_by(2)
        .map(|k| {
            format!(
                r#"{{"id":"i-{k}","ownerId":"a{}","region":"r1","imageId":"m-{k}"}}"#,
                k % 100
            )
        })
        .collect();
    let state = format!(
        r#"{{"provider":"aliyun","images":[{}],"instances":[{}]}}"#,
        images.join(","),
        instances.join(",")
    );
    let rounds = 50;
    let start = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(decode::state(&state).unwrap());
    }
    let decoded = start.elapsed().as_nanos() as f64 / (rounds * n) as f64;
    let start = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(World::new(decode::state(&state).unwrap()).unwrap());
    }
    let built = start.elapsed().as_nanos() as f64 / (rounds * n) as f64;
    println!("decode: {decoded:.0} ns per image; decode + World::new: {built:.0} ns per image");
}
