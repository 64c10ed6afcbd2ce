//! NAME-1 (aliyun) and NAME-2 (jdcloud): what a new name or description
//! may be. A bad one is a denial: the user typed it.

use super::Ctx;
use crate::catalogue::RuleId;
use crate::command::{CopyImage, CreateImage, ModifyImage};
use crate::decision::{Code, Verdict};
use crate::message::{msg, Message};
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
