//! 简体中文：每条消息模板、参数用词和规则说明，用词与阿里云、京东云控制台一致
//! （镜像、自定义镜像、共享镜像、取消共享、复制镜像、导出镜像、实例、快照、地域、
//! 账号、重新初始化云盘、更换系统盘、弃用、加密）。列表用顿号，数量不分单复数。

use super::Figure;
use crate::actions::ImageAction;
use crate::catalogue::RuleId;
use crate::message::{Action, Arg, Noun, Template, Word};
use crate::model::{ImageKind, ImageStatus, Task};
use std::fmt::Write;

pub(super) fn template(template: Template) -> &'static str {
    use Template::*;
    match template {
        ImageNotFound => "未找到镜像 {image}。",
        InstanceNotFound => "未找到实例 {instance}。",
        ProvidedImage => "镜像 {image} 是{kind}镜像：可以使用，但任何账号都不能{action}它。",
        OwnerOnly => "只有镜像 {image} 的所有者账号可以{action}它。",
        ShareeUsesOnly => "镜像 {image} 是共享给您的镜像：您可以用它创建实例或更换系统盘，但不能{action}它。",
        SameRegion => "镜像 {image} 已在地域 {region}，请复制到其他地域。",
        LocalSystemDisk => "镜像 {image} 的系统盘是本地盘，只有系统盘为云盘的镜像可以{done}。",
        SourceInstanceNotYours => "在您的实例中未找到实例 {instances}。",
        SnapshotsNotYours => "在您的快照中未找到快照 {snapshots}。",
        SnapshotsInOtherRegion => "快照 {snapshots} 不在第一个快照所在的地域 {region}，同一镜像的快照必须在同一地域。",
        LandsInSourceRegion => "镜像将创建在来源所在的地域 {region}，而不是 {asked}。",
        UnshareBeforeDelete => "请先取消镜像 {image} 与 {count}的共享（{accounts}）：已共享的镜像不能删除。",
        ForceDelete => "已有实例由镜像 {image} 创建（{instances}），请使用强制删除。",
        DeletableStatus => "镜像 {image} 的状态为{status}，只有可用或失败的镜像可以删除。",
        SourceInstanceExists => "镜像 {image} 的系统盘是本地盘，创建它的实例 {instance} 仍然存在，请先删除该实例。",
        NoNewInstances => "删除后不能再用镜像 {image} 创建实例。",
        ReinitLostOnDelete => "实例 {instances}（属于账号 {accounts}）会继续运行，但将无法重新初始化云盘。",
        CopiesUnaffected => "镜像 {images}（复制的镜像或源镜像）不受影响。",
        SnapshotsAlwaysKept => "删除镜像不会删除它的快照，如需删除请到快照页面操作。",
        SnapshotsDeleted => "删除镜像后将删除快照 {snapshots}。",
        SnapshotsKept => "快照 {snapshots} 将保留。",
        Encrypted => "镜像 {image} 包含加密快照，不能{done}。",
        EncryptedCopyUnsupported => "此云平台不支持复制为加密镜像。",
        EncryptedCopyOnly => "镜像 {image} 包含加密快照，只能复制为加密镜像。",
        BucketLength => "存储空间名称长度须为 3～63 个字符（当前为 {length} 个）。",
        BucketCharacters => "存储空间名称只能包含小写字母、数字和“-”。",
        BucketEnds => "存储空间名称不能以“-”开头或结尾。",
        MarketplaceBased => "镜像 {image} 基于镜像市场镜像创建，此类镜像不能{done}。",
        RegionMismatch => "镜像 {image} 在地域 {image_region}，要{action}该镜像，实例也必须在地域 {image_region}（而不是 {region}）。",
        SharedInRegionOnly => "镜像 {image} 仅在地域 {image_region} 共享给您，请联系所有者将其复制到地域 {region} 后再共享。",
        ImageIdInUse => "镜像 ID {id} 已被使用，请换一个或留空。",
        InstanceIdInUse => "实例 ID {id} 已被使用，请换一个或留空。",
        SourceImageUnavailable => "实例 {instance} 无法重新初始化云盘：创建它的镜像 {image} 已被删除或已取消共享。",
        MustBeAvailable => "镜像 {image} 的状态为{status}，只有可用的镜像才能{action}。",
        DeprecationUnsupported => "此云平台不支持弃用镜像。",
        StatusChange => "镜像 {image} 的状态为{status}，只有{expected}的镜像可以{done}。",
        UnshareBeforeDeprecate => "请先取消镜像 {image} 与 {count}的共享（{accounts}）：已共享的镜像不能弃用。",
        InstancesUnaffected => "弃用后仍可用镜像 {image} 创建实例，已有实例继续运行。",
        NameLength => "镜像名称长度须为 {min}～{max} 个字符（当前为 {length} 个）。",
        NameStart => "镜像名称须以字母或中文开头。",
        NameCharacters => "镜像名称只能包含字母、中文、数字和{allowed}（不能包含{bad}）。",
        NamePrefix => "镜像名称不能以{prefix}开头。",
        NameContains => "镜像名称不能包含{text}。",
        DescriptionLength => "描述长度须为 {min}～{max} 个字符（当前为 {length} 个）。",
        DescriptionTooLong => "描述最多 {max} 个字符（当前为 {length} 个）。",
        DescriptionPrefix => "描述不能以{prefix}开头。",
        DeprecatedNotShared => "镜像 {image} 已弃用，请先恢复为可用再共享。",
        OnlyOwnCustomShared => "只能共享您账号下创建的自定义镜像，共享给您的镜像不能再次共享。",
        ShareStatus => "镜像 {image} 的状态为{status}，只有可用的镜像可以共享。",
        ShareWithOwner => "账号 {owner} 是镜像 {image} 的所有者，镜像不能共享给所有者本人。",
        AlreadyShared => "镜像 {image} 已共享给 {accounts}，对这些账号没有变化。",
        DuplicateAccount => "账号 {accounts} 重复填写，只计一次。",
        ShareLimit => "一个镜像最多共享给 {limit}；镜像 {image} 已共享给 {current}，本次将新增 {adding}。未共享任何账号。",
        AccessGranted => "{accounts} 将能看到镜像 {image}，并可在地域 {region} 内用它创建实例或更换系统盘。",
        InvalidAccountId => "{values} 不是有效的账号 ID：账号 ID 为 1～64 个字母、数字、“_”、“.”、“@”或“-”。",
        TooManyAccounts => "一次请求最多指定 {limit}，本次指定了 {named}。",
        InvalidRegion => "{values} 不是有效的地域 ID：地域 ID 为 1～64 个字母、数字、“_”或“-”。",
        ByolNotShared => "镜像 {image} 为自带许可镜像，不能共享。",
        ShareeCopyInRegion => "镜像 {image} 是共享给您的镜像，只能在其所在地域 {region} 内复制。",
        EncryptedCopyInRegion => "加密复制只能在源镜像所在地域 {region} 内进行，请在该地域复制镜像 {image}。",
        ForceUnsupported => "该云平台没有强制删除：实例不会阻止删除，请勿指定强制删除。",
        CopyDescriptionUnsupported => "复制镜像时不能指定描述。",
        CopyKeepsSourceName => "复制镜像时不能指定名称：复制的镜像沿用源镜像的名称。",
        CopyKeepsSourceDescription => "复制镜像时不能指定描述：复制的镜像沿用源镜像的描述。",
        NameTaken => "{values} 已是您在 {region} 的镜像 {image} 的名称，请换一个名称。",
        AlreadyDeprecated => "镜像 {image} 已弃用。",
        NotDeprecated => "镜像 {image} 未弃用，无需恢复。",
        InUseDelete => "云平台显示已有实例由镜像 {image} 创建，请使用强制删除。",
        SharedWithNobody => "镜像 {image} 未共享给任何账号，无需取消共享。",
        NotShared => "镜像 {image} 未共享给 {accounts}，对这些账号没有变化。",
        AccessRevoked => "{accounts} 将看不到镜像 {image}，也不能再用它创建实例或更换系统盘。",
        ReinitLostOnUnshare => "实例 {instances}（属于账号 {accounts}）将无法重新初始化系统盘。",
        TaskRunning => "镜像 {image} 仍在{task}，请等待任务完成后再{action}。",
        CopyRunning => "镜像 {image} 正在复制（到 {images}），请等待该复制完成。",
        CancelUnsupported => "此云平台不支持取消复制镜像。",
        NotACopy => "镜像 {image} 不是复制的镜像，没有可取消的复制。",
        CopyFinished => "复制的镜像 {image} 已完成，只能取消仍在进行的复制。",
        CopyDeleted => "将删除复制的镜像 {image}，源镜像保持不变。",
        Capacity => "状态中已有 {count}，已达上限。",
    }
}

