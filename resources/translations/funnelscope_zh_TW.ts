<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ActionRules</name>
    <message>
        <location filename="../../core/goals/actionrules.cpp" line="+113"/>
        <source>Click-through rate fell by 10% or more while impressions grew.</source>
        <translation>曝光次數增加，但點擊率下降 10% 以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test the ad creatives and calls to action — wording, colour, size, placement — one element at a time, so you know which change worked. If the new impressions reach a wider audience, tighten the targeting.</source>
        <translation>對廣告素材與行動呼籲進行 A/B 測試——文案、顏色、大小、位置——一次只改一個元素，才能知道是哪項變更奏效。若新增的曝光觸及更廣泛的受眾，請縮小目標對象範圍。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bounce rate rose by 10% or more.</source>
        <translation>跳出率上升 10% 以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the landing pages&apos; experience: load speed on phones and computers, whether the content matches the ad or link that brought the visitor, and a clear, uncluttered, easy-to-scan layout.</source>
        <translation>檢查到達網頁的使用體驗：在手機與電腦上的載入速度、內容是否與帶來訪客的廣告或連結相符，以及版面是否清楚、簡潔、易於瀏覽。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email open rate fell by 10% or more.</source>
        <translation>電子郵件開信率下降 10% 以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean the email list — inactive, duplicate, mistyped and closed addresses — then A/B test the subject lines. Check that sending frequency and content still suit the readers.</source>
        <translation>清理郵件名單——不活躍、重複、拼錯及已停用的地址——再對主旨進行 A/B 測試。並確認寄送頻率與內容仍符合讀者需求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsubscribe rate rose by 10% or more.</source>
        <translation>取消訂閱率上升 10% 以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send less often and make each email more relevant: segment the list so every segment gets content that matters to it, and keep nurture emails educational rather than pushy. Keep unsubscribing easy, or readers report the emails as spam.</source>
        <translation>降低寄送頻率，並讓每封郵件更切合需求：將名單分眾，讓每個區隔都收到與其相關的內容；培育郵件應以提供知識為主，而非強力推銷。保持取消訂閱的便利，否則讀者會將郵件檢舉為垃圾郵件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landing page conversion rate fell by 10% or more.</source>
        <translation>到達網頁轉換率下降 10% 以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the landing page one element at a time — the form, the call to action, the layout and colours — and remove distractions: no navigation bar, links or other offers.</source>
        <translation>一次只測試到達網頁的一個元素——表單、行動呼籲、版面與顏色——並移除干擾：不放導覽列、連結或其他優惠。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A channel&apos;s cost per lead rose by 10% or more, with at least 10 leads in both periods.</source>
        <translation>某管道的每位潛在客戶成本上升 10% 以上，且兩個期間的潛在客戶皆至少 10 位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift budget towards channels with a lower cost per lead and a higher Lead → MQL rate: judge channels by the qualified leads they bring, not by raw lead counts.</source>
        <translation>將預算轉向每位潛在客戶成本較低、潛在客戶 → MQL 轉換率較高的管道：應以管道帶來的合格潛在客戶評估管道，而非潛在客戶的原始數量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MQL → SQL rate fell by 10% or more, with at least 10 MQLs in both periods.</source>
        <translation>MQL → SQL 轉換率下降 10% 以上，且兩個期間的 MQL 皆至少 10 個。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisit lead scoring and the MQL criteria together with sales, so marketing hands over the leads sales is ready to work; tailor nurture paths to the segments that convert.</source>
        <translation>與業務團隊一起重新檢視潛在客戶評分與 MQL 標準，讓行銷移交的是業務已準備好跟進的潛在客戶；並針對會轉換的客群量身規劃培育路徑。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Win rate fell by 10% or more.</source>
        <translation>成交率下降 10% 以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the bottom-of-funnel assets — case studies, sales presentations and demos — and follow deals by lead source and campaign to see where the customers who buy come from.</source>
        <translation>檢視漏斗底部的素材——客戶案例、銷售簡報與產品展示——並依潛在客戶來源與行銷活動追蹤交易，找出實際購買的客戶從何而來。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer acquisition cost rose by 10% or more, and faster than revenue.</source>
        <translation>客戶獲取成本上升 10% 以上，且漲幅高於營收。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break customer acquisition cost down by channel — inbound, paid, content — to see which channels are more efficient and scale better, and move spend towards them.</source>
        <translation>依管道拆解客戶獲取成本——集客、付費、內容——找出效率較高、較能擴大規模的管道，並將支出轉向這些管道。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Churn rate rose by 10% or more.</source>
        <translation>流失率上升 10% 以上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask customers why: run satisfaction and NPS surveys, collect feedback, and make support easy to reach and proactive about problems. Keeping a customer costs less than winning a new one.</source>
        <translation>詢問客戶原因：進行滿意度與 NPS 調查、蒐集意見回饋，並讓客戶能輕鬆聯繫支援團隊，且主動處理問題。留住一位客戶的成本低於爭取一位新客戶。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click-through rate fell %1 (%2 → %3) while impressions grew %4 (%5 → %6).</source>
        <translation>點擊率下降 %1（%2 → %3），而曝光次數增加 %4（%5 → %6）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bounce rate rose %1 (%2 → %3).</source>
        <translation>跳出率上升 %1（%2 → %3）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email open rate fell %1 (%2 → %3).</source>
        <translation>電子郵件開信率下降 %1（%2 → %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsubscribe rate rose %1 (%2 → %3).</source>
        <translation>取消訂閱率上升 %1（%2 → %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landing page conversion rate fell %1 (%2 → %3).</source>
        <translation>到達網頁轉換率下降 %1（%2 → %3）。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 has a lower cost per lead (%2 against %3) and a higher Lead → MQL rate (%4 against %5).</source>
        <translation>%1 的每位潛在客戶成本較低（%2，相較於 %3），潛在客戶 → MQL 轉換率較高（%4，相較於 %5）。</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Cost per lead on %1 rose %2 (%3 → %4), on %5 leads.</source>
        <translation>%1 的每位潛在客戶成本上升 %2（%3 → %4），共 %5 位潛在客戶。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MQL → SQL rate fell %1 (%2 → %3), on %4 MQLs.</source>
        <translation>MQL → SQL 轉換率下降 %1（%2 → %3），共 %4 個 MQL。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Win rate fell %1 (%2 → %3).</source>
        <translation>成交率下降 %1（%2 → %3）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue grew only %4 (%5 → %6).</source>
        <translation>客戶獲取成本上升 %1（%2 → %3），而營收僅成長 %4（%5 → %6）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue fell %4 (%5 → %6).</source>
        <translation>客戶獲取成本上升 %1（%2 → %3），而營收下降 %4（%5 → %6）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue stayed at %4.</source>
        <translation>客戶獲取成本上升 %1（%2 → %3），而營收持平於 %4。</translation>
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
            <numerusform>不完整的週：%n 天中有 %1 天</numerusform>
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
            <numerusform>不完整的季：%n 天中有 %1 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no data for this day</source>
        <translation>當天無資料</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dashed: days without data (not a fall to zero).</source>
        <translation>虛線：無資料的日期（並非降至零）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashed: days without data</source>
        <translation>虛線：無資料的日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dashed — %1</source>
        <translation>虛線 — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashed — %1 (those days only, not scaled).</source>
        <translation>虛線 — %1（僅含這些天的資料，未按比例換算）。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/main.cpp" line="+86"/>
        <source>Try &apos;funnelscope-cli --help&apos;.</source>
        <translation>請執行「funnelscope-cli --help」查看說明。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Show this help.</source>
        <translation>顯示此說明。</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>cannot read workspace %1: %2</source>
        <translation>無法讀取工作區 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>auto, campaign, leads, deals, customers, surveys, expenses, touchpoints or rates.</source>
        <translation>auto、campaign、leads、deals、customers、surveys、expenses、touchpoints 或 rates。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto or a preset name.</source>
        <translation>auto 或預設集名稱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source label (default: the preset&apos;s name for a tool&apos;s export, else manual).</source>
        <translation>來源標籤（預設：工具匯出檔使用預設集名稱，其他則為 manual）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dmy or mdy, for slash dates the file cannot decide.</source>
        <translation>dmy 或 mdy，用於檔案本身無法判斷的斜線日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma or point: the decimal separator of the file&apos;s numbers, when they cannot tell.</source>
        <translation>comma 或 point：數字本身無法判斷時，檔案中數字的小數分隔符號。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file&apos;s encoding, e.g. windows-1250 (default: detect).</source>
        <translation>檔案的編碼，例如 windows-1250（預設：自動偵測）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map a header of the file onto a column, e.g. &quot;Spend=cost&quot; (repeatable; &quot;Notes=&quot; ignores one).</source>
        <translation>將檔案的標題對應到欄位，例如 &quot;花費=cost&quot;（可重複；&quot;備註=&quot; 表示略過該欄）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel of every row, for a file without a channel column.</source>
        <translation>每一列的管道，適用於沒有管道欄位的檔案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How a deal stage of your pipeline counts: won, lost or open, e.g. &quot;Closed: abandoned=lost&quot;; repeatable, remembered by the workspace for later imports.</source>
        <translation>您的銷售管道中交易階段的計算方式：won、lost 或 open，例如 &quot;Closed: abandoned=lost&quot;；可重複，工作區會為之後的匯入記住。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The currency of amounts the file does not name, e.g. PLN (default: the workspace&apos;s).</source>
        <translation>檔案未註明幣別的金額所用的幣別，例如 PLN（預設：工作區幣別）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day a report without dates covers, when the file does not say (with --to).</source>
        <translation>不含日期的報表所涵蓋的第一天，用於檔案未註明時（需與 --to 一起指定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day a report without dates covers (with --from).</source>
        <translation>不含日期的報表所涵蓋的最後一天（需與 --from 一起指定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式輸出結果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files to import.</source>
        <translation>要匯入的 CSV 檔案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV files into a workspace; each file lands whole or not at all.</source>
        <translation>將 CSV 檔案匯入工作區；每個檔案只會完整匯入，或完全不匯入。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import: unknown kind &apos;%1&apos;</source>
        <translation>import: 未知的類型「%1」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%1&apos;</source>
        <translation>import：--currency 須為 ISO 4217 代碼，例如 PLN、EUR 或 USD，而非「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import: --source needs a label</source>
        <translation>import: --source 需要指定標籤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import: unknown preset &apos;%1&apos; (available: %2)</source>
        <translation>import: 未知的預設集「%1」（可用：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import: unknown encoding &apos;%1&apos; (e.g. UTF-8, UTF-16LE, windows-1250, windows-1251, windows-1254, Big5, GB18030)</source>
        <translation>import: 未知的編碼「%1」（例如 UTF-8、UTF-16LE、windows-1250、windows-1251、windows-1254、Big5、GB18030）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>import: --date-order is dmy or mdy, not &apos;%1&apos;</source>
        <translation>import: --date-order 須為 dmy 或 mdy，而非「%1」</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import: --decimal is comma or point, not &apos;%1&apos;</source>
        <translation>import：--decimal 須為 comma 或 point，而非「%1」</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import: --map is HEADER=COLUMN with a column of data-model.md (date, channel, campaign, impressions, clicks, cost, …), not &apos;%1&apos;</source>
        <translation>import：--map 的格式為 標題=欄位，欄位須為 data-model.md 中的欄位（date、channel、campaign、impressions、clicks、cost…），而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import: --channel needs a name</source>
        <translation>import：--channel 需要名稱</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import: --stage is STAGE=won, STAGE=lost or STAGE=open, not &apos;%1&apos;</source>
        <translation>import：--stage 的格式為 階段=won、階段=lost 或 階段=open，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import: --from and --to are both needed, as YYYY-MM-DD, the first not after the last</source>
        <translation>import：--from 和 --to 必須同時指定，格式為 YYYY-MM-DD，且前者不得晚於後者</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import: name at least one FILE</source>
        <translation>import: 請至少指定一個 FILE</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>, line %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, column &apos;%1&apos;</source>
        <translation>，欄位「%1」</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reporting currency money is converted into, e.g. EUR (default: the workspace&apos;s).</source>
        <translation>金額換算成的報表幣別，例如 EUR（預設：工作區幣別）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%2&apos;</source>
        <translation>%1：--currency 須為 ISO 4217 代碼，例如 PLN、EUR 或 USD，而非「%2」</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+162"/>
        <location line="+90"/>
        <location line="+356"/>
        <source>First day of the period.</source>
        <translation>期間的第一天。</translation>
    </message>
    <message>
        <location line="-607"/>
        <location line="+162"/>
        <location line="+90"/>
        <location line="+356"/>
        <source>Last day of the period.</source>
        <translation>期間的最後一天。</translation>
    </message>
    <message>
        <location line="-607"/>
        <location line="+162"/>
        <source>Only this channel (repeatable).</source>
        <translation>僅限此管道（可重複指定）。</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+162"/>
        <source>Only this campaign (repeatable).</source>
        <translation>僅限此行銷活動（可重複指定）。</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>previous or year.</source>
        <translation>previous（前期）或 year（去年同期）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day, week, month, quarter, channel or campaign. A time bucket with fewer days of data than its calendar week, month or quarter is marked partial (JSON: days, period_days, covered_days, partial; table: *); its sums are never scaled.</source>
        <translation>day、week、month、quarter、channel 或 campaign。若某個時間區間內有資料的天數少於其所在的日曆週、月或季，則標示為不完整（JSON：days、period_days、covered_days、partial；表格：*）；其加總絕不按比例換算。</translation>
    </message>
    <message>
        <location line="+606"/>
        <source>Print this saved review (see review list), with its decisions and notes, instead of a new one for --from and --to.</source>
        <translation>輸出此已儲存的回顧（參見 review list）及其決策與備註，而非依 --from 和 --to 新增回顧。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the SMART review of a period, or a saved review, as a PDF.</source>
        <translation>將某一期間的 SMART 回顧或已儲存的回顧輸出為 PDF。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>report: --review is a review&apos;s ID (see review list), not &apos;%1&apos;</source>
        <translation>report：--review 須為回顧的 ID（參見 review list），而非「%1」</translation>
    </message>
    <message>
        <location line="-620"/>
        <location line="+251"/>
        <location line="+121"/>
        <source>json (default), csv or table.</source>
        <translation>json（預設）、csv 或 table。</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>Compute every KPI of the catalog.</source>
        <translation>計算 KPI 目錄中的所有指標。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>kpis: --from and --to are dates like 2025-01-31</source>
        <translation>kpis: --from 與 --to 須為日期，例如 2025-01-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kpis: --from is after --to</source>
        <translation>kpis: --from 晚於 --to</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kpis: --compare is previous or year, not &apos;%1&apos;</source>
        <translation>kpis: --compare 須為 previous 或 year，而非「%1」</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kpis: --by is day, week, month, quarter, channel or campaign, not &apos;%1&apos;</source>
        <translation>kpis: --by 須為 day、week、month、quarter、channel 或 campaign，而非「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kpis: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>kpis: --format 須為 json、csv 或 table，而非「%1」</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kpis: --by %1 from %2 to %3 gives %4 rows, more than %5: choose a longer bucket or a shorter period</source>
        <translation>kpis：從 %2 到 %3 的 --by %1 會產生 %4 列，超過 %5 列：請選擇較長的區間或較短的期間</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Includes totals spread evenly over %1 – %2 (%3): a range report with no day breakdown</source>
        <translation>包含平均分攤到 %1 – %2 的總計（%3）：沒有逐日明細的期間報表</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The KPI whose rows to list, by its id (leads, cpl, revenue, ...).</source>
        <translation>要列出其資料列的 KPI，以 ID 指定（leads、cpl、revenue 等）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>csv (default) or json.</source>
        <translation>csv（預設）或 json。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the stored rows behind one KPI of a period: its date, channel, campaign, the values the KPI uses, and the file and line each row came from (empty line: imported before lines were recorded; lines &gt; 1: several lines of the file were summed into the row, and line is the first). Amounts are as stored, in the row&apos;s currency. Money and decimals are plain decimals, in JSON as strings.</source>
        <translation>列出某一期間內某項 KPI 背後的已儲存資料列：日期、管道、行銷活動、該 KPI 使用的數值，以及每一列來自的檔案與行號（line 為空：於開始記錄行號之前匯入；lines &gt; 1：檔案中的多行被加總為該列，line 為其中第一行）。金額依儲存原樣呈現，使用該列的幣別。金額與小數皆為一般小數，在 JSON 中為字串。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rows: --kpi ID is required (an id of &apos;funnelscope-cli kpis&apos; output)</source>
        <translation>rows：必須指定 --kpi ID（即「funnelscope-cli kpis」輸出中的 ID）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows: unknown KPI &apos;%1&apos;</source>
        <translation>rows：未知的 KPI「%1」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rows: --from and --to are dates like 2025-01-31</source>
        <translation>rows：--from 與 --to 須為日期，例如 2025-01-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows: --from is after --to</source>
        <translation>rows：--from 晚於 --to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rows: --format is csv or json, not &apos;%1&apos;</source>
        <translation>rows：--format 須為 csv 或 json，而非「%1」</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>first, last, linear, time-decay or position.</source>
        <translation>first、last、linear、time-decay 或 position。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel (default) or campaign.</source>
        <translation>channel（預設）或 campaign。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days in which a touch&apos;s weight halves, for time-decay (default 7).</source>
        <translation>time-decay 模型中，接觸點權重減半所需的天數（預設 7）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credit the period&apos;s leads, customers and won revenue to the channels or campaigns of their touchpoints.</source>
        <translation>將期間內的潛在客戶、客戶與成交營收，歸因至其接觸點所屬的管道或行銷活動。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attribution: --from and --to are dates like 2025-01-31, in order</source>
        <translation>attribution: --from 與 --to 須為依先後順序的日期，例如 2025-01-31</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --model is first, last, linear, time-decay or position</source>
        <translation>attribution: --model 須為 first、last、linear、time-decay 或 position</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --by is channel or campaign, not &apos;%1&apos;</source>
        <translation>attribution: --by 須為 channel 或 campaign，而非「%1」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>attribution: --half-life is a number of days above 0</source>
        <translation>attribution: --half-life 須為大於 0 的天數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>attribution: --format 須為 json、csv 或 table，而非「%1」</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Attribution %1 – %2, %3 model, by %4

</source>
        <translation>歸因 %1 – %2，%3 模型，依 %4

