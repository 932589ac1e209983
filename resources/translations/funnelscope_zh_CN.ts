<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionRules</name>
    <message>
        <location filename="../../core/goals/actionrules.cpp" line="+113"/>
        <source>Click-through rate fell by 10% or more while impressions grew.</source>
        <translation>展示次数增加，但点击率下降 10% 以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test the ad creatives and calls to action — wording, colour, size, placement — one element at a time, so you know which change worked. If the new impressions reach a wider audience, tighten the targeting.</source>
        <translation>对广告素材与行动号召进行 A/B 测试——文案、颜色、大小、位置——一次只改一个元素，才能知道是哪项改动奏效。如果新增的展示覆盖了更广泛的受众，请收窄定位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bounce rate rose by 10% or more.</source>
        <translation>跳出率上升 10% 以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the landing pages&apos; experience: load speed on phones and computers, whether the content matches the ad or link that brought the visitor, and a clear, uncluttered, easy-to-scan layout.</source>
        <translation>检查着陆页的使用体验：在手机与电脑上的加载速度、内容是否与带来访客的广告或链接相符，以及版面是否清楚、简洁、易于浏览。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email open rate fell by 10% or more.</source>
        <translation>电子邮件打开率下降 10% 以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean the email list — inactive, duplicate, mistyped and closed addresses — then A/B test the subject lines. Check that sending frequency and content still suit the readers.</source>
        <translation>清理邮件列表——不活跃、重复、拼错及已停用的地址——再对邮件主题进行 A/B 测试。同时确认发送频率与内容仍符合读者需求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsubscribe rate rose by 10% or more.</source>
        <translation>退订率上升 10% 以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send less often and make each email more relevant: segment the list so every segment gets content that matters to it, and keep nurture emails educational rather than pushy. Keep unsubscribing easy, or readers report the emails as spam.</source>
        <translation>降低发送频率，并让每封邮件更切合需求：对列表进行细分，让每个细分群体都收到与其相关的内容；培育邮件应以提供知识为主，而不是强行推销。保持退订操作简便，否则读者会将邮件举报为垃圾邮件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landing page conversion rate fell by 10% or more.</source>
        <translation>着陆页转化率下降 10% 以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the landing page one element at a time — the form, the call to action, the layout and colours — and remove distractions: no navigation bar, links or other offers.</source>
        <translation>一次只测试着陆页的一个元素——表单、行动号召、版面与颜色——并移除干扰：不放导航栏、链接或其他优惠。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A channel&apos;s cost per lead rose by 10% or more, with at least 10 leads in both periods.</source>
        <translation>某渠道的单个潜在客户成本上升 10% 以上，且两个时间段的潜在客户均不少于 10 个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift budget towards channels with a lower cost per lead and a higher Lead → MQL rate: judge channels by the qualified leads they bring, not by raw lead counts.</source>
        <translation>将预算转向单个潜在客户成本较低、潜在客户 → MQL 转化率较高的渠道：应以渠道带来的合格潜在客户评估渠道，而非潜在客户的原始数量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MQL → SQL rate fell by 10% or more, with at least 10 MQLs in both periods.</source>
        <translation>MQL → SQL 转化率下降 10% 以上，且两个时间段的 MQL 均不少于 10 个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisit lead scoring and the MQL criteria together with sales, so marketing hands over the leads sales is ready to work; tailor nurture paths to the segments that convert.</source>
        <translation>与销售团队一起重新审视潜在客户评分与 MQL 标准，让营销移交的是销售已准备好跟进的潜在客户；并针对会转化的细分群体量身规划培育路径。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Win rate fell by 10% or more.</source>
        <translation>成交率下降 10% 以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the bottom-of-funnel assets — case studies, sales presentations and demos — and follow deals by lead source and campaign to see where the customers who buy come from.</source>
        <translation>查看漏斗底部的素材——客户案例、销售演示文稿与产品展示——并按潜在客户来源与营销活动跟踪商机，找出实际购买的客户从何而来。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer acquisition cost rose by 10% or more, and faster than revenue.</source>
        <translation>客户获取成本上升 10% 以上，且涨幅高于收入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break customer acquisition cost down by channel — inbound, paid, content — to see which channels are more efficient and scale better, and move spend towards them.</source>
        <translation>按渠道拆解客户获取成本——集客、付费、内容——找出效率较高、较能扩大规模的渠道，并将支出转向这些渠道。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Churn rate rose by 10% or more.</source>
        <translation>流失率上升 10% 以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask customers why: run satisfaction and NPS surveys, collect feedback, and make support easy to reach and proactive about problems. Keeping a customer costs less than winning a new one.</source>
        <translation>询问客户原因：开展满意度与 NPS 调查、收集反馈，让客户能轻松联系到支持团队，并主动处理问题。留住一位老客户的成本低于争取一位新客户。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click-through rate fell %1 (%2 → %3) while impressions grew %4 (%5 → %6).</source>
        <translation>点击率下降 %1（%2 → %3），而展示次数增加 %4（%5 → %6）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bounce rate rose %1 (%2 → %3).</source>
        <translation>跳出率上升 %1（%2 → %3）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email open rate fell %1 (%2 → %3).</source>
        <translation>电子邮件打开率下降 %1（%2 → %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsubscribe rate rose %1 (%2 → %3).</source>
        <translation>退订率上升 %1（%2 → %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landing page conversion rate fell %1 (%2 → %3).</source>
        <translation>着陆页转化率下降 %1（%2 → %3）。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 has a lower cost per lead (%2 against %3) and a higher Lead → MQL rate (%4 against %5).</source>
        <translation>%1 的单个潜在客户成本更低（%2，对比 %3），潜在客户 → MQL 转化率更高（%4，对比 %5）。</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Cost per lead on %1 rose %2 (%3 → %4), on %5 leads.</source>
        <translation>%1 的单个潜在客户成本上升 %2（%3 → %4），共 %5 个潜在客户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MQL → SQL rate fell %1 (%2 → %3), on %4 MQLs.</source>
        <translation>MQL → SQL 转化率下降 %1（%2 → %3），共 %4 个 MQL。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Win rate fell %1 (%2 → %3).</source>
        <translation>成交率下降 %1（%2 → %3）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue grew only %4 (%5 → %6).</source>
        <translation>客户获取成本上升 %1（%2 → %3），而收入仅增长 %4（%5 → %6）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue fell %4 (%5 → %6).</source>
        <translation>客户获取成本上升 %1（%2 → %3），而收入下降 %4（%5 → %6）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue stayed at %4.</source>
        <translation>客户获取成本上升 %1（%2 → %3），而收入持平于 %4。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Churn rate rose %1 (%2 → %3).</source>
        <translation>流失率上升 %1（%2 → %3）。</translation>
    </message>
</context>
<context>
    <name>Bucket</name>
    <message numerus="yes">
        <location filename="../../core/kpi/bucketcoverage.cpp" line="+79"/>
        <source>partial week: %1 of %n days</source>
        <translation>
            <numerusform>不完整的周：%n 天中有 %1 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>partial month: %1 of %n days</source>
        <translation>
            <numerusform>不完整的月：%n 天中有 %1 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>partial quarter: %1 of %n days</source>
        <translation>
            <numerusform>不完整的季度：%n 天中有 %1 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no data for this day</source>
        <translation>当天无数据</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dashed: days without data (not a fall to zero).</source>
        <translation>虚线：无数据的日期（并非降至零）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashed: days without data</source>
        <translation>虚线：无数据的日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dashed — %1</source>
        <translation>虚线 — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashed — %1 (those days only, not scaled).</source>
        <translation>虚线 — %1（仅含这些天的数据，未按比例换算）。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/main.cpp" line="+86"/>
        <source>Try &apos;funnelscope-cli --help&apos;.</source>
        <translation>请运行“funnelscope-cli --help”查看帮助。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>cannot read workspace %1: %2</source>
        <translation>无法读取工作区 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>auto, campaign, leads, deals, customers, surveys, expenses, touchpoints or rates.</source>
        <translation>auto、campaign、leads、deals、customers、surveys、expenses、touchpoints 或 rates。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto or a preset name.</source>
        <translation>auto 或预设名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source label (default: the preset&apos;s name for a tool&apos;s export, else manual).</source>
        <translation>来源标签（默认：工具导出文件使用预设名称，否则为 manual）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dmy or mdy, for slash dates the file cannot decide.</source>
        <translation>dmy 或 mdy，用于文件本身无法判断的斜线日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma or point: the decimal separator of the file&apos;s numbers, when they cannot tell.</source>
        <translation>comma 或 point：数字本身无法判断时，文件中数字的小数分隔符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file&apos;s encoding, e.g. windows-1250 (default: detect).</source>
        <translation>文件的编码，例如 windows-1250（默认：自动检测）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map a header of the file onto a column, e.g. &quot;Spend=cost&quot; (repeatable; &quot;Notes=&quot; ignores one).</source>
        <translation>将文件的表头映射到字段，例如 &quot;花费=cost&quot;（可重复指定；&quot;备注=&quot; 表示忽略该列）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel of every row, for a file without a channel column.</source>
        <translation>每一行的渠道，适用于没有渠道字段的文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How a deal stage of your pipeline counts: won, lost or open, e.g. &quot;Closed: abandoned=lost&quot;; repeatable, remembered by the workspace for later imports.</source>
        <translation>您的销售管道中商机阶段的计算方式：won、lost 或 open，例如 &quot;Closed: abandoned=lost&quot;；可重复指定，工作区会记住设置供之后导入使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The currency of amounts the file does not name, e.g. PLN (default: the workspace&apos;s).</source>
        <translation>文件未注明货币的金额所用的货币，例如 PLN（默认：工作区货币）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day a report without dates covers, when the file does not say (with --to).</source>
        <translation>不含日期的报表所涵盖的第一天，用于文件未注明时（需与 --to 一起指定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day a report without dates covers (with --from).</source>
        <translation>不含日期的报表所涵盖的最后一天（需与 --from 一起指定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files to import.</source>
        <translation>要导入的 CSV 文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV files into a workspace; each file lands whole or not at all.</source>
        <translation>将 CSV 文件导入工作区；每个文件只会完整导入，或完全不导入。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import: unknown kind &apos;%1&apos;</source>
        <translation>import：未知的类型“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%1&apos;</source>
        <translation>import：--currency 必须为 ISO 4217 代码，例如 PLN、EUR 或 USD，而不是“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import: --source needs a label</source>
        <translation>import：--source 需要指定标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import: unknown preset &apos;%1&apos; (available: %2)</source>
        <translation>import：未知的预设“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import: unknown encoding &apos;%1&apos; (e.g. UTF-8, UTF-16LE, windows-1250, windows-1251, windows-1254, Big5, GB18030)</source>
        <translation>import：未知的编码“%1”（例如 UTF-8、UTF-16LE、windows-1250、windows-1251、windows-1254、Big5、GB18030）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>import: --date-order is dmy or mdy, not &apos;%1&apos;</source>
        <translation>import：--date-order 必须为 dmy 或 mdy，而不是“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import: --decimal is comma or point, not &apos;%1&apos;</source>
        <translation>import：--decimal 须为 comma 或 point，而不是“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import: --map is HEADER=COLUMN with a column of data-model.md (date, channel, campaign, impressions, clicks, cost, …), not &apos;%1&apos;</source>
        <translation>import：--map 的格式为 表头=字段，字段必须是 data-model.md 中的字段（date、channel、campaign、impressions、clicks、cost…），而不是“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import: --channel needs a name</source>
        <translation>import：--channel 需要指定名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import: --stage is STAGE=won, STAGE=lost or STAGE=open, not &apos;%1&apos;</source>
        <translation>import：--stage 的格式为 阶段=won、阶段=lost 或 阶段=open，而不是“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import: --from and --to are both needed, as YYYY-MM-DD, the first not after the last</source>
        <translation>import：--from 和 --to 必须同时指定，格式为 YYYY-MM-DD，且前者不得晚于后者</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import: name at least one FILE</source>
        <translation>import：请至少指定一个 FILE</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>, line %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, column &apos;%1&apos;</source>
        <translation>，字段“%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reporting currency money is converted into, e.g. EUR (default: the workspace&apos;s).</source>
        <translation>金额换算成的报告货币，例如 EUR（默认：工作区货币）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%2&apos;</source>
        <translation>%1：--currency 必须为 ISO 4217 代码，例如 PLN、EUR 或 USD，而不是“%2”</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+162"/>
        <location line="+90"/>
        <location line="+356"/>
        <source>First day of the period.</source>
        <translation>时间段的第一天。</translation>
    </message>
    <message>
        <location line="-607"/>
        <location line="+162"/>
        <location line="+90"/>
        <location line="+356"/>
        <source>Last day of the period.</source>
        <translation>时间段的最后一天。</translation>
    </message>
    <message>
        <location line="-607"/>
        <location line="+162"/>
        <source>Only this channel (repeatable).</source>
        <translation>仅限此渠道（可重复指定）。</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+162"/>
        <source>Only this campaign (repeatable).</source>
        <translation>仅限此营销活动（可重复指定）。</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>previous or year.</source>
        <translation>previous（上一时间段）或 year（去年同期）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day, week, month, quarter, channel or campaign. A time bucket with fewer days of data than its calendar week, month or quarter is marked partial (JSON: days, period_days, covered_days, partial; table: *); its sums are never scaled.</source>
        <translation>day、week、month、quarter、channel 或 campaign。若某个时间区间内有数据的天数少于其所在的日历周、月或季度，则标记为不完整（JSON：days、period_days、covered_days、partial；表格：*）；其合计值绝不按比例换算。</translation>
    </message>
    <message>
        <location line="+606"/>
        <source>Print this saved review (see review list), with its decisions and notes, instead of a new one for --from and --to.</source>
        <translation>输出此已保存的回顾（参见 review list）及其决策与备注，而不是按 --from 和 --to 新建回顾。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the SMART review of a period, or a saved review, as a PDF.</source>
        <translation>将某一时间段的 SMART 回顾或已保存的回顾输出为 PDF。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>report: --review is a review&apos;s ID (see review list), not &apos;%1&apos;</source>
        <translation>report：--review 必须为回顾的 ID（参见 review list），而不是“%1”</translation>
    </message>
    <message>
        <location line="-620"/>
        <location line="+251"/>
        <location line="+121"/>
        <source>json (default), csv or table.</source>
        <translation>json（默认）、csv 或 table。</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>Compute every KPI of the catalog.</source>
        <translation>计算 KPI 目录中的所有指标。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>kpis: --from and --to are dates like 2025-01-31</source>
        <translation>kpis：--from 与 --to 必须为日期，例如 2025-01-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kpis: --from is after --to</source>
        <translation>kpis：--from 晚于 --to</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kpis: --compare is previous or year, not &apos;%1&apos;</source>
        <translation>kpis：--compare 必须为 previous 或 year，而不是“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kpis: --by is day, week, month, quarter, channel or campaign, not &apos;%1&apos;</source>
        <translation>kpis：--by 必须为 day、week、month、quarter、channel 或 campaign，而不是“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kpis: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>kpis：--format 必须为 json、csv 或 table，而不是“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kpis: --by %1 from %2 to %3 gives %4 rows, more than %5: choose a longer bucket or a shorter period</source>
        <translation>kpis：从 %2 到 %3 按 --by %1 细分会产生 %4 行，超过 %5 行：请选择更大的时间粒度或更短的时间段</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Includes totals spread evenly over %1 – %2 (%3): a range report with no day breakdown</source>
        <translation>包含平均分摊到 %1 – %2 的总计（%3）：来自没有逐日明细的区间报表</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The KPI whose rows to list, by its id (leads, cpl, revenue, ...).</source>
        <translation>要列出其数据行的 KPI，以 ID 指定（leads、cpl、revenue 等）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>csv (default) or json.</source>
        <translation>csv（默认）或 json。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the stored rows behind one KPI of a period: its date, channel, campaign, the values the KPI uses, and the file and line each row came from (empty line: imported before lines were recorded; lines &gt; 1: several lines of the file were summed into the row, and line is the first). Amounts are as stored, in the row&apos;s currency. Money and decimals are plain decimals, in JSON as strings.</source>
        <translation>列出某一时间段内某项 KPI 背后的已存储数据行：日期、渠道、营销活动、该 KPI 使用的数值，以及每行数据来自的文件和行号（line 为空：在开始记录行号之前导入；lines &gt; 1：文件中的多行被加总为该数据行，line 为其中第一行）。金额按存储原样显示，使用该行的货币。金额和小数均为普通小数，在 JSON 中为字符串。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rows: --kpi ID is required (an id of &apos;funnelscope-cli kpis&apos; output)</source>
        <translation>rows：必须指定 --kpi ID（即“funnelscope-cli kpis”输出中的 ID）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows: unknown KPI &apos;%1&apos;</source>
        <translation>rows：未知的 KPI“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rows: --from and --to are dates like 2025-01-31</source>
        <translation>rows：--from 和 --to 须为日期，例如 2025-01-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows: --from is after --to</source>
        <translation>rows：--from 晚于 --to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rows: --format is csv or json, not &apos;%1&apos;</source>
        <translation>rows：--format 必须为 csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>first, last, linear, time-decay or position.</source>
        <translation>first、last、linear、time-decay 或 position。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel (default) or campaign.</source>
        <translation>channel（默认）或 campaign。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days in which a touch&apos;s weight halves, for time-decay (default 7).</source>
        <translation>time-decay 模型中，接触点权重减半所需的天数（默认 7）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credit the period&apos;s leads, customers and won revenue to the channels or campaigns of their touchpoints.</source>
        <translation>将时间段内的潜在客户、客户与成交收入，归因至其接触点所属的渠道或营销活动。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attribution: --from and --to are dates like 2025-01-31, in order</source>
        <translation>attribution：--from 与 --to 必须为先后有序的日期，例如 2025-01-31</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --model is first, last, linear, time-decay or position</source>
        <translation>attribution：--model 必须为 first、last、linear、time-decay 或 position</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --by is channel or campaign, not &apos;%1&apos;</source>
        <translation>attribution：--by 必须为 channel 或 campaign，而不是“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>attribution: --half-life is a number of days above 0</source>
        <translation>attribution：--half-life 必须为大于 0 的天数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>attribution：--format 必须为 json、csv 或 table，而不是“%1”</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Attribution %1 – %2, %3 model, by %4

</source>
        <translation>归因 %1 – %2，%3 模型，按 %4

