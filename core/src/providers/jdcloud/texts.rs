//! What jdcloud adds to the shared rule texts (RULES.md's jdcloud clauses),
//! in both locales. `rules()` puts each after its rule's shared text.

use crate::catalogue::RuleId::*;
use crate::profile::RuleNote;

pub(super) static RULE_NOTES: &[RuleNote] = &[
    RuleNote {
        rule: Cpy2,
        en: "only the owner copies (a shared image must be copied by its owner).",
        zh_cn: "只有所有者可以复制（共享镜像须由其所有者复制）。",
    },
    RuleNote {
        rule: Cpy5,
        en: "its copy API (copyImages) carries no name or description.",
        zh_cn: "复制镜像接口不能指定名称或描述。",
    },
    RuleNote {
        rule: Tsk4,
        en: "there is no cancel: cancelCopy is refused as not supported.",
        zh_cn: "没有取消复制：取消复制会被拒绝（不支持）。",
    },
    RuleNote {
        rule: Dep1,
        en: "there is no deprecation: a status change is refused as not supported.",
        zh_cn: "没有弃用：变更状态会被拒绝（不支持）。",
    },
    RuleNote {
        rule: Enc2,
        en: "an encrypted image cannot be copied, and asking for an encrypted copy is refused as not supported.",
        zh_cn: "加密镜像不能复制，要求加密复制会被拒绝（不支持）。",
    },
    RuleNote {
        rule: Name2,
        en: "a name is 1 to 32 characters of letters, Chinese characters, digits, _ and -; a description is at most 256 characters.",
        zh_cn: "名称为 1～32 个字母、中文、数字、“_”和“-”；描述最多 256 个字符。",
    },
];
