//! Provider tasks still running (TSK-*), per profile.
mod common;
use common::*;
use image_policy_core::{Code, Event, Id, Task};
use serde_json::{json, Value};

/// `state` with a running copy `copy-1` of `own-1` and an image of OWNER
/// being imported (`imp-1`) and one being exported (`exp-1`).
fn with_tasks(mut state: Value) -> Value {
    let images = state["images"].as_array_mut().unwrap();
    images.push(
        json!({"id": "copy-1", "name": "web", "kind": "custom", "ownerId": OWNER,
        "region": OTHER_REGION, "status": "creating", "copiedFrom": "own-1", "task": "copying"}),
    );
    images.push(
        json!({"id": "imp-1", "name": "up", "kind": "custom", "ownerId": OWNER,
        "region": REGION, "status": "available", "task": "importing"}),
    );
    images.push(
        json!({"id": "exp-1", "name": "out", "kind": "custom", "ownerId": OWNER,
        "region": REGION, "status": "available", "task": "exporting"}),
    );
    state
}

fn delete(image: &str, force: bool) -> Value {
    json!({"type": "deleteImage", "actor": OWNER, "imageId": image, "force": force})
}

/// TSK-1, both profiles: no delete (not even forced) while a task runs; the
/// code and the provider's code follow the task.
#[test]
fn tsk_1_no_delete_while_a_task_runs() {
    let cases = [
        (
            "imp-1",
            Code::ImageImporting,
            "ImageIsImporting",
            Task::Importing,
        ),
        (
            "exp-1",
            Code::ImageExporting,
            "ImageIsExporting",
            Task::Exporting,
        ),
        (
            "copy-1",
            Code::ImageCopying,
            "OperationDenied.ImageCopying",
            Task::Copying,
        ),
    ];
    for (image, code, aliyun_code, task) in cases {
        for (state, provider_code) in [(aliyun(), aliyun_code), (jdcloud(), "FAILED_PRECONDITION")]
        {
            let state = with_tasks(state);
            let decision = check(&state, delete(image, true));
            assert!(
                rules(&decision).contains(&"TSK-1"),
                "{image}: {decision:#?}"
            );
            let reason = reason(&decision, code);
            assert_eq!(reason.details.provider_code, Some(provider_code));
            assert_eq!(reason.details.task, Some(task));
        }
    }
    assert_allowed(&check(&with_tasks(aliyun()), delete("own-1", true)));
}

/// TSK-2, aliyun: one running copy per source; jdcloud refuses by TSK-5 only
/// when the source itself is busy.
#[test]
fn tsk_2_one_copy_at_a_time_on_aliyun() {
    let copy = json!({"type": "copyImage", "actor": OWNER, "imageId": "own-1", "destinationRegion": "cn-shanghai"});
    let decision = check(&with_tasks(aliyun()), copy.clone());
    assert_denied_by(&decision, &["TSK-2"]);
    assert_eq!(decision.reasons[0].code, Code::CopyConflict);
    assert_eq!(
        decision.reasons[0].details.provider_code,
        Some("OperationDenied.ImageCopyConflict")
    );
    assert_eq!(ids(&decision.reasons[0].details.images), ["copy-1"]);
    assert_allowed(&check(&with_tasks(jdcloud()), copy));
}

/// TSK-3, aliyun: no second export while exporting.
#[test]
fn tsk_3_one_export_at_a_time_on_aliyun() {
    let export =
        json!({"type": "exportImage", "actor": OWNER, "imageId": "exp-1", "bucket": "images-1"});
    let decision = check(&with_tasks(aliyun()), export.clone());
    assert_denied_by(&decision, &["TSK-3"]);
    assert_eq!(
        decision.reasons[0].details.provider_code,
        Some("ImageIsExporting")
    );
    assert_allowed(&check(&with_tasks(jdcloud()), export));
}

/// TSK-4, aliyun: the owner cancels a running copy; the copy is deleted and
/// the source stays. Not a copy, or a finished copy: refused.
#[test]
fn tsk_4_cancel_a_running_copy_on_aliyun() {
    let state = with_tasks(aliyun());
    let cancel = |image: &str| json!({"type": "cancelCopy", "actor": OWNER, "imageId": image});
    let (world, result) = run(&state, cancel("copy-1"));
    assert_eq!(
        events(&result),
        [Event::CopyCancelled {
            image_id: Id::new("copy-1").unwrap(),
            source_image_id: Id::new("own-1").unwrap()
        }]
    );
    assert!(world.image("copy-1").is_none());
    assert!(world.image("own-1").is_some(), "the source stays");
    let consequence = consequence(&result.as_ref().unwrap().decision, Code::CopyDeleted);
    assert_eq!(consequence.rule.as_str(), "TSK-4");

    let not_a_copy = check(&state, cancel("own-1"));
    assert_denied_by(&not_a_copy, &["TSK-4"]);
    assert_eq!(not_a_copy.reasons[0].code, Code::NotACopy);
    assert_eq!(
        not_a_copy.reasons[0].details.provider_code,
        Some("ImageCreatedNotFromCopy")
    );

    let mut finished = state.clone();
    image_mut(&mut finished, "copy-1")["task"] = Value::Null;
    image_mut(&mut finished, "copy-1")["status"] = json!("available");
    let done = check(&finished, cancel("copy-1"));
    assert_denied_by(&done, &["TSK-4"]);
    assert_eq!(
        done.reasons[0].details.provider_code,
        Some("IncorrectImageStatus")
    );

    let stranger = check(
        &state,
        json!({"type": "cancelCopy", "actor": FRIEND, "imageId": "copy-1"}),
    );
    assert_denied_by(&stranger, &["VIS-1"]);
}

/// TSK-4, jdcloud: there is no cancel; the answer is NotSupported.
#[test]
fn tsk_4_jdcloud_cannot_cancel_a_copy() {
    let decision = check(
        &with_tasks(jdcloud()),
        json!({"type": "cancelCopy", "actor": OWNER, "imageId": "copy-1"}),
    );
    assert_denied_by(&decision, &["TSK-4"]);
    assert_eq!(decision.reasons[0].code, Code::NotSupported);
}

/// TSK-5, jdcloud: no share and no copy while a task runs; aliyun allows both.
#[test]
fn tsk_5_no_share_or_copy_while_busy_on_jdcloud() {
    let share =
        json!({"type": "shareImage", "actor": OWNER, "imageId": "imp-1", "accountIds": [FRIEND]});
    let copy = json!({"type": "copyImage", "actor": OWNER, "imageId": "imp-1", "destinationRegion": OTHER_REGION});
    for command in [share, copy] {
        let decision = check(&with_tasks(jdcloud()), command.clone());
        assert_denied_by(&decision, &["TSK-5"]);
        assert_eq!(decision.reasons[0].code, Code::ImageImporting);
        assert_eq!(
            decision.reasons[0].details.provider_code,
            Some("FAILED_PRECONDITION")
        );
        assert_allowed(&check(&with_tasks(aliyun()), command));
    }
}