</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>First creation day of the cohorts.</source>
        <translation>同类群组的第一个创建日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last creation day of the cohorts.</source>
        <translation>同类群组的最后一个创建日。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month (default) or week.</source>
        <translation>month（默认）或 week。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lead cohorts by creation month or week: the share reaching each stage within 30, 60, 90 and 180 days, and the median days to it.</source>
        <translation>按创建月份或周次划分的潜在客户同类群组：在 30、60、90 及 180 天内达到各阶段的比例，以及达到该阶段的天数中位数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cohorts: --from and --to are dates like 2025-01-31, in order</source>
        <translation>cohorts：--from 与 --to 必须为先后有序的日期，例如 2025-01-31</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cohorts: --by is month or week, not &apos;%1&apos;</source>
        <translation>cohorts：--by 必须为 month 或 week，而不是“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cohorts: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>cohorts：--format 必须为 json、csv 或 table，而不是“%1”</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>* still maturing: some leads of the cohort have not had that many days yet</source>
        <translation>* 尚未成熟：该同类群组中部分潜在客户创建至今还未满这个天数</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: name one of %2%3</source>
        <translation>%1：请指定 %2 其中之一%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, not &apos;%1&apos;</source>
        <translation>，而不是“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>who prepared the review, printed on the cover.</source>
        <translation>回顾的编制人，印在封面上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whom it is for (&quot;the Board&quot;), printed on the cover.</source>
        <translation>呈送对象（如“董事会”），印在封面上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sections of the PDF, comma-separated, of: %1 (default: all).</source>
        <translation>PDF 包含的章节，以逗号分隔，可选：%1（默认：全部）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your comment at the top of a section, as SECTION=TEXT (repeatable; an empty TEXT removes it; a blank line separates paragraphs).</source>
        <translation>您在章节顶部的点评，格式为 SECTION=TEXT（可重复指定；TEXT 为空则删除该点评；空行用于分隔段落）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: no section &apos;%2&apos;: the sections are %3</source>
        <translation>%1：没有“%2”这一章节：可用章节为 %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: --sections names at least one of %2</source>
        <translation>%1：--sections 须至少指定以下章节之一：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: --comment is SECTION=TEXT, such as summary=&quot;Pipeline is on plan&quot;, not &apos;%2&apos;</source>
        <translation>%1：--comment 须为 SECTION=TEXT 格式，例如 summary=&quot;销售管道符合计划&quot;，而不是“%2”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The PDF to write.</source>
        <translation>要输出的 PDF 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report&apos;s language.</source>
        <translation>报告的语言。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This PDF only (a saved review keeps its own, see review edit): </source>
        <translation>仅用于此 PDF（已保存的回顾保留其自身的设置，参见 review edit）： </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>report: --review prints a saved review of its own period: drop --from, --to and --view</source>
        <translation>report：--review 会按已保存回顾自身的时间段输出该回顾：请去掉 --from、--to 和 --view</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>report: --from and --to are dates like 2025-01-31</source>
        <translation>report：--from 与 --to 必须为日期，例如 2025-01-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report: --from is after --to</source>
        <translation>report：--from 晚于 --to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report: --out FILE.pdf is required</source>
        <translation>report：必须指定 --out FILE.pdf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>report: --lang is one of %1, not &apos;%2&apos;</source>
        <translation>report：--lang 必须是 %1 其中之一，而不是“%2”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--review %1: no such review in %2</source>
        <translation>--review %1：%2 中没有此回顾</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+601"/>
        <source>Marketing review %1 – %2</source>
        <translation>营销回顾 %1 – %2</translation>
    </message>
    <message>
        <location line="-561"/>
        <source>Count a stored channel name as a channel, e.g. &quot;Direct Traffic=Direct&quot; (repeatable; &quot;NAME=&quot; goes back to the default taxonomy).</source>
        <translation>将已存储的渠道名称计为某个渠道，例如 &quot;Direct Traffic=Direct&quot;（可重复指定；&quot;NAME=&quot; 表示恢复默认分类）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every alias of the workspace: the default taxonomy only.</source>
        <translation>删除工作区的所有别名：仅保留默认分类。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the list as JSON.</source>
        <translation>以 JSON 格式输出列表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the stored channel names and the canonical channel each counts as in every KPI; --alias and --reset change that without re-importing anything.</source>
        <translation>列出已存储的渠道名称，以及每个名称在所有 KPI 中计入的标准渠道；--alias 和 --reset 可更改此对应关系，无需重新导入任何内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>channels: --alias is NAME=CHANNEL, e.g. &quot;Direct Traffic=Direct&quot;, not &apos;%1&apos;</source>
        <translation>channels：--alias 的格式为 NAME=CHANNEL，例如 &quot;Direct Traffic=Direct&quot;，而不是“%1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot change the aliases of %1: %2</source>
        <translation>无法更改 %1 的别名：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the workspace&apos;s alias</source>
        <translation>工作区别名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as imported</source>
        <translation>按导入原样</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default taxonomy</source>
        <translation>默认分类</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: --%2 is a date like 2025-01-31, not &apos;%3&apos;</source>
        <translation>%1：--%2 必须为日期，例如 2025-01-31，而不是“%3”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>add: the KPI&apos;s name; its id is the name in lower case with _ (&quot;Revenue per lead&quot; → revenue_per_lead).</source>
        <translation>add：KPI 名称；其 ID 为名称的小写形式，并以 _ 连接（“Revenue per lead” → revenue_per_lead）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: the formula over KPI ids (see kpis.md) and numbers with + - * / and parentheses, e.g. &quot;revenue / leads&quot; or &quot;(mqls - sqls) / mqls&quot;. Also: clicks, expenses, lost_deals; revenue_won (= revenue), cost and spend (= media_cost).</source>
        <translation>add：由 KPI ID（参见 kpis.md）和数字组成的公式，可使用 + - * / 和括号，例如“revenue / leads”或“(mqls - sqls) / mqls”。也可使用：clicks、expenses、lost_deals；revenue_won（= revenue）、cost 和 spend（= media_cost）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: up (higher is better, the default), down or neutral.</source>
        <translation>add：up（越高越好，默认）、down 或 neutral。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: count, money (in the reporting currency), percent (a fraction shown as %), ratio (x : 1) or number (default: money for a money formula, else number).</source>
        <translation>add：count、money（以报告货币计）、percent（以 % 显示的比例）、ratio（x : 1）或 number（默认：金额公式为 money，否则为 number）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: decimals shown, 0 to 6 (default: the format&apos;s).</source>
        <translation>add：显示的小数位数，0 到 6（默认：按格式而定）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the funnel group it is shown in: awareness, engagement, lead_generation, sales (default) or loyalty.</source>
        <translation>add：显示在哪个漏斗分组中：awareness、engagement、lead_generation、sales（默认）或 loyalty。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: print the custom KPIs as JSON.</source>
        <translation>list：以 JSON 格式输出自定义 KPI。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add, list and remove custom KPIs: formulas over the catalog&apos;s KPIs, saved in the workspace and shown with them (cards, tables, kpis, goals, the report). A division by zero or an unknown input gives no value (null), never infinity.</source>
        <translation>添加、列出和删除自定义 KPI：基于 KPI 目录中指标的公式，保存在工作区中，并与目录 KPI 一同显示（卡片、表格、kpis、目标、报告）。除以零或输入未知时不产生数值（null），绝不会得到无穷大。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>kpi add: --name is required</source>
        <translation>kpi add：必须指定 --name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kpi add: --formula is required, e.g. --formula &quot;revenue / leads&quot;</source>
        <translation>kpi add：必须指定 --formula，例如 --formula &quot;revenue / leads&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kpi add: --better is up, down or neutral, not &apos;%1&apos;</source>
        <translation>kpi add：--better 必须为 up、down 或 neutral，而不是“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kpi add: --group is awareness, engagement, lead_generation, sales or loyalty, not &apos;%1&apos;</source>
        <translation>kpi add：--group 必须为 awareness、engagement、lead_generation、sales 或 loyalty，而不是“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kpi add: --decimals is a whole number from 0 to 6, not &apos;%1&apos;</source>
        <translation>kpi add：--decimals 必须为 0 到 6 的整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kpi add: --format is count, money, percent, ratio or number, not &apos;%1&apos;</source>
        <translation>kpi add：--format 必须为 count、money、percent、ratio 或 number，而不是“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kpi remove: name the custom KPI&apos;s ID (see kpi list)</source>
        <translation>kpi remove：请指定自定义 KPI 的 ID（参见 kpi list）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>better: %1</source>
        <translation>更优方向：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add: the goal&apos;s name.</source>
        <translation>add：目标名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the KPI&apos;s id, e.g. leads, cpl, mql_to_sql_rate.</source>
        <translation>add：KPI 的 ID，例如 leads、cpl、mql_to_sql_rate。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the target, e.g. 1200 or 30%.</source>
        <translation>add：目标值，例如 1200 或 30%。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the baseline value (default: computed from the baseline period).</source>
        <translation>add：基准值（默认：按基准时间段计算）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: first day of the baseline period (default: 90 days before --start).</source>
        <translation>add：基准时间段的第一天（默认：--start 之前 90 天）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: last day of the baseline period (default: the day before --start).</source>
        <translation>add：基准时间段的最后一天（默认：--start 的前一天）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the first day the goal counts.</source>
        <translation>add：目标开始计算的第一天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the day the target is due.</source>
        <translation>add：目标的截止日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: weekly, monthly (default) or quarterly reviews.</source>
        <translation>add：回顾频率：weekly、monthly（默认）或 quarterly。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <location line="+625"/>
        <source>add: only this channel (repeatable).</source>
        <translation>add：仅限此渠道（可重复指定）。</translation>
    </message>
    <message>
        <location line="-797"/>
        <location line="+173"/>
        <location line="+625"/>
        <source>add: only this campaign (repeatable).</source>
        <translation>add：仅限此营销活动（可重复指定）。</translation>
    </message>
    <message>
        <location line="-797"/>
        <source>add: who owns the goal.</source>
        <translation>add：目标负责人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the business objective it serves.</source>
        <translation>add：此目标对应的业务目标。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the currency of a money goal&apos;s target, e.g. PLN (default: the workspace&apos;s).</source>
        <translation>add：金额目标的币种，例如 PLN（默认：工作区的币种）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print the goals as JSON.</source>
        <translation>list：以 JSON 格式输出目标。</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>list, add, or remove ID.</source>
        <translation>list、add 或 remove ID。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List, add and remove the workspace&apos;s SMART goals, with the fields of the window&apos;s goal form.</source>
        <translation>列出、添加和删除工作区的 SMART 目标，字段与窗口中的目标表单相同。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>goals add: --name is required</source>
        <translation>goals add：必须指定 --name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>goals add: --target is a number, e.g. 1200 or 30%, not &apos;%1&apos;</source>
        <translation>goals add：--target 必须为数字，例如 1200 或 30%，而不是“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>goals add: --baseline is a number, e.g. 950 or 25%, not &apos;%1&apos;</source>
        <translation>goals add：--baseline 必须为数字，例如 950 或 25%，而不是“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>goals add: --start and --deadline are required, as YYYY-MM-DD</source>
        <translation>goals add：必须指定 --start 和 --deadline，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>goals add: --deadline is before --start</source>
        <translation>goals add：--deadline 早于 --start</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>goals add: --baseline-from is after --baseline-to</source>
        <translation>goals add：--baseline-from 晚于 --baseline-to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>goals add: --cadence is weekly, monthly or quarterly, not &apos;%1&apos;</source>
        <translation>goals add：--cadence 必须为 weekly、monthly 或 quarterly，而不是“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>goals add: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%1&apos;</source>
        <translation>goals add：--currency 应为 ISO 4217 代码，例如 PLN、EUR 或 USD，而不是“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>goals remove: name the goal&apos;s ID (see goals list)</source>
        <translation>goals remove：请指定目标的 ID（参见 goals list）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot save the goal in %1: %2</source>
        <translation>无法将目标保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove: no goal %1 in %2</source>
        <translation>remove：%2 中没有目标 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot remove goal %1 from %2</source>
        <translation>无法从 %2 中删除目标 %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>add: first day of the review&apos;s period.</source>
        <translation>add：回顾时间段的第一天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: last day of the review&apos;s period.</source>
        <translation>add：回顾时间段的最后一天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the title (default: &quot;Marketing review FROM – TO&quot;).</source>
        <translation>add：标题（默认：“营销回顾 FROM – TO”）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list: the recommendations and decisions of this review; decide: the review the decision is recorded in.</source>
        <translation>list：此回顾的建议与决策；decide：决策所记录到的回顾。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decide: change this decision instead of recording a new one.</source>
        <translation>decide：修改此决策，而不是记录新决策。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: what was decided.</source>
        <translation>decide：决策内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: who does it.</source>
        <translation>decide：由谁执行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: by when.</source>
        <translation>decide：截止日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: open (default), done or dropped.</source>
        <translation>decide：open（默认）、done 或 dropped。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: the goal the decision serves.</source>
        <translation>decide：此决策服务的目标。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: the recommended action of the review it answers (its id, see review list --review).</source>
        <translation>decide：此决策所回应的回顾建议行动（其 ID，参见 review list --review）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print as JSON.</source>
        <translation>list：以 JSON 格式输出。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: --review is a review&apos;s ID (see review list), not &apos;%2&apos;</source>
        <translation>%1：--review 必须为回顾的 ID（参见 review list），而不是“%2”</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>review add: --from and --to are required, as YYYY-MM-DD</source>
        <translation>review add：必须指定 --from 和 --to，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review add: --from is after --to</source>
        <translation>review add：--from 晚于 --to</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>review add: --title needs a text</source>
        <translation>review add：--title 需要指定文本</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+56"/>
        <source>cannot save the review in %1: %2</source>
        <translation>无法将回顾保存到 %1：%2</translation>
    </message>
    <message>
        <location line="-1735"/>
        <source>Usage: funnelscope-cli COMMAND [OPTIONS]

Marketing KPIs along the B2B funnel, from your CSV exports, in one local workspace file.

Commands:
  import       Import CSV files into a workspace
  kpis         Compute every KPI for a period, with filters, comparison and breakdowns
  rows         List the stored rows behind one KPI, with the file and line each came from
  report       Write the SMART review of a period, or a saved review, as a PDF
  attribution  Credit leads, customers and revenue to channels: first, last, linear, time-decay or position
  cohorts      Lead cohorts: the share reaching each stage within 30, 60, 90 and 180 days
  channels     List the stored channel names with the channel each counts as; set and reset aliases
  kpi          Add, list and remove your own KPIs: formulas over the catalog&apos;s KPIs
  goals        List, add and remove SMART goals
  review       List saved reviews, make one for a period, choose its PDF&apos;s author, audience, sections
               and comments, record decisions (status, goal, recommendation)
  annotate     Add, list and remove dated notes on the data, drawn on charts and listed in reviews
  view         List, add and remove saved views (a period rule, comparison, filters and tab), which
               kpis --view and report --view use
  settings     Show or set the company name and logo printed on report covers
  demo         Write a realistic two-year demo workspace
  copy         Copy a whole workspace between a file and a team database on PostgreSQL

Run &apos;funnelscope-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 the work was refused (nothing changed), 2 usage error.
</source>
        <translation>用法：funnelscope-cli 命令 [选项]

基于您的 CSV 导出文件，沿 B2B 漏斗计算营销 KPI，数据保存在一个本地工作区文件中。

命令：
  import       将 CSV 文件导入工作区
  kpis         计算某一时间段的全部 KPI，支持筛选、对比和细分
  rows         列出某项 KPI 背后的已存储数据行，以及每行来自的文件和行号
  report       将某一时间段的 SMART 回顾或已保存的回顾输出为 PDF
  attribution  将潜在客户、客户和收入归因到各渠道：first、last、linear、time-decay 或 position
  cohorts      潜在客户同类群组：30、60、90 和 180 天内到达各阶段的比例
  channels     列出已存储的渠道名称及各自计入的渠道；设置和重置别名
  kpi          添加、列出和删除您自己的 KPI：基于 KPI 目录中指标的公式
  goals        列出、添加和删除 SMART 目标
  review       列出已保存的回顾，为某一时间段创建回顾，选择其 PDF 的编制人、呈送对象、章节
               和点评，记录决策（状态、目标、建议）
  annotate     添加、列出和删除数据上的带日期备注，备注会绘制在图表上并列入回顾
  view         列出、添加和删除已保存的视图（时间段规则、对比、筛选条件和标签页），
               供 kpis --view 和 report --view 使用
  settings     显示或设置印在报告封面上的公司名称和徽标
  demo         创建一个逼真的两年期演示工作区
  copy         在文件与 PostgreSQL 团队数据库之间复制整个工作区

