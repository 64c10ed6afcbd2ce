//! The per-locale tables: one file per locale with every template, every
//! word an argument renders to, and (for Chinese) every rule text.

mod en;
mod zh_cn;

use crate::catalogue::RuleId;
use crate::message::{Arg, Locale, Message, Template, Word};

pub(crate) fn template(locale: Locale, template: Template) -> &'static str {
    match locale {
        Locale::En => en::template(template),
        Locale::ZhCn => zh_cn::template(template),
    }
}

/// A rule's shared text in `locale`: what every cloud does
/// ([`crate::rule_texts`] adds each cloud's own clause).
pub fn shared_rule_text(locale: Locale, rule: RuleId) -> &'static str {
    match locale {
        Locale::En => rule.text(),
        Locale::ZhCn => zh_cn::rule_text(rule),
    }
}

/// A number of a cloud's profile, as a clause of a rule's text.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Figure {
    /// SHR-2: how many accounts an image can be shared with.
    ShareLimit(usize),
    /// SHR-6: how many accounts one request may name, if the cloud says.
    AccountsPerRequest(Option<usize>),
}

/// `figure` as a clause in `locale`, lower case first as a cloud's note.
pub(crate) fn figure(locale: Locale, figure: Figure) -> String {
    match locale {
        Locale::En => en::figure(figure),
        Locale::ZhCn => zh_cn::figure(figure),
    }
}

/// A word of the console's vocabulary in `locale`.
pub(crate) fn word(locale: Locale, word: Word) -> &'static str {
    match locale {
        Locale::En => en::word(word),
        Locale::ZhCn => zh_cn::word(word),
    }
}

pub(crate) fn arg(locale: Locale, arg: &Arg, out: &mut String) {
    match locale {
        Locale::En => en::arg(arg, out),
        Locale::ZhCn => zh_cn::arg(arg, out),
    }
}

/// The message in `locale`: each `{name}` of the template replaced by
/// its argument, and each `{name|one|other}` by `one` when the argument
/// counts one thing, `other` otherwise (English agreement: "Instance
/// i-1 keeps", "Instances i-1 and i-2 keep").
pub fn render(message: &Message, locale: Locale) -> String {
    let template = template(locale, message.template);
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    // Byte searches: `{` and `}` are ASCII, never inside another
    // character, and a template is too short to repay `str::find`.
    let find = |text: &str, byte: u8| text.bytes().position(|b| b == byte);
    while let Some(open) = find(rest, b'{') {
        out.push_str(&rest[..open]);
        let close = open + find(&rest[open..], b'}').unwrap_or(rest.len() - open);
        let inside = &rest[open + 1..close];
        let mut forms = inside.split('|');
        let name = forms.next().unwrap_or_default();
        match (message.args.iter().find(|(n, _)| *n == name), forms.next()) {
            (Some((_, arg)), Some(one)) => out.push_str(if arg.counts_one() {
                one
            } else {
                forms.next().unwrap_or(one)
            }),
            (Some((_, value)), None) => arg(locale, value, &mut out),
            (None, _) => out.push_str(&rest[open..=close.min(rest.len() - 1)]),
        }
        rest = rest.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}