</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>First creation day of the cohorts.</source>
        <translation>同類群組的第一個建立日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last creation day of the cohorts.</source>
        <translation>同類群組的最後一個建立日。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month (default) or week.</source>
        <translation>month（預設）或 week。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lead cohorts by creation month or week: the share reaching each stage within 30, 60, 90 and 180 days, and the median days to it.</source>
        <translation>依建立月份或週次劃分的潛在客戶同類群組：在 30、60、90 及 180 天內達到各階段的比例，以及達到該階段的天數中位數。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cohorts: --from and --to are dates like 2025-01-31, in order</source>
        <translation>cohorts: --from 與 --to 須為依先後順序的日期，例如 2025-01-31</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cohorts: --by is month or week, not &apos;%1&apos;</source>
        <translation>cohorts: --by 須為 month 或 week，而非「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cohorts: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>cohorts: --format 須為 json、csv 或 table，而非「%1」</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>* still maturing: some leads of the cohort have not had that many days yet</source>
        <translation>* 尚未成熟：該同類群組中部分潛在客戶建立至今還未滿這個天數</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: name one of %2%3</source>
        <translation>%1：請指定 %2 其中之一%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, not &apos;%1&apos;</source>
        <translation>，而非「%1」</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>who prepared the review, printed on the cover.</source>
        <translation>回顧的編製人，印在封面上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whom it is for (&quot;the Board&quot;), printed on the cover.</source>
        <translation>呈送對象（如「董事會」），印在封面上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sections of the PDF, comma-separated, of: %1 (default: all).</source>
        <translation>PDF 包含的章節，以逗號分隔，可選：%1（預設：全部）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your comment at the top of a section, as SECTION=TEXT (repeatable; an empty TEXT removes it; a blank line separates paragraphs).</source>
        <translation>您在章節頂端的點評，格式為 SECTION=TEXT（可重複指定；TEXT 為空則刪除該點評；空行用於分隔段落）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: no section &apos;%2&apos;: the sections are %3</source>
        <translation>%1：沒有「%2」這個章節：可用章節為 %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: --sections names at least one of %2</source>
        <translation>%1：--sections 須至少指定以下章節之一：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: --comment is SECTION=TEXT, such as summary=&quot;Pipeline is on plan&quot;, not &apos;%2&apos;</source>
        <translation>%1：--comment 須為 SECTION=TEXT 格式，例如 summary=&quot;銷售管線符合計畫&quot;，而非「%2」</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The PDF to write.</source>
        <translation>要輸出的 PDF 檔案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report&apos;s language.</source>
        <translation>報告的語言。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This PDF only (a saved review keeps its own, see review edit): </source>
        <translation>僅用於此 PDF（已儲存的回顧保留其本身的設定，參見 review edit）： </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>report: --review prints a saved review of its own period: drop --from, --to and --view</source>
        <translation>report：--review 會依已儲存回顧本身的期間輸出該回顧：請移除 --from、--to 與 --view</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>report: --from and --to are dates like 2025-01-31</source>
        <translation>report: --from 與 --to 須為日期，例如 2025-01-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report: --from is after --to</source>
        <translation>report: --from 晚於 --to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report: --out FILE.pdf is required</source>
        <translation>report: 必須指定 --out FILE.pdf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>report: --lang is one of %1, not &apos;%2&apos;</source>
        <translation>report: --lang 必須是 %1 其中之一，而非「%2」</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--review %1: no such review in %2</source>
        <translation>--review %1：%2 中沒有此回顧</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+601"/>
        <source>Marketing review %1 – %2</source>
        <translation>行銷回顧 %1 – %2</translation>
    </message>
    <message>
        <location line="-561"/>
        <source>Count a stored channel name as a channel, e.g. &quot;Direct Traffic=Direct&quot; (repeatable; &quot;NAME=&quot; goes back to the default taxonomy).</source>
        <translation>將已儲存的管道名稱計為某個管道，例如 &quot;Direct Traffic=Direct&quot;（可重複；&quot;NAME=&quot; 表示恢復預設分類）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every alias of the workspace: the default taxonomy only.</source>
        <translation>刪除工作區的所有別名：僅保留預設分類。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the list as JSON.</source>
        <translation>以 JSON 格式輸出清單。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the stored channel names and the canonical channel each counts as in every KPI; --alias and --reset change that without re-importing anything.</source>
        <translation>列出已儲存的管道名稱，以及每個名稱在所有 KPI 中計入的標準管道；--alias 和 --reset 可變更此對應關係，無須重新匯入任何內容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>channels: --alias is NAME=CHANNEL, e.g. &quot;Direct Traffic=Direct&quot;, not &apos;%1&apos;</source>
        <translation>channels：--alias 的格式為 NAME=CHANNEL，例如 &quot;Direct Traffic=Direct&quot;，而不是「%1」</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot change the aliases of %1: %2</source>
        <translation>無法變更 %1 的別名：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the workspace&apos;s alias</source>
        <translation>工作區別名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as imported</source>
        <translation>依匯入原樣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default taxonomy</source>
        <translation>預設分類</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: --%2 is a date like 2025-01-31, not &apos;%3&apos;</source>
        <translation>%1：--%2 須為日期，例如 2025-01-31，而非「%3」</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>add: the KPI&apos;s name; its id is the name in lower case with _ (&quot;Revenue per lead&quot; → revenue_per_lead).</source>
        <translation>add：KPI 名稱；其 ID 為名稱的小寫形式，並以 _ 連接（「Revenue per lead」→ revenue_per_lead）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: the formula over KPI ids (see kpis.md) and numbers with + - * / and parentheses, e.g. &quot;revenue / leads&quot; or &quot;(mqls - sqls) / mqls&quot;. Also: clicks, expenses, lost_deals; revenue_won (= revenue), cost and spend (= media_cost).</source>
        <translation>add：由 KPI ID（參見 kpis.md）與數字組成的公式，可使用 + - * / 與括號，例如「revenue / leads」或「(mqls - sqls) / mqls」。也可使用：clicks、expenses、lost_deals；revenue_won（= revenue）、cost 與 spend（= media_cost）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: up (higher is better, the default), down or neutral.</source>
        <translation>add：up（越高越好，預設）、down 或 neutral。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: count, money (in the reporting currency), percent (a fraction shown as %), ratio (x : 1) or number (default: money for a money formula, else number).</source>
        <translation>add：count、money（以報表幣別計）、percent（以 % 顯示的比例）、ratio（x : 1）或 number（預設：金額公式為 money，否則為 number）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: decimals shown, 0 to 6 (default: the format&apos;s).</source>
        <translation>add：顯示的小數位數，0 到 6（預設：依格式而定）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the funnel group it is shown in: awareness, engagement, lead_generation, sales (default) or loyalty.</source>
        <translation>add：顯示在哪個漏斗分組中：awareness、engagement、lead_generation、sales（預設）或 loyalty。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: print the custom KPIs as JSON.</source>
        <translation>list：以 JSON 格式輸出自訂 KPI。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add, list and remove custom KPIs: formulas over the catalog&apos;s KPIs, saved in the workspace and shown with them (cards, tables, kpis, goals, the report). A division by zero or an unknown input gives no value (null), never infinity.</source>
        <translation>新增、列出與刪除自訂 KPI：根據 KPI 目錄中指標的公式，儲存在工作區中，並與目錄 KPI 一同顯示（卡片、表格、kpis、目標、報表）。除以零或輸入不明時不會產生數值（null），絕不會得到無限大。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>kpi add: --name is required</source>
        <translation>kpi add：必須指定 --name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kpi add: --formula is required, e.g. --formula &quot;revenue / leads&quot;</source>
        <translation>kpi add：必須指定 --formula，例如 --formula &quot;revenue / leads&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kpi add: --better is up, down or neutral, not &apos;%1&apos;</source>
        <translation>kpi add：--better 須為 up、down 或 neutral，而非「%1」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kpi add: --group is awareness, engagement, lead_generation, sales or loyalty, not &apos;%1&apos;</source>
        <translation>kpi add：--group 須為 awareness、engagement、lead_generation、sales 或 loyalty，而非「%1」</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kpi add: --decimals is a whole number from 0 to 6, not &apos;%1&apos;</source>
        <translation>kpi add：--decimals 須為 0 到 6 的整數，而非「%1」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kpi add: --format is count, money, percent, ratio or number, not &apos;%1&apos;</source>
        <translation>kpi add：--format 須為 count、money、percent、ratio 或 number，而非「%1」</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kpi remove: name the custom KPI&apos;s ID (see kpi list)</source>
        <translation>kpi remove：請指定自訂 KPI 的 ID（參見 kpi list）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>better: %1</source>
        <translation>較佳方向：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add: the goal&apos;s name.</source>
        <translation>add：目標名稱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the KPI&apos;s id, e.g. leads, cpl, mql_to_sql_rate.</source>
        <translation>add：KPI 的 ID，例如 leads、cpl、mql_to_sql_rate。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the target, e.g. 1200 or 30%.</source>
        <translation>add：目標值，例如 1200 或 30%。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the baseline value (default: computed from the baseline period).</source>
        <translation>add：基準值（預設：依基準期間計算）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: first day of the baseline period (default: 90 days before --start).</source>
        <translation>add：基準期間的第一天（預設：--start 之前 90 天）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: last day of the baseline period (default: the day before --start).</source>
        <translation>add：基準期間的最後一天（預設：--start 的前一天）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the first day the goal counts.</source>
        <translation>add：目標開始計算的第一天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the day the target is due.</source>
        <translation>add：目標的截止日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: weekly, monthly (default) or quarterly reviews.</source>
        <translation>add：回顧頻率：weekly、monthly（預設）或 quarterly。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <location line="+625"/>
        <source>add: only this channel (repeatable).</source>
        <translation>add：僅限此管道（可重複指定）。</translation>
    </message>
    <message>
        <location line="-797"/>
        <location line="+173"/>
        <location line="+625"/>
        <source>add: only this campaign (repeatable).</source>
        <translation>add：僅限此行銷活動（可重複指定）。</translation>
    </message>
    <message>
        <location line="-797"/>
        <source>add: who owns the goal.</source>
        <translation>add：目標負責人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the business objective it serves.</source>
        <translation>add：此目標對應的業務目標。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the currency of a money goal&apos;s target, e.g. PLN (default: the workspace&apos;s).</source>
        <translation>add：金額目標的幣別，例如 PLN（預設：工作區的幣別）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print the goals as JSON.</source>
        <translation>list：以 JSON 格式輸出目標。</translation>
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
        <translation>列出、新增與刪除工作區的 SMART 目標，欄位與視窗中的目標表單相同。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>goals add: --name is required</source>
        <translation>goals add：必須指定 --name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>goals add: --target is a number, e.g. 1200 or 30%, not &apos;%1&apos;</source>
        <translation>goals add：--target 須為數字，例如 1200 或 30%，而非「%1」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>goals add: --baseline is a number, e.g. 950 or 25%, not &apos;%1&apos;</source>
        <translation>goals add：--baseline 須為數字，例如 950 或 25%，而非「%1」</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>goals add: --start and --deadline are required, as YYYY-MM-DD</source>
        <translation>goals add：必須指定 --start 和 --deadline，格式為 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>goals add: --deadline is before --start</source>
        <translation>goals add：--deadline 早於 --start</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>goals add: --baseline-from is after --baseline-to</source>
        <translation>goals add：--baseline-from 晚於 --baseline-to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>goals add: --cadence is weekly, monthly or quarterly, not &apos;%1&apos;</source>
        <translation>goals add：--cadence 須為 weekly、monthly 或 quarterly，而非「%1」</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>goals add: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%1&apos;</source>
        <translation>goals add：--currency 應為 ISO 4217 代碼，例如 PLN、EUR 或 USD，而不是「%1」</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>goals remove: name the goal&apos;s ID (see goals list)</source>
        <translation>goals remove：請指定目標的 ID（參見 goals list）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot save the goal in %1: %2</source>
        <translation>無法將目標儲存到 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove: no goal %1 in %2</source>
        <translation>remove：%2 中沒有目標 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot remove goal %1 from %2</source>
        <translation>無法從 %2 中刪除目標 %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>add: first day of the review&apos;s period.</source>
        <translation>add：回顧期間的第一天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: last day of the review&apos;s period.</source>
        <translation>add：回顧期間的最後一天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the title (default: &quot;Marketing review FROM – TO&quot;).</source>
        <translation>add：標題（預設：「行銷回顧 FROM – TO」）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list: the recommendations and decisions of this review; decide: the review the decision is recorded in.</source>
        <translation>list：此回顧的建議與決策；decide：決策所記錄到的回顧。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decide: change this decision instead of recording a new one.</source>
        <translation>decide：修改此決策，而非記錄新決策。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: what was decided.</source>
        <translation>decide：決策內容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: who does it.</source>
        <translation>decide：由誰執行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: by when.</source>
        <translation>decide：截止日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: open (default), done or dropped.</source>
        <translation>decide：open（預設）、done 或 dropped。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: the goal the decision serves.</source>
        <translation>decide：此決策服務的目標。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: the recommended action of the review it answers (its id, see review list --review).</source>
        <translation>decide：此決策所回應的回顧建議行動（其 ID，參見 review list --review）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print as JSON.</source>
        <translation>list：以 JSON 格式輸出。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: --review is a review&apos;s ID (see review list), not &apos;%2&apos;</source>
        <translation>%1：--review 須為回顧的 ID（參見 review list），而非「%2」</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>review add: --from and --to are required, as YYYY-MM-DD</source>
        <translation>review add：必須指定 --from 和 --to，格式為 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review add: --from is after --to</source>
        <translation>review add：--from 晚於 --to</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>review add: --title needs a text</source>
        <translation>review add：--title 需要指定文字</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+56"/>
        <source>cannot save the review in %1: %2</source>
        <translation>無法將回顧儲存到 %1：%2</translation>
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
        <translation>用法：funnelscope-cli 指令 [選項]

根據您的 CSV 匯出檔，沿 B2B 漏斗計算行銷 KPI，資料儲存在一個本機工作區檔案中。

指令：
  import       將 CSV 檔案匯入工作區
  kpis         計算某一期間的所有 KPI，支援篩選、比較與細分
  rows         列出某項 KPI 背後的已儲存資料列，以及每一列來自的檔案與行號
  report       將某一期間的 SMART 回顧或已儲存的回顧輸出為 PDF
  attribution  將潛在客戶、客戶與營收歸因至各管道：first、last、linear、time-decay 或 position
  cohorts      潛在客戶同類群組：30、60、90 與 180 天內到達各階段的比例
  channels     列出已儲存的管道名稱及各自計入的管道；設定與重設別名
  kpi          新增、列出與刪除您自己的 KPI：根據 KPI 目錄中指標的公式
  goals        列出、新增與刪除 SMART 目標
  review       列出已儲存的回顧，為某一期間建立回顧，選擇其 PDF 的編製人、呈送對象、章節
               與點評，記錄決策（狀態、目標、建議）
  annotate     新增、列出與刪除資料上的帶日期備註，備註會標示在圖表上並列入回顧
  view         列出、新增與刪除已儲存的檢視（期間規則、比較、篩選條件與分頁），
               供 kpis --view 與 report --view 使用
  settings     顯示或設定印在報告封面上的公司名稱與標誌
  demo         建立一個逼真的兩年期示範工作區
  copy         在檔案與 PostgreSQL 團隊資料庫之間複製整個工作區

