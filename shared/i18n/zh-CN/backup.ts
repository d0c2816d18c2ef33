// Simplified Chinese texts of backups and restore. This file defines the shape: each key here
// must have an English text in ../en/backup.ts, or typecheck fails.
export const texts = {
  errors: {
    notABackup: '这不是续保助手的备份文件（或文件开头已损坏）。',
    wrongKey: '这个备份不是用这把备份密钥加密的，请换用备份时保存的密钥文件。',
    badIdentity: '备份密钥格式不对：应是以 AGE-SECRET-KEY-1 开头的一行。',
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
};
