<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en">
<context>
    <name>ActionRules</name>
    <message>
        <location filename="../../core/goals/actionrules.cpp" line="+113"/>
        <source>Click-through rate fell by 10% or more while impressions grew.</source>
        <translation>Gösterimler artarken tıklama oranı yüzde 10 veya daha fazla düştü.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test the ad creatives and calls to action — wording, colour, size, placement — one element at a time, so you know which change worked. If the new impressions reach a wider audience, tighten the targeting.</source>
        <translation>Reklam kreatiflerini ve harekete geçirici mesajları — ifade, renk, boyut, yerleşim — her seferinde tek bir öğeyi değiştirerek A/B testine tabi tutun; böylece hangi değişikliğin işe yaradığını bilirsiniz. Yeni gösterimler daha geniş bir kitleye ulaşıyorsa hedeflemeyi daraltın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bounce rate rose by 10% or more.</source>
        <translation>Hemen çıkma oranı yüzde 10 veya daha fazla arttı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the landing pages&apos; experience: load speed on phones and computers, whether the content matches the ad or link that brought the visitor, and a clear, uncluttered, easy-to-scan layout.</source>
        <translation>Açılış sayfalarının deneyimini kontrol edin: telefonlarda ve bilgisayarlarda yüklenme hızı, içeriğin ziyaretçiyi getiren reklam veya bağlantıyla uyumu ve net, sade, kolay taranabilir bir düzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email open rate fell by 10% or more.</source>
        <translation>E-posta açılma oranı yüzde 10 veya daha fazla düştü.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean the email list — inactive, duplicate, mistyped and closed addresses — then A/B test the subject lines. Check that sending frequency and content still suit the readers.</source>
        <translation>E-posta listesini temizleyin — etkin olmayan, yinelenen, yanlış yazılmış ve kapatılmış adresler — ardından konu satırlarını A/B testine tabi tutun. Gönderim sıklığının ve içeriğin okuyuculara hâlâ uygun olup olmadığını kontrol edin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsubscribe rate rose by 10% or more.</source>
        <translation>Abonelikten çıkma oranı yüzde 10 veya daha fazla arttı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send less often and make each email more relevant: segment the list so every segment gets content that matters to it, and keep nurture emails educational rather than pushy. Keep unsubscribing easy, or readers report the emails as spam.</source>
        <translation>Daha seyrek gönderin ve her e-postayı daha ilgili hâle getirin: listeyi, her segment kendisi için önemli içerik alacak şekilde segmentlere ayırın ve besleme e-postalarını ısrarcı değil eğitici tutun. Abonelikten çıkmayı kolay tutun; aksi hâlde okuyucular e-postaları spam olarak bildirir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landing page conversion rate fell by 10% or more.</source>
        <translation>Açılış sayfası dönüşüm oranı yüzde 10 veya daha fazla düştü.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the landing page one element at a time — the form, the call to action, the layout and colours — and remove distractions: no navigation bar, links or other offers.</source>
        <translation>Açılış sayfasını her seferinde tek bir öğeyi değiştirerek test edin — form, harekete geçirici mesaj, düzen ve renkler — ve dikkat dağıtan unsurları kaldırın: gezinme çubuğu, bağlantı veya başka teklif olmasın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A channel&apos;s cost per lead rose by 10% or more, with at least 10 leads in both periods.</source>
        <translation>Bir kanalın potansiyel müşteri başına maliyeti, her iki dönemde de en az 10 potansiyel müşteriyle, yüzde 10 veya daha fazla arttı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift budget towards channels with a lower cost per lead and a higher Lead → MQL rate: judge channels by the qualified leads they bring, not by raw lead counts.</source>
        <translation>Bütçeyi potansiyel müşteri başına maliyeti daha düşük ve potansiyel müşteri → MQL oranı daha yüksek kanallara kaydırın: kanalları ham potansiyel müşteri sayısına göre değil, getirdikleri nitelikli potansiyel müşterilere göre değerlendirin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MQL → SQL rate fell by 10% or more, with at least 10 MQLs in both periods.</source>
        <translation>MQL → SQL oranı, her iki dönemde de en az 10 MQL ile, yüzde 10 veya daha fazla düştü.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisit lead scoring and the MQL criteria together with sales, so marketing hands over the leads sales is ready to work; tailor nurture paths to the segments that convert.</source>
        <translation>Potansiyel müşteri puanlamasını ve MQL kriterlerini satış ekibiyle birlikte yeniden gözden geçirin; böylece pazarlama, satışın üzerinde çalışmaya hazır olduğu potansiyel müşterileri devretsin. Besleme akışlarını dönüşüm sağlayan segmentlere göre uyarlayın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Win rate fell by 10% or more.</source>
        <translation>Kazanma oranı yüzde 10 veya daha fazla düştü.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the bottom-of-funnel assets — case studies, sales presentations and demos — and follow deals by lead source and campaign to see where the customers who buy come from.</source>
        <translation>Huninin alt kısmındaki içerikleri — vaka çalışmaları, satış sunumları ve demolar — gözden geçirin ve satın alan müşterilerin nereden geldiğini görmek için anlaşmaları potansiyel müşteri kaynağına ve kampanyaya göre takip edin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer acquisition cost rose by 10% or more, and faster than revenue.</source>
        <translation>Müşteri edinme maliyeti yüzde 10 veya daha fazla ve gelirden daha hızlı arttı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break customer acquisition cost down by channel — inbound, paid, content — to see which channels are more efficient and scale better, and move spend towards them.</source>
        <translation>Hangi kanalların daha verimli olduğunu ve daha iyi ölçeklendiğini görmek için müşteri edinme maliyetini kanallara göre — inbound, ücretli, içerik — ayrıştırın ve harcamayı bu kanallara kaydırın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Churn rate rose by 10% or more.</source>
        <translation>Müşteri kayıp oranı yüzde 10 veya daha fazla arttı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask customers why: run satisfaction and NPS surveys, collect feedback, and make support easy to reach and proactive about problems. Keeping a customer costs less than winning a new one.</source>
        <translation>Nedenini müşterilere sorun: memnuniyet ve NPS anketleri yapın, geri bildirim toplayın, desteğe ulaşmayı kolaylaştırın ve sorunlara proaktif yaklaşın. Bir müşteriyi elde tutmak, yeni bir müşteri kazanmaktan daha az maliyetlidir.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click-through rate fell %1 (%2 → %3) while impressions grew %4 (%5 → %6).</source>
        <translation>Gösterimler %4 artarken (%5 → %6) tıklama oranı %1 düştü (%2 → %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bounce rate rose %1 (%2 → %3).</source>
        <translation>Hemen çıkma oranı %1 arttı (%2 → %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email open rate fell %1 (%2 → %3).</source>
        <translation>E-posta açılma oranı %1 düştü (%2 → %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsubscribe rate rose %1 (%2 → %3).</source>
        <translation>Abonelikten çıkma oranı %1 arttı (%2 → %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landing page conversion rate fell %1 (%2 → %3).</source>
        <translation>Açılış sayfası dönüşüm oranı %1 düştü (%2 → %3).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 has a lower cost per lead (%2 against %3) and a higher Lead → MQL rate (%4 against %5).</source>
        <translation>%1 kanalında potansiyel müşteri başına maliyet daha düşük (%3 yerine %2) ve potansiyel müşteri → MQL oranı daha yüksek (%5 yerine %4).</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Cost per lead on %1 rose %2 (%3 → %4), on %5 leads.</source>
        <translation>%1 kanalında potansiyel müşteri başına maliyet %2 arttı (%3 → %4); potansiyel müşteri sayısı: %5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MQL → SQL rate fell %1 (%2 → %3), on %4 MQLs.</source>
        <translation>MQL → SQL oranı %1 düştü (%2 → %3); MQL sayısı: %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Win rate fell %1 (%2 → %3).</source>
        <translation>Kazanma oranı %1 düştü (%2 → %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue grew only %4 (%5 → %6).</source>
        <translation>Müşteri edinme maliyeti %1 arttı (%2 → %3), gelir ise yalnızca %4 arttı (%5 → %6).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue fell %4 (%5 → %6).</source>
        <translation>Müşteri edinme maliyeti %1 arttı (%2 → %3), gelir ise %4 düştü (%5 → %6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue stayed at %4.</source>
        <translation>Müşteri edinme maliyeti %1 arttı (%2 → %3), gelir ise %4 düzeyinde kaldı.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Churn rate rose %1 (%2 → %3).</source>
        <translation>Müşteri kayıp oranı %1 arttı (%2 → %3).</translation>
    </message>
</context>
<context>
    <name>Bucket</name>
    <message numerus="yes">
        <location filename="../../core/kpi/bucketcoverage.cpp" line="+79"/>
        <source>partial week: %1 of %n days</source>
        <translation>
            <numerusform>kısmi hafta: %n günün %1 günü</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>partial month: %1 of %n days</source>
        <translation>
            <numerusform>kısmi ay: %n günün %1 günü</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>partial quarter: %1 of %n days</source>
        <translation>
            <numerusform>kısmi çeyrek: %n günün %1 günü</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no data for this day</source>
        <translation>bu gün için veri yok</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dashed: days without data (not a fall to zero).</source>
        <translation>Kesikli çizgi: verisi olmayan günler (sıfıra düşüş değil).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashed: days without data</source>
        <translation>Kesikli çizgi: verisi olmayan günler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dashed — %1</source>
        <translation>Kesikli çizgi — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashed — %1 (those days only, not scaled).</source>
        <translation>Kesikli çizgi — %1 (yalnızca o günler, ölçeklenmedi).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/main.cpp" line="+86"/>
        <source>Try &apos;funnelscope-cli --help&apos;.</source>
        <translation>&apos;funnelscope-cli --help&apos; komutunu deneyin.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Show this help.</source>
        <translation>Bu yardımı göster.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>cannot read workspace %1: %2</source>
        <translation>%1 çalışma alanı okunamıyor: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>auto, campaign, leads, deals, customers, surveys, expenses, touchpoints or rates.</source>
        <translation>auto, campaign, leads, deals, customers, surveys, expenses, touchpoints veya rates.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto or a preset name.</source>
        <translation>auto veya bir hazır ayar adı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source label (default: the preset&apos;s name for a tool&apos;s export, else manual).</source>
        <translation>Kaynak etiketi (varsayılan: bir aracın dışa aktarımı için hazır ayarın adı, aksi hâlde manual).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dmy or mdy, for slash dates the file cannot decide.</source>
        <translation>Dosyadan belirlenemeyen eğik çizgili tarihler için dmy veya mdy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma or point: the decimal separator of the file&apos;s numbers, when they cannot tell.</source>
        <translation>comma veya point: sayıların kendisi belli etmediğinde dosyadaki sayıların ondalık ayırıcısı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file&apos;s encoding, e.g. windows-1250 (default: detect).</source>
        <translation>Dosyanın kodlaması, ör. windows-1250 (varsayılan: otomatik algıla).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map a header of the file onto a column, e.g. &quot;Spend=cost&quot; (repeatable; &quot;Notes=&quot; ignores one).</source>
        <translation>Dosyadaki bir başlığı bir sütuna eşleyin, ör. &quot;Harcama=cost&quot; (tekrarlanabilir; &quot;Notlar=&quot; sütunu yok sayar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel of every row, for a file without a channel column.</source>
        <translation>Kanal sütunu olmayan bir dosya için her satırın kanalı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How a deal stage of your pipeline counts: won, lost or open, e.g. &quot;Closed: abandoned=lost&quot;; repeatable, remembered by the workspace for later imports.</source>
        <translation>Satış hattınızdaki bir fırsat aşamasının nasıl sayıldığı: won, lost ya da open, ör. &quot;Closed: abandoned=lost&quot;; tekrarlanabilir, çalışma alanı sonraki içe aktarmalar için hatırlar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The currency of amounts the file does not name, e.g. PLN (default: the workspace&apos;s).</source>
        <translation>Dosyanın para birimini belirtmediği tutarların para birimi, ör. PLN (varsayılan: çalışma alanınınki).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day a report without dates covers, when the file does not say (with --to).</source>
        <translation>Tarihsiz bir raporun kapsadığı ilk gün, dosya bunu belirtmediğinde (--to ile birlikte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day a report without dates covers (with --from).</source>
        <translation>Tarihsiz bir raporun kapsadığı son gün (--from ile birlikte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON.</source>
        <translation>Sonucu JSON olarak yazdır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files to import.</source>
        <translation>İçe aktarılacak CSV dosyaları.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV files into a workspace; each file lands whole or not at all.</source>
        <translation>CSV dosyalarını bir çalışma alanına içe aktar; her dosya ya tamamen aktarılır ya da hiç aktarılmaz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import: unknown kind &apos;%1&apos;</source>
        <translation>import: bilinmeyen tür &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%1&apos;</source>
        <translation>import: --currency, PLN, EUR veya USD gibi bir ISO 4217 kodu olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import: --source needs a label</source>
        <translation>import: --source bir etiket gerektirir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import: unknown preset &apos;%1&apos; (available: %2)</source>
        <translation>import: bilinmeyen hazır ayar &apos;%1&apos; (kullanılabilir: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import: unknown encoding &apos;%1&apos; (e.g. UTF-8, UTF-16LE, windows-1250, windows-1251, windows-1254, Big5, GB18030)</source>
        <translation>import: bilinmeyen kodlama &apos;%1&apos; (ör. UTF-8, UTF-16LE, windows-1250, windows-1251, windows-1254, Big5, GB18030)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>import: --date-order is dmy or mdy, not &apos;%1&apos;</source>
        <translation>import: --date-order dmy veya mdy olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import: --decimal is comma or point, not &apos;%1&apos;</source>
        <translation>import: --decimal comma veya point olmalıdır, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import: --map is HEADER=COLUMN with a column of data-model.md (date, channel, campaign, impressions, clicks, cost, …), not &apos;%1&apos;</source>
        <translation>import: --map, data-model.md&apos;deki bir sütunla BAŞLIK=SÜTUN biçimindedir (date, channel, campaign, impressions, clicks, cost, …), &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import: --channel needs a name</source>
        <translation>import: --channel bir ad gerektirir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import: --stage is STAGE=won, STAGE=lost or STAGE=open, not &apos;%1&apos;</source>
        <translation>import: --stage AŞAMA=won, AŞAMA=lost ya da AŞAMA=open biçimindedir, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import: --from and --to are both needed, as YYYY-MM-DD, the first not after the last</source>
        <translation>import: --from ve --to birlikte gerekli, YYYY-MM-DD biçiminde ve ilki sonuncudan sonra olmamalı</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import: name at least one FILE</source>
        <translation>import: en az bir FILE belirtin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>, line %1</source>
        <translation>, satır %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, column &apos;%1&apos;</source>
        <translation>, sütun &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reporting currency money is converted into, e.g. EUR (default: the workspace&apos;s).</source>
        <translation>Tutarların dönüştürüleceği raporlama para birimi, ör. EUR (varsayılan: çalışma alanınınki).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%2&apos;</source>
        <translation>%1: --currency, PLN, EUR veya USD gibi bir ISO 4217 kodu olmalı, &apos;%2&apos; değil</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+162"/>
        <location line="+90"/>
        <location line="+356"/>
        <source>First day of the period.</source>
        <translation>Dönemin ilk günü.</translation>
    </message>
    <message>
        <location line="-607"/>
        <location line="+162"/>
        <location line="+90"/>
        <location line="+356"/>
        <source>Last day of the period.</source>
        <translation>Dönemin son günü.</translation>
    </message>
    <message>
        <location line="-607"/>
        <location line="+162"/>
        <source>Only this channel (repeatable).</source>
        <translation>Yalnızca bu kanal (tekrarlanabilir).</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+162"/>
        <source>Only this campaign (repeatable).</source>
        <translation>Yalnızca bu kampanya (tekrarlanabilir).</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>previous or year.</source>
        <translation>previous veya year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day, week, month, quarter, channel or campaign. A time bucket with fewer days of data than its calendar week, month or quarter is marked partial (JSON: days, period_days, covered_days, partial; table: *); its sums are never scaled.</source>
        <translation>day, week, month, quarter, channel veya campaign. Veri bulunan gün sayısı takvim haftasından, ayından veya çeyreğinden az olan bir zaman aralığı kısmi olarak işaretlenir (JSON: days, period_days, covered_days, partial; tablo: *); toplamları hiçbir zaman ölçeklenmez.</translation>
    </message>
    <message>
        <location line="+606"/>
        <source>Print this saved review (see review list), with its decisions and notes, instead of a new one for --from and --to.</source>
        <translation>--from ve --to için yeni bir değerlendirme yerine bu kayıtlı değerlendirmeyi (bkz. review list) kararları ve notlarıyla birlikte yazdır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the SMART review of a period, or a saved review, as a PDF.</source>
        <translation>Bir dönemin SMART değerlendirmesini ya da kayıtlı bir değerlendirmeyi PDF olarak yaz.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>report: --review is a review&apos;s ID (see review list), not &apos;%1&apos;</source>
        <translation>report: --review bir değerlendirme ID&apos;si olmalı (bkz. review list), &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="-620"/>
        <location line="+251"/>
        <location line="+121"/>
        <source>json (default), csv or table.</source>
        <translation>json (varsayılan), csv veya table.</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>Compute every KPI of the catalog.</source>
        <translation>Katalogdaki tüm KPI&apos;ları hesapla.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>kpis: --from and --to are dates like 2025-01-31</source>
        <translation>kpis: --from ve --to, 2025-01-31 gibi tarihler olmalı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kpis: --from is after --to</source>
        <translation>kpis: --from tarihi --to tarihinden sonra</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kpis: --compare is previous or year, not &apos;%1&apos;</source>
        <translation>kpis: --compare previous veya year olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kpis: --by is day, week, month, quarter, channel or campaign, not &apos;%1&apos;</source>
        <translation>kpis: --by day, week, month, quarter, channel veya campaign olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kpis: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>kpis: --format json, csv veya table olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kpis: --by %1 from %2 to %3 gives %4 rows, more than %5: choose a longer bucket or a shorter period</source>
        <translation>kpis: %2 ile %3 arası --by %1, %5 satırdan fazla (%4 satır) verir: daha uzun bir aralık ya da daha kısa bir dönem seçin</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Includes totals spread evenly over %1 – %2 (%3): a range report with no day breakdown</source>
        <translation>%1 – %2 arasına eşit dağıtılmış toplamları içerir (%3): gün kırılımı olmayan bir dönem raporu</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The KPI whose rows to list, by its id (leads, cpl, revenue, ...).</source>
        <translation>Satırları listelenecek KPI, ID&apos;siyle (leads, cpl, revenue, ...).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>csv (default) or json.</source>
        <translation>csv (varsayılan) veya json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the stored rows behind one KPI of a period: its date, channel, campaign, the values the KPI uses, and the file and line each row came from (empty line: imported before lines were recorded; lines &gt; 1: several lines of the file were summed into the row, and line is the first). Amounts are as stored, in the row&apos;s currency. Money and decimals are plain decimals, in JSON as strings.</source>
        <translation>Bir dönemde tek bir KPI&apos;ı oluşturan kayıtlı satırları listele: tarihi, kanalı, kampanyası, KPI&apos;ın kullandığı değerler ve her satırın geldiği dosya ve satır numarası (line boş: satır numaraları kaydedilmeden önce içe aktarılmış; lines &gt; 1: dosyanın birkaç satırı bu satırda toplanmış, line bunların ilkidir). Tutarlar kaydedildiği gibidir, satırın para biriminde. Para değerleri ve ondalık sayılar düz ondalık sayılardır; JSON&apos;da dize olarak yazılır.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rows: --kpi ID is required (an id of &apos;funnelscope-cli kpis&apos; output)</source>
        <translation>rows: --kpi ID gerekli (&apos;funnelscope-cli kpis&apos; çıktısındaki bir ID)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows: unknown KPI &apos;%1&apos;</source>
        <translation>rows: bilinmeyen KPI &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rows: --from and --to are dates like 2025-01-31</source>
        <translation>rows: --from ve --to, 2025-01-31 gibi tarihler olmalı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows: --from is after --to</source>
        <translation>rows: --from tarihi --to tarihinden sonra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rows: --format is csv or json, not &apos;%1&apos;</source>
        <translation>rows: --format csv veya json olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>first, last, linear, time-decay or position.</source>
        <translation>first, last, linear, time-decay veya position.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel (default) or campaign.</source>
        <translation>channel (varsayılan) veya campaign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days in which a touch&apos;s weight halves, for time-decay (default 7).</source>
        <translation>time-decay için bir temasın ağırlığının yarıya indiği gün sayısı (varsayılan 7).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credit the period&apos;s leads, customers and won revenue to the channels or campaigns of their touchpoints.</source>
        <translation>Dönemin potansiyel müşterilerini, müşterilerini ve kazanılan gelirini, temas noktalarının kanallarına veya kampanyalarına dağıt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attribution: --from and --to are dates like 2025-01-31, in order</source>
        <translation>attribution: --from ve --to, sırayla, 2025-01-31 gibi tarihler olmalı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --model is first, last, linear, time-decay or position</source>
        <translation>attribution: --model first, last, linear, time-decay veya position olmalı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --by is channel or campaign, not &apos;%1&apos;</source>
        <translation>attribution: --by channel veya campaign olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>attribution: --half-life is a number of days above 0</source>
        <translation>attribution: --half-life 0&apos;dan büyük bir gün sayısı olmalı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>attribution: --format json, csv veya table olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Attribution %1 – %2, %3 model, by %4

</source>
        <translation>İlişkilendirme %1 – %2, model: %3, kırılım: %4

</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>First creation day of the cohorts.</source>
        <translation>Kohortların ilk oluşturulma günü.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last creation day of the cohorts.</source>
        <translation>Kohortların son oluşturulma günü.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month (default) or week.</source>
        <translation>month (varsayılan) veya week.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lead cohorts by creation month or week: the share reaching each stage within 30, 60, 90 and 180 days, and the median days to it.</source>
        <translation>Oluşturulma ayına veya haftasına göre potansiyel müşteri kohortları: 30, 60, 90 ve 180 gün içinde her aşamaya ulaşanların payı ve o aşamaya kadar geçen medyan gün sayısı.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cohorts: --from and --to are dates like 2025-01-31, in order</source>
        <translation>cohorts: --from ve --to, sırayla, 2025-01-31 gibi tarihler olmalı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cohorts: --by is month or week, not &apos;%1&apos;</source>
        <translation>cohorts: --by month veya week olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cohorts: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>cohorts: --format json, csv veya table olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>* still maturing: some leads of the cohort have not had that many days yet</source>
        <translation>* henüz olgunlaşıyor: kohorttaki bazı potansiyel müşteriler henüz o kadar günü doldurmadı</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: name one of %2%3</source>
        <translation>%1: şunlardan birini belirtin: %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, not &apos;%1&apos;</source>
        <translation>, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>who prepared the review, printed on the cover.</source>
        <translation>değerlendirmeyi hazırlayan kişi; kapakta basılır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whom it is for (&quot;the Board&quot;), printed on the cover.</source>
        <translation>kime hazırlandığı (&quot;Yönetim Kurulu&quot; gibi); kapakta basılır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sections of the PDF, comma-separated, of: %1 (default: all).</source>
        <translation>PDF&apos;in bölümleri, virgülle ayrılmış olarak şunlardan: %1 (varsayılan: tümü).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your comment at the top of a section, as SECTION=TEXT (repeatable; an empty TEXT removes it; a blank line separates paragraphs).</source>
        <translation>bir bölümün en üstündeki yorumunuz, SECTION=TEXT biçiminde (tekrarlanabilir; boş bir TEXT yorumu kaldırır; boş bir satır paragrafları ayırır).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: no section &apos;%2&apos;: the sections are %3</source>
        <translation>%1: &apos;%2&apos; diye bir bölüm yok: bölümler şunlardır: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: --sections names at least one of %2</source>
        <translation>%1: --sections şunlardan en az birini belirtmelidir: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: --comment is SECTION=TEXT, such as summary=&quot;Pipeline is on plan&quot;, not &apos;%2&apos;</source>
        <translation>%1: --comment SECTION=TEXT biçiminde olmalı, ör. summary=&quot;Satış hattı plana uygun&quot;, &apos;%2&apos; değil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The PDF to write.</source>
        <translation>Yazılacak PDF dosyası.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report&apos;s language.</source>
        <translation>Raporun dili.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This PDF only (a saved review keeps its own, see review edit): </source>
        <translation>Yalnızca bu PDF için (kayıtlı bir değerlendirme kendi ayarlarını korur, bkz. review edit): </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>report: --review prints a saved review of its own period: drop --from, --to and --view</source>
        <translation>report: --review kayıtlı bir değerlendirmeyi kendi dönemiyle yazdırır: --from, --to ve --view seçeneklerini kaldırın</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>report: --from and --to are dates like 2025-01-31</source>
        <translation>report: --from ve --to, 2025-01-31 gibi tarihler olmalı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report: --from is after --to</source>
        <translation>report: --from tarihi --to tarihinden sonra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report: --out FILE.pdf is required</source>
        <translation>report: --out FILE.pdf gerekli</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>report: --lang is one of %1, not &apos;%2&apos;</source>
        <translation>report: --lang şunlardan biri olmalı: %1 (&apos;%2&apos; değil)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--review %1: no such review in %2</source>
        <translation>--review %1: %2 içinde böyle bir değerlendirme yok</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+601"/>
        <source>Marketing review %1 – %2</source>
        <translation>Pazarlama değerlendirmesi %1 – %2</translation>
    </message>
    <message>
        <location line="-561"/>
        <source>Count a stored channel name as a channel, e.g. &quot;Direct Traffic=Direct&quot; (repeatable; &quot;NAME=&quot; goes back to the default taxonomy).</source>
        <translation>Kayıtlı bir kanal adını bir kanal olarak say, ör. &quot;Direct Traffic=Direct&quot; (tekrarlanabilir; &quot;NAME=&quot; varsayılan sınıflandırmaya geri döner).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every alias of the workspace: the default taxonomy only.</source>
        <translation>Çalışma alanının tüm takma adlarını kaldır: yalnızca varsayılan sınıflandırma kalır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the list as JSON.</source>
        <translation>Listeyi JSON olarak yazdır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the stored channel names and the canonical channel each counts as in every KPI; --alias and --reset change that without re-importing anything.</source>
        <translation>Kayıtlı kanal adlarını ve her birinin tüm KPI&apos;larda sayıldığı standart kanalı listele; --alias ve --reset bunu hiçbir şeyi yeniden içe aktarmadan değiştirir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>channels: --alias is NAME=CHANNEL, e.g. &quot;Direct Traffic=Direct&quot;, not &apos;%1&apos;</source>
        <translation>channels: --alias NAME=CHANNEL biçimindedir, ör. &quot;Direct Traffic=Direct&quot;; &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot change the aliases of %1: %2</source>
        <translation>%1 içindeki takma adlar değiştirilemiyor: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the workspace&apos;s alias</source>
        <translation>çalışma alanının takma adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as imported</source>
        <translation>içe aktarıldığı gibi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default taxonomy</source>
        <translation>varsayılan sınıflandırma</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: --%2 is a date like 2025-01-31, not &apos;%3&apos;</source>
        <translation>%1: --%2, 2025-01-31 gibi bir tarih olmalı, &apos;%3&apos; değil</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>add: the KPI&apos;s name; its id is the name in lower case with _ (&quot;Revenue per lead&quot; → revenue_per_lead).</source>
        <translation>add: KPI&apos;ın adı; ID&apos;si, adın küçük harflerle ve boşluklar yerine _ ile yazılmış hâlidir (&quot;Revenue per lead&quot; → revenue_per_lead).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: the formula over KPI ids (see kpis.md) and numbers with + - * / and parentheses, e.g. &quot;revenue / leads&quot; or &quot;(mqls - sqls) / mqls&quot;. Also: clicks, expenses, lost_deals; revenue_won (= revenue), cost and spend (= media_cost).</source>
        <translation>add: KPI ID&apos;leri (bkz. kpis.md) ve sayılarla, + - * / ve parantez kullanılarak yazılan formül, ör. &quot;revenue / leads&quot; veya &quot;(mqls - sqls) / mqls&quot;. Ayrıca: clicks, expenses, lost_deals; revenue_won (= revenue), cost ve spend (= media_cost).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: up (higher is better, the default), down or neutral.</source>
        <translation>add: up (yüksek olması daha iyi, varsayılan), down veya neutral.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: count, money (in the reporting currency), percent (a fraction shown as %), ratio (x : 1) or number (default: money for a money formula, else number).</source>
        <translation>add: count, money (raporlama para biriminde), percent (% olarak gösterilen bir oran), ratio (x : 1) veya number (varsayılan: para formülü için money, diğerleri için number).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: decimals shown, 0 to 6 (default: the format&apos;s).</source>
        <translation>add: gösterilen ondalık basamak sayısı, 0 ile 6 arası (varsayılan: biçimin kendi değeri).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the funnel group it is shown in: awareness, engagement, lead_generation, sales (default) or loyalty.</source>
        <translation>add: gösterileceği huni grubu: awareness, engagement, lead_generation, sales (varsayılan) veya loyalty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: print the custom KPIs as JSON.</source>
        <translation>list: özel KPI&apos;ları JSON olarak yazdır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add, list and remove custom KPIs: formulas over the catalog&apos;s KPIs, saved in the workspace and shown with them (cards, tables, kpis, goals, the report). A division by zero or an unknown input gives no value (null), never infinity.</source>
        <translation>Özel KPI&apos;ları ekle, listele ve kaldır: katalogdaki KPI&apos;lar üzerinden formüller; çalışma alanında kaydedilir ve onlarla birlikte gösterilir (kartlar, tablolar, kpis, goals, rapor). Sıfıra bölme ya da bilinmeyen bir girdi sonsuz değil, boş değer (null) verir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>kpi add: --name is required</source>
        <translation>kpi add: --name gerekli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kpi add: --formula is required, e.g. --formula &quot;revenue / leads&quot;</source>
        <translation>kpi add: --formula gerekli, ör. --formula &quot;revenue / leads&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kpi add: --better is up, down or neutral, not &apos;%1&apos;</source>
        <translation>kpi add: --better up, down veya neutral olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kpi add: --group is awareness, engagement, lead_generation, sales or loyalty, not &apos;%1&apos;</source>
        <translation>kpi add: --group awareness, engagement, lead_generation, sales veya loyalty olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kpi add: --decimals is a whole number from 0 to 6, not &apos;%1&apos;</source>
        <translation>kpi add: --decimals 0 ile 6 arasında bir tam sayı olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kpi add: --format is count, money, percent, ratio or number, not &apos;%1&apos;</source>
        <translation>kpi add: --format count, money, percent, ratio veya number olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kpi remove: name the custom KPI&apos;s ID (see kpi list)</source>
        <translation>kpi remove: özel KPI&apos;ın ID&apos;sini belirtin (bkz. kpi list)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>better: %1</source>
        <translation>daha iyisi: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add: the goal&apos;s name.</source>
        <translation>add: hedefin adı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the KPI&apos;s id, e.g. leads, cpl, mql_to_sql_rate.</source>
        <translation>add: KPI ID&apos;si, ör. leads, cpl, mql_to_sql_rate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the target, e.g. 1200 or 30%.</source>
        <translation>add: hedef değer, ör. 1200 veya 30%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the baseline value (default: computed from the baseline period).</source>
        <translation>add: referans değer (varsayılan: referans döneminden hesaplanır).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: first day of the baseline period (default: 90 days before --start).</source>
        <translation>add: referans döneminin ilk günü (varsayılan: --start tarihinden 90 gün önce).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: last day of the baseline period (default: the day before --start).</source>
        <translation>add: referans döneminin son günü (varsayılan: --start tarihinden önceki gün).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the first day the goal counts.</source>
        <translation>add: hedefin sayılmaya başladığı ilk gün.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the day the target is due.</source>
        <translation>add: hedef değere ulaşılması gereken gün.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: weekly, monthly (default) or quarterly reviews.</source>
        <translation>add: gözden geçirme sıklığı: weekly, monthly (varsayılan) veya quarterly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <location line="+625"/>
        <source>add: only this channel (repeatable).</source>
        <translation>add: yalnızca bu kanal (tekrarlanabilir).</translation>
    </message>
    <message>
        <location line="-797"/>
        <location line="+173"/>
        <location line="+625"/>
        <source>add: only this campaign (repeatable).</source>
        <translation>add: yalnızca bu kampanya (tekrarlanabilir).</translation>
    </message>
    <message>
        <location line="-797"/>
        <source>add: who owns the goal.</source>
        <translation>add: hedefin sorumlusu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the business objective it serves.</source>
        <translation>add: hedefin hizmet ettiği iş amacı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the currency of a money goal&apos;s target, e.g. PLN (default: the workspace&apos;s).</source>
        <translation>add: parasal bir hedefin para birimi, ör. PLN (varsayılan: çalışma alanının para birimi).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print the goals as JSON.</source>
        <translation>list: hedefleri JSON olarak yazdır.</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>list, add, or remove ID.</source>
        <translation>list, add veya remove ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List, add and remove the workspace&apos;s SMART goals, with the fields of the window&apos;s goal form.</source>
        <translation>Çalışma alanının SMART hedeflerini, penceredeki hedef formunun alanlarıyla listele, ekle ve kaldır.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>goals add: --name is required</source>
        <translation>goals add: --name gerekli</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>goals add: --target is a number, e.g. 1200 or 30%, not &apos;%1&apos;</source>
        <translation>goals add: --target bir sayı olmalı, ör. 1200 veya 30%, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>goals add: --baseline is a number, e.g. 950 or 25%, not &apos;%1&apos;</source>
        <translation>goals add: --baseline bir sayı olmalı, ör. 950 veya 25%, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>goals add: --start and --deadline are required, as YYYY-MM-DD</source>
        <translation>goals add: --start ve --deadline gerekli, YYYY-MM-DD biçiminde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>goals add: --deadline is before --start</source>
        <translation>goals add: --deadline tarihi --start tarihinden önce</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>goals add: --baseline-from is after --baseline-to</source>
        <translation>goals add: --baseline-from tarihi --baseline-to tarihinden sonra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>goals add: --cadence is weekly, monthly or quarterly, not &apos;%1&apos;</source>
        <translation>goals add: --cadence weekly, monthly veya quarterly olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>goals add: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%1&apos;</source>
        <translation>goals add: --currency, PLN, EUR veya USD gibi bir ISO 4217 kodudur; &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>goals remove: name the goal&apos;s ID (see goals list)</source>
        <translation>goals remove: hedefin ID&apos;sini belirtin (bkz. goals list)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot save the goal in %1: %2</source>
        <translation>hedef %1 içine kaydedilemiyor: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove: no goal %1 in %2</source>
        <translation>remove: %2 içinde %1 ID&apos;li hedef yok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot remove goal %1 from %2</source>
        <translation>%1 ID&apos;li hedef %2 içinden kaldırılamıyor</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>add: first day of the review&apos;s period.</source>
        <translation>add: değerlendirme döneminin ilk günü.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: last day of the review&apos;s period.</source>
        <translation>add: değerlendirme döneminin son günü.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the title (default: &quot;Marketing review FROM – TO&quot;).</source>
        <translation>add: başlık (varsayılan: &quot;Pazarlama değerlendirmesi FROM – TO&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list: the recommendations and decisions of this review; decide: the review the decision is recorded in.</source>
        <translation>list: bu değerlendirmenin önerileri ve kararları; decide: kararın kaydedileceği değerlendirme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decide: change this decision instead of recording a new one.</source>
        <translation>decide: yeni bir karar kaydetmek yerine bu kararı değiştir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: what was decided.</source>
        <translation>decide: alınan karar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: who does it.</source>
        <translation>decide: kararı kimin uygulayacağı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: by when.</source>
        <translation>decide: son tarih.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: open (default), done or dropped.</source>
        <translation>decide: open (varsayılan), done veya dropped.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: the goal the decision serves.</source>
        <translation>decide: kararın hizmet ettiği hedef.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: the recommended action of the review it answers (its id, see review list --review).</source>
        <translation>decide: kararın yanıt verdiği, değerlendirmedeki önerilen eylem (ID&apos;si; bkz. review list --review).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print as JSON.</source>
        <translation>list: JSON olarak yazdır.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: --review is a review&apos;s ID (see review list), not &apos;%2&apos;</source>
        <translation>%1: --review bir değerlendirme ID&apos;si olmalı (bkz. review list), &apos;%2&apos; değil</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>review add: --from and --to are required, as YYYY-MM-DD</source>
        <translation>review add: --from ve --to gerekli, YYYY-MM-DD biçiminde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review add: --from is after --to</source>
        <translation>review add: --from tarihi --to tarihinden sonra</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>review add: --title needs a text</source>
        <translation>review add: --title bir metin gerektirir</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+56"/>
        <source>cannot save the review in %1: %2</source>
        <translation>değerlendirme %1 içine kaydedilemiyor: %2</translation>
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
        <translation>Kullanım: funnelscope-cli KOMUT [SEÇENEKLER]

B2B hunisi boyunca pazarlama KPI&apos;ları, CSV dışa aktarımlarınızdan, tek bir yerel çalışma alanı dosyasında.

Komutlar:
  import       CSV dosyalarını bir çalışma alanına içe aktar
  kpis         Bir dönem için tüm KPI&apos;ları filtreler, karşılaştırma ve kırılımlarla hesapla
  rows         Tek bir KPI&apos;ı oluşturan kayıtlı satırları, her birinin geldiği dosya ve satırla listele
  report       Bir dönemin SMART değerlendirmesini ya da kayıtlı bir değerlendirmeyi PDF olarak yaz
  attribution  Potansiyel müşterileri, müşterileri ve geliri kanallara ata: first, last, linear, time-decay veya position
  cohorts      Potansiyel müşteri kohortları: 30, 60, 90 ve 180 gün içinde her aşamaya ulaşanların payı
  channels     Kayıtlı kanal adlarını her birinin sayıldığı kanalla listele; takma adları ayarla ve sıfırla
  kpi          Kendi KPI&apos;larınızı ekle, listele ve kaldır: katalogdaki KPI&apos;lar üzerinden formüller
  goals        SMART hedeflerini listele, ekle ve kaldır
  review       Kayıtlı değerlendirmeleri listele, bir dönem için yenisini oluştur, PDF&apos;inin hazırlayanını, kime hazırlandığını,
               bölümlerini ve yorumlarını seç, kararları kaydet (durum, hedef, öneri)
  annotate     Verilere tarihli notlar ekle, listele ve kaldır; notlar grafiklerde gösterilir, değerlendirmelerde listelenir
  view         Kayıtlı görünümleri (dönem kuralı, karşılaştırma, filtreler ve sekme) listele, ekle ve kaldır;
               kpis --view ve report --view bunları kullanır
  settings     Rapor kapaklarında basılan şirket adını ve logoyu göster ya da ayarla
  demo         Gerçekçi, iki yıllık bir demo çalışma alanı yaz
  copy         Bütün bir çalışma alanını bir dosya ile PostgreSQL üzerindeki bir ekip veritabanı arasında kopyala

Bir komutun seçenekleri için &apos;funnelscope-cli KOMUT --help&apos; çalıştırın.
Çıkış kodları: 0 başarılı, 1 iş reddedildi (hiçbir şey değişmedi), 2 kullanım hatası.
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The workspace: a file (created on first use), or a team workspace, postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>Çalışma alanı: bir dosya (ilk kullanımda oluşturulur) veya bir ekip çalışma alanı, postgresql://KULLANICI@SUNUCU:PORT/VERITABANI (parola ~/.pgpass veya PGPASSWORD&apos;den).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: --db LOCATION is required</source>
        <translation>%1: --db KONUM gerekli</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>this funnelscope-cli was built without PostgreSQL (configure with -DFUNNELSCOPE_POSTGRES=ON), so it cannot open %1</source>
        <translation>bu funnelscope-cli PostgreSQL olmadan derlendi (-DFUNNELSCOPE_POSTGRES=ON ile yapılandırın), bu yüzden %1 açılamıyor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing was changed in %1: %2</source>
        <translation>%1 içinde hiçbir şey değiştirilmedi: %2</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>A saved view (see view list): its period, comparison, channels and campaigns, where --from, --to, --compare, --channel and --campaign do not say otherwise.</source>
        <translation>Kayıtlı bir görünüm (bkz. view list): dönemi, karşılaştırması, kanalları ve kampanyaları; --from, --to, --compare, --channel ve --campaign aksini belirtmedikçe bunlar kullanılır.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--view &apos;%1&apos;: %2 has no saved views</source>
        <translation>--view &apos;%1&apos;: %2 içinde kayıtlı görünüm yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--view &apos;%1&apos;: no such view in %2 (its views: %3)</source>
        <translation>--view &apos;%1&apos;: %2 içinde böyle bir görünüm yok (görünümleri: %3)</translation>
    </message>
    <message>
        <location line="+1060"/>
        <source>goals add: --kpi is required: a KPI id of kpis.md (leads, cpl, revenue, …) or of a custom KPI (kpi list)</source>
        <translation>goals add: --kpi gerekli: kpis.md&apos;deki bir KPI ID&apos;si (leads, cpl, revenue, …) veya bir özel KPI&apos;ın ID&apos;si (kpi list)</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+17"/>
        <source>goals add: --kpi is a KPI id of kpis.md (leads, cpl, revenue, …) or of a custom KPI (kpi list), not &apos;%1&apos;</source>
        <translation>goals add: --kpi, kpis.md&apos;deki bir KPI ID&apos;si (leads, cpl, revenue, …) veya bir özel KPI&apos;ın ID&apos;si (kpi list) olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>add, edit: </source>
        <translation>add, edit: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, add, edit (what its PDF shows) or decide.</source>
        <translation>list, add, edit (PDF&apos;inde neyin gösterileceği) veya decide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the saved SMART reviews, make one for a period as the window does, choose what its PDF shows, and record the decisions taken in it.</source>
        <translation>Kayıtlı SMART değerlendirmelerini listele, pencerede olduğu gibi bir dönem için yenisini oluştur, PDF&apos;inde neyin gösterileceğini seç ve değerlendirmede alınan kararları kaydet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: --author, --audience, --sections and --comment are for review add and edit</source>
        <translation>%1: --author, --audience, --sections ve --comment yalnızca review add ve edit içindir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review edit: --review ID is required</source>
        <translation>review edit: --review ID gerekli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review edit: name what to change: --author, --audience, --sections, --comment</source>
        <translation>review edit: neyin değişeceğini belirtin: --author, --audience, --sections, --comment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>edit: --review %1: no such review in %2</source>
        <translation>edit: --review %1: %2 içinde böyle bir değerlendirme yok</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>review decide: --review ID is required (or --decision ID to change one)</source>
        <translation>review decide: --review ID gerekli (ya da bir kararı değiştirmek için --decision ID)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>review decide: --decision is a decision&apos;s ID, not &apos;%1&apos;</source>
        <translation>review decide: --decision bir karar ID&apos;si olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>review decide: --status is open, done or dropped, not &apos;%1&apos;</source>
        <translation>review decide: --status open, done veya dropped olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review decide: --goal is a goal&apos;s ID (see goals list), not &apos;%1&apos;</source>
        <translation>review decide: --goal bir hedef ID&apos;si olmalı (bkz. goals list), &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>review decide: link a decision to --goal or to --recommendation, not both</source>
        <translation>review decide: kararı --goal ya da --recommendation ile ilişkilendirin, ikisiyle birden değil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review decide: --text is required</source>
        <translation>review decide: --text gerekli</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>decide: --decision %1: no such decision in %2</source>
        <translation>decide: --decision %1: %2 içinde böyle bir karar yok</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>decide: --review %1: no such review in %2</source>
        <translation>decide: --review %1: %2 içinde böyle bir değerlendirme yok</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>decide: --goal %1: no such goal in %2</source>
        <translation>decide: --goal %1: %2 içinde böyle bir hedef yok</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>decide: --recommendation &apos;%1&apos; is not a recommendation of review %2 (it has: %3)</source>
        <translation>decide: --recommendation &apos;%1&apos;, %2 değerlendirmesinin önerilerinden biri değil (önerileri: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+265"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>cannot save the decision in %1: %2</source>
        <translation>karar %1 içine kaydedilemiyor: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list: --review %1: no such review in %2</source>
        <translation>list: --review %1: %2 içinde böyle bir değerlendirme yok</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recommended actions:</source>
        <translation>Önerilen eylemler:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decisions:</source>
        <translation>Kararlar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue</source>
        <translation>gecikmiş</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due %1</source>
        <translation>son tarih %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>add: the day of the note, or the first day of its range; list: notes from this day on.</source>
        <translation>add: notun günü ya da kapsadığı aralığın ilk günü; list: bu günden itibaren notlar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the last day of its range (default: --from); list: notes up to this day.</source>
        <translation>add: aralığın son günü (varsayılan: --from); list: bu güne kadarki notlar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the note, e.g. &quot;Tracking broken&quot;.</source>
        <translation>add: not metni, ör. &quot;İzleme bozuk&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the channel it is about (default: every channel).</source>
        <translation>add: notun ilgili olduğu kanal (varsayılan: tüm kanallar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print the notes as JSON.</source>
        <translation>list: notları JSON olarak yazdır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, list, or remove ID.</source>
        <translation>add, list veya remove ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dated notes on the data (&quot;campaign launch&quot;, &quot;tracking broken 3–5 May&quot;), drawn on the charts whose period includes them and listed in reviews.</source>
        <translation>Verilere ilişkin tarihli notlar (&quot;kampanya lansmanı&quot;, &quot;3–5 Mayıs izleme bozuk&quot;); dönemi bunları kapsayan grafiklerde gösterilir ve değerlendirmelerde listelenir.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>annotate add: --from is required (the day, or the first day of a range)</source>
        <translation>annotate add: --from gerekli (gün ya da bir aralığın ilk günü)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotate add: --to is before --from</source>
        <translation>annotate add: --to tarihi --from tarihinden önce</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotate add: --text is required</source>
        <translation>annotate add: --text gerekli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotate add: --channel needs a name</source>
        <translation>annotate add: --channel bir ad gerektirir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotate remove: name the note&apos;s ID (see annotate list)</source>
        <translation>annotate remove: notun ID&apos;sini belirtin (bkz. annotate list)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annotate list: --from is after --to</source>
        <translation>annotate list: --from tarihi --to tarihinden sonra</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot save the note in %1: %2</source>
        <translation>not %1 içine kaydedilemiyor: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove: no note %1 in %2</source>
        <translation>remove: %2 içinde %1 ID&apos;li not yok</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The company name printed on report covers (empty: the workspace&apos;s file name).</source>
        <translation>Rapor kapaklarında basılan şirket adı (boş: çalışma alanının dosya adı).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo for report covers: a PNG, JPEG or SVG file of at most %1 KB, stored inside the workspace.</source>
        <translation>Rapor kapakları için logo: en fazla %1 KB boyutunda bir PNG, JPEG veya SVG dosyası; çalışma alanının içinde saklanır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the logo.</source>
        <translation>Logoyu kaldır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the settings as JSON.</source>
        <translation>Ayarları JSON olarak yazdır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or change the workspace&apos;s settings: the company name and logo of its reports.</source>
        <translation>Çalışma alanının ayarlarını göster veya değiştir: raporlarında yer alan şirket adı ve logo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>settings: --logo or --no-logo, not both</source>
        <translation>settings: --logo ya da --no-logo, ikisi birden değil</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot save the settings in %1: %2</source>
        <translation>ayarlar %1 içine kaydedilemiyor: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Company: %1</source>
        <translation>Şirket: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo: %1</source>
        <translation>Logo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 × %3 pixels, %4 bytes</source>
        <translation>%1, %2 × %3 piksel, %4 bayt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency: %1</source>
        <translation>Para birimi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last author: %1</source>
        <translation>Son hazırlayan: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The random seed (default 1).</source>
        <translation>Rastgele tohum değeri (varsayılan 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmark size: about N campaign rows over three years (default: the demo).</source>
        <translation>Performans testi boyutu: üç yıla yayılan yaklaşık N kampanya satırı (varsayılan: demo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only write the CSV files into DIR; import nothing.</source>
        <translation>Yalnızca CSV dosyalarını DIR içine yaz; hiçbir şeyi içe aktarma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a deterministic two-year B2B demo workspace.</source>
        <translation>Deterministik, iki yıllık bir B2B demo çalışma alanı yaz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo: --seed is a whole number</source>
        <translation>demo: --seed bir tam sayı olmalı</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo: --campaign-rows is a whole number of at least 1000</source>
        <translation>demo: --campaign-rows en az 1000 olan bir tam sayı olmalı</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>goals and past reviews added</source>
        <translation>hedefler ve geçmiş değerlendirmeler eklendi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspace to copy: a workspace file, or postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or PGPASSWORD, never the URL).</source>
        <translation>Kopyalanacak çalışma alanı: bir çalışma alanı dosyası veya postgresql://USER@HOST:PORT/DATABASE (parola URL&apos;den değil, her zaman ~/.pgpass veya PGPASSWORD&apos;den alınır).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to: a new workspace file, or an empty PostgreSQL database, as a URL.</source>
        <translation>Hedef: yeni bir çalışma alanı dosyası veya URL olarak verilen boş bir PostgreSQL veritabanı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy every table of a workspace, in one transaction, between a workspace file and a PostgreSQL database (a team workspace), into a target without workspace data.</source>
        <translation>Bir çalışma alanının tüm tablolarını tek bir işlemde, bir çalışma alanı dosyası ile bir PostgreSQL veritabanı (ekip çalışma alanı) arasında, çalışma alanı verisi içermeyen bir hedefe kopyala.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy: --from and --to are required</source>
        <translation>copy: --from ve --to gerekli</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>copied %1 to %2: %3 rows in %4 tables</source>
        <translation>%1, %2 hedefine kopyalandı: %4 tabloda %3 satır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this funnelscope-cli was built without PostgreSQL (configure with -DFUNNELSCOPE_POSTGRES=ON)</source>
        <translation>bu funnelscope-cli PostgreSQL desteği olmadan derlendi (-DFUNNELSCOPE_POSTGRES=ON ile yapılandırın)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add: the view&apos;s name; adding a name that exists replaces it.</source>
        <translation>add: görünümün adı; var olan bir adla eklenen görünüm eskisinin yerini alır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: %1 (default: last-90-days), counted back from the last day with data, or today when the data runs on; custom with --from and --to.</source>
        <translation>add: %1 (varsayılan: last-90-days); verisi olan son günden, veriler bugüne kadar sürüyorsa bugünden geriye doğru sayılır; custom için --from ve --to kullanın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: a custom period&apos;s first day.</source>
        <translation>add: özel bir dönemin ilk günü.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: a custom period&apos;s last day.</source>
        <translation>add: özel bir dönemin son günü.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: previous (default), year or none.</source>
        <translation>add: previous (varsayılan), year veya none.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: the window&apos;s tab: overview, awareness, engagement, lead-generation, sales, loyalty, funnel, goals or data.</source>
        <translation>add: pencerenin sekmesi: overview, awareness, engagement, lead-generation, sales, loyalty, funnel, goals veya data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: print the views as JSON.</source>
        <translation>list: görünümleri JSON olarak yazdır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, list, or remove NAME.</source>
        <translation>add, list veya remove NAME.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved views: a named period rule, comparison, filters and tab, for the window, kpis --view and report --view.</source>
        <translation>Kayıtlı görünümler: pencere, kpis --view ve report --view için adlandırılmış bir dönem kuralı, karşılaştırma, filtreler ve sekme.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>view add: --name is required</source>
        <translation>view add: --name gerekli</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>view add: --period is one of %1, not &apos;%2&apos;</source>
        <translation>view add: --period şunlardan biri olmalı: %1 (&apos;%2&apos; değil)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>view add: a custom period needs --from and --to</source>
        <translation>view add: özel bir dönem için --from ve --to gerekli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view add: --from is after --to</source>
        <translation>view add: --from tarihi --to tarihinden sonra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>view add: --from and --to are for a custom period, not %1</source>
        <translation>view add: --from ve --to özel bir dönem içindir, %1 için değil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>view add: --compare is previous, year or none, not &apos;%1&apos;</source>
        <translation>view add: --compare previous, year veya none olmalı, &apos;%1&apos; değil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>view add: --tab is one of %1, not &apos;%2&apos;</source>
        <translation>view add: --tab şunlardan biri olmalı: %1 (&apos;%2&apos; değil)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view remove: name the view (see view list)</source>
        <translation>view remove: görünümü belirtin (bkz. view list)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot save the view in %1: %2</source>
        <translation>görünüm %1 içine kaydedilemiyor: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>view &apos;%1&apos; saved</source>
        <translation>&apos;%1&apos; görünümü kaydedildi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove: no view &apos;%1&apos; in %2</source>
        <translation>remove: %2 içinde &apos;%1&apos; görünümü yok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view &apos;%1&apos; removed</source>
        <translation>&apos;%1&apos; görünümü kaldırıldı</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all channels and campaigns</source>
        <translation>tüm kanallar ve kampanyalar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>name a command.</source>
        <translation>bir komut belirtin.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>bilinmeyen komut &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the output: %1</source>
        <translation>çıktı yazılamıyor: %1</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiwriter.cpp" line="+293"/>
        <source>KPIs %1 – %2</source>
        <translation>KPI&apos;lar %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, channels: </source>
        <translation>, kanallar: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, campaigns: </source>
        <translation>, kampanyalar: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (previous: %1 – %2)</source>
        <translation> (önceki: %1 – %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
leads from: %1
</source>
        <translation>
potansiyel müşteri kaynağı: %1
</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>
(columns: value, previous, change; ▲ better, ▼ worse)
</source>
        <translation>
(sütunlar: değer, önceki, değişim; ▲ daha iyi, ▼ daha kötü)
</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <location filename="../../core/attribution/attribution.cpp" line="+215"/>
        <source>revenue is unknown: won deals in %1 on %2 day(s) have no exchange rate into %3</source>
        <translation>gelir bilinmiyor: %1 cinsinden kazanılan anlaşmaların %2 gününde şu para birimine döviz kuru yok: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a reporting currency (pass --currency)</source>
        <translation>bir raporlama para birimi (--currency ile belirtin)</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiengine.cpp" line="+201"/>
        <source>amounts are in %1 and no reporting currency is chosen: money KPIs are unknown; pass --currency CODE or set the workspace currency</source>
        <translation>tutarlar %1 cinsinden ve raporlama para birimi seçilmedi: parasal KPI&apos;lar bilinmiyor; --currency CODE verin ya da çalışma alanının para birimini ayarlayın</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> and %1 more</source>
        <translation> ve %1 tane daha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amounts without a currency (imported with none named) cannot be converted to %1 on %2: money KPIs that need them are unknown; re-import them with --currency CODE</source>
        <translation>para birimi olmayan tutarlar (para birimi belirtilmeden içe aktarılmış) %2 tarihlerinde %1 birimine dönüştürülemiyor: bu tutarlara ihtiyaç duyan parasal KPI&apos;lar bilinmiyor; bunları --currency CODE ile yeniden içe aktarın</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no exchange rate from %1 to %2 within %3 days before %4: money KPIs that need them are unknown; import rates with import --kind rates</source>
        <translation>%4 öncesindeki %3 gün içinde %1 → %2 döviz kuru yok: bu kurlara ihtiyaç duyan parasal KPI&apos;lar bilinmiyor; kurları import --kind rates ile içe aktarın</translation>
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
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMM yy</source>
        <comment>a day on a chart axis with its year: QDate format</comment>
        <translation>d MMM yy</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>MMM yyyy</source>
        <comment>a month on a chart axis: QDate format</comment>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>File</name>
    <message>
        <location filename="../../core/files/outputfile.cpp" line="+20"/>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 yazılamıyor: bu bir klasör</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot write %1: it was not opened</source>
        <translation>%1 yazılamıyor: dosya açılmadı</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not every byte could be written (is the disk full?)</source>
        <translation>baytların hepsi yazılamadı (disk dolu mu?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: %2; any earlier copy of it is kept</source>
        <translation>%1 yazılamıyor: %2; dosyanın önceki kopyası korunur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../core/kpi/periodpreset.cpp" line="+31"/>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Son 90 gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Bu ay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Geçen ay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation>Bu çeyrek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>Geçen çeyrek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year to date</source>
        <translation>Yılbaşından bugüne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Son 12 ay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Geçen yıl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Tüm zamanlar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom range</source>
        <translation>Özel aralık</translation>
    </message>
</context>
<context>
    <name>GoalStore</name>
    <message>
        <location filename="../../core/goals/goalstore.cpp" line="+141"/>
        <source>an annotation needs text and a first day not after its last</source>
        <translation>bir ek açıklama için metin ve son gününden sonra olmayan bir ilk gün gerekli</translation>
    </message>
    <message>
        <location filename="../../core/goals/reviewrecords.cpp" line="+24"/>
        <source>done</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>vazgeçildi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open</source>
        <translation>açık</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../core/goals/goalprogress.cpp" line="+168"/>
        <source>not started</source>
        <translation>başlamadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on track</source>
        <translation>yolunda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at risk</source>
        <translation>risk altında</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off track</source>
        <translation>hedefin gerisinde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met</source>
        <translation>ulaşıldı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed</source>
        <translation>ulaşılamadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too early to judge</source>
        <translation>değerlendirmek için erken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>veri yok</translation>
    </message>
    <message>
        <location filename="../../core/goals/goal.cpp" line="+24"/>
        <source>weekly</source>
        <comment>reviewed weekly</comment>
        <translation>haftalık</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly</source>
        <comment>reviewed monthly</comment>
        <translation>aylık</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarterly</source>
        <comment>reviewed quarterly</comment>
        <translation>üç aylık</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../core/csv/dateparser.cpp" line="+176"/>
        <source>not a valid date: &apos;%1&apos;</source>
        <translation>geçerli bir tarih değil: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>ambiguous date &apos;%1&apos;: day or month first? Choose with --date-order dmy|mdy</source>
        <translation>belirsiz tarih &apos;%1&apos;: önce gün mü, ay mı? --date-order dmy|mdy ile seçin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a date in the file&apos;s %2 order</source>
        <translation>&apos;%1&apos;, dosyanın %2 sırasına uygun bir tarih değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year</source>
        <translation>gün/ay/yıl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month/day/year</source>
        <translation>ay/gün/yıl</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/money/ratesimporter.cpp" line="+247"/>
        <source>not a date: &apos;%1&apos;</source>
        <translation>tarih değil: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/csv/numberparser.cpp" line="+53"/>
        <source>comma (1,5)</source>
        <translation>virgül (1,5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>point (1.5)</source>
        <translation>nokta (1.5)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>not a number: &apos;%1&apos;</source>
        <translation>sayı değil: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; is written with a decimal %2, but this file writes decimals with a %3 (decided from all its numbers)</source>
        <translation>&apos;%1&apos; ondalık ayırıcı olarak %2 ile yazılmış, ancak bu dosya ondalıkları %3 ile yazıyor (tüm sayılarından belirlendi)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>number too large: &apos;%1&apos;</source>
        <translation>sayı çok büyük: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/importing/fileinspector.cpp" line="+527"/>
        <source>%1 and %2</source>
        <translation>%1 ve %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a %1 column or a date range above the header</source>
        <translation>bir %1 sütunu ya da başlığın üstünde bir tarih aralığı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a %1 export without %2, which Funnelscope needs to import it</source>
        <translation>bu, %2 içermeyen bir %1 dışa aktarımı; Funnelscope içe aktarmak için bunlara ihtiyaç duyar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>say which with --decimal comma or --decimal point</source>
        <translation>--decimal comma veya --decimal point ile belirtin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column &apos;%1&apos; has numbers with a decimal comma (&apos;%2&apos;, line %3) and with a decimal point (&apos;%4&apos;, line %5): one of them would be misread; export the file again, or %6</source>
        <translation>&apos;%1&apos; sütununda ondalık virgüllü (&apos;%2&apos;, satır %3) ve ondalık noktalı (&apos;%4&apos;, satır %5) sayılar var: bunlardan biri yanlış okunur; dosyayı yeniden dışa aktarın veya %6</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file&apos;s numbers disagree: &apos;%1&apos; in column &apos;%2&apos; (line %3) has a decimal comma, &apos;%4&apos; in column &apos;%5&apos; (line %6) a decimal point; %7</source>
        <translation>dosyanın sayıları çelişiyor: &apos;%2&apos; sütunundaki &apos;%1&apos; (satır %3) ondalık virgül, &apos;%5&apos; sütunundaki &apos;%4&apos; (satır %6) ondalık nokta kullanıyor; %7</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; in column &apos;%2&apos; could be a decimal (with a decimal point) or a whole number (with a thousands separator), and nothing else in the file tells which; %3</source>
        <translation>&apos;%2&apos; sütunundaki &apos;%1&apos; ondalık bir sayı (ondalık noktalı) ya da bir tam sayı (binlik ayırıcılı) olabilir ve dosyadaki başka hiçbir şey hangisi olduğunu göstermiyor; %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>export the report again from the API as it writes it by default (money in micro-units), or with the header returnMoneyInMicros: false (amounts with two decimals)</source>
        <translation>raporu API&apos;den varsayılan biçimiyle (tutarlar mikro birim olarak) ya da returnMoneyInMicros: false başlığıyla (tutarlar iki ondalık basamaklı) yeniden dışa aktarın</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column &apos;%1&apos; has amounts with decimals (&apos;%2&apos;, line %3) and whole numbers like the %4&apos;s micro-units (&apos;%5&apos;, line %6): one of them would be read a million times wrong; %7</source>
        <translation>&apos;%1&apos; sütununda hem ondalıklı tutarlar (&apos;%2&apos;, satır %3) hem de %4 mikro birimleri gibi tam sayılar (&apos;%5&apos;, satır %6) var: bunlardan biri bir milyon kat yanlış okunur; %7</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; in column &apos;%2&apos; is a whole number but not one of the %3&apos;s micro-units (millionths of the currency, rounded to 10,000), and no cost in the file has decimals, so it cannot be told whether it is %4 or %5 of the currency; %6</source>
        <translation>&apos;%2&apos; sütunundaki &apos;%1&apos; bir tam sayı, ancak %3 mikro birimlerinden biri değil (para biriminin milyonda biri, 10.000&apos;e yuvarlanmış) ve dosyadaki hiçbir maliyet ondalıklı değil; bu yüzden para biriminin %4 mü yoksa %5 mi olduğu anlaşılamıyor; %6</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>column &apos;%1&apos; has whole numbers only, but read as the %2&apos;s micro-units they would make a click cost less than 0.01 of the currency, and read as amounts the API would have written them with decimals; %3</source>
        <translation>&apos;%1&apos; sütununda yalnızca tam sayılar var; ancak %2 mikro birimleri olarak okunursa bir tıklamanın maliyeti para biriminin 0,01&apos;inden az olur, tutar olarak okunursa da API bunları ondalıklı yazmış olurdu; %3</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>there is no such file</source>
        <translation>böyle bir dosya yok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a folder, not a file</source>
        <translation>bu bir klasör, dosya değil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a regular file (a device or a pipe); save the export as a file first</source>
        <translation>bu normal bir dosya değil (bir aygıt ya da kanal); önce dışa aktarımı dosya olarak kaydedin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the file: %1</source>
        <translation>dosya okunamıyor: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+66"/>
        <source>the file is empty</source>
        <translation>dosya boş</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>unknown encoding &apos;%1&apos;</source>
        <translation>bilinmeyen kodlama &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a binary file, not CSV text</source>
        <translation>bu bir ikili (binary) dosya, CSV metni değil</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>header longer than %1 million characters: not read</source>
        <translation>başlık %1 milyon karakterden uzun: okunmadı</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this is not a %1 export: no line in the first %2 has its columns (%3)</source>
        <translation>bu bir %1 dışa aktarımı değil: ilk %2 satırın hiçbirinde bu aracın sütunları (%3) yok</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no header line of a %1 file in the first %2 lines (it needs the columns %3)</source>
        <translation>ilk %2 satırda %1 dosyasına ait bir başlık satırı yok (gerekli sütunlar: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no recognisable header in the first %1 lines: a header names the columns of one kind, e.g. date and channel for campaign rows, lead_id and created_date for leads</source>
        <translation>ilk %1 satırda tanınabilir bir başlık satırı yok: başlık satırı tek bir türün sütunlarını adlandırır; ör. kampanya satırları için date ve channel, potansiyel müşteriler için lead_id ve created_date</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a %2 table by &quot;%3&quot;, whose rows do not add up to the site&apos;s totals (the tool leaves out anonymised queries and rows past its limit, and counts a search once for each page it shows), so its sum would look like the total and be wrong: import the export&apos;s Chart.csv (Dates.csv) for daily totals, or its Countries.csv or Devices.csv with the date range it covers</source>
        <translation>%1, &quot;%3&quot; bazında bir %2 tablosu; satırlarının toplamı sitenin toplamlarını vermez (araç anonimleştirilmiş sorguları ve sınırını aşan satırları dışarıda bırakır ve bir aramayı gösterdiği her sayfa için bir kez sayar), bu yüzden toplamı genel toplam gibi görünür ama yanlış olur: günlük toplamlar için dışa aktarımın Chart.csv (Dates.csv) dosyasını ya da kapsadığı tarih aralığıyla birlikte Countries.csv veya Devices.csv dosyasını içe aktarın</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>column &apos;%1&apos; groups this %2 report by month or week: its rows cannot be placed on days, and its totals would be spread wrong; export the report grouped by day (the date of visit) instead</source>
        <translation>&apos;%1&apos; sütunu bu %2 raporunu aya veya haftaya göre grupluyor: satırları günlere yerleştirilemez ve toplamları yanlış dağıtılır; bunun yerine raporu güne göre (ziyaret tarihi) gruplanmış olarak dışa aktarın</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this %1 report says it covers %2 to %3, not the %4 to %5 given: leave out the range, or give the one the file says</source>
        <translation>bu %1 raporu %2 - %3 dönemini kapsadığını belirtiyor, verilen %4 - %5 dönemini değil: aralığı belirtmeyin ya da dosyada yazanı verin</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a %2 export without a Date column: the tool writes its date range only into Filters.csv of the same download (often as &quot;Last 3 months&quot;, counted back from the day of the download), so its totals cannot be placed on days. Import the download&apos;s Chart.csv (Dates.csv) for daily totals, or give the range this file covers: import --from YYYY-MM-DD --to YYYY-MM-DD, or the import dialog&apos;s &quot;Period of the file&quot;</source>
        <translation>%1, Tarih sütunu olmayan bir %2 dışa aktarımı: araç tarih aralığını yalnızca aynı indirmedeki Filters.csv dosyasına yazar (çoğunlukla indirme gününden geriye sayılan &quot;Last 3 months&quot; olarak), bu yüzden toplamları günlere yerleştirilemez. Günlük toplamlar için indirmedeki Chart.csv (Dates.csv) dosyasını içe aktarın ya da bu dosyanın kapsadığı aralığı verin: import --from YYYY-MM-DD --to YYYY-MM-DD veya içe aktarma penceresindeki &quot;Dosyanın dönemi&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this %1 report&apos;s date range above its header has slash dates that could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>bu %1 raporunun başlığının üstündeki tarih aralığında önce gün ya da önce ay olabilecek eğik çizgili tarihler var; hangisi olduğunu --date-order dmy veya --date-order mdy ile belirtin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this %1 report has no date column and no date range above its header, so its totals cannot be placed on days: export it with a date (Day) column, or keep the lines that give its date range, or give the range with --from and --to</source>
        <translation>bu %1 raporunda ne tarih sütunu ne de başlığın üstünde bir tarih aralığı var, bu yüzden toplamları günlere yerleştirilemez: raporu bir tarih (Gün) sütunuyla dışa aktarın, tarih aralığını veren satırları koruyun ya da aralığı --from ve --to ile verin</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>this %1 report&apos;s rows are %2 totals, and the slash dates of its range above the header could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>bu %1 raporunun satırları toplam değerler (%2) ve başlığın üstündeki aralığın eğik çizgili tarihleri önce gün ya da önce ay olabilir; hangisi olduğunu --date-order dmy veya --date-order mdy ile belirtin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this %1 report&apos;s rows are %2 totals, but the date range above its header cannot be read, so they cannot be placed on days: export it with a daily breakdown, or keep the lines that give its date range</source>
        <translation>bu %1 raporunun satırları toplam değerler (%2), ancak başlığın üstündeki tarih aralığı okunamıyor, bu yüzden günlere yerleştirilemezler: raporu günlük dökümle dışa aktarın ya da tarih aralığını veren satırları koruyun</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>this %1 report covers %2 to %3, more than %4 days: export it with a date (Day) column or a shorter range</source>
        <translation>bu %1 raporu %2 ile %3 arasını, %4 günden fazlasını kapsıyor: bir tarih (Gün) sütunuyla ya da daha kısa bir aralıkla dışa aktarın</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>this %1 report covers &quot;%2&quot; and has no dates, so its totals cannot be placed on days: export it again with a date range, or with the Day column</source>
        <translation>bu %1 raporu &quot;%2&quot; dönemini kapsıyor ve tarih içermiyor, bu yüzden toplamları günlere yerleştirilemez: raporu bir tarih aralığıyla veya Gün sütunuyla yeniden dışa aktarın</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>column &apos;%1&apos; has slash dates like &apos;%2&apos; that could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>&apos;%1&apos; sütununda, önce gün mü yoksa önce ay mı olduğu belirsiz &apos;%2&apos; gibi eğik çizgili tarihler var; hangisi olduğunu --date-order dmy veya --date-order mdy ile belirtin</translation>
    </message>
    <message>
        <location filename="../../core/importing/importer.cpp" line="+46"/>
        <source>another Funnelscope window or command is writing to this workspace; try again when it has finished. Nothing was imported</source>
        <translation>başka bir Funnelscope penceresi ya da komutu bu çalışma alanına yazıyor; bittiğinde yeniden deneyin. Hiçbir şey içe aktarılmadı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (is the disk full, or the workspace&apos;s folder read-only? Nothing was imported; the workspace is as it was)</source>
        <translation> (disk dolu mu, yoksa çalışma alanının klasörü salt okunur mu? Hiçbir şey içe aktarılmadı; çalışma alanı olduğu gibi duruyor)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the workspace is open read-only: nothing can be imported into it</source>
        <translation>çalışma alanı salt okunur açık: içine hiçbir şey içe aktarılamaz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown preset &apos;%1&apos; (available: %2)</source>
        <translation>bilinmeyen hazır ayar &apos;%1&apos; (kullanılabilir: %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown currency &apos;%1&apos;: give an ISO 4217 code such as PLN, EUR or USD</source>
        <translation>bilinmeyen para birimi &apos;%1&apos;: PLN, EUR veya USD gibi bir ISO 4217 kodu verin</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>amounts the file does not name are in %1, the currency last given for the source &apos;%2&apos;</source>
        <translation>dosyanın para birimini belirtmediği tutarlar, &apos;%2&apos; kaynağı için en son verilen para birimi olan %1 cinsindendir</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../core/money/ratesimporter.cpp" line="-88"/>
        <source>cannot open the file: %1</source>
        <translation>dosya açılamıyor: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot store this row: %1</source>
        <translation>bu satır kaydedilemiyor: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../core/importing/rowreader.cpp" line="+351"/>
        <location line="+77"/>
        <source>a NUL byte: this is a binary file, not CSV text</source>
        <translation>NUL baytı: bu bir ikili dosya, CSV metni değil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file changed while it was being read (is another program still writing it?): nothing was imported; import it again once it is complete</source>
        <translation>dosya okunurken değişti (başka bir program hâlâ ona yazıyor mu?): hiçbir şey içe aktarılmadı; dosya tamamlandığında yeniden içe aktarın</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 data rows were rejected, more than half: nothing imported</source>
        <translation>%2 veri satırından %1 tanesi reddedildi (yarısından fazlası): hiçbir şey içe aktarılmadı</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported the table whose header is on line %1; the file&apos;s next table, from line %2, was not imported (import it on its own)</source>
        <translation>başlık satırı %1. satırda olan tablo içe aktarıldı; dosyanın %2. satırdan başlayan sonraki tablosu içe aktarılmadı (onu ayrıca içe aktarın)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the %1 column is read from &quot;%2&quot;, since the file has no %1 column of its own</source>
        <translation>dosyanın kendi %1 sütunu olmadığından %1 sütunu &quot;%2&quot; sütunundan okunuyor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>totals without a day breakdown were spread evenly over the days %1 to %2</source>
        <translation>gün kırılımı olmayan toplamlar %1 ile %2 arasındaki günlere eşit dağıtıldı</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data in this export: line %1 says there is none</source>
        <translation>bu dışa aktarımda veri yok: %1. satır veri olmadığını söylüyor</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the amounts name no currency and none was given: they are stored without one and never converted (import again with --currency CODE, or choose it in the import options, to give them one)</source>
        <translation>tutarlarda para birimi belirtilmemiş ve para birimi de verilmedi: tutarlar para birimi olmadan kaydedilir ve hiçbir zaman dönüştürülmez (onlara bir para birimi vermek için --currency CODE ile yeniden içe aktarın ya da içe aktarma seçeneklerinden seçin)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write the workspace: %1</source>
        <translation>çalışma alanına yazılamıyor: %1</translation>
    </message>
    <message>
        <location filename="../../core/importing/importresult.cpp" line="+76"/>
        <source>%1: imported %2 %3 rows (source &apos;%4&apos;)</source>
        <translation>%1: %2 satır içe aktarıldı (tür: %3, kaynak: &apos;%4&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> as a %1 export (%2% of its columns recognised)</source>
        <translation> — %1 dışa aktarımı olarak (tanınan sütunlar: %%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, rejected %1</source>
        <translation>, %1 satır reddedildi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, replaced %1 stored rows</source>
        <translation>, kayıtlı %1 satır değiştirildi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unchanged (these bytes were imported before)</source>
        <translation>%1: değişmedi (bu içerik daha önce içe aktarılmış)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cancelled, nothing imported</source>
        <translation>%1: iptal edildi, hiçbir şey içe aktarılmadı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refused, nothing imported</source>
        <translation>%1: reddedildi, hiçbir şey içe aktarılmadı</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, line %1</source>
        <translation>, satır %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, column &apos;%1&apos;</source>
        <translation>, sütun &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
  ... and %1 more rejected rows</source>
        <translation>
  ... ve reddedilen %1 satır daha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
  ignored columns: </source>
        <translation>
  yok sayılan sütunlar: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
  stages counted as open: %1 (map a stage to won, lost or open with --stage &quot;STAGE=won&quot;)</source>
        <translation>
  açık sayılan aşamalar: %1 (bir aşamayı --stage &quot;AŞAMA=won&quot; ile won, lost ya da open olarak eşleyin)</translation>
    </message>
    <message>
        <location filename="../../core/importing/preset.cpp" line="+101"/>
        <location line="+29"/>
        <source>preset %1 (%2): &apos;%3&apos; is not a column of %4 files</source>
        <translation>hazır ayar %1 (%2): &apos;%3&apos;, %4 dosyalarının bir sütunu değil</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>preset %1 (%2): the product for &apos;%3&apos; needs two headers</source>
        <translation>hazır ayar %1 (%2): &apos;%3&apos; çarpımı için iki sütun başlığı gerekli</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a preset needs an id, a title and a kind</source>
        <translation>bir hazır ayar için kimlik, başlık ve tür gerekli</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>preset %1: &apos;%2&apos; is not a column of %3 files</source>
        <translation>hazır ayar %1: &apos;%2&apos;, %3 dosyalarının bir sütunu değil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preset %1: the product for &apos;%2&apos; needs two headers</source>
        <translation>hazır ayar %1: &apos;%2&apos; çarpımı için iki sütun başlığı gerekli</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preset %1: the condition for &apos;%2&apos; needs value, when and is</source>
        <translation>ön ayar %1: &apos;%2&apos; koşulu value, when ve is gerektirir</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>cannot create %1</source>
        <translation>%1 oluşturulamıyor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot save the preset: %1</source>
        <translation>hazır ayar kaydedilemiyor: %1</translation>
    </message>
    <message>
        <location filename="../../core/importing/rowreader.cpp" line="-335"/>
        <source>unknown currency &apos;%1&apos;</source>
        <translation>bilinmeyen para birimi &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is written with &apos;%2&apos;, which several currencies use (%3): pass the account&apos;s currency with --currency CODE (or choose it in the import options); nothing was imported</source>
        <translation>&apos;%1&apos;, birden fazla para biriminin kullandığı &apos;%2&apos; ile yazılmış (%3): hesabın para birimini --currency CODE ile verin (ya da içe aktarma seçeneklerinden seçin); hiçbir şey içe aktarılmadı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is written with &apos;%2&apos;, which cannot be the import currency %3 (it stands for %4): pass the account&apos;s currency with --currency CODE; nothing was imported</source>
        <translation>&apos;%1&apos;, içe aktarma para birimi %3 olamayacak &apos;%2&apos; ile yazılmış (bu sembol %4 anlamına gelir): hesabın para birimini --currency CODE ile verin; hiçbir şey içe aktarılmadı</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>not a duration: &apos;%1&apos;</source>
        <translation>süre değil: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a bounce rate over 100 %: &apos;%1&apos; (written as a share, &apos;12.5 %&apos; or &apos;0.125&apos;)</source>
        <translation>yüzde 100&apos;ün üzerinde bir hemen çıkma oranı: &apos;%1&apos; (pay olarak yazılır: &apos;12.5 %&apos; veya &apos;0.125&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>negative %1</source>
        <translation>%1 negatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>number too large: %1 × %2</source>
        <translation>sayı çok büyük: %1 × %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>number too large for one row: &apos;%1&apos; (at most %2)</source>
        <translation>tek bir satır için çok büyük sayı: &apos;%1&apos; (en fazla %2)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the period ends before it starts</source>
        <translation>dönem başlamadan bitiyor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period is longer than %1 days</source>
        <translation>dönem %1 günden uzun</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>line longer than %1 million characters: not read</source>
        <translation>satır %1 milyon karakterden uzun: okunmadı</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>expected %1 fields, found %2</source>
        <translation>%1 alan bekleniyordu, %2 bulundu</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>bytes that are not valid %1 text</source>
        <translation>geçerli %1 metni olmayan baytlar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing required value</source>
        <translation>zorunlu değer eksik</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>negative count: &apos;%1&apos;</source>
        <translation>negatif adet: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a whole number: &apos;%1&apos;</source>
        <translation>tam sayı değil: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>negative %1: &apos;%2&apos;</source>
        <translation>%1 negatif: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a micro-amount (a whole number of millionths, rounded to 10,000) as the other costs of this file are</source>
        <translation>&apos;%1&apos;, bu dosyadaki diğer maliyetler gibi bir mikro tutar (10.000&apos;e yuvarlanmış, milyonda birlerden oluşan bir tam sayı) değil</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>position must be greater than 0: &apos;%1&apos;</source>
        <translation>konum 0&apos;dan büyük olmalı: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score must be a whole number from 0 to 10: &apos;%1&apos;</source>
        <translation>puan 0 ile 10 arasında bir tam sayı olmalı: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/importing/kind.cpp" line="+65"/>
        <source>Campaign data</source>
        <translation>Kampanya verileri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads</source>
        <translation>Potansiyel müşteriler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deals</source>
        <translation>Anlaşmalar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Surveys</source>
        <translation>Anketler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expenses</source>
        <translation>Giderler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Touchpoints</source>
        <translation>Temas noktaları</translation>
    </message>
    <message>
        <location filename="../../core/store/rowstore.cpp" line="+362"/>
        <source>an earlier row of this file for the same day, channel and campaign has its amount in another currency, and amounts in two currencies cannot be added up: split the file by currency (or by source with --source)</source>
        <translation>bu dosyada aynı gün, kanal ve kampanyaya ait daha önceki bir satırın tutarı başka bir para biriminde ve iki farklı para birimindeki tutarlar toplanamaz: dosyayı para birimine göre (ya da --source ile kaynağa göre) bölün</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the sums of these rows are too large to be stored exactly</source>
        <translation>bu satırların toplamları tam olarak saklanamayacak kadar büyük</translation>
    </message>
    <message>
        <location filename="../../core/importing/columnmapping.cpp" line="+95"/>
        <source>column names in %1</source>
        <translation>sütun adları (%1)</translation>
    </message>
    <message>
        <location filename="../../core/importing/vocabulary.cpp" line="+103"/>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Lehçe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Rusça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional Chinese</source>
        <translation>Geleneksel Çince</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simplified Chinese</source>
        <translation>Basitleştirilmiş Çince</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Çince</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Almanca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Fransızca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>İspanyolca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese (Brazil)</source>
        <translation>Portekizce (Brezilya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese (Portugal)</source>
        <translation>Portekizce (Portekiz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>Portekizce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>İtalyanca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>Ukraynaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>Çekçe</translation>
    </message>
    <message>
        <location filename="../../core/money/ratesimporter.cpp" line="+9"/>
        <source>not an exchange rates file: expected the ECB&apos;s &quot;Date,USD,JPY,...&quot;, the NBP&apos;s &quot;data;1USD;1EUR;...&quot; or &quot;date,from,to,rate&quot;</source>
        <translation>döviz kuru dosyası değil: ECB&apos;nin &quot;Date,USD,JPY,...&quot;, NBP&apos;nin &quot;data;1USD;1EUR;...&quot; biçimi ya da &quot;date,from,to,rate&quot; bekleniyordu</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>not a pair of different currency codes: &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>iki farklı para birimi kodundan oluşan bir çift değil: &apos;%1&apos; → &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>not a rate greater than 0: &apos;%1&apos;</source>
        <translation>0&apos;dan büyük bir kur değil: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no exchange rates in this file</source>
        <translation>bu dosyada döviz kuru yok</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../../core/kpi/kpicatalog.cpp" line="+16"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+54"/>
        <source>Impressions</source>
        <translation>Gösterimler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times your ads and posts were shown: the sum of impressions.</source>
        <translation>Reklamlarınızın ve gönderilerinizin kaç kez gösterildiği: gösterimlerin toplamı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Erişim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People reached, as the platforms report it: the sum of reach.</source>
        <translation>Platformların bildirdiği şekliyle erişilen kişiler: erişimin toplamı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website traffic</source>
        <translation>Web sitesi trafiği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits to your website: the sum of sessions.</source>
        <translation>Web sitenize yapılan ziyaretler: oturumların toplamı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organic traffic share</source>
        <translation>Organik trafik payı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sessions that came from channels you do not pay for (not Paid, Ads, CPC, PPC, Display or Sponsored).</source>
        <translation>Ücret ödemediğiniz kanallardan gelen oturumların payı (Paid, Ads, CPC, PPC, Display veya Sponsored olmayanlar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand mentions</source>
        <translation>Marka anılmaları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times your brand was mentioned: the sum of mentions.</source>
        <translation>Markanızdan kaç kez bahsedildiği: anılmaların toplamı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New followers</source>
        <translation>Yeni takipçiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers gained on social channels: the sum of new followers.</source>
        <translation>Sosyal kanallarda kazanılan takipçiler: yeni takipçilerin toplamı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per mille</source>
        <translation>Bin gösterim maliyeti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a thousand impressions cost: spend ÷ impressions × 1000.</source>
        <translation>Bin gösterimin maliyeti: harcama ÷ gösterimler × 1000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend</source>
        <translation>Medya harcaması</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ad platforms charged: the sum of cost.</source>
        <translation>Reklam platformlarının tahsil ettiği tutar: maliyetin toplamı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click-through rate</source>
        <translation>Tıklama oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of impressions that got a click: clicks ÷ impressions.</source>
        <translation>Tıklama alan gösterimlerin payı: tıklamalar ÷ gösterimler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per click</source>
        <translation>Tıklama başına maliyet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What one click cost: spend ÷ clicks.</source>
        <translation>Bir tıklamanın maliyeti: harcama ÷ tıklamalar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce rate</source>
        <translation>Hemen çıkma oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sessions that left after one page: bounces ÷ sessions.</source>
        <translation>Tek bir sayfadan sonra sona eren oturumların payı: hemen çıkmalar ÷ oturumlar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time on site</source>
        <translation>Sitede geçen süre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average engaged time per session, in seconds: engaged seconds ÷ sessions.</source>
        <translation>Oturum başına ortalama etkileşim süresi, saniye cinsinden: etkileşimli saniyeler ÷ oturumlar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages per session</source>
        <translation>Oturum başına sayfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages seen per visit: pageviews ÷ sessions.</source>
        <translation>Ziyaret başına görüntülenen sayfa: sayfa görüntülemeleri ÷ oturumlar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagements</source>
        <translation>Sosyal etkileşimler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes + comments + shares.</source>
        <translation>Beğeniler + yorumlar + paylaşımlar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement rate</source>
        <translation>Etkileşim oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagements ÷ impressions, on the rows that report both.</source>
        <translation>Sosyal etkileşimler ÷ gösterimler; ikisini de bildiren satırlarda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email open rate</source>
        <translation>E-posta açılma oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of delivered emails that were opened: opens ÷ delivered.</source>
        <translation>Teslim edilen e-postalardan açılanların payı: açılmalar ÷ teslim edilenler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click-through rate</source>
        <translation>E-posta tıklama oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of delivered emails that got a click: email clicks ÷ delivered.</source>
        <translation>Teslim edilen e-postalardan tıklama alanların payı: e-posta tıklamaları ÷ teslim edilenler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-to-open rate</source>
        <translation>Tıklama/açılma oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of opened emails that got a click: email clicks ÷ opens.</source>
        <translation>Açılan e-postalardan tıklama alanların payı: e-posta tıklamaları ÷ açılmalar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe rate</source>
        <translation>Abonelikten çıkma oranı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of delivered emails that led to an unsubscribe: unsubscribes ÷ delivered.</source>
        <translation>Teslim edilen e-postalardan abonelikten çıkmayla sonuçlananların payı: abonelikten çıkmalar ÷ teslim edilenler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click-through rate</source>
        <translation>CTA tıklama oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action clicked per pageview: CTA clicks ÷ pageviews.</source>
        <translation>Sayfa görüntüleme başına tıklanan harekete geçirici mesajlar: CTA tıklamaları ÷ sayfa görüntülemeleri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landing page conversion rate</source>
        <translation>Açılış sayfası dönüşüm oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of landing page views that sent a form: form submissions ÷ landing page views.</source>
        <translation>Açılış sayfası görüntülemelerinden form gönderimiyle sonuçlananların payı: form gönderimleri ÷ açılış sayfası görüntülemeleri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>Leads</source>
        <translation>Potansiyel müşteriler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New leads created in the period, from the CRM (or the platforms&apos; counts when no CRM leads were imported).</source>
        <translation>Dönemde oluşturulan yeni potansiyel müşteriler; CRM&apos;den alınır (CRM&apos;den potansiyel müşteri içe aktarılmadıysa platformların sayımlarından).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform-reported leads</source>
        <translation>Potansiyel müşteriler (platform)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads as the ad platforms count them: the sum of leads.</source>
        <translation>Reklam platformlarının saydığı şekliyle potansiyel müşteriler: potansiyel müşterilerin toplamı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor-to-lead rate</source>
        <translation>Ziyaretçi → potansiyel müşteri oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads ÷ sessions.</source>
        <translation>Potansiyel müşteriler ÷ oturumlar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per lead</source>
        <translation>Potansiyel müşteri başına maliyet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ leads.</source>
        <translation>Medya harcaması ÷ potansiyel müşteriler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>MQLs</source>
        <translation>MQL&apos;ler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that became marketing-qualified in the period.</source>
        <translation>Dönemde pazarlama açısından nitelikli hâle gelen potansiyel müşteriler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SALs</source>
        <translation>SAL&apos;ler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that sales accepted in the period.</source>
        <translation>Dönemde satış ekibinin kabul ettiği potansiyel müşteriler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead → MQL rate</source>
        <translation>Potansiyel müşteri → MQL oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads created in the period, the share that has reached MQL so far.</source>
        <translation>Dönemde oluşturulan potansiyel müşterilerden şimdiye kadar MQL aşamasına ulaşanların payı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL → SQL rate</source>
        <translation>MQL → SQL oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads that became MQL in the period, the share that has reached SQL.</source>
        <translation>Dönemde MQL olan potansiyel müşterilerden SQL aşamasına ulaşanların payı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per MQL</source>
        <translation>MQL başına maliyet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ MQLs.</source>
        <translation>Medya harcaması ÷ MQL&apos;ler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average lead score</source>
        <translation>Ortalama potansiyel müşteri puanı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean score of the leads created in the period that have a score.</source>
        <translation>Dönemde oluşturulan ve puanı olan potansiyel müşterilerin ortalama puanı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+0"/>
        <source>SQLs</source>
        <translation>SQL&apos;ler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that became sales-qualified in the period.</source>
        <translation>Dönemde satış açısından nitelikli hâle gelen potansiyel müşteriler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL → customer rate</source>
        <translation>SQL → müşteri oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads that became SQL in the period, the share that became customers.</source>
        <translation>Dönemde SQL olan potansiyel müşterilerden müşteriye dönüşenlerin payı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities (SQOs)</source>
        <translation>Fırsatlar (SQO&apos;lar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals created in the period.</source>
        <translation>Dönemde oluşturulan anlaşmalar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per opportunity</source>
        <translation>Fırsat başına maliyet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ opportunities.</source>
        <translation>Medya harcaması ÷ fırsatlar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals won</source>
        <translation>Kazanılan anlaşmalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals won with a close date in the period.</source>
        <translation>Kapanış tarihi dönem içinde olan kazanılmış anlaşmalar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Kazanma oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won ÷ (won + lost), of the deals closed in the period.</source>
        <translation>Kazanılan ÷ (kazanılan + kaybedilen); dönemde kapanan anlaşmalar için.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue won</source>
        <translation>Kazanılan gelir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts of the deals won in the period.</source>
        <translation>Dönemde kazanılan anlaşmaların tutarları.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average deal size</source>
        <translation>Ortalama anlaşma büyüklüğü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue ÷ deals won in the period that have an amount.</source>
        <translation>Gelir ÷ dönemde kazanılan ve tutarı olan anlaşmalar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales cycle</source>
        <translation>Satış döngüsü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean days from first touch to close, of the deals won in the period.</source>
        <translation>Dönemde kazanılan anlaşmalar için ilk temastan kapanışa kadar geçen ortalama gün sayısı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pipeline</source>
        <translation>Açık satış hattı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts of deals created by the period&apos;s end and still open at its end.</source>
        <translation>Dönem sonuna kadar oluşturulmuş ve dönem sonunda hâlâ açık olan anlaşmaların tutarları.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales velocity (per day)</source>
        <translation>Satış hızı (günlük)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities × win rate × average deal size ÷ sales cycle days.</source>
        <translation>Fırsatlar × kazanma oranı × ortalama anlaşma büyüklüğü ÷ satış döngüsü (gün).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead → customer rate</source>
        <translation>Potansiyel müşteri → müşteri oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads created in the period, the share that became customers.</source>
        <translation>Dönemde oluşturulan potansiyel müşterilerden müşteriye dönüşenlerin payı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>Yeni müşteriler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who started in the period (or deals won, when no customers were imported).</source>
        <translation>Dönemde başlayan müşteriler (müşteri içe aktarılmadıysa kazanılan anlaşmalar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing and sales cost</source>
        <translation>Pazarlama ve satış maliyeti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend + other marketing and sales expenses.</source>
        <translation>Medya harcaması + diğer pazarlama ve satış giderleri.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer acquisition cost</source>
        <translation>Müşteri edinme maliyeti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing and sales cost ÷ new customers.</source>
        <translation>Pazarlama ve satış maliyeti ÷ yeni müşteriler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing ROI</source>
        <translation>Pazarlama ROI&apos;si</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Revenue − marketing and sales cost) ÷ marketing and sales cost.</source>
        <translation>(Gelir − pazarlama ve satış maliyeti) ÷ pazarlama ve satış maliyeti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active customers</source>
        <translation>Aktif müşteriler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers active at the end of the period.</source>
        <translation>Dönem sonunda aktif olan müşteriler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer retention rate</source>
        <translation>Müşteri elde tutma oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the customers active at the start, the share still active at the end.</source>
        <translation>Dönem başında aktif olan müşterilerden dönem sonunda hâlâ aktif olanların payı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn rate</source>
        <translation>Müşteri kayıp oranı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the customers active at the start, the share that churned in the period.</source>
        <translation>Dönem başında aktif olan müşterilerden dönem içinde kaybedilenlerin payı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly recurring revenue</source>
        <translation>Aylık yinelenen gelir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MRR of the customers active at the end of the period.</source>
        <translation>Dönem sonunda aktif olan müşterilerin MRR&apos;si.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average revenue per account</source>
        <translation>Hesap başına ortalama gelir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRR ÷ active customers with a known MRR.</source>
        <translation>MRR ÷ MRR&apos;si bilinen aktif müşteriler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value</source>
        <translation>Müşteri yaşam boyu değeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARPA ÷ monthly churn (churn rate × 30.4375 ÷ days in the period).</source>
        <translation>ARPA ÷ aylık müşteri kaybı (müşteri kayıp oranı × 30,4375 ÷ dönemdeki gün sayısı).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTV : CAC</source>
        <translation>LTV : CAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value ÷ customer acquisition cost.</source>
        <translation>Müşteri yaşam boyu değeri ÷ müşteri edinme maliyeti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score</source>
        <translation>Net Tavsiye Skoru (NPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Promoters 9–10 − detractors 0–6) ÷ responses × 100.</source>
        <translation>(Destekçiler 9–10 − eleştirenler 0–6) ÷ yanıtlar × 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey responses</source>
        <translation>Anket yanıtları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers dated in the period.</source>
        <translation>Tarihi dönem içinde olan anket yanıtları.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Awareness</source>
        <translation>Farkındalık</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement</source>
        <translation>Etkileşim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead generation</source>
        <translation>Potansiyel müşteri oluşturma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <translation>Satış</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyalty</source>
        <translation>Sadakat</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiformat.cpp" line="+37"/>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d</source>
        <translation>%1 gün</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpitablemodel.cpp" line="+80"/>
        <location filename="../../ui/attributionview.cpp" line="+159"/>
        <location filename="../../ui/cohortview.cpp" line="+80"/>
        <location filename="../../ui/reconciliationview.cpp" line="+108"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 (previous: %2, change %3)</source>
        <translation>%1 (önceki: %2, değişim: %3)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>seconds</source>
        <translation>saniye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>gün</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Total of all rows</source>
        <translation>Tüm satırların toplamı</translation>
    </message>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-706"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="-2"/>
        <source>Clicks</source>
        <translation>Tıklamalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other expenses</source>
        <translation>Diğer giderler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals lost</source>
        <translation>Kaybedilen anlaşmalar</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>Sessions</source>
        <translation>Oturumlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities</source>
        <translation>Fırsatlar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won deals</source>
        <translation>Kazanılan anlaşmalar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/kpi/kpicaveat.cpp" line="+26"/>
        <source>small sample: %n answer(s)</source>
        <translation>
            <numerusform>küçük örneklem: %n yanıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n customer(s)</source>
        <translation>
            <numerusform>küçük örneklem: %n müşteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n impression(s)</source>
        <translation>
            <numerusform>küçük örneklem: %n gösterim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n e-mail(s) delivered</source>
        <translation>
            <numerusform>küçük örneklem: teslim edilen %n e-posta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n open(s)</source>
        <translation>
            <numerusform>küçük örneklem: %n açılma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n page view(s)</source>
        <translation>
            <numerusform>küçük örneklem: %n sayfa görüntüleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n landing page view(s)</source>
        <translation>
            <numerusform>küçük örneklem: %n açılış sayfası görüntüleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n lead(s)</source>
        <translation>
            <numerusform>küçük örneklem: %n potansiyel müşteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n MQL(s)</source>
        <translation>
            <numerusform>küçük örneklem: %n MQL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n SQL(s)</source>
        <translation>
            <numerusform>küçük örneklem: %n SQL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n closed deal(s)</source>
        <translation>
            <numerusform>küçük örneklem: kapanmış %n anlaşma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n session(s)</source>
        <translation>
            <numerusform>küçük örneklem: %n oturum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>still maturing: its leads need %n day(s)</source>
        <translation>
            <numerusform>henüz olgunlaşıyor: potansiyel müşterilerinin %n günü doldurması gerekiyor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiinputs.cpp" line="+167"/>
        <source>Import your own CSV with %1 to see this.</source>
        <translation>Bunu görmek için %1 içeren kendi CSV dosyanızı içe aktarın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a file from %1 or your own CSV with %2 to see this.</source>
        <translation>Bunu görmek için %1 kaynaklı bir dosyayı veya %2 içeren kendi CSV dosyanızı içe aktarın.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/datapage.cpp" line="+28"/>
        <source>Delete import of %1</source>
        <translation>İçe aktarmayı sil: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete import</source>
        <translation>İçe aktarmayı sil</translation>
    </message>
    <message>
        <location filename="../../ui/goalspage.cpp" line="+95"/>
        <source>&lt;h3&gt;S — Goals&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;S — Hedefler&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h3&gt;M — Data quality&lt;/h3&gt;&lt;p&gt;%1 gap(s), %2 rejected rows, %3 channel(s) where platform and CRM leads disagree.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;M — Veri kalitesi&lt;/h3&gt;&lt;p&gt;%1 boşluk, %2 reddedilen satır, platform ve CRM potansiyel müşteri sayılarının uyuşmadığı %3 kanal.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;A — Anomalies&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;A — Anomaliler&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;h3&gt;R — Status changes&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;R — Durum değişiklikleri&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h3&gt;T — Recommended actions&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;T — Önerilen eylemler&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../ui/readonly.h" line="+16"/>
        <source>Read-only workspace</source>
        <translation>Salt okunur çalışma alanı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace is open read-only. To change it, copy the file to a folder you can write to and open the copy.</source>
        <translation>Bu çalışma alanı salt okunur açık. Değiştirmek için dosyayı yazabileceğiniz bir klasöre kopyalayın ve kopyayı açın.</translation>
    </message>
</context>
<context>
    <name>RecentWorkspaces</name>
    <message>
        <location filename="../../core/store/recentworkspaces.cpp" line="+53"/>
        <source>Funnelscope workspaces (*.funnelscope)</source>
        <translation>Funnelscope çalışma alanları (*.funnelscope)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Funnelscope workspaces (*.funnelscope *.db)</source>
        <translation>Funnelscope çalışma alanları (*.funnelscope *.db)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+132"/>
        <source>Page %1</source>
        <translation>Sayfa %1</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="+173"/>
        <source>ahead of plan</source>
        <translation>planın önünde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>behind plan</source>
        <translation>planın gerisinde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on plan</source>
        <translation>plana uygun</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 puan</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Now %1, plan %2: %3 (%4), %5.</source>
        <translation>Güncel %1, plan %2: %3 (%4), %5.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 for %2 · owner %3 · reviewed %4 · serves: %5</source>
        <translation>%1, %2 için · sorumlu: %3 · değerlendirme: %4 · hizmet ettiği amaç: %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target %1 in total from %2 to %3 (baseline period at the same pace: %4).</source>
        <translation>Hedef değer: %2 – %3 arasında toplam %1 (aynı tempoda referans dönemi: %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline %1 on %2 → target %3 by %4.</source>
        <translation>Referans değer %2 tarihinde %1 → %4 tarihine kadar hedef değer %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/goalspage.cpp" line="-52"/>
        <source>Measured as of %1.</source>
        <translation>%1 itibarıyla ölçüldü.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured as of %1; now is the latest whole period, %2 – %3.</source>
        <translation>%1 itibarıyla ölçüldü; güncel değer, son tam dönemin (%2 – %3) değeridir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now %1.</source>
        <translation>Güncel: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forecast at the deadline %1.</source>
        <translation>Son tarihteki tahmin: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1 (progress %2 of the %3 expected by now).</source>
        <translation>Durum: %1 (ilerleme %2; şu ana kadar beklenen %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1.</source>
        <translation>Durum: %1.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Target %1</source>
        <translation>Hedef değer %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline %1</source>
        <translation>Son tarih %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of %1</source>
        <translation>%1 itibarıyla</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast</source>
        <translation>Tahmin</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+359"/>
        <source>same</source>
        <translation>aynı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>better</source>
        <translation>daha iyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse</source>
        <translation>daha kötü</translation>
    </message>
    <message>
        <location filename="../../core/report/reportparts.cpp" line="+46"/>
        <source>all channels and campaigns</source>
        <translation>tüm kanallar ve kampanyalar</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+157"/>
        <location line="+614"/>
        <source>cannot write %1</source>
        <translation>%1 yazılamıyor</translation>
    </message>
    <message>
        <location line="-595"/>
        <source>%1 · %2 · data up to %3</source>
        <translation>%1 · %2 · veriler %3 tarihine kadar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Compared with %1 – %2.</source>
        <translation>Karşılaştırma dönemi: %1 – %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filters: %1.</source>
        <translation>Filtreler: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prepared %1 with Funnelscope.</source>
        <translation>%1 tarihinde Funnelscope ile hazırlandı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMART review: Select the KPIs that matter, Measure them accurately, Analyse for insight, Review on a rhythm, Take action.</source>
        <translation>SMART değerlendirmesi: önemli KPI&apos;ları seçin (Select), doğru ölçün (Measure), içgörü için analiz edin (Analyse), düzenli aralıklarla gözden geçirin (Review), harekete geçin (Take action).</translation>
    </message>
    <message>
        <location filename="../../core/report/reportchoices.cpp" line="+19"/>
        <source>Cover</source>
        <translation>Kapak</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/report/reportwriter.cpp" line="+9"/>
        <source>Executive summary</source>
        <translation>Yönetici özeti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals and their pace</source>
        <translation>Hedefler ve tempoları</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data quality</source>
        <translation>Veri kalitesi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes on the data</source>
        <translation>Verilere ilişkin notlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trends and anomalies</source>
        <translation>Eğilimler ve anomaliler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What moved</source>
        <translation>Değişimi etkileyenler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The funnel</source>
        <translation>Huni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the last review</source>
        <translation>Son değerlendirmeden bu yana değişiklikler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended actions and decisions</source>
        <translation>Önerilen eylemler ve kararlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appendix: KPI definitions</source>
        <translation>Ek: KPI tanımları</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+7"/>
        <source>Goals</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals, as of %1</source>
        <translation>Hedefler, %1 itibarıyla</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No goals are set for this workspace yet.</source>
        <translation>Bu çalışma alanı için henüz hedef belirlenmedi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+370"/>
        <source>Goal</source>
        <translation>Hedef</translation>
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
        <translation>Güncel</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="-1"/>
        <location filename="../../core/report/reportwriter.cpp" line="-304"/>
        <source>Target</source>
        <translation>Hedef değer</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+1"/>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Beklenen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+436"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Headline KPIs</source>
        <translation>Ana KPI&apos;lar</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+28"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <location line="+279"/>
        <source>This period</source>
        <translation>Bu dönem</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+28"/>
        <location line="+245"/>
        <location line="+35"/>
        <source>Before</source>
        <translation>Önceki</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+28"/>
        <location line="+245"/>
        <source>Change</source>
        <translation>Değişim</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>S — Select: the goals and the KPIs that matter</source>
        <translation>S — Seç: hedefler ve önemli KPI&apos;lar</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="-2"/>
        <source>Actual</source>
        <translation>Gerçekleşen</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+10"/>
        <source>No goals yet: choose pipeline and revenue KPIs, not vanity metrics, and set a target for each.</source>
        <translation>Henüz hedef yok: gösteriş metrikleri yerine satış hattı ve gelir KPI&apos;larını seçin ve her biri için bir hedef değer belirleyin.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Rejected rows across %1 imports: %2; the import log keeps the line and reason of each.</source>
        <translation>%1 içe aktarmada reddedilen satırlar: %2; içe aktarma günlüğü her birinin satırını ve nedenini saklar.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>No anomalies in this review&apos;s period: every period is within the range of its trailing history.</source>
        <translation>Bu değerlendirme döneminde anomali yok: her dönem, kendinden önceki dönemlerin aralığı içinde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anomalies in this review&apos;s period (circled): %1.</source>
        <translation>Bu değerlendirme dönemindeki anomaliler (daire içinde): %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For context, earlier anomalies (circled, before this review&apos;s period): %1.</source>
        <translation>Bağlam için, daha önceki anomaliler (daire içinde, bu değerlendirme döneminden önce): %1.</translation>
    </message>
    <message>
        <location line="+160"/>
        <location filename="../../ui/goalspage.cpp" line="+81"/>
        <source>for the goal %1</source>
        <translation>%1 hedefi için</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/goalspage.cpp" line="+9"/>
        <source>answers: %1</source>
        <translation>yanıt verdiği öneri: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/goalspage.cpp" line="-14"/>
        <source>overdue</source>
        <translation>gecikmiş</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>M — Measure: is the data complete and trustworthy?</source>
        <translation>M — Ölç: veriler eksiksiz ve güvenilir mi?</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>%1 rose %2 to %3 (from %4).</source>
        <translation>%1 %2 artarak %3 oldu (önceki: %4).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 fell %2 to %3 (from %4).</source>
        <translation>%1 %2 düşerek %3 oldu (önceki: %4).</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>All %n goal(s) are on track or not yet started.</source>
        <translation>
            <numerusform>%n hedefin tümü yolunda veya henüz başlamadı.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 goals need attention: %3.</source>
        <translation>%2 hedeften %1 tanesi dikkat gerektiriyor: %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The largest anomaly: %1 in the period from %2 was %3 against a usual %4 (see the trend charts).</source>
        <translation>En büyük anomali: %2 tarihinden başlayan dönemde %1 %3 oldu, olağan değer %4 (trend grafiklerine bakın).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>We decided: %1.</source>
        <translation>Kararlarımız: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended next: %1</source>
        <translation>Önerilen sonraki adım: %1</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows in the period</source>
        <translation>Dönemdeki satırlar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freshest date</source>
        <translation>En güncel tarih</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gaps: every channel that reports daily has data for every day of the period.</source>
        <translation>Boşluklar: günlük veri bildiren her kanalın, dönemin her günü için verisi var.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Includes totals spread evenly over %1 – %2 (%3): a report without a day breakdown, so its days hold equal shares.</source>
        <translation>%1 – %2 arasına eşit dağıtılmış toplamları içerir (%3): gün kırılımı olmayan bir rapor, bu yüzden günleri eşit paylar taşır.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Leads as the ad platforms reported them and as the CRM recorded them agree within 20% on every channel that has both:</source>
        <translation>Reklam platformlarının bildirdiği ve CRM&apos;de kaydedilen potansiyel müşteri sayıları, her iki veriye de sahip tüm kanallarda birbirinden en fazla yüzde 20 farklı:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Leads as the ad platforms reported them and as the CRM recorded them; %n channel(s) differ by more than 20%:</source>
        <translation>
            <numerusform>Reklam platformlarının bildirdiği ve CRM&apos;de kaydedilen potansiyel müşteri sayıları; %n kanalda fark yüzde 20&apos;nin üzerinde:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+30"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+4"/>
        <source>Platform-reported leads</source>
        <translation>Potansiyel müşteriler (platform)</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>CRM leads</source>
        <translation>Potansiyel müşteriler (CRM)</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Difference</source>
        <translation>Fark</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Analytics key events</source>
        <translation>Analitik önemli etkinlikler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A — Analyse: trends, anomalies and what moved</source>
        <translation>A — Analiz et: eğilimler, anomaliler ve değişimi etkileyenler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before this period</source>
        <translation>bu dönemden önce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all channels</source>
        <translation>tüm kanallar</translation>
    </message>
    <message>
        <location line="-14"/>
        <location filename="../../ui/goalspage.cpp" line="+24"/>
        <source>Notes on the data (numbered as on the charts)</source>
        <translation>Verilere ilişkin notlar (grafiklerdeki gibi numaralandırılmış)</translation>
    </message>
    <message>
        <location line="-465"/>
        <source>The data reaches only %1 (%2 of the period&apos;s %3 days): the changes in this report compare part of this period with the whole previous one.</source>
        <translation>Veriler yalnızca %1 tarihine kadar (dönemin %3 gününden %2 günü): bu rapordaki değişimler bu dönemin bir kısmını önceki dönemin tamamıyla karşılaştırır.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>It moved most in the channel %1 (%2 → %3).</source>
        <translation>En çok %1 kanalında değişti (%2 → %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It moved most in the campaign %1 (%2 → %3).</source>
        <translation>En çok %1 kampanyasında değişti (%2 → %3).</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 · data up to %2</source>
        <translation>%1 · veriler %2 tarihine kadar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Comment:</source>
        <translation>Yorum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment from %1:</source>
        <translation>%1 yorumu:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Data as of %1</source>
        <translation>Veriler %1 itibarıyla</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prepared by %1</source>
        <translation>%1 tarafından hazırlandı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared for %1</source>
        <translation>%1 için hazırlandı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by %1 for %2</source>
        <translation>%2 için %1 tarafından hazırlandı</translation>
    </message>
    <message>
        <location line="+96"/>
        <source> (better)</source>
        <translation> (daha iyi)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (worse)</source>
        <translation> (daha kötü)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your own KPIs</source>
        <translation>Kendi KPI&apos;larınız</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the period from %1 (%2, usually %3)</source>
        <translation>%1 ile başlayan dönem (%2, genellikle %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2, trailing periods</source>
        <translation>%1 — %2, son dönemler</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Helped most</source>
        <translation>En çok katkı yapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back most</source>
        <translation>En çok geriye çeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved most</source>
        <translation>En çok değişen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>campaign</source>
        <translation>kampanya</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not ranked</source>
        <translation>Sıralanmadı</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What moved %1 (%2) since the previous period</source>
        <translation>%1 (%2): önceki dönemden bu yana değişimi etkileyenler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dimension</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The funnel (bar widths on a log scale)</source>
        <translation>Huni (çubuk genişlikleri logaritmik ölçekte)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step</source>
        <translation>Adım</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversion from the step above</source>
        <translation>Bir üst adımdan dönüşüm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The step that changed most: %1 → %2, %3%4 percentage points.</source>
        <translation>En çok değişen adım: %1 → %2, %3%4 yüzde puan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R — Review: what changed since the last review</source>
        <translation>R — Gözden geçir: son değerlendirmeden bu yana neler değişti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous review: %1 (to %2).</source>
        <translation>Önceki değerlendirme: %1 (%2 tarihine kadar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the first review of this workspace.</source>
        <translation>Bu, çalışma alanının ilk değerlendirmesi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No goal changed status.</source>
        <translation>Durumu değişen hedef yok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was</source>
        <translation>Eski</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals met: %1.</source>
        <translation>Ulaşılan hedefler: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals missed: %1.</source>
        <translation>Ulaşılamayan hedefler: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actions due</source>
        <translation>Vadesi gelen eylemler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>T — Take action: what to do next</source>
        <translation>T — Harekete geç: sırada ne yapılmalı</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No rule of the action table fired: no KPI moved enough in the wrong direction.</source>
        <translation>Eylem tablosundaki hiçbir kural tetiklenmedi: hiçbir KPI yanlış yönde yeterince değişmedi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the data shows</source>
        <translation>Verilerin gösterdiği</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommended action</source>
        <translation>Önerilen eylem</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../ui/goalspage.cpp" line="-41"/>
        <source>Decisions and open actions</source>
        <translation>Kararlar ve açık eylemler</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/goalspage.cpp" line="+3"/>
        <source>None recorded yet.</source>
        <translation>Henüz kayıt yok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appendix: how each KPI is computed</source>
        <translation>Ek: her KPI nasıl hesaplanır</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>higher</source>
        <translation>daha yüksek</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>lower</source>
        <translation>daha düşük</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Your own KPI: %1.</source>
        <translation>Kendi KPI&apos;ınız: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither</source>
        <translation>hiçbiri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Definition</source>
        <translation>Tanım</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Better</source>
        <translation>Daha iyisi</translation>
    </message>
    <message>
        <location filename="../../ui/goalspage.cpp" line="-22"/>
        <source>earlier, for context</source>
        <translation>daha önce, bağlam için</translation>
    </message>
    <message>
        <location filename="../../core/report/companylogo.cpp" line="+51"/>
        <source>cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 KB: a logo may be at most %3 KB (save it smaller, or as SVG)</source>
        <translation>%1 dosyası %2 KB: bir logo en fazla %3 KB olabilir (daha küçük ya da SVG olarak kaydedin)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an image Funnelscope can read: choose a PNG, JPEG or SVG file</source>
        <translation>%1, Funnelscope&apos;un okuyabileceği bir görsel değil: bir PNG, JPEG veya SVG dosyası seçin</translation>
    </message>
</context>
<context>
    <name>RowDrill</name>
    <message>
        <location filename="../../core/store/rowdrill.cpp" line="+89"/>
        <source>Impressions</source>
        <translation>Gösterimler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Erişim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Tıklamalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Oturumlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounces</source>
        <translation>Hemen çıkmalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pageviews</source>
        <translation>Sayfa görüntülemeleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged seconds</source>
        <translation>Etkileşim süresi (sn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landing page views</source>
        <translation>Açılış sayfası görüntülemeleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form submissions</source>
        <translation>Form gönderimleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA clicks</source>
        <translation>CTA tıklamaları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation>Beğeniler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Yorumlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>Paylaşımlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New followers</source>
        <translation>Yeni takipçiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Bahsetmeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails sent</source>
        <translation>Gönderilen e-postalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails delivered</source>
        <translation>Teslim edilen e-postalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails opened</source>
        <translation>Açılan e-postalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email clicks</source>
        <translation>E-posta tıklamaları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribes</source>
        <translation>Abonelikten çıkmalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform leads</source>
        <translation>Potansiyel müşteriler (platform)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Lead</source>
        <translation>Potansiyel müşteri</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL date</source>
        <translation>MQL tarihi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SAL date</source>
        <translation>SAL tarihi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL date</source>
        <translation>SQL tarihi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer date</source>
        <translation>Müşteri olma tarihi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead score</source>
        <translation>Potansiyel müşteri puanı</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Deal</source>
        <translation>Anlaşma</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First touch</source>
        <translation>İlk temas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close date</source>
        <translation>Kapanış tarihi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal amount</source>
        <translation>Anlaşma tutarı</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>Expense</source>
        <translation>Gider</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent</source>
        <translation>Yanıtlayan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign row</source>
        <translation>Kampanya satırı</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Survey answer</source>
        <translation>Anket yanıtı</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>unknown KPI %1 (funnelscope-cli kpis --list names them)</source>
        <translation>bilinmeyen KPI %1 (funnelscope-cli kpis --list bunları listeler)</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>not recorded (imported before this version)</source>
        <translation>kaydedilmedi (bu sürümden önce içe aktarıldı)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (and 1 more line of the file merged into this row)</source>
        <translation>%1 (ve dosyanın 1 satırı daha bu satırla birleştirildi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (and %2 more lines of the file merged into this row)</source>
        <translation>%1 (ve dosyanın %2 satırı daha bu satırla birleştirildi)</translation>
    </message>
</context>
<context>
    <name>SmartCheck</name>
    <message>
        <location filename="../../core/goals/smartcheck.cpp" line="+74"/>
        <source>Specific: choose the KPI this goal moves.</source>
        <translation>Belirli: bu hedefin etkilediği KPI&apos;ı seçin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Specific: %1 across all channels and campaigns.</source>
        <translation>Belirli: tüm kanallarda ve kampanyalarda %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific: %1 for %2.</source>
        <translation>Belirli: %1, kapsam: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Measurable: set a numeric target.</source>
        <translation>Ölçülebilir: sayısal bir hedef değer belirleyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measurable: the baseline period holds no whole %1 period; choose one that covers at least one, so that the baseline is measured over the same length as the goal.</source>
        <translation>Ölçülebilir: referans dönemi tam bir %1 dönem içermiyor; referans değerin hedefle aynı uzunlukta ölçülmesi için en az bir tam dönemi kapsayan bir referans dönemi seçin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measurable: there is no data for %1 in this scope; import the files it needs first.</source>
        <translation>Ölçülebilir: bu kapsamda %1 için veri yok; önce gerekli dosyaları içe aktarın.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measurable: target %1; the baseline is %2.</source>
        <translation>Ölçülebilir: hedef değer %1; referans değer %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>needs %1 in %2 days</source>
        <translation>%2 gün içinde %1 değişim gerekiyor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; there is not enough history to compare with.</source>
        <translation>Ulaşılabilir: %1; karşılaştırma için yeterli geçmiş veri yok.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; your history has changes like that — realistic.</source>
        <translation>Ulaşılabilir: %1; geçmiş verilerinizde bu büyüklükte değişimler var — gerçekçi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; the best %2-day change in your history is %3 — a stretch.</source>
        <translation>Ulaşılabilir: %1; geçmiş verilerinizdeki en iyi %2 günlük değişim %3 — iddialı.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Achievable: %1; the best %2-day change in your history is %3 — unrealistic.</source>
        <translation>Ulaşılabilir: %1; geçmiş verilerinizdeki en iyi %2 günlük değişim %3 — gerçekçi değil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Achievable: set a target to compare with your history.</source>
        <translation>Ulaşılabilir: geçmiş verilerinizle karşılaştırmak için bir hedef değer belirleyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Achievable: no baseline to measure the change against.</source>
        <translation>Ulaşılabilir: değişimin ölçüleceği bir referans değer yok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relevant: write the business objective this goal serves.</source>
        <translation>İlgili: bu hedefin hizmet ettiği iş amacını yazın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relevant: %1 is an awareness metric; make sure it is tied to a lead or revenue goal.</source>
        <translation>İlgili: %1 bir farkındalık metriği; bir potansiyel müşteri veya gelir hedefine bağlı olduğundan emin olun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relevant: serves “%1”.</source>
        <translation>İlgili: “%1” amacına hizmet ediyor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time-bound: the deadline must come after the start.</source>
        <translation>Zamana bağlı: son tarih başlangıçtan sonra olmalı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time-bound: %1 days, reviewed %2.</source>
        <translation>Zamana bağlı: %1 gün, gözden geçirme: %2.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/chartkpi.cpp" line="+98"/>
        <source>%1 (seconds)</source>
        <translation>%1 (saniye)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (days)</source>
        <translation>%1 (gün)</translation>
    </message>
    <message>
        <location filename="../../ui/trendchart.cpp" line="+25"/>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week starting</source>
        <translation>Hafta başlangıcı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarter starting</source>
        <translation>Çeyrek başlangıcı</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../ui/userguide.cpp" line="+26"/>
        <location line="+23"/>
        <source>a count</source>
        <translation>adet</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>money, in the reporting currency</source>
        <translation>para, raporlama para biriminde</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>a percentage</source>
        <translation>yüzde</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>seconds</source>
        <translation>saniye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>gün</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>a number</source>
        <translation>sayı</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>a score from −100 to 100</source>
        <translation>−100 ile 100 arasında bir puan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>money per day</source>
        <translation>günlük para tutarı</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a ratio (x : 1)</source>
        <translation>oran (x : 1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no shipped export has these columns: import your own file with them (&lt;a href=&quot;guide:export-generic-csv&quot;&gt;your own CSV&lt;/a&gt;)</source>
        <translation>desteklenen dışa aktarımların hiçbiri bu sütunları içermiyor: bunları içeren kendi dosyanızı içe aktarın (&lt;a href=&quot;guide:export-generic-csv&quot;&gt;kendi CSV dosyanız&lt;/a&gt;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, or &lt;a href=&quot;guide:export-generic-csv&quot;&gt;your own CSV&lt;/a&gt; with these columns</source>
        <translation>%1 veya bu sütunları içeren &lt;a href=&quot;guide:export-generic-csv&quot;&gt;kendi CSV dosyanız&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when none of those were imported, %1</source>
        <translation>bunların hiçbiri içe aktarılmadıysa %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+158"/>
        <source>KPI glossary</source>
        <translation>KPI sözlüğü</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Every KPI Funnelscope computes, by funnel stage: what it means, its unit, which way is better, and which exports fill it. Press F1 on a card or a table cell to come here.</source>
        <translation>Funnelscope&apos;un hesapladığı tüm KPI&apos;lar, huni aşamasına göre: ne anlama geldiği, birimi, hangi yönün daha iyi olduğu ve hangi dışa aktarımların onu doldurduğu. Buraya gelmek için bir kartta veya tablo hücresinde F1&apos;e basın.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+29"/>
        <source>Unit: %1.</source>
        <translation>Birim: %1.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+24"/>
        <source>Higher is better.</source>
        <translation>Yüksek olması daha iyidir.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Lower is better.</source>
        <translation>Düşük olması daha iyidir.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Adds up over time: a goal sets its total.</source>
        <translation>Zaman içinde toplanır: hedef, toplamını belirler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A level: a goal sets the level to reach.</source>
        <translation>Bir düzeydir: hedef, ulaşılacak düzeyi belirler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id in formulas and the command line: %1.</source>
        <translation>Formüllerde ve komut satırında ID: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computed from:</source>
        <translation>Şunlardan hesaplanır:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own KPIs</source>
        <translation>Kendi KPI&apos;larınız</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace has none yet. Edit → Custom KPIs… adds a formula over the KPIs above, such as revenue ÷ leads.</source>
        <translation>Bu çalışma alanında henüz yok. Düzen → Özel KPI&apos;lar… ile yukarıdaki KPI&apos;lar üzerinden revenue ÷ leads gibi bir formül ekleyebilirsiniz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own KPI: %1.</source>
        <translation>Kendi KPI&apos;ınız: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither higher nor lower is better.</source>
        <translation>Ne yüksek ne de düşük olması daha iyidir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown with %1.</source>
        <translation>%1 ile birlikte gösterilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formula: %1.</source>
        <translation>Formül: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+106"/>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The menu commands that have a shortcut, as this window has them.</source>
        <translation>Kısayolu olan menü komutları, bu pencerede tanımlandığı şekliyle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Komut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On the dashboard</source>
        <translation>Panoda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between the filters, the cards and the tables.</source>
        <translation>Filtreler, kartlar ve tablolar arasında gezinir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 on a card or a table cell</source>
        <translation>Bir kartta veya tablo hücresinde F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this guide at that KPI&apos;s entry in the glossary.</source>
        <translation>Bu kılavuzu sözlükte o KPI&apos;ın maddesinde açar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+F1 on a card</source>
        <translation>Bir kartta Shift+F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the card&apos;s definition beside it.</source>
        <translation>Kartın tanımını yanında gösterir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on a card</source>
        <translation>Bir kartta Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the stored rows behind its value.</source>
        <translation>Değerini oluşturan kayıtlı satırları gösterir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key on a card</source>
        <translation>Bir kartta Menü tuşu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The card&apos;s commands (Show rows).</source>
        <translation>Kartın komutları (Satırları göster).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+61"/>
        <source>How to export from each tool</source>
        <translation>Her araçtan nasıl dışa aktarılır</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>For each tool: where the export is in its menus, which report, which columns and which dates, then what Funnelscope reads from the file. Import the file with File → Import files… or drop it on the window.</source>
        <translation>Her araç için: dışa aktarmanın menülerde nerede olduğu, hangi rapor, hangi sütunlar ve hangi tarihler; ardından Funnelscope&apos;un dosyadan ne okuduğu. Dosyayı Dosya → Dosyaları içe aktar… ile içe aktarın veya pencerenin üzerine bırakın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>Your own CSV (any other tool)</source>
        <translation>Kendi CSV dosyanız (diğer tüm araçlar)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>What Funnelscope reads from it</source>
        <translation>Funnelscope&apos;un dosyadan okudukları</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, as %2.</source>
        <translation>%1, %2 olarak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its rows count as the channel %1.</source>
        <translation>Satırları %1 kanalı olarak sayılır.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The KPIs it fills (alone or with other files):</source>
        <translation>Doldurduğu KPI&apos;lar (tek başına veya diğer dosyalarla birlikte):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Getting started</source>
        <translation>Başlarken</translation>
    </message>
</context>
<context>
    <name>ViewStore</name>
    <message>
        <location filename="../../core/store/viewstore.cpp" line="+39"/>
        <source>a view needs a name</source>
        <translation>görünüm için bir ad gerekli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace is read-only</source>
        <translation>çalışma alanı salt okunur</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="+119"/>
        <source>the workspace schema has no table %1</source>
        <translation>çalışma alanı şemasında %1 tablosu yok</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot copy into %1: it already holds workspace data (table %2 is not empty); copy into a new workspace file or an empty database</source>
        <translation>%1 içine kopyalanamıyor: zaten çalışma alanı verisi içeriyor (%2 tablosu boş değil); yeni bir çalışma alanı dosyasına veya boş bir veritabanına kopyalayın</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot copy from %1: there is no such workspace file</source>
        <translation>%1 kaynağından kopyalanamıyor: böyle bir çalışma alanı dosyası yok</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+112"/>
        <location filename="../../core/store/workspace.cpp" line="+289"/>
        <source>cannot read workspace %1: %2</source>
        <translation>çalışma alanı okunamıyor: %1: %2</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+13"/>
        <location line="+321"/>
        <location line="+19"/>
        <source>cannot read table %1 of %2: %3</source>
        <translation>%2 içindeki %1 tablosu okunamıyor: %3</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>binary data</source>
        <translation>ikili veri</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+357"/>
        <source>cannot copy from %1: table %2, row %3, column %4 holds &apos;%5&apos;, which is not a %6</source>
        <translation>%1 kaynağından kopyalanamıyor: %2 tablosu, satır %3, sütun %4 &apos;%5&apos; değerini içeriyor ve bu bir %6 değil</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>cannot copy into %1: it is not a file</source>
        <translation>%1 içine kopyalanamıyor: bu bir dosya değil</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+56"/>
        <source>cannot write workspace %1: %2</source>
        <translation>%1 çalışma alanına yazılamıyor: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+393"/>
        <source>cannot write table %1 of %2: %3</source>
        <translation>%2 içindeki %1 tablosuna yazılamıyor: %3</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1 does not have the workspace schema: column %2.%3 is %4, not %5</source>
        <translation>%1 çalışma alanı şemasına sahip değil: %2.%3 sütunu %5 olmalı, ama %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>eksik</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/teamworkspace.cpp" line="+85"/>
        <source>%1 holds no workspace yet: copy one into it with funnelscope-cli copy --from FILE --to %1</source>
        <translation>%1 henüz bir çalışma alanı içermiyor: funnelscope-cli copy --from DOSYA --to %1 ile bir tane kopyalayın</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="+376"/>
        <source>%1 holds a workspace of schema %2; this version of Funnelscope reads schema %3</source>
        <translation>%1, şema %2 olan bir çalışma alanı içeriyor; Funnelscope&apos;un bu sürümü şema %3 okur</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-297"/>
        <location line="+171"/>
        <source>cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>you may read %1 but not change it: your PostgreSQL role is a viewer&apos;s; ask the workspace&apos;s admin for the editor role (see the README, &quot;Team workspace&quot;)</source>
        <translation>%1 okuyabilirsiniz ama değiştiremezsiniz: PostgreSQL rolünüz bir izleyici rolü; çalışma alanının yöneticisinden düzenleyici rolünü isteyin (README, &quot;Team workspace&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot create the folder %1 for the copy of %2</source>
        <translation>%2 kopyası için %1 klasörü oluşturulamıyor</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+49"/>
        <source>cannot write the copy of %1 into %2</source>
        <translation>%1 kopyası %2 içine yazılamıyor</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+12"/>
        <source>cannot lock %1 for a change: %2</source>
        <translation>%1 bir değişiklik için kilitlenemiyor: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>waiting for another change to %1 to finish…</source>
        <translation>%1 üzerindeki başka bir değişikliğin bitmesi bekleniyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for %1&apos;s change to %2 to finish…</source>
        <translation>%1 kullanıcısının %2 üzerindeki değişikliğinin bitmesi bekleniyor…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot finish the change to %1: its work file %2 is still in use</source>
        <translation>%1 üzerindeki değişiklik tamamlanamıyor: çalışma dosyası %2 hâlâ kullanımda</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-163"/>
        <source>cannot copy from %1: the database holds no Funnelscope workspace</source>
        <translation>%1 kaynağından kopyalanamıyor: veritabanında Funnelscope çalışma alanı yok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot copy from %1: its workspace has schema %2 and this Funnelscope reads schema %3</source>
        <translation>%1 kaynağından kopyalanamıyor: çalışma alanının şeması %2, bu Funnelscope ise %3 şemasını okuyor</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot read table %1 of %2: row %3 has too few fields</source>
        <translation>%2 içindeki %1 tablosu okunamıyor: %3. satırda çok az alan var</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot read table %1 of %2: row %3 has more fields than the table&apos;s columns</source>
        <translation>%2 içindeki %1 tablosu okunamıyor: %3. satırda tablonun sütunlarından fazla alan var</translation>
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
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>copy moves a workspace between a file and a PostgreSQL database: one of %1 and %2 must be a postgresql:// URL (copy a workspace file as any file)</source>
        <translation>copy bir çalışma alanını bir dosya ile bir PostgreSQL veritabanı arasında taşır: %1 ve %2 değerlerinden biri postgresql:// URL&apos;si olmalı (bir çalışma alanı dosyasını herhangi bir dosya gibi kopyalayın)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot copy %1 onto itself</source>
        <translation>%1 kendi üzerine kopyalanamaz</translation>
    </message>
    <message>
        <location filename="../../core/store/workspace.cpp" line="+4"/>
        <source>%1 is not a Funnelscope workspace (not a SQLite database file)</source>
        <translation>%1 bir Funnelscope çalışma alanı değil (SQLite veritabanı dosyası değil)</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/pgschema.cpp" line="+190"/>
        <location filename="../../core/store/postgres/teamworkspace.cpp" line="-179"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-507"/>
        <location line="+95"/>
        <location line="+152"/>
        <location line="+139"/>
        <source>cannot read the schema of %1: %2</source>
        <translation>%1 şeması okunamıyor: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/store/workspace.cpp" line="+13"/>
        <source>%1 was written by a newer Funnelscope (schema %2, this one reads up to %3); please update Funnelscope</source>
        <translation>%1 daha yeni bir Funnelscope sürümüyle yazılmış (şema %2; bu sürüm en fazla şema %3 okuyabilir); lütfen Funnelscope&apos;u güncelleyin</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>cannot bring %1 to schema %2: %3</source>
        <translation>%1, %2 şemasına getirilemiyor: %3</translation>
    </message>
    <message>
        <location filename="../../core/store/workspace.cpp" line="+9"/>
        <source>%1 is a SQLite database of another program, not a Funnelscope workspace</source>
        <translation>%1 başka bir programın SQLite veritabanı, Funnelscope çalışma alanı değil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: it is cut short (%2 of %3 bytes); open a backup copy</source>
        <translation>%1 hasarlı: dosya yarıda kesilmiş (%3 baytın %2 baytı var); bir yedek kopyayı açın</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+19"/>
        <source>cannot open workspace %1: %2</source>
        <translation>çalışma alanı açılamıyor: %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open workspace %1: the file or its folder is read-only, and Funnelscope writes to the workspace and next to it while it is open (copy it to a folder you can write to); nothing was changed</source>
        <translation>çalışma alanı açılamıyor: %1: dosya veya klasörü salt okunur; Funnelscope ise çalışma alanı açıkken hem ona hem de yanına yazar (yazma izniniz olan bir klasöre kopyalayın); hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a Funnelscope workspace: %2</source>
        <translation>%1 bir Funnelscope çalışma alanı değil: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot back up %1 before upgrading it: %2</source>
        <translation>yükseltmeden önce yedeklenemiyor: %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open workspace %1 read-only: there is no such file</source>
        <translation>%1 çalışma alanı salt okunur açılamıyor: böyle bir dosya yok</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot open workspace %1 read-only: %2</source>
        <translation>%1 çalışma alanı salt okunur açılamıyor: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written by an older Funnelscope and must be upgraded before it can be read, which needs write access: copy it to a folder you can write to</source>
        <translation>%1 daha eski bir Funnelscope ile yazılmış; okunabilmesi için yükseltilmesi gerekir ve bunun için yazma izni gerekir: dosyayı yazabileceğiniz bir klasöre kopyalayın</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 was written by a newer Funnelscope (schema %2); please update</source>
        <translation>%1 daha yeni bir Funnelscope sürümüyle yazılmış (şema %2); lütfen güncelleyin</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <location line="+17"/>
        <location line="+3"/>
        <source>cannot upgrade workspace %1: %2</source>
        <translation>%1 çalışma alanı yükseltilemiyor: %2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>cannot upgrade workspace %1 to schema %2: %3</source>
        <translation>çalışma alanı şema %2 sürümüne yükseltilemiyor: %1: %3</translation>
    </message>
    <message>
        <location filename="../../core/store/campaignrollup.cpp" line="+263"/>
        <location line="+37"/>
        <source>the sums of the campaign rows are too large to be stored exactly</source>
        <translation>kampanya satırlarının toplamları tam olarak saklanamayacak kadar büyük</translation>
    </message>
    <message>
        <location filename="../../core/store/readsnapshot.cpp" line="+22"/>
        <source>the workspace is not open</source>
        <translation>çalışma alanı açık değil</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>a total is too large to be computed exactly (integer overflow)</source>
        <translation>bir toplam tam olarak hesaplanamayacak kadar büyük (tamsayı taşması)</translation>
    </message>
    <message>
        <location filename="../../core/channels/channeltaxonomy.cpp" line="+148"/>
        <source>a channel alias needs a name</source>
        <translation>kanal takma adı için bir ad gerekli</translation>
    </message>
    <message>
        <location filename="../../core/goals/goalstore.cpp" line="-41"/>
        <source>no review %1</source>
        <translation>%1 numaralı değerlendirme yok</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/pgconnection.cpp" line="+23"/>
        <source>%1 is not a PostgreSQL URL: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 bir PostgreSQL URL&apos;si değil: postgresql://USER@HOST:PORT/DATABASE biçiminde yazın</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a password does not belong in the URL (it would be stored in shell history and settings); put it in ~/.pgpass or PGPASSWORD</source>
        <translation>%1: parola URL&apos;de yer almamalı (kabuk geçmişinde ve ayarlarda saklanır); ~/.pgpass veya PGPASSWORD içine koyun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 names no database: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 bir veritabanı belirtmiyor: postgresql://USER@HOST:PORT/DATABASE biçiminde yazın</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <source>cannot connect to %1: %2</source>
        <translation>%1 adresine bağlanılamıyor: %2</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/teamlistener.cpp" line="+30"/>
        <source>cannot hear changes to %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>%1 üzerindeki değişiklikler izlenemiyor: Qt&apos;nin PostgreSQL sürücüsü (QPSQL) kurulu değil</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>cannot hear changes to %1: %2</source>
        <translation>%1 üzerindeki değişiklikler izlenemiyor: %2</translation>
    </message>
</context>
<context>
    <name>funnelscope</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="+876"/>
        <source>the formula does not parse</source>
        <translation>formül ayrıştırılamıyor</translation>
    </message>
</context>
<context>
    <name>funnelscope::AnnotatedChart</name>
    <message>
        <location filename="../../ui/annotatedchart.cpp" line="+105"/>
        <source>Add annotation…</source>
        <translation>Ek açıklama ekle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove annotation “%1”</source>
        <translation>“%1” ek açıklamasını kaldır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotations…</source>
        <translation>Ek açıklamalar…</translation>
    </message>
</context>
<context>
    <name>funnelscope::AttributionView</name>
    <message>
        <location filename="../../ui/attributionview.cpp" line="-129"/>
        <source>First touch</source>
        <translation>İlk temas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last touch</source>
        <translation>Son temas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear</source>
        <translation>Doğrusal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time decay (7 days)</source>
        <translation>Zaman azalması (7 gün)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position (40/20/40)</source>
        <translation>Konuma dayalı (40/20/40)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Attribution&lt;/b&gt;: who gets the credit, model by model</source>
        <translation>&lt;b&gt;İlişkilendirme&lt;/b&gt;: her modelde katkı payı kime düşüyor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leads</source>
        <translation>Potansiyel müşteriler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won revenue</source>
        <translation>Kazanılan gelir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit for</source>
        <translation>İlişkilendirilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit for:</source>
        <translation>İlişkilendirilen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each conversion of the period (a lead created, a customer won, a deal&apos;s revenue) is shared among its touchpoints up to that day; without touchpoints it goes to its own channel.</source>
        <translation>Dönemin her dönüşümü (oluşturulan bir potansiyel müşteri, kazanılan bir müşteri, bir anlaşmanın geliri) o güne kadarki temas noktaları arasında paylaştırılır; temas noktası yoksa kendi kanalına atanır.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 by channel and model</source>
        <translation>Kanala ve modele göre %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::CardGrid</name>
    <message>
        <location filename="../../ui/cardgrid.cpp" line="+16"/>
        <source>day</source>
        <translation>gün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week</source>
        <translation>hafta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarter</source>
        <translation>çeyrek</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Sparkline by %1. %2</source>
        <translation>Mini grafik %1 bazında. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before: %1</source>
        <translation>önceki: %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::ChannelAliasModel</name>
    <message>
        <location filename="../../core/channels/channelaliasmodel.cpp" line="+106"/>
        <source>your alias</source>
        <translation>takma adınız</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as imported</source>
        <translation>içe aktarıldığı gibi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default taxonomy</source>
        <translation>varsayılan sınıflandırma</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Name in the imported files</source>
        <translation>İçe aktarılan dosyalardaki ad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts as channel</source>
        <translation>Sayıldığı kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Belirleyen</translation>
    </message>
</context>
<context>
    <name>funnelscope::ChannelsDialog</name>
    <message>
        <location filename="../../ui/channelsdialog.cpp" line="+52"/>
        <source>Reset to defaults</source>
        <translation>Varsayılanlara sıfırla</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Channels</source>
        <translation>Kanallar</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>This workspace is open read-only: its channels are shown, not changed.</source>
        <translation>Bu çalışma alanı salt okunur açık: kanalları gösterilir ama değiştirilemez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each channel name of your imported files counts as the channel beside it, in every KPI, filter and report. Names of other tools for the same channel (Direct traffic, (direct) / (none), DIRECT_TRAFFIC) count as one. Change a channel here: the numbers follow without importing anything again.</source>
        <translation>İçe aktardığınız dosyalardaki her kanal adı, tüm KPI&apos;larda, filtrelerde ve raporlarda yanındaki kanal olarak sayılır. Diğer araçların aynı kanal için kullandığı adlar (Direct traffic, (direct) / (none), DIRECT_TRAFFIC) tek kanal olarak sayılır. Kanalı burada değiştirin: sayılar hiçbir şeyi yeniden içe aktarmadan güncellenir.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The channels could not be saved: %1</source>
        <translation>Kanallar kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::CohortView</name>
    <message>
        <location filename="../../ui/cohortview.cpp" line="-56"/>
        <source>&lt;b&gt;Lead cohorts&lt;/b&gt;: how soon the leads of each of the last 12 months or weeks reach a stage</source>
        <translation>&lt;b&gt;Potansiyel müşteri kohortları&lt;/b&gt;: son 12 ayın veya haftanın her birindeki potansiyel müşterilerin bir aşamaya ne kadar sürede ulaştığı</translation>
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
        <translation>Fırsat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month of creation</source>
        <translation>Oluşturulma ayına göre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week of creation</source>
        <translation>Oluşturulma haftasına göre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shares of the cohort&apos;s leads. * still maturing: some of the cohort&apos;s leads have not had that many days yet.</source>
        <translation>Kohorttaki potansiyel müşterilerin payları. * henüz olgunlaşıyor: kohorttaki bazı potansiyel müşteriler henüz o kadar günü doldurmadı.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leads</source>
        <translation>Potansiyel müşteriler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≤ %1 days</source>
        <translation>≤ %1 gün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median days</source>
        <translation>Medyan gün</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Still maturing: some leads of %1 have not had %2 days yet.</source>
        <translation>Henüz olgunlaşıyor: %1 kohortundaki bazı potansiyel müşteriler henüz %2 günü doldurmadı.</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomFormula</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-455"/>
        <source>%1 is unknown for this period</source>
        <translation>%1 bu dönem için bilinmiyor</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is 0 (division by zero)</source>
        <translation>%1 değeri 0 (sıfıra bölme)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the result is too large to show</source>
        <translation>sonuç gösterilemeyecek kadar büyük</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the formula does not parse</source>
        <translation>formül ayrıştırılamıyor</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpi</name>
    <message>
        <location line="+199"/>
        <source>a custom KPI needs a name</source>
        <translation>özel KPI için bir ad gerekli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is longer than 80 characters</source>
        <translation>ad 80 karakterden uzun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name &apos;%1&apos; has no letter or digit to make an id of</source>
        <translation>&apos;%1&apos; adında ID oluşturmaya yetecek harf veya rakam yok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is the id of the catalog KPI &apos;%2&apos;: choose another name</source>
        <translation>&apos;%1&apos;, katalogdaki &apos;%2&apos; KPI&apos;ının ID&apos;si: başka bir ad seçin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a name formulas use: choose another name</source>
        <translation>&apos;%1&apos; formüllerin kullandığı bir ad: başka bir ad seçin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>formula: %1</source>
        <translation>formül: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the formula gives an amount of money (%1): use the money format</source>
        <translation>formül bir para tutarı veriyor (%1): para (money) biçimini kullanın</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the formula is not an amount of money (%1): use count, percent, ratio or number</source>
        <translation>formül bir para tutarı değil (%1): adet (count), yüzde (percent), oran (ratio) veya sayı (number) biçimini kullanın</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most 6 decimals</source>
        <translation>en fazla 6 ondalık basamak</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpiStore</name>
    <message>
        <location line="+44"/>
        <location line="+27"/>
        <source>the workspace is open read-only: custom KPIs cannot be changed</source>
        <translation>çalışma alanı salt okunur açık: özel KPI&apos;lar değiştirilemez</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a custom KPI with the id &apos;%1&apos; exists already (&apos;%2&apos;): choose another name</source>
        <translation>&apos;%1&apos; ID&apos;li bir özel KPI zaten var (&apos;%2&apos;): başka bir ad seçin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the custom KPI could not be saved: %1</source>
        <translation>özel KPI kaydedilemedi: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no custom KPI has the id &apos;%1&apos; (funnelscope-cli kpi list shows them)</source>
        <translation>&apos;%1&apos; ID&apos;li özel KPI yok (funnelscope-cli kpi list bunları gösterir)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the goal &apos;%1&apos; measures &apos;%2&apos;: remove or change the goal first</source>
        <translation>&apos;%1&apos; hedefi &apos;%2&apos; KPI&apos;ını ölçüyor: önce hedefi kaldırın veya değiştirin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the custom KPI could not be removed: %1</source>
        <translation>özel KPI kaldırılamadı: %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpisDialog</name>
    <message>
        <location filename="../../ui/customkpisdialog.cpp" line="+25"/>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>Kaldı&amp;r</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <location line="+120"/>
        <source>Custom KPIs</source>
        <translation>Özel KPI&apos;lar</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>e.g. revenue / leads or (mqls - sqls) / mqls</source>
        <translation>ör. revenue / leads veya (mqls - sqls) / mqls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI ids (leads, revenue, media_cost, mqls, …), numbers, + - * / and parentheses. Also clicks, expenses, lost_deals; revenue_won, cost and spend.</source>
        <translation>KPI ID&apos;leri (leads, revenue, media_cost, mqls, …), sayılar, + - * / ve parantezler. Ayrıca clicks, expenses, lost_deals; revenue_won, cost ve spend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Higher is better</source>
        <translation>Yüksek olması daha iyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better</source>
        <translation>Düşük olması daha iyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither (neutral)</source>
        <translation>Hiçbiri (nötr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Adet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>Yüzde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratio (x : 1)</source>
        <translation>Oran (x : 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Formula:</source>
        <translation>&amp;Formül:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Better:</source>
        <translation>Daha &amp;iyisi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>Bi&amp;çim:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decimals:</source>
        <translation>&amp;Ondalık basamak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shown in:</source>
        <translation>&amp;Gösterildiği grup:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This period:</source>
        <translation>Bu dönem:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The workspace is open read-only.</source>
        <translation>Çalışma alanı salt okunur açık.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Type a formula to see its value for this period.</source>
        <translation>Bu dönemdeki değerini görmek için bir formül yazın.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No period is shown yet.</source>
        <translation>Henüz gösterilen bir dönem yok.</translation>
    </message>
</context>
<context>
    <name>funnelscope::DataPage</name>
    <message>
        <location filename="../../ui/datapage.cpp" line="+17"/>
        <source>&amp;Delete import…</source>
        <translation>İçe aktarmayı &amp;sil…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Re-import</source>
        <translation>&amp;Yeniden içe aktar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import files…</source>
        <translation>Dosyaları &amp;içe aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports</source>
        <translation>İçe aktarmalar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No files imported yet. Choose Import files… or drop CSV exports anywhere on this window.</source>
        <translation>Henüz dosya içe aktarılmadı. Dosyaları içe aktar… seçeneğini kullanın veya CSV dışa aktarımlarını bu pencerenin herhangi bir yerine bırakın.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete import</source>
        <translation>İçe aktarmayı sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the import of %1 (%2 rows, source %3) and the rows it brought?

You can undo this with Edit → Undo until you close the window.</source>
        <translation>Bu içe aktarma (%1; %2 satır, kaynak: %3) ve getirdiği satırlar silinsin mi?

Pencereyi kapatana kadar bunu Düzen → Geri al ile geri alabilirsiniz.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This import rejected no rows.</source>
        <translation>Bu içe aktarmada reddedilen satır yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected rows of this import (%1): line, column and reason</source>
        <translation>Bu içe aktarmanın reddedilen satırları (%1): satır, sütun ve neden</translation>
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
        <translation>; kanallar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; campaigns: %1</source>
        <translation>; kampanyalar: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the rows…</source>
        <translation>Satırlar okunuyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows behind %1</source>
        <translation>%1 değerini oluşturan satırlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter rows (any column)</source>
        <translation>Satırları filtrele (herhangi bir sütun)</translation>
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
        <translation>Satırları dışa aktar</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The rows cannot be read: %1</source>
        <translation>Satırlar okunamıyor: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 row</source>
        <translation>1 satır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 satır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 file</source>
        <translation>1 dosya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 files</source>
        <translation>%1 dosya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stored rows behind this number</source>
        <translation>Bu sayıyı oluşturan kayıtlı satır yok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 from %2</source>
        <translation>%1, kaynak: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the first %1 are shown (funnelscope-cli rows lists them all)</source>
        <translation>; ilk %1 tanesi gösteriliyor (funnelscope-cli rows tümünü listeler)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 match the filter</source>
        <translation>; %1 tanesi filtreyle eşleşiyor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; line not recorded: imported before this version</source>
        <translation>; satır numarası kaydedilmedi: bu sürümden önce içe aktarıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; %1 without a line: imported before this version</source>
        <translation>; %1 tanesinin satır numarası yok: bu sürümden önce içe aktarıldı</translation>
    </message>
</context>
<context>
    <name>funnelscope::FilterBar</name>
    <message>
        <location filename="../../ui/filterbar.cpp" line="+16"/>
        <source>Channels</source>
        <translation>Kanallar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Kampanyalar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs previous period</source>
        <translation>önceki döneme göre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs same period last year</source>
        <translation>geçen yılın aynı dönemine göre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no comparison</source>
        <translation>karşılaştırma yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Karşılaştırma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period</source>
        <translation>&amp;Dönem</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>up to %1, the latest data</source>
        <translation>%1 tarihine kadar (en son veri)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up to today</source>
        <translation>bugüne kadar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counted from %1, the latest data</source>
        <translation>%1 tarihinden (en son veri) geriye doğru sayılır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counted from today</source>
        <translation>bugünden geriye doğru sayılır</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vs previous</source>
        <translation>öncekine göre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs last year</source>
        <translation>geçen yıla göre</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Updating…</source>
        <translation>Güncelleniyor…</translation>
    </message>
</context>
<context>
    <name>funnelscope::FunnelWidget</name>
    <message>
        <location filename="../../ui/funnelwidget.cpp" line="+27"/>
        <source>Funnel</source>
        <translation>Huni</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each bar&apos;s width is on a logarithmic scale. Conversion is the next step ÷ this step; drop-off is what is lost between them.</source>
        <translation>Her çubuğun genişliği logaritmik ölçektedir. Dönüşüm, sonraki adım ÷ bu adımdır; kayıp, ikisi arasında kaybedilen kısımdır.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Step conversion</source>
        <translation>Adım dönüşümü</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>↓ %1 (drop-off %2)</source>
        <translation>↓ %1 (kayıp %2)</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+56"/>
        <source>↑ ×%1 (visits without a click)</source>
        <translation>↑ ×%1 (tıklama olmadan gelen ziyaretler)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>was %1</source>
        <translation>önceki: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1%2 pp)</source>
        <comment>percentage points</comment>
        <translation> (%1%2 puan)</translation>
    </message>
</context>
<context>
    <name>funnelscope::GoalListModel</name>
    <message>
        <location filename="../../core/goals/goallistmodel.cpp" line="+64"/>
        <source>Serves: %1</source>
        <translation>Amaç: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Goal</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Güncel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Hedef değer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Son tarih</translation>
    </message>
</context>
<context>
    <name>funnelscope::GoalsPage</name>
    <message>
        <location filename="../../ui/goalspage.cpp" line="+79"/>
        <source>Channels</source>
        <translation>Kanallar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns</source>
        <translation>Kampanyalar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New goal</source>
        <translation>&amp;Yeni hedef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete goal…</source>
        <translation>Hedefi sil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;review</source>
        <translation>Yeni &amp;değerlendirme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SMART review of the period chosen in the filter bar, saved with its numbers</source>
        <translation>Filtre çubuğunda seçilen dönemin, rakamlarıyla birlikte kaydedilen SMART değerlendirmesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+463"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF olarak dışa aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <translation>Değerlendirmeler</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Weekly</source>
        <translation>Haftalık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Aylık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>Üç aylık</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>computed from the baseline period</source>
        <translation>referans döneminden hesaplanır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1200, 80, 30%</source>
        <translation>ör. 1200, 80, 30%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business objective this goal serves, e.g. pipeline for the 2027 plan</source>
        <translation>Bu hedefin hizmet ettiği iş amacı, ör. 2027 planı için satış hattı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope:</source>
        <translation>Kapsam:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Baseline period:</source>
        <translation>Referans dönemi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referans değer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target:</source>
        <translation>&amp;Hedef değer:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start – deadline:</source>
        <translation>Başlangıç – son tarih:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Sorumlu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ob&amp;jective:</source>
        <translation>A&amp;maç:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save goal</source>
        <translation>Hedefi ka&amp;ydet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMART check</source>
        <translation>SMART kontrolü</translation>
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
        <translation>Değerlendirmeyi dışa aktar</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Writing %1…</source>
        <translation>Yazılıyor: %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The review is saved as %1</source>
        <translation>Değerlendirme %1 olarak kaydedildi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show folder</source>
        <translation>Klasörü göster</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot save the choices with the review: %1</source>
        <translation>Seçimler değerlendirmeyle birlikte kaydedilemiyor: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>%1
Actual: %2
Planned pace: %3</source>
        <translation>%1
Gerçekleşen: %2
Planlanan tempo: %3</translation>
    </message>
    <message>
        <location line="-513"/>
        <source>Measured as of %1; a level goal&apos;s “Now” is its latest whole period.</source>
        <translation>%1 itibarıyla ölçüldü; bir düzey hedefinin “Güncel” değeri, son tam döneminin değeridir.</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Save goal</source>
        <translation>Hedefi kaydet</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Give the goal a name first.</source>
        <translation>Önce hedefe bir ad verin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a numeric target, e.g. 1200 or 30%.</source>
        <translation>Sayısal bir hedef değer belirleyin, ör. 1200 veya 30%.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete goal</source>
        <translation>Hedefi sil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the goal “%1”?</source>
        <translation>“%1” hedefi silinsin mi?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New review</source>
        <translation>Yeni değerlendirme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title of the review:</source>
        <translation>Değerlendirmenin başlığı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing review %1 – %2</source>
        <translation>Pazarlama değerlendirmesi %1 – %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+7"/>
        <location line="+57"/>
        <source>This review no longer exists.</source>
        <translation>Bu değerlendirme artık mevcut değil.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Record a decision…</source>
        <translation>Karar kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>PDF olarak dışa aktar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+55"/>
        <source>Record a decision</source>
        <translation>Karar kaydet</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>e.g. Move 10% of the Display budget to Paid Search</source>
        <translation>ör. Display bütçesinin yüzde 10&apos;unu Paid Search&apos;e kaydır</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing in particular</source>
        <translation>belirli bir şey yok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the goal %1</source>
        <translation>%1 hedefi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the recommendation: %1</source>
        <translation>öneri: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision:</source>
        <translation>Karar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Sorumlu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>Son tarih:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers:</source>
        <translation>Yanıt verdiği:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select a saved goal to see its pace</source>
        <translation>Temposunu görmek için kayıtlı bir hedef seçin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pace of “%1”: actual against the straight line to the target</source>
        <translation>“%1” hedefinin temposu: hedefe giden düz çizgiye göre gerçekleşen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual</source>
        <translation>Gerçekleşen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned pace</source>
        <translation>Planlanan tempo</translation>
    </message>
</context>
<context>
    <name>funnelscope::GroupPage</name>
    <message>
        <location filename="../../ui/grouppage.cpp" line="+57"/>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By day</source>
        <translation>Günlük</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>Haftalık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>Aylık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By quarter</source>
        <translation>Üç aylık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time granularity</source>
        <translation>Zaman ayrıntı düzeyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI in the charts</source>
        <translation>Grafiklerdeki KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hart:</source>
        <translation>&amp;Grafik:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the &amp;comparison period</source>
        <translation>&amp;Karşılaştırma dönemini göster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws the comparison period&apos;s values as a dotted line, bucket by bucket</source>
        <translation>Karşılaştırma döneminin değerlerini her zaman dilimi için noktalı bir çizgi olarak çizer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>By channel</source>
        <translation>Kanala göre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By campaign</source>
        <translation>Kampanyaya göre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table rows</source>
        <translation>Tablo satırları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter rows…</source>
        <translation>Satırları filtrele…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV olarak &amp;dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>Export table</source>
        <translation>Tabloyu dışa aktar</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Funnelscope: %1 by %2</source>
        <translation>Funnelscope: %2 bazında %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign</source>
        <translation>kampanya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period: %1 to %2</source>
        <translation>Dönem: %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with: %1 to %2</source>
        <translation>Karşılaştırılan dönem: %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels: %1</source>
        <translation>Kanallar: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>all</source>
        <translation>tümü</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns: %1</source>
        <translation>Kampanyalar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows containing: %1</source>
        <translation>Şunu içeren satırlar: %1</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1 by channel</source>
        <translation>Kanala göre %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaign</source>
        <translation>Kampanya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
</context>
<context>
    <name>funnelscope::GuideDialog</name>
    <message>
        <location filename="../../ui/guidedialog.cpp" line="+26"/>
        <source>Funnelscope user guide</source>
        <translation>Funnelscope kullanım kılavuzu</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Search the guide</source>
        <translation>Kılavuzda ara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents</source>
        <translation>İçindekiler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide page</source>
        <translation>Kılavuz sayfası</translation>
    </message>
</context>
<context>
    <name>funnelscope::ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="+45"/>
        <source>imported</source>
        <translation>içe aktarıldı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>değişmedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Skip this file</source>
        <translation>Bu dosyayı a&amp;tla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;all</source>
        <translation>&amp;Tümünü içe aktar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import files</source>
        <translation>Dosyaları içe aktar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Detect from the header</source>
        <translation>Başlık satırından algıla</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+299"/>
        <source>Funnelscope&apos;s column names</source>
        <translation>Funnelscope sütun adları</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>%1 export</source>
        <translation>%1 dışa aktarımı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tool the file was exported from: its column names, totals and footer lines.</source>
        <translation>Dosyanın dışa aktarıldığı araç: sütun adları, toplamlar ve alt bilgi satırları.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation>Algıla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect from the data</source>
        <translation>Verilerden algıla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (31/12/2025)</source>
        <translation>Önce gün (31/12/2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2025)</source>
        <translation>Önce ay (12/31/2025)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+292"/>
        <source>Detect from the numbers</source>
        <translation>Sayılardan algıla</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Comma (1 234,50)</source>
        <translation>Virgül (1 234,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point (1,234.50)</source>
        <translation>Nokta (1,234.50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decimal separator of the file&apos;s numbers. It is decided once for the whole file from all its cells; choose it when they cannot tell (1.234 could be 1234 or 1,234).</source>
        <translation>Dosyadaki sayıların ondalık ayırıcısı. Tüm hücrelerine bakılarak dosyanın tamamı için bir kez belirlenir; sayılar bunu belli etmediğinde seçin (1.234, 1234 de olabilir 1,234 de).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tool&apos;s name, or manual</source>
        <translation>aracın adı veya manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of one source replace that source&apos;s earlier rows for the same day, channel and campaign. Give two accounts of one tool two source names.</source>
        <translation>Bir kaynağın satırları, aynı gün, kanal ve kampanya için o kaynağın önceki satırlarının yerini alır. Aynı aracın iki hesabına iki ayrı kaynak adı verin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>Tü&amp;r:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exported from:</source>
        <translation>Dışa aktarıldığı &amp;araç:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delimiter:</source>
        <translation>Ayırıcı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header:</source>
        <translation>Başlık:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date order:</source>
        <translation>Tarih &amp;sırası:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deci&amp;mal separator:</source>
        <translation>&amp;Ondalık ayırıcı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource:</source>
        <translation>Kay&amp;nak:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the file, or the tool&apos;s</source>
        <translation>dosyadan ya da araçtan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channel of every row, for a file without a channel column (or to override the tool&apos;s).</source>
        <translation>Kanal sütunu olmayan bir dosya için (ya da aracın kanalının yerine) her satırın kanalı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the file, or the workspace&apos;s</source>
        <translation>dosyadan ya da çalışma alanından</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The currency of amounts the file does not name (a Currency code column, a symbol such as zł or €, or a header such as Amount spent (INR) name it); &quot;$&quot; alone needs the account&apos;s currency.</source>
        <translation>Dosyanın para birimini belirtmediği tutarların para birimi (para birimini bir Para birimi kodu sütunu, zł veya € gibi bir sembol ya da Harcanan tutar (INR) gibi bir başlık belirtir); tek başına &quot;$&quot; için hesabın para birimi gerekir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;urrency:</source>
        <translation>Para &amp;birimi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period of the file:</source>
        <translation>Dosyanın &amp;dönemi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a report without dates whose period the file does not give (Search Console&apos;s Countries.csv and Devices.csv): its totals are spread evenly over these days</source>
        <translation>Dönemi dosyada belirtilmeyen tarihsiz bir rapor için (Search Console&apos;un Countries.csv ve Devices.csv dosyaları): toplamları bu günlere eşit olarak dağıtılır</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column in the file</source>
        <translation>Dosyadaki sütun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored as</source>
        <translation>Kaydedileceği sütun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deal stages</source>
        <translation>Fırsat aşamaları</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage in the file</source>
        <translation>Dosyadaki aşama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counts as</source>
        <translation>Sayıldığı durum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How each stage of your pipeline counts for won deals, revenue and the open pipeline. Your choices are remembered for later imports into this workspace.</source>
        <translation>Satış hattınızın her aşamasının kazanılan fırsatlar, gelir ve açık hat için nasıl sayıldığı. Seçimleriniz bu çalışma alanına sonraki içe aktarmalar için hatırlanır.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column mapping</source>
        <translation>Sütun eşleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember this mapping: files with the same columns will be read this way.</source>
        <translation>Bu eşlemeyi hatırla: aynı sütunlara sahip dosyalar bu şekilde okunur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first rows, as they will be stored</source>
        <translation>Kaydedilecekleri hâliyle ilk satırlar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import this file and every one after it as detected; one summary at the end.</source>
        <translation>Bu dosyayı ve ardından gelen her dosyayı algılandığı gibi içe aktarın; sonda tek bir özet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+3"/>
        <location line="+11"/>
        <source>Save as preset</source>
        <translation>Hazır ayar olarak kaydet</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Map the file&apos;s columns first.</source>
        <translation>Önce dosyanın sütunlarını eşleyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the tool or export (e.g. &quot;Agency weekly report&quot;):</source>
        <translation>Aracın veya dışa aktarımın adı (ör. &quot;Ajans haftalık raporu&quot;):</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>from the file (no other known: choose one)</source>
        <translation>dosyadan (başkası bilinmiyor: birini seçin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the file, or %1 (last used for %2)</source>
        <translation>dosyadan veya %1 (%2 için en son kullanılan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the file, or %1 (the workspace&apos;s)</source>
        <translation>dosyadan veya %1 (çalışma alanının)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma</source>
        <translation>virgül</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolon</source>
        <translation>noktalı virgül</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tab</source>
        <translation>sekme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vertical bar</source>
        <translation>dikey çizgi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found</source>
        <translation>bulunamadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>line %1 (%n title line(s) above skipped)</source>
        <translation>
            <numerusform>satır %1 (üstteki %n üst bilgi satırı atlandı)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detect from the header (%1)</source>
        <translation>Başlık satırından algıla (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect from the header (%1, %2% of its columns known)</source>
        <translation>Başlık satırından algıla (%1, bilinen sütunlar: %%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect (%1)</source>
        <translation>Algıla (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect from the numbers (comma)</source>
        <translation>Sayılardan algıla (virgül)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect from the numbers (point)</source>
        <translation>Sayılardan algıla (nokta)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>won</source>
        <translation>kazanıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>kaybedildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No rule knows this stage: it counts as open unless you choose otherwise.</source>
        <translation>Bu aşamayı hiçbir kural tanımıyor: siz başka bir seçim yapmadıkça açık sayılır.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counts as, for %1</source>
        <translation>%1 için sayıldığı durum</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 = %2 × %3</source>
        <translation>%1 = %2 × %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(ignore)</source>
        <translation>(yok say)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stored as, for %1</source>
        <translation>%1 için kaydedileceği sütun</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No currency is known for amounts the file does not name: they would be stored without one and never converted. Choose the account&apos;s currency above.</source>
        <translation>Dosyanın para birimini belirtmediği tutarlar için bilinen bir para birimi yok: para birimi olmadan saklanır ve hiç dönüştürülmez. Yukarıdan hesabın para birimini seçin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>This file cannot be imported: %1</source>
        <translation>Bu dosya içe aktarılamaz: %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Choose the date order: the slash dates could be day or month first.</source>
        <translation>Tarih sırasını seçin: eğik çizgili tarihler önce gün veya önce ay biçiminde olabilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the decimal separator: the file&apos;s numbers do not tell it.</source>
        <translation>Ondalık ayırıcıyı seçin: dosyadaki sayılar bunu belli etmiyor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every row gets %1 &apos;%2&apos;, as you chose.</source>
        <translation>Her satır, seçtiğiniz gibi %1 &apos;%2&apos; alır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row gets %1 &apos;%2&apos; (from the %3 preset).</source>
        <translation>Her satırın %1 değeri &apos;%2&apos; olur (%3 hazır ayarından).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignored columns: %1</source>
        <translation>Yok sayılan sütunlar: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>rejected: %1 (column %2)</source>
        <translation>reddedildi: %1 (sütun %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n of the first rows will be rejected; the rest of the file imports.</source>
        <translation>
            <numerusform>İlk satırlardan %n tanesi reddedilecek; dosyanın geri kalanı içe aktarılır.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Source &apos;%1&apos; already has rows from %2: rows for the same day, channel and campaign will be replaced. Use another source name to keep both.</source>
        <translation>&apos;%1&apos; kaynağında şu dosyalardan gelen satırlar zaten var: %2. Aynı gün, kanal ve kampanyaya ait satırlar değiştirilecek. İkisini de korumak için başka bir kaynak adı kullanın.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1…</source>
        <translation>İçe aktarılıyor: %1…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&lt;p&gt;%1 rows imported as %2 (source %3), %4 rejected, %5 stored rows replaced.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%2 türünde %1 satır içe aktarıldı (kaynak: %3); %4 satır reddedildi, kayıtlı %5 satır değiştirildi.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Stages counted as open: %1. Choose won or lost for them in the import&apos;s stage table to change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Açık sayılan aşamalar: %1. Bunu değiştirmek için içe aktarmanın aşama tablosunda onlar için kazanıldı ya da kaybedildi seçin.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;These bytes were imported before: nothing changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bu içerik daha önce içe aktarılmış: hiçbir şey değişmedi.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Cancelled: nothing was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;İptal edildi: hiçbir şey içe aktarılmadı.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+157"/>
        <source>line %1: </source>
        <translation>satır %1: </translation>
    </message>
    <message>
        <location line="-606"/>
        <source>E&amp;ncoding:</source>
        <translation>Kod&amp;lama:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Save as p&amp;reset…</source>
        <translation>&amp;Hazır ayar olarak kaydet…</translation>
    </message>
    <message>
        <location line="+546"/>
        <source>column %1: </source>
        <translation>sütun %1: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Nothing was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hiçbir şey içe aktarılmadı.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>funnelscope::ImportListModel</name>
    <message>
        <location filename="../../core/importing/importlistmodel.cpp" line="+74"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Satırlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Reddedilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>İçe aktarma tarihi</translation>
    </message>
</context>
<context>
    <name>funnelscope::KpiCard</name>
    <message>
        <location filename="../../ui/kpicard.cpp" line="+38"/>
        <source>Your own KPI: %1.</source>
        <translation>Kendi KPI&apos;ınız: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show rows</source>
        <translation>Satırları göster</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Not judged as better or worse: %1. Before: %2</source>
        <translation>Daha iyi ya da daha kötü olarak değerlendirilmedi: %1. Önceki: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data to compare</source>
        <translation>karşılaştırılacak veri yok</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Before: %1</source>
        <translation>Önceki: %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+84"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Yeni çalışma alanı…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>New workspace</source>
        <translation>Yeni çalışma alanı</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open workspace…</source>
        <translation>Çalışma alanı &amp;aç…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+389"/>
        <location line="+16"/>
        <source>Open workspace</source>
        <translation>Çalışma alanı aç</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>Open &amp;team workspace…</source>
        <translation>&amp;Ekip çalışma alanını aç…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Son açılanlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace &amp;settings…</source>
        <translation>Çalışma alanı ayarla&amp;rı…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channels…</source>
        <translation>&amp;Kanallar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import files…</source>
        <translation>Dosyaları &amp;içe aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom &amp;KPIs…</source>
        <translation>Özel &amp;KPI&apos;lar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System language (%1)</source>
        <translation>Sistem dili (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>V&amp;iews</source>
        <translation>Görü&amp;nümler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User guide</source>
        <translation>&amp;Kullanım kılavuzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;KPI glossary</source>
        <translation>KPI &amp;sözlüğü</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Funnelscope</source>
        <translation>Funnelscope &amp;hakkında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Funnelscope</source>
        <translation>Funnelscope hakkında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;Marketing KPIs along the B2B funnel, from your own CSV exports, computed offline in one workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;B2B hunisi boyunca pazarlama KPI&apos;ları: kendi CSV dışa aktarımlarınızdan, tek bir çalışma alanı dosyasında çevrimdışı olarak hesaplanır.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is demo data — import your own files.</source>
        <translation>Bunlar demo verileri — kendi dosyalarınızı içe aktarın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files…</source>
        <translation>Dosyaları içe aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workspace…</source>
        <translation>Yeni çalışma alanı…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This workspace has no data yet. Import your CSV exports with File → Import files… (Ctrl+I), or drop them anywhere on this window.</source>
        <translation>Bu çalışma alanında henüz veri yok. CSV dışa aktarımlarınızı Dosya → Dosyaları içe aktar… (Ctrl+I) ile içe aktarın veya bu pencerenin herhangi bir yerine bırakın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened read-only: every view and report works, but importing, deleting imports, saving goals and reviews, and settings are off.</source>
        <translation>Salt okunur açıldı: tüm görünümler ve raporlar çalışır, ancak içe aktarma, içe aktarmaları silme, hedefleri ve değerlendirmeleri kaydetme ve ayarlar kapalıdır.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Funnel</source>
        <translation>Huni</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The currency every amount is converted into, at each day&apos;s exchange rate</source>
        <translation>Her tutarın o günün döviz kuruyla dönüştürüldüğü para birimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace currency</source>
        <translation>Çalışma alanı para birimi</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+13"/>
        <location line="+13"/>
        <location line="+11"/>
        <location line="+14"/>
        <source>Open team workspace</source>
        <translation>Ekip çalışma alanını aç</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The team database, as postgresql://USER@HOST:PORT/DATABASE.
The password comes from ~/.pgpass or PGPASSWORD, never from here or the settings.</source>
        <translation>Ekip veritabanı, postgresql://KULLANICI@SUNUCU:PORT/VERITABANI biçiminde.
Parola ~/.pgpass veya PGPASSWORD&apos;den gelir; asla buradan veya ayarlardan değil.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the team workspace %1…</source>
        <translation>Ekip çalışma alanı %1 okunuyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This Funnelscope was built without PostgreSQL, so it cannot open %1.</source>
        <translation>Bu Funnelscope PostgreSQL olmadan derlendi, bu yüzden %1 açılamıyor.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Team workspace %1, refreshed at %2 with a change another member published.</source>
        <translation>Ekip çalışma alanı %1, başka bir üyenin yayımladığı bir değişiklikle %2 saatinde yenilendi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team workspace %1, as of %2: every view and report works, and refreshes when a member changes it.</source>
        <translation>Ekip çalışma alanı %1, %2 itibarıyla: tüm görünümler ve raporlar çalışır ve bir üye değiştirdiğinde yenilenir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your role may read it, not change it.</source>
        <translation>Rolünüz okuyabilir, değiştiremez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (team workspace, read-only) — Funnelscope</source>
        <translation>%1 (ekip çalışma alanı, salt okunur) — Funnelscope</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team workspace</source>
        <translation>Ekip çalışma alanı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your PostgreSQL role may read this team workspace, not change it: ask its admin for the editor role.</source>
        <translation>PostgreSQL rolünüz bu ekip çalışma alanını okuyabilir, değiştiremez: yöneticisinden düzenleyici rolünü isteyin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the import into %1…</source>
        <translation>%1 içine içe aktarma hazırlanıyor…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open read-only</source>
        <translation>Salt okunur aç</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — Funnelscope</source>
        <translation>%1 — Funnelscope</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (read-only) — Funnelscope</source>
        <translation>%1 (salt okunur) — Funnelscope</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goals &amp;&amp; reviews</source>
        <translation>Hedefler &amp;&amp; değerlendirmeler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+7"/>
        <source>Save view</source>
        <translation>Görünümü kaydet</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name of the view (its period rule, comparison, channels, campaigns and tab; a name in use is replaced):</source>
        <translation>Görünümün adı (dönem kuralı, karşılaştırma, kanallar, kampanyalar ve sekme; kullanımdaki bir ad verilirse eski görünümün yerini alır):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The view was not saved: %1</source>
        <translation>Görünüm kaydedilmedi: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save current view…</source>
        <translation>Geçerli görünümü &amp;kaydet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete view</source>
        <translation>Görünümü &amp;sil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No saved views yet</source>
        <translation>Henüz kayıtlı görünüm yok</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open recent</source>
        <translation>Son kullanılanlar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is no longer there.</source>
        <translation>%1 artık yok.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This workspace could not be read, so its numbers are not shown: %1. Open a backup copy of it (File → Open), or the copy Funnelscope kept before an upgrade (its name ends in .bak).</source>
        <translation>Bu çalışma alanı okunamadı, bu yüzden sayıları gösterilmiyor: %1. Yedek bir kopyasını (Dosya → Aç) ya da Funnelscope&apos;un yükseltmeden önce sakladığı kopyayı (adı .bak ile biter) açın.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Includes totals spread evenly over %1: reports without a day breakdown, so their days hold equal shares.</source>
        <translation>%1 arasına eşit dağıtılmış toplamları içerir: gün kırılımı olmayan raporlar, bu yüzden günleri eşit paylar taşır.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+30"/>
        <source>Add annotation</source>
        <translation>Ek açıklama ekle</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>e.g. Campaign launch, tracking broken, price change</source>
        <translation>ör. Kampanya lansmanı, izleme bozuk, fiyat değişikliği</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all channels</source>
        <translation>tüm kanallar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Başlangıç:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Bitiş:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Annotations</source>
        <translation>Ek açıklamalar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Workspace settings</source>
        <translation>Çalışma alanı ayarları</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No logo</source>
        <translation>Logo yok</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>Kal&amp;dır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Görseller (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PNG, JPEG or SVG up to %1 KB, kept inside the workspace file.</source>
        <translation>En fazla %1 KB boyutunda PNG, JPEG veya SVG; çalışma alanı dosyasının içinde saklanır.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>the Board</source>
        <translation>Yönetim Kurulu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline is ahead of plan, mostly thanks to LinkedIn.

We still need to fix the tracking on the landing page before the October campaign.</source>
        <translation>Satış hattı, büyük ölçüde LinkedIn sayesinde planın önünde.

Ekim kampanyasından önce açılış sayfasındaki izlemeyi hâlâ düzeltmemiz gerekiyor.</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+6"/>
        <location line="+38"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="-820"/>
        <source>%1 already exists.</source>
        <translation>%1 zaten var.</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>Imports from this window are published to the team; goals, reviews and settings are changed with funnelscope-cli --db %1 for now.</source>
        <translation>Bu pencereden yapılan içe aktarmalar ekibe yayımlanır; hedefler, incelemeler ve ayarlar şimdilik funnelscope-cli --db %1 ile değiştirilir.</translation>
    </message>
    <message>
        <location line="+468"/>
        <source>Company name (for reports):</source>
        <translation>Şirket adı (raporlar için):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (for reports):</source>
        <translation>Logo (raporlar için):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency:</source>
        <translation>Para birimi:</translation>
    </message>
    <message>
        <location line="-443"/>
        <location line="+487"/>
        <source>Import files</source>
        <translation>Dosyaları içe aktar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV and text exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV ve metin dışa aktarımları (*.csv *.txt *.tsv);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>funnelscope::MultiSelectButton</name>
    <message>
        <location filename="../../ui/multiselectbutton.cpp" line="+21"/>
        <source>Search %1…</source>
        <translation>%1 içinde ara…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all</source>
        <translation>Tümünü göster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No filter: every name counts</source>
        <translation>Filtre yok: tüm adlar dahil</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: all</source>
        <translation>%1: tümü</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All %1</source>
        <translation>Tüm %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::OverviewPage</name>
    <message>
        <location filename="../../ui/overviewpage.cpp" line="+70"/>
        <source>KPI by channel</source>
        <translation>Kanala göre KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the &amp;comparison period</source>
        <translation>&amp;Karşılaştırma dönemini göster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws the comparison period&apos;s values as a dotted line, bucket by bucket</source>
        <translation>Karşılaştırma döneminin değerlerini her zaman dilimi için noktalı bir çizgi olarak çizer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By &amp;channel:</source>
        <translation>&amp;Kanala göre:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Media spend and leads</source>
        <translation>Medya harcaması ve potansiyel müşteriler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 by channel</source>
        <translation>Kanala göre %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::Parser</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-765"/>
        <source>the formula is empty: write KPI ids and numbers, such as revenue / leads</source>
        <translation>formül boş: revenue / leads gibi KPI ID&apos;leri ve sayılar yazın</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;)&apos; at character %1 closes no &apos;(&apos;</source>
        <translation>%1. karakterdeki &apos;)&apos; hiçbir &apos;(&apos; parantezini kapatmıyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected &apos;%1&apos; at character %2: an operator (+ - * /) is missing before it</source>
        <translation>%2. karakterde beklenmeyen &apos;%1&apos;: öncesinde bir operatör (+ - * /) eksik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the formula multiplies money by money, which has no unit: divide one amount by the other or by a count</source>
        <translation>formül parayı parayla çarpıyor, bunun bir birimi yok: bir tutarı diğerine veya bir adede bölün</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&apos;%1&apos; at character %2 mixes money with a value that is not money: add or subtract amounts with amounts, counts with counts</source>
        <translation>%2. karakterdeki &apos;%1&apos; parayı para olmayan bir değerle karıştırıyor: tutarları tutarlarla, adetleri adetlerle toplayın veya çıkarın</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the formula ends too early: a number, a name or &apos;(&apos; is missing at character %1</source>
        <translation>formül erken bitiyor: %1. karakterde bir sayı, bir ad veya &apos;(&apos; eksik</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the &apos;(&apos; at character %1 is not closed: &apos;)&apos; is missing</source>
        <translation>%1. karakterdeki &apos;(&apos; kapatılmamış: &apos;)&apos; eksik</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; at character %2 is not a number (write decimals with a point: 0.5)</source>
        <translation>%2. karakterdeki &apos;%1&apos; bir sayı değil (ondalıkları nokta ile yazın: 0.5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number at character %1 runs into a name: put an operator between them</source>
        <translation>%1. karakterdeki sayı bir ada bitişik: aralarına bir operatör koyun</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a number, a name or &apos;(&apos; is missing before the &apos;)&apos; at character %1</source>
        <translation>%1. karakterdeki &apos;)&apos; işaretinden önce bir sayı, bir ad veya &apos;(&apos; eksik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number, a name or &apos;(&apos; is missing before the &apos;%1&apos; at character %2</source>
        <translation>%2. karakterdeki &apos;%1&apos; işaretinden önce bir sayı, bir ad veya &apos;(&apos; eksik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected &apos;%1&apos; at character %2: a formula has numbers, KPI ids, + - * / and parentheses</source>
        <translation>%2. karakterde beklenmeyen &apos;%1&apos;: bir formül sayılardan, KPI ID&apos;lerinden, + - * / ve parantezlerden oluşur</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>unknown name &apos;%1&apos; at character %2; did you mean &apos;%3&apos;?</source>
        <translation>%2. karakterde bilinmeyen ad &apos;%1&apos;; &apos;%3&apos; mi demek istediniz?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown name &apos;%1&apos; at character %2: use the id of a KPI (leads, revenue, media_cost, …; funnelscope-cli kpi add --help lists them)</source>
        <translation>%2. karakterde bilinmeyen ad &apos;%1&apos;: bir KPI&apos;ın ID&apos;sini kullanın (leads, revenue, media_cost, …; funnelscope-cli kpi add --help bunları listeler)</translation>
    </message>
</context>
<context>
    <name>funnelscope::ReconciliationView</name>
    <message>
        <location filename="../../ui/reconciliationview.cpp" line="-88"/>
        <source>&lt;b&gt;Reconciliation&lt;/b&gt;: leads the platforms reported against leads in the CRM</source>
        <translation>&lt;b&gt;Mutabakat&lt;/b&gt;: platformların bildirdiği potansiyel müşteriler ile CRM&apos;deki potansiyel müşterilerin karşılaştırması</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Platforms count form fills and conversions by their own rules and windows; the CRM counts contacts by creation date. The KPIs use the CRM&apos;s leads when there are any.</source>
        <translation>Platformlar form doldurmaları ve dönüşümleri kendi kurallarına ve zaman aralıklarına göre sayar; CRM ise kişileri oluşturulma tarihine göre sayar. KPI&apos;lar, varsa CRM&apos;deki potansiyel müşterileri kullanır.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform-reported leads</source>
        <translation>Potansiyel müşteriler (platform)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CRM leads</source>
        <translation>Potansiyel müşteriler (CRM)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Fark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference %</source>
        <translation>Fark %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analytics key events</source>
        <translation>Analitik önemli etkinlikler</translation>
    </message>
</context>
<context>
    <name>funnelscope::RejectedRowsModel</name>
    <message>
        <location filename="../../core/importing/importlistmodel.cpp" line="+48"/>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
</context>
<context>
    <name>funnelscope::ReportChoicesDialog</name>
    <message>
        <location filename="../../ui/reportchoicesdialog.cpp" line="+25"/>
        <source>Export review</source>
        <translation>Değerlendirmeyi dışa aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Anna Nowak</source>
        <translation>ör. Ayşe Yılmaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the Board</source>
        <translation>ör. Yönetim Kurulu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared &amp;by:</source>
        <translation>&amp;Hazırlayan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared &amp;for:</source>
        <translation>&amp;Kime:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sections (Space ticks or clears the selected one):</source>
        <translation>&amp;Bölümler (Boşluk tuşu seçili olanı işaretler veya işaretini kaldırır):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your comment, printed at the top of this section under your name. Leave a blank line between paragraphs.</source>
        <translation>Yorumunuz; bu bölümün en üstünde adınızla birlikte basılır. Paragraflar arasında bir boş satır bırakın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All</source>
        <translation>&amp;Tümü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;None</source>
        <translation>H&amp;içbiri</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF olarak &amp;dışa aktar…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Yorum:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Comment on “%1” (printed at the top of that section):</source>
        <translation>“%1” bölümü için &amp;yorum (o bölümün en üstünde basılır):</translation>
    </message>
</context>
<context>
    <name>funnelscope::RowDrillModel</name>
    <message>
        <location filename="../../core/store/rowdrillmodel.cpp" line="+76"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row of</source>
        <translation>Satır türü</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Kampanya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>not recorded</source>
        <translation>kaydedilmedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (+%2 merged)</source>
        <translation>%1 (+%2 birleştirildi)</translation>
    </message>
</context>
<context>
    <name>funnelscope::TeamSession</name>
    <message>
        <location filename="../../ui/teamsession.cpp" line="+28"/>
        <source>%1 on %2</source>
        <translation>%2 üzerinde %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::TrendChart</name>
    <message>
        <location filename="../../ui/trendchart.cpp" line="+173"/>
        <source>%1, comparison period</source>
        <translation>%1, karşılaştırma dönemi</translation>
    </message>
    <message>
        <location filename="../../ui/breakdownchart.cpp" line="+96"/>
        <location filename="../../ui/trendchart.cpp" line="+118"/>
        <source>No %1 in this period.
%2</source>
        <translation>Bu dönemde %1 yok.
%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+43"/>
        <source>Preparing the demo workspace…</source>
        <translation>Demo çalışma alanı hazırlanıyor…</translation>
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
        <translation>B2B hunisi boyunca pazarlama KPI&apos;ları.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace file, or team workspace (postgresql://USER@HOST:PORT/DATABASE), to open (default: the last file, or the demo).</source>
        <translation>Açılacak çalışma alanı dosyası veya ekip çalışma alanı (postgresql://KULLANICI@SUNUCU:PORT/VERITABANI) (varsayılan: son dosya veya demo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a picture of every tab into DIR at 1440×900 and quit.</source>
        <translation>Her sekmenin 1440×900 boyutunda bir görüntüsünü DIR içine kaydet ve çık.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print how long the start and five filter changes take, then quit.</source>
        <translation>Başlangıcın ve beş filtre değişikliğinin ne kadar sürdüğünü yazdır, ardından çık.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the app in this language (%1) instead of the one chosen in View → Language.</source>
        <translation>Uygulamayı Görünüm → Dil menüsünde seçilen dil yerine bu dilde (%1) göster.</translation>
    </message>
</context>
</TS>