运行 &apos;funnelscope-cli 命令 --help&apos; 查看某个命令的选项。
退出代码：0 成功，1 操作被拒绝（未做任何更改），2 用法错误。
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The workspace: a file (created on first use), or a team workspace, postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>工作区：一个文件（首次使用时创建），或团队工作区 postgresql://用户@主机:端口/数据库（密码取自 ~/.pgpass 或 PGPASSWORD）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: --db LOCATION is required</source>
        <translation>%1：必须指定 --db 位置</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>this funnelscope-cli was built without PostgreSQL (configure with -DFUNNELSCOPE_POSTGRES=ON), so it cannot open %1</source>
        <translation>此 funnelscope-cli 构建时未包含 PostgreSQL（请使用 -DFUNNELSCOPE_POSTGRES=ON 配置），因此无法打开 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing was changed in %1: %2</source>
        <translation>%1 中未做任何更改：%2</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>A saved view (see view list): its period, comparison, channels and campaigns, where --from, --to, --compare, --channel and --campaign do not say otherwise.</source>
        <translation>已保存的视图（参见 view list）：使用其时间段、对比、渠道和营销活动，除非 --from、--to、--compare、--channel 和 --campaign 另有指定。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--view &apos;%1&apos;: %2 has no saved views</source>
        <translation>--view “%1”：%2 中没有已保存的视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--view &apos;%1&apos;: no such view in %2 (its views: %3)</source>
        <translation>--view “%1”：%2 中没有此视图（其视图：%3）</translation>
    </message>
    <message>
        <location line="+1060"/>
        <source>goals add: --kpi is required: a KPI id of kpis.md (leads, cpl, revenue, …) or of a custom KPI (kpi list)</source>
        <translation>goals add：必须指定 --kpi：kpis.md 中的 KPI ID（leads、cpl、revenue、…）或自定义 KPI 的 ID（kpi list）</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+17"/>
        <source>goals add: --kpi is a KPI id of kpis.md (leads, cpl, revenue, …) or of a custom KPI (kpi list), not &apos;%1&apos;</source>
        <translation>goals add：--kpi 必须为 kpis.md 中的 KPI ID（leads、cpl、revenue、…）或自定义 KPI 的 ID（kpi list），而不是“%1”</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>add, edit: </source>
        <translation>add、edit： </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, add, edit (what its PDF shows) or decide.</source>
        <translation>list、add、edit（其 PDF 显示的内容）或 decide。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the saved SMART reviews, make one for a period as the window does, choose what its PDF shows, and record the decisions taken in it.</source>
        <translation>列出已保存的 SMART 回顾，像窗口中一样为某一时间段创建回顾，选择其 PDF 显示的内容，并记录回顾中做出的决策。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: --author, --audience, --sections and --comment are for review add and edit</source>
        <translation>%1：--author、--audience、--sections 和 --comment 仅用于 review add 和 edit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review edit: --review ID is required</source>
        <translation>review edit：必须指定 --review ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review edit: name what to change: --author, --audience, --sections, --comment</source>
        <translation>review edit：请指定要更改的内容：--author、--audience、--sections、--comment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>edit: --review %1: no such review in %2</source>
        <translation>edit：--review %1：%2 中没有此回顾</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>review decide: --review ID is required (or --decision ID to change one)</source>
        <translation>review decide：必须指定 --review ID（或用 --decision ID 修改已有决策）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>review decide: --decision is a decision&apos;s ID, not &apos;%1&apos;</source>
        <translation>review decide：--decision 必须为决策的 ID，而不是“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>review decide: --status is open, done or dropped, not &apos;%1&apos;</source>
        <translation>review decide：--status 必须为 open、done 或 dropped，而不是“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review decide: --goal is a goal&apos;s ID (see goals list), not &apos;%1&apos;</source>
        <translation>review decide：--goal 必须为目标的 ID（参见 goals list），而不是“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>review decide: link a decision to --goal or to --recommendation, not both</source>
        <translation>review decide：决策只能关联到 --goal 或 --recommendation，不能同时关联两者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review decide: --text is required</source>
        <translation>review decide：必须指定 --text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>decide: --decision %1: no such decision in %2</source>
        <translation>decide：--decision %1：%2 中没有此决策</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>decide: --review %1: no such review in %2</source>
        <translation>decide：--review %1：%2 中没有此回顾</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>decide: --goal %1: no such goal in %2</source>
        <translation>decide：--goal %1：%2 中没有此目标</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>decide: --recommendation &apos;%1&apos; is not a recommendation of review %2 (it has: %3)</source>
        <translation>decide：--recommendation “%1”不是回顾 %2 的建议（其建议为：%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+265"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>cannot save the decision in %1: %2</source>
        <translation>无法将决策保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list: --review %1: no such review in %2</source>
        <translation>list：--review %1：%2 中没有此回顾</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recommended actions:</source>
        <translation>建议行动：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decisions:</source>
        <translation>决策：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>add: the day of the note, or the first day of its range; list: notes from this day on.</source>
        <translation>add：备注的日期，或其日期范围的第一天；list：从这一天起的备注。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the last day of its range (default: --from); list: notes up to this day.</source>
        <translation>add：日期范围的最后一天（默认：--from）；list：截至这一天的备注。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the note, e.g. &quot;Tracking broken&quot;.</source>
        <translation>add：备注内容，例如“跟踪失效”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the channel it is about (default: every channel).</source>
        <translation>add：备注涉及的渠道（默认：所有渠道）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print the notes as JSON.</source>
        <translation>list：以 JSON 格式输出备注。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, list, or remove ID.</source>
        <translation>add、list 或 remove ID。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dated notes on the data (&quot;campaign launch&quot;, &quot;tracking broken 3–5 May&quot;), drawn on the charts whose period includes them and listed in reviews.</source>
        <translation>数据上的带日期备注（“营销活动上线”“5月3–5日跟踪失效”），会绘制在时间段包含它们的图表上，并列入回顾。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>annotate add: --from is required (the day, or the first day of a range)</source>
        <translation>annotate add：必须指定 --from（日期，或日期范围的第一天）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotate add: --to is before --from</source>
        <translation>annotate add：--to 早于 --from</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotate add: --text is required</source>
        <translation>annotate add：必须指定 --text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotate add: --channel needs a name</source>
        <translation>annotate add：--channel 需要指定名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotate remove: name the note&apos;s ID (see annotate list)</source>
        <translation>annotate remove：请指定备注的 ID（参见 annotate list）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annotate list: --from is after --to</source>
        <translation>annotate list：--from 晚于 --to</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot save the note in %1: %2</source>
        <translation>无法将备注保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove: no note %1 in %2</source>
        <translation>remove：%2 中没有备注 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The company name printed on report covers (empty: the workspace&apos;s file name).</source>
        <translation>印在报告封面上的公司名称（留空：使用工作区的文件名）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo for report covers: a PNG, JPEG or SVG file of at most %1 KB, stored inside the workspace.</source>
        <translation>报告封面使用的徽标：不超过 %1 KB 的 PNG、JPEG 或 SVG 文件，保存在工作区内。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the logo.</source>
        <translation>删除徽标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the settings as JSON.</source>
        <translation>以 JSON 格式输出设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or change the workspace&apos;s settings: the company name and logo of its reports.</source>
        <translation>显示或更改工作区的设置：其报告中使用的公司名称和徽标。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>settings: --logo or --no-logo, not both</source>
        <translation>settings：只能指定 --logo 或 --no-logo，不能同时指定两者</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot save the settings in %1: %2</source>
        <translation>无法将设置保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Company: %1</source>
        <translation>公司：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo: %1</source>
        <translation>徽标：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 × %3 pixels, %4 bytes</source>
        <translation>%1，%2 × %3 像素，%4 字节</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency: %1</source>
        <translation>货币：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last author: %1</source>
        <translation>上次的编制人：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmark size: about N campaign rows over three years (default: the demo).</source>
        <translation>基准测试规模：三年内约 N 行营销活动数据（默认：演示数据的规模）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only write the CSV files into DIR; import nothing.</source>
        <translation>仅将 CSV 文件写入 DIR，不导入任何数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a deterministic two-year B2B demo workspace.</source>
        <translation>创建一个可重现的两年期 B2B 演示工作区。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo: --seed is a whole number</source>
        <translation>demo：--seed 必须为整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo: --campaign-rows is a whole number of at least 1000</source>
        <translation>demo：--campaign-rows 必须为至少 1000 的整数</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>goals and past reviews added</source>
        <translation>已添加目标与过往回顾</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspace to copy: a workspace file, or postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or PGPASSWORD, never the URL).</source>
        <translation>要复制的工作区：工作区文件，或 postgresql://USER@HOST:PORT/DATABASE（密码取自 ~/.pgpass 或 PGPASSWORD，绝不写在 URL 中）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to: a new workspace file, or an empty PostgreSQL database, as a URL.</source>
        <translation>复制目标：新的工作区文件，或以 URL 表示的空 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy every table of a workspace, in one transaction, between a workspace file and a PostgreSQL database (a team workspace), into a target without workspace data.</source>
        <translation>在单个事务中，于工作区文件与 PostgreSQL 数据库（团队工作区）之间复制工作区的所有表；目标中不得已有工作区数据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy: --from and --to are required</source>
        <translation>copy：必须指定 --from 和 --to</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>copied %1 to %2: %3 rows in %4 tables</source>
        <translation>已将 %1 复制到 %2：%4 个表中共 %3 行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this funnelscope-cli was built without PostgreSQL (configure with -DFUNNELSCOPE_POSTGRES=ON)</source>
        <translation>此 funnelscope-cli 构建时未包含 PostgreSQL 支持（请使用 -DFUNNELSCOPE_POSTGRES=ON 进行配置）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add: the view&apos;s name; adding a name that exists replaces it.</source>
        <translation>add：视图名称；添加已存在的名称会替换原视图。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: %1 (default: last-90-days), counted back from the last day with data, or today when the data runs on; custom with --from and --to.</source>
        <translation>add：%1（默认：last-90-days），从有数据的最后一天往前计算，若数据一直延续到今天则从今天往前计算；custom 需配合 --from 和 --to 使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: a custom period&apos;s first day.</source>
        <translation>add：自定义时间段的第一天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: a custom period&apos;s last day.</source>
        <translation>add：自定义时间段的最后一天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: previous (default), year or none.</source>
        <translation>add：previous（默认）、year 或 none。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: the window&apos;s tab: overview, awareness, engagement, lead-generation, sales, loyalty, funnel, goals or data.</source>
        <translation>add：窗口中的标签页：overview、awareness、engagement、lead-generation、sales、loyalty、funnel、goals 或 data。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: print the views as JSON.</source>
        <translation>list：以 JSON 格式输出视图。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, list, or remove NAME.</source>
        <translation>add、list 或 remove NAME。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved views: a named period rule, comparison, filters and tab, for the window, kpis --view and report --view.</source>
        <translation>已保存的视图：具名的时间段规则、对比、筛选条件和标签页，供窗口、kpis --view 和 report --view 使用。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>view add: --name is required</source>
        <translation>view add：必须指定 --name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>view add: --period is one of %1, not &apos;%2&apos;</source>
        <translation>view add：--period 必须为 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>view add: a custom period needs --from and --to</source>
        <translation>view add：自定义时间段需要指定 --from 和 --to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view add: --from is after --to</source>
        <translation>view add：--from 晚于 --to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>view add: --from and --to are for a custom period, not %1</source>
        <translation>view add：--from 和 --to 仅适用于自定义时间段，不适用于 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>view add: --compare is previous, year or none, not &apos;%1&apos;</source>
        <translation>view add：--compare 必须为 previous、year 或 none，而不是“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>view add: --tab is one of %1, not &apos;%2&apos;</source>
        <translation>view add：--tab 必须为 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view remove: name the view (see view list)</source>
        <translation>view remove：请指定视图名称（参见 view list）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot save the view in %1: %2</source>
        <translation>无法将视图保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>view &apos;%1&apos; saved</source>
        <translation>已保存视图“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove: no view &apos;%1&apos; in %2</source>
        <translation>remove：%2 中没有视图“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view &apos;%1&apos; removed</source>
        <translation>已删除视图“%1”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all channels and campaigns</source>
        <translation>所有渠道与营销活动</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>name a command.</source>
        <translation>请指定命令。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知的命令“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiwriter.cpp" line="+293"/>
        <source>KPIs %1 – %2</source>
        <translation>KPI %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, channels: </source>
        <translation>，渠道： </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, campaigns: </source>
        <translation>，营销活动： </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (previous: %1 – %2)</source>
        <translation> （上一时间段：%1 – %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
leads from: %1
</source>
        <translation>
潜在客户来源：%1
</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>
(columns: value, previous, change; ▲ better, ▼ worse)
</source>
        <translation>
（列：数值、上期、变化；▲ 更好，▼ 更差）
</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <location filename="../../core/attribution/attribution.cpp" line="+215"/>
        <source>revenue is unknown: won deals in %1 on %2 day(s) have no exchange rate into %3</source>
        <translation>收入未知：以 %1 计价的成交商机有 %2 天没有换算为 %3 的汇率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a reporting currency (pass --currency)</source>
        <translation>报告货币（请使用 --currency 指定）</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiengine.cpp" line="+201"/>
        <source>amounts are in %1 and no reporting currency is chosen: money KPIs are unknown; pass --currency CODE or set the workspace currency</source>
        <translation>金额以 %1 计价，且未选择报告货币：金额类 KPI 未知；请使用 --currency CODE 指定，或设置工作区货币</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> and %1 more</source>
        <translation> 及另外 %1 项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amounts without a currency (imported with none named) cannot be converted to %1 on %2: money KPIs that need them are unknown; re-import them with --currency CODE</source>
        <translation>无货币的金额（导入时未指定货币）无法在 %2 换算为 %1：需要这些金额的金额类 KPI 未知；请使用 --currency CODE 重新导入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no exchange rate from %1 to %2 within %3 days before %4: money KPIs that need them are unknown; import rates with import --kind rates</source>
        <translation>在 %4 之前 %3 天内没有 %1 兑 %2 的汇率：需要这些汇率的金额类 KPI 未知；请使用 import --kind rates 导入汇率</translation>
    </message>
</context>
<context>
    <name>CustomKpi</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="+738"/>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../core/i18n/language.cpp" line="+142"/>
        <source>d MMM</source>
        <comment>a day on a chart axis: QDate format, e.g. M月d日</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMM yy</source>
        <comment>a day on a chart axis with its year: QDate format</comment>
        <translation>yy年M月d日</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>MMM yyyy</source>
        <comment>a month on a chart axis: QDate format</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>File</name>
    <message>
        <location filename="../../core/files/outputfile.cpp" line="+20"/>
        <source>cannot write %1: it is a folder</source>
        <translation>无法写入 %1：这是文件夹</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot write %1: it was not opened</source>
        <translation>无法写入 %1：文件未打开</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not every byte could be written (is the disk full?)</source>
        <translation>并非所有字节都已写入（磁盘已满吗？）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: %2; any earlier copy of it is kept</source>
        <translation>无法写入 %1：%2；先前的文件保持不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../core/kpi/periodpreset.cpp" line="+31"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year to date</source>
        <translation>今年至今</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
