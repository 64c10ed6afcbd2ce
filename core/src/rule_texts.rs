//! A rule's text for the clouds asked about. The shared text (catalogue.rs,
//! messages/zh_cn.rs) says what every cloud does and names none; each cloud
//! then adds its own clause, a figure of its profile (SHR-2, SHR-6) or a
//! note from its folder, so a new cloud changes no shared text.

use crate::catalogue::RuleId;
use crate::message::Locale;
use crate::messages::{self, Figure};
use crate::model::Provider;
use crate::profile::Profile;

/// `rule`'s text in `locale`: the shared text, then what `provider` adds
/// to it, or, for no provider, what each cloud of this build that
/// enforces the rule adds, after the cloud's name.
///
/// ```
/// use image_policy_core::{rule_text, Locale, Provider, RuleId};
/// let all = rule_text(Locale::En, RuleId::Shr2, None);
/// assert!(all.contains("jdcloud: at most 20 accounts."), "{all}");
/// let jd = rule_text(Locale::En, RuleId::Shr2, Some(Provider::Jdcloud));
/// assert!(jd.ends_with("(nothing is added). At most 20 accounts."), "{jd}");
/// ```
pub fn rule_text(locale: Locale, rule: RuleId, provider: Option<Provider>) -> String {
    let mut text = messages::shared_rule_text(locale, rule).to_string();
    let separator = match locale {
        Locale::En => " ",
        Locale::ZhCn => "",
    };
    if let Some(cloud) = provider {
        if let Some(clause) = clause(locale, rule, cloud.profile()) {
            text.push_str(separator);
            let mut chars = clause.chars();
            text.extend(chars.next().map(|first| first.to_ascii_uppercase()));
            text.push_str(chars.as_str());
        }
        return text;
    }
    for &cloud in Provider::ALL.iter().filter(|p| p.profile().enforces(rule)) {
        let profile = cloud.profile();
        if let Some(clause) = clause(locale, rule, profile) {
            text.push_str(separator);
            text.push_str(match locale {
                Locale::En => cloud.as_str(),
                Locale::ZhCn => profile.name_zh_cn,
            });
            text.push_str(match locale {
                Locale::En => ": ",
                Locale::ZhCn => "：",
            });
            text.push_str(&clause);
        }
    }
    text
}

/// What `profile`'s cloud adds to `rule`, if anything.
fn clause(locale: Locale, rule: RuleId, profile: &Profile) -> Option<String> {
    let figure = match rule {
        RuleId::Shr2 => Some(Figure::ShareLimit(profile.share_limit)),
        RuleId::Shr6 => Some(Figure::AccountsPerRequest(profile.accounts_per_request)),
        _ => None,
    };
    if let Some(figure) = figure {
        return Some(messages::figure(locale, figure));
    }
    let note = profile.rule_notes.iter().find(|note| note.rule == rule)?;
    Some(
        match locale {
            Locale::En => note.en,
            Locale::ZhCn => note.zh_cn,
        }
        .to_string(),
    )
}
