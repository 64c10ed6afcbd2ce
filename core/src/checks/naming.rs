//! The naming rules: each profile's own (NAME-1, NAME-2, NAME-3, as data in
//! its [`crate::profile::Naming`]) and NAME-4, a name free in its region. A
//! bad name or description is a denial: the user typed it.

use super::Ctx;
use crate::catalogue::RuleId;
use crate::command::{CopyImage, CreateImage, ModifyImage};
use crate::decision::{Code, Verdict};
use crate::message::{msg, Arg, Message};
use crate::profile::{DescriptionRule, NameRule};
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

fn quoted(text: impl ToString) -> Arg {
    Arg::Quoted(vec![text.to_string()])
}

impl NameRule {
    /// What is wrong with `name` under this rule, or `None`.
    ///
    /// ```
    /// use image_policy_core::Provider;
    /// let rule = &Provider::Aliyun.profile().naming.name;
    /// assert_eq!(rule.problem("web-server_v1.2"), None);
    /// assert!(rule.problem("1web").is_some());
    /// assert!(rule.problem("aliyun-web").is_some());
    /// ```
    pub fn problem(&self, name: &str) -> Option<Message> {
        let chars = name.chars().count();
        if !(self.min..=self.max).contains(&chars) {
            return Some(msg!(
                NameLength,
                min = self.min,
                max = self.max,
                length = chars
            ));
        }
        if self.starts_with_letter && !name.chars().next().is_some_and(is_letter) {
            return Some(msg!(NameStart));
        }
        if let Some(allowed) = self.punctuation {
            let fits = |c: char| is_letter(c) || c.is_ascii_digit() || allowed.contains(&c);
            if let Some(bad) = name.chars().find(|&c| !fits(c)) {
                let allowed = Arg::Quoted(allowed.iter().map(char::to_string).collect());
                return Some(msg!(NameCharacters, allowed = allowed, bad = quoted(bad)));
            }
        }
        if let Some(prefix) = self
            .forbidden_prefixes
            .iter()
            .find(|p| name.starts_with(**p))
        {
            return Some(msg!(NamePrefix, prefix = quoted(prefix)));
        }
        if let Some(text) = self
            .forbidden_substrings
            .iter()
            .find(|t| name.contains(**t))
        {
            return Some(msg!(NameContains, text = quoted(text)));
        }
        None
    }
}

impl DescriptionRule {
    /// What is wrong with `description` under this rule, or `None`.
    ///
    /// ```
    /// use image_policy_core::Provider;
    /// let rule = &Provider::Tencent.profile().naming.description;
    /// assert_eq!(rule.problem(""), None);
    /// assert!(rule.problem(&"x".repeat(257)).is_some());
    /// ```
    pub fn problem(&self, description: &str) -> Option<Message> {
        let chars = description.chars().count();
        if chars > self.max && self.min == 0 {
            return Some(msg!(DescriptionTooLong, max = self.max, length = chars));
        }
        if !(self.min..=self.max).contains(&chars) {
            return Some(msg!(
                DescriptionLength,
                min = self.min,
                max = self.max,
                length = chars
            ));
        }
        let prefix = self
            .forbidden_prefixes
            .iter()
            .find(|p| description.starts_with(**p));
        prefix.map(|prefix| msg!(DescriptionPrefix, prefix = quoted(prefix)))
    }
}

/// The profile's naming rule (NAME-1, NAME-2, NAME-3) on a new name and
/// description.
fn check_request<R: Naming>(ctx: &Ctx, rule: RuleId, request: &R, copy: bool, out: &mut Verdict) {
    let naming = &ctx.profile.naming;
    if let Some(problem) = request
        .new_name()
        .and_then(|name| naming.name.problem(name))
    {
        out.deny(
            ctx.reason(rule, Code::InvalidName, || problem)
                .with(|d| d.field = Some("name")),
        );
    }
    let Some(description) = request.new_description() else {
        return;
    };
    if copy && !naming.copy_takes_description {
        out.deny(
            ctx.reason(rule, Code::NotSupported, || {
                msg!(CopyDescriptionUnsupported)
            })
            .with(|d| d.field = Some("description")),
        );
    } else if let Some(problem) = naming.description.problem(description) {
        out.deny(
            ctx.reason(rule, Code::InvalidDescription, || problem)
                .with(|d| d.field = Some("description")),
        );
    }
}

/// The naming rule on create and import.
pub(super) fn on_create(ctx: &Ctx, rule: RuleId, request: &CreateImage, out: &mut Verdict) {
    check_request(ctx, rule, request, false, out);
}

/// The naming rule on modify.
pub(super) fn on_modify(ctx: &Ctx, rule: RuleId, on: &super::On<ModifyImage>, out: &mut Verdict) {
    check_request(ctx, rule, on.request, false, out);
}

/// The naming rule on copy, where a provider may take no description.
pub(super) fn on_copy(ctx: &Ctx, rule: RuleId, on: &super::On<CopyImage>, out: &mut Verdict) {
    check_request(ctx, rule, on.request, true, out);
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