</context>
<context>
    <name>GoalStore</name>
    <message>
        <location filename="../../core/goals/goalstore.cpp" line="+141"/>
        <source>an annotation needs text and a first day not after its last</source>
        <translation>注释需要文本，且第一天不得晚于最后一天</translation>
    </message>
    <message>
        <location filename="../../core/goals/reviewrecords.cpp" line="+24"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../core/goals/goalprogress.cpp" line="+168"/>
        <source>not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off track</source>
        <translation>进度落后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too early to judge</source>
        <translation>判断为时尚早</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../core/goals/goal.cpp" line="+24"/>
        <source>weekly</source>
        <comment>reviewed weekly</comment>
        <translation>每周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly</source>
        <comment>reviewed monthly</comment>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarterly</source>
        <comment>reviewed quarterly</comment>
        <translation>每季度</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../core/csv/dateparser.cpp" line="+176"/>
        <source>not a valid date: &apos;%1&apos;</source>
        <translation>无效的日期：“%1”</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>ambiguous date &apos;%1&apos;: day or month first? Choose with --date-order dmy|mdy</source>
        <translation>日期“%1”有歧义：日在前还是月在前？请用 --date-order dmy|mdy 指定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a date in the file&apos;s %2 order</source>
        <translation>“%1”不是符合此文件 %2 顺序的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/money/ratesimporter.cpp" line="+247"/>
        <source>not a date: &apos;%1&apos;</source>
        <translation>不是日期：“%1”</translation>
    </message>
    <message>
        <location filename="../../core/csv/numberparser.cpp" line="+53"/>
        <source>comma (1,5)</source>
        <translation>逗号 (1,5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>point (1.5)</source>
        <translation>句点 (1.5)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>not a number: &apos;%1&apos;</source>
        <translation>不是数字：“%1”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; is written with a decimal %2, but this file writes decimals with a %3 (decided from all its numbers)</source>
        <translation>“%1”以%2作为小数分隔符，但此文件以%3书写小数（根据其全部数字判定）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>number too large: &apos;%1&apos;</source>
        <translation>数字过大：“%1”</translation>
    </message>
    <message>
        <location filename="../../core/importing/fileinspector.cpp" line="+527"/>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a %1 column or a date range above the header</source>
        <translation>%1 字段或表头上方的日期范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a %1 export without %2, which Funnelscope needs to import it</source>
        <translation>这是缺少 %2 的 %1 导出文件，而 Funnelscope 需要这些内容才能导入</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>say which with --decimal comma or --decimal point</source>
        <translation>请用 --decimal comma 或 --decimal point 指定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column &apos;%1&apos; has numbers with a decimal comma (&apos;%2&apos;, line %3) and with a decimal point (&apos;%4&apos;, line %5): one of them would be misread; export the file again, or %6</source>
        <translation>字段“%1”中既有以逗号作小数点的数字（“%2”，第 %3 行），也有以句点作小数点的数字（“%4”，第 %5 行）：其中一种会被误读；请重新导出文件，或%6</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file&apos;s numbers disagree: &apos;%1&apos; in column &apos;%2&apos; (line %3) has a decimal comma, &apos;%4&apos; in column &apos;%5&apos; (line %6) a decimal point; %7</source>
        <translation>文件中的数字不一致：字段“%2”中的“%1”（第 %3 行）以逗号作小数点，字段“%5”中的“%4”（第 %6 行）以句点作小数点；%7</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; in column &apos;%2&apos; could be a decimal (with a decimal point) or a whole number (with a thousands separator), and nothing else in the file tells which; %3</source>
        <translation>字段“%2”中的“%1”可能是小数（以句点作小数点），也可能是整数（带千位分隔符），文件中没有其他内容能判断；%3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>export the report again from the API as it writes it by default (money in micro-units), or with the header returnMoneyInMicros: false (amounts with two decimals)</source>
        <translation>请按 API 的默认方式重新导出报表（金额以微单位表示），或使用请求头 returnMoneyInMicros: false 重新导出（金额带两位小数）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column &apos;%1&apos; has amounts with decimals (&apos;%2&apos;, line %3) and whole numbers like the %4&apos;s micro-units (&apos;%5&apos;, line %6): one of them would be read a million times wrong; %7</source>
        <translation>字段“%1”中既有带小数的金额（“%2”，第 %3 行），也有类似 %4 微单位的整数（“%5”，第 %6 行）：其中一种会被读错一百万倍；%7</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; in column &apos;%2&apos; is a whole number but not one of the %3&apos;s micro-units (millionths of the currency, rounded to 10,000), and no cost in the file has decimals, so it cannot be told whether it is %4 or %5 of the currency; %6</source>
        <translation>字段“%2”中的“%1”是整数，但不是 %3 的微单位（货币单位的百万分之一，取整到 10,000），且文件中没有任何费用带小数，因此无法判断它是 %4 还是 %5 个货币单位；%6</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>column &apos;%1&apos; has whole numbers only, but read as the %2&apos;s micro-units they would make a click cost less than 0.01 of the currency, and read as amounts the API would have written them with decimals; %3</source>
        <translation>字段“%1”中只有整数，但若按 %2 的微单位读取，单次点击费用将低于 0.01 个货币单位；若按金额读取，API 本应以小数形式写出；%3</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a regular file (a device or a pipe); save the export as a file first</source>
        <translation>这不是普通文件（而是设备或管道）；请先将导出内容保存为文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+66"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>unknown encoding &apos;%1&apos;</source>
        <translation>未知的编码“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a binary file, not CSV text</source>
        <translation>这是二进制文件，不是 CSV 文本文件</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>header longer than %1 million characters: not read</source>
        <translation>表头行超过 %1 百万字符：未读取</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this is not a %1 export: no line in the first %2 has its columns (%3)</source>
        <translation>这不是 %1 导出文件：前 %2 行中没有任何一行包含其字段（%3）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no header line of a %1 file in the first %2 lines (it needs the columns %3)</source>
        <translation>前 %2 行中没有 %1 文件的表头行（需要字段 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no recognisable header in the first %1 lines: a header names the columns of one kind, e.g. date and channel for campaign rows, lead_id and created_date for leads</source>
        <translation>前 %1 行中没有可识别的表头行：表头行须列出某一类型数据的字段名称，例如营销活动数据的 date 与 channel，潜在客户数据的 lead_id 与 created_date</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a %2 table by &quot;%3&quot;, whose rows do not add up to the site&apos;s totals (the tool leaves out anonymised queries and rows past its limit, and counts a search once for each page it shows), so its sum would look like the total and be wrong: import the export&apos;s Chart.csv (Dates.csv) for daily totals, or its Countries.csv or Devices.csv with the date range it covers</source>
        <translation>%1 是按“%3”划分的 %2 表格，其各行之和与网站总计不符（该工具会略去匿名化的查询和超出其上限的行，并且一次搜索在其显示的每个页面上各计一次），因此其合计看似总计，实则有误：请导入该导出中的 Chart.csv（Dates.csv）以获取每日总计，或导入其 Countries.csv 或 Devices.csv 并指定其涵盖的日期范围</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>column &apos;%1&apos; groups this %2 report by month or week: its rows cannot be placed on days, and its totals would be spread wrong; export the report grouped by day (the date of visit) instead</source>
        <translation>字段“%1”表明此 %2 报表按月或按周分组：其各行无法对应到具体日期，合计值也会被错误分摊；请改为按天（访问日期）分组导出报表</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this %1 report says it covers %2 to %3, not the %4 to %5 given: leave out the range, or give the one the file says</source>
        <translation>此 %1 报表注明其涵盖 %2 至 %3，而非指定的 %4 至 %5：请不要指定日期范围，或指定文件中注明的范围</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a %2 export without a Date column: the tool writes its date range only into Filters.csv of the same download (often as &quot;Last 3 months&quot;, counted back from the day of the download), so its totals cannot be placed on days. Import the download&apos;s Chart.csv (Dates.csv) for daily totals, or give the range this file covers: import --from YYYY-MM-DD --to YYYY-MM-DD, or the import dialog&apos;s &quot;Period of the file&quot;</source>
        <translation>%1 是不含 Date 列的 %2 导出文件：该工具只将其日期范围写入同一下载包中的 Filters.csv（通常为 &quot;Last 3 months&quot;，从下载当天往前计算），因此其总计无法分配到具体日期。请导入该下载包中的 Chart.csv（Dates.csv）以获取每日总计，或指定此文件涵盖的范围：import --from YYYY-MM-DD --to YYYY-MM-DD，或导入对话框中的“文件时间段”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this %1 report&apos;s date range above its header has slash dates that could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>此 %1 报表表头上方的日期范围使用斜杠分隔的日期，可能是日在前，也可能是月在前；请用 --date-order dmy 或 --date-order mdy 指明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this %1 report has no date column and no date range above its header, so its totals cannot be placed on days: export it with a date (Day) column, or keep the lines that give its date range, or give the range with --from and --to</source>
        <translation>此 %1 报表既没有日期列，表头上方也没有日期范围，因此其总计无法分配到具体日期：请在导出时加入日期（天）列，或保留注明日期范围的那几行，或用 --from 和 --to 指定范围</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>this %1 report&apos;s rows are %2 totals, and the slash dates of its range above the header could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>此 %1 报表的各行为汇总数据（%2），且表头上方日期范围中以斜杠分隔的日期可能是日在前，也可能是月在前；请用 --date-order dmy 或 --date-order mdy 指明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this %1 report&apos;s rows are %2 totals, but the date range above its header cannot be read, so they cannot be placed on days: export it with a daily breakdown, or keep the lines that give its date range</source>
        <translation>此 %1 报表的各行为汇总数据（%2），但表头上方的日期范围无法读取，因此无法分配到具体日期：请按天细分导出，或保留注明日期范围的那几行</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>this %1 report covers %2 to %3, more than %4 days: export it with a date (Day) column or a shorter range</source>
        <translation>此 %1 报表涵盖 %2 至 %3，超过 %4 天：请在导出时加入日期（天）列，或缩短日期范围</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>this %1 report covers &quot;%2&quot; and has no dates, so its totals cannot be placed on days: export it again with a date range, or with the Day column</source>
        <translation>此 %1 报告涵盖“%2”且没有日期，因此无法将总计分配到各天：请按日期范围或“日”列重新导出</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>column &apos;%1&apos; has slash dates like &apos;%2&apos; that could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>列“%1”中有“%2”这类斜线日期，无法判断日在前还是月在前；请用 --date-order dmy 或 --date-order mdy 指定</translation>
    </message>
    <message>
        <location filename="../../core/importing/importer.cpp" line="+46"/>
        <source>another Funnelscope window or command is writing to this workspace; try again when it has finished. Nothing was imported</source>
        <translation>另一个 Funnelscope 窗口或命令正在写入此工作区；请等它完成后再试。未导入任何数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (is the disk full, or the workspace&apos;s folder read-only? Nothing was imported; the workspace is as it was)</source>
        <translation> （磁盘是否已满，或工作区所在的文件夹为只读？未导入任何数据，工作区保持不变）</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the workspace is open read-only: nothing can be imported into it</source>
        <translation>工作区以只读方式打开：无法导入任何数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown preset &apos;%1&apos; (available: %2)</source>
        <translation>未知的预设“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown currency &apos;%1&apos;: give an ISO 4217 code such as PLN, EUR or USD</source>
        <translation>未知的货币“%1”：请提供 ISO 4217 代码，例如 PLN、EUR 或 USD</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>amounts the file does not name are in %1, the currency last given for the source &apos;%2&apos;</source>
        <translation>文件未注明币种的金额按 %1 计，即上次为来源“%2”指定的币种</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../core/money/ratesimporter.cpp" line="-88"/>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot store this row: %1</source>
        <translation>无法保存此行：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../core/importing/rowreader.cpp" line="+351"/>
        <location line="+77"/>
        <source>a NUL byte: this is a binary file, not CSV text</source>
        <translation>NUL 字节：这是二进制文件，不是 CSV 文本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file changed while it was being read (is another program still writing it?): nothing was imported; import it again once it is complete</source>
        <translation>文件在读取过程中发生了更改（是否有其他程序仍在写入？）：未导入任何数据；请在文件写入完成后重新导入</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 data rows were rejected, more than half: nothing imported</source>
        <translation>%2 行数据中有 %1 行被拒绝，超过一半：未导入任何数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported the table whose header is on line %1; the file&apos;s next table, from line %2, was not imported (import it on its own)</source>
        <translation>已导入表头位于第 %1 行的表格；文件中从第 %2 行开始的下一个表格未导入（请单独导入）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the %1 column is read from &quot;%2&quot;, since the file has no %1 column of its own</source>
        <translation>%1 字段从“%2”读取，因为文件本身没有 %1 字段</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>totals without a day breakdown were spread evenly over the days %1 to %2</source>
        <translation>没有逐日明细的总计已平均分摊到 %1 至 %2 的每一天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data in this export: line %1 says there is none</source>
        <translation>此导出文件没有数据：第 %1 行表示没有数据</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the amounts name no currency and none was given: they are stored without one and never converted (import again with --currency CODE, or choose it in the import options, to give them one)</source>
        <translation>金额未注明货币，也未指定货币：这些金额将不带货币保存，且永远不会换算（如需为其指定货币，请使用 --currency CODE 重新导入，或在导入选项中选择货币）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write the workspace: %1</source>
        <translation>无法写入工作区：%1</translation>
    </message>
    <message>
        <location filename="../../core/importing/importresult.cpp" line="+76"/>
        <source>%1: imported %2 %3 rows (source &apos;%4&apos;)</source>
        <translation>%1：已导入 %2 行 %3 数据（来源“%4”）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> as a %1 export (%2% of its columns recognised)</source>
        <translation> 按 %1 导出文件处理（已识别 %2% 的字段）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, rejected %1</source>
        <translation>，%1 行被拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, replaced %1 stored rows</source>
        <translation>，替换了 %1 行已保存的数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unchanged (these bytes were imported before)</source>
        <translation>%1：未更改（相同内容先前已导入）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cancelled, nothing imported</source>
        <translation>%1：已取消，未导入任何数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refused, nothing imported</source>
        <translation>%1：已拒绝，未导入任何数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, line %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, column &apos;%1&apos;</source>
        <translation>，字段“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
  ... and %1 more rejected rows</source>
        <translation>
  ……另有 %1 行被拒绝</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
  ignored columns: </source>
        <translation>
  已忽略的字段： </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
  stages counted as open: %1 (map a stage to won, lost or open with --stage &quot;STAGE=won&quot;)</source>
        <translation>
  视为进行中的阶段：%1（用 --stage &quot;阶段=won&quot; 将阶段映射为 won、lost 或 open）</translation>
    </message>
    <message>
        <location filename="../../core/importing/preset.cpp" line="+101"/>
        <location line="+29"/>
        <source>preset %1 (%2): &apos;%3&apos; is not a column of %4 files</source>
        <translation>预设 %1（%2）：“%3”不是 %4 文件的字段</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>preset %1 (%2): the product for &apos;%3&apos; needs two headers</source>
        <translation>预设 %1（%2）：“%3”的乘积需要两个表头</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a preset needs an id, a title and a kind</source>
        <translation>预设需要 id、标题与类型</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>preset %1: &apos;%2&apos; is not a column of %3 files</source>
        <translation>预设 %1：“%2”不是 %3 文件的字段</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preset %1: the product for &apos;%2&apos; needs two headers</source>
        <translation>预设 %1：“%2”的乘积需要两个表头</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preset %1: the condition for &apos;%2&apos; needs value, when and is</source>
        <translation>预设 %1：“%2”的条件需要 value、when 与 is</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot save the preset: %1</source>
        <translation>无法保存预设：%1</translation>
    </message>
    <message>
        <location filename="../../core/importing/rowreader.cpp" line="-335"/>
        <source>unknown currency &apos;%1&apos;</source>
        <translation>未知的货币“%1”</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is written with &apos;%2&apos;, which several currencies use (%3): pass the account&apos;s currency with --currency CODE (or choose it in the import options); nothing was imported</source>
        <translation>“%1”使用了“%2”，而多种货币都使用该符号（%3）：请使用 --currency CODE 指定账户的货币（或在导入选项中选择）；未导入任何数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is written with &apos;%2&apos;, which cannot be the import currency %3 (it stands for %4): pass the account&apos;s currency with --currency CODE; nothing was imported</source>
        <translation>“%1”使用了“%2”，它不可能是导入货币 %3（它代表 %4）：请使用 --currency CODE 指定账户的货币；未导入任何数据</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>not a duration: &apos;%1&apos;</source>
        <translation>不是有效的时间长度：“%1”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a bounce rate over 100 %: &apos;%1&apos; (written as a share, &apos;12.5 %&apos; or &apos;0.125&apos;)</source>
        <translation>跳出率超过 100%：“%1”（应写为比例，如“12.5 %”或“0.125”）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>negative %1</source>
        <translation>%1 为负值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>number too large: %1 × %2</source>
        <translation>数字过大：%1 × %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>number too large for one row: &apos;%1&apos; (at most %2)</source>
        <translation>单行的数字过大：“%1”（最多 %2）</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the period ends before it starts</source>
        <translation>时间段的结束日期早于开始日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period is longer than %1 days</source>
        <translation>时间段超过 %1 天</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>line longer than %1 million characters: not read</source>
        <translation>此行超过 %1 百万字符：未读取</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>bytes that are not valid %1 text</source>
        <translation>含有无效的 %1 文本字节</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing required value</source>
        <translation>缺少必填值</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>negative count: &apos;%1&apos;</source>
        <translation>数量为负值：“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a whole number: &apos;%1&apos;</source>
        <translation>不是整数：“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>negative %1: &apos;%2&apos;</source>
        <translation>%1 为负值：“%2”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a micro-amount (a whole number of millionths, rounded to 10,000) as the other costs of this file are</source>
        <translation>“%1”不是微单位金额（以百万分之一为单位、取整到 10,000 的整数），而此文件中的其他费用都是</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>position must be greater than 0: &apos;%1&apos;</source>
        <translation>排名必须大于 0：“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score must be a whole number from 0 to 10: &apos;%1&apos;</source>
        <translation>分数必须是 0 到 10 的整数：“%1”</translation>
    </message>
    <message>
        <location filename="../../core/importing/kind.cpp" line="+65"/>
        <source>Campaign data</source>
        <translation>营销活动数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Surveys</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Touchpoints</source>
        <translation>接触点</translation>
    </message>
    <message>
        <location filename="../../core/store/rowstore.cpp" line="+362"/>
        <source>an earlier row of this file for the same day, channel and campaign has its amount in another currency, and amounts in two currencies cannot be added up: split the file by currency (or by source with --source)</source>
        <translation>此文件中相同日期、渠道与营销活动的前一行金额使用了另一种货币，而两种货币的金额无法相加：请按货币拆分文件（或使用 --source 按来源拆分）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the sums of these rows are too large to be stored exactly</source>
        <translation>这些行的总和过大，无法精确保存</translation>
    </message>
    <message>
        <location filename="../../core/importing/columnmapping.cpp" line="+95"/>
        <source>column names in %1</source>
        <translation>%1字段名称</translation>
    </message>
    <message>
        <location filename="../../core/importing/vocabulary.cpp" line="+103"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese (Brazil)</source>
        <translation>葡萄牙语（巴西）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese (Portugal)</source>
        <translation>葡萄牙语（葡萄牙）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>捷克语</translation>
    </message>
    <message>
        <location filename="../../core/money/ratesimporter.cpp" line="+9"/>
        <source>not an exchange rates file: expected the ECB&apos;s &quot;Date,USD,JPY,...&quot;, the NBP&apos;s &quot;data;1USD;1EUR;...&quot; or &quot;date,from,to,rate&quot;</source>
        <translation>不是汇率文件：应为 ECB 的 &quot;Date,USD,JPY,...&quot;、NBP 的 &quot;data;1USD;1EUR;...&quot; 或 &quot;date,from,to,rate&quot; 格式</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>not a pair of different currency codes: &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>不是一对不同的货币代码：“%1”兑“%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>not a rate greater than 0: &apos;%1&apos;</source>
        <translation>不是大于 0 的汇率：“%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no exchange rates in this file</source>
        <translation>此文件中没有汇率</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../../core/kpi/kpicatalog.cpp" line="+16"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+54"/>
        <source>Impressions</source>
        <translation>展示次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times your ads and posts were shown: the sum of impressions.</source>
        <translation>广告与帖子的展示次数：展示次数的总和。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>覆盖人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People reached, as the platforms report it: the sum of reach.</source>
        <translation>平台报告的覆盖人数：覆盖人数的总和。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website traffic</source>
        <translation>网站流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits to your website: the sum of sessions.</source>
        <translation>网站的访问次数：会话的总和。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organic traffic share</source>
        <translation>自然流量占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sessions that came from channels you do not pay for (not Paid, Ads, CPC, PPC, Display or Sponsored).</source>
        <translation>来自非付费渠道的会话占比（渠道名称不含 Paid、Ads、CPC、PPC、Display 或 Sponsored）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand mentions</source>
        <translation>品牌提及次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times your brand was mentioned: the sum of mentions.</source>
        <translation>品牌被提及的次数：提及次数的总和。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New followers</source>
        <translation>新增关注者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers gained on social channels: the sum of new followers.</source>
        <translation>在社交渠道获得的关注者：新增关注者的总和。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per mille</source>
        <translation>每千次展示费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a thousand impressions cost: spend ÷ impressions × 1000.</source>
        <translation>每千次展示的费用：支出 ÷ 展示次数 × 1000。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend</source>
        <translation>媒体支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ad platforms charged: the sum of cost.</source>
        <translation>广告平台收取的费用：费用的总和。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click-through rate</source>
        <translation>点击率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of impressions that got a click: clicks ÷ impressions.</source>
        <translation>获得点击的展示占比：点击次数 ÷ 展示次数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per click</source>
        <translation>每次点击费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What one click cost: spend ÷ clicks.</source>
        <translation>每次点击的费用：支出 ÷ 点击次数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce rate</source>
        <translation>跳出率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sessions that left after one page: bounces ÷ sessions.</source>
        <translation>只浏览一个页面就离开的会话占比：跳出次数 ÷ 会话数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time on site</source>
        <translation>停留时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average engaged time per session, in seconds: engaged seconds ÷ sessions.</source>
        <translation>每次会话的平均互动时长（秒）：互动秒数 ÷ 会话数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages per session</source>
        <translation>每次会话浏览页数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages seen per visit: pageviews ÷ sessions.</source>
        <translation>每次访问浏览的页数：浏览量 ÷ 会话数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagements</source>
        <translation>社交互动次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes + comments + shares.</source>
        <translation>点赞 + 评论 + 分享。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagements ÷ impressions, on the rows that report both.</source>
        <translation>社交互动次数 ÷ 展示次数，仅计算两者均有报告的数据行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email open rate</source>
        <translation>电子邮件打开率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of delivered emails that were opened: opens ÷ delivered.</source>
        <translation>已送达邮件中被打开的比例：打开数 ÷ 送达数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click-through rate</source>
        <translation>电子邮件点击率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of delivered emails that got a click: email clicks ÷ delivered.</source>
        <translation>已送达邮件中获得点击的比例：邮件点击数 ÷ 送达数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-to-open rate</source>
        <translation>点击打开率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of opened emails that got a click: email clicks ÷ opens.</source>
        <translation>已打开邮件中获得点击的比例：邮件点击数 ÷ 打开数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe rate</source>
        <translation>退订率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of delivered emails that led to an unsubscribe: unsubscribes ÷ delivered.</source>
        <translation>已送达邮件中导致退订的比例：退订数 ÷ 送达数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click-through rate</source>
        <translation>CTA 点击率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action clicked per pageview: CTA clicks ÷ pageviews.</source>
        <translation>每次浏览的行动号召点击次数：CTA 点击次数 ÷ 浏览量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landing page conversion rate</source>
        <translation>着陆页转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of landing page views that sent a form: form submissions ÷ landing page views.</source>
        <translation>着陆页浏览中提交表单的比例：表单提交数 ÷ 着陆页浏览量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>Leads</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New leads created in the period, from the CRM (or the platforms&apos; counts when no CRM leads were imported).</source>
        <translation>时间段内新创建的潜在客户，取自 CRM（若未导入 CRM 潜在客户，则采用平台的计数）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform-reported leads</source>
        <translation>平台报告的潜在客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads as the ad platforms count them: the sum of leads.</source>
        <translation>广告平台统计的潜在客户：潜在客户数的总和。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor-to-lead rate</source>
        <translation>访客转潜在客户率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads ÷ sessions.</source>
        <translation>潜在客户 ÷ 会话数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per lead</source>
        <translation>单个潜在客户成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ leads.</source>
        <translation>媒体支出 ÷ 潜在客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>MQLs</source>
        <translation>MQL 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that became marketing-qualified in the period.</source>
        <translation>时间段内成为营销合格潜在客户（MQL）的潜在客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SALs</source>
        <translation>SAL 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that sales accepted in the period.</source>
        <translation>时间段内被销售接受（SAL）的潜在客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead → MQL rate</source>
        <translation>潜在客户 → MQL 转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads created in the period, the share that has reached MQL so far.</source>
        <translation>时间段内创建的潜在客户中，截至目前已达 MQL 的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL → SQL rate</source>
        <translation>MQL → SQL 转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads that became MQL in the period, the share that has reached SQL.</source>
        <translation>时间段内成为 MQL 的潜在客户中，已达 SQL 的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per MQL</source>
        <translation>每个 MQL 成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ MQLs.</source>
        <translation>媒体支出 ÷ MQL 数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average lead score</source>
        <translation>平均潜在客户评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean score of the leads created in the period that have a score.</source>
        <translation>时间段内创建且有评分的潜在客户的平均分数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+0"/>
        <source>SQLs</source>
        <translation>SQL 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that became sales-qualified in the period.</source>
        <translation>时间段内成为销售合格潜在客户（SQL）的潜在客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL → customer rate</source>
        <translation>SQL → 客户转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads that became SQL in the period, the share that became customers.</source>
        <translation>时间段内成为 SQL 的潜在客户中，成为客户的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities (SQOs)</source>
        <translation>商机（SQO）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals created in the period.</source>
        <translation>时间段内创建的商机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per opportunity</source>
        <translation>每个商机成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ opportunities.</source>
        <translation>媒体支出 ÷ 商机数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals won</source>
        <translation>成交商机数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals won with a close date in the period.</source>
        <translation>关闭日期落在时间段内的成交商机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>成交率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won ÷ (won + lost), of the deals closed in the period.</source>
        <translation>成交数 ÷ (成交数 + 丢单数)，按时间段内关闭的商机计算。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue won</source>
        <translation>成交收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts of the deals won in the period.</source>
        <translation>时间段内成交商机的金额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average deal size</source>
        <translation>平均成交金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue ÷ deals won in the period that have an amount.</source>
        <translation>收入 ÷ 时间段内有金额的成交商机数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales cycle</source>
        <translation>销售周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean days from first touch to close, of the deals won in the period.</source>
        <translation>时间段内成交的商机从首次接触到关闭的平均天数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pipeline</source>
        <translation>进行中的销售管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts of deals created by the period&apos;s end and still open at its end.</source>
        <translation>在时间段结束前创建、且在期末仍未关闭的商机金额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales velocity (per day)</source>
        <translation>销售速度（每日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities × win rate × average deal size ÷ sales cycle days.</source>
        <translation>商机数 × 成交率 × 平均成交金额 ÷ 销售周期天数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead → customer rate</source>
        <translation>潜在客户 → 客户转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads created in the period, the share that became customers.</source>
        <translation>时间段内创建的潜在客户中，成为客户的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who started in the period (or deals won, when no customers were imported).</source>
        <translation>时间段内开始合作的客户（若未导入客户数据，则采用成交商机数）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing and sales cost</source>
        <translation>营销与销售成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend + other marketing and sales expenses.</source>
        <translation>媒体支出 + 其他营销与销售费用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer acquisition cost</source>
        <translation>客户获取成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing and sales cost ÷ new customers.</source>
        <translation>营销与销售成本 ÷ 新客户数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing ROI</source>
        <translation>营销 ROI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Revenue − marketing and sales cost) ÷ marketing and sales cost.</source>
        <translation>(收入 − 营销与销售成本) ÷ 营销与销售成本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers active at the end of the period.</source>
        <translation>期末的活跃客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer retention rate</source>
        <translation>客户留存率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the customers active at the start, the share still active at the end.</source>
        <translation>期初活跃的客户中，期末仍活跃的比例。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the customers active at the start, the share that churned in the period.</source>
        <translation>期初活跃的客户中，于时间段内流失的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly recurring revenue</source>
        <translation>月度经常性收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MRR of the customers active at the end of the period.</source>
        <translation>期末活跃客户的 MRR。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average revenue per account</source>
        <translation>每账户平均收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRR ÷ active customers with a known MRR.</source>
        <translation>MRR ÷ 已知 MRR 的活跃客户数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARPA ÷ monthly churn (churn rate × 30.4375 ÷ days in the period).</source>
        <translation>ARPA ÷ 月流失率（流失率 × 30.4375 ÷ 时间段天数）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTV : CAC</source>
        <translation>LTV : CAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value ÷ customer acquisition cost.</source>
        <translation>客户终身价值 ÷ 客户获取成本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Promoters 9–10 − detractors 0–6) ÷ responses × 100.</source>
        <translation>(推荐者 9–10 分 − 贬损者 0–6 分) ÷ 回复数 × 100。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey responses</source>
        <translation>问卷回复数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers dated in the period.</source>
        <translation>日期落在时间段内的问卷回复。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Awareness</source>
        <translation>认知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement</source>
        <translation>互动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead generation</source>
        <translation>潜在客户获取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiformat.cpp" line="+37"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpitablemodel.cpp" line="+80"/>
        <location filename="../../ui/attributionview.cpp" line="+159"/>
        <location filename="../../ui/cohortview.cpp" line="+80"/>
        <location filename="../../ui/reconciliationview.cpp" line="+108"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 (previous: %2, change %3)</source>
        <translation>%1（上期：%2，变化 %3）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Total of all rows</source>
        <translation>所有行合计</translation>
    </message>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-706"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="-2"/>
        <source>Clicks</source>
        <translation>点击次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other expenses</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals lost</source>
        <translation>输单商机</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won deals</source>
        <translation>成交商机</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/kpi/kpicaveat.cpp" line="+26"/>
        <source>small sample: %n answer(s)</source>
        <translation>
            <numerusform>样本较少：仅 %n 条回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n customer(s)</source>
        <translation>
            <numerusform>样本较少：仅 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n impression(s)</source>
        <translation>
            <numerusform>样本较少：仅 %n 次展示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n e-mail(s) delivered</source>
        <translation>
            <numerusform>样本较少：仅 %n 封已送达的电子邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n open(s)</source>
        <translation>
            <numerusform>样本较少：仅 %n 次打开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n page view(s)</source>
        <translation>
            <numerusform>样本较少：仅 %n 次页面浏览</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n landing page view(s)</source>
        <translation>
            <numerusform>样本较少：仅 %n 次着陆页浏览</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n lead(s)</source>
        <translation>
            <numerusform>样本较少：仅 %n 个潜在客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n MQL(s)</source>
        <translation>
            <numerusform>样本较少：仅 %n 个 MQL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n SQL(s)</source>
        <translation>
            <numerusform>样本较少：仅 %n 个 SQL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n closed deal(s)</source>
        <translation>
            <numerusform>样本较少：仅 %n 个已关闭商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n session(s)</source>
        <translation>
            <numerusform>样本较少：仅 %n 次会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>still maturing: its leads need %n day(s)</source>
        <translation>
            <numerusform>尚未成熟：其潜在客户需满 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiinputs.cpp" line="+167"/>
        <source>Import your own CSV with %1 to see this.</source>
        <translation>导入包含 %1 的自有 CSV 文件即可查看此项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a file from %1 or your own CSV with %2 to see this.</source>
        <translation>导入来自 %1 的文件，或包含 %2 的自有 CSV 文件，即可查看此项。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/datapage.cpp" line="+28"/>
        <source>Delete import of %1</source>
        <translation>删除 %1 的导入</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete import</source>
        <translation>删除导入</translation>
    </message>
    <message>
        <location filename="../../ui/goalspage.cpp" line="+95"/>
        <source>&lt;h3&gt;S — Goals&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;S — 目标&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h3&gt;M — Data quality&lt;/h3&gt;&lt;p&gt;%1 gap(s), %2 rejected rows, %3 channel(s) where platform and CRM leads disagree.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;M — 数据质量&lt;/h3&gt;&lt;p&gt;%1 处数据缺失、%2 行被拒绝、%3 个渠道的平台与 CRM 潜在客户数不一致。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;A — Anomalies&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;A — 异常&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;h3&gt;R — Status changes&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;R — 状态变更&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h3&gt;T — Recommended actions&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;T — 建议行动&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../ui/readonly.h" line="+16"/>
        <source>Read-only workspace</source>
        <translation>只读工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace is open read-only. To change it, copy the file to a folder you can write to and open the copy.</source>
        <translation>此工作区以只读方式打开。如需修改，请将文件复制到您有写入权限的文件夹，再打开该副本。</translation>
    </message>