執行 &apos;funnelscope-cli 指令 --help&apos; 查看某個指令的選項。
結束代碼：0 成功，1 工作遭拒（未做任何變更），2 用法錯誤。
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The workspace: a file (created on first use), or a team workspace, postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>工作區：一個檔案（首次使用時建立），或團隊工作區 postgresql://使用者@主機:連接埠/資料庫（密碼取自 ~/.pgpass 或 PGPASSWORD）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: --db LOCATION is required</source>
        <translation>%1：必須指定 --db 位置</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>this funnelscope-cli was built without PostgreSQL (configure with -DFUNNELSCOPE_POSTGRES=ON), so it cannot open %1</source>
        <translation>此 funnelscope-cli 建置時未包含 PostgreSQL（請使用 -DFUNNELSCOPE_POSTGRES=ON 設定），因此無法開啟 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing was changed in %1: %2</source>
        <translation>%1 中未做任何變更：%2</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>A saved view (see view list): its period, comparison, channels and campaigns, where --from, --to, --compare, --channel and --campaign do not say otherwise.</source>
        <translation>已儲存的檢視（參見 view list）：使用其期間、比較、管道與行銷活動，除非 --from、--to、--compare、--channel 與 --campaign 另有指定。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--view &apos;%1&apos;: %2 has no saved views</source>
        <translation>--view「%1」：%2 中沒有已儲存的檢視</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--view &apos;%1&apos;: no such view in %2 (its views: %3)</source>
        <translation>--view「%1」：%2 中沒有此檢視（其檢視：%3）</translation>
    </message>
    <message>
        <location line="+1060"/>
        <source>goals add: --kpi is required: a KPI id of kpis.md (leads, cpl, revenue, …) or of a custom KPI (kpi list)</source>
        <translation>goals add：必須指定 --kpi：kpis.md 中的 KPI ID（leads、cpl、revenue、…）或自訂 KPI 的 ID（kpi list）</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+17"/>
        <source>goals add: --kpi is a KPI id of kpis.md (leads, cpl, revenue, …) or of a custom KPI (kpi list), not &apos;%1&apos;</source>
        <translation>goals add：--kpi 須為 kpis.md 中的 KPI ID（leads、cpl、revenue、…）或自訂 KPI 的 ID（kpi list），而非「%1」</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>add, edit: </source>
        <translation>add、edit： </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, add, edit (what its PDF shows) or decide.</source>
        <translation>list、add、edit（其 PDF 顯示的內容）或 decide。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the saved SMART reviews, make one for a period as the window does, choose what its PDF shows, and record the decisions taken in it.</source>
        <translation>列出已儲存的 SMART 回顧，如同在視窗中一樣為某一期間建立回顧，選擇其 PDF 顯示的內容，並記錄回顧中做出的決策。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: --author, --audience, --sections and --comment are for review add and edit</source>
        <translation>%1：--author、--audience、--sections 與 --comment 僅用於 review add 和 edit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review edit: --review ID is required</source>
        <translation>review edit：必須指定 --review ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review edit: name what to change: --author, --audience, --sections, --comment</source>
        <translation>review edit：請指定要變更的內容：--author、--audience、--sections、--comment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>edit: --review %1: no such review in %2</source>
        <translation>edit：--review %1：%2 中沒有此回顧</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>review decide: --review ID is required (or --decision ID to change one)</source>
        <translation>review decide：必須指定 --review ID（或以 --decision ID 修改既有決策）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>review decide: --decision is a decision&apos;s ID, not &apos;%1&apos;</source>
        <translation>review decide：--decision 須為決策的 ID，而非「%1」</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>review decide: --status is open, done or dropped, not &apos;%1&apos;</source>
        <translation>review decide：--status 須為 open、done 或 dropped，而非「%1」</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review decide: --goal is a goal&apos;s ID (see goals list), not &apos;%1&apos;</source>
        <translation>review decide：--goal 須為目標的 ID（參見 goals list），而非「%1」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>review decide: link a decision to --goal or to --recommendation, not both</source>
        <translation>review decide：決策只能連結到 --goal 或 --recommendation，不能同時連結兩者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review decide: --text is required</source>
        <translation>review decide：必須指定 --text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>decide: --decision %1: no such decision in %2</source>
        <translation>decide：--decision %1：%2 中沒有此決策</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>decide: --review %1: no such review in %2</source>
        <translation>decide：--review %1：%2 中沒有此回顧</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>decide: --goal %1: no such goal in %2</source>
        <translation>decide：--goal %1：%2 中沒有此目標</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>decide: --recommendation &apos;%1&apos; is not a recommendation of review %2 (it has: %3)</source>
        <translation>decide：--recommendation「%1」不是回顧 %2 的建議（其建議為：%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+265"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>cannot save the decision in %1: %2</source>
        <translation>無法將決策儲存到 %1：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list: --review %1: no such review in %2</source>
        <translation>list：--review %1：%2 中沒有此回顧</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recommended actions:</source>
        <translation>建議行動：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decisions:</source>
        <translation>決策：</translation>
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
        <translation>add：備註的日期，或其日期範圍的第一天；list：從這一天起的備註。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the last day of its range (default: --from); list: notes up to this day.</source>
        <translation>add：日期範圍的最後一天（預設：--from）；list：截至這一天的備註。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the note, e.g. &quot;Tracking broken&quot;.</source>
        <translation>add：備註內容，例如「追蹤失效」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the channel it is about (default: every channel).</source>
        <translation>add：備註涉及的管道（預設：所有管道）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print the notes as JSON.</source>
        <translation>list：以 JSON 格式輸出備註。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, list, or remove ID.</source>
        <translation>add、list 或 remove ID。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dated notes on the data (&quot;campaign launch&quot;, &quot;tracking broken 3–5 May&quot;), drawn on the charts whose period includes them and listed in reviews.</source>
        <translation>資料上的帶日期備註（「行銷活動上線」、「5月3–5日追蹤失效」），會標示在期間包含它們的圖表上，並列入回顧。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>annotate add: --from is required (the day, or the first day of a range)</source>
        <translation>annotate add：必須指定 --from（日期，或日期範圍的第一天）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotate add: --to is before --from</source>
        <translation>annotate add：--to 早於 --from</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotate add: --text is required</source>
        <translation>annotate add：必須指定 --text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotate add: --channel needs a name</source>
        <translation>annotate add：--channel 需要指定名稱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotate remove: name the note&apos;s ID (see annotate list)</source>
        <translation>annotate remove：請指定備註的 ID（參見 annotate list）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annotate list: --from is after --to</source>
        <translation>annotate list：--from 晚於 --to</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot save the note in %1: %2</source>
        <translation>無法將備註儲存到 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove: no note %1 in %2</source>
        <translation>remove：%2 中沒有備註 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The company name printed on report covers (empty: the workspace&apos;s file name).</source>
        <translation>印在報告封面上的公司名稱（留空：使用工作區的檔案名稱）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo for report covers: a PNG, JPEG or SVG file of at most %1 KB, stored inside the workspace.</source>
        <translation>報告封面使用的標誌：不超過 %1 KB 的 PNG、JPEG 或 SVG 檔案，儲存在工作區內。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the logo.</source>
        <translation>移除標誌。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the settings as JSON.</source>
        <translation>以 JSON 格式輸出設定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or change the workspace&apos;s settings: the company name and logo of its reports.</source>
        <translation>顯示或變更工作區的設定：其報告中使用的公司名稱與標誌。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>settings: --logo or --no-logo, not both</source>
        <translation>settings：只能指定 --logo 或 --no-logo，不能同時指定兩者</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot save the settings in %1: %2</source>
        <translation>無法將設定儲存到 %1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Company: %1</source>
        <translation>公司：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo: %1</source>
        <translation>標誌：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 × %3 pixels, %4 bytes</source>
        <translation>%1，%2 × %3 像素，%4 位元組</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency: %1</source>
        <translation>幣別：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last author: %1</source>
        <translation>上次的編製人：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The random seed (default 1).</source>
        <translation>隨機種子（預設 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmark size: about N campaign rows over three years (default: the demo).</source>
        <translation>基準測試規模：三年內約 N 列行銷活動資料（預設：示範資料的規模）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only write the CSV files into DIR; import nothing.</source>
        <translation>僅將 CSV 檔案寫入 DIR，不匯入任何資料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a deterministic two-year B2B demo workspace.</source>
        <translation>建立一個可重現的兩年期 B2B 示範工作區。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo: --seed is a whole number</source>
        <translation>demo: --seed 須為整數</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo: --campaign-rows is a whole number of at least 1000</source>
        <translation>demo: --campaign-rows 須為至少 1000 的整數</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>goals and past reviews added</source>
        <translation>已新增目標與過往回顧</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspace to copy: a workspace file, or postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or PGPASSWORD, never the URL).</source>
        <translation>要複製的工作區：工作區檔案，或 postgresql://USER@HOST:PORT/DATABASE（密碼取自 ~/.pgpass 或 PGPASSWORD，絕不寫在 URL 中）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to: a new workspace file, or an empty PostgreSQL database, as a URL.</source>
        <translation>複製目標：新的工作區檔案，或以 URL 表示的空 PostgreSQL 資料庫。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy every table of a workspace, in one transaction, between a workspace file and a PostgreSQL database (a team workspace), into a target without workspace data.</source>
        <translation>在單一交易中，於工作區檔案與 PostgreSQL 資料庫（團隊工作區）之間複製工作區的所有資料表；目標中不得已有工作區資料。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy: --from and --to are required</source>
        <translation>copy：必須指定 --from 與 --to</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>copied %1 to %2: %3 rows in %4 tables</source>
        <translation>已將 %1 複製到 %2：%4 個資料表中共 %3 列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this funnelscope-cli was built without PostgreSQL (configure with -DFUNNELSCOPE_POSTGRES=ON)</source>
        <translation>此 funnelscope-cli 建置時未包含 PostgreSQL 支援（請以 -DFUNNELSCOPE_POSTGRES=ON 進行設定）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add: the view&apos;s name; adding a name that exists replaces it.</source>
        <translation>add：檢視名稱；新增已存在的名稱會取代原檢視。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: %1 (default: last-90-days), counted back from the last day with data, or today when the data runs on; custom with --from and --to.</source>
        <translation>add：%1（預設：last-90-days），從有資料的最後一天往前計算，若資料一直延續到今天則從今天往前計算；custom 需搭配 --from 與 --to 使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: a custom period&apos;s first day.</source>
        <translation>add：自訂期間的第一天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: a custom period&apos;s last day.</source>
        <translation>add：自訂期間的最後一天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: previous (default), year or none.</source>
        <translation>add：previous（預設）、year 或 none。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: the window&apos;s tab: overview, awareness, engagement, lead-generation, sales, loyalty, funnel, goals or data.</source>
        <translation>add：視窗中的分頁：overview、awareness、engagement、lead-generation、sales、loyalty、funnel、goals 或 data。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: print the views as JSON.</source>
        <translation>list：以 JSON 格式輸出檢視。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, list, or remove NAME.</source>
        <translation>add、list 或 remove NAME。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved views: a named period rule, comparison, filters and tab, for the window, kpis --view and report --view.</source>
        <translation>已儲存的檢視：具名的期間規則、比較、篩選條件與分頁，供視窗、kpis --view 與 report --view 使用。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>view add: --name is required</source>
        <translation>view add：必須指定 --name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>view add: --period is one of %1, not &apos;%2&apos;</source>
        <translation>view add：--period 須為 %1 其中之一，而非「%2」</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>view add: a custom period needs --from and --to</source>
        <translation>view add：自訂期間需要指定 --from 與 --to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view add: --from is after --to</source>
        <translation>view add：--from 晚於 --to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>view add: --from and --to are for a custom period, not %1</source>
        <translation>view add：--from 與 --to 僅適用於自訂期間，不適用於 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>view add: --compare is previous, year or none, not &apos;%1&apos;</source>
        <translation>view add：--compare 須為 previous、year 或 none，而非「%1」</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>view add: --tab is one of %1, not &apos;%2&apos;</source>
        <translation>view add：--tab 須為 %1 其中之一，而非「%2」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view remove: name the view (see view list)</source>
        <translation>view remove：請指定檢視名稱（參見 view list）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot save the view in %1: %2</source>
        <translation>無法將檢視儲存到 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>view &apos;%1&apos; saved</source>
        <translation>已儲存檢視「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove: no view &apos;%1&apos; in %2</source>
        <translation>remove：%2 中沒有檢視「%1」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view &apos;%1&apos; removed</source>
        <translation>已移除檢視「%1」</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all channels and campaigns</source>
        <translation>所有管道與行銷活動</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>name a command.</source>
        <translation>請指定指令。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知的指令「%1」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the output: %1</source>
        <translation>無法寫入輸出：%1</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiwriter.cpp" line="+293"/>
        <source>KPIs %1 – %2</source>
        <translation>KPI %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, channels: </source>
        <translation>，管道： </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, campaigns: </source>
        <translation>，行銷活動： </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (previous: %1 – %2)</source>
        <translation> （前期：%1 – %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
leads from: %1
</source>
        <translation>
潛在客戶來源：%1
</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>
(columns: value, previous, change; ▲ better, ▼ worse)
</source>
        <translation>
（欄位：數值、前期、變化；▲ 較佳，▼ 較差）
</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <location filename="../../core/attribution/attribution.cpp" line="+215"/>
        <source>revenue is unknown: won deals in %1 on %2 day(s) have no exchange rate into %3</source>
        <translation>營收未知：以 %1 計價的成交交易有 %2 天沒有換算為 %3 的匯率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a reporting currency (pass --currency)</source>
        <translation>報表幣別（請以 --currency 指定）</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiengine.cpp" line="+201"/>
        <source>amounts are in %1 and no reporting currency is chosen: money KPIs are unknown; pass --currency CODE or set the workspace currency</source>
        <translation>金額以 %1 計價，且未選擇報表幣別：金額類 KPI 未知；請以 --currency CODE 指定，或設定工作區幣別</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> and %1 more</source>
        <translation> 及另外 %1 項</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amounts without a currency (imported with none named) cannot be converted to %1 on %2: money KPIs that need them are unknown; re-import them with --currency CODE</source>
        <translation>無幣別的金額（匯入時未指定幣別）無法在 %2 換算為 %1：需要這些金額的金額類 KPI 未知；請以 --currency CODE 重新匯入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no exchange rate from %1 to %2 within %3 days before %4: money KPIs that need them are unknown; import rates with import --kind rates</source>
        <translation>在 %4 之前 %3 天內沒有 %1 兌 %2 的匯率：需要這些匯率的金額類 KPI 未知；請以 import --kind rates 匯入匯率</translation>
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
        <translation>無法寫入 %1：這是資料夾</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot write %1: it was not opened</source>
        <translation>無法寫入 %1：檔案未開啟</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not every byte could be written (is the disk full?)</source>
        <translation>並非所有位元組都已寫入（磁碟已滿嗎？）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: %2; any earlier copy of it is kept</source>
        <translation>無法寫入 %1：%2；先前的檔案保持不變</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
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
        <translation>上個月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation>本季</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>上一季</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year to date</source>
        <translation>今年迄今</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>所有時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom range</source>
        <translation>自訂範圍</translation>
    </message>
