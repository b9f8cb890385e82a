# Writes newcomer-ledger.fods and newcomer-ledger-updated.fods (issue 26): a 行政处罚 register as a
# district office keeps it: a title row, a merged two-row header with 当事人, numeric 案号, date cells,
# a 合计 row and a footer 填表人/审核人/制表日期; the update repeats the 40 rows, changes 2016007 and adds
# 2016041. make-office-files.sh converts them to .xlsx with LibreOffice.
import sys, datetime
import os
here=os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
head=open('office-penalties.fods').read()
pre=head[:head.index('<table:table table:name=')]
post=head[head.index('</table:table>')+len('</table:table>'):]
names=['吴江市盛新印染有限公司','吴江市盛泽荣昌染整有限公司','吴江市汾湖立信纺织有限公司','吴江市松陵永隆丝绸有限公司','吴江经济技术开发区华佳电镀厂',
 '吴江市平望宏达化工有限公司','吴江市震泽金鹰纺织有限公司','苏州市吴江区黎里恒通电子厂','吴江市七都太湖石材厂','吴江市桃源建华砖瓦厂']
causes=['超标排放水污染物','未批先建','未验收即投产','私设暗管排放','无证排放大气污染物']
def s(t,span=None,rows=None):
    a=''
    if span: a+=f' table:number-columns-spanned="{span}" table:number-rows-spanned="{rows or 1}"'
    elif rows: a+=f' table:number-columns-spanned="1" table:number-rows-spanned="{rows}"'
    return f'<table:table-cell office:value-type="string" calcext:value-type="string"{a}><text:p>{t}</text:p></table:table-cell>'
def n(v): return f'<table:table-cell office:value-type="float" office:value="{v}" calcext:value-type="float"><text:p>{v}</text:p></table:table-cell>'
def d(v): return f'<table:table-cell table:style-name="date" office:value-type="date" office:date-value="{v}" calcext:value-type="date"><text:p>{v}</text:p></table:table-cell>'
def row(cells): return '    <table:table-row>'+''.join(cells)+'</table:table-row>\n'
def make(count, changed):
    out=['<table:table table:name="台账">\n    <table:table-column table:number-columns-repeated="6"/>\n']
    out.append(row([s('吴江区环境保护局2016年行政处罚案件登记台账',span=6),'<table:covered-table-cell table:number-columns-repeated="5"/>']))
    out.append(row([s('案号',rows=2),s('立案日期',rows=2),s('当事人',rows=2),s('案由',rows=2),s('罚款',span=2),'<table:covered-table-cell/>']))
    out.append(row(['<table:covered-table-cell table:number-columns-repeated="4"/>',s('金额（元）'),s('决定日期')]))
    base=datetime.date(2016,1,11)
    total=0
    for i in range(1,count+1):
        fine=10000*(1+i%7)+(5000 if (changed and i==7) else 0)
        total+=fine
        filed=base+datetime.timedelta(days=7*(i-1))
        out.append(row([n(2016000+i),d(filed.isoformat()),s(names[i%10]),s(causes[i%5]),n(fine),d((filed+datetime.timedelta(days=30)).isoformat())]))
    out.append(row([s('合计'),'<table:table-cell/>','<table:table-cell/>','<table:table-cell/>',f'<table:table-cell table:formula="of:=SUM([.E4:.E{count+3}])" office:value-type="float" office:value="{total}" calcext:value-type="float"><text:p>{total}</text:p></table:table-cell>','<table:table-cell/>']))
    out.append(row(['<table:table-cell table:number-columns-repeated="6"/>']))
    out.append(row([s('填表人：王芳　　审核人：李强　　制表日期：2016年10月8日',span=6),'<table:covered-table-cell table:number-columns-repeated="5"/>']))
    out.append('</table:table>')
    return pre+''.join(out)+post
open('newcomer-ledger.fods','w').write(make(40,False))
open('newcomer-ledger-updated.fods','w').write(make(41,True))