</context>
<context>
    <name>RecentWorkspaces</name>
    <message>
        <location filename="../../core/store/recentworkspaces.cpp" line="+53"/>
        <source>Funnelscope workspaces (*.funnelscope)</source>
        <translation>Funnelscope 工作区 (*.funnelscope)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Funnelscope workspaces (*.funnelscope *.db)</source>
        <translation>Funnelscope 工作区 (*.funnelscope *.db)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+132"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="+173"/>
        <source>ahead of plan</source>
        <translation>领先于计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>behind plan</source>
        <translation>落后于计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on plan</source>
        <translation>符合计划</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Now %1, plan %2: %3 (%4), %5.</source>
        <translation>当前值 %1，计划 %2：%3（%4），%5。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 for %2 · owner %3 · reviewed %4 · serves: %5</source>
        <translation>%1（%2）· 负责人：%3 · %4回顾 · 对应：%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target %1 in total from %2 to %3 (baseline period at the same pace: %4).</source>
        <translation>目标值：%2 至 %3 期间合计 %1（基准时间段按相同节奏：%4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline %1 on %2 → target %3 by %4.</source>
        <translation>基准值 %1（%2）→ 目标值 %3（截至 %4）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/goalspage.cpp" line="-52"/>
        <source>Measured as of %1.</source>
        <translation>衡量截至 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured as of %1; now is the latest whole period, %2 – %3.</source>
        <translation>衡量截至 %1；当前值为最近一个完整周期（%2 – %3）的值。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now %1.</source>
        <translation>当前值 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forecast at the deadline %1.</source>
        <translation>截止日期的预测值：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1 (progress %2 of the %3 expected by now).</source>
        <translation>状态：%1（进度 %2，按计划此时应达 %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1.</source>
        <translation>状态：%1。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Target %1</source>
        <translation>目标值 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline %1</source>
        <translation>截止日期 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+359"/>
        <source>same</source>
        <translation>持平</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>better</source>
        <translation>更好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse</source>
        <translation>更差</translation>
    </message>
    <message>
        <location filename="../../core/report/reportparts.cpp" line="+46"/>
        <source>all channels and campaigns</source>
        <translation>所有渠道与营销活动</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+157"/>
        <location line="+614"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="-595"/>
        <source>%1 · %2 · data up to %3</source>
        <translation>%1 · %2 · 数据截至 %3</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Compared with %1 – %2.</source>
        <translation>对比时间段：%1 – %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filters: %1.</source>
        <translation>筛选条件：%1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prepared %1 with Funnelscope.</source>
        <translation>由 Funnelscope 于 %1 生成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMART review: Select the KPIs that matter, Measure them accurately, Analyse for insight, Review on a rhythm, Take action.</source>
        <translation>SMART 回顾：选定（Select）重要的 KPI、准确衡量（Measure）、分析（Analyse）以获得洞察、定期回顾（Review）、采取行动（Take action）。</translation>
    </message>
    <message>
        <location filename="../../core/report/reportchoices.cpp" line="+19"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/report/reportwriter.cpp" line="+9"/>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals and their pace</source>
        <translation>目标及其节奏</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes on the data</source>
        <translation>数据备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trends and anomalies</source>
        <translation>趋势与异常</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What moved</source>
        <translation>变动因素</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the last review</source>
        <translation>自上次回顾以来的变化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended actions and decisions</source>
        <translation>建议行动与决策</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appendix: KPI definitions</source>
        <translation>附录：KPI 定义</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+7"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals, as of %1</source>
        <translation>目标（截至 %1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No goals are set for this workspace yet.</source>
        <translation>此工作区尚未设置任何目标。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+370"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="-370"/>
        <location line="+30"/>
        <location line="+28"/>
        <location line="+403"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="-461"/>
        <location line="+304"/>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="-1"/>
        <location filename="../../core/report/reportwriter.cpp" line="-304"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+1"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>预期进度</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+436"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Headline KPIs</source>
        <translation>核心 KPI</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+28"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <location line="+279"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+28"/>
        <location line="+245"/>
        <location line="+35"/>
        <source>Before</source>
        <translation>上期</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+28"/>
        <location line="+245"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>S — Select: the goals and the KPIs that matter</source>
        <translation>S — 选定：重要的目标与 KPI</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="-2"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+10"/>
        <source>No goals yet: choose pipeline and revenue KPIs, not vanity metrics, and set a target for each.</source>
        <translation>尚无目标：请选择销售管道与收入类 KPI，而不是虚荣指标，并为每个 KPI 设定目标值。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Rejected rows across %1 imports: %2; the import log keeps the line and reason of each.</source>
        <translation>%1 次导入中被拒绝的行：%2；导入日志记录了每一行的行号与原因。</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>No anomalies in this review&apos;s period: every period is within the range of its trailing history.</source>
        <translation>本次回顾的时间段内没有异常：每一期都在其此前历史数据的范围内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anomalies in this review&apos;s period (circled): %1.</source>
        <translation>本次回顾时间段内的异常（已圈出）：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For context, earlier anomalies (circled, before this review&apos;s period): %1.</source>
        <translation>供参考的更早异常（已圈出，位于本次回顾时间段之前）：%1。</translation>
    </message>
    <message>
        <location line="+160"/>
        <location filename="../../ui/goalspage.cpp" line="+81"/>
        <source>for the goal %1</source>
        <translation>针对目标 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/goalspage.cpp" line="+9"/>
        <source>answers: %1</source>
        <translation>回应：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/goalspage.cpp" line="-14"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>M — Measure: is the data complete and trustworthy?</source>
        <translation>M — 衡量：数据是否完整可信？</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>%1 rose %2 to %3 (from %4).</source>
        <translation>%1 上升 %2，达到 %3（此前为 %4）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 fell %2 to %3 (from %4).</source>
        <translation>%1 下降 %2，降至 %3（此前为 %4）。</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>All %n goal(s) are on track or not yet started.</source>
        <translation>
            <numerusform>全部 %n 个目标均进展正常或尚未开始。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 goals need attention: %3.</source>
        <translation>%2 个目标中有 %1 个需要关注：%3。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The largest anomaly: %1 in the period from %2 was %3 against a usual %4 (see the trend charts).</source>
        <translation>最大的异常：%1 在自 %2 起的周期内为 %3，通常为 %4（见趋势图）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>We decided: %1.</source>
        <translation>我们决定：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended next: %1</source>
        <translation>建议的下一步：%1</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows in the period</source>
        <translation>时间段内行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freshest date</source>
        <translation>最新日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gaps: every channel that reports daily has data for every day of the period.</source>
        <translation>数据缺失：所有按日报告的渠道在时间段内每一天都有数据。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Includes totals spread evenly over %1 – %2 (%3): a report without a day breakdown, so its days hold equal shares.</source>
        <translation>包含平均分摊到 %1 – %2 的总计（%3）：来自没有逐日明细的报表，因此每天的数值相同。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Leads as the ad platforms reported them and as the CRM recorded them agree within 20% on every channel that has both:</source>
        <translation>在同时具有两种数据的每个渠道上，广告平台报告与 CRM 记录的潜在客户数差异均在 20% 以内：</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Leads as the ad platforms reported them and as the CRM recorded them; %n channel(s) differ by more than 20%:</source>
        <translation>
            <numerusform>广告平台报告与 CRM 记录的潜在客户数，有 %n 个渠道差异超过 20%：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+30"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+4"/>
        <source>Platform-reported leads</source>
        <translation>平台报告的潜在客户</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>CRM leads</source>
        <translation>CRM 潜在客户</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Analytics key events</source>
        <translation>网站分析关键事件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A — Analyse: trends, anomalies and what moved</source>
        <translation>A — 分析：趋势、异常与变动因素</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before this period</source>
        <translation>本期之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location line="-14"/>
        <location filename="../../ui/goalspage.cpp" line="+24"/>
        <source>Notes on the data (numbered as on the charts)</source>
        <translation>数据备注（编号与图表一致）</translation>
    </message>
    <message>
        <location line="-465"/>
        <source>The data reaches only %1 (%2 of the period&apos;s %3 days): the changes in this report compare part of this period with the whole previous one.</source>
        <translation>数据仅截至 %1（本期 %3 天中的 %2 天）：本报告中的变化是将本期的一部分与上一期的全部进行比较。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>It moved most in the channel %1 (%2 → %3).</source>
        <translation>变化最大的是渠道 %1（%2 → %3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It moved most in the campaign %1 (%2 → %3).</source>
        <translation>变化最大的是营销活动 %1（%2 → %3）。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 · data up to %2</source>
        <translation>%1 · 数据截至 %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Comment:</source>
        <translation>点评：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment from %1:</source>
        <translation>%1 的点评：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Data as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prepared by %1</source>
        <translation>由 %1 编制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared for %1</source>
        <translation>为 %1 编制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by %1 for %2</source>
        <translation>由 %1 为 %2 编制</translation>
    </message>
    <message>
        <location line="+96"/>
        <source> (better)</source>
        <translation> （更好）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (worse)</source>
        <translation> （更差）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your own KPIs</source>
        <translation>自定义 KPI</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the period from %1 (%2, usually %3)</source>
        <translation>从 %1 开始的时间段（%2，通常为 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2, trailing periods</source>
        <translation>%1 — %2，历史各期趋势</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Helped most</source>
        <translation>贡献最大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back most</source>
        <translation>拖累最大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved most</source>
        <translation>变动最大</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What moved %1 (%2) since the previous period</source>
        <translation>与上一时间段相比，推动 %1（%2）变化的因素</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The funnel (bar widths on a log scale)</source>
        <translation>漏斗（条形宽度采用对数刻度）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversion from the step above</source>
        <translation>相对上一步骤的转化率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The step that changed most: %1 → %2, %3%4 percentage points.</source>
        <translation>变化最大的步骤：%1 → %2，%3%4 个百分点。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R — Review: what changed since the last review</source>
        <translation>R — 回顾：自上次回顾以来的变化</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous review: %1 (to %2).</source>
        <translation>上次回顾：%1（截至 %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the first review of this workspace.</source>
        <translation>这是此工作区的第一次回顾。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No goal changed status.</source>
        <translation>没有任何目标的状态发生变化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is</source>
        <translation>现状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals met: %1.</source>
        <translation>已达成的目标：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals missed: %1.</source>
        <translation>未达成的目标：%1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actions due</source>
        <translation>到期的行动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>T — Take action: what to do next</source>
        <translation>T — 采取行动：下一步该做什么</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No rule of the action table fired: no KPI moved enough in the wrong direction.</source>
        <translation>行动规则表中没有任何规则被触发：没有 KPI 朝不利方向出现足够大的变动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the data shows</source>
        <translation>数据显示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommended action</source>
        <translation>建议行动</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../ui/goalspage.cpp" line="-41"/>
        <source>Decisions and open actions</source>
        <translation>决策与未完成的行动</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/goalspage.cpp" line="+3"/>
        <source>None recorded yet.</source>
        <translation>尚无任何记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appendix: how each KPI is computed</source>
        <translation>附录：各项 KPI 的计算方式</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>higher</source>
        <translation>更高</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>lower</source>
        <translation>更低</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Your own KPI: %1.</source>
        <translation>自定义 KPI：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither</source>
        <translation>中性</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Better</source>
        <translation>更优方向</translation>
    </message>
    <message>
        <location filename="../../ui/goalspage.cpp" line="-22"/>
        <source>earlier, for context</source>
        <translation>更早，供参考</translation>
    </message>
    <message>
        <location filename="../../core/report/companylogo.cpp" line="+51"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 KB: a logo may be at most %3 KB (save it smaller, or as SVG)</source>
        <translation>%1 为 %2 KB：徽标最大为 %3 KB（请另存为更小的文件，或存为 SVG）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an image Funnelscope can read: choose a PNG, JPEG or SVG file</source>
        <translation>%1 不是 Funnelscope 能读取的图像：请选择 PNG、JPEG 或 SVG 文件</translation>
    </message>