</context>
<context>
    <name>GoalStore</name>
    <message>
        <location filename="../../core/goals/goalstore.cpp" line="+141"/>
        <source>an annotation needs text and a first day not after its last</source>
        <translation>註解需要文字，且第一天不得晚於最後一天</translation>
    </message>
    <message>
        <location filename="../../core/goals/reviewrecords.cpp" line="+24"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open</source>
        <translation>進行中</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../core/goals/goalprogress.cpp" line="+168"/>
        <source>not started</source>
        <translation>尚未開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on track</source>
        <translation>進度正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at risk</source>
        <translation>有風險</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off track</source>
        <translation>進度落後</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met</source>
        <translation>已達成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed</source>
        <translation>未達成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too early to judge</source>
        <translation>判斷為時尚早</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <location filename="../../core/goals/goal.cpp" line="+24"/>
        <source>weekly</source>
        <comment>reviewed weekly</comment>
        <translation>每週</translation>
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
        <translation>每季</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../core/csv/dateparser.cpp" line="+176"/>
        <source>not a valid date: &apos;%1&apos;</source>
        <translation>無效的日期：「%1」</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>ambiguous date &apos;%1&apos;: day or month first? Choose with --date-order dmy|mdy</source>
        <translation>日期「%1」不明確：日在前還是月在前？請以 --date-order dmy|mdy 指定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a date in the file&apos;s %2 order</source>
        <translation>「%1」不是符合此檔案 %2 順序的日期</translation>
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
        <translation>不是日期：「%1」</translation>
    </message>
    <message>
        <location filename="../../core/csv/numberparser.cpp" line="+53"/>
        <source>comma (1,5)</source>
        <translation>逗號 (1,5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>point (1.5)</source>
        <translation>句點 (1.5)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>not a number: &apos;%1&apos;</source>
        <translation>不是數字：「%1」</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; is written with a decimal %2, but this file writes decimals with a %3 (decided from all its numbers)</source>
        <translation>「%1」以%2作為小數分隔符號，但此檔案以%3書寫小數（依其全部數字判定）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>number too large: &apos;%1&apos;</source>
        <translation>數字過大：「%1」</translation>
    </message>
    <message>
        <location filename="../../core/importing/fileinspector.cpp" line="+527"/>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a %1 column or a date range above the header</source>
        <translation>%1 欄位或標題列上方的日期範圍</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a %1 export without %2, which Funnelscope needs to import it</source>
        <translation>這是缺少 %2 的 %1 匯出檔，Funnelscope 需要它們才能匯入</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>say which with --decimal comma or --decimal point</source>
        <translation>請以 --decimal comma 或 --decimal point 指定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column &apos;%1&apos; has numbers with a decimal comma (&apos;%2&apos;, line %3) and with a decimal point (&apos;%4&apos;, line %5): one of them would be misread; export the file again, or %6</source>
        <translation>欄位「%1」中同時有以逗號作小數點的數字（「%2」，第 %3 行）與以句點作小數點的數字（「%4」，第 %5 行）：其中一種會被誤讀；請重新匯出檔案，或%6</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file&apos;s numbers disagree: &apos;%1&apos; in column &apos;%2&apos; (line %3) has a decimal comma, &apos;%4&apos; in column &apos;%5&apos; (line %6) a decimal point; %7</source>
        <translation>檔案中的數字不一致：欄位「%2」中的「%1」（第 %3 行）以逗號作小數點，欄位「%5」中的「%4」（第 %6 行）以句點作小數點；%7</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; in column &apos;%2&apos; could be a decimal (with a decimal point) or a whole number (with a thousands separator), and nothing else in the file tells which; %3</source>
        <translation>欄位「%2」中的「%1」可能是小數（以句點作小數點），也可能是整數（帶千位分隔符號），檔案中沒有其他內容能判斷；%3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>export the report again from the API as it writes it by default (money in micro-units), or with the header returnMoneyInMicros: false (amounts with two decimals)</source>
        <translation>請依 API 的預設方式重新匯出報表（金額以微單位表示），或使用標頭 returnMoneyInMicros: false 重新匯出（金額帶兩位小數）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column &apos;%1&apos; has amounts with decimals (&apos;%2&apos;, line %3) and whole numbers like the %4&apos;s micro-units (&apos;%5&apos;, line %6): one of them would be read a million times wrong; %7</source>
        <translation>欄位「%1」中同時有帶小數的金額（「%2」，第 %3 行）與類似 %4 微單位的整數（「%5」，第 %6 行）：其中一種會被讀錯一百萬倍；%7</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; in column &apos;%2&apos; is a whole number but not one of the %3&apos;s micro-units (millionths of the currency, rounded to 10,000), and no cost in the file has decimals, so it cannot be told whether it is %4 or %5 of the currency; %6</source>
        <translation>欄位「%2」中的「%1」是整數，但不是 %3 的微單位（貨幣單位的百萬分之一，取整到 10,000），且檔案中沒有任何費用帶小數，因此無法判斷它是 %4 還是 %5 個貨幣單位；%6</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>column &apos;%1&apos; has whole numbers only, but read as the %2&apos;s micro-units they would make a click cost less than 0.01 of the currency, and read as amounts the API would have written them with decimals; %3</source>
        <translation>欄位「%1」中只有整數，但若以 %2 的微單位讀取，單次點擊費用將低於 0.01 個貨幣單位；若以金額讀取，API 應會以小數寫出；%3</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>there is no such file</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a folder, not a file</source>
        <translation>這是資料夾，不是檔案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a regular file (a device or a pipe); save the export as a file first</source>
        <translation>這不是一般檔案（是裝置或管道）；請先將匯出內容存成檔案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+66"/>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>unknown encoding &apos;%1&apos;</source>
        <translation>未知的編碼「%1」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a binary file, not CSV text</source>
        <translation>這是二進位檔案，不是 CSV 文字檔</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>header longer than %1 million characters: not read</source>
        <translation>標題列超過 %1 百萬個字元：未讀取</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this is not a %1 export: no line in the first %2 has its columns (%3)</source>
        <translation>這不是 %1 匯出檔：前 %2 行中沒有任何一行包含其欄位（%3）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no header line of a %1 file in the first %2 lines (it needs the columns %3)</source>
        <translation>前 %2 行中沒有 %1 檔案的標題列（需要欄位 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no recognisable header in the first %1 lines: a header names the columns of one kind, e.g. date and channel for campaign rows, lead_id and created_date for leads</source>
        <translation>前 %1 行中沒有可辨識的標題列：標題列須列出某一類型資料的欄位名稱，例如行銷活動資料的 date 與 channel，潛在客戶資料的 lead_id 與 created_date</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a %2 table by &quot;%3&quot;, whose rows do not add up to the site&apos;s totals (the tool leaves out anonymised queries and rows past its limit, and counts a search once for each page it shows), so its sum would look like the total and be wrong: import the export&apos;s Chart.csv (Dates.csv) for daily totals, or its Countries.csv or Devices.csv with the date range it covers</source>
        <translation>%1 是依「%3」劃分的 %2 表格，其各列加總與網站總計不符（該工具會略去匿名化的查詢及超出其上限的列，且一次搜尋會在其顯示的每個網頁各計一次），因此其加總看似總計，實則有誤：請匯入該匯出中的 Chart.csv（Dates.csv）以取得每日總計，或匯入其 Countries.csv 或 Devices.csv 並指定其涵蓋的日期範圍</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>column &apos;%1&apos; groups this %2 report by month or week: its rows cannot be placed on days, and its totals would be spread wrong; export the report grouped by day (the date of visit) instead</source>
        <translation>欄位「%1」表示此 %2 報表依月或依週分組：其各列無法對應到具體日期，合計值也會被錯誤分攤；請改為依日（造訪日期）分組匯出報表</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this %1 report says it covers %2 to %3, not the %4 to %5 given: leave out the range, or give the one the file says</source>
        <translation>此 %1 報表註明其涵蓋 %2 至 %3，而非指定的 %4 至 %5：請不要指定日期範圍，或指定檔案中註明的範圍</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a %2 export without a Date column: the tool writes its date range only into Filters.csv of the same download (often as &quot;Last 3 months&quot;, counted back from the day of the download), so its totals cannot be placed on days. Import the download&apos;s Chart.csv (Dates.csv) for daily totals, or give the range this file covers: import --from YYYY-MM-DD --to YYYY-MM-DD, or the import dialog&apos;s &quot;Period of the file&quot;</source>
        <translation>%1 是不含 Date 欄的 %2 匯出檔：該工具只將其日期範圍寫入同一下載內容中的 Filters.csv（通常為 &quot;Last 3 months&quot;，從下載當天往前計算），因此其總計無法分配到各日。請匯入該下載內容中的 Chart.csv（Dates.csv）以取得每日總計，或指定此檔案涵蓋的範圍：import --from YYYY-MM-DD --to YYYY-MM-DD，或匯入對話方塊中的「檔案期間」</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this %1 report&apos;s date range above its header has slash dates that could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>此 %1 報表標題列上方的日期範圍使用斜線分隔的日期，可能是日在前，也可能是月在前；請用 --date-order dmy 或 --date-order mdy 指明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this %1 report has no date column and no date range above its header, so its totals cannot be placed on days: export it with a date (Day) column, or keep the lines that give its date range, or give the range with --from and --to</source>
        <translation>此 %1 報表既沒有日期欄，標題列上方也沒有日期範圍，因此其總計無法分配到各日：請以日期（日）欄匯出，或保留註明日期範圍的那幾列，或用 --from 和 --to 指定範圍</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>this %1 report&apos;s rows are %2 totals, and the slash dates of its range above the header could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>此 %1 報表的各列為彙總資料（%2），且標題列上方日期範圍中以斜線分隔的日期可能是日在前，也可能是月在前；請用 --date-order dmy 或 --date-order mdy 指明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this %1 report&apos;s rows are %2 totals, but the date range above its header cannot be read, so they cannot be placed on days: export it with a daily breakdown, or keep the lines that give its date range</source>
        <translation>此 %1 報表的各列為彙總資料（%2），但標題列上方的日期範圍無法讀取，因此無法分配到各日：請以每日明細匯出，或保留註明日期範圍的那幾列</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>this %1 report covers %2 to %3, more than %4 days: export it with a date (Day) column or a shorter range</source>
        <translation>此 %1 報表涵蓋 %2 至 %3，超過 %4 天：請以日期（日）欄或較短的範圍匯出</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>this %1 report covers &quot;%2&quot; and has no dates, so its totals cannot be placed on days: export it again with a date range, or with the Day column</source>
        <translation>此 %1 報表涵蓋「%2」且沒有日期，因此無法將總計分配到各日：請以日期範圍或「日」欄重新匯出</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>column &apos;%1&apos; has slash dates like &apos;%2&apos; that could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>欄位「%1」含有「%2」這類斜線日期，無法判斷日或月在前；請以 --date-order dmy 或 --date-order mdy 指定</translation>
    </message>
    <message>
        <location filename="../../core/importing/importer.cpp" line="+46"/>
        <source>another Funnelscope window or command is writing to this workspace; try again when it has finished. Nothing was imported</source>
        <translation>另一個 Funnelscope 視窗或指令正在寫入此工作區；請等它完成後再試。未匯入任何資料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (is the disk full, or the workspace&apos;s folder read-only? Nothing was imported; the workspace is as it was)</source>
        <translation> （磁碟是否已滿，或工作區所在的資料夾為唯讀？未匯入任何資料，工作區維持原狀）</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the workspace is open read-only: nothing can be imported into it</source>
        <translation>工作區以唯讀方式開啟：無法匯入任何資料</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown preset &apos;%1&apos; (available: %2)</source>
        <translation>未知的預設集「%1」（可用：%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown currency &apos;%1&apos;: give an ISO 4217 code such as PLN, EUR or USD</source>
        <translation>未知的幣別「%1」：請提供 ISO 4217 代碼，例如 PLN、EUR 或 USD</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>amounts the file does not name are in %1, the currency last given for the source &apos;%2&apos;</source>
        <translation>檔案未註明幣別的金額以 %1 計，即上次為來源「%2」指定的幣別</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../core/money/ratesimporter.cpp" line="-88"/>
        <source>cannot open the file: %1</source>
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot store this row: %1</source>
        <translation>無法儲存此列：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../core/importing/rowreader.cpp" line="+351"/>
        <location line="+77"/>
        <source>a NUL byte: this is a binary file, not CSV text</source>
        <translation>NUL 位元組：這是二進位檔，不是 CSV 文字</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file changed while it was being read (is another program still writing it?): nothing was imported; import it again once it is complete</source>
        <translation>檔案在讀取時被更改（是否有其他程式仍在寫入？）：未匯入任何資料；待檔案完成後請再匯入一次</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 data rows were rejected, more than half: nothing imported</source>
        <translation>%2 列資料中有 %1 列遭拒絕，超過一半：未匯入任何資料</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported the table whose header is on line %1; the file&apos;s next table, from line %2, was not imported (import it on its own)</source>
        <translation>已匯入標題列位於第 %1 行的表格；檔案中從第 %2 行開始的下一個表格未匯入（請另行單獨匯入）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the %1 column is read from &quot;%2&quot;, since the file has no %1 column of its own</source>
        <translation>%1 欄位從「%2」讀取，因為檔案本身沒有 %1 欄位</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>totals without a day breakdown were spread evenly over the days %1 to %2</source>
        <translation>沒有逐日明細的總計已平均分攤到 %1 至 %2 的每一天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data in this export: line %1 says there is none</source>
        <translation>此匯出檔沒有資料：第 %1 行表示沒有資料</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the amounts name no currency and none was given: they are stored without one and never converted (import again with --currency CODE, or choose it in the import options, to give them one)</source>
        <translation>金額未註明幣別，也未指定幣別：這些金額將不帶幣別儲存，且永遠不會換算（若要為其指定幣別，請以 --currency CODE 重新匯入，或在匯入選項中選擇幣別）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write the workspace: %1</source>
        <translation>無法寫入工作區：%1</translation>
    </message>
    <message>
        <location filename="../../core/importing/importresult.cpp" line="+76"/>
        <source>%1: imported %2 %3 rows (source &apos;%4&apos;)</source>
        <translation>%1：已匯入 %2 列 %3 資料（來源「%4」）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> as a %1 export (%2% of its columns recognised)</source>
        <translation> 視為 %1 匯出檔（已辨識 %2% 的欄位）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, rejected %1</source>
        <translation>，%1 列遭拒絕</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, replaced %1 stored rows</source>
        <translation>，取代 %1 列已儲存的資料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unchanged (these bytes were imported before)</source>
        <translation>%1：未變更（相同內容先前已匯入）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cancelled, nothing imported</source>
        <translation>%1：已取消，未匯入任何資料</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refused, nothing imported</source>
        <translation>%1：已拒絕，未匯入任何資料</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, line %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, column &apos;%1&apos;</source>
        <translation>，欄位「%1」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
  ... and %1 more rejected rows</source>
        <translation>
  ……另有 %1 列遭拒絕</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
  ignored columns: </source>
        <translation>
  已忽略的欄位： </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
  stages counted as open: %1 (map a stage to won, lost or open with --stage &quot;STAGE=won&quot;)</source>
        <translation>
  視為進行中的階段：%1（以 --stage &quot;階段=won&quot; 將階段對應為 won、lost 或 open）</translation>
    </message>
    <message>
        <location filename="../../core/importing/preset.cpp" line="+101"/>
        <location line="+29"/>
        <source>preset %1 (%2): &apos;%3&apos; is not a column of %4 files</source>
        <translation>預設集 %1（%2）：「%3」不是 %4 檔案的欄位</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>preset %1 (%2): the product for &apos;%3&apos; needs two headers</source>
        <translation>預設集 %1（%2）：「%3」的乘積需要兩個欄位標題</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a preset needs an id, a title and a kind</source>
        <translation>預設集需要 id、標題與類型</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>preset %1: &apos;%2&apos; is not a column of %3 files</source>
        <translation>預設集 %1：「%2」不是 %3 檔案的欄位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preset %1: the product for &apos;%2&apos; needs two headers</source>
        <translation>預設集 %1：「%2」的乘積需要兩個欄位標題</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preset %1: the condition for &apos;%2&apos; needs value, when and is</source>
        <translation>預設 %1：「%2」的條件需要 value、when 與 is</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>cannot create %1</source>
        <translation>無法建立 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot save the preset: %1</source>
        <translation>無法儲存預設集：%1</translation>
    </message>
    <message>
        <location filename="../../core/importing/rowreader.cpp" line="-335"/>
        <source>unknown currency &apos;%1&apos;</source>
        <translation>未知的幣別「%1」</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is written with &apos;%2&apos;, which several currencies use (%3): pass the account&apos;s currency with --currency CODE (or choose it in the import options); nothing was imported</source>
        <translation>「%1」使用了「%2」，而多種幣別都使用此符號（%3）：請以 --currency CODE 指定帳戶的幣別（或在匯入選項中選擇）；未匯入任何資料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is written with &apos;%2&apos;, which cannot be the import currency %3 (it stands for %4): pass the account&apos;s currency with --currency CODE; nothing was imported</source>
        <translation>「%1」使用了「%2」，它不可能是匯入幣別 %3（它代表 %4）：請以 --currency CODE 指定帳戶的幣別；未匯入任何資料</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>not a duration: &apos;%1&apos;</source>
        <translation>不是有效的時間長度：「%1」</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a bounce rate over 100 %: &apos;%1&apos; (written as a share, &apos;12.5 %&apos; or &apos;0.125&apos;)</source>
        <translation>跳出率超過 100%：「%1」（應寫為比例，如「12.5 %」或「0.125」）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>negative %1</source>
        <translation>%1 為負值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>number too large: %1 × %2</source>
        <translation>數字過大：%1 × %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>number too large for one row: &apos;%1&apos; (at most %2)</source>
        <translation>單列的數字過大：「%1」（最多 %2）</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the period ends before it starts</source>
        <translation>期間的結束早於開始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period is longer than %1 days</source>
        <translation>期間超過 %1 天</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>line longer than %1 million characters: not read</source>
        <translation>此行超過 %1 百萬個字元：未讀取</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>expected %1 fields, found %2</source>
        <translation>應有 %1 個欄位，實際為 %2 個</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>bytes that are not valid %1 text</source>
        <translation>含有無效的 %1 文字位元組</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing required value</source>
        <translation>缺少必填值</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>negative count: &apos;%1&apos;</source>
        <translation>數量為負值：「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a whole number: &apos;%1&apos;</source>
        <translation>不是整數：「%1」</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>negative %1: &apos;%2&apos;</source>
        <translation>%1 為負值：「%2」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a micro-amount (a whole number of millionths, rounded to 10,000) as the other costs of this file are</source>
        <translation>「%1」不是微單位金額（以百萬分之一為單位、取整到 10,000 的整數），而此檔案中的其他費用都是</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>position must be greater than 0: &apos;%1&apos;</source>
        <translation>排名必須大於 0：「%1」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score must be a whole number from 0 to 10: &apos;%1&apos;</source>
        <translation>分數必須是 0 到 10 的整數：「%1」</translation>
    </message>
    <message>
        <location filename="../../core/importing/kind.cpp" line="+65"/>
        <source>Campaign data</source>
        <translation>行銷活動資料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Surveys</source>
        <translation>問卷</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expenses</source>
        <translation>費用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Touchpoints</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <location filename="../../core/store/rowstore.cpp" line="+362"/>
        <source>an earlier row of this file for the same day, channel and campaign has its amount in another currency, and amounts in two currencies cannot be added up: split the file by currency (or by source with --source)</source>
        <translation>此檔案中相同日期、管道與行銷活動的前一列金額使用了另一種幣別，而兩種幣別的金額無法相加：請依幣別分割檔案（或以 --source 依來源分割）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the sums of these rows are too large to be stored exactly</source>
        <translation>這些列的總和過大，無法精確儲存</translation>
    </message>
    <message>
        <location filename="../../core/importing/columnmapping.cpp" line="+95"/>
        <source>column names in %1</source>
        <translation>%1欄位名稱</translation>
    </message>
    <message>
        <location filename="../../core/importing/vocabulary.cpp" line="+103"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>波蘭語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>俄語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>土耳其語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>德語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>法語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>西班牙語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese (Brazil)</source>
        <translation>葡萄牙語（巴西）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese (Portugal)</source>
        <translation>葡萄牙語（葡萄牙）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>葡萄牙語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>義大利語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>烏克蘭語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>捷克語</translation>
    </message>
    <message>
        <location filename="../../core/money/ratesimporter.cpp" line="+9"/>
        <source>not an exchange rates file: expected the ECB&apos;s &quot;Date,USD,JPY,...&quot;, the NBP&apos;s &quot;data;1USD;1EUR;...&quot; or &quot;date,from,to,rate&quot;</source>
        <translation>不是匯率檔案：應為 ECB 的 &quot;Date,USD,JPY,...&quot;、NBP 的 &quot;data;1USD;1EUR;...&quot; 或 &quot;date,from,to,rate&quot; 格式</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>not a pair of different currency codes: &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>不是一組不同的幣別代碼：「%1」兌「%2」</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>not a rate greater than 0: &apos;%1&apos;</source>
        <translation>不是大於 0 的匯率：「%1」</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no exchange rates in this file</source>
        <translation>此檔案中沒有匯率</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../../core/kpi/kpicatalog.cpp" line="+16"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+54"/>
        <source>Impressions</source>
        <translation>曝光次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times your ads and posts were shown: the sum of impressions.</source>
        <translation>廣告與貼文的顯示次數：曝光次數的總和。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>觸及人數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People reached, as the platforms report it: the sum of reach.</source>
        <translation>平台回報的觸及人數：觸及人數的總和。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website traffic</source>
        <translation>網站流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits to your website: the sum of sessions.</source>
        <translation>網站的造訪次數：工作階段的總和。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organic traffic share</source>
        <translation>自然流量占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sessions that came from channels you do not pay for (not Paid, Ads, CPC, PPC, Display or Sponsored).</source>
        <translation>來自非付費管道的工作階段占比（管道名稱不含 Paid、Ads、CPC、PPC、Display 或 Sponsored）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand mentions</source>
        <translation>品牌提及次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times your brand was mentioned: the sum of mentions.</source>
        <translation>品牌被提及的次數：提及次數的總和。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New followers</source>
        <translation>新增追蹤者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers gained on social channels: the sum of new followers.</source>
        <translation>在社群管道獲得的追蹤者：新增追蹤者的總和。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per mille</source>
        <translation>每千次曝光成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a thousand impressions cost: spend ÷ impressions × 1000.</source>
        <translation>每千次曝光的費用：支出 ÷ 曝光次數 × 1000。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend</source>
        <translation>媒體支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ad platforms charged: the sum of cost.</source>
        <translation>廣告平台收取的費用：費用的總和。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click-through rate</source>
        <translation>點擊率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of impressions that got a click: clicks ÷ impressions.</source>
        <translation>獲得點擊的曝光占比：點擊次數 ÷ 曝光次數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per click</source>
        <translation>每次點擊成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What one click cost: spend ÷ clicks.</source>
        <translation>每次點擊的費用：支出 ÷ 點擊次數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce rate</source>
        <translation>跳出率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sessions that left after one page: bounces ÷ sessions.</source>
        <translation>只瀏覽一頁就離開的工作階段占比：跳出次數 ÷ 工作階段。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time on site</source>
        <translation>停留時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average engaged time per session, in seconds: engaged seconds ÷ sessions.</source>
        <translation>每個工作階段的平均互動時間（秒）：互動秒數 ÷ 工作階段。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages per session</source>
        <translation>每工作階段頁數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages seen per visit: pageviews ÷ sessions.</source>
        <translation>每次造訪瀏覽的頁數：瀏覽量 ÷ 工作階段。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagements</source>
        <translation>社群互動次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes + comments + shares.</source>
        <translation>按讚 + 留言 + 分享。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement rate</source>
        <translation>互動率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagements ÷ impressions, on the rows that report both.</source>
        <translation>社群互動次數 ÷ 曝光次數，僅計算兩者皆有回報的資料列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email open rate</source>
        <translation>電子郵件開信率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of delivered emails that were opened: opens ÷ delivered.</source>
        <translation>已送達郵件中被開啟的比例：開信數 ÷ 送達數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click-through rate</source>
        <translation>電子郵件點擊率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of delivered emails that got a click: email clicks ÷ delivered.</source>
        <translation>已送達郵件中獲得點擊的比例：郵件點擊數 ÷ 送達數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-to-open rate</source>
        <translation>開信點擊率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of opened emails that got a click: email clicks ÷ opens.</source>
        <translation>已開啟郵件中獲得點擊的比例：郵件點擊數 ÷ 開信數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe rate</source>
        <translation>取消訂閱率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of delivered emails that led to an unsubscribe: unsubscribes ÷ delivered.</source>
        <translation>已送達郵件中導致取消訂閱的比例：取消訂閱數 ÷ 送達數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click-through rate</source>
        <translation>CTA 點擊率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action clicked per pageview: CTA clicks ÷ pageviews.</source>
        <translation>每次瀏覽的行動呼籲點擊數：CTA 點擊數 ÷ 瀏覽量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landing page conversion rate</source>
        <translation>到達網頁轉換率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of landing page views that sent a form: form submissions ÷ landing page views.</source>
        <translation>到達網頁瀏覽中送出表單的比例：表單提交數 ÷ 到達網頁瀏覽量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New leads created in the period, from the CRM (or the platforms&apos; counts when no CRM leads were imported).</source>
        <translation>期間內新建立的潛在客戶，取自 CRM（若未匯入 CRM 潛在客戶，則採用平台的計數）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform-reported leads</source>
        <translation>平台回報潛在客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads as the ad platforms count them: the sum of leads.</source>
        <translation>廣告平台所計算的潛在客戶：潛在客戶數的總和。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor-to-lead rate</source>
        <translation>訪客轉潛在客戶率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads ÷ sessions.</source>
        <translation>潛在客戶 ÷ 工作階段。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per lead</source>
        <translation>每位潛在客戶成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ leads.</source>
        <translation>媒體支出 ÷ 潛在客戶。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>MQLs</source>
        <translation>MQL 數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that became marketing-qualified in the period.</source>
        <translation>期間內成為行銷合格潛在客戶（MQL）的潛在客戶。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SALs</source>
        <translation>SAL 數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that sales accepted in the period.</source>
        <translation>期間內經業務接受（SAL）的潛在客戶。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead → MQL rate</source>
        <translation>潛在客戶 → MQL 轉換率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads created in the period, the share that has reached MQL so far.</source>
        <translation>期間內建立的潛在客戶中，截至目前已達 MQL 的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL → SQL rate</source>
        <translation>MQL → SQL 轉換率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads that became MQL in the period, the share that has reached SQL.</source>
        <translation>期間內成為 MQL 的潛在客戶中，已達 SQL 的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per MQL</source>
        <translation>每個 MQL 成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ MQLs.</source>
        <translation>媒體支出 ÷ MQL 數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average lead score</source>
        <translation>平均潛在客戶評分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean score of the leads created in the period that have a score.</source>
        <translation>期間內建立且有評分的潛在客戶之平均分數。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+0"/>
        <source>SQLs</source>
        <translation>SQL 數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that became sales-qualified in the period.</source>
        <translation>期間內成為銷售合格潛在客戶（SQL）的潛在客戶。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL → customer rate</source>
        <translation>SQL → 客戶轉換率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads that became SQL in the period, the share that became customers.</source>
        <translation>期間內成為 SQL 的潛在客戶中，成為客戶的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities (SQOs)</source>
        <translation>商機（SQO）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals created in the period.</source>
        <translation>期間內建立的交易。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per opportunity</source>
        <translation>每個商機成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ opportunities.</source>
        <translation>媒體支出 ÷ 商機數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals won</source>
        <translation>成交交易數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals won with a close date in the period.</source>
        <translation>結案日期落在期間內的成交交易。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>成交率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won ÷ (won + lost), of the deals closed in the period.</source>
        <translation>成交數 ÷ (成交數 + 未成交數)，以期間內結案的交易計算。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue won</source>
        <translation>成交營收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts of the deals won in the period.</source>
        <translation>期間內成交交易的金額。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average deal size</source>
        <translation>平均交易規模</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue ÷ deals won in the period that have an amount.</source>
        <translation>營收 ÷ 期間內有金額的成交交易數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales cycle</source>
        <translation>銷售週期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean days from first touch to close, of the deals won in the period.</source>
        <translation>期間內成交的交易從首次接觸到結案的平均天數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pipeline</source>
        <translation>未結案銷售管線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts of deals created by the period&apos;s end and still open at its end.</source>
        <translation>在期末之前建立、且期末時仍未結案的交易金額。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales velocity (per day)</source>
        <translation>銷售速度（每日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities × win rate × average deal size ÷ sales cycle days.</source>
        <translation>商機數 × 成交率 × 平均交易規模 ÷ 銷售週期天數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead → customer rate</source>
        <translation>潛在客戶 → 客戶轉換率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads created in the period, the share that became customers.</source>
        <translation>期間內建立的潛在客戶中，成為客戶的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who started in the period (or deals won, when no customers were imported).</source>
        <translation>期間內開始合作的客戶（若未匯入客戶資料，則採用成交交易數）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing and sales cost</source>
        <translation>行銷與銷售成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend + other marketing and sales expenses.</source>
        <translation>媒體支出 + 其他行銷與銷售費用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer acquisition cost</source>
        <translation>客戶獲取成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing and sales cost ÷ new customers.</source>
        <translation>行銷與銷售成本 ÷ 新客戶數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing ROI</source>
        <translation>行銷 ROI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Revenue − marketing and sales cost) ÷ marketing and sales cost.</source>
        <translation>(營收 − 行銷與銷售成本) ÷ 行銷與銷售成本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active customers</source>
        <translation>活躍客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers active at the end of the period.</source>
        <translation>期末的活躍客戶。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer retention rate</source>
        <translation>客戶留存率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the customers active at the start, the share still active at the end.</source>
        <translation>期初活躍的客戶中，期末仍活躍的比例。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the customers active at the start, the share that churned in the period.</source>
        <translation>期初活躍的客戶中，於期間內流失的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly recurring revenue</source>
        <translation>每月經常性營收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MRR of the customers active at the end of the period.</source>
        <translation>期末活躍客戶的 MRR。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average revenue per account</source>
        <translation>每帳戶平均營收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRR ÷ active customers with a known MRR.</source>
        <translation>MRR ÷ 已知 MRR 的活躍客戶數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARPA ÷ monthly churn (churn rate × 30.4375 ÷ days in the period).</source>
        <translation>ARPA ÷ 每月流失率 (流失率 × 30.4375 ÷ 期間天數)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTV : CAC</source>
        <translation>LTV : CAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value ÷ customer acquisition cost.</source>
        <translation>客戶終身價值 ÷ 客戶獲取成本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score</source>
        <translation>淨推薦值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Promoters 9–10 − detractors 0–6) ÷ responses × 100.</source>
        <translation>(推薦者 9–10 分 − 批評者 0–6 分) ÷ 回覆數 × 100。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey responses</source>
        <translation>問卷回覆數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers dated in the period.</source>
        <translation>日期落在期間內的問卷回覆。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Awareness</source>
        <translation>認知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement</source>
        <translation>互動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead generation</source>
        <translation>潛在客戶開發</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <translation>銷售</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyalty</source>
        <translation>忠誠度</translation>
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
        <translation>合計</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 (previous: %2, change %3)</source>
        <translation>%1（前期：%2，變化 %3）</translation>
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
        <translation>所有列合計</translation>
    </message>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-706"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="-2"/>
        <source>Clicks</source>
        <translation>點擊次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other expenses</source>
        <translation>其他費用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals lost</source>
        <translation>失敗交易</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>Sessions</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities</source>
        <translation>商機</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won deals</source>
        <translation>成交交易</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/kpi/kpicaveat.cpp" line="+26"/>
        <source>small sample: %n answer(s)</source>
        <translation>
            <numerusform>樣本較少：僅 %n 則回覆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n customer(s)</source>
        <translation>
            <numerusform>樣本較少：僅 %n 位客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n impression(s)</source>
        <translation>
            <numerusform>樣本較少：僅 %n 次曝光</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n e-mail(s) delivered</source>
        <translation>
            <numerusform>樣本較少：僅 %n 封已送達的電子郵件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n open(s)</source>
        <translation>
            <numerusform>樣本較少：僅 %n 次開信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n page view(s)</source>
        <translation>
            <numerusform>樣本較少：僅 %n 次網頁瀏覽</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n landing page view(s)</source>
        <translation>
            <numerusform>樣本較少：僅 %n 次到達網頁瀏覽</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n lead(s)</source>
        <translation>
            <numerusform>樣本較少：僅 %n 位潛在客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n MQL(s)</source>
        <translation>
            <numerusform>樣本較少：僅 %n 個 MQL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n SQL(s)</source>
        <translation>
            <numerusform>樣本較少：僅 %n 個 SQL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n closed deal(s)</source>
        <translation>
            <numerusform>樣本較少：僅 %n 筆已結案交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n session(s)</source>
        <translation>
            <numerusform>樣本較少：僅 %n 個工作階段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>still maturing: its leads need %n day(s)</source>
        <translation>
            <numerusform>尚未成熟：其潛在客戶需滿 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiinputs.cpp" line="+167"/>
        <source>Import your own CSV with %1 to see this.</source>
        <translation>匯入包含 %1 的自有 CSV 檔案即可查看此項。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a file from %1 or your own CSV with %2 to see this.</source>
        <translation>匯入來自 %1 的檔案，或包含 %2 的自有 CSV 檔案，即可查看此項。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/datapage.cpp" line="+28"/>
        <source>Delete import of %1</source>
        <translation>刪除 %1 的匯入</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete import</source>
        <translation>刪除匯入</translation>
    </message>
    <message>
        <location filename="../../ui/goalspage.cpp" line="+95"/>
        <source>&lt;h3&gt;S — Goals&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;S — 目標&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h3&gt;M — Data quality&lt;/h3&gt;&lt;p&gt;%1 gap(s), %2 rejected rows, %3 channel(s) where platform and CRM leads disagree.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;M — 資料品質&lt;/h3&gt;&lt;p&gt;%1 個缺漏、%2 列遭拒絕、%3 個管道的平台與 CRM 潛在客戶數不一致。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;A — Anomalies&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;A — 異常&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;h3&gt;R — Status changes&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;R — 狀態變更&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h3&gt;T — Recommended actions&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;T — 建議行動&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../ui/readonly.h" line="+16"/>
        <source>Read-only workspace</source>
        <translation>唯讀工作區</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace is open read-only. To change it, copy the file to a folder you can write to and open the copy.</source>
        <translation>此工作區以唯讀方式開啟。若要變更，請將檔案複製到您可寫入的資料夾，再開啟該副本。</translation>
    </message>
