// Every header variant the dictionary knows, to the character (issue 15; DOMAIN.md "Header
// variants seen in real exports"): each one maps to its field as a listed variant (rank 0), so
// none can go missing or fall to a looser pattern unnoticed.
import { describe, expect, it } from 'vitest';
import {
  headerRank,
  matchHeader,
  matchHeaderExact,
} from '../../../../shared/domain/import/header-dictionary';

const VARIANTS: Record<string, string[]> = {
  policyNo: [
    '保单号',
    '保单号码',
    '保险单号',
    '保险单号码',
    '应续保单号',
    'policyno',
    'policynumber',
  ],
  'compulsory.policyNo': ['交强险保单号', '交强保单号', '交强险保单号码', '交强险保险单号'],
  'commercial.policyNo': ['商业险保单号', '商业保单号', '商业险保单号码', '商业险保险单号'],
  plate: ['车牌号', '车牌号码', '号牌号码', '车牌', '号牌', 'plate', 'plateno'],
  vin: [
    '车架号',
    '车架号码',
    '车辆识别代号',
    '车辆识别代码',
    '车辆识别号',
    'vin码',
    'vin',
    '车架号vin',
  ],
  engineNo: ['发动机号', '发动机号码'],
  brandModel: ['厂牌型号', '品牌型号', '车型名称', '车型', '品牌车型', '车辆型号', '车辆品牌型号'],
  firstRegisteredOn: [
    '初登日期',
    '初次登记日期',
    '注册日期',
    '上牌时间',
    '上牌日期',
    '初登日',
    '初次登记时间',
    '登记日期',
  ],
  insured: [
    '被保险人',
    '被保险人名称',
    '被保人',
    '被保人姓名',
    '被保险人姓名',
    '客户名称',
    '客户姓名',
  ],
  holder: ['投保人', '投保人名称', '投保人姓名'],
  owner: ['车主', '所有人', '车主姓名', '车辆所有人', '行驶证车主'],
  idNumber: [
    '证件号码',
    '身份证号',
    '身份证号码',
    '证件号',
    '被保险人证件号码',
    '被保险人身份证号',
    '被保人证件号码',
    '车主证件号码',
  ],
  phones: [
    '联系电话',
    '手机号',
    '手机号码',
    '联系方式',
    '客户手机号',
    '客户手机号1',
    '客户手机号2',
    '客户手机号3',
    '电话',
    '手机',
    '电话号码',
    '客户电话',
    '联系人电话',
    '移动电话',
    '被保险人电话',
    '被保险人手机',
    '车主电话',
    '投保人电话',
  ],
  startDate: [
    '起保日期',
    '保险起期',
    '起保日',
    '保险起始日期',
    '保险起始日',
    '起保时间',
    '生效日期',
  ],
  endDate: [
    '终保日期',
    '保险止期',
    '到期日',
    '到期日期',
    '保险到期日',
    '保险到期日期',
    '保险终止日期',
    '终保日',
    '终保时间',
    '到期时间',
    '止保日期',
    '失效日期',
  ],
  'compulsory.endDate': [
    '交强险止期',
    '交强险到期日期',
    '交强险到期日',
    '交强险终保日期',
    '交强到期日',
    '交强险到期时间',
  ],
  'commercial.endDate': [
    '商业险止期',
    '商业险到期日',
    '商业险到期日期',
    '商业险终保日期',
    '商业到期日',
    '商业险到期时间',
  ],
  period: ['保险期间', '保险期限', '保险起止日期', '起止日期', '保险起止期', '保险期间起止'],
  'compulsory.period': ['交强险保险期间', '交强险保险期限', '交强险起止日期'],
  'commercial.period': ['商业险保险期间', '商业险保险期限', '商业险起止日期'],
  'compulsory.startDate': ['交强险起期', '交强险起保日期', '交强险起保日'],
  'commercial.startDate': ['商业险起期', '商业险起保日期', '商业险起保日'],
  'compulsory.premium': ['交强险保费', '交强保费', '交强险保险费'],
  'commercial.premium': ['商业险保费', '商业保费', '商业险保险费'],
  'compulsory.insurer': ['交强险保险公司', '交强险承保公司'],
  'commercial.insurer': ['商业险保险公司', '商业险承保公司'],
  kind: ['险种', '险别', '险种名称', '名单类型', '险类', '保险类型', '险种类别'],
  premium: ['保费', '签单保费', '总保费', '保费合计', '总保险费', '保险费', '应收保费', '实收保费'],
  staff: ['业务员', '经办人', '续保专员', '业务员姓名', '归属业务员', '客户经理'],
  insurer: ['保险公司', '承保公司', '往年投保公司', '上年投保公司', '原保险公司', '投保公司'],
  note: ['备注', '说明'],
  ignore: [
    '车船税',
    '代收车船税',
    '车船税合计',
    '序号',
    '三级机构',
    '分公司',
    '门店',
    '投保单号',
    '投保单号码',
    '投保单编号',
    '批单号',
    '批单号码',
    '批改单号',
    '批改申请单号',
    '签单日期',
    '签单日',
    '录入日期',
    '录入时间',
    '出单日期',
    '出单时间',
  ],
};

/** Last year's policy number: the policy number only when the list has no column for this year's. */
const SECONDARY = ['原保单号', '上年保单号', '上年度保单号'];

describe('header variants', () => {
  const rows = Object.entries(VARIANTS).flatMap(([target, names]) =>
    names.map((name) => [name, target] as const),
  );
  it.each(rows)('%s → %s, as a listed variant', (name, target) => {
    expect(matchHeaderExact(name)).toBe(target);
    expect(matchHeader(name)).toBe(target);
    expect(headerRank(name)).toBe(0);
  });
  it.each(SECONDARY)('%s → policyNo, ranked after every other policy number column', (name) => {
    expect(matchHeaderExact(name)).toBe('policyNo');
    expect(headerRank(name)).toBe(2);
  });
});
