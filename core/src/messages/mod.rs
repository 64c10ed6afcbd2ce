//! The per-locale tables: one file per locale with every template, every
//! word an argument renders to, and (for Chinese) every rule text.

mod en;
mod zh_cn;

use crate::catalogue::RuleId;
use crate::console::Word;
use crate::message::{Arg, Locale, Template};

pub(crate) fn template(locale: Locale, template: Template) -> &'static str {
    match locale {
        Locale::En => en::template(template),
        Locale::ZhCn => zh_cn::template(template),
    }
}

/// A rule's text in `locale`.
pub fn rule_text(locale: Locale, rule: RuleId) -> &'static str {
    match locale {
        Locale::En => rule.text(),
        Locale::ZhCn => zh_cn::rule_text(rule),
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