</context>
<context>
    <name>RecentWorkspaces</name>
    <message>
        <location filename="../../core/store/recentworkspaces.cpp" line="+53"/>
        <source>Funnelscope workspaces (*.funnelscope)</source>
        <translation>Funnelscope 工作區 (*.funnelscope)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Funnelscope workspaces (*.funnelscope *.db)</source>
        <translation>Funnelscope 工作區 (*.funnelscope *.db)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+132"/>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="+173"/>
        <source>ahead of plan</source>
        <translation>超前計畫</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>behind plan</source>
        <translation>落後計畫</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on plan</source>
        <translation>符合計畫</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 個百分點</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Now %1, plan %2: %3 (%4), %5.</source>
        <translation>目前 %1，計畫 %2：%3（%4），%5。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 for %2 · owner %3 · reviewed %4 · serves: %5</source>
        <translation>%1（%2）· 負責人：%3 · %4回顧 · 對應：%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target %1 in total from %2 to %3 (baseline period at the same pace: %4).</source>
        <translation>目標值：%2 至 %3 期間合計 %1（基準期間以相同步調計：%4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline %1 on %2 → target %3 by %4.</source>
        <translation>基準值 %1（%2）→ 目標值 %3（截至 %4）。</translation>
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
        <translation>衡量截至 %1；目前值為最近一個完整週期（%2 – %3）的值。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now %1.</source>
        <translation>目前 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forecast at the deadline %1.</source>
        <translation>截止日期的預測值：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1 (progress %2 of the %3 expected by now).</source>
        <translation>狀態：%1（進度 %2，依計畫此時應達 %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1.</source>
        <translation>狀態：%1。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Target %1</source>
        <translation>目標值 %1</translation>
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
        <translation>計畫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+359"/>
        <source>same</source>
        <translation>持平</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>better</source>
        <translation>較佳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse</source>
        <translation>較差</translation>
    </message>
    <message>
        <location filename="../../core/report/reportparts.cpp" line="+46"/>
        <source>all channels and campaigns</source>
        <translation>所有管道與行銷活動</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+157"/>
        <location line="+614"/>
        <source>cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <location line="-595"/>
        <source>%1 · %2 · data up to %3</source>
        <translation>%1 · %2 · 資料截至 %3</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Compared with %1 – %2.</source>
        <translation>比較期間：%1 – %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filters: %1.</source>
        <translation>篩選條件：%1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prepared %1 with Funnelscope.</source>
        <translation>由 Funnelscope 於 %1 製作。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMART review: Select the KPIs that matter, Measure them accurately, Analyse for insight, Review on a rhythm, Take action.</source>
        <translation>SMART 回顧：選定（Select）重要的 KPI、準確衡量（Measure）、分析（Analyse）以取得洞察、定期回顧（Review）、採取行動（Take action）。</translation>
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
        <translation>執行摘要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals and their pace</source>
        <translation>目標及其步調</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data quality</source>
        <translation>資料品質</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes on the data</source>
        <translation>資料備註</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trends and anomalies</source>
        <translation>趨勢與異常</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What moved</source>
        <translation>變動因素</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the last review</source>
        <translation>自上次回顧以來的變化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended actions and decisions</source>
        <translation>建議行動與決策</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appendix: KPI definitions</source>
        <translation>附錄：KPI 定義</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+7"/>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals, as of %1</source>
        <translation>目標（截至 %1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No goals are set for this workspace yet.</source>
        <translation>此工作區尚未設定任何目標。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+370"/>
        <source>Goal</source>
        <translation>目標</translation>
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
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="-1"/>
        <location filename="../../core/report/reportwriter.cpp" line="-304"/>
        <source>Target</source>
        <translation>目標值</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+1"/>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>預期進度</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+436"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Headline KPIs</source>
        <translation>重點 KPI</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+28"/>
        <source>Stage</source>
        <translation>階段</translation>
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
        <translation>前期</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+28"/>
        <location line="+245"/>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>S — Select: the goals and the KPIs that matter</source>
        <translation>S — 選定：重要的目標與 KPI</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="-2"/>
        <source>Actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+10"/>
        <source>No goals yet: choose pipeline and revenue KPIs, not vanity metrics, and set a target for each.</source>
        <translation>尚無目標：請選擇銷售管線與營收類 KPI，而非虛榮指標，並為每個 KPI 設定目標值。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Rejected rows across %1 imports: %2; the import log keeps the line and reason of each.</source>
        <translation>%1 次匯入中遭拒絕的列：%2；匯入紀錄保留了每一列的行號與原因。</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>No anomalies in this review&apos;s period: every period is within the range of its trailing history.</source>
        <translation>本次回顧的期間內沒有異常：每一期都在其先前歷史資料的範圍內。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anomalies in this review&apos;s period (circled): %1.</source>
        <translation>本次回顧期間內的異常（已圈出）：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For context, earlier anomalies (circled, before this review&apos;s period): %1.</source>
        <translation>供參考的較早異常（已圈出，位於本次回顧期間之前）：%1。</translation>
    </message>
    <message>
        <location line="+160"/>
        <location filename="../../ui/goalspage.cpp" line="+81"/>
        <source>for the goal %1</source>
        <translation>針對目標 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/goalspage.cpp" line="+9"/>
        <source>answers: %1</source>
        <translation>回應：%1</translation>
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
        <translation>M — 衡量：資料是否完整可信？</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>%1 rose %2 to %3 (from %4).</source>
        <translation>%1 上升 %2，達到 %3（先前為 %4）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 fell %2 to %3 (from %4).</source>
        <translation>%1 下降 %2，降至 %3（先前為 %4）。</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>All %n goal(s) are on track or not yet started.</source>
        <translation>
            <numerusform>全部 %n 個目標皆進度正常或尚未開始。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 goals need attention: %3.</source>
        <translation>%2 個目標中有 %1 個需要關注：%3。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The largest anomaly: %1 in the period from %2 was %3 against a usual %4 (see the trend charts).</source>
        <translation>最大的異常：%1 在自 %2 起的期間為 %3，通常為 %4（見趨勢圖）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>We decided: %1.</source>
        <translation>我們決定：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended next: %1</source>
        <translation>建議的下一步：%1</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows in the period</source>
        <translation>期間內列數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freshest date</source>
        <translation>最新日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gaps: every channel that reports daily has data for every day of the period.</source>
        <translation>缺漏：每個逐日回報的管道，在期間內每一天都有資料。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Includes totals spread evenly over %1 – %2 (%3): a report without a day breakdown, so its days hold equal shares.</source>
        <translation>包含平均分攤到 %1 – %2 的總計（%3）：這是沒有逐日明細的報表，因此各日為相等的份額。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Leads as the ad platforms reported them and as the CRM recorded them agree within 20% on every channel that has both:</source>
        <translation>在同時具有兩種資料的每個管道上，廣告平台回報與 CRM 記錄的潛在客戶數差異均在 20% 以內：</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Leads as the ad platforms reported them and as the CRM recorded them; %n channel(s) differ by more than 20%:</source>
        <translation>
            <numerusform>廣告平台回報與 CRM 記錄的潛在客戶數，有 %n 個管道差異超過 20%：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+30"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+4"/>
        <source>Platform-reported leads</source>
        <translation>平台回報潛在客戶</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>CRM leads</source>
        <translation>CRM 潛在客戶</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Analytics key events</source>
        <translation>網站分析重要事件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A — Analyse: trends, anomalies and what moved</source>
        <translation>A — 分析：趨勢、異常與變動因素</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before this period</source>
        <translation>本期之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all channels</source>
        <translation>所有管道</translation>
    </message>
    <message>
        <location line="-14"/>
        <location filename="../../ui/goalspage.cpp" line="+24"/>
        <source>Notes on the data (numbered as on the charts)</source>
        <translation>資料備註（編號與圖表一致）</translation>
    </message>
    <message>
        <location line="-465"/>
        <source>The data reaches only %1 (%2 of the period&apos;s %3 days): the changes in this report compare part of this period with the whole previous one.</source>
        <translation>資料僅截至 %1（本期 %3 天中的 %2 天）：本報告中的變化是將本期的一部分與上一期的全部進行比較。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>It moved most in the channel %1 (%2 → %3).</source>
        <translation>變化最大的是管道 %1（%2 → %3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It moved most in the campaign %1 (%2 → %3).</source>
        <translation>變化最大的是行銷活動 %1（%2 → %3）。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 · data up to %2</source>
        <translation>%1 · 資料截至 %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Comment:</source>
        <translation>點評：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment from %1:</source>
        <translation>%1 的點評：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Data as of %1</source>
        <translation>資料截至 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prepared by %1</source>
        <translation>由 %1 編製</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared for %1</source>
        <translation>為 %1 編製</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by %1 for %2</source>
        <translation>由 %1 為 %2 編製</translation>
    </message>
    <message>
        <location line="+96"/>
        <source> (better)</source>
        <translation> （較佳）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (worse)</source>
        <translation> （較差）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your own KPIs</source>
        <translation>自訂 KPI</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the period from %1 (%2, usually %3)</source>
        <translation>自 %1 起的期間（%2，通常為 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2, trailing periods</source>
        <translation>%1 — %2，過去各期走勢</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Helped most</source>
        <translation>貢獻最大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back most</source>
        <translation>拖累最大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved most</source>
        <translation>變動最大</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What moved %1 (%2) since the previous period</source>
        <translation>自前期以來影響 %1（%2）的因素</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dimension</source>
        <translation>維度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The funnel (bar widths on a log scale)</source>
        <translation>漏斗（長條寬度採對數刻度）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversion from the step above</source>
        <translation>自上一步驟的轉換率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The step that changed most: %1 → %2, %3%4 percentage points.</source>
        <translation>變化最大的步驟：%1 → %2，%3%4 個百分點。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R — Review: what changed since the last review</source>
        <translation>R — 回顧：自上次回顧以來的變化</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous review: %1 (to %2).</source>
        <translation>上次回顧：%1（截至 %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the first review of this workspace.</source>
        <translation>這是此工作區的第一次回顧。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No goal changed status.</source>
        <translation>沒有任何目標的狀態發生變化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was</source>
        <translation>原狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is</source>
        <translation>現狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals met: %1.</source>
        <translation>已達成的目標：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals missed: %1.</source>
        <translation>未達成的目標：%1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actions due</source>
        <translation>到期的行動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>行動</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Owner</source>
        <translation>負責人</translation>
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
        <translation>T — 採取行動：下一步該做什麼</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No rule of the action table fired: no KPI moved enough in the wrong direction.</source>
        <translation>行動規則表中沒有任何規則被觸發：沒有 KPI 朝不利方向出現足夠大的變動。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the data shows</source>
        <translation>資料顯示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommended action</source>
        <translation>建議行動</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../ui/goalspage.cpp" line="-41"/>
        <source>Decisions and open actions</source>
        <translation>決策與未完成的行動</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/goalspage.cpp" line="+3"/>
        <source>None recorded yet.</source>
        <translation>尚無任何紀錄。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>決策</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appendix: how each KPI is computed</source>
        <translation>附錄：各項 KPI 的計算方式</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>higher</source>
        <translation>較高</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>lower</source>
        <translation>較低</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Your own KPI: %1.</source>
        <translation>自訂 KPI：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither</source>
        <translation>中性</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Better</source>
        <translation>較佳方向</translation>
    </message>
    <message>
        <location filename="../../ui/goalspage.cpp" line="-22"/>
        <source>earlier, for context</source>
        <translation>較早，供參考</translation>
    </message>
    <message>
        <location filename="../../core/report/companylogo.cpp" line="+51"/>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 KB: a logo may be at most %3 KB (save it smaller, or as SVG)</source>
        <translation>%1 為 %2 KB：標誌最大為 %3 KB（請另存為較小的檔案，或存為 SVG）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an image Funnelscope can read: choose a PNG, JPEG or SVG file</source>
        <translation>%1 不是 Funnelscope 能讀取的圖片：請選擇 PNG、JPEG 或 SVG 檔案</translation>
    </message>