</context>
<context>
    <name>RowDrill</name>
    <message>
        <location filename="../../core/store/rowdrill.cpp" line="+89"/>
        <source>Impressions</source>
        <translation>展示次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>覆盖人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>点击次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounces</source>
        <translation>跳出次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pageviews</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged seconds</source>
        <translation>互动秒数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landing page views</source>
        <translation>着陆页浏览量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form submissions</source>
        <translation>表单提交数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA clicks</source>
        <translation>CTA 点击次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>分享数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New followers</source>
        <translation>新增关注者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails sent</source>
        <translation>已发送邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails delivered</source>
        <translation>已送达邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails opened</source>
        <translation>已打开邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email clicks</source>
        <translation>邮件点击数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribes</source>
        <translation>退订数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform leads</source>
        <translation>平台潜在客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Lead</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL date</source>
        <translation>MQL 日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SAL date</source>
        <translation>SAL 日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL date</source>
        <translation>SQL 日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer date</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead score</source>
        <translation>潜在客户评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First touch</source>
        <translation>首次接触</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close date</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal amount</source>
        <translation>商机金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>Expense</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent</source>
        <translation>受访者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign row</source>
        <translation>营销活动数据行</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Survey answer</source>
        <translation>问卷回复</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>unknown KPI %1 (funnelscope-cli kpis --list names them)</source>
        <translation>未知的 KPI %1（funnelscope-cli kpis --list 会列出所有 KPI）</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>not recorded (imported before this version)</source>
        <translation>未记录（在此版本之前导入）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (and 1 more line of the file merged into this row)</source>
        <translation>%1（另有文件中的 1 行合并到此数据行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (and %2 more lines of the file merged into this row)</source>
        <translation>%1（另有文件中的 %2 行合并到此数据行）</translation>
    </message>
</context>
<context>
    <name>SmartCheck</name>
    <message>
        <location filename="../../core/goals/smartcheck.cpp" line="+74"/>
        <source>Specific: choose the KPI this goal moves.</source>
        <translation>具体：请选择此目标要推动的 KPI。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Specific: %1 across all channels and campaigns.</source>
        <translation>具体：%1，涵盖所有渠道与营销活动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific: %1 for %2.</source>
        <translation>具体：%1，范围为 %2。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Measurable: set a numeric target.</source>
        <translation>可衡量：请设置数值目标。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measurable: the baseline period holds no whole %1 period; choose one that covers at least one, so that the baseline is measured over the same length as the goal.</source>
        <translation>可衡量：基准时间段不包含任何完整的回顾周期（%1）；请选择至少涵盖一个完整周期的基准时间段，使基准值与目标按相同时长衡量。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measurable: there is no data for %1 in this scope; import the files it needs first.</source>
        <translation>可衡量：此范围内没有 %1 的数据；请先导入所需的文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measurable: target %1; the baseline is %2.</source>
        <translation>可衡量：目标值 %1；基准值为 %2。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>needs %1 in %2 days</source>
        <translation>需在 %2 天内达成 %1 的变化</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; there is not enough history to compare with.</source>
        <translation>可达成：%1；历史数据不足，无法比较。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; your history has changes like that — realistic.</source>
        <translation>可达成：%1；历史数据中曾有类似幅度的变化——切合实际。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; the best %2-day change in your history is %3 — a stretch.</source>
        <translation>可达成：%1；历史数据中最佳的 %2 天变化为 %3——有挑战性。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Achievable: %1; the best %2-day change in your history is %3 — unrealistic.</source>
        <translation>可达成：%1；历史数据中最佳的 %2 天变化为 %3——不切实际。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Achievable: set a target to compare with your history.</source>
        <translation>可达成：请设置目标值，以便与历史数据比较。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Achievable: no baseline to measure the change against.</source>
        <translation>可达成：没有可用来衡量变化的基准值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relevant: write the business objective this goal serves.</source>
        <translation>相关：请填写此目标对应的业务目标。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relevant: %1 is an awareness metric; make sure it is tied to a lead or revenue goal.</source>
        <translation>相关：%1 属于认知指标；请确保它与潜在客户或收入目标相关联。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relevant: serves “%1”.</source>
        <translation>相关：对应“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time-bound: the deadline must come after the start.</source>
        <translation>有时限：截止日期必须晚于开始日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time-bound: %1 days, reviewed %2.</source>
        <translation>有时限：%1 天，回顾频率：%2。</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/chartkpi.cpp" line="+98"/>
        <source>%1 (seconds)</source>
        <translation>%1（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (days)</source>
        <translation>%1（天）</translation>
    </message>
    <message>
        <location filename="../../ui/trendchart.cpp" line="+25"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week starting</source>
        <translation>周（起始日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarter starting</source>
        <translation>季度（起始日）</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../ui/userguide.cpp" line="+26"/>
        <location line="+23"/>
        <source>a count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>money, in the reporting currency</source>
        <translation>金额（以报告货币计）</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>a percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>a score from −100 to 100</source>
        <translation>−100 到 100 的分数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>money per day</source>
        <translation>每日金额</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a ratio (x : 1)</source>
        <translation>比率（x : 1）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no shipped export has these columns: import your own file with them (&lt;a href=&quot;guide:export-generic-csv&quot;&gt;your own CSV&lt;/a&gt;)</source>
        <translation>内置的导出格式都不含这些字段：请导入包含这些字段的自有文件（&lt;a href=&quot;guide:export-generic-csv&quot;&gt;自有 CSV&lt;/a&gt;）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, or &lt;a href=&quot;guide:export-generic-csv&quot;&gt;your own CSV&lt;/a&gt; with these columns</source>
        <translation>%1，或包含这些字段的&lt;a href=&quot;guide:export-generic-csv&quot;&gt;自有 CSV&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when none of those were imported, %1</source>
        <translation>若未导入上述任何数据，则为 %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+158"/>
        <source>KPI glossary</source>
        <translation>KPI 词汇表</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Every KPI Funnelscope computes, by funnel stage: what it means, its unit, which way is better, and which exports fill it. Press F1 on a card or a table cell to come here.</source>
        <translation>Funnelscope 计算的每项 KPI，按漏斗阶段列出：含义、单位、哪个方向更好，以及由哪些导出文件提供数据。在卡片或表格单元格上按 F1 即可跳转到这里。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+29"/>
        <source>Unit: %1.</source>
        <translation>单位：%1。</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+24"/>
        <source>Higher is better.</source>
        <translation>越高越好。</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Lower is better.</source>
        <translation>越低越好。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Adds up over time: a goal sets its total.</source>
        <translation>随时间累加：目标设定的是总量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A level: a goal sets the level to reach.</source>
        <translation>水平值：目标设定的是要达到的水平。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id in formulas and the command line: %1.</source>
        <translation>在公式和命令行中的 ID：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computed from:</source>
        <translation>计算依据：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own KPIs</source>
        <translation>自定义 KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace has none yet. Edit → Custom KPIs… adds a formula over the KPIs above, such as revenue ÷ leads.</source>
        <translation>此工作区尚无自定义 KPI。通过“编辑 → 自定义 KPI…”可基于上述 KPI 添加公式，例如 收入 ÷ 潜在客户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own KPI: %1.</source>
        <translation>自定义 KPI：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither higher nor lower is better.</source>
        <translation>高低并无好坏之分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown with %1.</source>
        <translation>显示在 %1 分组中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formula: %1.</source>
        <translation>公式：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+106"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The menu commands that have a shortcut, as this window has them.</source>
        <translation>带有快捷键的菜单命令（以此窗口中的设置为准）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On the dashboard</source>
        <translation>在仪表板上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between the filters, the cards and the tables.</source>
        <translation>在筛选器、卡片和表格之间移动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 on a card or a table cell</source>
        <translation>在卡片或表格单元格上按 F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this guide at that KPI&apos;s entry in the glossary.</source>
        <translation>在本指南的词汇表中打开该 KPI 的条目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+F1 on a card</source>
        <translation>在卡片上按 Shift+F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the card&apos;s definition beside it.</source>
        <translation>在卡片旁显示其定义。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on a card</source>
        <translation>在卡片上按 Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the stored rows behind its value.</source>
        <translation>显示其数值背后的已存储数据行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key on a card</source>
        <translation>在卡片上按菜单键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The card&apos;s commands (Show rows).</source>
        <translation>卡片的命令（显示数据行）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+61"/>
        <source>How to export from each tool</source>
        <translation>如何从各工具导出</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>For each tool: where the export is in its menus, which report, which columns and which dates, then what Funnelscope reads from the file. Import the file with File → Import files… or drop it on the window.</source>
        <translation>针对每个工具：导出功能在其菜单中的位置、选择哪个报告、哪些字段和日期，以及 Funnelscope 会从文件中读取哪些内容。通过“文件 → 导入文件…”导入文件，或将文件拖放到窗口中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>Your own CSV (any other tool)</source>
        <translation>自有 CSV（任何其他工具）</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>What Funnelscope reads from it</source>
        <translation>Funnelscope 从中读取的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, as %2.</source>
        <translation>%1，读取为 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its rows count as the channel %1.</source>
        <translation>其数据行计为渠道 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The KPIs it fills (alone or with other files):</source>
        <translation>它提供数据的 KPI（单独或与其他文件一起）：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
</context>
<context>
    <name>ViewStore</name>
    <message>
        <location filename="../../core/store/viewstore.cpp" line="+39"/>
        <source>a view needs a name</source>
        <translation>视图需要名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace is read-only</source>
        <translation>工作区为只读</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="+119"/>
        <source>the workspace schema has no table %1</source>
        <translation>工作区架构中没有表 %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot copy into %1: it already holds workspace data (table %2 is not empty); copy into a new workspace file or an empty database</source>
        <translation>无法复制到 %1：其中已有工作区数据（表 %2 不为空）；请复制到新的工作区文件或空数据库</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot copy from %1: there is no such workspace file</source>
        <translation>无法从 %1 复制：该工作区文件不存在</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+112"/>
        <location filename="../../core/store/workspace.cpp" line="+289"/>
        <source>cannot read workspace %1: %2</source>
        <translation>无法读取工作区 %1：%2</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+13"/>
        <location line="+321"/>
        <location line="+19"/>
        <source>cannot read table %1 of %2: %3</source>
        <translation>无法读取 %2 的表 %1：%3</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>binary data</source>
        <translation>二进制数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+357"/>
        <source>cannot copy from %1: table %2, row %3, column %4 holds &apos;%5&apos;, which is not a %6</source>
        <translation>无法从 %1 复制：表 %2 第 %3 行的字段 %4 值为“%5”，不是 %6</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>cannot copy into %1: it is not a file</source>
        <translation>无法复制到 %1：它不是文件</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+56"/>
        <source>cannot write workspace %1: %2</source>
        <translation>无法写入工作区 %1：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+393"/>
        <source>cannot write table %1 of %2: %3</source>
        <translation>无法写入 %2 的表 %1：%3</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1 does not have the workspace schema: column %2.%3 is %4, not %5</source>
        <translation>%1 不符合工作区架构：字段 %2.%3 为 %4，而不是 %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/teamworkspace.cpp" line="+85"/>
        <source>%1 holds no workspace yet: copy one into it with funnelscope-cli copy --from FILE --to %1</source>
        <translation>%1 尚无工作区：请用 funnelscope-cli copy --from 文件 --to %1 复制一个进去</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="+376"/>
        <source>%1 holds a workspace of schema %2; this version of Funnelscope reads schema %3</source>
        <translation>%1 中的工作区为架构 %2；此版本的 Funnelscope 读取架构 %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-297"/>
        <location line="+171"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>you may read %1 but not change it: your PostgreSQL role is a viewer&apos;s; ask the workspace&apos;s admin for the editor role (see the README, &quot;Team workspace&quot;)</source>
        <translation>您可以读取 %1，但不能更改：您的 PostgreSQL 角色是查看者；请向工作区管理员申请编辑者角色（见 README 的“Team workspace”）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot create the folder %1 for the copy of %2</source>
        <translation>无法为 %2 的副本创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+49"/>
        <source>cannot write the copy of %1 into %2</source>
        <translation>无法将 %1 的副本写入 %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+12"/>
        <source>cannot lock %1 for a change: %2</source>
        <translation>无法为更改锁定 %1：%2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>waiting for another change to %1 to finish…</source>
        <translation>正在等待 %1 的另一项更改完成…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for %1&apos;s change to %2 to finish…</source>
        <translation>正在等待 %1 对 %2 的更改完成…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot finish the change to %1: its work file %2 is still in use</source>
        <translation>无法完成对 %1 的更改：其工作文件 %2 仍在使用中</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-163"/>
        <source>cannot copy from %1: the database holds no Funnelscope workspace</source>
        <translation>无法从 %1 复制：该数据库中没有 Funnelscope 工作区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot copy from %1: its workspace has schema %2 and this Funnelscope reads schema %3</source>
        <translation>无法从 %1 复制：其工作区为架构版本 %2，而此版本的 Funnelscope 读取的是架构版本 %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot read table %1 of %2: row %3 has too few fields</source>
        <translation>无法读取 %2 的表 %1：第 %3 行的字段过少</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot read table %1 of %2: row %3 has more fields than the table&apos;s columns</source>
        <translation>无法读取 %2 的表 %1：第 %3 行的字段多于表的列数</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+26"/>
        <location line="+63"/>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+27"/>
        <location line="+14"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>copy moves a workspace between a file and a PostgreSQL database: one of %1 and %2 must be a postgresql:// URL (copy a workspace file as any file)</source>
        <translation>copy 用于在文件与 PostgreSQL 数据库之间迁移工作区：%1 和 %2 之一必须是 postgresql:// URL（工作区文件之间请像普通文件一样直接复制）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot copy %1 onto itself</source>
        <translation>无法将 %1 复制到其自身</translation>
    </message>
    <message>
        <location filename="../../core/store/workspace.cpp" line="+4"/>
        <source>%1 is not a Funnelscope workspace (not a SQLite database file)</source>
        <translation>%1 不是 Funnelscope 工作区（不是 SQLite 数据库文件）</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/pgschema.cpp" line="+190"/>
        <location filename="../../core/store/postgres/teamworkspace.cpp" line="-179"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-507"/>
        <location line="+95"/>
        <location line="+152"/>
        <location line="+139"/>
        <source>cannot read the schema of %1: %2</source>
        <translation>无法读取 %1 的架构：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/store/workspace.cpp" line="+13"/>
        <source>%1 was written by a newer Funnelscope (schema %2, this one reads up to %3); please update Funnelscope</source>
        <translation>%1 是由较新版本的 Funnelscope 写入（架构版本 %2，此版本最高只能读取 %3）；请更新 Funnelscope</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>cannot bring %1 to schema %2: %3</source>
        <translation>无法将 %1 升级至架构版本 %2：%3</translation>
    </message>
    <message>
        <location filename="../../core/store/workspace.cpp" line="+9"/>
        <source>%1 is a SQLite database of another program, not a Funnelscope workspace</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 Funnelscope 工作区</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: it is cut short (%2 of %3 bytes); open a backup copy</source>
        <translation>%1 已损坏：文件不完整（%3 字节中仅有 %2 字节）；请打开备份副本</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+19"/>
        <source>cannot open workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open workspace %1: the file or its folder is read-only, and Funnelscope writes to the workspace and next to it while it is open (copy it to a folder you can write to); nothing was changed</source>
        <translation>无法打开工作区 %1：此文件或其所在文件夹为只读，而 Funnelscope 在工作区打开期间需要写入工作区文件及其所在文件夹（请将它复制到有写入权限的文件夹）；未做任何更改</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a Funnelscope workspace: %2</source>
        <translation>%1 不是 Funnelscope 工作区：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot back up %1 before upgrading it: %2</source>
        <translation>升级前无法备份 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open workspace %1 read-only: there is no such file</source>
        <translation>无法以只读方式打开工作区 %1：文件不存在</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot open workspace %1 read-only: %2</source>
        <translation>无法以只读方式打开工作区 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written by an older Funnelscope and must be upgraded before it can be read, which needs write access: copy it to a folder you can write to</source>
        <translation>%1 由较旧版本的 Funnelscope 写入，必须先升级才能读取，而升级需要写入权限：请将它复制到您有写入权限的文件夹</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 was written by a newer Funnelscope (schema %2); please update</source>
        <translation>%1 是由较新版本的 Funnelscope 写入（架构版本 %2）；请更新</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <location line="+17"/>
        <location line="+3"/>
        <source>cannot upgrade workspace %1: %2</source>
        <translation>无法升级工作区 %1：%2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>cannot upgrade workspace %1 to schema %2: %3</source>
        <translation>无法将工作区 %1 升级至架构版本 %2：%3</translation>
    </message>
    <message>
        <location filename="../../core/store/campaignrollup.cpp" line="+263"/>
        <location line="+37"/>
        <source>the sums of the campaign rows are too large to be stored exactly</source>
        <translation>营销活动数据行的总和过大，无法精确保存</translation>
    </message>
    <message>
        <location filename="../../core/store/readsnapshot.cpp" line="+22"/>
        <source>the workspace is not open</source>
        <translation>工作区未打开</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>a total is too large to be computed exactly (integer overflow)</source>
        <translation>总计过大，无法精确计算（整数溢出）</translation>
    </message>
    <message>
        <location filename="../../core/channels/channeltaxonomy.cpp" line="+148"/>
        <source>a channel alias needs a name</source>
        <translation>渠道别名需要名称</translation>
    </message>
    <message>
        <location filename="../../core/goals/goalstore.cpp" line="-41"/>
        <source>no review %1</source>
        <translation>没有回顾 %1</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/pgconnection.cpp" line="+23"/>
        <source>%1 is not a PostgreSQL URL: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 不是 PostgreSQL URL：请写成 postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a password does not belong in the URL (it would be stored in shell history and settings); put it in ~/.pgpass or PGPASSWORD</source>
        <translation>%1：密码不应写在 URL 中（否则会被保存到 shell 历史记录和设置中）；请将其放在 ~/.pgpass 或 PGPASSWORD 中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 names no database: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 未指定数据库：请写成 postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/teamlistener.cpp" line="+30"/>
        <source>cannot hear changes to %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>无法接收 %1 的更改通知：未安装 Qt 的 PostgreSQL 驱动（QPSQL）</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>cannot hear changes to %1: %2</source>
        <translation>无法接收 %1 的更改通知：%2</translation>
    </message>
</context>
<context>
    <name>funnelscope</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="+876"/>
        <source>the formula does not parse</source>
        <translation>无法解析公式</translation>
    </message>
</context>
<context>
    <name>funnelscope::AnnotatedChart</name>
    <message>
        <location filename="../../ui/annotatedchart.cpp" line="+105"/>
        <source>Add annotation…</source>
        <translation>添加注释…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove annotation “%1”</source>
        <translation>删除注释“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotations…</source>
        <translation>注释…</translation>
    </message>
