//! What tencent adds to the shared rule texts (RULES.md's tencent clauses),
//! in both locales. `rules()` puts each after its rule's shared text.

use crate::catalogue::RuleId::*;
use crate::profile::RuleNote;

pub(super) static RULE_NOTES: &[RuleNote] = &[
    RuleNote {
        rule: Own1,
        en: "a sharee may copy it too (CPY-2).",
        zh_cn: "共享镜像的被共享账号也可以在镜像所在地域内复制。",
    },
    RuleNote {
        rule: Shr5,
        en: "a sharee may copy it within the image's region (CPY-2).",
        zh_cn: "被共享账号可以在镜像所在地域内复制。",
    },
    RuleNote {
        rule: Del2,
        en: "there is no force delete and instances never block a delete: force is refused as not supported.",
        zh_cn: "没有强制删除，实例不阻止删除：指定强制删除会被拒绝（不支持）。",
    },
    RuleNote {
        rule: Cpy1,
        en: "a sharee's copy and an encrypted copy stay within the image's region (CPY-2, ENC-2).",
        zh_cn: "被共享账号的复制和加密复制在同地域进行。",
    },
    RuleNote {
        rule: Cpy2,
        en: "a sharee may also copy a shared image, but only into the image's own region; the copy is a custom image of the sharee's.",
        zh_cn: "被共享账号也可以复制共享镜像，但只能复制到镜像所在地域，得到的是自己的自定义镜像。",
    },
    RuleNote {
        rule: Cpy3,
        en: "an encrypted copy (ENC-2) and a sharee's copy (CPY-2) must stay in the source's region instead.",
        zh_cn: "加密复制和被共享账号的复制须留在源镜像地域。",
    },
    RuleNote {
        rule: Tsk4,
        en: "there is no cancel: cancelCopy is refused as not supported.",
        zh_cn: "没有取消复制：取消复制会被拒绝（不支持）。",
    },
    RuleNote {
        rule: Tsk5,
        en: "it cannot be exported either.",
        zh_cn: "也不能导出。",
    },
    RuleNote {
        rule: Dep1,
        en: "the owner may set and clear the deprecated flag of a custom image; the status never changes, and asking for the value the flag already has is refused.",
        zh_cn: "所有者可以设置或取消自定义镜像的弃用标记，状态不变；设置为已有的值会被拒绝。",
    },
    RuleNote {
        rule: Enc2,
        en: "an encrypted image cannot be copied; an encrypted copy of an unencrypted image stays in the source's region.",
        zh_cn: "加密镜像不能复制；未加密镜像的加密复制只能在源镜像地域内进行。",
    },
    RuleNote {
        rule: Name3,
        en: "a name is not empty and at most 60 characters, and a description is at most 256; a copy that names a description is refused as not supported.",
        zh_cn: "名称不能为空且不超过 60 个字符，描述不超过 256 个字符。复制镜像时指定描述会被拒绝（不支持）。",
    },
];
