//! NAME-1 (aliyun), NAME-2 (jdcloud), NAME-3 and NAME-4 (tencent): what a
//! new name or description may be. A bad one is a denial: the user typed it.

use super::Ctx;
use crate::catalogue::RuleId;
use crate::command::{CopyImage, CreateImage, ModifyImage};
use crate::decision::{Code, Verdict};
use crate::message::{msg, Arg, Message};
use crate::text::Text;

/// A request that may set a name and a description.
pub trait Naming {
    fn new_name(&self) -> Option<&Text>;
    fn new_description(&self) -> Option<&Text>;
}

impl Naming for CreateImage {
    fn new_name(&self) -> Option<&Text> {
        Some(&self.name)
    }
    fn new_description(&self) -> Option<&Text> {
        self.description.as_ref()
    }
}

impl Naming for CopyImage {
    fn new_name(&self) -> Option<&Text> {
        self.name.as_ref()
    }
    fn new_description(&self) -> Option<&Text> {
        self.description.as_ref()
    }
}

impl Naming for ModifyImage {
    fn new_name(&self) -> Option<&Text> {
        self.name.as_ref()
    }
    fn new_description(&self) -> Option<&Text> {
        self.description.as_ref()
    }
}

fn is_chinese(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{20000}'..='\u{2A6DF}' | '\u{F900}'..='\u{FAFF}')
}

fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || is_chinese(c)
}

/// NAME-1 name: what is wrong with `name`, or `None`.
///
/// ```
/// use image_policy_core::checks::naming::aliyun_name_problem;
/// assert_eq!(aliyun_name_problem("web-server_v1.2"), None);
/// assert!(aliyun_name_problem("1web").is_some());
/// assert!(aliyun_name_problem("aliyun-web").is_some());
/// ```
pub fn aliyun_name_problem(name: &str) -> Option<Message> {
    let chars = name.chars().count();
    if !(2..=128).contains(&chars) {
        return Some(msg!(
            NameLength,
            min = 2usize,
            max = 128usize,
            length = chars
        ));
    }
    if !name.chars().next().is_some_and(is_letter) {
        return Some(msg!(NameStart));
    }
    if let Some(bad) = name
        .chars()
        .find(|&c| !(is_letter(c) || c.is_ascii_digit() || matches!(c, '.' | ':' | '_' | '-')))
    {
        return Some(msg!(NameCharacters, bad = bad));
    }
    if name.starts_with("acs:") || name.starts_with("aliyun") {
        return Some(msg!(NamePrefix));
    }
    if name.contains("http://") || name.contains("https://") {
        return Some(msg!(NameUrl));
    }
    None
}

/// NAME-1 description: what is wrong with `description`, or `None`.
pub fn aliyun_description_problem(description: &str) -> Option<Message> {
    let chars = description.chars().count();
    if !(2..=256).contains(&chars) {
        return Some(msg!(DescriptionLength, length = chars));
    }
    if description.starts_with("http://") || description.starts_with("https://") {
        return Some(msg!(DescriptionUrl));
    }
    None
}

/// NAME-2 name: what is wrong with `name`, or `None`.
///
/// ```
/// use image_policy_core::checks::naming::jdcloud_name_problem;
/// assert_eq!(jdcloud_name_problem("web_01"), None);
/// assert!(jdcloud_name_problem("web.01").is_some());
/// ```
pub fn jdcloud_name_problem(name: &str) -> Option<Message> {
    let chars = name.chars().count();
    if !(1..=32).contains(&chars) {
        return Some(msg!(
            NameLength,
            min = 1usize,
            max = 32usize,
            length = chars
        ));
    }
    if let Some(bad) = name
        .chars()
        .find(|&c| !(is_letter(c) || c.is_ascii_digit() || matches!(c, '_' | '-')))
    {
        return Some(msg!(JdNameCharacters, bad = bad));
    }
    None
}

/// NAME-2 description: what is wrong with `description`, or `None`.
pub fn jdcloud_description_problem(description: &str) -> Option<Message> {
    let chars = description.chars().count();
    (chars > 256).then(|| msg!(JdDescriptionLength, length = chars))
}

fn check_with<R: Naming>(
    ctx: &Ctx,
    rule: RuleId,
    request: &R,
    name_problem: fn(&str) -> Option<Message>,
    description_problem: fn(&str) -> Option<Message>,
    out: &mut Verdict,
) {
    if let Some(problem) = request.new_name().and_then(|name| name_problem(name)) {
        out.deny(
            ctx.reason(rule, Code::InvalidName, || problem)
                .with(|d| d.field = Some("name")),
        );
    }
    if let Some(problem) = request
        .new_description()
        .and_then(|text| description_problem(text))
    {
        out.deny(
            ctx.reason(rule, Code::InvalidDescription, || problem)
                .with(|d| d.field = Some("description")),
        );
    }
}

/// NAME-1 on a request.
pub(super) fn aliyun<R: Naming>(ctx: &Ctx, rule: RuleId, request: &R, out: &mut Verdict) {
    check_with(
        ctx,
        rule,
        request,
        aliyun_name_problem,
        aliyun_description_problem,
        out,
    );
}

/// NAME-2 on a request.
pub(super) fn jdcloud<R: Naming>(ctx: &Ctx, rule: RuleId, request: &R, out: &mut Verdict) {
    check_with(
        ctx,
        rule,
        request,
        jdcloud_name_problem,
        jdcloud_description_problem,
        out,
    );
}