</context>
<context>
    <name>RowDrill</name>
    <message>
        <location filename="../../core/store/rowdrill.cpp" line="+89"/>
        <source>Impressions</source>
        <translation>曝光次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>觸及人數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>點擊次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounces</source>
        <translation>跳出次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pageviews</source>
        <translation>瀏覽量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged seconds</source>
        <translation>互動秒數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landing page views</source>
        <translation>到達網頁瀏覽量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form submissions</source>
        <translation>表單提交數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA clicks</source>
        <translation>CTA 點擊數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation>按讚數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>留言數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>分享數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New followers</source>
        <translation>新增追蹤者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>提及次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails sent</source>
        <translation>已寄送郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails delivered</source>
        <translation>已送達郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails opened</source>
        <translation>已開啟郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email clicks</source>
        <translation>郵件點擊數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribes</source>
        <translation>取消訂閱數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform leads</source>
        <translation>平台潛在客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Lead</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Created</source>
        <translation>建立日期</translation>
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
        <translation>成為客戶日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead score</source>
        <translation>潛在客戶評分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First touch</source>
        <translation>首次接觸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close date</source>
        <translation>結案日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal amount</source>
        <translation>交易金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Start</source>
        <translation>開始日期</translation>
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
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>Expense</source>
        <translation>費用</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent</source>
        <translation>受訪者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign row</source>
        <translation>行銷活動資料列</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Survey answer</source>
        <translation>問卷回覆</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>unknown KPI %1 (funnelscope-cli kpis --list names them)</source>
        <translation>未知的 KPI %1（funnelscope-cli kpis --list 會列出所有 KPI）</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>not recorded (imported before this version)</source>
        <translation>未記錄（於此版本之前匯入）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (and 1 more line of the file merged into this row)</source>
        <translation>%1（另有檔案中的 1 行合併至此列）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (and %2 more lines of the file merged into this row)</source>
        <translation>%1（另有檔案中的 %2 行合併至此列）</translation>
    </message>
</context>
<context>
    <name>SmartCheck</name>
    <message>
        <location filename="../../core/goals/smartcheck.cpp" line="+74"/>
        <source>Specific: choose the KPI this goal moves.</source>
        <translation>具體：請選擇此目標要推動的 KPI。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Specific: %1 across all channels and campaigns.</source>
        <translation>具體：%1，涵蓋所有管道與行銷活動。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific: %1 for %2.</source>
        <translation>具體：%1，範圍為 %2。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Measurable: set a numeric target.</source>
        <translation>可衡量：請設定數值目標。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measurable: the baseline period holds no whole %1 period; choose one that covers at least one, so that the baseline is measured over the same length as the goal.</source>
        <translation>可衡量：基準期間不包含任何完整的回顧週期（%1）；請選擇至少涵蓋一個完整週期的基準期間，使基準值與目標以相同時長衡量。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measurable: there is no data for %1 in this scope; import the files it needs first.</source>
        <translation>可衡量：此範圍內沒有 %1 的資料；請先匯入所需的檔案。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measurable: target %1; the baseline is %2.</source>
        <translation>可衡量：目標值 %1；基準值為 %2。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>needs %1 in %2 days</source>
        <translation>需在 %2 天內達成 %1 的變化</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; there is not enough history to compare with.</source>
        <translation>可達成：%1；歷史資料不足，無法比較。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; your history has changes like that — realistic.</source>
        <translation>可達成：%1；歷史資料中曾有類似幅度的變化——切合實際。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; the best %2-day change in your history is %3 — a stretch.</source>
        <translation>可達成：%1；歷史資料中最佳的 %2 天變化為 %3——具挑戰性。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Achievable: %1; the best %2-day change in your history is %3 — unrealistic.</source>
        <translation>可達成：%1；歷史資料中最佳的 %2 天變化為 %3——不切實際。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Achievable: set a target to compare with your history.</source>
        <translation>可達成：請設定目標值，以便與歷史資料比較。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Achievable: no baseline to measure the change against.</source>
        <translation>可達成：沒有可用來衡量變化的基準值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relevant: write the business objective this goal serves.</source>
        <translation>相關：請填寫此目標對應的業務目標。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relevant: %1 is an awareness metric; make sure it is tied to a lead or revenue goal.</source>
        <translation>相關：%1 屬於認知指標；請確保它與潛在客戶或營收目標相連結。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relevant: serves “%1”.</source>
        <translation>相關：對應「%1」。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time-bound: the deadline must come after the start.</source>
        <translation>有時限：截止日期必須晚於開始日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time-bound: %1 days, reviewed %2.</source>
        <translation>有時限：%1 天，回顧頻率：%2。</translation>
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
        <translation>週（起始日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarter starting</source>
        <translation>季（起始日）</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../ui/userguide.cpp" line="+26"/>
        <location line="+23"/>
        <source>a count</source>
        <translation>計數</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>money, in the reporting currency</source>
        <translation>金額（以報表幣別計）</translation>
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
        <translation>數值</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>a score from −100 to 100</source>
        <translation>−100 到 100 的分數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>money per day</source>
        <translation>每日金額</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a ratio (x : 1)</source>
        <translation>比率（x : 1）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no shipped export has these columns: import your own file with them (&lt;a href=&quot;guide:export-generic-csv&quot;&gt;your own CSV&lt;/a&gt;)</source>
        <translation>內建的匯出格式都不含這些欄位：請匯入包含這些欄位的自有檔案（&lt;a href=&quot;guide:export-generic-csv&quot;&gt;自有 CSV&lt;/a&gt;）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, or &lt;a href=&quot;guide:export-generic-csv&quot;&gt;your own CSV&lt;/a&gt; with these columns</source>
        <translation>%1，或包含這些欄位的&lt;a href=&quot;guide:export-generic-csv&quot;&gt;自有 CSV&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when none of those were imported, %1</source>
        <translation>若未匯入上述任何資料，則為 %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+158"/>
        <source>KPI glossary</source>
        <translation>KPI 詞彙表</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Every KPI Funnelscope computes, by funnel stage: what it means, its unit, which way is better, and which exports fill it. Press F1 on a card or a table cell to come here.</source>
        <translation>Funnelscope 計算的每項 KPI，依漏斗階段列出：含義、單位、哪個方向較佳，以及由哪些匯出檔提供資料。在卡片或表格儲存格上按 F1 即可前往此處。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+29"/>
        <source>Unit: %1.</source>
        <translation>單位：%1。</translation>
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
        <translation>隨時間累加：目標設定的是總量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A level: a goal sets the level to reach.</source>
        <translation>水準值：目標設定的是要達到的水準。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id in formulas and the command line: %1.</source>
        <translation>在公式與命令列中的 ID：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computed from:</source>
        <translation>計算依據：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own KPIs</source>
        <translation>自訂 KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace has none yet. Edit → Custom KPIs… adds a formula over the KPIs above, such as revenue ÷ leads.</source>
        <translation>此工作區尚無自訂 KPI。透過「編輯 → 自訂 KPI…」即可根據上述 KPI 新增公式，例如 營收 ÷ 潛在客戶。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own KPI: %1.</source>
        <translation>自訂 KPI：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither higher nor lower is better.</source>
        <translation>高低並無好壞之分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown with %1.</source>
        <translation>顯示於 %1 分組中。</translation>
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
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The menu commands that have a shortcut, as this window has them.</source>
        <translation>具有快速鍵的選單指令（以此視窗中的設定為準）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>指令</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On the dashboard</source>
        <translation>在儀表板上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between the filters, the cards and the tables.</source>
        <translation>在篩選器、卡片與表格之間移動。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 on a card or a table cell</source>
        <translation>在卡片或表格儲存格上按 F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this guide at that KPI&apos;s entry in the glossary.</source>
        <translation>在本指南的詞彙表中開啟該 KPI 的條目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+F1 on a card</source>
        <translation>在卡片上按 Shift+F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the card&apos;s definition beside it.</source>
        <translation>在卡片旁顯示其定義。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on a card</source>
        <translation>在卡片上按 Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the stored rows behind its value.</source>
        <translation>顯示其數值背後的已儲存資料列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key on a card</source>
        <translation>在卡片上按選單鍵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The card&apos;s commands (Show rows).</source>
        <translation>卡片的指令（顯示資料列）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+61"/>
        <source>How to export from each tool</source>
        <translation>如何從各工具匯出</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>For each tool: where the export is in its menus, which report, which columns and which dates, then what Funnelscope reads from the file. Import the file with File → Import files… or drop it on the window.</source>
        <translation>針對每個工具：匯出功能在其選單中的位置、選擇哪個報表、哪些欄位與日期，以及 Funnelscope 會從檔案中讀取哪些內容。透過「檔案 → 匯入檔案…」匯入檔案，或將檔案拖放到視窗中。</translation>
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
        <translation>Funnelscope 從中讀取的內容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, as %2.</source>
        <translation>%1，讀取為 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its rows count as the channel %1.</source>
        <translation>其資料列計為管道 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The KPIs it fills (alone or with other files):</source>
        <translation>它提供資料的 KPI（單獨或與其他檔案搭配）：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Getting started</source>
        <translation>入門</translation>
    </message>
</context>
<context>
    <name>ViewStore</name>
    <message>
        <location filename="../../core/store/viewstore.cpp" line="+39"/>
        <source>a view needs a name</source>
        <translation>檢視需要名稱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace is read-only</source>
        <translation>工作區為唯讀</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="+119"/>
        <source>the workspace schema has no table %1</source>
        <translation>工作區結構描述中沒有資料表 %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot copy into %1: it already holds workspace data (table %2 is not empty); copy into a new workspace file or an empty database</source>
        <translation>無法複製到 %1：其中已有工作區資料（資料表 %2 不是空的）；請複製到新的工作區檔案或空的資料庫</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot copy from %1: there is no such workspace file</source>
        <translation>無法從 %1 複製：該工作區檔案不存在</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+112"/>
        <location filename="../../core/store/workspace.cpp" line="+289"/>
        <source>cannot read workspace %1: %2</source>
        <translation>無法讀取工作區 %1：%2</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+13"/>
        <location line="+321"/>
        <location line="+19"/>
        <source>cannot read table %1 of %2: %3</source>
        <translation>無法讀取 %2 的資料表 %1：%3</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>binary data</source>
        <translation>二進位資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+357"/>
        <source>cannot copy from %1: table %2, row %3, column %4 holds &apos;%5&apos;, which is not a %6</source>
        <translation>無法從 %1 複製：資料表 %2 第 %3 列的欄位 %4 值為「%5」，不是 %6</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>cannot copy into %1: it is not a file</source>
        <translation>無法複製到 %1：它不是檔案</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+56"/>
        <source>cannot write workspace %1: %2</source>
        <translation>無法寫入工作區 %1：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+393"/>
        <source>cannot write table %1 of %2: %3</source>
        <translation>無法寫入 %2 的資料表 %1：%3</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1 does not have the workspace schema: column %2.%3 is %4, not %5</source>
        <translation>%1 不符合工作區結構描述：欄位 %2.%3 為 %4，而非 %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/teamworkspace.cpp" line="+85"/>
        <source>%1 holds no workspace yet: copy one into it with funnelscope-cli copy --from FILE --to %1</source>
        <translation>%1 尚無工作區：請用 funnelscope-cli copy --from 檔案 --to %1 複製一個進去</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="+376"/>
        <source>%1 holds a workspace of schema %2; this version of Funnelscope reads schema %3</source>
        <translation>%1 中的工作區為結構描述 %2；此版本的 Funnelscope 讀取結構描述 %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-297"/>
        <location line="+171"/>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>you may read %1 but not change it: your PostgreSQL role is a viewer&apos;s; ask the workspace&apos;s admin for the editor role (see the README, &quot;Team workspace&quot;)</source>
        <translation>您可以讀取 %1，但不能變更：您的 PostgreSQL 角色是檢視者；請向工作區管理員申請編輯者角色（見 README 的「Team workspace」）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot create the folder %1 for the copy of %2</source>
        <translation>無法為 %2 的副本建立資料夾 %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+49"/>
        <source>cannot write the copy of %1 into %2</source>
        <translation>無法將 %1 的副本寫入 %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+12"/>
        <source>cannot lock %1 for a change: %2</source>
        <translation>無法為變更鎖定 %1：%2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>waiting for another change to %1 to finish…</source>
        <translation>正在等待 %1 的另一項變更完成…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for %1&apos;s change to %2 to finish…</source>
        <translation>正在等待 %1 對 %2 的變更完成…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot finish the change to %1: its work file %2 is still in use</source>
        <translation>無法完成對 %1 的變更：其工作檔案 %2 仍在使用中</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-163"/>
        <source>cannot copy from %1: the database holds no Funnelscope workspace</source>
        <translation>無法從 %1 複製：該資料庫中沒有 Funnelscope 工作區</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot copy from %1: its workspace has schema %2 and this Funnelscope reads schema %3</source>
        <translation>無法從 %1 複製：其工作區為結構描述 %2，而此版本的 Funnelscope 讀取的是結構描述 %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot read table %1 of %2: row %3 has too few fields</source>
        <translation>無法讀取 %2 的資料表 %1：第 %3 列的欄位過少</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot read table %1 of %2: row %3 has more fields than the table&apos;s columns</source>
        <translation>無法讀取 %2 的資料表 %1：第 %3 列的欄位多於資料表的欄數</translation>
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
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>copy moves a workspace between a file and a PostgreSQL database: one of %1 and %2 must be a postgresql:// URL (copy a workspace file as any file)</source>
        <translation>copy 用於在檔案與 PostgreSQL 資料庫之間搬移工作區：%1 與 %2 其中之一必須是 postgresql:// URL（工作區檔案之間請像一般檔案一樣直接複製）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot copy %1 onto itself</source>
        <translation>無法將 %1 複製到其本身</translation>
    </message>
    <message>
        <location filename="../../core/store/workspace.cpp" line="+4"/>
        <source>%1 is not a Funnelscope workspace (not a SQLite database file)</source>
        <translation>%1 不是 Funnelscope 工作區（不是 SQLite 資料庫檔案）</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/pgschema.cpp" line="+190"/>
        <location filename="../../core/store/postgres/teamworkspace.cpp" line="-179"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-507"/>
        <location line="+95"/>
        <location line="+152"/>
        <location line="+139"/>
        <source>cannot read the schema of %1: %2</source>
        <translation>無法讀取 %1 的結構描述：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/store/workspace.cpp" line="+13"/>
        <source>%1 was written by a newer Funnelscope (schema %2, this one reads up to %3); please update Funnelscope</source>
        <translation>%1 是由較新版本的 Funnelscope 寫入（結構描述 %2，此版本最高只能讀取 %3）；請更新 Funnelscope</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>cannot bring %1 to schema %2: %3</source>
        <translation>無法將 %1 升級至結構描述 %2：%3</translation>
    </message>
    <message>
        <location filename="../../core/store/workspace.cpp" line="+9"/>
        <source>%1 is a SQLite database of another program, not a Funnelscope workspace</source>
        <translation>%1 是其他程式的 SQLite 資料庫，不是 Funnelscope 工作區</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: it is cut short (%2 of %3 bytes); open a backup copy</source>
        <translation>%1 已損毀：檔案不完整（%3 位元組中僅有 %2 位元組）；請開啟備份副本</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+19"/>
        <source>cannot open workspace %1: %2</source>
        <translation>無法開啟工作區 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open workspace %1: the file or its folder is read-only, and Funnelscope writes to the workspace and next to it while it is open (copy it to a folder you can write to); nothing was changed</source>
        <translation>無法開啟工作區 %1：此檔案或其所在資料夾為唯讀，而 Funnelscope 在工作區開啟期間會寫入工作區及其所在位置（請將它複製到可寫入的資料夾）；未做任何變更</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a Funnelscope workspace: %2</source>
        <translation>%1 不是 Funnelscope 工作區：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot back up %1 before upgrading it: %2</source>
        <translation>升級前無法備份 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open workspace %1 read-only: there is no such file</source>
        <translation>無法以唯讀方式開啟工作區 %1：檔案不存在</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot open workspace %1 read-only: %2</source>
        <translation>無法以唯讀方式開啟工作區 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written by an older Funnelscope and must be upgraded before it can be read, which needs write access: copy it to a folder you can write to</source>
        <translation>%1 由較舊版本的 Funnelscope 寫入，必須先升級才能讀取，而升級需要寫入權限：請將它複製到您可寫入的資料夾</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 was written by a newer Funnelscope (schema %2); please update</source>
        <translation>%1 是由較新版本的 Funnelscope 寫入（結構描述 %2）；請更新</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <location line="+17"/>
        <location line="+3"/>
        <source>cannot upgrade workspace %1: %2</source>
        <translation>無法升級工作區 %1：%2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>cannot upgrade workspace %1 to schema %2: %3</source>
        <translation>無法將工作區 %1 升級至結構描述 %2：%3</translation>
    </message>
    <message>
        <location filename="../../core/store/campaignrollup.cpp" line="+263"/>
        <location line="+37"/>
        <source>the sums of the campaign rows are too large to be stored exactly</source>
        <translation>活動列的總和過大，無法精確儲存</translation>
    </message>
    <message>
        <location filename="../../core/store/readsnapshot.cpp" line="+22"/>
        <source>the workspace is not open</source>
        <translation>工作區未開啟</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>a total is too large to be computed exactly (integer overflow)</source>
        <translation>總計過大，無法精確計算（整數溢位）</translation>
    </message>
    <message>
        <location filename="../../core/channels/channeltaxonomy.cpp" line="+148"/>
        <source>a channel alias needs a name</source>
        <translation>管道別名需要名稱</translation>
    </message>
    <message>
        <location filename="../../core/goals/goalstore.cpp" line="-41"/>
        <source>no review %1</source>
        <translation>沒有回顧 %1</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/pgconnection.cpp" line="+23"/>
        <source>%1 is not a PostgreSQL URL: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 不是 PostgreSQL URL：請寫成 postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a password does not belong in the URL (it would be stored in shell history and settings); put it in ~/.pgpass or PGPASSWORD</source>
        <translation>%1：密碼不應寫在 URL 中（否則會被儲存到 shell 歷程記錄與設定中）；請將其放在 ~/.pgpass 或 PGPASSWORD 中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 names no database: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 未指定資料庫：請寫成 postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <source>cannot connect to %1: %2</source>
        <translation>無法連線至 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/teamlistener.cpp" line="+30"/>
        <source>cannot hear changes to %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>無法接收 %1 的變更通知：未安裝 Qt 的 PostgreSQL 驅動程式（QPSQL）</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>cannot hear changes to %1: %2</source>
        <translation>無法接收 %1 的變更通知：%2</translation>
    </message>
</context>
<context>
    <name>funnelscope</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="+876"/>
        <source>the formula does not parse</source>
        <translation>無法解析公式</translation>
    </message>
</context>
<context>
    <name>funnelscope::AnnotatedChart</name>
    <message>
        <location filename="../../ui/annotatedchart.cpp" line="+105"/>
        <source>Add annotation…</source>
        <translation>新增註解…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove annotation “%1”</source>
        <translation>移除註解「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotations…</source>
        <translation>註解…</translation>
    </message>
