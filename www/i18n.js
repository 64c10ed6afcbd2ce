// The page's own words in English and Simplified Chinese. The engine's
// messages and rule texts come from the engine itself, in the same locale.
// Keys are the English texts; `{name}` is filled from the arguments.

const ZH = {
  // Page
  "Custom images": "自定义镜像",
  "Profile": "云平台",
  "Acting account": "当前账号",
  "Language": "语言",
  "Create image…": "创建镜像…",
  "Undo": "撤销",
  "Reset": "重置",
  "Export world": "导出数据",
  "Import world…": "导入数据…",
  "Requests to send": "将发送的请求",
  "Nothing to send: the provider already has it.": "无需发送：云平台上已是如此。",
  "Provider data imported.": "已导入云平台数据。",
  "Not valid provider data{where}: {message}. The current world is unchanged.": "云平台数据无效{where}：{message}。当前数据未改变。",
  "Images visible to": "可见镜像，账号",
  "Image": "镜像",
  "Type": "类型",
  "Region": "地域",
  "Status": "状态",
  "Shared with": "共享给",
  "Actions": "操作",
  "Instances of": "实例，账号",
  "Lifecycle": "生命周期",
  "Event log": "事件日志",
  "Rule catalogue": "规则目录",
  "Show rules of": "显示规则",
  "every profile": "所有云平台",
  "Rule": "规则",
  "Profiles": "云平台",
  "Seed": "来源",
  "Text": "说明",
  "Cancel": "取消",
  "Confirm": "确定",
  // Image actions
  "Create instance": "创建实例",
  "Share": "共享",
  "Unshare": "取消共享",
  "Copy": "复制",
  "Export": "导出",
  "Modify": "修改",
  "Delete": "删除",
  "Force delete": "强制删除",
  "Delete with snapshots": "删除镜像及快照",
  "Cancel copy": "取消复制",
  "Deprecate": "弃用",
  "Restore": "恢复",
  // Instance actions
  "Re-initialize disks": "重新初始化云盘",
  "Replace system disk": "更换系统盘",
  // Kinds, statuses, tasks
  "Public": "公共镜像",
  "Marketplace": "镜像市场",
  "Custom (yours)": "自定义镜像（您的）",
  "Shared by {owner}": "共享镜像（来自 {owner}）",
  "Shared with you": "共享镜像",
  "deprecated": "已弃用",
  "marketplace-based": "基于镜像市场镜像",
  "encrypted": "已加密",
  "task: {task}": "任务：{task}",
  "creating": "创建中",
  "available": "可用",
  "error": "失败",
  "unavailable": "不可用",
  "deprecated": "已弃用",
  "copying": "复制中",
  "importing": "导入中",
  "exporting": "导出中",
  // Status line and lists
  "Ready. Choose an action; disabled ones open their reasons.": "就绪。请选择操作；不可用的操作也可打开查看原因。",
  "{n} images visible.": "可见镜像 {n} 个。",
  "No instances.": "没有实例。",
  "from {image} in {region}": "由 {image} 创建，地域 {region}",
  "World reset.": "数据已重置。",
  "Undone.": "已撤销。",
  "World imported.": "数据已导入。",
  "Denied: {why}": "不允许：{why}",
  "{type}: {n} events.": "{type}：{n} 个事件。",
  "(not allowed; opens the reasons)": "（不允许，打开查看原因）",
  "(choose an image by its name)": "（点击镜像名称选择）",
  "of {image}": "镜像 {image}",
  "(deleted)": "（已删除）",
  "Show {image} in the lifecycle": "在生命周期中显示 {image}",
  // Decisions
  "Allowed.": "允许。",
  "Not allowed: {n} rules broken.": "不允许：违反 {n} 条规则。",
  "Not allowed: 1 rule broken.": "不允许：违反 1 条规则。",
  "Why not": "原因",
  "Warnings": "提示",
  "What it will cause": "将产生的影响",
  "Input error{where}: {message}": "输入错误{where}：{message}",
  // Dialogs
  "Delete {label}": "删除 {label}",
  "Force delete {label}": "强制删除 {label}",
  "Delete {label} and its snapshots": "删除 {label} 及其快照",
  "Share {label}": "共享 {label}",
  "Unshare {label}": "取消共享 {label}",
  "Copy {label} to another region": "复制 {label} 到其他地域",
  "Export {label}": "导出 {label}",
  "Modify {label}": "修改 {label}",
  "Cancel the copy {label}": "取消复制 {label}",
  "Deprecate {label}": "弃用 {label}",
  "Restore {label}": "恢复 {label}",
  "Create an instance from {label}": "用 {label} 创建实例",
  "Re-initialize the disks of {id}": "重新初始化 {id} 的云盘",
  "Replace the system disk of {id}": "更换 {id} 的系统盘",
  "Delete instance {id}": "删除实例 {id}",
  "Create or import an image": "创建或导入镜像",
  "Account IDs": "账号 ID",
  "Separated by commas or spaces.": "用逗号或空格分隔。",
  "Destination region": "目标地域",
  "New name (optional)": "新名称（可选）",
  "Encrypted copy": "加密复制",
  "no": "否",
  "yes": "是",
  "Bucket": "存储空间",
  "3 to 63 lowercase letters, digits and '-'.": "3～63 个小写字母、数字和“-”。",
  "Name": "名称",
  "Description": "描述",
  "From": "来源",
  "an instance": "实例",
  "snapshots": "快照",
  "an imported file": "导入的文件",
  "Instance (from an instance)": "实例（来源为实例时）",
  "none": "无",
  "Snapshot IDs (from snapshots)": "快照 ID（来源为快照时）",
  "Region (import)": "地域（导入时）",
  "System disk": "系统盘",
  "cloud disk": "云盘",
  "local disk": "本地盘",
  "The world as JSON": "数据（JSON）",
  "Import a world, or your cloud's listing responses ({ accountId, regions, shares })": "导入数据，或云平台的查询结果（{ accountId, regions, shares }）",
  "World as JSON": "数据（JSON）",
  "Download image-world.json": "下载 image-world.json",
  "Or load a file ": "或选择文件 ",
  "That is not JSON: {message}. The current world is unchanged.": "不是有效的 JSON：{message}。当前数据未改变。",
  "Not a valid world{where}: {message}. The current world is unchanged.": "数据无效{where}：{message}。当前数据未改变。",
  // Lifecycle stages
  "created / imported": "已创建 / 已导入",
  "task running": "任务进行中",
  "shared": "已共享",
  "copied": "已复制",
  "exported": "已导出",
  "deleted": "已删除",
};

let current = "en";

/** `"en"` or `"zh-CN"`: the page's words and the engine's messages. */
export const locale = () => current;

export function setLocale(tag) {
  current = tag === "zh-CN" ? "zh-CN" : "en";
  document.documentElement.lang = current;
}

/** `text` in the current locale, with `{name}` filled from `args`. */
export function t(text, args = {}) {
  const template = current === "zh-CN" ? (ZH[text] ?? text) : text;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in args ? String(args[name]) : whole));
}

/** Every element with `data-i18n` gets its English text in the current locale. */
export function translatePage(root = document) {
  for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
}