pub(super) fn arg(arg: &Arg, out: &mut String) {
    match arg {
        Arg::Text(text) => out.push_str(text),
        Arg::List(items) => out.push_str(&items.join("、")),
        Arg::Quoted(values) => {
            let quoted: Vec<String> = values
                .iter()
                .map(|v| format!("“{}”", crate::text::shorten(v)))
                .collect();
            out.push_str(&quoted.join("、"));
        }
        Arg::Count(n, noun) => {
            let word = match noun {
                Noun::Account => "账号",
                Noun::Image => "镜像",
                Noun::Instance => "实例",
                Noun::Snapshot => "快照",
            };
            let _ = write!(out, "{n} 个{word}");
        }
        Arg::Number(n) => {
            let _ = write!(out, "{n}");
        }
        Arg::Action(action) | Arg::Done(action) => out.push_str(match action {
            Action::Delete => "删除",
            Action::Share => "共享",
            Action::Unshare => "取消共享",
            Action::Copy => "复制",
            Action::Export => "导出",
            Action::Modify => "修改",
            Action::CancelCopy => "取消复制",
            Action::CreateInstance => "创建实例",
            Action::ReplaceSystemDisk => "更换系统盘",
            Action::Deprecate => "弃用",
            Action::Restore => "恢复",
            Action::Create => "创建",
        }),
        Arg::Status(status) => out.push_str(match status {
            ImageStatus::Creating => "创建中",
            ImageStatus::Available => "可用",
            ImageStatus::Error => "失败",
            ImageStatus::Unavailable => "不可用",
            ImageStatus::Deprecated => "已弃用",
        }),
        Arg::Task(task) => out.push_str(match task {
            Task::Copying => "复制中",
            Task::Importing => "导入中",
            Task::Exporting => "导出中",
        }),
        Arg::Kind(kind) => out.push_str(match kind {
            ImageKind::Public => "公共",
            ImageKind::Marketplace => "镜像市场",
            ImageKind::Custom => "自定义",
        }),
    }
}