</context>
<context>
    <name>funnelscope::AttributionView</name>
    <message>
        <location filename="../../ui/attributionview.cpp" line="-129"/>
        <source>First touch</source>
        <translation>首次接觸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last touch</source>
        <translation>最終接觸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear</source>
        <translation>線性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time decay (7 days)</source>
        <translation>時間衰減（7 天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position (40/20/40)</source>
        <translation>根據位置（40/20/40）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Attribution&lt;/b&gt;: who gets the credit, model by model</source>
        <translation>&lt;b&gt;歸因&lt;/b&gt;：各模型下的功勞歸屬</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won revenue</source>
        <translation>成交營收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit for</source>
        <translation>歸因對象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit for:</source>
        <translation>歸因對象：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each conversion of the period (a lead created, a customer won, a deal&apos;s revenue) is shared among its touchpoints up to that day; without touchpoints it goes to its own channel.</source>
        <translation>期間內的每次轉換（建立潛在客戶、贏得客戶、交易營收）會分配給截至當天的各個接觸點；若沒有接觸點，則歸給其本身的管道。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 by channel and model</source>
        <translation>%1（依管道與模型）</translation>
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
        <translation>週</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarter</source>
        <translation>季</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Sparkline by %1. %2</source>
        <translation>走勢圖依%1顯示。%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before: %1</source>
        <translation>前期：%1</translation>
    </message>
</context>
<context>
    <name>funnelscope::ChannelAliasModel</name>
    <message>
        <location filename="../../core/channels/channelaliasmodel.cpp" line="+106"/>
        <source>your alias</source>
        <translation>您的別名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as imported</source>
        <translation>依匯入原樣</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default taxonomy</source>
        <translation>預設分類</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Name in the imported files</source>
        <translation>匯入檔案中的名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts as channel</source>
        <translation>計為管道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>設定依據</translation>
    </message>
</context>
<context>
    <name>funnelscope::ChannelsDialog</name>
    <message>
        <location filename="../../ui/channelsdialog.cpp" line="+52"/>
        <source>Reset to defaults</source>
        <translation>還原預設值</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Channels</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>This workspace is open read-only: its channels are shown, not changed.</source>
        <translation>此工作區以唯讀方式開啟：僅顯示其管道，無法變更。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each channel name of your imported files counts as the channel beside it, in every KPI, filter and report. Names of other tools for the same channel (Direct traffic, (direct) / (none), DIRECT_TRAFFIC) count as one. Change a channel here: the numbers follow without importing anything again.</source>
        <translation>匯入檔案中的每個管道名稱，在所有 KPI、篩選器和報表中都計為其旁邊的管道。其他工具對同一管道使用的名稱（Direct traffic、(direct) / (none)、DIRECT_TRAFFIC）計為同一個管道。在此變更管道：數字會隨之更新，無須重新匯入任何內容。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The channels could not be saved: %1</source>
        <translation>無法儲存管道：%1</translation>
    </message>
