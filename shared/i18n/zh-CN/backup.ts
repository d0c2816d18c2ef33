// Simplified Chinese texts of backups and restore. This file defines the shape: each key here
// must have an English text in ../en/backup.ts, or typecheck fails.
export const texts = {
  card: {
    title: '备份',
    intro:
      '备份是加密文件（age 格式），用备份密钥才能打开。请定期备份，并把备份和密钥文件分开存放（例如 U 盘和打印件）。',
    lastBackup: '上次备份',
    none: '还没有备份',
    never: '还没有备份过：数据只在这台电脑上，硬盘损坏或误删就会全部丢失。请现在备份。',
    stale: '上次备份已是 {{days}} 天前，请现在备份。',
    folder: '备份文件夹',
    folderWeb: '浏览器版本的备份会下载到浏览器的下载文件夹。',
    folderMissing: '选定的备份文件夹现在找不到（U 盘拔出？），备份会先存到默认文件夹。',
    defaultFolder: '（默认）',
    chooseFolder: '更改文件夹',
    setUpKey: '设置备份密钥',
    keyIntro:
      '还没有备份密钥。设置后会下载一个密钥文件：还原时需要它，请打印或存到另一处，丢了就无法还原。',
    keyReady: '备份密钥已设置',
    keySaved: '密钥文件已下载：请把它存到安全的地方（不要和备份放在同一个 U 盘）。',
    backUpNow: '立即备份',
    backingUp: '正在备份…',
    done: '备份完成：{{path}}',
    fellBack: '选定的文件夹找不到，备份存到了默认文件夹：{{path}}',
    phase: {
      export: '读取数据',
      encrypt: '压缩并加密',
      decrypt: '解密并校验',
      import: '写入新数据库',
      verify: '核对操作记录',
    },
    restore: '从备份还原…',
    restoreTitle: '从备份还原',
    restoreIntro:
      '还原会把备份放进一个新的数据库，校验通过后切换过去；现在的数据原样保留在本机，不会被删除。还原后请用备份里的账号登录。',
    pickBackup: '备份文件',
    pickFromFolder: '备份文件夹中的备份',
    pickKey: '密钥文件',
    restoreConfirm: '还原并切换',
    restoreSure: '确定用这个备份还原吗？还原后会重新打开软件。',
    restoring: '正在还原…',
    restored: '还原完成：{{clients}} 位客户。正在切换到还原的数据…',
    needFiles: '请选择备份文件和密钥文件。',
  },
  errors: {
    notABackup: '这不是续保助手的备份文件（或文件开头已损坏）。',
    wrongKey:
      '这把密钥打不开这个备份。请换用恢复密钥单上的恢复密钥或备份密钥，或备份时保存的密钥文件（本功能之前做的备份只能用备份密钥打开）。',
    badIdentity:
      '密钥格式不对：恢复密钥是 52 个字母和数字（四个一组），备份密钥是以 AGE-SECRET-KEY-1 开头的一行。',
    badRecipient: '备份公钥格式不对：应是以 age1 开头的一行。',
    damaged: '备份文件已损坏或不完整（可能复制时被截断），无法还原。',
    badManifest: '备份里的清单缺失或无法读取，无法确认备份完整。',
    checksum: '备份内容与清单记录的校验值不一致，可能被改动过，已拒绝还原。',
    counts: '还原后 {{table}} 表有 {{found}} 条，备份清单记录的是 {{expected}} 条，已拒绝还原。',
    newerSchema:
      '这个备份来自更新版本的续保助手（数据版本 {{found}}，本机支持到 {{supported}}），请先升级本软件再还原。',
    newerApp:
      '这个备份来自更新版本的续保助手（{{found}}，本机是 {{current}}），请先升级本软件再还原。',
    chainBroken: '备份里的操作记录链在第 {{seq}} 条处断开，备份可能被改动过，已拒绝还原。',
    noKey: '还没有设置备份密钥：请先点“设置备份密钥”，并保存好密钥文件。',
  },
  /** Restoring with the backup key kept under the data keys or typed from the recovery sheet. */
  restoreKey: {
    useDesk: '使用本机保管的备份密钥（已用店主密钥加密保存）',
    typed: '或输入恢复密钥单上的恢复密钥或备份密钥',
    typedPlaceholder: 'XXXX-XXXX-… 或 AGE-SECRET-KEY-1…',
  },
  /** The automatic daily backup and the one before a schema upgrade (issue 11). */
  auto: {
    failedTitle: '自动备份失败',
    failed:
      '今天的自动备份没有写成：{{reason}} 之前的备份都完好无损。请处理后在“设置 → 备份”里点“立即备份”。',
    lastFailed: '{{at}} 的自动备份失败：{{reason}}',
    fellBackTitle: '备份文件夹找不到',
    info: '应用运行时每天自动备份一次（需要备份密钥和备份文件夹），升级数据格式前也会先备份。',
    infoWeb: '浏览器版本不能自动备份（没有备份文件夹），请定期点“立即备份”。',
    beforeUpgrade: '（升级到数据版本 {{version}} 之前的备份）',
    reason: {
      disk_full: '磁盘已满。请腾出空间或换一个备份文件夹。',
      no_access: '没有写入备份文件夹的权限（或它是只读的）。',
      write_failed: '备份文件写不进备份文件夹。',
      export_failed: '读取数据时出错。',
    },
  },
  /** Restoring with the recovery key, without signing in (owner setup, the sign-in screen). */
  withKey: {
    title: '用恢复密钥从备份还原',
    intro:
      '适用于新电脑（或数据被清空），以及没有人能用密码打开数据密钥的情况。请选择备份文件（.age），再输入打印的恢复密钥单上的恢复密钥。还原会放进一个新的数据库，检查全部通过后才切换过去；这台电脑上现有的数据保持不动。',
    keep: '还原后，用备份里的员工账号和当时的密码登录。',
    file: '备份文件',
    key: '恢复密钥',
    keyHelp:
      '恢复密钥单上的 52 个字母和数字（四个一组，大小写、空格和横线都没关系）；也可以输入单上以 AGE-SECRET-KEY-1 开头的备份密钥。',
    confirm: '还原并切换',
    back: '返回',
    linkSetup: '已有备份？用恢复密钥从备份还原',
    linkSignIn: '登录不了？用恢复密钥从备份还原',
  },
};