/// NAME-1 on a command that targets an image (copy, modify).
pub(super) fn aliyun_on<R: Naming>(ctx: &Ctx, rule: RuleId, on: &super::On<R>, out: &mut Verdict) {
    aliyun(ctx, rule, on.request, out);
}

/// NAME-2 on a command that targets an image (copy, modify).
pub(super) fn jdcloud_on<R: Naming>(ctx: &Ctx, rule: RuleId, on: &super::On<R>, out: &mut Verdict) {
    jdcloud(ctx, rule, on.request, out);
}

/// NAME-3 name: not empty, at most 60 characters (no character rules are
/// published).
///
/// ```
/// use image_policy_core::checks::naming::tencent_name_problem;
/// assert_eq!(tencent_name_problem("web server 01"), None);
/// assert!(tencent_name_problem("").is_some());
/// assert!(tencent_name_problem(&"x".repeat(61)).is_some());
/// ```
pub fn tencent_name_problem(name: &str) -> Option<Message> {
    let chars = name.chars().count();
    (!(1..=60).contains(&chars))
        .then(|| msg!(NameLength, min = 1usize, max = 60usize, length = chars))
}

/// NAME-3 description: at most 256 characters.
pub fn tencent_description_problem(description: &str) -> Option<Message> {
    let chars = description.chars().count();
    (chars > 256).then(|| msg!(JdDescriptionLength, length = chars))
}

/// NAME-3 on a request (create, import).
pub(super) fn tencent<R: Naming>(ctx: &Ctx, rule: RuleId, request: &R, out: &mut Verdict) {
    check_with(
        ctx,
        rule,
        request,
        tencent_name_problem,
        tencent_description_problem,
        out,
    );
}

/// NAME-3 on a command that targets an image (modify).
pub(super) fn tencent_on<R: Naming>(ctx: &Ctx, rule: RuleId, on: &super::On<R>, out: &mut Verdict) {
    tencent(ctx, rule, on.request, out);
}

/// NAME-3 on a copy: SyncImages takes a name but no description.
pub(super) fn tencent_copy_on(
    ctx: &Ctx,
    rule: RuleId,
    on: &super::On<CopyImage>,
    out: &mut Verdict,
) {
    check_with(ctx, rule, on.request, tencent_name_problem, |_| None, out);
    if on.request.description.is_some() {
        out.deny(
            ctx.reason(rule, Code::NotSupported, || {
                msg!(CopyDescriptionUnsupported)
            })
            .with(|d| d.field = Some("description")),
        );
    }
}

/// NAME-4: `name` is free among the actor's other custom images in `region`
/// (`except` does not count: the image renamed, or a copy's source).
fn name_free_in(
    ctx: &Ctx,
    rule: RuleId,
    name: &str,
    region: &str,
    except: &str,
    out: &mut Verdict,
) {
    let taken = ctx.world.images().find(|image| {
        image.is_owned_by(ctx.actor)
            && image.region.as_str() == region
            && image.name.as_str() == name
            && image.id.as_str() != except
    });
    if let Some(image) = taken {
        out.deny(
            ctx.reason(rule, Code::NameTaken, || {
                msg!(
                    NameTaken,
                    values = Arg::Quoted(vec![name.to_string()]),
                    image = &image.id,
                    region = Arg::Text(region.to_string())
                )
            })
            .with(|d| {
                d.field = Some("name");
                d.images = vec![image.id.clone()];
                d.region = Some(region.to_string());
            }),
        );
    }
}

/// NAME-4 on create and import: in the new image's region.
pub(super) fn name_free_for_create(
    ctx: &Ctx,
    rule: RuleId,
    request: &CreateImage,
    out: &mut Verdict,
) {
    let region = request.region.as_ref().map(|r| r.as_str()).or_else(|| {
        let from_instance = request
            .instance_id
            .as_ref()
            .and_then(|id| ctx.world.instance(id));
        let from_snapshot = request
            .snapshot_ids
            .first()
            .and_then(|id| ctx.world.snapshot(id));
        from_instance
            .map(|i| i.region.as_str())
            .or_else(|| from_snapshot.map(|s| s.region.as_str()))
    });
    if let Some(region) = region {
        name_free_in(ctx, rule, &request.name, region, "", out);
    }
}

/// NAME-4 on modify: in the image's region, the image itself aside.
pub(super) fn name_free_for_modify(
    ctx: &Ctx,
    rule: RuleId,
    on: &super::On<ModifyImage>,
    out: &mut Verdict,
) {
    if let Some(name) = &on.request.name {
        name_free_in(ctx, rule, name, &on.image.region, &on.image.id, out);
    }
}

/// NAME-4 on copy: in the destination region, the name given or kept from
/// the source; the copy's own source aside.
pub(super) fn name_free_for_copy(
    ctx: &Ctx,
    rule: RuleId,
    on: &super::On<CopyImage>,
    out: &mut Verdict,
) {
    let Some(region) = on
        .request
        .destination_region
        .as_ref()
        .and_then(|d| d.valid())
    else {
        return;
    };
    let name = on.request.name.as_ref().unwrap_or(&on.image.name);
    name_free_in(ctx, rule, name, region, &on.image.id, out);
}