</context>
<context>
    <name>funnelscope::CohortView</name>
    <message>
        <location filename="../../ui/cohortview.cpp" line="-56"/>
        <source>&lt;b&gt;Lead cohorts&lt;/b&gt;: how soon the leads of each of the last 12 months or weeks reach a stage</source>
        <translation>&lt;b&gt;潛在客戶同類群組&lt;/b&gt;：最近 12 個月或 12 週中，各期潛在客戶多快達到某一階段</translation>
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
        <translation>商機</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month of creation</source>
        <translation>依建立月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week of creation</source>
        <translation>依建立週次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shares of the cohort&apos;s leads. * still maturing: some of the cohort&apos;s leads have not had that many days yet.</source>
        <translation>占該同類群組潛在客戶的比例。* 尚未成熟：該同類群組中部分潛在客戶建立至今還未滿這個天數。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cohort</source>
        <translation>同類群組</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≤ %1 days</source>
        <translation>≤ %1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median days</source>
        <translation>天數中位數</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Still maturing: some leads of %1 have not had %2 days yet.</source>
        <translation>尚未成熟：%1 的部分潛在客戶建立至今還未滿 %2 天。</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomFormula</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-455"/>
        <source>%1 is unknown for this period</source>
        <translation>%1 在此期間內不明</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is 0 (division by zero)</source>
        <translation>%1 為 0（除以零）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the result is too large to show</source>
        <translation>結果過大，無法顯示</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the formula does not parse</source>
        <translation>無法解析公式</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpi</name>
    <message>
        <location line="+199"/>
        <source>a custom KPI needs a name</source>
        <translation>自訂 KPI 需要名稱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is longer than 80 characters</source>
        <translation>名稱超過 80 個字元</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name &apos;%1&apos; has no letter or digit to make an id of</source>
        <translation>名稱「%1」中沒有可用來產生 ID 的字母或數字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is the id of the catalog KPI &apos;%2&apos;: choose another name</source>
        <translation>「%1」是目錄 KPI「%2」的 ID：請另選名稱</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a name formulas use: choose another name</source>
        <translation>「%1」是公式中使用的名稱：請另選名稱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>formula: %1</source>
        <translation>公式：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the formula gives an amount of money (%1): use the money format</source>
        <translation>公式的結果是金額（%1）：請使用金額格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the formula is not an amount of money (%1): use count, percent, ratio or number</source>
        <translation>公式的結果不是金額（%1）：請使用計數、百分比、比率或數值格式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most 6 decimals</source>
        <translation>最多 6 位小數</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpiStore</name>
    <message>
        <location line="+44"/>
        <location line="+27"/>
        <source>the workspace is open read-only: custom KPIs cannot be changed</source>
        <translation>工作區以唯讀方式開啟：無法變更自訂 KPI</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a custom KPI with the id &apos;%1&apos; exists already (&apos;%2&apos;): choose another name</source>
        <translation>已有 ID 為「%1」的自訂 KPI（「%2」）：請另選名稱</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the custom KPI could not be saved: %1</source>
        <translation>無法儲存自訂 KPI：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no custom KPI has the id &apos;%1&apos; (funnelscope-cli kpi list shows them)</source>
        <translation>沒有 ID 為「%1」的自訂 KPI（funnelscope-cli kpi list 會列出所有自訂 KPI）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the goal &apos;%1&apos; measures &apos;%2&apos;: remove or change the goal first</source>
        <translation>目標「%1」衡量的是「%2」：請先刪除或修改該目標</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the custom KPI could not be removed: %1</source>
        <translation>無法刪除自訂 KPI：%1</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpisDialog</name>
    <message>
        <location filename="../../ui/customkpisdialog.cpp" line="+25"/>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <location line="+120"/>
        <source>Custom KPIs</source>
        <translation>自訂 KPI</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>e.g. revenue / leads or (mqls - sqls) / mqls</source>
        <translation>例如 revenue / leads 或 (mqls - sqls) / mqls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI ids (leads, revenue, media_cost, mqls, …), numbers, + - * / and parentheses. Also clicks, expenses, lost_deals; revenue_won, cost and spend.</source>
        <translation>KPI ID（leads、revenue、media_cost、mqls、…）、數字、+ - * / 與括號。也可使用 clicks、expenses、lost_deals；revenue_won、cost 與 spend。</translation>
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
        <translation>無好壞之分（中性）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>數值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>計數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation>金額</translation>
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
        <translation>自動</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Formula:</source>
        <translation>公式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Better:</source>
        <translation>較佳方向(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decimals:</source>
        <translation>小數位數(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shown in:</source>
        <translation>顯示於(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This period:</source>
        <translation>本期：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The workspace is open read-only.</source>
        <translation>工作區以唯讀方式開啟。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Type a formula to see its value for this period.</source>
        <translation>輸入公式即可查看其本期數值。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No period is shown yet.</source>
        <translation>尚未顯示任何期間。</translation>
    </message>
</context>
<context>
    <name>funnelscope::DataPage</name>
    <message>
        <location filename="../../ui/datapage.cpp" line="+17"/>
        <source>&amp;Delete import…</source>
        <translation>刪除匯入(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Re-import</source>
        <translation>重新匯入(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import files…</source>
        <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports</source>
        <translation>匯入紀錄</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No files imported yet. Choose Import files… or drop CSV exports anywhere on this window.</source>
        <translation>尚未匯入任何檔案。請選擇「匯入檔案…」，或將 CSV 匯出檔拖放到此視窗的任何位置。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete import</source>
        <translation>刪除匯入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the import of %1 (%2 rows, source %3) and the rows it brought?

You can undo this with Edit → Undo until you close the window.</source>
        <translation>要刪除 %1 的匯入（%2 列，來源 %3）及其帶入的資料列嗎？

在關閉視窗之前，您都可以使用「編輯 → 復原」還原此操作。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This import rejected no rows.</source>
        <translation>此次匯入沒有遭拒絕的列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected rows of this import (%1): line, column and reason</source>
        <translation>此次匯入遭拒絕的列（%1）：行號、欄位與原因</translation>
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
        <translation>；管道：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; campaigns: %1</source>
        <translation>；行銷活動：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the rows…</source>
        <translation>正在讀取資料列…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows behind %1</source>
        <translation>%1 背後的資料列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter rows (any column)</source>
        <translation>篩選資料列（任一欄位）</translation>
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
        <translation>匯出資料列</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The rows cannot be read: %1</source>
        <translation>無法讀取資料列：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 row</source>
        <translation>1 列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 file</source>
        <translation>1 個檔案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 files</source>
        <translation>%1 個檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stored rows behind this number</source>
        <translation>此數值背後沒有已儲存的資料列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 from %2</source>
        <translation>%1，來自 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the first %1 are shown (funnelscope-cli rows lists them all)</source>
        <translation>；僅顯示前 %1 列（funnelscope-cli rows 可列出全部）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 match the filter</source>
        <translation>；其中 %1 列符合篩選條件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; line not recorded: imported before this version</source>
        <translation>；未記錄行號：於此版本之前匯入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; %1 without a line: imported before this version</source>
        <translation>；%1 列沒有行號：於此版本之前匯入</translation>
    </message>
</context>
<context>
    <name>funnelscope::FilterBar</name>
    <message>
        <location filename="../../ui/filterbar.cpp" line="+16"/>
        <source>Channels</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs previous period</source>
        <translation>與前期比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs same period last year</source>
        <translation>與去年同期比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no comparison</source>
        <translation>不比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period</source>
        <translation>期間(&amp;P)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>up to %1, the latest data</source>
        <translation>截至 %1（最新資料）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up to today</source>
        <translation>截至今天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counted from %1, the latest data</source>
        <translation>從 %1（最新資料）起算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counted from today</source>
        <translation>從今天起算</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vs previous</source>
        <translation>較前期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs last year</source>
        <translation>較去年</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Updating…</source>
        <translation>更新中…</translation>
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
        <translation>每條長條的寬度採對數刻度。轉換率為下一步驟 ÷ 此步驟；中途流失則是兩步驟之間損失的部分。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Step conversion</source>
        <translation>步驟轉換率</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>↓ %1 (drop-off %2)</source>
        <translation>↓ %1（中途流失 %2）</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+56"/>
        <source>↑ ×%1 (visits without a click)</source>
        <translation>↑ ×%1（未經點擊的造訪）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>was %1</source>
        <translation>原為 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1%2 pp)</source>
        <comment>percentage points</comment>
        <translation>（%1%2 個百分點）</translation>
    </message>
</context>
<context>
    <name>funnelscope::GoalListModel</name>
    <message>
        <location filename="../../core/goals/goallistmodel.cpp" line="+64"/>
        <source>Serves: %1</source>
        <translation>業務目標：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>目標值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>管道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New goal</source>
        <translation>新增目標(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete goal…</source>
        <translation>刪除目標…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;review</source>
        <translation>新增回顧(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SMART review of the period chosen in the filter bar, saved with its numbers</source>
        <translation>針對篩選列所選期間的 SMART 回顧，會連同當時的數字一併儲存</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+463"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>Export &amp;PDF…</source>
        <translation>匯出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <translation>回顧</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Weekly</source>
        <translation>每週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>每季</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>computed from the baseline period</source>
        <translation>依基準期間計算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1200, 80, 30%</source>
        <translation>例如 1200、80、30%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business objective this goal serves, e.g. pipeline for the 2027 plan</source>
        <translation>此目標對應的業務目標，例如 2027 年計畫所需的銷售管線</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KPI:</source>
        <translation>KPI(&amp;K)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope:</source>
        <translation>範圍：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Baseline period:</source>
        <translation>基準期間：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baseline:</source>
        <translation>基準值(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target:</source>
        <translation>目標值(&amp;T)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start – deadline:</source>
        <translation>開始日期 – 截止日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>負責人(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ob&amp;jective:</source>
        <translation>業務目標(&amp;J)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save goal</source>
        <translation>儲存目標(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pace</source>
        <translation>步調</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMART check</source>
        <translation>SMART 檢查</translation>
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
        <translation>匯出回顧</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The review is saved as %1</source>
        <translation>回顧已儲存為 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show folder</source>
        <translation>顯示資料夾</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot save the choices with the review: %1</source>
        <translation>無法將這些選擇隨回顧一併儲存：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>%1
Actual: %2
Planned pace: %3</source>
        <translation>%1
實際值：%2
計畫步調：%3</translation>
    </message>
    <message>
        <location line="-513"/>
        <source>Measured as of %1; a level goal&apos;s “Now” is its latest whole period.</source>
        <translation>衡量截至 %1；水準型目標的「目前」為其最近一個完整週期的值。</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Save goal</source>
        <translation>儲存目標</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Give the goal a name first.</source>
        <translation>請先為目標命名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a numeric target, e.g. 1200 or 30%.</source>
        <translation>請設定數值目標，例如 1200 或 30%。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete goal</source>
        <translation>刪除目標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the goal “%1”?</source>
        <translation>要刪除目標「%1」嗎？</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New review</source>
        <translation>新增回顧</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title of the review:</source>
        <translation>回顧標題：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing review %1 – %2</source>
        <translation>行銷回顧 %1 – %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+7"/>
        <location line="+57"/>
        <source>This review no longer exists.</source>
        <translation>此回顧已不存在。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Record a decision…</source>
        <translation>記錄決策…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+55"/>
        <source>Record a decision</source>
        <translation>記錄決策</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>e.g. Move 10% of the Display budget to Paid Search</source>
        <translation>例如：將多媒體廣告預算的 10% 轉移至付費搜尋</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing in particular</source>
        <translation>無特定對象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the goal %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the recommendation: %1</source>
        <translation>建議：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision:</source>
        <translation>決策：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>負責人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>到期日：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers:</source>
        <translation>回應：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select a saved goal to see its pace</source>
        <translation>選擇已儲存的目標以查看其步調</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pace of “%1”: actual against the straight line to the target</source>
        <translation>「%1」的步調：實際值與達成目標的直線進度比較</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned pace</source>
        <translation>計畫步調</translation>
    </message>
</context>
<context>
    <name>funnelscope::GroupPage</name>
    <message>
        <location filename="../../ui/grouppage.cpp" line="+57"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By day</source>
        <translation>依日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>依週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>依月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By quarter</source>
        <translation>依季</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time granularity</source>
        <translation>時間單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI in the charts</source>
        <translation>圖表中的 KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hart:</source>
        <translation>圖表(&amp;H)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the &amp;comparison period</source>
        <translation>顯示比較期間(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws the comparison period&apos;s values as a dotted line, bucket by bucket</source>
        <translation>依時間區間將比較期間的數值繪製為點線</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>By channel</source>
        <translation>依管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By campaign</source>
        <translation>依行銷活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table rows</source>
        <translation>表格列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter rows…</source>
        <translation>篩選列…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>匯出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y</source>
        <translation>複製(&amp;Y)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>Export table</source>
        <translation>匯出表格</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Funnelscope: %1 by %2</source>
        <translation>Funnelscope：%1（依%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period: %1 to %2</source>
        <translation>期間：%1 至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with: %1 to %2</source>
        <translation>比較期間：%1 至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels: %1</source>
        <translation>管道：%1</translation>
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
        <translation>行銷活動：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows containing: %1</source>
        <translation>包含以下內容的列：%1</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1 by channel</source>
        <translation>%1（依管道）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
</context>
<context>
    <name>funnelscope::GuideDialog</name>
    <message>
        <location filename="../../ui/guidedialog.cpp" line="+26"/>
        <source>Funnelscope user guide</source>
        <translation>Funnelscope 使用者指南</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Search the guide</source>
        <translation>搜尋指南</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide page</source>
        <translation>指南頁面</translation>
    </message>
</context>
<context>
    <name>funnelscope::ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="+45"/>
        <source>imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>未變更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Skip this file</source>
        <translation>略過此檔案(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;all</source>
        <translation>全部匯入(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import files</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Detect from the header</source>
        <translation>依標題列偵測</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+299"/>
        <source>Funnelscope&apos;s column names</source>
        <translation>Funnelscope 欄位名稱</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>%1 export</source>
        <translation>%1 匯出檔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tool the file was exported from: its column names, totals and footer lines.</source>
        <translation>匯出此檔案的工具：決定其欄位名稱、合計列與頁尾行的判讀方式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect from the data</source>
        <translation>依資料偵測</translation>
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
        <translation>依數字偵測</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Comma (1 234,50)</source>
        <translation>逗號 (1 234,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point (1,234.50)</source>
        <translation>句點 (1,234.50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decimal separator of the file&apos;s numbers. It is decided once for the whole file from all its cells; choose it when they cannot tell (1.234 could be 1234 or 1,234).</source>
        <translation>檔案中數字的小數分隔符號。依據檔案的所有儲存格，對整個檔案統一判定一次；數字無法判斷時請手動選擇（1.234 可能是 1234，也可能是 1,234）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tool&apos;s name, or manual</source>
        <translation>工具名稱，或 manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of one source replace that source&apos;s earlier rows for the same day, channel and campaign. Give two accounts of one tool two source names.</source>
        <translation>同一來源的資料列，會取代該來源先前在相同日期、管道與行銷活動的資料列。同一工具的兩個帳戶，請使用兩個不同的來源名稱。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exported from:</source>
        <translation>匯出來源(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delimiter:</source>
        <translation>分隔符號：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header:</source>
        <translation>標題列：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date order:</source>
        <translation>日期順序(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deci&amp;mal separator:</source>
        <translation>小數分隔符號(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource:</source>
        <translation>來源(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the file, or the tool&apos;s</source>
        <translation>取自檔案或工具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channel of every row, for a file without a channel column (or to override the tool&apos;s).</source>
        <translation>每一列的管道，適用於沒有管道欄位的檔案（或取代工具的管道）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel:</source>
        <translation>管道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the file, or the workspace&apos;s</source>
        <translation>取自檔案或工作區</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The currency of amounts the file does not name (a Currency code column, a symbol such as zł or €, or a header such as Amount spent (INR) name it); &quot;$&quot; alone needs the account&apos;s currency.</source>
        <translation>檔案未註明幣別的金額所用的幣別（「幣別代碼」欄、zł 或 € 等符號，或「花費金額 (INR)」之類的標題皆可註明幣別）；只有「$」時需要指定帳戶的幣別。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;urrency:</source>
        <translation>幣別(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period of the file:</source>
        <translation>檔案期間(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a report without dates whose period the file does not give (Search Console&apos;s Countries.csv and Devices.csv): its totals are spread evenly over these days</source>
        <translation>適用於檔案未註明期間且不含日期的報表（Search Console 的 Countries.csv 和 Devices.csv）：其總計將平均分配到這些天</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column in the file</source>
        <translation>檔案中的欄位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored as</source>
        <translation>儲存為</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deal stages</source>
        <translation>交易階段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage in the file</source>
        <translation>檔案中的階段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counts as</source>
        <translation>計為</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How each stage of your pipeline counts for won deals, revenue and the open pipeline. Your choices are remembered for later imports into this workspace.</source>
        <translation>您的銷售管道中每個階段如何計入成交交易、營收與進行中的管道。您的選擇會在之後匯入此工作區時沿用。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column mapping</source>
        <translation>欄位對應</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember this mapping: files with the same columns will be read this way.</source>
        <translation>記住此對應：具有相同欄位的檔案將以此方式讀取。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first rows, as they will be stored</source>
        <translation>前幾列資料（依儲存後的樣貌呈現）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import this file and every one after it as detected; one summary at the end.</source>
        <translation>依偵測結果匯入此檔案及其後所有檔案；最後顯示一份摘要。</translation>
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
        <translation>另存為預設集</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Map the file&apos;s columns first.</source>
        <translation>請先對應檔案的欄位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the tool or export (e.g. &quot;Agency weekly report&quot;):</source>
        <translation>工具或匯出檔的名稱（例如「代理商週報」）：</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 個，共 %3 個）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>from the file (no other known: choose one)</source>
        <translation>來自檔案（無其他已知幣別：請選擇）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the file, or %1 (last used for %2)</source>
        <translation>來自檔案，或 %1（上次用於 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the file, or %1 (the workspace&apos;s)</source>
        <translation>來自檔案，或 %1（工作區的幣別）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tab</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vertical bar</source>
        <translation>直線</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found</source>
        <translation>找不到</translation>
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
            <numerusform>第 %1 行（已略過上方 %n 行標題）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detect from the header (%1)</source>
        <translation>依標題列偵測（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect from the header (%1, %2% of its columns known)</source>
        <translation>依標題列偵測（%1，已辨識 %2% 的欄位）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect (%1)</source>
        <translation>自動偵測（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect from the numbers (comma)</source>
        <translation>依數字偵測（逗號）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect from the numbers (point)</source>
        <translation>依數字偵測（句點）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No rule knows this stage: it counts as open unless you choose otherwise.</source>
        <translation>沒有規則認得此階段：除非您另行選擇，否則視為進行中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counts as, for %1</source>
        <translation>%1 計為</translation>
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
        <translation>儲存為（%1）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No currency is known for amounts the file does not name: they would be stored without one and never converted. Choose the account&apos;s currency above.</source>
        <translation>檔案未註明幣別的金額沒有已知幣別：它們將不帶幣別儲存，且永不換算。請在上方選擇帳戶的幣別。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>This file cannot be imported: %1</source>
        <translation>無法匯入此檔案：%1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Choose the date order: the slash dates could be day or month first.</source>
        <translation>請選擇日期順序：斜線日期可能是日在前或月在前。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the decimal separator: the file&apos;s numbers do not tell it.</source>
        <translation>請選擇小數分隔符號：無法從檔案中的數字判斷。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every row gets %1 &apos;%2&apos;, as you chose.</source>
        <translation>每一列的 %1 皆為「%2」，依您的選擇。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row gets %1 &apos;%2&apos; (from the %3 preset).</source>
        <translation>每一列的 %1 都會設為「%2」（來自 %3 預設集）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignored columns: %1</source>
        <translation>已忽略的欄位：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>rejected: %1 (column %2)</source>
        <translation>遭拒絕：%1（欄位 %2）</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n of the first rows will be rejected; the rest of the file imports.</source>
        <translation>
            <numerusform>前幾列中有 %n 列將遭拒絕；檔案其餘部分會照常匯入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Source &apos;%1&apos; already has rows from %2: rows for the same day, channel and campaign will be replaced. Use another source name to keep both.</source>
        <translation>來源「%1」已有來自 %2 的資料列：相同日期、管道與行銷活動的資料列將被取代。若要兩者並存，請使用其他來源名稱。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&lt;p&gt;%1 rows imported as %2 (source %3), %4 rejected, %5 stored rows replaced.&lt;/p&gt;</source>
        <translation>&lt;p&gt;已將 %1 列匯入為 %2（來源 %3），%4 列遭拒絕，取代 %5 列已儲存的資料。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Stages counted as open: %1. Choose won or lost for them in the import&apos;s stage table to change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;視為進行中的階段：%1。若要變更，請在匯入的階段表中為它們選擇成交或失敗。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;These bytes were imported before: nothing changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;相同內容先前已匯入：未做任何變更。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Cancelled: nothing was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;已取消：未匯入任何資料。&lt;/p&gt;</translation>
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
        <translation>編碼(&amp;N)：</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Save as p&amp;reset…</source>
        <translation>另存為預設集(&amp;R)…</translation>
    </message>
    <message>
        <location line="+546"/>
        <source>column %1: </source>
        <translation>欄位 %1： </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Nothing was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未匯入任何資料。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>funnelscope::ImportListModel</name>
    <message>
        <location filename="../../core/importing/importlistmodel.cpp" line="+74"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>遭拒絕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>匯入時間</translation>
    </message>
</context>
<context>
    <name>funnelscope::KpiCard</name>
    <message>
        <location filename="../../ui/kpicard.cpp" line="+38"/>
        <source>Your own KPI: %1.</source>
        <translation>自訂 KPI：%1。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show rows</source>
        <translation>顯示資料列</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Not judged as better or worse: %1. Before: %2</source>
        <translation>未判斷好壞：%1。前期：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data to compare</source>
        <translation>無可比較的資料</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Before: %1</source>
        <translation>前期：%1</translation>
    </message>
</context>
<context>
    <name>funnelscope::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+84"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workspace…</source>
        <translation>新增工作區(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>New workspace</source>
        <translation>新增工作區</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open workspace…</source>
        <translation>開啟工作區(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+389"/>
        <location line="+16"/>
        <source>Open workspace</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>Open &amp;team workspace…</source>
        <translation>開啟團隊工作區(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace &amp;settings…</source>
        <translation>工作區設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channels…</source>
        <translation>管道(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import files…</source>
        <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom &amp;KPIs…</source>
        <translation>自訂 KPI(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System language (%1)</source>
        <translation>系統語言（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>V&amp;iews</source>
        <translation>已存檢視(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User guide</source>
        <translation>使用者指南(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;KPI glossary</source>
        <translation>KPI 詞彙表(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Funnelscope</source>
        <translation>關於 Funnelscope(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Funnelscope</source>
        <translation>關於 Funnelscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;Marketing KPIs along the B2B funnel, from your own CSV exports, computed offline in one workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;依據您自己的 CSV 匯出檔，呈現 B2B 漏斗各階段的行銷 KPI，全部在單一工作區檔案中離線計算。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is demo data — import your own files.</source>
        <translation>這是示範資料——請匯入您自己的檔案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files…</source>
        <translation>匯入檔案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workspace…</source>
        <translation>新增工作區…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This workspace has no data yet. Import your CSV exports with File → Import files… (Ctrl+I), or drop them anywhere on this window.</source>
        <translation>此工作區尚無資料。請透過「檔案 → 匯入檔案…」(Ctrl+I) 匯入您的 CSV 匯出檔，或將檔案拖放到此視窗的任何位置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened read-only: every view and report works, but importing, deleting imports, saving goals and reviews, and settings are off.</source>
        <translation>已以唯讀方式開啟：所有檢視與報表皆可使用，但匯入、刪除匯入、儲存目標與回顧，以及設定皆已停用。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The currency every amount is converted into, at each day&apos;s exchange rate</source>
        <translation>所有金額依當日匯率換算成的幣別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace currency</source>
        <translation>工作區幣別</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+13"/>
        <location line="+13"/>
        <location line="+11"/>
        <location line="+14"/>
        <source>Open team workspace</source>
        <translation>開啟團隊工作區</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The team database, as postgresql://USER@HOST:PORT/DATABASE.
The password comes from ~/.pgpass or PGPASSWORD, never from here or the settings.</source>
        <translation>團隊資料庫，格式為 postgresql://使用者@主機:連接埠/資料庫。
密碼取自 ~/.pgpass 或 PGPASSWORD，絕不取自此處或設定。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the team workspace %1…</source>
        <translation>正在讀取團隊工作區 %1…</translation>
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
        <translation>此 Funnelscope 建置時未包含 PostgreSQL，因此無法開啟 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Team workspace %1, refreshed at %2 with a change another member published.</source>
        <translation>團隊工作區 %1 已於 %2 重新整理，包含另一位成員發布的變更。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team workspace %1, as of %2: every view and report works, and refreshes when a member changes it.</source>
        <translation>團隊工作區 %1，截至 %2：所有檢視和報告均可用，成員變更時自動重新整理。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your role may read it, not change it.</source>
        <translation>您的角色可以讀取，但不能變更。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (team workspace, read-only) — Funnelscope</source>
        <translation>%1（團隊工作區，唯讀）— Funnelscope</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team workspace</source>
        <translation>團隊工作區</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your PostgreSQL role may read this team workspace, not change it: ask its admin for the editor role.</source>
        <translation>您的 PostgreSQL 角色可以讀取此團隊工作區，但不能變更：請向其管理員申請編輯者角色。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the import into %1…</source>
        <translation>正在準備匯入到 %1…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open read-only</source>
        <translation>以唯讀方式開啟</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — Funnelscope</source>
        <translation>%1 — Funnelscope</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (read-only) — Funnelscope</source>
        <translation>%1（唯讀）— Funnelscope</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goals &amp;&amp; reviews</source>
        <translation>目標與回顧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+7"/>
        <source>Save view</source>
        <translation>儲存檢視</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name of the view (its period rule, comparison, channels, campaigns and tab; a name in use is replaced):</source>
        <translation>檢視名稱（儲存其期間規則、比較、管道、行銷活動與分頁；使用已有名稱將取代原檢視）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The view was not saved: %1</source>
        <translation>檢視未儲存：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save current view…</source>
        <translation>儲存目前檢視(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete view</source>
        <translation>刪除檢視(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No saved views yet</source>
        <translation>尚無已儲存的檢視</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open recent</source>
        <translation>最近開啟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is no longer there.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This workspace could not be read, so its numbers are not shown: %1. Open a backup copy of it (File → Open), or the copy Funnelscope kept before an upgrade (its name ends in .bak).</source>
        <translation>無法讀取此工作區，因此不顯示其數字：%1。請開啟其備份副本（檔案 → 開啟），或 Funnelscope 在升級前保留的副本（檔名以 .bak 結尾）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Includes totals spread evenly over %1: reports without a day breakdown, so their days hold equal shares.</source>
        <translation>包含平均分攤到 %1 的總計：這些是沒有逐日明細的報表，因此各日為相等的份額。</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+30"/>
        <source>Add annotation</source>
        <translation>新增註解</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>e.g. Campaign launch, tracking broken, price change</source>
        <translation>例如：行銷活動上線、追蹤失效、價格調整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all channels</source>
        <translation>所有管道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>開始日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>結束日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>管道：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Annotations</source>
        <translation>註解</translation>
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
        <translation>移除</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Workspace settings</source>
        <translation>工作區設定</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No logo</source>
        <translation>無標誌</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PNG, JPEG or SVG up to %1 KB, kept inside the workspace file.</source>
        <translation>PNG、JPEG 或 SVG，不超過 %1 KB，儲存在工作區檔案內。</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>the Board</source>
        <translation>董事會</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline is ahead of plan, mostly thanks to LinkedIn.

We still need to fix the tracking on the landing page before the October campaign.</source>
        <translation>銷售管道領先計畫，主要歸功於 LinkedIn。

在十月活動之前，我們仍需修正到達網頁上的追蹤。</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+6"/>
        <location line="+38"/>
        <source>Logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <location line="-820"/>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>Imports from this window are published to the team; goals, reviews and settings are changed with funnelscope-cli --db %1 for now.</source>
        <translation>從此視窗匯入的資料會發布給團隊；目標、檢討和設定暫時透過 funnelscope-cli --db %1 變更。</translation>
    </message>
    <message>
        <location line="+468"/>
        <source>Company name (for reports):</source>
        <translation>公司名稱（用於報告）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (for reports):</source>
        <translation>標誌（用於報告）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency:</source>
        <translation>幣別：</translation>
    </message>
    <message>
        <location line="-443"/>
        <location line="+487"/>
        <source>Import files</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV and text exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 與文字匯出檔 (*.csv *.txt *.tsv);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>funnelscope::MultiSelectButton</name>
    <message>
        <location filename="../../ui/multiselectbutton.cpp" line="+21"/>
        <source>Search %1…</source>
        <translation>搜尋%1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all</source>
        <translation>顯示全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No filter: every name counts</source>
        <translation>不篩選：計入所有名稱</translation>
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
        <translation>各管道 KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the &amp;comparison period</source>
        <translation>顯示比較期間(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws the comparison period&apos;s values as a dotted line, bucket by bucket</source>
        <translation>依時間區間將比較期間的數值繪製為點線</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By &amp;channel:</source>
        <translation>依管道(&amp;C)：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Media spend and leads</source>
        <translation>媒體支出與潛在客戶</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 by channel</source>
        <translation>%1（依管道）</translation>
    </message>
</context>
<context>
    <name>funnelscope::Parser</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-765"/>
        <source>the formula is empty: write KPI ids and numbers, such as revenue / leads</source>
        <translation>公式為空：請輸入 KPI ID 與數字，例如 revenue / leads</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;)&apos; at character %1 closes no &apos;(&apos;</source>
        <translation>第 %1 個字元處的「)」沒有對應的「(」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected &apos;%1&apos; at character %2: an operator (+ - * /) is missing before it</source>
        <translation>第 %2 個字元處出現非預期的「%1」：其前方缺少運算子（+ - * /）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the formula multiplies money by money, which has no unit: divide one amount by the other or by a count</source>
        <translation>公式將金額與金額相乘，結果沒有有意義的單位：請將一個金額除以另一個金額或某個計數</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&apos;%1&apos; at character %2 mixes money with a value that is not money: add or subtract amounts with amounts, counts with counts</source>
        <translation>第 %2 個字元處的「%1」將金額與非金額的值混合運算：金額只能與金額相加減，計數只能與計數相加減</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the formula ends too early: a number, a name or &apos;(&apos; is missing at character %1</source>
        <translation>公式過早結束：第 %1 個字元處缺少數字、名稱或「(」</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the &apos;(&apos; at character %1 is not closed: &apos;)&apos; is missing</source>
        <translation>第 %1 個字元處的「(」未閉合：缺少「)」</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; at character %2 is not a number (write decimals with a point: 0.5)</source>
        <translation>第 %2 個字元處的「%1」不是數字（小數請使用小數點：0.5）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number at character %1 runs into a name: put an operator between them</source>
        <translation>第 %1 個字元處的數字與名稱相連：請在兩者之間加入運算子</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a number, a name or &apos;(&apos; is missing before the &apos;)&apos; at character %1</source>
        <translation>第 %1 個字元處的「)」之前缺少數字、名稱或「(」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number, a name or &apos;(&apos; is missing before the &apos;%1&apos; at character %2</source>
        <translation>第 %2 個字元處的「%1」之前缺少數字、名稱或「(」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected &apos;%1&apos; at character %2: a formula has numbers, KPI ids, + - * / and parentheses</source>
        <translation>第 %2 個字元處出現非預期的「%1」：公式只能包含數字、KPI ID、+ - * / 與括號</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>unknown name &apos;%1&apos; at character %2; did you mean &apos;%3&apos;?</source>
        <translation>第 %2 個字元處的名稱「%1」不明；您是指「%3」嗎？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown name &apos;%1&apos; at character %2: use the id of a KPI (leads, revenue, media_cost, …; funnelscope-cli kpi add --help lists them)</source>
        <translation>第 %2 個字元處的名稱「%1」不明：請使用 KPI 的 ID（leads、revenue、media_cost、…；funnelscope-cli kpi add --help 會列出全部）</translation>
    </message>
</context>
<context>
    <name>funnelscope::ReconciliationView</name>
    <message>
        <location filename="../../ui/reconciliationview.cpp" line="-88"/>
        <source>&lt;b&gt;Reconciliation&lt;/b&gt;: leads the platforms reported against leads in the CRM</source>
        <translation>&lt;b&gt;核對&lt;/b&gt;：平台回報的潛在客戶與 CRM 中的潛在客戶比較</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Platforms count form fills and conversions by their own rules and windows; the CRM counts contacts by creation date. The KPIs use the CRM&apos;s leads when there are any.</source>
        <translation>各平台依自己的規則與歸因期間計算表單填寫與轉換；CRM 則依建立日期計算聯絡人。若有 CRM 潛在客戶，KPI 會採用 CRM 的資料。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform-reported leads</source>
        <translation>平台回報潛在客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CRM leads</source>
        <translation>CRM 潛在客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference %</source>
        <translation>差異 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analytics key events</source>
        <translation>網站分析重要事件</translation>
    </message>
</context>
<context>
    <name>funnelscope::RejectedRowsModel</name>
    <message>
        <location filename="../../core/importing/importlistmodel.cpp" line="+48"/>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>欄位</translation>
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
        <translation>匯出回顧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Anna Nowak</source>
        <translation>例如：陳怡君</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the Board</source>
        <translation>例如：董事會</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared &amp;by:</source>
        <translation>編製人(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared &amp;for:</source>
        <translation>呈送對象(&amp;F)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sections (Space ticks or clears the selected one):</source>
        <translation>章節(&amp;S)（按空白鍵勾選或取消勾選所選章節）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your comment, printed at the top of this section under your name. Leave a blank line between paragraphs.</source>
        <translation>您的點評，將署上您的姓名印在本章節頂端。段落之間請空一行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;None</source>
        <translation>全不選(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export PDF…</source>
        <translation>匯出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Comment:</source>
        <translation>點評(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Comment on “%1” (printed at the top of that section):</source>
        <translation>對「%1」的點評(&amp;C)（印在該章節頂端）：</translation>
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
        <translation>資料類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (+%2 merged)</source>
        <translation>%1（另合併 %2 行）</translation>
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
        <translation>%1（比較期間）</translation>
    </message>
    <message>
        <location filename="../../ui/breakdownchart.cpp" line="+96"/>
        <location filename="../../ui/trendchart.cpp" line="+118"/>
        <source>No %1 in this period.
%2</source>
        <translation>此期間內沒有 %1。
%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+43"/>
        <source>Preparing the demo workspace…</source>
        <translation>正在準備示範工作區…</translation>
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
        <translation>B2B 漏斗各階段的行銷 KPI。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace file, or team workspace (postgresql://USER@HOST:PORT/DATABASE), to open (default: the last file, or the demo).</source>
        <translation>要開啟的工作區檔案或團隊工作區（postgresql://使用者@主機:連接埠/資料庫）（預設：上次的檔案或示範）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a picture of every tab into DIR at 1440×900 and quit.</source>
        <translation>將每個分頁以 1440×900 截圖儲存至 DIR 後結束。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print how long the start and five filter changes take, then quit.</source>
        <translation>輸出啟動及五次篩選變更所需的時間後結束。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the app in this language (%1) instead of the one chosen in View → Language.</source>
        <translation>以此語言（%1）顯示應用程式，而非「檢視 → 語言」中選擇的語言。</translation>
    </message>
</context>
</TS>