</context>
<context>
    <name>funnelscope::AttributionView</name>
    <message>
        <location filename="../../ui/attributionview.cpp" line="-129"/>
        <source>First touch</source>
        <translation>首次接触</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last touch</source>
        <translation>末次接触</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time decay (7 days)</source>
        <translation>时间衰减（7 天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position (40/20/40)</source>
        <translation>基于位置（40/20/40）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Attribution&lt;/b&gt;: who gets the credit, model by model</source>
        <translation>&lt;b&gt;归因&lt;/b&gt;：逐个模型查看功劳归属</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leads</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won revenue</source>
        <translation>成交收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit for</source>
        <translation>归因对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit for:</source>
        <translation>归因对象：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each conversion of the period (a lead created, a customer won, a deal&apos;s revenue) is shared among its touchpoints up to that day; without touchpoints it goes to its own channel.</source>
        <translation>时间段内的每次转化（创建潜在客户、赢得客户、商机收入）会分摊给截至当天的各个接触点；如果没有接触点，则归入其自身所属的渠道。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 by channel and model</source>
        <translation>%1（按渠道与模型）</translation>
    </message>
</context>
<context>
    <name>funnelscope::CardGrid</name>
    <message>
        <location filename="../../ui/cardgrid.cpp" line="+16"/>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Sparkline by %1. %2</source>
        <translation>迷你图按%1显示。%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before: %1</source>
        <translation>上期：%1</translation>
    </message>
</context>
<context>
    <name>funnelscope::ChannelAliasModel</name>
    <message>
        <location filename="../../core/channels/channelaliasmodel.cpp" line="+106"/>
        <source>your alias</source>
        <translation>您的别名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as imported</source>
        <translation>按导入原样</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default taxonomy</source>
        <translation>默认分类</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Name in the imported files</source>
        <translation>导入文件中的名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts as channel</source>
        <translation>计为渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>设定依据</translation>
    </message>
</context>
<context>
    <name>funnelscope::ChannelsDialog</name>
    <message>
        <location filename="../../ui/channelsdialog.cpp" line="+52"/>
        <source>Reset to defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>This workspace is open read-only: its channels are shown, not changed.</source>
        <translation>此工作区以只读方式打开：仅显示其渠道，无法更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each channel name of your imported files counts as the channel beside it, in every KPI, filter and report. Names of other tools for the same channel (Direct traffic, (direct) / (none), DIRECT_TRAFFIC) count as one. Change a channel here: the numbers follow without importing anything again.</source>
        <translation>导入文件中的每个渠道名称，在所有 KPI、筛选器和报表中都计为其旁边的渠道。其他工具对同一渠道使用的名称（Direct traffic、(direct) / (none)、DIRECT_TRAFFIC）计为同一个渠道。在此更改渠道：数字会随之更新，无需重新导入任何内容。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The channels could not be saved: %1</source>
        <translation>无法保存渠道：%1</translation>
    </message>
