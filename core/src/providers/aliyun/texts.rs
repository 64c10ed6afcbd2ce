//! What aliyun adds to the shared rule texts (RULES.md's aliyun clauses), in
//! both locales. `rules()` puts each after its rule's shared text.

use crate::catalogue::RuleId::*;
use crate::profile::RuleNote;

pub(super) static RULE_NOTES: &[RuleNote] = &[
    RuleNote {
        rule: Del2,
        en: "an image from which existing instances were created (listed in instances, or marked inUse by the provider, whose instances may be unlisted) needs force delete; a normal delete is refused and names the listed instances.",
        zh_cn: "已有实例由其创建的镜像（实例已列出，或云平台标记为使用中而实例未列出）须强制删除；普通删除会被拒绝，并列出已列出的实例。",
    },
    RuleNote {
        rule: Cpy2,
        en: "only the owner copies (a shared image must be copied by its owner).",
        zh_cn: "只有所有者可以复制（共享镜像须由其所有者复制）。",
    },
    RuleNote {
        rule: Tsk4,
        en: "a copy still running can be cancelled (cancelCopy).",
        zh_cn: "可以取消复制中的镜像。",
    },
    RuleNote {
        rule: Dep1,
        en: "the owner may deprecate an available custom image and restore a deprecated one to available.",
        zh_cn: "所有者可以弃用可用的自定义镜像，也可以把已弃用的镜像恢复为可用。",
    },
    RuleNote {
        rule: Enc2,
        en: "an encrypted image can be copied only into an encrypted copy; a copy asked to be encrypted, or of an encrypted image, is encrypted.",
        zh_cn: "加密镜像只能复制为加密镜像；要求加密的复制、以及加密镜像的复制都是加密的。",
    },
    RuleNote {
        rule: Name1,
        en: "a name is 2 to 128 characters, starts with a letter or a Chinese character, holds only letters, Chinese characters, digits, ., :, _ and -, does not start with acs: or aliyun, and contains no http:// or https://. A description is 2 to 256 characters and does not start with http:// or https://.",
        zh_cn: "名称为 2～128 个字符，以字母或中文开头，只能包含字母、中文、数字、“.”、“:”、“_”和“-”，不能以“acs:”或“aliyun”开头，不能包含“http://”或“https://”。描述为 2～256 个字符，不能以“http://”或“https://”开头。",
    },
];