pub(super) fn rule_text(rule: RuleId) -> &'static str {
    use RuleId::*;
    match rule {
        Kind1 => "镜像类型：公共镜像（云平台提供）、镜像市场镜像（服务商提供）、自定义镜像（在账号中创建）。其他账号共享给本账号的自定义镜像，对本账号而言是共享镜像。",
        Vis1 => "账号可以看到：所有公共镜像和镜像市场镜像（状态中的所有地域）、自己的自定义镜像，以及当前共享给它的自定义镜像。看不到的镜像一律报告为未找到，而不是无权限（不泄露镜像是否存在）。",
        Own1 => "只有自定义镜像的创建者（所有者账号）可以共享、取消共享、复制、导出、修改（包括弃用和恢复）、取消复制或删除该镜像。",
        Own2 => "公共镜像和镜像市场镜像可以使用（创建实例、更换系统盘），但任何账号都不能共享、复制、导出、修改或删除它们。",
        Crt1 => "自定义镜像可以由本账号的实例创建、由本账号的快照创建（系统盘，或系统盘加数据盘），或由本地文件导入。镜像创建在本账号、来源所在的地域，状态为可用。",
        Crt2 => "由实例创建的镜像记录该实例为来源，并记录系统盘是否为本地盘；由镜像市场实例创建的镜像也属于镜像市场镜像。",
        Shr1 => "只能共享本账号创建的自定义镜像；共享给本账号的镜像不能再次共享。",
        Shr2 => "一个镜像可共享的账号总数以其云平台的上限为准。超出上限的共享整体拒绝（一个也不添加）。",
        Shr3 => "基于镜像市场镜像创建的自定义镜像不能共享。",
        Shr4 => "共享不跨地域：被共享账号只能在镜像所在地域使用镜像。要共享到其他地域，请先复制镜像，再共享复制的镜像。",
        Shr5 => "被共享账号可以用共享镜像创建实例或更换系统盘，不能删除、共享、导出或修改它；除非云平台允许，也不能复制。",
        Shr6 => "账号 ID 为 1～64 个字母、数字、“_”、“.”、“@”和“-”。请求中的其他输入会被拒绝（表单可在输入时提示）；状态中的其他输入视为输入错误。不能共享给所有者本人；已共享的账号只给出提示，不算拒绝。一次请求的账号数不超过云平台单次请求的上限（超过则拒绝；超过 1,000 项视为输入错误）。",
        Shr7 => "只有状态为可用的镜像可以共享。",
        Shr8 => "自带许可镜像不能共享。",
        Uns2 => "取消共享会移除已共享的账号；未共享的账号只给出提示，没有变化。镜像未共享给任何账号时，不指定账号的取消共享（操作列表询问“能否取消共享”）会被拒绝，控制台据此将按钮置灰。",
        Uns1 => "取消共享后，原被共享账号看不到该镜像，不能再用它创建实例或更换系统盘；它由该镜像创建的实例将无法重新初始化系统盘。",
        Del1 => "已共享给任何账号的镜像，须先取消全部共享才能删除。拒绝时列出仍共享的账号。",
        Del2 => "由镜像创建的实例是否阻止普通删除、是否支持强制删除，以云平台为准。",
        Del3 => "删除后不能再用该镜像创建实例；由它创建的实例（包括被共享账号的实例）继续运行，但无法重新初始化云盘。删除决定会事先列出这些实例。",
        Del4 => "删除镜像不影响它复制出的镜像，删除复制的镜像也不影响源镜像。",
        Del5 => "删除镜像不会删除组成它的快照。",
        Del6 => "只有状态为可用或失败的镜像可以删除。",
        Del7 => "系统盘为本地盘的镜像，在创建它的实例仍存在时不能删除。",
        Del8 => "删除时可以选择同时删除关联快照。镜像删除后，快照仅在未共享、未被其他镜像使用且没有进行中的任务时删除；不能删除的快照不会导致镜像删除失败，结果会说明哪些快照保留及原因。不选择该项时快照保留。",
        Cpy1 => "复制镜像到其他地域会生成一个新镜像，有新的唯一 ID，归当前账号所有，与源镜像相互独立。",
        Cpy2 => "所有者可以复制自己的镜像；被共享账号能否复制共享镜像，以云平台为准。",
        Cpy3 => "源镜像须为可用状态，目标地域须为有效的地域 ID（1～64 个字母、数字、“_”或“-”，否则拒绝），且与源镜像地域不同。复制的镜像立即可用（模拟中不模拟任务进度）。",
        Cpy4 => "只有系统盘为云盘的镜像可以复制。",
        Cpy5 => "复制接口不能指定名称或描述时（复制的镜像沿用源镜像的名称和描述），指定了名称或描述的复制以不支持拒绝，不会去掉它们后发送。",
        Exp1 => "所有者可以将自定义镜像导出到存储空间（名称为 3～63 个小写字母、数字和“-”，不能以“-”开头或结尾）。镜像须为可用状态。",
        Exp2 => "基于镜像市场镜像创建的自定义镜像不能导出。",
        Exp3 => "只有系统盘为云盘的镜像可以导出。",
        Mod1 => "所有者可以修改自定义镜像的名称和描述，其他属性不变。",
        Name1 => "新镜像名称（创建、复制、修改）和描述须符合云平台的命名规则。名称或描述不合规是拒绝，而不是输入错误。",
        Name2 => "新镜像名称和描述须符合云平台的命名规则；不合规时拒绝。",
        Name3 => "新的镜像名称（创建、导入、复制、修改）和描述须符合云平台的命名规则；不合规时拒绝。",
        Name4 => "新的镜像名称不能与本账号在该镜像所在地域的其他自定义镜像重名；复制时在目标地域检查，无论名称是指定的还是沿用源镜像的。",
        Ins1 => "只能用本账号可见、状态为可用、且与实例在同一地域的镜像创建实例。",
        Ins2 => "重新初始化实例云盘时，创建它的镜像须仍然存在，且实例所有者仍可见。",
        Ins3 => "更换系统盘所用的镜像须对实例所有者可见、状态为可用、且在实例所在地域（公共或非公共镜像均可）。",
        Tsk1 => "镜像有任务进行中（复制中、导入中、导出中）时不能删除，强制删除也不行。",
        Tsk2 => "同一源镜像已有复制任务进行中时，不能再次复制。",
        Tsk3 => "镜像正在导出时，不能再次导出。",
        Tsk4 => "云平台支持取消复制时，复制中镜像的所有者可以取消复制，复制的镜像被删除，源镜像不变；取消非复制镜像或已完成的复制会被拒绝。云平台不支持时，取消复制会被拒绝（不支持）。",
        Tsk5 => "有任务在运行的镜像也不能共享或复制。",
        Dep1 => "所有者按云平台的规定弃用或恢复自己的自定义镜像；其他状态变更会被拒绝。",
        Dep2 => "已共享的镜像须先取消共享才能弃用。",
        Dep3 => "已弃用的镜像不能共享（复制和导出要求镜像为可用状态，已由相应规则拒绝）。",
        Dep4 => "已弃用的镜像仍可创建实例和更换系统盘，重新初始化云盘也不受影响。",
        Enc1 => "包含加密快照的镜像不能共享。",
        Enc2 => "加密镜像如何复制、加密复制如何进行，以云平台为准。",
        Enc3 => "包含加密快照的镜像不能导出。",
        Sim1 => "实例和快照只对其所有者可见：命令中指定其他账号的实例或快照，或不存在的实例或快照，一律报告为未找到。",
        Sim2 => "调用方为新镜像或新实例指定的 ID 不能已被使用，也不能仍被实例或已删除镜像的复制所引用。",
        Sim3 => "一个状态最多包含 1,000,000 个镜像、1,000,000 个实例和 1,000,000 个快照：会超出上限的命令被拒绝，因此模块返回的每个状态都能再次加载。",
    }
}