</context>
<context>
    <name>funnelscope::CohortView</name>
    <message>
        <location filename="../../ui/cohortview.cpp" line="-56"/>
        <source>&lt;b&gt;Lead cohorts&lt;/b&gt;: how soon the leads of each of the last 12 months or weeks reach a stage</source>
        <translation>&lt;b&gt;潜在客户同类群组&lt;/b&gt;：最近 12 个月或 12 周中，每一期的潜在客户多快达到某一阶段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month of creation</source>
        <translation>按创建月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week of creation</source>
        <translation>按创建周次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shares of the cohort&apos;s leads. * still maturing: some of the cohort&apos;s leads have not had that many days yet.</source>
        <translation>占该同类群组潜在客户的比例。* 尚未成熟：该同类群组中部分潜在客户创建至今还未满这个天数。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cohort</source>
        <translation>同类群组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leads</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≤ %1 days</source>
        <translation>≤ %1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median days</source>
        <translation>天数中位数</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Still maturing: some leads of %1 have not had %2 days yet.</source>
        <translation>尚未成熟：%1 的部分潜在客户创建至今还未满 %2 天。</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomFormula</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-455"/>
        <source>%1 is unknown for this period</source>
        <translation>%1 在此时间段内未知</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is 0 (division by zero)</source>
        <translation>%1 为 0（除以零）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the result is too large to show</source>
        <translation>结果过大，无法显示</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the formula does not parse</source>
        <translation>无法解析公式</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpi</name>
    <message>
        <location line="+199"/>
        <source>a custom KPI needs a name</source>
        <translation>自定义 KPI 需要名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is longer than 80 characters</source>
        <translation>名称超过 80 个字符</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name &apos;%1&apos; has no letter or digit to make an id of</source>
        <translation>名称“%1”中没有可用于生成 ID 的字母或数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is the id of the catalog KPI &apos;%2&apos;: choose another name</source>
        <translation>“%1”是目录 KPI“%2”的 ID：请另选一个名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a name formulas use: choose another name</source>
        <translation>“%1”是公式中使用的名称：请另选一个名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>formula: %1</source>
        <translation>公式：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the formula gives an amount of money (%1): use the money format</source>
        <translation>公式的结果是金额（%1）：请使用金额格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the formula is not an amount of money (%1): use count, percent, ratio or number</source>
        <translation>公式的结果不是金额（%1）：请使用计数、百分比、比率或数值格式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most 6 decimals</source>
        <translation>最多 6 位小数</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpiStore</name>
    <message>
        <location line="+44"/>
        <location line="+27"/>
        <source>the workspace is open read-only: custom KPIs cannot be changed</source>
        <translation>工作区以只读方式打开：无法更改自定义 KPI</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a custom KPI with the id &apos;%1&apos; exists already (&apos;%2&apos;): choose another name</source>
        <translation>已存在 ID 为“%1”的自定义 KPI（“%2”）：请另选一个名称</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the custom KPI could not be saved: %1</source>
        <translation>无法保存自定义 KPI：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no custom KPI has the id &apos;%1&apos; (funnelscope-cli kpi list shows them)</source>
        <translation>没有 ID 为“%1”的自定义 KPI（funnelscope-cli kpi list 会列出所有自定义 KPI）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the goal &apos;%1&apos; measures &apos;%2&apos;: remove or change the goal first</source>
        <translation>目标“%1”衡量的是“%2”：请先删除或修改该目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the custom KPI could not be removed: %1</source>
        <translation>无法删除自定义 KPI：%1</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpisDialog</name>
    <message>
        <location filename="../../ui/customkpisdialog.cpp" line="+25"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <location line="+120"/>
        <source>Custom KPIs</source>
        <translation>自定义 KPI</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>e.g. revenue / leads or (mqls - sqls) / mqls</source>
        <translation>例如 revenue / leads 或 (mqls - sqls) / mqls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI ids (leads, revenue, media_cost, mqls, …), numbers, + - * / and parentheses. Also clicks, expenses, lost_deals; revenue_won, cost and spend.</source>
        <translation>KPI ID（leads、revenue、media_cost、mqls、…）、数字、+ - * / 和括号。也可使用 clicks、expenses、lost_deals；revenue_won、cost 和 spend。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither (neutral)</source>
        <translation>无好坏之分（中性）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratio (x : 1)</source>
        <translation>比率（x : 1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Formula:</source>
        <translation>公式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Better:</source>
        <translation>更优方向(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decimals:</source>
        <translation>小数位数(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shown in:</source>
        <translation>显示于(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This period:</source>
        <translation>本期：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The workspace is open read-only.</source>
        <translation>工作区以只读方式打开。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Type a formula to see its value for this period.</source>
        <translation>输入公式即可查看其本期的值。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No period is shown yet.</source>
        <translation>尚未显示任何时间段。</translation>
    </message>
</context>
<context>
    <name>funnelscope::DataPage</name>
    <message>
        <location filename="../../ui/datapage.cpp" line="+17"/>
        <source>&amp;Delete import…</source>
        <translation>删除导入(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Re-import</source>
        <translation>重新导入(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No files imported yet. Choose Import files… or drop CSV exports anywhere on this window.</source>
        <translation>尚未导入任何文件。请选择“导入文件…”，或将 CSV 导出文件拖放到此窗口的任何位置。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete import</source>
        <translation>删除导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the import of %1 (%2 rows, source %3) and the rows it brought?

You can undo this with Edit → Undo until you close the window.</source>
        <translation>要删除 %1 的导入（%2 行，来源 %3）及其导入的数据行吗？

在关闭窗口之前，您都可以通过“编辑 → 撤销”撤消此操作。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This import rejected no rows.</source>
        <translation>此次导入没有被拒绝的行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected rows of this import (%1): line, column and reason</source>
        <translation>此次导入被拒绝的行（%1）：行号、列与原因</translation>
    </message>
</context>
<context>
    <name>funnelscope::DrilldownDialog</name>
    <message>
        <location filename="../../ui/drilldowndialog.cpp" line="+37"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; channels: %1</source>
        <translation>；渠道：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; campaigns: %1</source>
        <translation>；营销活动：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the rows…</source>
        <translation>正在读取数据行…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows behind %1</source>
        <translation>%1 背后的数据行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter rows (any column)</source>
        <translation>筛选数据行（任意字段）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>rows-%1-%2-%3.csv</source>
        <translation>rows-%1-%2-%3.csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Export rows</source>
        <translation>导出数据行</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The rows cannot be read: %1</source>
        <translation>无法读取数据行：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 files</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stored rows behind this number</source>
        <translation>此数值背后没有已存储的数据行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 from %2</source>
        <translation>%1，来自 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the first %1 are shown (funnelscope-cli rows lists them all)</source>
        <translation>；仅显示前 %1 行（funnelscope-cli rows 可列出全部）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 match the filter</source>
        <translation>；其中 %1 行符合筛选条件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; line not recorded: imported before this version</source>
        <translation>；未记录行号：在此版本之前导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; %1 without a line: imported before this version</source>
        <translation>；%1 行没有行号：在此版本之前导入</translation>
    </message>
</context>
<context>
    <name>funnelscope::FilterBar</name>
    <message>
        <location filename="../../ui/filterbar.cpp" line="+16"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs previous period</source>
        <translation>对比上一时间段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs same period last year</source>
        <translation>对比去年同期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no comparison</source>
        <translation>不对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period</source>
        <translation>时间段(&amp;P)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>up to %1, the latest data</source>
        <translation>截至 %1（最新数据）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up to today</source>
        <translation>截至今天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counted from %1, the latest data</source>
        <translation>从 %1（最新数据）起算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counted from today</source>
        <translation>从今天起算</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vs previous</source>
        <translation>对比上期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs last year</source>
        <translation>对比去年</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
</context>
<context>
    <name>funnelscope::FunnelWidget</name>
    <message>
        <location filename="../../ui/funnelwidget.cpp" line="+27"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each bar&apos;s width is on a logarithmic scale. Conversion is the next step ÷ this step; drop-off is what is lost between them.</source>
        <translation>每个条形的宽度采用对数刻度。转化率 = 下一步骤 ÷ 此步骤；流失量是两步骤之间损失的部分。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Step conversion</source>
        <translation>步骤转化率</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>↓ %1 (drop-off %2)</source>
        <translation>↓ %1（流失 %2）</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+56"/>
        <source>↑ ×%1 (visits without a click)</source>
        <translation>↑ ×%1（未经点击的访问）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>was %1</source>
        <translation>原为 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1%2 pp)</source>
        <comment>percentage points</comment>
        <translation>（%1%2 个百分点）</translation>
    </message>
</context>
<context>
    <name>funnelscope::GoalListModel</name>
    <message>
        <location filename="../../core/goals/goallistmodel.cpp" line="+64"/>
        <source>Serves: %1</source>
        <translation>业务目标：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>funnelscope::GoalsPage</name>
    <message>
        <location filename="../../ui/goalspage.cpp" line="+79"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New goal</source>
        <translation>新建目标(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete goal…</source>
        <translation>删除目标…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;review</source>
        <translation>新建回顾(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SMART review of the period chosen in the filter bar, saved with its numbers</source>
        <translation>针对筛选栏中所选时间段的 SMART 回顾，会连同当时的数据一并保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+463"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <translation>回顾</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>computed from the baseline period</source>
        <translation>按基准时间段计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1200, 80, 30%</source>
        <translation>例如 1200、80、30%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business objective this goal serves, e.g. pipeline for the 2027 plan</source>
        <translation>此目标对应的业务目标，例如 2027 年计划所需的销售管道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KPI:</source>
        <translation>KPI(&amp;K)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Baseline period:</source>
        <translation>基准时间段：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baseline:</source>
        <translation>基准值(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target:</source>
        <translation>目标值(&amp;T)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start – deadline:</source>
        <translation>开始日期 – 截止日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ob&amp;jective:</source>
        <translation>业务目标(&amp;J)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save goal</source>
        <translation>保存目标(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pace</source>
        <translation>节奏</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMART check</source>
        <translation>SMART 检查</translation>
    </message>
    <message>
        <location line="+346"/>
        <location line="+5"/>
        <location line="+21"/>
        <location line="+4"/>
        <location line="+27"/>
        <location line="+22"/>
        <location line="+8"/>
        <source>Export review</source>
        <translation>导出回顾</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The review is saved as %1</source>
        <translation>回顾已保存为 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot save the choices with the review: %1</source>
        <translation>无法将这些选择随回顾一起保存：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>%1
Actual: %2
Planned pace: %3</source>
        <translation>%1
实际值：%2
计划节奏：%3</translation>
    </message>
    <message>
        <location line="-513"/>
        <source>Measured as of %1; a level goal&apos;s “Now” is its latest whole period.</source>
        <translation>衡量截至 %1；水平型目标的“当前值”为其最近一个完整周期的值。</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Save goal</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Give the goal a name first.</source>
        <translation>请先为目标命名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a numeric target, e.g. 1200 or 30%.</source>
        <translation>请设置数值目标，例如 1200 或 30%。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the goal “%1”?</source>
        <translation>要删除目标“%1”吗？</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New review</source>
        <translation>新建回顾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title of the review:</source>
        <translation>回顾标题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing review %1 – %2</source>
        <translation>营销回顾 %1 – %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+7"/>
        <location line="+57"/>
        <source>This review no longer exists.</source>
        <translation>此回顾已不存在。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Record a decision…</source>
        <translation>记录决策…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+55"/>
        <source>Record a decision</source>
        <translation>记录决策</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>e.g. Move 10% of the Display budget to Paid Search</source>
        <translation>例如：将展示广告预算的 10% 转移至付费搜索</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing in particular</source>
        <translation>无特定对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the goal %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the recommendation: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision:</source>
        <translation>决策：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>到期日：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers:</source>
        <translation>回应：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select a saved goal to see its pace</source>
        <translation>选择一个已保存的目标以查看其节奏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pace of “%1”: actual against the straight line to the target</source>
        <translation>“%1”的节奏：实际值与匀速达成目标的直线进度对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned pace</source>
        <translation>计划节奏</translation>
    </message>
</context>
<context>
    <name>funnelscope::GroupPage</name>
    <message>
        <location filename="../../ui/grouppage.cpp" line="+57"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time granularity</source>
        <translation>时间粒度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI in the charts</source>
        <translation>图表中的 KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hart:</source>
        <translation>图表(&amp;H)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the &amp;comparison period</source>
        <translation>显示对比时间段(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws the comparison period&apos;s values as a dotted line, bucket by bucket</source>
        <translation>按时间区间将对比时间段的数值绘制为点线</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By campaign</source>
        <translation>按营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table rows</source>
        <translation>表格行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter rows…</source>
        <translation>筛选行…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Funnelscope: %1 by %2</source>
        <translation>Funnelscope：%1（按%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period: %1 to %2</source>
        <translation>时间段：%1 至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with: %1 to %2</source>
        <translation>对比时间段：%1 至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns: %1</source>
        <translation>营销活动：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows containing: %1</source>
        <translation>包含以下内容的行：%1</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1 by channel</source>
        <translation>%1（按渠道）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
</context>
<context>
    <name>funnelscope::GuideDialog</name>
    <message>
        <location filename="../../ui/guidedialog.cpp" line="+26"/>
        <source>Funnelscope user guide</source>
        <translation>Funnelscope 用户指南</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Search the guide</source>
        <translation>搜索指南</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide page</source>
        <translation>指南页面</translation>
    </message>
</context>
<context>
    <name>funnelscope::ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="+45"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Skip this file</source>
        <translation>跳过此文件(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;all</source>
        <translation>全部导入(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Detect from the header</source>
        <translation>按表头检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+299"/>
        <source>Funnelscope&apos;s column names</source>
        <translation>Funnelscope 字段名称</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>%1 export</source>
        <translation>%1 导出文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tool the file was exported from: its column names, totals and footer lines.</source>
        <translation>导出此文件的工具：决定如何解读其字段名称、合计行与页脚行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect from the data</source>
        <translation>按数据检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (31/12/2025)</source>
        <translation>日在前（31/12/2025）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2025)</source>
        <translation>月在前（12/31/2025）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+292"/>
        <source>Detect from the numbers</source>
        <translation>按数字检测</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Comma (1 234,50)</source>
        <translation>逗号 (1 234,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point (1,234.50)</source>
        <translation>句点 (1,234.50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decimal separator of the file&apos;s numbers. It is decided once for the whole file from all its cells; choose it when they cannot tell (1.234 could be 1234 or 1,234).</source>
        <translation>文件中数字的小数分隔符。根据文件的全部单元格，对整个文件统一判定一次；数字无法判断时请手动选择（1.234 可能是 1234，也可能是 1,234）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tool&apos;s name, or manual</source>
        <translation>工具名称，或 manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of one source replace that source&apos;s earlier rows for the same day, channel and campaign. Give two accounts of one tool two source names.</source>
        <translation>同一来源的数据行，会替换该来源先前在相同日期、渠道与营销活动下的数据行。同一工具的两个账户，请使用两个不同的来源名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exported from:</source>
        <translation>导出来源(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date order:</source>
        <translation>日期顺序(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deci&amp;mal separator:</source>
        <translation>小数分隔符(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the file, or the tool&apos;s</source>
        <translation>取自文件或工具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channel of every row, for a file without a channel column (or to override the tool&apos;s).</source>
        <translation>每一行的渠道，适用于没有渠道字段的文件（或用于覆盖工具提供的渠道）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the file, or the workspace&apos;s</source>
        <translation>取自文件或工作区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The currency of amounts the file does not name (a Currency code column, a symbol such as zł or €, or a header such as Amount spent (INR) name it); &quot;$&quot; alone needs the account&apos;s currency.</source>
        <translation>文件未注明货币的金额所用的货币（“货币代码”列、zł 或 € 等符号，或“已花费金额 (INR)”之类的表头均可注明货币）；仅有“$”时需要指定账户的货币。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period of the file:</source>
        <translation>文件时间段(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a report without dates whose period the file does not give (Search Console&apos;s Countries.csv and Devices.csv): its totals are spread evenly over these days</source>
        <translation>适用于文件未注明时间段且不含日期的报表（Search Console 的 Countries.csv 和 Devices.csv）：其总计将平均分配到这些天</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column in the file</source>
        <translation>文件中的字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deal stages</source>
        <translation>商机阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage in the file</source>
        <translation>文件中的阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counts as</source>
        <translation>计为</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How each stage of your pipeline counts for won deals, revenue and the open pipeline. Your choices are remembered for later imports into this workspace.</source>
        <translation>您的销售管道中每个阶段如何计入成交商机、收入与进行中的销售管道。您的选择会在之后导入此工作区时沿用。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column mapping</source>
        <translation>字段映射</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember this mapping: files with the same columns will be read this way.</source>
        <translation>记住此映射：具有相同字段的文件将以此方式读取。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first rows, as they will be stored</source>
        <translation>前几行数据（按保存后的样子显示）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import this file and every one after it as detected; one summary at the end.</source>
        <translation>按检测结果导入此文件及其后所有文件；最后显示一份摘要。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+3"/>
        <location line="+11"/>
        <source>Save as preset</source>
        <translation>另存为预设</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Map the file&apos;s columns first.</source>
        <translation>请先映射文件的字段。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the tool or export (e.g. &quot;Agency weekly report&quot;):</source>
        <translation>工具或导出文件的名称（例如“代理商周报”）：</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>from the file (no other known: choose one)</source>
        <translation>来自文件（无其他已知币种：请选择）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the file, or %1 (last used for %2)</source>
        <translation>来自文件，或 %1（上次用于 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the file, or %1 (the workspace&apos;s)</source>
        <translation>来自文件，或 %1（工作区的币种）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>line %1 (%n title line(s) above skipped)</source>
        <translation>
            <numerusform>第 %1 行（已跳过上方 %n 行标题）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detect from the header (%1)</source>
        <translation>按表头检测（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect from the header (%1, %2% of its columns known)</source>
        <translation>按表头检测（%1，已识别 %2% 的字段）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect (%1)</source>
        <translation>自动检测（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect from the numbers (comma)</source>
        <translation>按数字检测（逗号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect from the numbers (point)</source>
        <translation>按数字检测（句点）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No rule knows this stage: it counts as open unless you choose otherwise.</source>
        <translation>没有规则能识别此阶段：除非您另行选择，否则视为进行中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counts as, for %1</source>
        <translation>计为（%1）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 = %2 × %3</source>
        <translation>%1 = %2 × %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stored as, for %1</source>
        <translation>保存为（%1）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No currency is known for amounts the file does not name: they would be stored without one and never converted. Choose the account&apos;s currency above.</source>
        <translation>文件未注明币种的金额没有已知币种：它们将不带币种保存，且永不换算。请在上方选择账户的币种。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Choose the date order: the slash dates could be day or month first.</source>
        <translation>请选择日期顺序：斜线日期可能是日在前或月在前。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the decimal separator: the file&apos;s numbers do not tell it.</source>
        <translation>请选择小数分隔符：无法从文件中的数字判断。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every row gets %1 &apos;%2&apos;, as you chose.</source>
        <translation>按您的选择，每一行的 %1 均为“%2”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row gets %1 &apos;%2&apos; (from the %3 preset).</source>
        <translation>每一行的 %1 都会设为“%2”（来自 %3 预设）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignored columns: %1</source>
        <translation>已忽略的字段：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>rejected: %1 (column %2)</source>
        <translation>被拒绝：%1（字段 %2）</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n of the first rows will be rejected; the rest of the file imports.</source>
        <translation>
            <numerusform>前几行中有 %n 行将被拒绝；文件其余部分会照常导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Source &apos;%1&apos; already has rows from %2: rows for the same day, channel and campaign will be replaced. Use another source name to keep both.</source>
        <translation>来源“%1”已有来自 %2 的数据行：相同日期、渠道与营销活动的数据行将被替换。如需同时保留两者，请使用其他来源名称。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&lt;p&gt;%1 rows imported as %2 (source %3), %4 rejected, %5 stored rows replaced.&lt;/p&gt;</source>
        <translation>&lt;p&gt;已将 %1 行导入为 %2（来源 %3），%4 行被拒绝，替换了 %5 行已保存的数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Stages counted as open: %1. Choose won or lost for them in the import&apos;s stage table to change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;视为进行中的阶段：%1。如需更改，请在导入的阶段表中将它们设为成交或丢单。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;These bytes were imported before: nothing changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;相同内容先前已导入：未做任何更改。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Cancelled: nothing was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;已取消：未导入任何数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+157"/>
        <source>line %1: </source>
        <translation>第 %1 行： </translation>
    </message>
    <message>
        <location line="-606"/>
        <source>E&amp;ncoding:</source>
        <translation>编码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Save as p&amp;reset…</source>
        <translation>另存为预设(&amp;R)…</translation>
    </message>
    <message>
        <location line="+546"/>
        <source>column %1: </source>
        <translation>字段 %1： </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Nothing was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未导入任何数据。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>funnelscope::ImportListModel</name>
    <message>
        <location filename="../../core/importing/importlistmodel.cpp" line="+74"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
</context>
<context>
    <name>funnelscope::KpiCard</name>
    <message>
        <location filename="../../ui/kpicard.cpp" line="+38"/>
        <source>Your own KPI: %1.</source>
        <translation>自定义 KPI：%1。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show rows</source>
        <translation>显示数据行</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Not judged as better or worse: %1. Before: %2</source>
        <translation>未判断好坏：%1。上期：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data to compare</source>
        <translation>无可比较的数据</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Before: %1</source>
        <translation>上期：%1</translation>
    </message>
</context>
<context>
    <name>funnelscope::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+84"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+389"/>
        <location line="+16"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>Open &amp;team workspace…</source>
        <translation>打开团队工作区(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace &amp;settings…</source>
        <translation>工作区设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channels…</source>
        <translation>渠道(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom &amp;KPIs…</source>
        <translation>自定义 KPI(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System language (%1)</source>
        <translation>系统语言（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>V&amp;iews</source>
        <translation>视图(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;KPI glossary</source>
        <translation>KPI 词汇表(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Funnelscope</source>
        <translation>关于 Funnelscope(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Funnelscope</source>
        <translation>关于 Funnelscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;Marketing KPIs along the B2B funnel, from your own CSV exports, computed offline in one workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;根据您自己的 CSV 导出文件，在一个工作区文件中离线计算 B2B 漏斗各阶段的营销 KPI。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is demo data — import your own files.</source>
        <translation>这是演示数据——请导入您自己的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This workspace has no data yet. Import your CSV exports with File → Import files… (Ctrl+I), or drop them anywhere on this window.</source>
        <translation>此工作区尚无数据。请通过“文件 → 导入文件…”(Ctrl+I) 导入您的 CSV 导出文件，或将文件拖放到此窗口的任何位置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened read-only: every view and report works, but importing, deleting imports, saving goals and reviews, and settings are off.</source>
        <translation>已以只读方式打开：所有视图与报表均可使用，但导入、删除导入、保存目标与回顾以及设置均已停用。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The currency every amount is converted into, at each day&apos;s exchange rate</source>
        <translation>所有金额按当日汇率换算成的货币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace currency</source>
        <translation>工作区货币</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+13"/>
        <location line="+13"/>
        <location line="+11"/>
        <location line="+14"/>
        <source>Open team workspace</source>
        <translation>打开团队工作区</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The team database, as postgresql://USER@HOST:PORT/DATABASE.
The password comes from ~/.pgpass or PGPASSWORD, never from here or the settings.</source>
        <translation>团队数据库，格式为 postgresql://用户@主机:端口/数据库。
密码取自 ~/.pgpass 或 PGPASSWORD，绝不取自此处或设置。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the team workspace %1…</source>
        <translation>正在读取团队工作区 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This Funnelscope was built without PostgreSQL, so it cannot open %1.</source>
        <translation>此 Funnelscope 构建时未包含 PostgreSQL，因此无法打开 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Team workspace %1, refreshed at %2 with a change another member published.</source>
        <translation>团队工作区 %1 已于 %2 刷新，包含另一位成员发布的更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team workspace %1, as of %2: every view and report works, and refreshes when a member changes it.</source>
        <translation>团队工作区 %1，截至 %2：所有视图和报告均可用，成员更改时自动刷新。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your role may read it, not change it.</source>
        <translation>您的角色可以读取，但不能更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (team workspace, read-only) — Funnelscope</source>
        <translation>%1（团队工作区，只读）— Funnelscope</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team workspace</source>
        <translation>团队工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your PostgreSQL role may read this team workspace, not change it: ask its admin for the editor role.</source>
        <translation>您的 PostgreSQL 角色可以读取此团队工作区，但不能更改：请向其管理员申请编辑者角色。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the import into %1…</source>
        <translation>正在准备导入到 %1…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — Funnelscope</source>
        <translation>%1 — Funnelscope</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (read-only) — Funnelscope</source>
        <translation>%1（只读）— Funnelscope</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goals &amp;&amp; reviews</source>
        <translation>目标与回顾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+7"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name of the view (its period rule, comparison, channels, campaigns and tab; a name in use is replaced):</source>
        <translation>视图名称（保存其时间段规则、对比、渠道、营销活动和标签页；使用已有名称将替换原视图）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The view was not saved: %1</source>
        <translation>视图未保存：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save current view…</source>
        <translation>保存当前视图(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete view</source>
        <translation>删除视图(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No saved views yet</source>
        <translation>尚无已保存的视图</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is no longer there.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This workspace could not be read, so its numbers are not shown: %1. Open a backup copy of it (File → Open), or the copy Funnelscope kept before an upgrade (its name ends in .bak).</source>
        <translation>无法读取此工作区，因此不显示其数字：%1。请打开其备份副本（文件 → 打开），或 Funnelscope 在升级前保留的副本（文件名以 .bak 结尾）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Includes totals spread evenly over %1: reports without a day breakdown, so their days hold equal shares.</source>
        <translation>包含平均分摊到 %1 的总计：这些是没有逐日明细的报表，因此各日为相等的份额。</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+30"/>
        <source>Add annotation</source>
        <translation>添加注释</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>e.g. Campaign launch, tracking broken, price change</source>
        <translation>例如：营销活动上线、跟踪失效、价格调整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Annotations</source>
        <translation>注释</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Workspace settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PNG, JPEG or SVG up to %1 KB, kept inside the workspace file.</source>
        <translation>PNG、JPEG 或 SVG，不超过 %1 KB，保存在工作区文件内。</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>the Board</source>
        <translation>董事会</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline is ahead of plan, mostly thanks to LinkedIn.

We still need to fix the tracking on the landing page before the October campaign.</source>
        <translation>销售管道领先于计划，主要得益于 LinkedIn。

在十月活动之前，我们仍需修复落地页上的跟踪。</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+6"/>
        <location line="+38"/>
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <location line="-820"/>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>Imports from this window are published to the team; goals, reviews and settings are changed with funnelscope-cli --db %1 for now.</source>
        <translation>从此窗口导入的数据会发布给团队；目标、评审和设置暂时通过 funnelscope-cli --db %1 更改。</translation>
    </message>
    <message>
        <location line="+468"/>
        <source>Company name (for reports):</source>
        <translation>公司名称（用于报告）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (for reports):</source>
        <translation>徽标（用于报告）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <location line="-443"/>
        <location line="+487"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV and text exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 与文本导出文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>funnelscope::MultiSelectButton</name>
    <message>
        <location filename="../../ui/multiselectbutton.cpp" line="+21"/>
        <source>Search %1…</source>
        <translation>搜索%1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No filter: every name counts</source>
        <translation>不筛选：计入所有名称</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: all</source>
        <translation>%1：全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3</source>
        <translation>%1：%2/%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All %1</source>
        <translation>所有%1</translation>
    </message>
</context>
<context>
    <name>funnelscope::OverviewPage</name>
    <message>
        <location filename="../../ui/overviewpage.cpp" line="+70"/>
        <source>KPI by channel</source>
        <translation>各渠道 KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the &amp;comparison period</source>
        <translation>显示对比时间段(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws the comparison period&apos;s values as a dotted line, bucket by bucket</source>
        <translation>按时间区间将对比时间段的数值绘制为点线</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By &amp;channel:</source>
        <translation>按渠道(&amp;C)：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Media spend and leads</source>
        <translation>媒体支出与潜在客户</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 by channel</source>
        <translation>%1（按渠道）</translation>
    </message>
</context>
<context>
    <name>funnelscope::Parser</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-765"/>
        <source>the formula is empty: write KPI ids and numbers, such as revenue / leads</source>
        <translation>公式为空：请输入 KPI ID 和数字，例如 revenue / leads</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;)&apos; at character %1 closes no &apos;(&apos;</source>
        <translation>第 %1 个字符处的“)”没有对应的“(”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected &apos;%1&apos; at character %2: an operator (+ - * /) is missing before it</source>
        <translation>第 %2 个字符处出现意外的“%1”：其前面缺少运算符（+ - * /）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the formula multiplies money by money, which has no unit: divide one amount by the other or by a count</source>
        <translation>公式将金额与金额相乘，结果没有有意义的单位：请用一个金额除以另一个金额或某个计数</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&apos;%1&apos; at character %2 mixes money with a value that is not money: add or subtract amounts with amounts, counts with counts</source>
        <translation>第 %2 个字符处的“%1”将金额与非金额的值混合运算：金额只能与金额相加减，计数只能与计数相加减</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the formula ends too early: a number, a name or &apos;(&apos; is missing at character %1</source>
        <translation>公式过早结束：第 %1 个字符处缺少数字、名称或“(”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the &apos;(&apos; at character %1 is not closed: &apos;)&apos; is missing</source>
        <translation>第 %1 个字符处的“(”未闭合：缺少“)”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; at character %2 is not a number (write decimals with a point: 0.5)</source>
        <translation>第 %2 个字符处的“%1”不是数字（小数请使用小数点：0.5）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number at character %1 runs into a name: put an operator between them</source>
        <translation>第 %1 个字符处的数字与名称相连：请在两者之间加入运算符</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a number, a name or &apos;(&apos; is missing before the &apos;)&apos; at character %1</source>
        <translation>第 %1 个字符处的“)”之前缺少数字、名称或“(”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number, a name or &apos;(&apos; is missing before the &apos;%1&apos; at character %2</source>
        <translation>第 %2 个字符处的“%1”之前缺少数字、名称或“(”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected &apos;%1&apos; at character %2: a formula has numbers, KPI ids, + - * / and parentheses</source>
        <translation>第 %2 个字符处出现意外的“%1”：公式只能包含数字、KPI ID、+ - * / 和括号</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>unknown name &apos;%1&apos; at character %2; did you mean &apos;%3&apos;?</source>
        <translation>第 %2 个字符处的名称“%1”未知；您是否指的是“%3”？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown name &apos;%1&apos; at character %2: use the id of a KPI (leads, revenue, media_cost, …; funnelscope-cli kpi add --help lists them)</source>
        <translation>第 %2 个字符处的名称“%1”未知：请使用 KPI 的 ID（leads、revenue、media_cost、…；funnelscope-cli kpi add --help 会列出全部）</translation>
    </message>
</context>
<context>
    <name>funnelscope::ReconciliationView</name>
    <message>
        <location filename="../../ui/reconciliationview.cpp" line="-88"/>
        <source>&lt;b&gt;Reconciliation&lt;/b&gt;: leads the platforms reported against leads in the CRM</source>
        <translation>&lt;b&gt;核对&lt;/b&gt;：平台报告的潜在客户与 CRM 中潜在客户的对比</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Platforms count form fills and conversions by their own rules and windows; the CRM counts contacts by creation date. The KPIs use the CRM&apos;s leads when there are any.</source>
        <translation>各平台按自己的规则与归因窗口统计表单填写与转化；CRM 则按创建日期统计联系人。如果有 CRM 潜在客户，KPI 会采用 CRM 的数据。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform-reported leads</source>
        <translation>平台报告的潜在客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CRM leads</source>
        <translation>CRM 潜在客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference %</source>
        <translation>差异 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analytics key events</source>
        <translation>网站分析关键事件</translation>
    </message>
</context>
<context>
    <name>funnelscope::RejectedRowsModel</name>
    <message>
        <location filename="../../core/importing/importlistmodel.cpp" line="+48"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>funnelscope::ReportChoicesDialog</name>
    <message>
        <location filename="../../ui/reportchoicesdialog.cpp" line="+25"/>
        <source>Export review</source>
        <translation>导出回顾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Anna Nowak</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the Board</source>
        <translation>例如：董事会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared &amp;by:</source>
        <translation>编制人(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared &amp;for:</source>
        <translation>呈送对象(&amp;F)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sections (Space ticks or clears the selected one):</source>
        <translation>章节(&amp;S)（按空格键勾选或取消勾选所选章节）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your comment, printed at the top of this section under your name. Leave a blank line between paragraphs.</source>
        <translation>您的点评，将署上您的姓名印在本章节顶部。段落之间请空一行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Comment:</source>
        <translation>点评(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Comment on “%1” (printed at the top of that section):</source>
        <translation>对“%1”的点评(&amp;C)（印在该章节顶部）：</translation>
    </message>
</context>
<context>
    <name>funnelscope::RowDrillModel</name>
    <message>
        <location filename="../../core/store/rowdrillmodel.cpp" line="+76"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row of</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (+%2 merged)</source>
        <translation>%1（另合并 %2 行）</translation>
    </message>
</context>
<context>
    <name>funnelscope::TeamSession</name>
    <message>
        <location filename="../../ui/teamsession.cpp" line="+28"/>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::TrendChart</name>
    <message>
        <location filename="../../ui/trendchart.cpp" line="+173"/>
        <source>%1, comparison period</source>
        <translation>%1（对比时间段）</translation>
    </message>
    <message>
        <location filename="../../ui/breakdownchart.cpp" line="+96"/>
        <location filename="../../ui/trendchart.cpp" line="+118"/>
        <source>No %1 in this period.
%2</source>
        <translation>此时间段内没有 %1。
%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+43"/>
        <source>Preparing the demo workspace…</source>
        <translation>正在准备演示工作区…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>Funnelscope</source>
        <translation>Funnelscope</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Marketing KPIs along the B2B funnel.</source>
        <translation>B2B 漏斗各阶段的营销 KPI。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace file, or team workspace (postgresql://USER@HOST:PORT/DATABASE), to open (default: the last file, or the demo).</source>
        <translation>要打开的工作区文件或团队工作区（postgresql://用户@主机:端口/数据库）（默认：上次的文件或演示）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a picture of every tab into DIR at 1440×900 and quit.</source>
        <translation>将每个标签页以 1440×900 截图保存至 DIR 后退出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print how long the start and five filter changes take, then quit.</source>
        <translation>输出启动及五次筛选更改所需的时间，然后退出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the app in this language (%1) instead of the one chosen in View → Language.</source>
        <translation>以此语言（%1）显示应用程序，而不是“查看 → 语言”中选择的语言。</translation>
    </message>
</context>
</TS>