pub(super) fn figure(figure: Figure) -> String {
    match figure {
        Figure::ShareLimit(limit) => format!("最多 {limit} 个账号。"),
        Figure::AccountsPerRequest(Some(cap)) => format!("单次请求最多 {cap} 个账号。"),
        Figure::AccountsPerRequest(None) => {
            "未公布单次请求的上限，只受共享账号总数上限约束。".to_string()
        }
    }
}

/// The console's words (阿里云、京东云控制台的用词).
pub(super) fn word(word: Word) -> &'static str {
    match word {
        Word::Action(action) => match action {
            ImageAction::Delete => "删除",
            ImageAction::ForceDelete => "强制删除",
            ImageAction::DeleteWithSnapshots => "删除镜像及关联快照",
            ImageAction::Share => "共享",
            ImageAction::Unshare => "取消共享",
            ImageAction::Copy => "复制",
            ImageAction::Export => "导出",
            ImageAction::Modify => "编辑",
            ImageAction::CreateInstance => "创建实例",
            ImageAction::CancelCopy => "取消复制",
            ImageAction::Deprecate => "弃用",
            ImageAction::Restore => "恢复",
        },
        Word::Status(status) => match status {
            ImageStatus::Creating => "创建中",
            ImageStatus::Available => "可用",
            ImageStatus::Error => "失败",
            ImageStatus::Unavailable => "不可用",
            ImageStatus::Deprecated => "已弃用",
        },
        Word::Kind(kind) => match kind {
            ImageKind::Public => "公共镜像",
            ImageKind::Marketplace => "镜像市场镜像",
            ImageKind::Custom => "自定义镜像",
        },
        Word::Task(task) => match task {
            Task::Copying => "复制中",
            Task::Importing => "导入中",
            Task::Exporting => "导出中",
        },
    }
}
