<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ActionRules</name>
    <message>
        <location filename="../../core/goals/actionrules.cpp" line="+113"/>
        <source>Click-through rate fell by 10% or more while impressions grew.</source>
        <translation>CTR снизился на 10% или более при росте показов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test the ad creatives and calls to action — wording, colour, size, placement — one element at a time, so you know which change worked. If the new impressions reach a wider audience, tighten the targeting.</source>
        <translation>Проведите A/B-тесты рекламных креативов и призывов к действию — текста, цвета, размера, расположения — меняя по одному элементу за раз, чтобы понять, какое изменение сработало. Если новые показы охватывают более широкую аудиторию, сузьте таргетинг.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bounce rate rose by 10% or more.</source>
        <translation>Доля отказов выросла на 10% или более.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the landing pages&apos; experience: load speed on phones and computers, whether the content matches the ad or link that brought the visitor, and a clear, uncluttered, easy-to-scan layout.</source>
        <translation>Проверьте удобство посадочных страниц: скорость загрузки на телефонах и компьютерах, соответствие контента объявлению или ссылке, по которой пришел посетитель, и понятную, не перегруженную структуру, которую легко просмотреть.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email open rate fell by 10% or more.</source>
        <translation>Открываемость писем снизилась на 10% или более.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean the email list — inactive, duplicate, mistyped and closed addresses — then A/B test the subject lines. Check that sending frequency and content still suit the readers.</source>
        <translation>Очистите список рассылки от неактивных, повторяющихся, ошибочных и закрытых адресов, затем проведите A/B-тесты тем писем. Проверьте, что частота отправки и содержание по-прежнему подходят читателям.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsubscribe rate rose by 10% or more.</source>
        <translation>Доля отписок выросла на 10% или более.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send less often and make each email more relevant: segment the list so every segment gets content that matters to it, and keep nurture emails educational rather than pushy. Keep unsubscribing easy, or readers report the emails as spam.</source>
        <translation>Отправляйте письма реже и делайте каждое из них релевантнее: сегментируйте список, чтобы каждый сегмент получал важный для него контент, а в прогревающих письмах обучайте, а не давите. Оставьте отписку простой, иначе читатели начнут отмечать письма как спам.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Landing page conversion rate fell by 10% or more.</source>
        <translation>Конверсия посадочных страниц снизилась на 10% или более.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the landing page one element at a time — the form, the call to action, the layout and colours — and remove distractions: no navigation bar, links or other offers.</source>
        <translation>Тестируйте посадочную страницу по одному элементу за раз — форму, призыв к действию, макет и цвета — и уберите все отвлекающее: никакой панели навигации, ссылок и других предложений.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A channel&apos;s cost per lead rose by 10% or more, with at least 10 leads in both periods.</source>
        <translation>Стоимость лида в канале выросла на 10% или более, при этом в обоих периодах не менее 10 лидов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift budget towards channels with a lower cost per lead and a higher Lead → MQL rate: judge channels by the qualified leads they bring, not by raw lead counts.</source>
        <translation>Перераспределите бюджет в пользу каналов с более низкой стоимостью лида и более высокой конверсией лид → MQL: оценивайте каналы по квалифицированным лидам, которые они приносят, а не по общему числу лидов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MQL → SQL rate fell by 10% or more, with at least 10 MQLs in both periods.</source>
        <translation>Конверсия MQL → SQL снизилась на 10% или более, при этом в обоих периодах не менее 10 MQL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisit lead scoring and the MQL criteria together with sales, so marketing hands over the leads sales is ready to work; tailor nurture paths to the segments that convert.</source>
        <translation>Пересмотрите скоринг лидов и критерии MQL вместе с отделом продаж, чтобы маркетинг передавал лиды, с которыми продажи готовы работать; адаптируйте цепочки прогрева под сегменты, которые конвертируются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Win rate fell by 10% or more.</source>
        <translation>Доля побед снизилась на 10% или более.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the bottom-of-funnel assets — case studies, sales presentations and demos — and follow deals by lead source and campaign to see where the customers who buy come from.</source>
        <translation>Пересмотрите материалы для нижней части воронки — кейсы, презентации для продаж и демонстрации — и отслеживайте сделки по источникам лидов и кампаниям, чтобы видеть, откуда приходят покупающие клиенты.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer acquisition cost rose by 10% or more, and faster than revenue.</source>
        <translation>Стоимость привлечения клиента выросла на 10% или более, причем быстрее выручки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break customer acquisition cost down by channel — inbound, paid, content — to see which channels are more efficient and scale better, and move spend towards them.</source>
        <translation>Разбейте стоимость привлечения клиента по каналам — входящий маркетинг, платная реклама, контент, — чтобы увидеть, какие каналы эффективнее и лучше масштабируются, и перенесите расходы в них.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Churn rate rose by 10% or more.</source>
        <translation>Отток клиентов вырос на 10% или более.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask customers why: run satisfaction and NPS surveys, collect feedback, and make support easy to reach and proactive about problems. Keeping a customer costs less than winning a new one.</source>
        <translation>Спросите клиентов о причинах: проводите опросы удовлетворенности и NPS, собирайте обратную связь, сделайте поддержку легкодоступной и проактивной в решении проблем. Удержать клиента дешевле, чем привлечь нового.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click-through rate fell %1 (%2 → %3) while impressions grew %4 (%5 → %6).</source>
        <translation>CTR снизился на %1 (%2 → %3), а показы выросли на %4 (%5 → %6).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bounce rate rose %1 (%2 → %3).</source>
        <translation>Доля отказов выросла на %1 (%2 → %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email open rate fell %1 (%2 → %3).</source>
        <translation>Открываемость писем снизилась на %1 (%2 → %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsubscribe rate rose %1 (%2 → %3).</source>
        <translation>Доля отписок выросла на %1 (%2 → %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landing page conversion rate fell %1 (%2 → %3).</source>
        <translation>Конверсия посадочных страниц снизилась на %1 (%2 → %3).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 has a lower cost per lead (%2 against %3) and a higher Lead → MQL rate (%4 against %5).</source>
        <translation>У канала %1 ниже стоимость лида (%2 против %3) и выше конверсия лид → MQL (%4 против %5).</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Cost per lead on %1 rose %2 (%3 → %4), on %5 leads.</source>
        <translation>Стоимость лида в канале %1 выросла на %2 (%3 → %4), лидов: %5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MQL → SQL rate fell %1 (%2 → %3), on %4 MQLs.</source>
        <translation>Конверсия MQL → SQL снизилась на %1 (%2 → %3), MQL: %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Win rate fell %1 (%2 → %3).</source>
        <translation>Доля побед снизилась на %1 (%2 → %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue grew only %4 (%5 → %6).</source>
        <translation>Стоимость привлечения клиента выросла на %1 (%2 → %3), а выручка — лишь на %4 (%5 → %6).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue fell %4 (%5 → %6).</source>
        <translation>Стоимость привлечения клиента выросла на %1 (%2 → %3), а выручка снизилась на %4 (%5 → %6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer acquisition cost rose %1 (%2 → %3) while revenue stayed at %4.</source>
        <translation>Стоимость привлечения клиента выросла на %1 (%2 → %3), а выручка осталась на уровне %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Churn rate rose %1 (%2 → %3).</source>
        <translation>Отток клиентов вырос на %1 (%2 → %3).</translation>
    </message>
</context>
<context>
    <name>Bucket</name>
    <message numerus="yes">
        <location filename="../../core/kpi/bucketcoverage.cpp" line="+79"/>
        <source>partial week: %1 of %n days</source>
        <translation>
            <numerusform>неполная неделя: %1 из %n дня</numerusform>
            <numerusform>неполная неделя: %1 из %n дней</numerusform>
            <numerusform>неполная неделя: %1 из %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>partial month: %1 of %n days</source>
        <translation>
            <numerusform>неполный месяц: %1 из %n дня</numerusform>
            <numerusform>неполный месяц: %1 из %n дней</numerusform>
            <numerusform>неполный месяц: %1 из %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>partial quarter: %1 of %n days</source>
        <translation>
            <numerusform>неполный квартал: %1 из %n дня</numerusform>
            <numerusform>неполный квартал: %1 из %n дней</numerusform>
            <numerusform>неполный квартал: %1 из %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no data for this day</source>
        <translation>нет данных за этот день</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dashed: days without data (not a fall to zero).</source>
        <translation>Пунктир: дни без данных (а не падение до нуля).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashed: days without data</source>
        <translation>Пунктир: дни без данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dashed — %1</source>
        <translation>Пунктир — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashed — %1 (those days only, not scaled).</source>
        <translation>Пунктир — %1 (только эти дни, без пересчета на полный период).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/main.cpp" line="+86"/>
        <source>Try &apos;funnelscope-cli --help&apos;.</source>
        <translation>Справка: &apos;funnelscope-cli --help&apos;.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>cannot read workspace %1: %2</source>
        <translation>не удаётся прочитать рабочую область %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>auto, campaign, leads, deals, customers, surveys, expenses, touchpoints or rates.</source>
        <translation>auto, campaign, leads, deals, customers, surveys, expenses, touchpoints или rates.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto or a preset name.</source>
        <translation>auto или имя шаблона.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source label (default: the preset&apos;s name for a tool&apos;s export, else manual).</source>
        <translation>Метка источника (по умолчанию: имя шаблона для выгрузки из инструмента, иначе manual).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dmy or mdy, for slash dates the file cannot decide.</source>
        <translation>dmy или mdy — для дат через косую черту, порядок в которых нельзя определить по файлу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma or point: the decimal separator of the file&apos;s numbers, when they cannot tell.</source>
        <translation>comma или point: десятичный разделитель чисел файла, когда сами числа этого не показывают.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file&apos;s encoding, e.g. windows-1250 (default: detect).</source>
        <translation>Кодировка файла, например windows-1250 (по умолчанию определяется автоматически).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map a header of the file onto a column, e.g. &quot;Spend=cost&quot; (repeatable; &quot;Notes=&quot; ignores one).</source>
        <translation>Сопоставить заголовок файла со столбцом, например &quot;Расход=cost&quot; (можно повторять; &quot;Заметки=&quot; пропускает столбец).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel of every row, for a file without a channel column.</source>
        <translation>Канал каждой строки — для файла без столбца канала.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How a deal stage of your pipeline counts: won, lost or open, e.g. &quot;Closed: abandoned=lost&quot;; repeatable, remembered by the workspace for later imports.</source>
        <translation>Как учитывается этап сделки в вашей воронке: won, lost или open, например &quot;Closed: abandoned=lost&quot;; можно повторять, рабочая область запоминает это для следующих импортов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The currency of amounts the file does not name, e.g. PLN (default: the workspace&apos;s).</source>
        <translation>Валюта сумм, для которых файл ее не указывает, например PLN (по умолчанию — валюта рабочей области).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day a report without dates covers, when the file does not say (with --to).</source>
        <translation>Первый день, который охватывает отчёт без дат, если файл его не указывает (вместе с --to).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day a report without dates covers (with --from).</source>
        <translation>Последний день, который охватывает отчёт без дат (вместе с --from).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON.</source>
        <translation>Вывести результат в формате JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files to import.</source>
        <translation>CSV-файлы для импорта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV files into a workspace; each file lands whole or not at all.</source>
        <translation>Импортировать CSV-файлы в рабочую область; каждый файл импортируется целиком или не импортируется вовсе.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import: unknown kind &apos;%1&apos;</source>
        <translation>import: неизвестный тип «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%1&apos;</source>
        <translation>import: значение --currency — код ISO 4217, например PLN, EUR или USD, а не «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import: --source needs a label</source>
        <translation>import: для --source нужна метка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import: unknown preset &apos;%1&apos; (available: %2)</source>
        <translation>import: неизвестный шаблон «%1» (доступны: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import: unknown encoding &apos;%1&apos; (e.g. UTF-8, UTF-16LE, windows-1250, windows-1251, windows-1254, Big5, GB18030)</source>
        <translation>import: неизвестная кодировка «%1» (например, UTF-8, UTF-16LE, windows-1250, windows-1251, windows-1254, Big5, GB18030)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>import: --date-order is dmy or mdy, not &apos;%1&apos;</source>
        <translation>import: значение --date-order — dmy или mdy, а не «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import: --decimal is comma or point, not &apos;%1&apos;</source>
        <translation>import: --decimal — это comma или point, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import: --map is HEADER=COLUMN with a column of data-model.md (date, channel, campaign, impressions, clicks, cost, …), not &apos;%1&apos;</source>
        <translation>import: --map имеет вид ЗАГОЛОВОК=СТОЛБЕЦ со столбцом из data-model.md (date, channel, campaign, impressions, clicks, cost, …), а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import: --channel needs a name</source>
        <translation>import: для --channel нужно имя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import: --stage is STAGE=won, STAGE=lost or STAGE=open, not &apos;%1&apos;</source>
        <translation>import: --stage имеет вид ЭТАП=won, ЭТАП=lost или ЭТАП=open, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import: --from and --to are both needed, as YYYY-MM-DD, the first not after the last</source>
        <translation>import: нужны оба параметра --from и --to в формате YYYY-MM-DD, причём первый не позже последнего</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import: name at least one FILE</source>
        <translation>import: укажите хотя бы один FILE</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>, line %1</source>
        <translation>, строка %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, column &apos;%1&apos;</source>
        <translation>, столбец «%1»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reporting currency money is converted into, e.g. EUR (default: the workspace&apos;s).</source>
        <translation>Валюта отчетности, в которую пересчитываются суммы, например EUR (по умолчанию — валюта рабочей области).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%2&apos;</source>
        <translation>%1: значение --currency — код ISO 4217, например PLN, EUR или USD, а не «%2»</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+162"/>
        <location line="+90"/>
        <location line="+356"/>
        <source>First day of the period.</source>
        <translation>Первый день периода.</translation>
    </message>
    <message>
        <location line="-607"/>
        <location line="+162"/>
        <location line="+90"/>
        <location line="+356"/>
        <source>Last day of the period.</source>
        <translation>Последний день периода.</translation>
    </message>
    <message>
        <location line="-607"/>
        <location line="+162"/>
        <source>Only this channel (repeatable).</source>
        <translation>Только этот канал (можно указать несколько раз).</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+162"/>
        <source>Only this campaign (repeatable).</source>
        <translation>Только эта кампания (можно указать несколько раз).</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>previous or year.</source>
        <translation>previous или year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day, week, month, quarter, channel or campaign. A time bucket with fewer days of data than its calendar week, month or quarter is marked partial (JSON: days, period_days, covered_days, partial; table: *); its sums are never scaled.</source>
        <translation>day, week, month, quarter, channel или campaign. Временной интервал, в котором дней с данными меньше, чем в его календарной неделе, месяце или квартале, помечается как неполный (JSON: days, period_days, covered_days, partial; таблица: *); его суммы никогда не пересчитываются на полный период.</translation>
    </message>
    <message>
        <location line="+606"/>
        <source>Print this saved review (see review list), with its decisions and notes, instead of a new one for --from and --to.</source>
        <translation>Сформировать этот сохраненный обзор (см. review list) с его решениями и заметками вместо нового обзора за период --from – --to.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the SMART review of a period, or a saved review, as a PDF.</source>
        <translation>Записать в PDF SMART-обзор периода или сохраненный обзор.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>report: --review is a review&apos;s ID (see review list), not &apos;%1&apos;</source>
        <translation>report: значение --review — ID обзора (см. review list), а не «%1»</translation>
    </message>
    <message>
        <location line="-620"/>
        <location line="+251"/>
        <location line="+121"/>
        <source>json (default), csv or table.</source>
        <translation>json (по умолчанию), csv или table.</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>Compute every KPI of the catalog.</source>
        <translation>Рассчитать все KPI каталога.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>kpis: --from and --to are dates like 2025-01-31</source>
        <translation>kpis: --from и --to должны быть датами вида 2025-01-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kpis: --from is after --to</source>
        <translation>kpis: дата --from позже --to</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kpis: --compare is previous or year, not &apos;%1&apos;</source>
        <translation>kpis: значение --compare — previous или year, а не «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kpis: --by is day, week, month, quarter, channel or campaign, not &apos;%1&apos;</source>
        <translation>kpis: значение --by — day, week, month, quarter, channel или campaign, а не «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kpis: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>kpis: значение --format — json, csv или table, а не «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kpis: --by %1 from %2 to %3 gives %4 rows, more than %5: choose a longer bucket or a shorter period</source>
        <translation>kpis: --by %1 с %2 по %3 даёт %4 строк, больше %5: выберите более крупный интервал или более короткий период</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Includes totals spread evenly over %1 – %2 (%3): a range report with no day breakdown</source>
        <translation>Включает итоги, равномерно распределённые на %1 – %2 (%3): отчёт за период без разбивки по дням</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The KPI whose rows to list, by its id (leads, cpl, revenue, ...).</source>
        <translation>KPI, строки которого нужно вывести, — по его id (leads, cpl, revenue, ...).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>csv (default) or json.</source>
        <translation>csv (по умолчанию) или json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the stored rows behind one KPI of a period: its date, channel, campaign, the values the KPI uses, and the file and line each row came from (empty line: imported before lines were recorded; lines &gt; 1: several lines of the file were summed into the row, and line is the first). Amounts are as stored, in the row&apos;s currency. Money and decimals are plain decimals, in JSON as strings.</source>
        <translation>Вывести сохраненные строки, из которых складывается один KPI за период: дату, канал, кампанию, значения, которые использует KPI, а также файл и строку файла, откуда взята каждая строка (пустое поле line: импортировано до того, как стали записываться номера строк; lines &gt; 1: в эту строку суммированы несколько строк файла, и line — первая из них). Суммы выводятся в том виде, в каком сохранены, — в валюте строки. Денежные и дробные значения — обычные десятичные числа, в JSON — в виде строк.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rows: --kpi ID is required (an id of &apos;funnelscope-cli kpis&apos; output)</source>
        <translation>rows: требуется параметр --kpi ID (id из вывода «funnelscope-cli kpis»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows: unknown KPI &apos;%1&apos;</source>
        <translation>rows: неизвестный KPI «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rows: --from and --to are dates like 2025-01-31</source>
        <translation>rows: --from и --to должны быть датами вида 2025-01-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows: --from is after --to</source>
        <translation>rows: дата --from позже --to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rows: --format is csv or json, not &apos;%1&apos;</source>
        <translation>rows: значение --format — csv или json, а не «%1»</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>first, last, linear, time-decay or position.</source>
        <translation>first, last, linear, time-decay или position.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel (default) or campaign.</source>
        <translation>channel (по умолчанию) или campaign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days in which a touch&apos;s weight halves, for time-decay (default 7).</source>
        <translation>Число дней, за которое вес касания уменьшается вдвое, для time-decay (по умолчанию 7).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credit the period&apos;s leads, customers and won revenue to the channels or campaigns of their touchpoints.</source>
        <translation>Распределить лиды, клиентов и выручку за период по каналам или кампаниям их точек касания.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attribution: --from and --to are dates like 2025-01-31, in order</source>
        <translation>attribution: --from и --to должны быть датами вида 2025-01-31, идущими по порядку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --model is first, last, linear, time-decay or position</source>
        <translation>attribution: значение --model — first, last, linear, time-decay или position</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --by is channel or campaign, not &apos;%1&apos;</source>
        <translation>attribution: значение --by — channel или campaign, а не «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>attribution: --half-life is a number of days above 0</source>
        <translation>attribution: значение --half-life — число дней больше 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribution: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>attribution: значение --format — json, csv или table, а не «%1»</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Attribution %1 – %2, %3 model, by %4

</source>
        <translation>Атрибуция %1 – %2, модель %3, разрез %4

</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>First creation day of the cohorts.</source>
        <translation>Первый день создания когорт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last creation day of the cohorts.</source>
        <translation>Последний день создания когорт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month (default) or week.</source>
        <translation>month (по умолчанию) или week.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lead cohorts by creation month or week: the share reaching each stage within 30, 60, 90 and 180 days, and the median days to it.</source>
        <translation>Когорты лидов по месяцу или неделе создания: доля лидов, дошедших до каждого этапа за 30, 60, 90 и 180 дней, и медианное число дней до этапа.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cohorts: --from and --to are dates like 2025-01-31, in order</source>
        <translation>cohorts: --from и --to должны быть датами вида 2025-01-31, идущими по порядку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cohorts: --by is month or week, not &apos;%1&apos;</source>
        <translation>cohorts: значение --by — month или week, а не «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cohorts: --format is json, csv or table, not &apos;%1&apos;</source>
        <translation>cohorts: значение --format — json, csv или table, а не «%1»</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>* still maturing: some leads of the cohort have not had that many days yet</source>
        <translation>* когорта еще не созрела: у некоторых лидов когорты еще не прошло столько дней</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: name one of %2%3</source>
        <translation>%1: укажите одно из: %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, not &apos;%1&apos;</source>
        <translation>, а не «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>who prepared the review, printed on the cover.</source>
        <translation>кто подготовил обзор; печатается на обложке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whom it is for (&quot;the Board&quot;), printed on the cover.</source>
        <translation>для кого предназначен обзор («Совет директоров»); печатается на обложке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sections of the PDF, comma-separated, of: %1 (default: all).</source>
        <translation>разделы PDF через запятую, из списка: %1 (по умолчанию — все).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your comment at the top of a section, as SECTION=TEXT (repeatable; an empty TEXT removes it; a blank line separates paragraphs).</source>
        <translation>ваш комментарий в начале раздела в виде SECTION=TEXT (можно повторять; пустой TEXT удаляет комментарий; пустая строка разделяет абзацы).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: no section &apos;%2&apos;: the sections are %3</source>
        <translation>%1: раздела «%2» нет; доступные разделы: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: --sections names at least one of %2</source>
        <translation>%1: в --sections нужно указать хотя бы один из разделов: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: --comment is SECTION=TEXT, such as summary=&quot;Pipeline is on plan&quot;, not &apos;%2&apos;</source>
        <translation>%1: --comment задается как SECTION=TEXT, например summary=&quot;Пайплайн идет по плану&quot;, а не «%2»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The PDF to write.</source>
        <translation>PDF-файл для сохранения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report&apos;s language.</source>
        <translation>Язык отчета.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This PDF only (a saved review keeps its own, see review edit): </source>
        <translation>Только для этого PDF (у сохраненного обзора свои, см. review edit): </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>report: --review prints a saved review of its own period: drop --from, --to and --view</source>
        <translation>report: --review выводит сохраненный обзор за его собственный период: уберите --from, --to и --view</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>report: --from and --to are dates like 2025-01-31</source>
        <translation>report: --from и --to должны быть датами вида 2025-01-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report: --from is after --to</source>
        <translation>report: дата --from позже --to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report: --out FILE.pdf is required</source>
        <translation>report: требуется параметр --out FILE.pdf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>report: --lang is one of %1, not &apos;%2&apos;</source>
        <translation>report: --lang — один из: %1, а не «%2»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--review %1: no such review in %2</source>
        <translation>--review %1: такого обзора нет в %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+601"/>
        <source>Marketing review %1 – %2</source>
        <translation>Маркетинговый обзор %1 – %2</translation>
    </message>
    <message>
        <location line="-561"/>
        <source>Count a stored channel name as a channel, e.g. &quot;Direct Traffic=Direct&quot; (repeatable; &quot;NAME=&quot; goes back to the default taxonomy).</source>
        <translation>Учитывать сохранённое название канала как канал, например &quot;Direct Traffic=Direct&quot; (можно повторять; &quot;NAME=&quot; возвращает к таксономии по умолчанию).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every alias of the workspace: the default taxonomy only.</source>
        <translation>Удалить все псевдонимы рабочей области: остаётся только таксономия по умолчанию.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the list as JSON.</source>
        <translation>Вывести список в формате JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the stored channel names and the canonical channel each counts as in every KPI; --alias and --reset change that without re-importing anything.</source>
        <translation>Вывести сохранённые названия каналов и канонический канал, которым каждое из них считается во всех KPI; --alias и --reset меняют это без повторного импорта.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>channels: --alias is NAME=CHANNEL, e.g. &quot;Direct Traffic=Direct&quot;, not &apos;%1&apos;</source>
        <translation>channels: --alias задаётся как NAME=CHANNEL, например &quot;Direct Traffic=Direct&quot;, а не «%1»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot change the aliases of %1: %2</source>
        <translation>не удаётся изменить псевдонимы в %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the workspace&apos;s alias</source>
        <translation>псевдоним рабочей области</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as imported</source>
        <translation>как импортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default taxonomy</source>
        <translation>таксономия по умолчанию</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: --%2 is a date like 2025-01-31, not &apos;%3&apos;</source>
        <translation>%1: значение --%2 — дата вида 2025-01-31, а не «%3»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>add: the KPI&apos;s name; its id is the name in lower case with _ (&quot;Revenue per lead&quot; → revenue_per_lead).</source>
        <translation>add: название KPI; его id — это название строчными буквами с _ (&quot;Revenue per lead&quot; → revenue_per_lead).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: the formula over KPI ids (see kpis.md) and numbers with + - * / and parentheses, e.g. &quot;revenue / leads&quot; or &quot;(mqls - sqls) / mqls&quot;. Also: clicks, expenses, lost_deals; revenue_won (= revenue), cost and spend (= media_cost).</source>
        <translation>add: формула из id KPI (см. kpis.md) и чисел с + - * / и скобками, например &quot;revenue / leads&quot; или &quot;(mqls - sqls) / mqls&quot;. Также доступны: clicks, expenses, lost_deals; revenue_won (= revenue), cost и spend (= media_cost).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: up (higher is better, the default), down or neutral.</source>
        <translation>add: up (чем выше, тем лучше; по умолчанию), down или neutral.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: count, money (in the reporting currency), percent (a fraction shown as %), ratio (x : 1) or number (default: money for a money formula, else number).</source>
        <translation>add: count, money (в валюте отчетности), percent (доля, показываемая в %), ratio (x : 1) или number (по умолчанию: money для денежной формулы, иначе number).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: decimals shown, 0 to 6 (default: the format&apos;s).</source>
        <translation>add: число знаков после запятой, от 0 до 6 (по умолчанию — как в формате).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the funnel group it is shown in: awareness, engagement, lead_generation, sales (default) or loyalty.</source>
        <translation>add: группа воронки, в которой показывается KPI: awareness, engagement, lead_generation, sales (по умолчанию) или loyalty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: print the custom KPIs as JSON.</source>
        <translation>list: вывести пользовательские KPI в формате JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add, list and remove custom KPIs: formulas over the catalog&apos;s KPIs, saved in the workspace and shown with them (cards, tables, kpis, goals, the report). A division by zero or an unknown input gives no value (null), never infinity.</source>
        <translation>Добавить, вывести и удалить пользовательские KPI — формулы на основе KPI каталога, которые сохраняются в рабочей области и показываются вместе с ними (карточки, таблицы, kpis, цели, отчет). Деление на ноль или неизвестное входное значение дает пустое значение (null), а не бесконечность.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>kpi add: --name is required</source>
        <translation>kpi add: требуется параметр --name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kpi add: --formula is required, e.g. --formula &quot;revenue / leads&quot;</source>
        <translation>kpi add: требуется параметр --formula, например --formula &quot;revenue / leads&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kpi add: --better is up, down or neutral, not &apos;%1&apos;</source>
        <translation>kpi add: значение --better — up, down или neutral, а не «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kpi add: --group is awareness, engagement, lead_generation, sales or loyalty, not &apos;%1&apos;</source>
        <translation>kpi add: значение --group — awareness, engagement, lead_generation, sales или loyalty, а не «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kpi add: --decimals is a whole number from 0 to 6, not &apos;%1&apos;</source>
        <translation>kpi add: значение --decimals — целое число от 0 до 6, а не «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kpi add: --format is count, money, percent, ratio or number, not &apos;%1&apos;</source>
        <translation>kpi add: значение --format — count, money, percent, ratio или number, а не «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kpi remove: name the custom KPI&apos;s ID (see kpi list)</source>
        <translation>kpi remove: укажите ID пользовательского KPI (см. kpi list)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>better: %1</source>
        <translation>лучше: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add: the goal&apos;s name.</source>
        <translation>add: название цели.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the KPI&apos;s id, e.g. leads, cpl, mql_to_sql_rate.</source>
        <translation>add: идентификатор KPI, например leads, cpl, mql_to_sql_rate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the target, e.g. 1200 or 30%.</source>
        <translation>add: целевое значение, например 1200 или 30%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the baseline value (default: computed from the baseline period).</source>
        <translation>add: базовое значение (по умолчанию рассчитывается по базовому периоду).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: first day of the baseline period (default: 90 days before --start).</source>
        <translation>add: первый день базового периода (по умолчанию — за 90 дней до --start).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: last day of the baseline period (default: the day before --start).</source>
        <translation>add: последний день базового периода (по умолчанию — день перед --start).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the first day the goal counts.</source>
        <translation>add: первый день, с которого учитывается цель.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the day the target is due.</source>
        <translation>add: день, к которому нужно достичь целевого значения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: weekly, monthly (default) or quarterly reviews.</source>
        <translation>add: частота обзоров: weekly, monthly (по умолчанию) или quarterly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <location line="+625"/>
        <source>add: only this channel (repeatable).</source>
        <translation>add: только этот канал (можно указать несколько раз).</translation>
    </message>
    <message>
        <location line="-797"/>
        <location line="+173"/>
        <location line="+625"/>
        <source>add: only this campaign (repeatable).</source>
        <translation>add: только эта кампания (можно указать несколько раз).</translation>
    </message>
    <message>
        <location line="-797"/>
        <source>add: who owns the goal.</source>
        <translation>add: ответственный за цель.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the business objective it serves.</source>
        <translation>add: бизнес-задача, которой служит цель.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the currency of a money goal&apos;s target, e.g. PLN (default: the workspace&apos;s).</source>
        <translation>add: валюта денежной цели, например PLN (по умолчанию: валюта рабочей области).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print the goals as JSON.</source>
        <translation>list: вывести цели в формате JSON.</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>list, add, or remove ID.</source>
        <translation>list, add или remove ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List, add and remove the workspace&apos;s SMART goals, with the fields of the window&apos;s goal form.</source>
        <translation>Вывести, добавить и удалить SMART-цели рабочей области — с теми же полями, что и в форме цели в окне программы.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>goals add: --name is required</source>
        <translation>goals add: требуется параметр --name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>goals add: --target is a number, e.g. 1200 or 30%, not &apos;%1&apos;</source>
        <translation>goals add: значение --target — число, например 1200 или 30%, а не «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>goals add: --baseline is a number, e.g. 950 or 25%, not &apos;%1&apos;</source>
        <translation>goals add: значение --baseline — число, например 950 или 25%, а не «%1»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>goals add: --start and --deadline are required, as YYYY-MM-DD</source>
        <translation>goals add: требуются параметры --start и --deadline в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>goals add: --deadline is before --start</source>
        <translation>goals add: дата --deadline раньше --start</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>goals add: --baseline-from is after --baseline-to</source>
        <translation>goals add: дата --baseline-from позже --baseline-to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>goals add: --cadence is weekly, monthly or quarterly, not &apos;%1&apos;</source>
        <translation>goals add: значение --cadence — weekly, monthly или quarterly, а не «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>goals add: --currency is an ISO 4217 code such as PLN, EUR or USD, not &apos;%1&apos;</source>
        <translation>goals add: --currency — это код ISO 4217, например PLN, EUR или USD, а не «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>goals remove: name the goal&apos;s ID (see goals list)</source>
        <translation>goals remove: укажите ID цели (см. goals list)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot save the goal in %1: %2</source>
        <translation>не удается сохранить цель в %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove: no goal %1 in %2</source>
        <translation>remove: цели %1 нет в %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot remove goal %1 from %2</source>
        <translation>не удается удалить цель %1 из %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>add: first day of the review&apos;s period.</source>
        <translation>add: первый день периода обзора.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: last day of the review&apos;s period.</source>
        <translation>add: последний день периода обзора.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the title (default: &quot;Marketing review FROM – TO&quot;).</source>
        <translation>add: название (по умолчанию — «Маркетинговый обзор НАЧАЛО – КОНЕЦ»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list: the recommendations and decisions of this review; decide: the review the decision is recorded in.</source>
        <translation>list: рекомендации и решения этого обзора; decide: обзор, в котором записывается решение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decide: change this decision instead of recording a new one.</source>
        <translation>decide: изменить это решение вместо записи нового.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: what was decided.</source>
        <translation>decide: что решено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: who does it.</source>
        <translation>decide: кто выполняет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: by when.</source>
        <translation>decide: к какому сроку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: open (default), done or dropped.</source>
        <translation>decide: open (по умолчанию), done или dropped.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide: the goal the decision serves.</source>
        <translation>decide: цель, которой служит решение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide: the recommended action of the review it answers (its id, see review list --review).</source>
        <translation>decide: рекомендуемое действие обзора, на которое отвечает решение (его id, см. review list --review).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print as JSON.</source>
        <translation>list: вывести в формате JSON.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: --review is a review&apos;s ID (see review list), not &apos;%2&apos;</source>
        <translation>%1: значение --review — ID обзора (см. review list), а не «%2»</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>review add: --from and --to are required, as YYYY-MM-DD</source>
        <translation>review add: требуются параметры --from и --to в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review add: --from is after --to</source>
        <translation>review add: дата --from позже --to</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>review add: --title needs a text</source>
        <translation>review add: для --title нужен текст</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+56"/>
        <source>cannot save the review in %1: %2</source>
        <translation>не удается сохранить обзор в %1: %2</translation>
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
        <translation>Использование: funnelscope-cli КОМАНДА [ПАРАМЕТРЫ]

Маркетинговые KPI по всей B2B-воронке на основе ваших CSV-выгрузок — в одном локальном файле рабочей области.

Команды:
  import       Импортировать CSV-файлы в рабочую область
  kpis         Рассчитать все KPI за период — с фильтрами, сравнением и разбивками
  rows         Вывести сохраненные строки, из которых складывается один KPI, с файлом и строкой файла каждой
  report       Записать в PDF SMART-обзор периода или сохраненный обзор
  attribution  Распределить лиды, клиентов и выручку по каналам: first, last, linear, time-decay или position
  cohorts      Когорты лидов: доля, дошедшая до каждого этапа за 30, 60, 90 и 180 дней
  channels     Вывести сохраненные названия каналов и канал, которым считается каждое; задать и сбросить псевдонимы
  kpi          Добавить, вывести и удалить собственные KPI: формулы на основе KPI каталога
  goals        Вывести, добавить и удалить SMART-цели
  review       Вывести сохраненные обзоры, создать обзор за период, выбрать автора, адресатов, разделы
               и комментарии его PDF, записать решения (статус, цель, рекомендация)
  annotate     Добавить, вывести и удалить датированные заметки к данным: они отображаются на графиках и в обзорах
  view         Вывести, добавить и удалить сохраненные представления (правило периода, сравнение, фильтры и вкладка),
               которые используют kpis --view и report --view
  settings     Показать или задать название компании и логотип на обложках отчетов
  demo         Записать реалистичную демонстрационную рабочую область за два года
  copy         Скопировать всю рабочую область между файлом и командной базой данных PostgreSQL

Чтобы увидеть параметры команды, выполните &apos;funnelscope-cli КОМАНДА --help&apos;.
Коды выхода: 0 — успех, 1 — операция отклонена (ничего не изменено), 2 — ошибка использования.
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The workspace: a file (created on first use), or a team workspace, postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>Рабочая область: файл (создаётся при первом использовании) или командная рабочая область, postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА (пароль из ~/.pgpass или PGPASSWORD).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: --db LOCATION is required</source>
        <translation>%1: требуется --db РАСПОЛОЖЕНИЕ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>this funnelscope-cli was built without PostgreSQL (configure with -DFUNNELSCOPE_POSTGRES=ON), so it cannot open %1</source>
        <translation>этот funnelscope-cli собран без PostgreSQL (настройте с -DFUNNELSCOPE_POSTGRES=ON), поэтому не может открыть %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing was changed in %1: %2</source>
        <translation>в %1 ничего не изменено: %2</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>A saved view (see view list): its period, comparison, channels and campaigns, where --from, --to, --compare, --channel and --campaign do not say otherwise.</source>
        <translation>Сохраненное представление (см. view list): его период, сравнение, каналы и кампании — там, где --from, --to, --compare, --channel и --campaign не задают иное.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--view &apos;%1&apos;: %2 has no saved views</source>
        <translation>--view «%1»: в %2 нет сохраненных представлений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--view &apos;%1&apos;: no such view in %2 (its views: %3)</source>
        <translation>--view «%1»: такого представления нет в %2 (имеющиеся представления: %3)</translation>
    </message>
    <message>
        <location line="+1060"/>
        <source>goals add: --kpi is required: a KPI id of kpis.md (leads, cpl, revenue, …) or of a custom KPI (kpi list)</source>
        <translation>goals add: требуется параметр --kpi: id KPI из kpis.md (leads, cpl, revenue, …) или пользовательского KPI (kpi list)</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+17"/>
        <source>goals add: --kpi is a KPI id of kpis.md (leads, cpl, revenue, …) or of a custom KPI (kpi list), not &apos;%1&apos;</source>
        <translation>goals add: значение --kpi — id KPI из kpis.md (leads, cpl, revenue, …) или пользовательского KPI (kpi list), а не «%1»</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>add, edit: </source>
        <translation>add, edit: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, add, edit (what its PDF shows) or decide.</source>
        <translation>list, add, edit (что показывает его PDF) или decide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the saved SMART reviews, make one for a period as the window does, choose what its PDF shows, and record the decisions taken in it.</source>
        <translation>Вывести сохраненные SMART-обзоры, создать обзор за период так же, как в окне программы, выбрать, что показывает его PDF, и записать принятые в нем решения.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: --author, --audience, --sections and --comment are for review add and edit</source>
        <translation>%1: параметры --author, --audience, --sections и --comment предназначены только для review add и edit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review edit: --review ID is required</source>
        <translation>review edit: требуется параметр --review ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review edit: name what to change: --author, --audience, --sections, --comment</source>
        <translation>review edit: укажите, что изменить: --author, --audience, --sections, --comment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>edit: --review %1: no such review in %2</source>
        <translation>edit: --review %1: такого обзора нет в %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>review decide: --review ID is required (or --decision ID to change one)</source>
        <translation>review decide: требуется параметр --review ID (или --decision ID, чтобы изменить существующее решение)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>review decide: --decision is a decision&apos;s ID, not &apos;%1&apos;</source>
        <translation>review decide: значение --decision — ID решения, а не «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>review decide: --status is open, done or dropped, not &apos;%1&apos;</source>
        <translation>review decide: значение --status — open, done или dropped, а не «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review decide: --goal is a goal&apos;s ID (see goals list), not &apos;%1&apos;</source>
        <translation>review decide: значение --goal — ID цели (см. goals list), а не «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>review decide: link a decision to --goal or to --recommendation, not both</source>
        <translation>review decide: свяжите решение либо с --goal, либо с --recommendation, но не с обоими сразу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review decide: --text is required</source>
        <translation>review decide: требуется параметр --text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>decide: --decision %1: no such decision in %2</source>
        <translation>decide: --decision %1: такого решения нет в %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>decide: --review %1: no such review in %2</source>
        <translation>decide: --review %1: такого обзора нет в %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>decide: --goal %1: no such goal in %2</source>
        <translation>decide: --goal %1: такой цели нет в %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>decide: --recommendation &apos;%1&apos; is not a recommendation of review %2 (it has: %3)</source>
        <translation>decide: --recommendation «%1» не является рекомендацией обзора %2 (его рекомендации: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+265"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>cannot save the decision in %1: %2</source>
        <translation>не удается сохранить решение в %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list: --review %1: no such review in %2</source>
        <translation>list: --review %1: такого обзора нет в %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recommended actions:</source>
        <translation>Рекомендуемые действия:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decisions:</source>
        <translation>Решения:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due %1</source>
        <translation>срок: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>add: the day of the note, or the first day of its range; list: notes from this day on.</source>
        <translation>add: день заметки или первый день ее диапазона; list: заметки начиная с этого дня.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: the last day of its range (default: --from); list: notes up to this day.</source>
        <translation>add: последний день ее диапазона (по умолчанию — --from); list: заметки по этот день включительно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the note, e.g. &quot;Tracking broken&quot;.</source>
        <translation>add: текст заметки, например «Сбой отслеживания».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: the channel it is about (default: every channel).</source>
        <translation>add: канал, к которому относится заметка (по умолчанию — все каналы).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list: print the notes as JSON.</source>
        <translation>list: вывести заметки в формате JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, list, or remove ID.</source>
        <translation>add, list или remove ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dated notes on the data (&quot;campaign launch&quot;, &quot;tracking broken 3–5 May&quot;), drawn on the charts whose period includes them and listed in reviews.</source>
        <translation>Датированные заметки к данным («запуск кампании», «сбой отслеживания 3–5 мая»), которые отображаются на графиках, чей период их включает, и перечисляются в обзорах.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>annotate add: --from is required (the day, or the first day of a range)</source>
        <translation>annotate add: требуется параметр --from (день или первый день диапазона)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotate add: --to is before --from</source>
        <translation>annotate add: дата --to раньше --from</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotate add: --text is required</source>
        <translation>annotate add: требуется параметр --text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotate add: --channel needs a name</source>
        <translation>annotate add: для --channel нужно имя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotate remove: name the note&apos;s ID (see annotate list)</source>
        <translation>annotate remove: укажите ID заметки (см. annotate list)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annotate list: --from is after --to</source>
        <translation>annotate list: дата --from позже --to</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot save the note in %1: %2</source>
        <translation>не удается сохранить заметку в %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>remove: no note %1 in %2</source>
        <translation>remove: заметки %1 нет в %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The company name printed on report covers (empty: the workspace&apos;s file name).</source>
        <translation>Название компании на обложках отчетов (если пусто — имя файла рабочей области).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo for report covers: a PNG, JPEG or SVG file of at most %1 KB, stored inside the workspace.</source>
        <translation>Логотип для обложек отчетов: файл PNG, JPEG или SVG размером не более %1 КБ; хранится внутри рабочей области.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the logo.</source>
        <translation>Удалить логотип.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the settings as JSON.</source>
        <translation>Вывести настройки в формате JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or change the workspace&apos;s settings: the company name and logo of its reports.</source>
        <translation>Показать или изменить настройки рабочей области: название компании и логотип в ее отчетах.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>settings: --logo or --no-logo, not both</source>
        <translation>settings: --logo или --no-logo, но не оба сразу</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot save the settings in %1: %2</source>
        <translation>не удается сохранить настройки в %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo: %1</source>
        <translation>Логотип: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 × %3 pixels, %4 bytes</source>
        <translation>%1, %2 × %3 пикс., размер в байтах: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency: %1</source>
        <translation>Валюта: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last author: %1</source>
        <translation>Последний автор: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The random seed (default 1).</source>
        <translation>Начальное значение генератора случайных чисел (по умолчанию 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmark size: about N campaign rows over three years (default: the demo).</source>
        <translation>Объем для замера производительности: около N строк кампаний за три года (по умолчанию — как в демонстрационных данных).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only write the CSV files into DIR; import nothing.</source>
        <translation>Только записать CSV-файлы в DIR, ничего не импортируя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a deterministic two-year B2B demo workspace.</source>
        <translation>Создать детерминированную демонстрационную рабочую область B2B с данными за два года.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo: --seed is a whole number</source>
        <translation>demo: значение --seed — целое число</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo: --campaign-rows is a whole number of at least 1000</source>
        <translation>demo: значение --campaign-rows — целое число не меньше 1000</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>goals and past reviews added</source>
        <translation>добавлены цели и прошлые обзоры</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspace to copy: a workspace file, or postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or PGPASSWORD, never the URL).</source>
        <translation>Копируемая рабочая область: файл рабочей области или postgresql://USER@HOST:PORT/DATABASE (пароль берется из ~/.pgpass или PGPASSWORD, но никогда из URL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to: a new workspace file, or an empty PostgreSQL database, as a URL.</source>
        <translation>Куда копировать: новый файл рабочей области или пустая база данных PostgreSQL в виде URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy every table of a workspace, in one transaction, between a workspace file and a PostgreSQL database (a team workspace), into a target without workspace data.</source>
        <translation>Скопировать все таблицы рабочей области одной транзакцией между файлом рабочей области и базой данных PostgreSQL (командной рабочей областью) — в место назначения, где еще нет данных рабочей области.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy: --from and --to are required</source>
        <translation>copy: требуются параметры --from и --to</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>copied %1 to %2: %3 rows in %4 tables</source>
        <translation>скопировано: %1 → %2; строк: %3, таблиц: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this funnelscope-cli was built without PostgreSQL (configure with -DFUNNELSCOPE_POSTGRES=ON)</source>
        <translation>этот funnelscope-cli собран без поддержки PostgreSQL (выполните конфигурацию с -DFUNNELSCOPE_POSTGRES=ON)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add: the view&apos;s name; adding a name that exists replaces it.</source>
        <translation>add: название представления; если представление с таким названием уже есть, оно будет заменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: %1 (default: last-90-days), counted back from the last day with data, or today when the data runs on; custom with --from and --to.</source>
        <translation>add: %1 (по умолчанию — last-90-days); отсчитывается назад от последнего дня с данными или от сегодняшнего дня, если данные доходят до сегодня; custom — с --from и --to.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: a custom period&apos;s first day.</source>
        <translation>add: первый день произвольного периода.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: a custom period&apos;s last day.</source>
        <translation>add: последний день произвольного периода.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: previous (default), year or none.</source>
        <translation>add: previous (по умолчанию), year или none.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: the window&apos;s tab: overview, awareness, engagement, lead-generation, sales, loyalty, funnel, goals or data.</source>
        <translation>add: вкладка окна: overview, awareness, engagement, lead-generation, sales, loyalty, funnel, goals или data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: print the views as JSON.</source>
        <translation>list: вывести представления в формате JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, list, or remove NAME.</source>
        <translation>add, list или remove NAME.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved views: a named period rule, comparison, filters and tab, for the window, kpis --view and report --view.</source>
        <translation>Сохраненные представления: именованное правило периода, сравнение, фильтры и вкладка — для окна программы, kpis --view и report --view.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>view add: --name is required</source>
        <translation>view add: требуется параметр --name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>view add: --period is one of %1, not &apos;%2&apos;</source>
        <translation>view add: значение --period — одно из %1, а не «%2»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>view add: a custom period needs --from and --to</source>
        <translation>view add: для произвольного периода (custom) нужны --from и --to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view add: --from is after --to</source>
        <translation>view add: дата --from позже --to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>view add: --from and --to are for a custom period, not %1</source>
        <translation>view add: --from и --to задаются только для произвольного периода (custom), а не для %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>view add: --compare is previous, year or none, not &apos;%1&apos;</source>
        <translation>view add: значение --compare — previous, year или none, а не «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>view add: --tab is one of %1, not &apos;%2&apos;</source>
        <translation>view add: значение --tab — одно из %1, а не «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view remove: name the view (see view list)</source>
        <translation>view remove: укажите представление (см. view list)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot save the view in %1: %2</source>
        <translation>не удается сохранить представление в %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>view &apos;%1&apos; saved</source>
        <translation>представление «%1» сохранено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove: no view &apos;%1&apos; in %2</source>
        <translation>remove: представления «%1» нет в %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>view &apos;%1&apos; removed</source>
        <translation>представление «%1» удалено</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all channels and campaigns</source>
        <translation>все каналы и кампании</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>name a command.</source>
        <translation>укажите команду.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the output: %1</source>
        <translation>не удаётся записать вывод: %1</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiwriter.cpp" line="+293"/>
        <source>KPIs %1 – %2</source>
        <translation>KPI %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, channels: </source>
        <translation>, каналы: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, campaigns: </source>
        <translation>, кампании: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (previous: %1 – %2)</source>
        <translation> (предыдущий период: %1 – %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
leads from: %1
</source>
        <translation>
источник лидов: %1
</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>
(columns: value, previous, change; ▲ better, ▼ worse)
</source>
        <translation>
(столбцы: значение, предыдущее значение, изменение; ▲ лучше, ▼ хуже)
</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <location filename="../../core/attribution/attribution.cpp" line="+215"/>
        <source>revenue is unknown: won deals in %1 on %2 day(s) have no exchange rate into %3</source>
        <translation>выручка неизвестна: для выигранных сделок в %1 нет обменного курса для пересчета в %3 (дней: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a reporting currency (pass --currency)</source>
        <translation>валюту отчетности (укажите --currency)</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiengine.cpp" line="+201"/>
        <source>amounts are in %1 and no reporting currency is chosen: money KPIs are unknown; pass --currency CODE or set the workspace currency</source>
        <translation>суммы указаны в валютах %1, а валюта отчетности не выбрана: денежные KPI неизвестны; укажите --currency CODE или задайте валюту рабочей области</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> and %1 more</source>
        <translation> и еще %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amounts without a currency (imported with none named) cannot be converted to %1 on %2: money KPIs that need them are unknown; re-import them with --currency CODE</source>
        <translation>суммы без валюты (импортированные без указания валюты) нельзя пересчитать в %1 (даты: %2): денежные KPI, которым они нужны, неизвестны; импортируйте их заново с --currency CODE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no exchange rate from %1 to %2 within %3 days before %4: money KPIs that need them are unknown; import rates with import --kind rates</source>
        <translation>нет обменного курса %1 → %2 в пределах %3 дней до %4: денежные KPI, которым он нужен, неизвестны; импортируйте курсы командой import --kind rates</translation>
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
        <translation>не удаётся записать %1: это папка</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot write %1: it was not opened</source>
        <translation>не удаётся записать %1: файл не был открыт</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not every byte could be written (is the disk full?)</source>
        <translation>записаны не все байты (диск заполнен?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: %2; any earlier copy of it is kept</source>
        <translation>не удаётся записать %1: %2; прежняя версия файла сохранена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../core/kpi/periodpreset.cpp" line="+31"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year to date</source>
        <translation>С начала года</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>За все время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom range</source>
        <translation>Произвольный период</translation>
    </message>
</context>
<context>
    <name>GoalStore</name>
    <message>
        <location filename="../../core/goals/goalstore.cpp" line="+141"/>
        <source>an annotation needs text and a first day not after its last</source>
        <translation>для аннотации нужны текст и первый день не позже последнего</translation>
    </message>
    <message>
        <location filename="../../core/goals/reviewrecords.cpp" line="+24"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../core/goals/goalprogress.cpp" line="+168"/>
        <source>not started</source>
        <translation>не начата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on track</source>
        <translation>по плану</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off track</source>
        <translation>отстает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met</source>
        <translation>достигнута</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed</source>
        <translation>не достигнута</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too early to judge</source>
        <translation>рано оценивать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <location filename="../../core/goals/goal.cpp" line="+24"/>
        <source>weekly</source>
        <comment>reviewed weekly</comment>
        <translation>еженедельно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly</source>
        <comment>reviewed monthly</comment>
        <translation>ежемесячно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarterly</source>
        <comment>reviewed quarterly</comment>
        <translation>ежеквартально</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../core/csv/dateparser.cpp" line="+176"/>
        <source>not a valid date: &apos;%1&apos;</source>
        <translation>недопустимая дата: «%1»</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>ambiguous date &apos;%1&apos;: day or month first? Choose with --date-order dmy|mdy</source>
        <translation>неоднозначная дата «%1»: сначала день или месяц? Укажите порядок с помощью --date-order dmy|mdy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a date in the file&apos;s %2 order</source>
        <translation>«%1» не является датой в принятом в файле порядке %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year</source>
        <translation>день/месяц/год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month/day/year</source>
        <translation>месяц/день/год</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/money/ratesimporter.cpp" line="+247"/>
        <source>not a date: &apos;%1&apos;</source>
        <translation>не является датой: «%1»</translation>
    </message>
    <message>
        <location filename="../../core/csv/numberparser.cpp" line="+53"/>
        <source>comma (1,5)</source>
        <translation>запятая (1,5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>point (1.5)</source>
        <translation>точка (1.5)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>not a number: &apos;%1&apos;</source>
        <translation>не является числом: «%1»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; is written with a decimal %2, but this file writes decimals with a %3 (decided from all its numbers)</source>
        <translation>&apos;%1&apos; записано с десятичным разделителем «%2», а этот файл пишет дроби через «%3» (определено по всем его числам)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>number too large: &apos;%1&apos;</source>
        <translation>слишком большое число: «%1»</translation>
    </message>
    <message>
        <location filename="../../core/importing/fileinspector.cpp" line="+527"/>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a %1 column or a date range above the header</source>
        <translation>столбца %1 или диапазона дат над заголовком</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a %1 export without %2, which Funnelscope needs to import it</source>
        <translation>это выгрузка %1 без %2, без чего Funnelscope не может её импортировать</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>say which with --decimal comma or --decimal point</source>
        <translation>укажите его с помощью --decimal comma или --decimal point</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column &apos;%1&apos; has numbers with a decimal comma (&apos;%2&apos;, line %3) and with a decimal point (&apos;%4&apos;, line %5): one of them would be misread; export the file again, or %6</source>
        <translation>в столбце &apos;%1&apos; есть числа с десятичной запятой (&apos;%2&apos;, строка %3) и с десятичной точкой (&apos;%4&apos;, строка %5): одни из них были бы прочитаны неверно; выгрузите файл заново или %6</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file&apos;s numbers disagree: &apos;%1&apos; in column &apos;%2&apos; (line %3) has a decimal comma, &apos;%4&apos; in column &apos;%5&apos; (line %6) a decimal point; %7</source>
        <translation>числа файла противоречат друг другу: у &apos;%1&apos; в столбце &apos;%2&apos; (строка %3) десятичная запятая, у &apos;%4&apos; в столбце &apos;%5&apos; (строка %6) — десятичная точка; %7</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; in column &apos;%2&apos; could be a decimal (with a decimal point) or a whole number (with a thousands separator), and nothing else in the file tells which; %3</source>
        <translation>&apos;%1&apos; в столбце &apos;%2&apos; может быть дробью (с десятичной точкой) или целым числом (с разделителем тысяч), и ничто другое в файле этого не решает; %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>export the report again from the API as it writes it by default (money in micro-units), or with the header returnMoneyInMicros: false (amounts with two decimals)</source>
        <translation>выгрузите отчет из API заново в формате по умолчанию (суммы в микроединицах) или с заголовком returnMoneyInMicros: false (суммы с двумя знаками после запятой)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column &apos;%1&apos; has amounts with decimals (&apos;%2&apos;, line %3) and whole numbers like the %4&apos;s micro-units (&apos;%5&apos;, line %6): one of them would be read a million times wrong; %7</source>
        <translation>в столбце «%1» есть суммы с дробной частью («%2», строка %3) и целые числа, похожие на микроединицы %4 («%5», строка %6): одни из них были бы прочитаны с ошибкой в миллион раз; %7</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; in column &apos;%2&apos; is a whole number but not one of the %3&apos;s micro-units (millionths of the currency, rounded to 10,000), and no cost in the file has decimals, so it cannot be told whether it is %4 or %5 of the currency; %6</source>
        <translation>«%1» в столбце «%2» — целое число, но не микроединицы %3 (миллионные доли валюты, округленные до 10 000), а ни одна стоимость в файле не имеет дробной части, поэтому нельзя определить, означает это %4 или %5 единицы валюты; %6</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>column &apos;%1&apos; has whole numbers only, but read as the %2&apos;s micro-units they would make a click cost less than 0.01 of the currency, and read as amounts the API would have written them with decimals; %3</source>
        <translation>в столбце «%1» только целые числа, но если читать их как микроединицы %2, клик стоил бы меньше 0,01 единицы валюты, а если как суммы — API записал бы их с дробной частью; %3</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>there is no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a regular file (a device or a pipe); save the export as a file first</source>
        <translation>это не обычный файл (устройство или канал); сначала сохраните выгрузку в файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the file: %1</source>
        <translation>не удается прочитать файл: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+66"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>unknown encoding &apos;%1&apos;</source>
        <translation>неизвестная кодировка «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a binary file, not CSV text</source>
        <translation>это двоичный файл, а не текст CSV</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>header longer than %1 million characters: not read</source>
        <translation>заголовок длиннее %1 млн символов: не прочитан</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this is not a %1 export: no line in the first %2 has its columns (%3)</source>
        <translation>это не выгрузка %1: ни одна строка из первых %2 не содержит ее столбцов (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no header line of a %1 file in the first %2 lines (it needs the columns %3)</source>
        <translation>среди первых строк (проверено: %2) нет строки заголовка файла типа %1 (нужны столбцы %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no recognisable header in the first %1 lines: a header names the columns of one kind, e.g. date and channel for campaign rows, lead_id and created_date for leads</source>
        <translation>среди первых строк (проверено: %1) нет распознаваемого заголовка: заголовок перечисляет столбцы одного типа, например date и channel для строк кампаний, lead_id и created_date для лидов</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a %2 table by &quot;%3&quot;, whose rows do not add up to the site&apos;s totals (the tool leaves out anonymised queries and rows past its limit, and counts a search once for each page it shows), so its sum would look like the total and be wrong: import the export&apos;s Chart.csv (Dates.csv) for daily totals, or its Countries.csv or Devices.csv with the date range it covers</source>
        <translation>%1 — это таблица %2 в разрезе «%3», строки которой не складываются в итоги сайта (инструмент не включает анонимизированные запросы и строки сверх своего лимита и учитывает поиск один раз для каждой показанной страницы), поэтому её сумма выглядела бы как итог, но была бы неверной: импортируйте из выгрузки Chart.csv (Dates.csv) для дневных итогов или её Countries.csv либо Devices.csv с диапазоном дат, который она охватывает</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>column &apos;%1&apos; groups this %2 report by month or week: its rows cannot be placed on days, and its totals would be spread wrong; export the report grouped by day (the date of visit) instead</source>
        <translation>столбец «%1» группирует этот отчет %2 по месяцам или неделям: его строки нельзя отнести к конкретным дням, а итоги распределились бы неверно; выгрузите отчет с группировкой по дням (по дате визита)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this %1 report says it covers %2 to %3, not the %4 to %5 given: leave out the range, or give the one the file says</source>
        <translation>в этом отчёте %1 указано, что он охватывает период с %2 по %3, а не заданный период с %4 по %5: не указывайте диапазон или укажите тот, что записан в файле</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a %2 export without a Date column: the tool writes its date range only into Filters.csv of the same download (often as &quot;Last 3 months&quot;, counted back from the day of the download), so its totals cannot be placed on days. Import the download&apos;s Chart.csv (Dates.csv) for daily totals, or give the range this file covers: import --from YYYY-MM-DD --to YYYY-MM-DD, or the import dialog&apos;s &quot;Period of the file&quot;</source>
        <translation>%1 — это выгрузка %2 без столбца даты: инструмент записывает её диапазон дат только в Filters.csv того же скачанного архива (часто как &quot;Last 3 months&quot;, отсчитывая от дня скачивания), поэтому её итоги нельзя распределить по дням. Импортируйте Chart.csv (Dates.csv) из того же архива для дневных итогов или укажите диапазон, который охватывает этот файл: import --from YYYY-MM-DD --to YYYY-MM-DD или поле «Период файла» в окне импорта</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this %1 report&apos;s date range above its header has slash dates that could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>в диапазоне дат над заголовком этого отчёта %1 даты записаны через косую черту, и первым в них может быть как день, так и месяц; укажите порядок с помощью --date-order dmy или --date-order mdy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this %1 report has no date column and no date range above its header, so its totals cannot be placed on days: export it with a date (Day) column, or keep the lines that give its date range, or give the range with --from and --to</source>
        <translation>в этом отчёте %1 нет ни столбца даты, ни диапазона дат над заголовком, поэтому его итоги нельзя распределить по дням: выгрузите его со столбцом даты (День), сохраните строки с диапазоном дат или укажите диапазон с помощью --from и --to</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>this %1 report&apos;s rows are %2 totals, and the slash dates of its range above the header could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>строки этого отчёта %1 содержат итоги (%2), а даты через косую черту в диапазоне над заголовком могут начинаться как с дня, так и с месяца; укажите порядок с помощью --date-order dmy или --date-order mdy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this %1 report&apos;s rows are %2 totals, but the date range above its header cannot be read, so they cannot be placed on days: export it with a daily breakdown, or keep the lines that give its date range</source>
        <translation>строки этого отчёта %1 содержат итоги (%2), но диапазон дат над заголовком не удаётся прочитать, поэтому их нельзя распределить по дням: выгрузите отчёт с разбивкой по дням или сохраните строки с диапазоном дат</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>this %1 report covers %2 to %3, more than %4 days: export it with a date (Day) column or a shorter range</source>
        <translation>этот отчёт %1 охватывает период с %2 по %3, более %4 дней: выгрузите его со столбцом даты («День») или за более короткий период</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>this %1 report covers &quot;%2&quot; and has no dates, so its totals cannot be placed on days: export it again with a date range, or with the Day column</source>
        <translation>этот отчёт %1 охватывает «%2» и не содержит дат, поэтому его итоги нельзя разнести по дням: выгрузите его заново с диапазоном дат или со столбцом «День»</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>column &apos;%1&apos; has slash dates like &apos;%2&apos; that could be day or month first; say which with --date-order dmy or --date-order mdy</source>
        <translation>в столбце «%1» есть даты через косую черту, например «%2», в которых первым может быть как день, так и месяц; укажите порядок с помощью --date-order dmy или --date-order mdy</translation>
    </message>
    <message>
        <location filename="../../core/importing/importer.cpp" line="+46"/>
        <source>another Funnelscope window or command is writing to this workspace; try again when it has finished. Nothing was imported</source>
        <translation>другое окно или команда Funnelscope записывает в эту рабочую область; повторите попытку, когда она закончит. Ничего не импортировано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (is the disk full, or the workspace&apos;s folder read-only? Nothing was imported; the workspace is as it was)</source>
        <translation> (возможно, диск заполнен или папка рабочей области доступна только для чтения. Ничего не импортировано, рабочая область не изменилась)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the workspace is open read-only: nothing can be imported into it</source>
        <translation>рабочая область открыта только для чтения: импортировать в нее ничего нельзя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown preset &apos;%1&apos; (available: %2)</source>
        <translation>неизвестный шаблон «%1» (доступны: %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown currency &apos;%1&apos;: give an ISO 4217 code such as PLN, EUR or USD</source>
        <translation>неизвестная валюта «%1»: укажите код ISO 4217, например PLN, EUR или USD</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>amounts the file does not name are in %1, the currency last given for the source &apos;%2&apos;</source>
        <translation>суммы без указанной в файле валюты считаются в %1 — валюте, указанной в последний раз для источника «%2»</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../core/money/ratesimporter.cpp" line="-88"/>
        <source>cannot open the file: %1</source>
        <translation>не удается открыть файл: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot store this row: %1</source>
        <translation>не удается сохранить эту строку: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../core/importing/rowreader.cpp" line="+351"/>
        <location line="+77"/>
        <source>a NUL byte: this is a binary file, not CSV text</source>
        <translation>байт NUL: это двоичный файл, а не текст CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file changed while it was being read (is another program still writing it?): nothing was imported; import it again once it is complete</source>
        <translation>файл изменился во время чтения (другая программа всё ещё записывает его?): ничего не импортировано; импортируйте его снова, когда он будет готов</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 data rows were rejected, more than half: nothing imported</source>
        <translation>отклонено %1 из %2 строк данных — больше половины: ничего не импортировано</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported the table whose header is on line %1; the file&apos;s next table, from line %2, was not imported (import it on its own)</source>
        <translation>импортирована таблица с заголовком в строке %1; следующая таблица файла, начиная со строки %2, не импортирована (импортируйте ее отдельно)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the %1 column is read from &quot;%2&quot;, since the file has no %1 column of its own</source>
        <translation>столбец %1 читается из «%2», так как в файле нет собственного столбца %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>totals without a day breakdown were spread evenly over the days %1 to %2</source>
        <translation>итоги без разбивки по дням равномерно распределены на дни с %1 по %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data in this export: line %1 says there is none</source>
        <translation>в этой выгрузке нет данных: строка %1 сообщает, что их нет</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the amounts name no currency and none was given: they are stored without one and never converted (import again with --currency CODE, or choose it in the import options, to give them one)</source>
        <translation>у сумм не указана валюта, и она не задана: они сохраняются без валюты и никогда не пересчитываются (чтобы задать им валюту, импортируйте файл заново с --currency CODE или выберите ее в параметрах импорта)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write the workspace: %1</source>
        <translation>не удается записать рабочую область: %1</translation>
    </message>
    <message>
        <location filename="../../core/importing/importresult.cpp" line="+76"/>
        <source>%1: imported %2 %3 rows (source &apos;%4&apos;)</source>
        <translation>%1: импортировано строк типа %3: %2 (источник «%4»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> as a %1 export (%2% of its columns recognised)</source>
        <translation> как выгрузка %1 (распознано %2% ее столбцов)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, rejected %1</source>
        <translation>, отклонено: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, replaced %1 stored rows</source>
        <translation>, заменено сохраненных строк: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unchanged (these bytes were imported before)</source>
        <translation>%1: без изменений (файл с тем же содержимым уже импортирован)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cancelled, nothing imported</source>
        <translation>%1: отменен, ничего не импортировано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refused, nothing imported</source>
        <translation>%1: не принят, ничего не импортировано</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, line %1</source>
        <translation>, строка %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, column &apos;%1&apos;</source>
        <translation>, столбец «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
  ... and %1 more rejected rows</source>
        <translation>
  ... и еще отклоненных строк: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
  ignored columns: </source>
        <translation>
  пропущенные столбцы: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
  stages counted as open: %1 (map a stage to won, lost or open with --stage &quot;STAGE=won&quot;)</source>
        <translation>
  этапы, учтённые как открытые: %1 (сопоставьте этап с won, lost или open с помощью --stage &quot;ЭТАП=won&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/importing/preset.cpp" line="+101"/>
        <location line="+29"/>
        <source>preset %1 (%2): &apos;%3&apos; is not a column of %4 files</source>
        <translation>шаблон %1 (%2): «%3» не является столбцом файлов типа %4</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>preset %1 (%2): the product for &apos;%3&apos; needs two headers</source>
        <translation>шаблон %1 (%2): для вычисления «%3» как произведения нужны два заголовка</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a preset needs an id, a title and a kind</source>
        <translation>у шаблона должны быть id, название и тип</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>preset %1: &apos;%2&apos; is not a column of %3 files</source>
        <translation>шаблон %1: «%2» не является столбцом файлов типа %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preset %1: the product for &apos;%2&apos; needs two headers</source>
        <translation>шаблон %1: для вычисления «%2» как произведения нужны два заголовка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preset %1: the condition for &apos;%2&apos; needs value, when and is</source>
        <translation>пресет %1: условию для &apos;%2&apos; нужны value, when и is</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>cannot create %1</source>
        <translation>не удается создать %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot save the preset: %1</source>
        <translation>не удается сохранить шаблон: %1</translation>
    </message>
    <message>
        <location filename="../../core/importing/rowreader.cpp" line="-335"/>
        <source>unknown currency &apos;%1&apos;</source>
        <translation>неизвестная валюта «%1»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is written with &apos;%2&apos;, which several currencies use (%3): pass the account&apos;s currency with --currency CODE (or choose it in the import options); nothing was imported</source>
        <translation>«%1» записано с символом «%2», который используют несколько валют (%3): укажите валюту аккаунта с помощью --currency CODE (или выберите ее в параметрах импорта); ничего не импортировано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is written with &apos;%2&apos;, which cannot be the import currency %3 (it stands for %4): pass the account&apos;s currency with --currency CODE; nothing was imported</source>
        <translation>«%1» записано с символом «%2», который не может означать валюту импорта %3 (он обозначает %4): укажите валюту аккаунта с помощью --currency CODE; ничего не импортировано</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>not a duration: &apos;%1&apos;</source>
        <translation>не является длительностью: «%1»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a bounce rate over 100 %: &apos;%1&apos; (written as a share, &apos;12.5 %&apos; or &apos;0.125&apos;)</source>
        <translation>доля отказов больше 100 %: «%1» (ее записывают как долю: «12.5 %» или «0.125»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>negative %1</source>
        <translation>отрицательное значение %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>number too large: %1 × %2</source>
        <translation>слишком большое число: %1 × %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>number too large for one row: &apos;%1&apos; (at most %2)</source>
        <translation>слишком большое число для одной строки: «%1» (не более %2)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the period ends before it starts</source>
        <translation>период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period is longer than %1 days</source>
        <translation>период длиннее %1 дней</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>line longer than %1 million characters: not read</source>
        <translation>строка длиннее %1 млн символов: не прочитана</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>expected %1 fields, found %2</source>
        <translation>ожидалось полей: %1, найдено: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>bytes that are not valid %1 text</source>
        <translation>байты, недопустимые для текста в кодировке %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing required value</source>
        <translation>нет обязательного значения</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>negative count: &apos;%1&apos;</source>
        <translation>отрицательное количество: «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a whole number: &apos;%1&apos;</source>
        <translation>не является целым числом: «%1»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>negative %1: &apos;%2&apos;</source>
        <translation>отрицательное значение %1: «%2»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a micro-amount (a whole number of millionths, rounded to 10,000) as the other costs of this file are</source>
        <translation>«%1» не является микросуммой (целым числом миллионных долей, округленным до 10 000), в отличие от остальных затрат в этом файле</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>position must be greater than 0: &apos;%1&apos;</source>
        <translation>позиция должна быть больше 0: «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score must be a whole number from 0 to 10: &apos;%1&apos;</source>
        <translation>оценка должна быть целым числом от 0 до 10: «%1»</translation>
    </message>
    <message>
        <location filename="../../core/importing/kind.cpp" line="+65"/>
        <source>Campaign data</source>
        <translation>Данные кампаний</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Surveys</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expenses</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Touchpoints</source>
        <translation>Точки касания</translation>
    </message>
    <message>
        <location filename="../../core/store/rowstore.cpp" line="+362"/>
        <source>an earlier row of this file for the same day, channel and campaign has its amount in another currency, and amounts in two currencies cannot be added up: split the file by currency (or by source with --source)</source>
        <translation>в более ранней строке этого файла за тот же день, канал и кампанию сумма указана в другой валюте, а суммы в двух валютах нельзя складывать: разделите файл по валютам (или по источникам с помощью --source)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the sums of these rows are too large to be stored exactly</source>
        <translation>суммы этих строк слишком велики для точного хранения</translation>
    </message>
    <message>
        <location filename="../../core/importing/columnmapping.cpp" line="+95"/>
        <source>column names in %1</source>
        <translation>названия столбцов (%1)</translation>
    </message>
    <message>
        <location filename="../../core/importing/vocabulary.cpp" line="+103"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>польский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>турецкий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional Chinese</source>
        <translation>китайский (традиционный)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simplified Chinese</source>
        <translation>китайский (упрощённый)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>немецкий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>испанский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese (Brazil)</source>
        <translation>португальский (Бразилия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese (Portugal)</source>
        <translation>португальский (Португалия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>португальский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>итальянский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>украинский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <translation>чешский</translation>
    </message>
    <message>
        <location filename="../../core/money/ratesimporter.cpp" line="+9"/>
        <source>not an exchange rates file: expected the ECB&apos;s &quot;Date,USD,JPY,...&quot;, the NBP&apos;s &quot;data;1USD;1EUR;...&quot; or &quot;date,from,to,rate&quot;</source>
        <translation>это не файл обменных курсов: ожидался формат ECB &quot;Date,USD,JPY,...&quot;, формат NBP &quot;data;1USD;1EUR;...&quot; или &quot;date,from,to,rate&quot;</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>not a pair of different currency codes: &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>это не пара разных кодов валют: «%1» и «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>not a rate greater than 0: &apos;%1&apos;</source>
        <translation>не является курсом больше 0: «%1»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no exchange rates in this file</source>
        <translation>в этом файле нет обменных курсов</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../../core/kpi/kpicatalog.cpp" line="+16"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+54"/>
        <source>Impressions</source>
        <translation>Показы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times your ads and posts were shown: the sum of impressions.</source>
        <translation>Сколько раз были показаны ваши объявления и публикации: сумма показов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People reached, as the platforms report it: the sum of reach.</source>
        <translation>Число охваченных пользователей по данным платформ: сумма охвата.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website traffic</source>
        <translation>Трафик сайта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits to your website: the sum of sessions.</source>
        <translation>Посещения вашего сайта: сумма сеансов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organic traffic share</source>
        <translation>Доля органического трафика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sessions that came from channels you do not pay for (not Paid, Ads, CPC, PPC, Display or Sponsored).</source>
        <translation>Доля сеансов из каналов, за которые вы не платите (не Paid, Ads, CPC, PPC, Display или Sponsored).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand mentions</source>
        <translation>Упоминания бренда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times your brand was mentioned: the sum of mentions.</source>
        <translation>Сколько раз упоминался ваш бренд: сумма упоминаний.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New followers</source>
        <translation>Новые подписчики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers gained on social channels: the sum of new followers.</source>
        <translation>Подписчики, полученные в социальных сетях: сумма новых подписчиков.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per mille</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a thousand impressions cost: spend ÷ impressions × 1000.</source>
        <translation>Стоимость тысячи показов: расходы ÷ показы × 1000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend</source>
        <translation>Медиарасходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ad platforms charged: the sum of cost.</source>
        <translation>Сколько списали рекламные платформы: сумма расходов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click-through rate</source>
        <translation>CTR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of impressions that got a click: clicks ÷ impressions.</source>
        <translation>Доля показов, по которым кликнули: клики ÷ показы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per click</source>
        <translation>Стоимость клика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What one click cost: spend ÷ clicks.</source>
        <translation>Стоимость одного клика: расходы ÷ клики.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce rate</source>
        <translation>Доля отказов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sessions that left after one page: bounces ÷ sessions.</source>
        <translation>Доля сеансов, завершившихся после одной страницы: отказы ÷ сеансы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time on site</source>
        <translation>Время на сайте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average engaged time per session, in seconds: engaged seconds ÷ sessions.</source>
        <translation>Среднее время вовлечения за сеанс в секундах: секунды вовлечения ÷ сеансы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages per session</source>
        <translation>Страниц за сеанс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages seen per visit: pageviews ÷ sessions.</source>
        <translation>Число страниц, просмотренных за посещение: просмотры страниц ÷ сеансы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagements</source>
        <translation>Реакции в соцсетях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes + comments + shares.</source>
        <translation>Лайки + комментарии + репосты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement rate</source>
        <translation>Вовлеченность (ER)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagements ÷ impressions, on the rows that report both.</source>
        <translation>Реакции в соцсетях ÷ показы, по строкам, где указаны оба значения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email open rate</source>
        <translation>Открываемость писем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of delivered emails that were opened: opens ÷ delivered.</source>
        <translation>Доля доставленных писем, которые открыли: открытия ÷ доставленные.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click-through rate</source>
        <translation>CTR писем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of delivered emails that got a click: email clicks ÷ delivered.</source>
        <translation>Доля доставленных писем, по которым кликнули: клики в письмах ÷ доставленные.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-to-open rate</source>
        <translation>Клики к открытиям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of opened emails that got a click: email clicks ÷ opens.</source>
        <translation>Доля открытых писем, по которым кликнули: клики в письмах ÷ открытия.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe rate</source>
        <translation>Доля отписок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of delivered emails that led to an unsubscribe: unsubscribes ÷ delivered.</source>
        <translation>Доля доставленных писем, после которых получатель отписался: отписки ÷ доставленные.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click-through rate</source>
        <translation>CTR призывов к действию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to action clicked per pageview: CTA clicks ÷ pageviews.</source>
        <translation>Клики по призывам к действию на один просмотр страницы: клики по CTA ÷ просмотры страниц.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landing page conversion rate</source>
        <translation>Конверсия посадочных страниц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of landing page views that sent a form: form submissions ÷ landing page views.</source>
        <translation>Доля просмотров посадочных страниц, завершившихся отправкой формы: отправки форм ÷ просмотры посадочных страниц.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New leads created in the period, from the CRM (or the platforms&apos; counts when no CRM leads were imported).</source>
        <translation>Новые лиды, созданные за период, по данным CRM (или по данным платформ, если лиды из CRM не импортированы).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform-reported leads</source>
        <translation>Лиды по данным платформ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads as the ad platforms count them: the sum of leads.</source>
        <translation>Лиды по подсчету рекламных платформ: сумма лидов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor-to-lead rate</source>
        <translation>Конверсия визитов в лиды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads ÷ sessions.</source>
        <translation>Лиды ÷ сеансы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per lead</source>
        <translation>Стоимость лида</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ leads.</source>
        <translation>Медиарасходы ÷ лиды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that became marketing-qualified in the period.</source>
        <translation>Лиды, квалифицированные маркетингом (MQL) за период.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SALs</source>
        <translation>SAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that sales accepted in the period.</source>
        <translation>Лиды, принятые отделом продаж за период.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead → MQL rate</source>
        <translation>Конверсия лид → MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads created in the period, the share that has reached MQL so far.</source>
        <translation>Доля лидов, созданных за период, которые к настоящему моменту стали MQL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL → SQL rate</source>
        <translation>Конверсия MQL → SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads that became MQL in the period, the share that has reached SQL.</source>
        <translation>Доля лидов, ставших MQL за период, которые стали SQL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per MQL</source>
        <translation>Стоимость MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ MQLs.</source>
        <translation>Медиарасходы ÷ MQL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average lead score</source>
        <translation>Средний балл лидов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean score of the leads created in the period that have a score.</source>
        <translation>Средний скоринговый балл лидов, созданных за период, у которых есть балл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="+0"/>
        <source>SQLs</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that became sales-qualified in the period.</source>
        <translation>Лиды, квалифицированные отделом продаж (SQL) за период.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL → customer rate</source>
        <translation>Конверсия SQL → клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads that became SQL in the period, the share that became customers.</source>
        <translation>Доля лидов, ставших SQL за период, которые стали клиентами.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities (SQOs)</source>
        <translation>Сделки (SQO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals created in the period.</source>
        <translation>Сделки, созданные за период.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per opportunity</source>
        <translation>Затраты на сделку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend ÷ opportunities.</source>
        <translation>Медиарасходы ÷ сделки (SQO).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals won</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals won with a close date in the period.</source>
        <translation>Выигранные сделки с датой закрытия в периоде.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Доля побед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won ÷ (won + lost), of the deals closed in the period.</source>
        <translation>Выигранные ÷ (выигранные + проигранные) среди сделок, закрытых в периоде.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue won</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts of the deals won in the period.</source>
        <translation>Суммы сделок, выигранных в периоде.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average deal size</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue ÷ deals won in the period that have an amount.</source>
        <translation>Выручка ÷ число выигранных в периоде сделок с указанной суммой.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales cycle</source>
        <translation>Цикл продаж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean days from first touch to close, of the deals won in the period.</source>
        <translation>Среднее число дней от первого касания до закрытия по сделкам, выигранным в периоде.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pipeline</source>
        <translation>Открытый пайплайн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts of deals created by the period&apos;s end and still open at its end.</source>
        <translation>Суммы сделок, созданных до конца периода и все еще открытых на его конец.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales velocity (per day)</source>
        <translation>Скорость продаж (в день)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities × win rate × average deal size ÷ sales cycle days.</source>
        <translation>Сделки (SQO) × доля побед × средний чек ÷ длительность цикла продаж в днях.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead → customer rate</source>
        <translation>Конверсия лид → клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads created in the period, the share that became customers.</source>
        <translation>Доля лидов, созданных за период, которые стали клиентами.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who started in the period (or deals won, when no customers were imported).</source>
        <translation>Клиенты, начавшие сотрудничество в периоде (или выигранные сделки, если клиенты не импортированы).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing and sales cost</source>
        <translation>Затраты на маркетинг и продажи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media spend + other marketing and sales expenses.</source>
        <translation>Медиарасходы + прочие расходы на маркетинг и продажи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer acquisition cost</source>
        <translation>Стоимость привлечения клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing and sales cost ÷ new customers.</source>
        <translation>Затраты на маркетинг и продажи ÷ новые клиенты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing ROI</source>
        <translation>ROI маркетинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Revenue − marketing and sales cost) ÷ marketing and sales cost.</source>
        <translation>(Выручка − затраты на маркетинг и продажи) ÷ затраты на маркетинг и продажи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active customers</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers active at the end of the period.</source>
        <translation>Клиенты, активные на конец периода.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer retention rate</source>
        <translation>Удержание клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the customers active at the start, the share still active at the end.</source>
        <translation>Доля клиентов, активных на начало периода, которые остались активными на его конец.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn rate</source>
        <translation>Отток клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the customers active at the start, the share that churned in the period.</source>
        <translation>Доля клиентов, активных на начало периода, которые ушли в течение периода.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly recurring revenue</source>
        <translation>Ежемесячная регулярная выручка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MRR of the customers active at the end of the period.</source>
        <translation>MRR клиентов, активных на конец периода.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average revenue per account</source>
        <translation>Средняя выручка на клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRR ÷ active customers with a known MRR.</source>
        <translation>MRR ÷ число активных клиентов с известным MRR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value</source>
        <translation>Пожизненная ценность клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARPA ÷ monthly churn (churn rate × 30.4375 ÷ days in the period).</source>
        <translation>ARPA ÷ месячный отток (отток клиентов × 30,4375 ÷ число дней в периоде).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTV : CAC</source>
        <translation>LTV : CAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value ÷ customer acquisition cost.</source>
        <translation>Пожизненная ценность клиента ÷ стоимость привлечения клиента.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score</source>
        <translation>Индекс NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Promoters 9–10 − detractors 0–6) ÷ responses × 100.</source>
        <translation>(Промоутеры 9–10 − критики 0–6) ÷ ответы × 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey responses</source>
        <translation>Ответы на опросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers dated in the period.</source>
        <translation>Ответы на опросы с датой в периоде.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Awareness</source>
        <translation>Осведомленность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement</source>
        <translation>Вовлеченность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead generation</source>
        <translation>Генерация лидов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiformat.cpp" line="+37"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpitablemodel.cpp" line="+80"/>
        <location filename="../../ui/attributionview.cpp" line="+159"/>
        <location filename="../../ui/cohortview.cpp" line="+80"/>
        <location filename="../../ui/reconciliationview.cpp" line="+108"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 (previous: %2, change %3)</source>
        <translation>%1 (ранее: %2, изменение %3)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>дни</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Total of all rows</source>
        <translation>Итого по всем строкам</translation>
    </message>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-706"/>
        <location filename="../../core/kpi/kpivalues.cpp" line="-2"/>
        <source>Clicks</source>
        <translation>Клики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other expenses</source>
        <translation>Прочие расходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals lost</source>
        <translation>Проигранные сделки</translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpivalues.cpp" line="+1"/>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/kpi/kpicaveat.cpp" line="+26"/>
        <source>small sample: %n answer(s)</source>
        <translation>
            <numerusform>малая выборка: %n ответ</numerusform>
            <numerusform>малая выборка: %n ответа</numerusform>
            <numerusform>малая выборка: %n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n customer(s)</source>
        <translation>
            <numerusform>малая выборка: %n клиент</numerusform>
            <numerusform>малая выборка: %n клиента</numerusform>
            <numerusform>малая выборка: %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n impression(s)</source>
        <translation>
            <numerusform>малая выборка: %n показ</numerusform>
            <numerusform>малая выборка: %n показа</numerusform>
            <numerusform>малая выборка: %n показов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n e-mail(s) delivered</source>
        <translation>
            <numerusform>малая выборка: %n доставленное письмо</numerusform>
            <numerusform>малая выборка: %n доставленных письма</numerusform>
            <numerusform>малая выборка: %n доставленных писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n open(s)</source>
        <translation>
            <numerusform>малая выборка: %n открытие</numerusform>
            <numerusform>малая выборка: %n открытия</numerusform>
            <numerusform>малая выборка: %n открытий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n page view(s)</source>
        <translation>
            <numerusform>малая выборка: %n просмотр страницы</numerusform>
            <numerusform>малая выборка: %n просмотра страниц</numerusform>
            <numerusform>малая выборка: %n просмотров страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n landing page view(s)</source>
        <translation>
            <numerusform>малая выборка: %n просмотр посадочной страницы</numerusform>
            <numerusform>малая выборка: %n просмотра посадочных страниц</numerusform>
            <numerusform>малая выборка: %n просмотров посадочных страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n lead(s)</source>
        <translation>
            <numerusform>малая выборка: %n лид</numerusform>
            <numerusform>малая выборка: %n лида</numerusform>
            <numerusform>малая выборка: %n лидов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n MQL(s)</source>
        <translation>
            <numerusform>малая выборка: %n MQL</numerusform>
            <numerusform>малая выборка: %n MQL</numerusform>
            <numerusform>малая выборка: %n MQL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n SQL(s)</source>
        <translation>
            <numerusform>малая выборка: %n SQL</numerusform>
            <numerusform>малая выборка: %n SQL</numerusform>
            <numerusform>малая выборка: %n SQL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n closed deal(s)</source>
        <translation>
            <numerusform>малая выборка: %n закрытая сделка</numerusform>
            <numerusform>малая выборка: %n закрытые сделки</numerusform>
            <numerusform>малая выборка: %n закрытых сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>small sample: %n session(s)</source>
        <translation>
            <numerusform>малая выборка: %n сеанс</numerusform>
            <numerusform>малая выборка: %n сеанса</numerusform>
            <numerusform>малая выборка: %n сеансов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>still maturing: its leads need %n day(s)</source>
        <translation>
            <numerusform>когорта еще не созрела: ее лидам нужен %n день</numerusform>
            <numerusform>когорта еще не созрела: ее лидам нужно %n дня</numerusform>
            <numerusform>когорта еще не созрела: ее лидам нужно %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/kpi/kpiinputs.cpp" line="+167"/>
        <source>Import your own CSV with %1 to see this.</source>
        <translation>Чтобы увидеть этот показатель, импортируйте собственный CSV со столбцами %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a file from %1 or your own CSV with %2 to see this.</source>
        <translation>Чтобы увидеть этот показатель, импортируйте файл из %1 или собственный CSV со столбцами %2.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/datapage.cpp" line="+28"/>
        <source>Delete import of %1</source>
        <translation>удаление импорта %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete import</source>
        <translation>Удаление импорта</translation>
    </message>
    <message>
        <location filename="../../ui/goalspage.cpp" line="+95"/>
        <source>&lt;h3&gt;S — Goals&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;S — Цели&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h3&gt;M — Data quality&lt;/h3&gt;&lt;p&gt;%1 gap(s), %2 rejected rows, %3 channel(s) where platform and CRM leads disagree.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;M — Качество данных&lt;/h3&gt;&lt;p&gt;Пропусков: %1; отклоненных строк: %2; каналов, где лиды платформ и CRM расходятся: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;A — Anomalies&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;A — Аномалии&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;h3&gt;R — Status changes&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;R — Изменения статусов&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h3&gt;T — Recommended actions&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;T — Рекомендуемые действия&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../ui/readonly.h" line="+16"/>
        <source>Read-only workspace</source>
        <translation>Рабочая область только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace is open read-only. To change it, copy the file to a folder you can write to and open the copy.</source>
        <translation>Эта рабочая область открыта только для чтения. Чтобы изменить ее, скопируйте файл в папку, доступную для записи, и откройте копию.</translation>
    </message>
</context>
<context>
    <name>RecentWorkspaces</name>
    <message>
        <location filename="../../core/store/recentworkspaces.cpp" line="+53"/>
        <source>Funnelscope workspaces (*.funnelscope)</source>
        <translation>Рабочие области Funnelscope (*.funnelscope)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Funnelscope workspaces (*.funnelscope *.db)</source>
        <translation>Рабочие области Funnelscope (*.funnelscope *.db)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+132"/>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="+173"/>
        <source>ahead of plan</source>
        <translation>с опережением плана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>behind plan</source>
        <translation>с отставанием от плана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on plan</source>
        <translation>по плану</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Now %1, plan %2: %3 (%4), %5.</source>
        <translation>Сейчас %1, план %2: %3 (%4), %5.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 for %2 · owner %3 · reviewed %4 · serves: %5</source>
        <translation>%1 для %2 · ответственный: %3 · обзоры: %4 · бизнес-задача: %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target %1 in total from %2 to %3 (baseline period at the same pace: %4).</source>
        <translation>Цель: всего %1 с %2 по %3 (базовый период в том же темпе: %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline %1 on %2 → target %3 by %4.</source>
        <translation>Базовое значение %1 на %2 → цель %3 к %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/goalspage.cpp" line="-52"/>
        <source>Measured as of %1.</source>
        <translation>Измерено на %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured as of %1; now is the latest whole period, %2 – %3.</source>
        <translation>Измерено на %1; «Сейчас» — последний полный период, %2 – %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now %1.</source>
        <translation>Сейчас %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forecast at the deadline %1.</source>
        <translation>Прогноз на срок: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1 (progress %2 of the %3 expected by now).</source>
        <translation>Статус: %1 (прогресс %2 из %3, ожидаемых к этому моменту).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1.</source>
        <translation>Статус: %1.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Target %1</source>
        <translation>Цель %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline %1</source>
        <translation>Срок %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+359"/>
        <source>same</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>better</source>
        <translation>лучше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse</source>
        <translation>хуже</translation>
    </message>
    <message>
        <location filename="../../core/report/reportparts.cpp" line="+46"/>
        <source>all channels and campaigns</source>
        <translation>все каналы и кампании</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+157"/>
        <location line="+614"/>
        <source>cannot write %1</source>
        <translation>не удается записать %1</translation>
    </message>
    <message>
        <location line="-595"/>
        <source>%1 · %2 · data up to %3</source>
        <translation>%1 · %2 · данные по %3</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Compared with %1 – %2.</source>
        <translation>Сравнение с периодом %1 – %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filters: %1.</source>
        <translation>Фильтры: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prepared %1 with Funnelscope.</source>
        <translation>Подготовлено %1 в Funnelscope.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMART review: Select the KPIs that matter, Measure them accurately, Analyse for insight, Review on a rhythm, Take action.</source>
        <translation>SMART-обзор: выберите важные KPI (Select), точно измерьте их (Measure), проанализируйте в поисках выводов (Analyse), регулярно пересматривайте (Review) и действуйте (Take action).</translation>
    </message>
    <message>
        <location filename="../../core/report/reportchoices.cpp" line="+19"/>
        <source>Cover</source>
        <translation>Обложка</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/report/reportwriter.cpp" line="+9"/>
        <source>Executive summary</source>
        <translation>Резюме для руководства</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals and their pace</source>
        <translation>Цели и их темп</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes on the data</source>
        <translation>Заметки к данным</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trends and anomalies</source>
        <translation>Тренды и аномалии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What moved</source>
        <translation>Факторы изменений</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the last review</source>
        <translation>Изменения с прошлого обзора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended actions and decisions</source>
        <translation>Рекомендуемые действия и решения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appendix: KPI definitions</source>
        <translation>Приложение: определения KPI</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+7"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals, as of %1</source>
        <translation>Цели на %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No goals are set for this workspace yet.</source>
        <translation>Для этой рабочей области пока не задано ни одной цели.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+370"/>
        <source>Goal</source>
        <translation>Цель</translation>
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
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="-1"/>
        <location filename="../../core/report/reportwriter.cpp" line="-304"/>
        <source>Target</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+1"/>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Ожидаемый</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+436"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Headline KPIs</source>
        <translation>Ключевые KPI</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+28"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <location line="+279"/>
        <source>This period</source>
        <translation>Текущий период</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+28"/>
        <location line="+245"/>
        <location line="+35"/>
        <source>Before</source>
        <translation>Ранее</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+28"/>
        <location line="+245"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>S — Select: the goals and the KPIs that matter</source>
        <translation>S — Выбор: цели и важные KPI</translation>
    </message>
    <message>
        <location filename="../../core/report/goalpages.cpp" line="-2"/>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+10"/>
        <source>No goals yet: choose pipeline and revenue KPIs, not vanity metrics, and set a target for each.</source>
        <translation>Целей пока нет: выберите KPI по пайплайну и выручке, а не метрики тщеславия, и задайте целевое значение для каждого.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Rejected rows across %1 imports: %2; the import log keeps the line and reason of each.</source>
        <translation>Отклоненные строки по всем импортам (%1): %2; в журнале импорта для каждой указаны номер строки и причина.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>No anomalies in this review&apos;s period: every period is within the range of its trailing history.</source>
        <translation>В периоде этого обзора аномалий нет: каждый период укладывается в диапазон своей предшествующей истории.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anomalies in this review&apos;s period (circled): %1.</source>
        <translation>Аномалии в периоде этого обзора (обведены кружком): %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For context, earlier anomalies (circled, before this review&apos;s period): %1.</source>
        <translation>Для контекста — более ранние аномалии (обведены кружком, до периода этого обзора): %1.</translation>
    </message>
    <message>
        <location line="+160"/>
        <location filename="../../ui/goalspage.cpp" line="+81"/>
        <source>for the goal %1</source>
        <translation>для цели %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/goalspage.cpp" line="+9"/>
        <source>answers: %1</source>
        <translation>в ответ на: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/goalspage.cpp" line="-14"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>M — Measure: is the data complete and trustworthy?</source>
        <translation>M — Измерение: полны ли данные и можно ли им доверять?</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>%1 rose %2 to %3 (from %4).</source>
        <translation>%1: рост на %2 до %3 (с %4).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 fell %2 to %3 (from %4).</source>
        <translation>%1: снижение на %2 до %3 (с %4).</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>All %n goal(s) are on track or not yet started.</source>
        <translation>
            <numerusform>%n цель идет по плану или еще не началась.</numerusform>
            <numerusform>Все %n цели идут по плану или еще не начались.</numerusform>
            <numerusform>Все %n целей идут по плану или еще не начались.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 goals need attention: %3.</source>
        <translation>Целей, требующих внимания: %1 из %2: %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The largest anomaly: %1 in the period from %2 was %3 against a usual %4 (see the trend charts).</source>
        <translation>Крупнейшая аномалия: %1 в периоде с %2 составил %3 при обычных %4 (см. графики трендов).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>We decided: %1.</source>
        <translation>Мы решили: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended next: %1</source>
        <translation>Рекомендуемый следующий шаг: %1</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows in the period</source>
        <translation>Строк за период</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freshest date</source>
        <translation>Последняя дата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gaps: every channel that reports daily has data for every day of the period.</source>
        <translation>Пропуски: у всех каналов с ежедневными данными есть данные за каждый день периода.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Includes totals spread evenly over %1 – %2 (%3): a report without a day breakdown, so its days hold equal shares.</source>
        <translation>Включает итоги, равномерно распределённые на %1 – %2 (%3): отчёт без разбивки по дням, поэтому его дни содержат равные доли.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Leads as the ad platforms reported them and as the CRM recorded them agree within 20% on every channel that has both:</source>
        <translation>Лиды по данным рекламных платформ и по данным CRM расходятся не более чем на 20% во всех каналах, где есть оба источника:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Leads as the ad platforms reported them and as the CRM recorded them; %n channel(s) differ by more than 20%:</source>
        <translation>
            <numerusform>Лиды по данным рекламных платформ и по данным CRM; в %n канале расхождение превышает 20%:</numerusform>
            <numerusform>Лиды по данным рекламных платформ и по данным CRM; в %n каналах расхождение превышает 20%:</numerusform>
            <numerusform>Лиды по данным рекламных платформ и по данным CRM; в %n каналах расхождение превышает 20%:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+30"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+4"/>
        <source>Platform-reported leads</source>
        <translation>Лиды по данным платформ</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>CRM leads</source>
        <translation>Лиды в CRM</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Analytics key events</source>
        <translation>Ключевые события аналитики</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A — Analyse: trends, anomalies and what moved</source>
        <translation>A — Анализ: тренды, аномалии и факторы изменений</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before this period</source>
        <translation>до этого периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all channels</source>
        <translation>все каналы</translation>
    </message>
    <message>
        <location line="-14"/>
        <location filename="../../ui/goalspage.cpp" line="+24"/>
        <source>Notes on the data (numbered as on the charts)</source>
        <translation>Заметки к данным (нумерация как на графиках)</translation>
    </message>
    <message>
        <location line="-465"/>
        <source>The data reaches only %1 (%2 of the period&apos;s %3 days): the changes in this report compare part of this period with the whole previous one.</source>
        <translation>Данные есть только по %1 (%2 из %3 дней периода): изменения в этом отчете сравнивают часть этого периода со всем предыдущим.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>It moved most in the channel %1 (%2 → %3).</source>
        <translation>Сильнее всего изменение пришлось на канал %1 (%2 → %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It moved most in the campaign %1 (%2 → %3).</source>
        <translation>Сильнее всего изменение пришлось на кампанию %1 (%2 → %3).</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 · data up to %2</source>
        <translation>%1 · данные по %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment from %1:</source>
        <translation>Комментарий (%1):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Data as of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prepared by %1</source>
        <translation>Подготовлено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared for %1</source>
        <translation>Подготовлено для: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by %1 for %2</source>
        <translation>Подготовлено: %1, для: %2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source> (better)</source>
        <translation> (лучше)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (worse)</source>
        <translation> (хуже)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your own KPIs</source>
        <translation>Собственные KPI</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the period from %1 (%2, usually %3)</source>
        <translation>период с %1 (%2, обычно %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2, trailing periods</source>
        <translation>%1 — %2, предшествующие периоды</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Helped most</source>
        <translation>Больше всего помогли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back most</source>
        <translation>Больше всего мешали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved most</source>
        <translation>Больше всего изменились</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>campaign</source>
        <translation>кампания</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not ranked</source>
        <translation>Вне рейтинга</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What moved %1 (%2) since the previous period</source>
        <translation>Что повлияло на «%1» (%2) с предыдущего периода</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The funnel (bar widths on a log scale)</source>
        <translation>Воронка (ширина полос в логарифмической шкале)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversion from the step above</source>
        <translation>Конверсия из предыдущего шага</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The step that changed most: %1 → %2, %3%4 percentage points.</source>
        <translation>Сильнее всего изменился шаг %1 → %2: %3%4 п. п.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R — Review: what changed since the last review</source>
        <translation>R — Обзор: что изменилось с прошлого обзора</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous review: %1 (to %2).</source>
        <translation>Предыдущий обзор: %1 (по %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the first review of this workspace.</source>
        <translation>Это первый обзор этой рабочей области.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No goal changed status.</source>
        <translation>Ни одна цель не изменила статус.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was</source>
        <translation>Был</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is</source>
        <translation>Стал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals met: %1.</source>
        <translation>Достигнутые цели: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals missed: %1.</source>
        <translation>Недостигнутые цели: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actions due</source>
        <translation>Предстоящие действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>T — Take action: what to do next</source>
        <translation>T — Действие: что делать дальше</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No rule of the action table fired: no KPI moved enough in the wrong direction.</source>
        <translation>Ни одно правило таблицы действий не сработало: ни один KPI не изменился достаточно сильно в худшую сторону.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the data shows</source>
        <translation>Что показывают данные</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommended action</source>
        <translation>Рекомендуемое действие</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../ui/goalspage.cpp" line="-41"/>
        <source>Decisions and open actions</source>
        <translation>Решения и открытые действия</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/goalspage.cpp" line="+3"/>
        <source>None recorded yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appendix: how each KPI is computed</source>
        <translation>Приложение: как рассчитывается каждый KPI</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>higher</source>
        <translation>выше</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>lower</source>
        <translation>ниже</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Your own KPI: %1.</source>
        <translation>Собственный KPI: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither</source>
        <translation>нейтрально</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Better</source>
        <translation>Лучше</translation>
    </message>
    <message>
        <location filename="../../ui/goalspage.cpp" line="-22"/>
        <source>earlier, for context</source>
        <translation>ранее, для контекста</translation>
    </message>
    <message>
        <location filename="../../core/report/companylogo.cpp" line="+51"/>
        <source>cannot read %1: %2</source>
        <translation>не удается прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 KB: a logo may be at most %3 KB (save it smaller, or as SVG)</source>
        <translation>%1 занимает %2 КБ: логотип может быть не больше %3 КБ (сохраните его в меньшем размере или в формате SVG)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an image Funnelscope can read: choose a PNG, JPEG or SVG file</source>
        <translation>%1 не является изображением, которое Funnelscope может прочитать: выберите файл PNG, JPEG или SVG</translation>
    </message>
</context>
<context>
    <name>RowDrill</name>
    <message>
        <location filename="../../core/store/rowdrill.cpp" line="+89"/>
        <source>Impressions</source>
        <translation>Показы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Клики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounces</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pageviews</source>
        <translation>Просмотры страниц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged seconds</source>
        <translation>Секунды вовлечения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landing page views</source>
        <translation>Просмотры посадочных страниц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form submissions</source>
        <translation>Отправки форм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA clicks</source>
        <translation>Клики по CTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation>Лайки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>Репосты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New followers</source>
        <translation>Новые подписчики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails sent</source>
        <translation>Отправлено писем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails delivered</source>
        <translation>Доставлено писем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails opened</source>
        <translation>Открыто писем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email clicks</source>
        <translation>Клики в письмах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribes</source>
        <translation>Отписки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform leads</source>
        <translation>Лиды платформ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL date</source>
        <translation>Дата MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SAL date</source>
        <translation>Дата SAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL date</source>
        <translation>Дата SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer date</source>
        <translation>Дата перехода в клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead score</source>
        <translation>Балл лида</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First touch</source>
        <translation>Первое касание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal amount</source>
        <translation>Сумма сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Start</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn</source>
        <translation>Дата оттока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>Expense</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign row</source>
        <translation>Строка кампании</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Survey answer</source>
        <translation>Ответ на опрос</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>unknown KPI %1 (funnelscope-cli kpis --list names them)</source>
        <translation>неизвестный KPI %1 (их список выводит funnelscope-cli kpis --list)</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>not recorded (imported before this version)</source>
        <translation>не записана (импортировано до этой версии)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (and 1 more line of the file merged into this row)</source>
        <translation>%1 (с этой строкой объединена еще 1 строка файла)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (and %2 more lines of the file merged into this row)</source>
        <translation>%1 (с этой строкой объединены еще строки файла: %2)</translation>
    </message>
</context>
<context>
    <name>SmartCheck</name>
    <message>
        <location filename="../../core/goals/smartcheck.cpp" line="+74"/>
        <source>Specific: choose the KPI this goal moves.</source>
        <translation>Конкретность: выберите KPI, на который направлена эта цель.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Specific: %1 across all channels and campaigns.</source>
        <translation>Конкретность: %1 по всем каналам и кампаниям.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific: %1 for %2.</source>
        <translation>Конкретность: %1 для %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Measurable: set a numeric target.</source>
        <translation>Измеримость: задайте числовое целевое значение.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measurable: the baseline period holds no whole %1 period; choose one that covers at least one, so that the baseline is measured over the same length as the goal.</source>
        <translation>Измеримость: базовый период не содержит ни одного полного периода обзора (%1); выберите такой, который охватывает хотя бы один, чтобы базовое значение измерялось за период той же длины, что и цель.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measurable: there is no data for %1 in this scope; import the files it needs first.</source>
        <translation>Измеримость: в этом срезе нет данных для %1; сначала импортируйте нужные для него файлы.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measurable: target %1; the baseline is %2.</source>
        <translation>Измеримость: целевое значение %1; базовое — %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>needs %1 in %2 days</source>
        <translation>нужно изменение на %1 за %2 дн.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; there is not enough history to compare with.</source>
        <translation>Достижимость: %1; истории для сравнения недостаточно.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; your history has changes like that — realistic.</source>
        <translation>Достижимость: %1; в вашей истории бывали такие изменения — реалистично.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievable: %1; the best %2-day change in your history is %3 — a stretch.</source>
        <translation>Достижимость: %1; лучшее изменение за %2 дн. в вашей истории — %3: амбициозно.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Achievable: %1; the best %2-day change in your history is %3 — unrealistic.</source>
        <translation>Достижимость: %1; лучшее изменение за %2 дн. в вашей истории — %3: нереалистично.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Achievable: set a target to compare with your history.</source>
        <translation>Достижимость: задайте целевое значение, чтобы сравнить его с историей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Achievable: no baseline to measure the change against.</source>
        <translation>Достижимость: нет базового значения, относительно которого можно измерить изменение.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relevant: write the business objective this goal serves.</source>
        <translation>Значимость: укажите бизнес-задачу, которой служит эта цель.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relevant: %1 is an awareness metric; make sure it is tied to a lead or revenue goal.</source>
        <translation>Значимость: %1 — показатель осведомленности; убедитесь, что он связан с целью по лидам или выручке.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relevant: serves “%1”.</source>
        <translation>Значимость: служит задаче «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time-bound: the deadline must come after the start.</source>
        <translation>Ограничение по времени: срок должен наступать позже начала.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time-bound: %1 days, reviewed %2.</source>
        <translation>Ограничение по времени: %1 дн., обзоры: %2.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/chartkpi.cpp" line="+98"/>
        <source>%1 (seconds)</source>
        <translation>%1 (секунды)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (days)</source>
        <translation>%1 (дни)</translation>
    </message>
    <message>
        <location filename="../../ui/trendchart.cpp" line="+25"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week starting</source>
        <translation>Начало недели</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarter starting</source>
        <translation>Начало квартала</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../ui/userguide.cpp" line="+26"/>
        <location line="+23"/>
        <source>a count</source>
        <translation>количество</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>money, in the reporting currency</source>
        <translation>деньги в валюте отчетности</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>a percentage</source>
        <translation>процент</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>дни</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>a score from −100 to 100</source>
        <translation>балл от −100 до 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>money per day</source>
        <translation>деньги в день</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a ratio (x : 1)</source>
        <translation>соотношение (x : 1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no shipped export has these columns: import your own file with them (&lt;a href=&quot;guide:export-generic-csv&quot;&gt;your own CSV&lt;/a&gt;)</source>
        <translation>ни в одной из поддерживаемых выгрузок нет этих столбцов: импортируйте собственный файл с ними (&lt;a href=&quot;guide:export-generic-csv&quot;&gt;собственный CSV&lt;/a&gt;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, or &lt;a href=&quot;guide:export-generic-csv&quot;&gt;your own CSV&lt;/a&gt; with these columns</source>
        <translation>%1 или &lt;a href=&quot;guide:export-generic-csv&quot;&gt;собственный CSV&lt;/a&gt; с этими столбцами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when none of those were imported, %1</source>
        <translation>если ничего из этого не импортировано — %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+158"/>
        <source>KPI glossary</source>
        <translation>Глоссарий KPI</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Every KPI Funnelscope computes, by funnel stage: what it means, its unit, which way is better, and which exports fill it. Press F1 on a card or a table cell to come here.</source>
        <translation>Все KPI, которые рассчитывает Funnelscope, по этапам воронки: что означает показатель, в чем он измеряется, какое направление лучше и какие выгрузки дают для него данные. Чтобы открыть этот раздел, нажмите F1 на карточке или ячейке таблицы.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+29"/>
        <source>Unit: %1.</source>
        <translation>Единица измерения: %1.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+24"/>
        <source>Higher is better.</source>
        <translation>Чем выше, тем лучше.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Lower is better.</source>
        <translation>Чем ниже, тем лучше.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Adds up over time: a goal sets its total.</source>
        <translation>Накапливается со временем: цель задает итоговое значение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A level: a goal sets the level to reach.</source>
        <translation>Уровень: цель задает уровень, которого нужно достичь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id in formulas and the command line: %1.</source>
        <translation>Id в формулах и командной строке: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computed from:</source>
        <translation>Рассчитывается по:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own KPIs</source>
        <translation>Собственные KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace has none yet. Edit → Custom KPIs… adds a formula over the KPIs above, such as revenue ÷ leads.</source>
        <translation>В этой рабочей области их пока нет. Команда Правка → Пользовательские KPI… добавляет формулу на основе приведенных выше KPI, например revenue ÷ leads.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own KPI: %1.</source>
        <translation>Собственный KPI: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither higher nor lower is better.</source>
        <translation>Направление не оценивается: ни рост, ни снижение не считаются улучшением.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown with %1.</source>
        <translation>Показывается в группе «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formula: %1.</source>
        <translation>Формула: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+106"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The menu commands that have a shortcut, as this window has them.</source>
        <translation>Команды меню, у которых есть сочетание клавиш, — в том виде, в каком они заданы в этом окне.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On the dashboard</source>
        <translation>На панели показателей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between the filters, the cards and the tables.</source>
        <translation>Переход между фильтрами, карточками и таблицами.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 on a card or a table cell</source>
        <translation>F1 на карточке или ячейке таблицы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this guide at that KPI&apos;s entry in the glossary.</source>
        <translation>Открыть это руководство на статье глоссария об этом KPI.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+F1 on a card</source>
        <translation>Shift+F1 на карточке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the card&apos;s definition beside it.</source>
        <translation>Показать определение показателя рядом с карточкой.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on a card</source>
        <translation>Enter на карточке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the stored rows behind its value.</source>
        <translation>Показать сохраненные строки, из которых складывается значение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key on a card</source>
        <translation>Клавиша контекстного меню на карточке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The card&apos;s commands (Show rows).</source>
        <translation>Команды карточки (Показать строки).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+61"/>
        <source>How to export from each tool</source>
        <translation>Как выгрузить данные из каждого инструмента</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>For each tool: where the export is in its menus, which report, which columns and which dates, then what Funnelscope reads from the file. Import the file with File → Import files… or drop it on the window.</source>
        <translation>Для каждого инструмента: где в его меню находится выгрузка, какой отчет, какие столбцы и даты выбрать, а затем — что Funnelscope читает из файла. Импортируйте файл командой Файл → Импортировать файлы… или перетащите его в окно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>Your own CSV (any other tool)</source>
        <translation>Собственный CSV (любой другой инструмент)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>What Funnelscope reads from it</source>
        <translation>Что Funnelscope читает из файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, as %2.</source>
        <translation>%1 — как «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its rows count as the channel %1.</source>
        <translation>Его строки относятся к каналу %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The KPIs it fills (alone or with other files):</source>
        <translation>KPI, для которых он дает данные (сам или вместе с другими файлами):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Getting started</source>
        <translation>Начало работы</translation>
    </message>
</context>
<context>
    <name>ViewStore</name>
    <message>
        <location filename="../../core/store/viewstore.cpp" line="+39"/>
        <source>a view needs a name</source>
        <translation>у представления должно быть название</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace is read-only</source>
        <translation>рабочая область доступна только для чтения</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="+119"/>
        <source>the workspace schema has no table %1</source>
        <translation>в схеме рабочей области нет таблицы %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot copy into %1: it already holds workspace data (table %2 is not empty); copy into a new workspace file or an empty database</source>
        <translation>не удается скопировать в %1: там уже есть данные рабочей области (таблица %2 не пуста); копируйте в новый файл рабочей области или в пустую базу данных</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot copy from %1: there is no such workspace file</source>
        <translation>не удается скопировать из %1: такого файла рабочей области нет</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+112"/>
        <location filename="../../core/store/workspace.cpp" line="+289"/>
        <source>cannot read workspace %1: %2</source>
        <translation>не удается прочитать рабочую область %1: %2</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+13"/>
        <location line="+321"/>
        <location line="+19"/>
        <source>cannot read table %1 of %2: %3</source>
        <translation>не удается прочитать таблицу %1 из %2: %3</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>binary data</source>
        <translation>двоичные данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+357"/>
        <source>cannot copy from %1: table %2, row %3, column %4 holds &apos;%5&apos;, which is not a %6</source>
        <translation>не удается скопировать из %1: в таблице %2 (строка %3, столбец %4) содержится «%5», а это не значение типа %6</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>cannot copy into %1: it is not a file</source>
        <translation>не удается скопировать в %1: это не файл</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+56"/>
        <source>cannot write workspace %1: %2</source>
        <translation>не удается записать рабочую область %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+393"/>
        <source>cannot write table %1 of %2: %3</source>
        <translation>не удается записать таблицу %1 в %2: %3</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1 does not have the workspace schema: column %2.%3 is %4, not %5</source>
        <translation>%1 не соответствует схеме рабочей области: столбец %2.%3 — %4 (ожидается %5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/teamworkspace.cpp" line="+85"/>
        <source>%1 holds no workspace yet: copy one into it with funnelscope-cli copy --from FILE --to %1</source>
        <translation>в %1 ещё нет рабочей области: скопируйте её туда командой funnelscope-cli copy --from ФАЙЛ --to %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="+376"/>
        <source>%1 holds a workspace of schema %2; this version of Funnelscope reads schema %3</source>
        <translation>%1 содержит рабочую область схемы %2; эта версия Funnelscope читает схему %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-297"/>
        <location line="+171"/>
        <source>cannot read %1: %2</source>
        <translation>не удается прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>you may read %1 but not change it: your PostgreSQL role is a viewer&apos;s; ask the workspace&apos;s admin for the editor role (see the README, &quot;Team workspace&quot;)</source>
        <translation>вы можете читать %1, но не изменять: ваша роль PostgreSQL — роль наблюдателя; попросите администратора рабочей области о роли редактора (см. README, «Team workspace»)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot create the folder %1 for the copy of %2</source>
        <translation>не удаётся создать папку %1 для копии %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+49"/>
        <source>cannot write the copy of %1 into %2</source>
        <translation>не удаётся записать копию %1 в %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+12"/>
        <source>cannot lock %1 for a change: %2</source>
        <translation>не удаётся заблокировать %1 для изменения: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>waiting for another change to %1 to finish…</source>
        <translation>ожидание завершения другого изменения в %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for %1&apos;s change to %2 to finish…</source>
        <translation>ожидание завершения изменения %2 пользователем %1…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot finish the change to %1: its work file %2 is still in use</source>
        <translation>не удаётся завершить изменение %1: его рабочий файл %2 всё ещё используется</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-163"/>
        <source>cannot copy from %1: the database holds no Funnelscope workspace</source>
        <translation>не удается скопировать из %1: в базе данных нет рабочей области Funnelscope</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot copy from %1: its workspace has schema %2 and this Funnelscope reads schema %3</source>
        <translation>не удается скопировать из %1: у его рабочей области схема %2, а эта версия Funnelscope читает схему %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot read table %1 of %2: row %3 has too few fields</source>
        <translation>не удается прочитать таблицу %1 из %2: в строке %3 слишком мало полей</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot read table %1 of %2: row %3 has more fields than the table&apos;s columns</source>
        <translation>не удается прочитать таблицу %1 из %2: в строке %3 больше полей, чем столбцов в таблице</translation>
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
        <translation>не удается записать %1: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>copy moves a workspace between a file and a PostgreSQL database: one of %1 and %2 must be a postgresql:// URL (copy a workspace file as any file)</source>
        <translation>copy переносит рабочую область между файлом и базой данных PostgreSQL: %1 или %2 должен быть URL вида postgresql:// (файл рабочей области копируйте как любой другой файл)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot copy %1 onto itself</source>
        <translation>нельзя скопировать %1 в самого себя</translation>
    </message>
    <message>
        <location filename="../../core/store/workspace.cpp" line="+4"/>
        <source>%1 is not a Funnelscope workspace (not a SQLite database file)</source>
        <translation>%1 не является рабочей областью Funnelscope (это не файл базы данных SQLite)</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/pgschema.cpp" line="+190"/>
        <location filename="../../core/store/postgres/teamworkspace.cpp" line="-179"/>
        <location filename="../../core/store/postgres/workspacecopy.cpp" line="-507"/>
        <location line="+95"/>
        <location line="+152"/>
        <location line="+139"/>
        <source>cannot read the schema of %1: %2</source>
        <translation>не удается прочитать схему %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/store/workspace.cpp" line="+13"/>
        <source>%1 was written by a newer Funnelscope (schema %2, this one reads up to %3); please update Funnelscope</source>
        <translation>%1 создан более новой версией Funnelscope (схема %2, эта версия читает схемы до %3); обновите Funnelscope</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>cannot bring %1 to schema %2: %3</source>
        <translation>не удается привести %1 к схеме %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/store/workspace.cpp" line="+9"/>
        <source>%1 is a SQLite database of another program, not a Funnelscope workspace</source>
        <translation>%1 — база данных SQLite другой программы, а не рабочая область Funnelscope</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: it is cut short (%2 of %3 bytes); open a backup copy</source>
        <translation>%1 поврежден: файл обрезан (%2 из %3 байт); откройте резервную копию</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+19"/>
        <source>cannot open workspace %1: %2</source>
        <translation>не удается открыть рабочую область %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open workspace %1: the file or its folder is read-only, and Funnelscope writes to the workspace and next to it while it is open (copy it to a folder you can write to); nothing was changed</source>
        <translation>не удается открыть рабочую область %1: файл или его папка доступны только для чтения, а Funnelscope, пока рабочая область открыта, записывает данные в нее и рядом с ней (скопируйте ее в папку, доступную для записи); ничего не изменено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a Funnelscope workspace: %2</source>
        <translation>%1 не является рабочей областью Funnelscope: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot back up %1 before upgrading it: %2</source>
        <translation>не удается создать резервную копию %1 перед обновлением: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open workspace %1 read-only: there is no such file</source>
        <translation>не удалось открыть рабочую область %1 только для чтения: такого файла нет</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot open workspace %1 read-only: %2</source>
        <translation>не удалось открыть рабочую область %1 только для чтения: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written by an older Funnelscope and must be upgraded before it can be read, which needs write access: copy it to a folder you can write to</source>
        <translation>%1 создан более старой версией Funnelscope и перед чтением должен быть обновлен, а для этого нужен доступ на запись: скопируйте его в папку, доступную для записи</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 was written by a newer Funnelscope (schema %2); please update</source>
        <translation>%1 создан более новой версией Funnelscope (схема %2); обновите программу</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <location line="+17"/>
        <location line="+3"/>
        <source>cannot upgrade workspace %1: %2</source>
        <translation>не удаётся обновить рабочую область %1: %2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>cannot upgrade workspace %1 to schema %2: %3</source>
        <translation>не удается обновить рабочую область %1 до схемы %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/store/campaignrollup.cpp" line="+263"/>
        <location line="+37"/>
        <source>the sums of the campaign rows are too large to be stored exactly</source>
        <translation>суммы строк кампаний слишком велики для точного хранения</translation>
    </message>
    <message>
        <location filename="../../core/store/readsnapshot.cpp" line="+22"/>
        <source>the workspace is not open</source>
        <translation>рабочая область не открыта</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>a total is too large to be computed exactly (integer overflow)</source>
        <translation>итог слишком велик для точного вычисления (переполнение целого числа)</translation>
    </message>
    <message>
        <location filename="../../core/channels/channeltaxonomy.cpp" line="+148"/>
        <source>a channel alias needs a name</source>
        <translation>для псевдонима канала нужно название</translation>
    </message>
    <message>
        <location filename="../../core/goals/goalstore.cpp" line="-41"/>
        <source>no review %1</source>
        <translation>нет обзора %1</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/pgconnection.cpp" line="+23"/>
        <source>%1 is not a PostgreSQL URL: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>%1 не является URL PostgreSQL: укажите postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a password does not belong in the URL (it would be stored in shell history and settings); put it in ~/.pgpass or PGPASSWORD</source>
        <translation>%1: пароль нельзя указывать в URL (он сохранится в истории командной оболочки и в настройках); укажите его в ~/.pgpass или PGPASSWORD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 names no database: write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>в %1 не указана база данных: укажите postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <source>cannot connect to %1: %2</source>
        <translation>не удается подключиться к %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/store/postgres/teamlistener.cpp" line="+30"/>
        <source>cannot hear changes to %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>не удаётся отслеживать изменения в %1: драйвер PostgreSQL для Qt (QPSQL) не установлен</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>cannot hear changes to %1: %2</source>
        <translation>не удаётся отслеживать изменения в %1: %2</translation>
    </message>
</context>
<context>
    <name>funnelscope</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="+876"/>
        <source>the formula does not parse</source>
        <translation>не удается разобрать формулу</translation>
    </message>
</context>
<context>
    <name>funnelscope::AnnotatedChart</name>
    <message>
        <location filename="../../ui/annotatedchart.cpp" line="+105"/>
        <source>Add annotation…</source>
        <translation>Добавить аннотацию…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove annotation “%1”</source>
        <translation>Удалить аннотацию «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotations…</source>
        <translation>Аннотации…</translation>
    </message>
</context>
<context>
    <name>funnelscope::AttributionView</name>
    <message>
        <location filename="../../ui/attributionview.cpp" line="-129"/>
        <source>First touch</source>
        <translation>Первое касание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last touch</source>
        <translation>Последнее касание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear</source>
        <translation>Линейная</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time decay (7 days)</source>
        <translation>Временной спад (7 дней)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position (40/20/40)</source>
        <translation>По позиции (40/20/40)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Attribution&lt;/b&gt;: who gets the credit, model by model</source>
        <translation>&lt;b&gt;Атрибуция&lt;/b&gt;: кому засчитывается вклад в каждой модели</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit for</source>
        <translation>Что распределять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit for:</source>
        <translation>Что распределять:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each conversion of the period (a lead created, a customer won, a deal&apos;s revenue) is shared among its touchpoints up to that day; without touchpoints it goes to its own channel.</source>
        <translation>Каждая конверсия периода (созданный лид, привлеченный клиент, выручка сделки) распределяется между ее точками касания до этого дня; если точек касания нет, она засчитывается своему каналу.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 by channel and model</source>
        <translation>%1 по каналам и моделям</translation>
    </message>
</context>
<context>
    <name>funnelscope::CardGrid</name>
    <message>
        <location filename="../../ui/cardgrid.cpp" line="+16"/>
        <source>day</source>
        <translation>дням</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week</source>
        <translation>неделям</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month</source>
        <translation>месяцам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarter</source>
        <translation>кварталам</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Sparkline by %1. %2</source>
        <translation>Мини-график по %1. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before: %1</source>
        <translation>ранее: %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::ChannelAliasModel</name>
    <message>
        <location filename="../../core/channels/channelaliasmodel.cpp" line="+106"/>
        <source>your alias</source>
        <translation>ваш псевдоним</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as imported</source>
        <translation>как импортировано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default taxonomy</source>
        <translation>таксономия по умолчанию</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Name in the imported files</source>
        <translation>Название в импортированных файлах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts as channel</source>
        <translation>Считается каналом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>funnelscope::ChannelsDialog</name>
    <message>
        <location filename="../../ui/channelsdialog.cpp" line="+52"/>
        <source>Reset to defaults</source>
        <translation>Восстановить по умолчанию</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>This workspace is open read-only: its channels are shown, not changed.</source>
        <translation>Эта рабочая область открыта только для чтения: каналы показаны, но изменить их нельзя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each channel name of your imported files counts as the channel beside it, in every KPI, filter and report. Names of other tools for the same channel (Direct traffic, (direct) / (none), DIRECT_TRAFFIC) count as one. Change a channel here: the numbers follow without importing anything again.</source>
        <translation>Каждое название канала из импортированных файлов считается каналом, указанным рядом с ним, во всех KPI, фильтрах и отчётах. Названия одного и того же канала в разных инструментах (Direct traffic, (direct) / (none), DIRECT_TRAFFIC) считаются одним каналом. Измените канал здесь — цифры обновятся без повторного импорта.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The channels could not be saved: %1</source>
        <translation>Не удалось сохранить каналы: %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::CohortView</name>
    <message>
        <location filename="../../ui/cohortview.cpp" line="-56"/>
        <source>&lt;b&gt;Lead cohorts&lt;/b&gt;: how soon the leads of each of the last 12 months or weeks reach a stage</source>
        <translation>&lt;b&gt;Когорты лидов&lt;/b&gt;: как быстро лиды каждого из последних 12 месяцев или недель доходят до этапа</translation>
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
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month of creation</source>
        <translation>По месяцу создания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week of creation</source>
        <translation>По неделе создания</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shares of the cohort&apos;s leads. * still maturing: some of the cohort&apos;s leads have not had that many days yet.</source>
        <translation>Доли лидов когорты. * Когорта еще не созрела: у некоторых лидов когорты еще не прошло столько дней.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≤ %1 days</source>
        <translation>≤ %1 дн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median days</source>
        <translation>Медиана, дн.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Still maturing: some leads of %1 have not had %2 days yet.</source>
        <translation>Когорта еще не созрела: у некоторых лидов когорты %1 еще не прошло %2 дн.</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomFormula</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-455"/>
        <source>%1 is unknown for this period</source>
        <translation>значение %1 за этот период неизвестно</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is 0 (division by zero)</source>
        <translation>%1 равно 0 (деление на ноль)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the result is too large to show</source>
        <translation>результат слишком велик для отображения</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the formula does not parse</source>
        <translation>не удается разобрать формулу</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpi</name>
    <message>
        <location line="+199"/>
        <source>a custom KPI needs a name</source>
        <translation>у пользовательского KPI должно быть название</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is longer than 80 characters</source>
        <translation>название длиннее 80 символов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name &apos;%1&apos; has no letter or digit to make an id of</source>
        <translation>в названии «%1» нет ни букв, ни цифр, из которых можно составить id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is the id of the catalog KPI &apos;%2&apos;: choose another name</source>
        <translation>«%1» — это id KPI «%2» из каталога: выберите другое название</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a name formulas use: choose another name</source>
        <translation>«%1» — имя, которое используется в формулах: выберите другое название</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>formula: %1</source>
        <translation>формула: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the formula gives an amount of money (%1): use the money format</source>
        <translation>формула дает денежную сумму (%1): выберите денежный формат (money)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the formula is not an amount of money (%1): use count, percent, ratio or number</source>
        <translation>формула дает не денежную сумму (%1): выберите формат count, percent, ratio или number (количество, процент, соотношение или число)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most 6 decimals</source>
        <translation>не более 6 знаков после запятой</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpiStore</name>
    <message>
        <location line="+44"/>
        <location line="+27"/>
        <source>the workspace is open read-only: custom KPIs cannot be changed</source>
        <translation>рабочая область открыта только для чтения: пользовательские KPI изменить нельзя</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a custom KPI with the id &apos;%1&apos; exists already (&apos;%2&apos;): choose another name</source>
        <translation>пользовательский KPI с id «%1» уже существует («%2»): выберите другое название</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the custom KPI could not be saved: %1</source>
        <translation>не удалось сохранить пользовательский KPI: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no custom KPI has the id &apos;%1&apos; (funnelscope-cli kpi list shows them)</source>
        <translation>нет пользовательского KPI с id «%1» (их список выводит funnelscope-cli kpi list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the goal &apos;%1&apos; measures &apos;%2&apos;: remove or change the goal first</source>
        <translation>цель «%1» измеряется по «%2»: сначала удалите или измените цель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the custom KPI could not be removed: %1</source>
        <translation>не удалось удалить пользовательский KPI: %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::CustomKpisDialog</name>
    <message>
        <location filename="../../ui/customkpisdialog.cpp" line="+25"/>
        <source>&amp;New</source>
        <translation>Со&amp;здать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <location line="+120"/>
        <source>Custom KPIs</source>
        <translation>Пользовательские KPI</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>e.g. revenue / leads or (mqls - sqls) / mqls</source>
        <translation>например, revenue / leads или (mqls - sqls) / mqls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI ids (leads, revenue, media_cost, mqls, …), numbers, + - * / and parentheses. Also clicks, expenses, lost_deals; revenue_won, cost and spend.</source>
        <translation>Id KPI (leads, revenue, media_cost, mqls, …), числа, + - * / и скобки. Также clicks, expenses, lost_deals; revenue_won, cost и spend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Higher is better</source>
        <translation>Чем выше, тем лучше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better</source>
        <translation>Чем ниже, тем лучше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither (neutral)</source>
        <translation>Нейтрально</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratio (x : 1)</source>
        <translation>Соотношение (x : 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>Наз&amp;вание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Formula:</source>
        <translation>&amp;Формула:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Better:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decimals:</source>
        <translation>&amp;Десятичных знаков:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shown in:</source>
        <translation>&amp;Показывать в:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This period:</source>
        <translation>За этот период:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The workspace is open read-only.</source>
        <translation>Рабочая область открыта только для чтения.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Type a formula to see its value for this period.</source>
        <translation>Введите формулу, чтобы увидеть ее значение за этот период.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No period is shown yet.</source>
        <translation>Период пока не выбран.</translation>
    </message>
</context>
<context>
    <name>funnelscope::DataPage</name>
    <message>
        <location filename="../../ui/datapage.cpp" line="+17"/>
        <source>&amp;Delete import…</source>
        <translation>&amp;Удалить импорт…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Re-import</source>
        <translation>&amp;Повторить импорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports</source>
        <translation>Импорты</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No files imported yet. Choose Import files… or drop CSV exports anywhere on this window.</source>
        <translation>Файлы еще не импортированы. Нажмите «Импортировать файлы…» или перетащите CSV-выгрузки в любое место этого окна.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete import</source>
        <translation>Удаление импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the import of %1 (%2 rows, source %3) and the rows it brought?

You can undo this with Edit → Undo until you close the window.</source>
        <translation>Удалить импорт %1 (строк: %2, источник: %3) вместе с добавленными им строками?

Это действие можно отменить командой Правка → Отменить, пока окно не закрыто.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This import rejected no rows.</source>
        <translation>В этом импорте нет отклоненных строк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected rows of this import (%1): line, column and reason</source>
        <translation>Отклоненные строки этого импорта (%1): строка, столбец и причина</translation>
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
        <translation>; каналы: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; campaigns: %1</source>
        <translation>; кампании: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the rows…</source>
        <translation>Чтение строк…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Экспортировать в CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows behind %1</source>
        <translation>Исходные строки: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter rows (any column)</source>
        <translation>Фильтр строк (любой столбец)</translation>
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
        <translation>Экспорт строк</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The rows cannot be read: %1</source>
        <translation>Не удается прочитать строки: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 row</source>
        <translation>1 строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>строк: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 file</source>
        <translation>1 файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 files</source>
        <translation>файлов: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stored rows behind this number</source>
        <translation>За этим числом нет сохраненных строк</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 from %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the first %1 are shown (funnelscope-cli rows lists them all)</source>
        <translation>; показаны первые %1 (все выводит funnelscope-cli rows)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 match the filter</source>
        <translation>; соответствуют фильтру: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; line not recorded: imported before this version</source>
        <translation>; номер строки не записан: импортировано до этой версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; %1 without a line: imported before this version</source>
        <translation>; без номера строки: %1 (импортированы до этой версии)</translation>
    </message>
</context>
<context>
    <name>funnelscope::FilterBar</name>
    <message>
        <location filename="../../ui/filterbar.cpp" line="+16"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs previous period</source>
        <translation>к предыдущему периоду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs same period last year</source>
        <translation>к тому же периоду прошлого года</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no comparison</source>
        <translation>без сравнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>up to %1, the latest data</source>
        <translation>по %1 (последний день с данными)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up to today</source>
        <translation>по сегодняшний день</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counted from %1, the latest data</source>
        <translation>отсчет от %1 (последний день с данными)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counted from today</source>
        <translation>отсчет от сегодняшнего дня</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vs previous</source>
        <translation>к пред. периоду</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs last year</source>
        <translation>к прошлому году</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
</context>
<context>
    <name>funnelscope::FunnelWidget</name>
    <message>
        <location filename="../../ui/funnelwidget.cpp" line="+27"/>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each bar&apos;s width is on a logarithmic scale. Conversion is the next step ÷ this step; drop-off is what is lost between them.</source>
        <translation>Ширина каждой полосы — в логарифмической шкале. Конверсия — следующий шаг ÷ текущий шаг; потери — то, что теряется между ними.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Step conversion</source>
        <translation>Конверсия шага</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>↓ %1 (drop-off %2)</source>
        <translation>↓ %1 (потери %2)</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+56"/>
        <source>↑ ×%1 (visits without a click)</source>
        <translation>↑ ×%1 (визиты без клика)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>was %1</source>
        <translation>было %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1%2 pp)</source>
        <comment>percentage points</comment>
        <translation> (%1%2 п. п.)</translation>
    </message>
</context>
<context>
    <name>funnelscope::GoalListModel</name>
    <message>
        <location filename="../../core/goals/goallistmodel.cpp" line="+64"/>
        <source>Serves: %1</source>
        <translation>Бизнес-задача: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>funnelscope::GoalsPage</name>
    <message>
        <location filename="../../ui/goalspage.cpp" line="+79"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New goal</source>
        <translation>&amp;Новая цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete goal…</source>
        <translation>Удалить цель…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;review</source>
        <translation>Новый &amp;обзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SMART review of the period chosen in the filter bar, saved with its numbers</source>
        <translation>SMART-обзор периода, выбранного на панели фильтров, сохраняемый вместе с его показателями</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+463"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>Export &amp;PDF…</source>
        <translation>Экспортировать в &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <translation>Обзоры</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>Ежеквартально</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>computed from the baseline period</source>
        <translation>рассчитывается по базовому периоду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1200, 80, 30%</source>
        <translation>например, 1200, 80, 30%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business objective this goal serves, e.g. pipeline for the 2027 plan</source>
        <translation>Бизнес-задача, которой служит цель, например пайплайн для плана на 2027 год</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>Наз&amp;вание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope:</source>
        <translation>Срез:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Baseline period:</source>
        <translation>Базовый период:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baseline:</source>
        <translation>&amp;Базовое значение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target:</source>
        <translation>&amp;Целевое значение:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start – deadline:</source>
        <translation>Начало – срок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>Отв&amp;етственный:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ob&amp;jective:</source>
        <translation>Бизнес-&amp;задача:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save goal</source>
        <translation>&amp;Сохранить цель</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pace</source>
        <translation>Темп</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMART check</source>
        <translation>Проверка SMART</translation>
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
        <translation>Экспорт обзора</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The review is saved as %1</source>
        <translation>Обзор сохранен как %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot save the choices with the review: %1</source>
        <translation>Не удается сохранить выбранные параметры вместе с обзором: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>%1
Actual: %2
Planned pace: %3</source>
        <translation>%1
Факт: %2
Плановый темп: %3</translation>
    </message>
    <message>
        <location line="-513"/>
        <source>Measured as of %1; a level goal&apos;s “Now” is its latest whole period.</source>
        <translation>Измерено на %1; для целей по уровню показателя «Сейчас» — это последний полный период.</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Save goal</source>
        <translation>Сохранение цели</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Give the goal a name first.</source>
        <translation>Сначала задайте название цели.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a numeric target, e.g. 1200 or 30%.</source>
        <translation>Задайте числовое целевое значение, например 1200 или 30%.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete goal</source>
        <translation>Удаление цели</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the goal “%1”?</source>
        <translation>Удалить цель «%1»?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New review</source>
        <translation>Новый обзор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title of the review:</source>
        <translation>Название обзора:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing review %1 – %2</source>
        <translation>Маркетинговый обзор %1 – %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+7"/>
        <location line="+57"/>
        <source>This review no longer exists.</source>
        <translation>Этот обзор больше не существует.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Record a decision…</source>
        <translation>Записать решение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Экспортировать в PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+55"/>
        <source>Record a decision</source>
        <translation>Запись решения</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>e.g. Move 10% of the Display budget to Paid Search</source>
        <translation>например, перенести 10% бюджета Display в Paid Search</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing in particular</source>
        <translation>ничем конкретным</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the goal %1</source>
        <translation>целью %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the recommendation: %1</source>
        <translation>рекомендацией: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers:</source>
        <translation>Связано с:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select a saved goal to see its pace</source>
        <translation>Выберите сохраненную цель, чтобы увидеть ее темп</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pace of “%1”: actual against the straight line to the target</source>
        <translation>Темп цели «%1»: факт в сравнении с прямой линией к целевому значению</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned pace</source>
        <translation>Плановый темп</translation>
    </message>
</context>
<context>
    <name>funnelscope::GroupPage</name>
    <message>
        <location filename="../../ui/grouppage.cpp" line="+57"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By quarter</source>
        <translation>По кварталам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time granularity</source>
        <translation>Детализация по времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI in the charts</source>
        <translation>KPI на графиках</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hart:</source>
        <translation>&amp;График:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the &amp;comparison period</source>
        <translation>Показать период &amp;сравнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws the comparison period&apos;s values as a dotted line, bucket by bucket</source>
        <translation>Рисует значения периода сравнения пунктирной линией — по каждому интервалу</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>By channel</source>
        <translation>По каналам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By campaign</source>
        <translation>По кампаниям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table rows</source>
        <translation>Строки таблицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter rows…</source>
        <translation>Фильтр строк…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспортировать в CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>Export table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Funnelscope: %1 by %2</source>
        <translation>Funnelscope: %1 по %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign</source>
        <translation>кампаниям</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel</source>
        <translation>каналам</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period: %1 to %2</source>
        <translation>Период: %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with: %1 to %2</source>
        <translation>Сравнение с: %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels: %1</source>
        <translation>Каналы: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns: %1</source>
        <translation>Кампании: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows containing: %1</source>
        <translation>Строки, содержащие: %1</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1 by channel</source>
        <translation>%1 по каналам</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
</context>
<context>
    <name>funnelscope::GuideDialog</name>
    <message>
        <location filename="../../ui/guidedialog.cpp" line="+26"/>
        <source>Funnelscope user guide</source>
        <translation>Руководство пользователя Funnelscope</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Search the guide</source>
        <translation>Поиск по руководству</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide page</source>
        <translation>Страница руководства</translation>
    </message>
</context>
<context>
    <name>funnelscope::ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="+45"/>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>отменен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused</source>
        <translation>не принят</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Skip this file</source>
        <translation>&amp;Пропустить файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;all</source>
        <translation>Импортировать &amp;все</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Detect from the header</source>
        <translation>Определить по заголовку</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+299"/>
        <source>Funnelscope&apos;s column names</source>
        <translation>Имена столбцов Funnelscope</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>%1 export</source>
        <translation>Выгрузка %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tool the file was exported from: its column names, totals and footer lines.</source>
        <translation>Инструмент, из которого выгружен файл: его имена столбцов, итоговые строки и строки в конце файла.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation>Автоопределение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect from the data</source>
        <translation>Определить по данным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (31/12/2025)</source>
        <translation>Сначала день (31/12/2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2025)</source>
        <translation>Сначала месяц (12/31/2025)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+292"/>
        <source>Detect from the numbers</source>
        <translation>Определить по числам</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Comma (1 234,50)</source>
        <translation>Запятая (1 234,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point (1,234.50)</source>
        <translation>Точка (1,234.50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decimal separator of the file&apos;s numbers. It is decided once for the whole file from all its cells; choose it when they cannot tell (1.234 could be 1234 or 1,234).</source>
        <translation>Десятичный разделитель чисел файла. Он определяется один раз для всего файла по всем его ячейкам; выберите его, когда сами числа этого не показывают (1.234 может означать 1234 или 1,234).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tool&apos;s name, or manual</source>
        <translation>название инструмента или manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of one source replace that source&apos;s earlier rows for the same day, channel and campaign. Give two accounts of one tool two source names.</source>
        <translation>Строки одного источника заменяют прежние строки этого источника за тот же день, канал и кампанию. Для двух аккаунтов одного инструмента укажите два разных источника.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exported from:</source>
        <translation>&amp;Выгружено из:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date order:</source>
        <translation>Порядок &amp;дат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deci&amp;mal separator:</source>
        <translation>&amp;Десятичный разделитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource:</source>
        <translation>Источ&amp;ник:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the file, or the tool&apos;s</source>
        <translation>из файла или из инструмента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channel of every row, for a file without a channel column (or to override the tool&apos;s).</source>
        <translation>Канал каждой строки — для файла без столбца канала (или вместо канала инструмента).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the file, or the workspace&apos;s</source>
        <translation>из файла или из рабочей области</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The currency of amounts the file does not name (a Currency code column, a symbol such as zł or €, or a header such as Amount spent (INR) name it); &quot;$&quot; alone needs the account&apos;s currency.</source>
        <translation>Валюта сумм, для которых файл ее не указывает (ее указывает столбец Currency code, символ вроде zł или € или заголовок вроде Amount spent (INR)); для одного лишь «$» нужна валюта аккаунта.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;urrency:</source>
        <translation>Ва&amp;люта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period of the file:</source>
        <translation>&amp;Период файла:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a report without dates whose period the file does not give (Search Console&apos;s Countries.csv and Devices.csv): its totals are spread evenly over these days</source>
        <translation>Для отчёта без дат, период которого не указан в файле (Countries.csv и Devices.csv из Search Console): его итоги равномерно распределяются по этим дням</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored as</source>
        <translation>Сохраняется как</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deal stages</source>
        <translation>Этапы сделок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage in the file</source>
        <translation>Этап в файле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counts as</source>
        <translation>Учитывается как</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How each stage of your pipeline counts for won deals, revenue and the open pipeline. Your choices are remembered for later imports into this workspace.</source>
        <translation>Как каждый этап вашей воронки учитывается в выигранных сделках, выручке и открытой воронке. Ваш выбор запоминается для следующих импортов в эту рабочую область.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember this mapping: files with the same columns will be read this way.</source>
        <translation>Запомнить это сопоставление: файлы с такими же столбцами будут читаться так же.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first rows, as they will be stored</source>
        <translation>Первые строки в том виде, в котором они будут сохранены</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import this file and every one after it as detected; one summary at the end.</source>
        <translation>Импортировать этот файл и все следующие с определёнными настройками; одна сводка в конце.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+3"/>
        <location line="+11"/>
        <source>Save as preset</source>
        <translation>Сохранение шаблона</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Map the file&apos;s columns first.</source>
        <translation>Сначала сопоставьте столбцы файла.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the tool or export (e.g. &quot;Agency weekly report&quot;):</source>
        <translation>Название инструмента или выгрузки (например, «Еженедельный отчет агентства»):</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 из %3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>from the file (no other known: choose one)</source>
        <translation>из файла (другая неизвестна: выберите)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the file, or %1 (last used for %2)</source>
        <translation>из файла или %1 (последняя для %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the file, or %1 (the workspace&apos;s)</source>
        <translation>из файла или %1 (валюта рабочей области)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vertical bar</source>
        <translation>вертикальная черта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found</source>
        <translation>не найден</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>line %1 (%n title line(s) above skipped)</source>
        <translation>
            <numerusform>строка %1 (выше пропущена %n строка с названием)</numerusform>
            <numerusform>строка %1 (выше пропущены %n строки с названием)</numerusform>
            <numerusform>строка %1 (выше пропущено %n строк с названием)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detect from the header (%1)</source>
        <translation>Определить по заголовку (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect from the header (%1, %2% of its columns known)</source>
        <translation>Определить по заголовку (%1, известно %2% столбцов)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect (%1)</source>
        <translation>Автоопределение (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect from the numbers (comma)</source>
        <translation>Определить по числам (запятая)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect from the numbers (point)</source>
        <translation>Определить по числам (точка)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No rule knows this stage: it counts as open unless you choose otherwise.</source>
        <translation>Ни одно правило не знает этот этап: он учитывается как открытый, если вы не выберете иное.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counts as, for %1</source>
        <translation>Учитывается как, для %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 = %2 × %3</source>
        <translation>%1 = %2 × %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stored as, for %1</source>
        <translation>Сохраняется как (для %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No currency is known for amounts the file does not name: they would be stored without one and never converted. Choose the account&apos;s currency above.</source>
        <translation>Валюта сумм, для которых файл ее не указывает, неизвестна: они будут сохранены без валюты и никогда не пересчитаны. Выберите выше валюту аккаунта.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>This file cannot be imported: %1</source>
        <translation>Этот файл нельзя импортировать: %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Choose the date order: the slash dates could be day or month first.</source>
        <translation>Выберите порядок дат: в датах через косую черту первым может быть как день, так и месяц.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the decimal separator: the file&apos;s numbers do not tell it.</source>
        <translation>Выберите десятичный разделитель: по числам файла его не определить.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every row gets %1 &apos;%2&apos;, as you chose.</source>
        <translation>Каждая строка получает %1 «%2», как вы выбрали.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row gets %1 &apos;%2&apos; (from the %3 preset).</source>
        <translation>Во всех строках столбец %1 получит значение «%2» (из шаблона %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignored columns: %1</source>
        <translation>Пропущенные столбцы: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>rejected: %1 (column %2)</source>
        <translation>отклонено: %1 (столбец %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n of the first rows will be rejected; the rest of the file imports.</source>
        <translation>
            <numerusform>%n из первых строк будет отклонена; остальная часть файла будет импортирована.</numerusform>
            <numerusform>%n из первых строк будут отклонены; остальная часть файла будет импортирована.</numerusform>
            <numerusform>%n из первых строк будут отклонены; остальная часть файла будет импортирована.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Source &apos;%1&apos; already has rows from %2: rows for the same day, channel and campaign will be replaced. Use another source name to keep both.</source>
        <translation>У источника «%1» уже есть строки из %2: строки за тот же день, канал и кампанию будут заменены. Чтобы сохранить оба набора, укажите другое имя источника.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelling…</source>
        <translation>Отмена импорта…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&lt;p&gt;%1 rows imported as %2 (source %3), %4 rejected, %5 stored rows replaced.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Импортировано строк: %1, тип: %2 (источник: %3); отклонено: %4; заменено сохраненных строк: %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Stages counted as open: %1. Choose won or lost for them in the import&apos;s stage table to change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Этапы, учтённые как открытые: %1. Чтобы изменить это, выберите для них «выиграна» или «проиграна» в таблице этапов импорта.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;These bytes were imported before: nothing changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Файл с тем же содержимым уже импортирован: ничего не изменилось.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Cancelled: nothing was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Импорт отменен: ничего не импортировано.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+157"/>
        <source>line %1: </source>
        <translation>строка %1: </translation>
    </message>
    <message>
        <location line="-606"/>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Save as p&amp;reset…</source>
        <translation>Сохранить как &amp;шаблон…</translation>
    </message>
    <message>
        <location line="+546"/>
        <source>column %1: </source>
        <translation>столбец %1: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Nothing was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ничего не импортировано.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>funnelscope::ImportListModel</name>
    <message>
        <location filename="../../core/importing/importlistmodel.cpp" line="+74"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Дата импорта</translation>
    </message>
</context>
<context>
    <name>funnelscope::KpiCard</name>
    <message>
        <location filename="../../ui/kpicard.cpp" line="+38"/>
        <source>Your own KPI: %1.</source>
        <translation>Собственный KPI: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show rows</source>
        <translation>Показать строки</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Not judged as better or worse: %1. Before: %2</source>
        <translation>Без оценки «лучше или хуже»: %1. Ранее: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data to compare</source>
        <translation>нет данных для сравнения</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Before: %1</source>
        <translation>Ранее: %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+84"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Создать рабочую область…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>New workspace</source>
        <translation>Новая рабочая область</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Открыть рабочую область…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+389"/>
        <location line="+16"/>
        <source>Open workspace</source>
        <translation>Открытие рабочей области</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>Open &amp;team workspace…</source>
        <translation>Открыть &amp;командную рабочую область…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>Открыть не&amp;давние</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace &amp;settings…</source>
        <translation>Н&amp;астройки рабочей области…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channels…</source>
        <translation>&amp;Каналы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom &amp;KPIs…</source>
        <translation>Пользовательские &amp;KPI…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>V&amp;iews</source>
        <translation>Пр&amp;едставления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;KPI glossary</source>
        <translation>&amp;Глоссарий KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Funnelscope</source>
        <translation>&amp;О программе Funnelscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Funnelscope</source>
        <translation>О программе Funnelscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;Marketing KPIs along the B2B funnel, from your own CSV exports, computed offline in one workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;Маркетинговые KPI по всей B2B-воронке на основе ваших собственных CSV-выгрузок, рассчитанные офлайн в одном файле рабочей области.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is demo data — import your own files.</source>
        <translation>Это демонстрационные данные — импортируйте свои файлы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files…</source>
        <translation>Импортировать файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workspace…</source>
        <translation>Создать рабочую область…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This workspace has no data yet. Import your CSV exports with File → Import files… (Ctrl+I), or drop them anywhere on this window.</source>
        <translation>В этой рабочей области пока нет данных. Импортируйте CSV-выгрузки командой Файл → Импортировать файлы… (Ctrl+I) или перетащите их в любое место этого окна.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened read-only: every view and report works, but importing, deleting imports, saving goals and reviews, and settings are off.</source>
        <translation>Открыто только для чтения: все представления и отчеты работают, но импорт, удаление импортов, сохранение целей и обзоров и настройки отключены.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overview</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The currency every amount is converted into, at each day&apos;s exchange rate</source>
        <translation>Валюта, в которую пересчитываются все суммы по обменному курсу соответствующего дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace currency</source>
        <translation>Валюта рабочей области</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+13"/>
        <location line="+13"/>
        <location line="+11"/>
        <location line="+14"/>
        <source>Open team workspace</source>
        <translation>Открыть командную рабочую область</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The team database, as postgresql://USER@HOST:PORT/DATABASE.
The password comes from ~/.pgpass or PGPASSWORD, never from here or the settings.</source>
        <translation>База данных команды в виде postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА.
Пароль берётся из ~/.pgpass или PGPASSWORD, никогда не отсюда и не из настроек.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the team workspace %1…</source>
        <translation>Чтение командной рабочей области %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This Funnelscope was built without PostgreSQL, so it cannot open %1.</source>
        <translation>Этот Funnelscope собран без PostgreSQL, поэтому не может открыть %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Team workspace %1, refreshed at %2 with a change another member published.</source>
        <translation>Командная рабочая область %1 обновлена в %2: другой участник опубликовал изменение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team workspace %1, as of %2: every view and report works, and refreshes when a member changes it.</source>
        <translation>Командная рабочая область %1, по состоянию на %2: все представления и отчёты работают и обновляются, когда участник её изменяет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your role may read it, not change it.</source>
        <translation>Ваша роль позволяет читать её, но не изменять.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (team workspace, read-only) — Funnelscope</source>
        <translation>%1 (командная рабочая область, только чтение) — Funnelscope</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team workspace</source>
        <translation>Командная рабочая область</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your PostgreSQL role may read this team workspace, not change it: ask its admin for the editor role.</source>
        <translation>Ваша роль PostgreSQL позволяет читать эту командную рабочую область, но не изменять её: попросите её администратора о роли редактора.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the import into %1…</source>
        <translation>Подготовка импорта в %1…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — Funnelscope</source>
        <translation>%1 — Funnelscope</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (read-only) — Funnelscope</source>
        <translation>%1 (только чтение) — Funnelscope</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goals &amp;&amp; reviews</source>
        <translation>Цели и обзоры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+7"/>
        <source>Save view</source>
        <translation>Сохранение представления</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name of the view (its period rule, comparison, channels, campaigns and tab; a name in use is replaced):</source>
        <translation>Название представления (правило периода, сравнение, каналы, кампании и вкладка; представление с уже существующим названием будет заменено):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The view was not saved: %1</source>
        <translation>Представление не сохранено: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save current view…</source>
        <translation>&amp;Сохранить текущее представление…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete view</source>
        <translation>&amp;Удалить представление</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No saved views yet</source>
        <translation>Сохраненных представлений пока нет</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open recent</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is no longer there.</source>
        <translation>Файла %1 больше нет.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This workspace could not be read, so its numbers are not shown: %1. Open a backup copy of it (File → Open), or the copy Funnelscope kept before an upgrade (its name ends in .bak).</source>
        <translation>Не удалось прочитать эту рабочую область, поэтому её показатели не отображаются: %1. Откройте её резервную копию (Файл → Открыть) или копию, которую Funnelscope сохранил перед обновлением (её имя оканчивается на .bak).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Includes totals spread evenly over %1: reports without a day breakdown, so their days hold equal shares.</source>
        <translation>Включает итоги, равномерно распределённые на %1: отчёты без разбивки по дням, поэтому их дни содержат равные доли.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+30"/>
        <source>Add annotation</source>
        <translation>Добавление аннотации</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>e.g. Campaign launch, tracking broken, price change</source>
        <translation>например, запуск кампании, сбой отслеживания, изменение цен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all channels</source>
        <translation>все каналы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Конец:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Annotations</source>
        <translation>Аннотации</translation>
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
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Workspace settings</source>
        <translation>Настройки рабочей области</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PNG, JPEG or SVG up to %1 KB, kept inside the workspace file.</source>
        <translation>PNG, JPEG или SVG до %1 КБ; хранится в файле рабочей области.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>the Board</source>
        <translation>Совет директоров</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline is ahead of plan, mostly thanks to LinkedIn.

We still need to fix the tracking on the landing page before the October campaign.</source>
        <translation>Воронка сделок опережает план, в основном благодаря LinkedIn.

До октябрьской кампании нужно еще исправить отслеживание на посадочной странице.</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+6"/>
        <location line="+38"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location line="-820"/>
        <source>%1 already exists.</source>
        <translation>%1 уже существует.</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>Imports from this window are published to the team; goals, reviews and settings are changed with funnelscope-cli --db %1 for now.</source>
        <translation>Импорт из этого окна публикуется для команды; цели, обзоры и настройки пока меняются через funnelscope-cli --db %1.</translation>
    </message>
    <message>
        <location line="+468"/>
        <source>Company name (for reports):</source>
        <translation>Название компании (для отчетов):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (for reports):</source>
        <translation>Логотип (для отчетов):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <location line="-443"/>
        <location line="+487"/>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV and text exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- и текстовые выгрузки (*.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>funnelscope::MultiSelectButton</name>
    <message>
        <location filename="../../ui/multiselectbutton.cpp" line="+21"/>
        <source>Search %1…</source>
        <translation>Искать %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No filter: every name counts</source>
        <translation>Без фильтра: учитываются все значения</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: all</source>
        <translation>%1: все</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All %1</source>
        <translation>Все %1</translation>
    </message>
</context>
<context>
    <name>funnelscope::OverviewPage</name>
    <message>
        <location filename="../../ui/overviewpage.cpp" line="+70"/>
        <source>KPI by channel</source>
        <translation>KPI по каналам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the &amp;comparison period</source>
        <translation>Показать период &amp;сравнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws the comparison period&apos;s values as a dotted line, bucket by bucket</source>
        <translation>Рисует значения периода сравнения пунктирной линией — по каждому интервалу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By &amp;channel:</source>
        <translation>По &amp;каналам:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Media spend and leads</source>
        <translation>Медиарасходы и лиды</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 by channel</source>
        <translation>%1 по каналам</translation>
    </message>
</context>
<context>
    <name>funnelscope::Parser</name>
    <message>
        <location filename="../../core/kpi/customkpi.cpp" line="-765"/>
        <source>the formula is empty: write KPI ids and numbers, such as revenue / leads</source>
        <translation>формула пуста: введите id KPI и числа, например revenue / leads</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;)&apos; at character %1 closes no &apos;(&apos;</source>
        <translation>«)» в позиции %1 не закрывает ни одной «(»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected &apos;%1&apos; at character %2: an operator (+ - * /) is missing before it</source>
        <translation>неожиданный элемент «%1» в позиции %2: перед ним не хватает оператора (+ - * /)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the formula multiplies money by money, which has no unit: divide one amount by the other or by a count</source>
        <translation>формула умножает деньги на деньги, а у такого результата нет единицы измерения: разделите одну сумму на другую или на количество</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&apos;%1&apos; at character %2 mixes money with a value that is not money: add or subtract amounts with amounts, counts with counts</source>
        <translation>«%1» в позиции %2 смешивает деньги с неденежным значением: складывайте и вычитайте суммы с суммами, количества с количествами</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the formula ends too early: a number, a name or &apos;(&apos; is missing at character %1</source>
        <translation>формула обрывается слишком рано: в позиции %1 не хватает числа, имени или «(»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the &apos;(&apos; at character %1 is not closed: &apos;)&apos; is missing</source>
        <translation>«(» в позиции %1 не закрыта: не хватает «)»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; at character %2 is not a number (write decimals with a point: 0.5)</source>
        <translation>«%1» в позиции %2 — не число (дробную часть отделяйте точкой: 0.5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number at character %1 runs into a name: put an operator between them</source>
        <translation>число в позиции %1 сливается с именем: поставьте между ними оператор</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a number, a name or &apos;(&apos; is missing before the &apos;)&apos; at character %1</source>
        <translation>перед «)» в позиции %1 не хватает числа, имени или «(»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number, a name or &apos;(&apos; is missing before the &apos;%1&apos; at character %2</source>
        <translation>перед «%1» в позиции %2 не хватает числа, имени или «(»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected &apos;%1&apos; at character %2: a formula has numbers, KPI ids, + - * / and parentheses</source>
        <translation>неожиданный элемент «%1» в позиции %2: формула может содержать числа, id KPI, + - * / и скобки</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>unknown name &apos;%1&apos; at character %2; did you mean &apos;%3&apos;?</source>
        <translation>неизвестное имя «%1» в позиции %2; возможно, вы имели в виду «%3»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown name &apos;%1&apos; at character %2: use the id of a KPI (leads, revenue, media_cost, …; funnelscope-cli kpi add --help lists them)</source>
        <translation>неизвестное имя «%1» в позиции %2: используйте id KPI (leads, revenue, media_cost, …; список выводит funnelscope-cli kpi add --help)</translation>
    </message>
</context>
<context>
    <name>funnelscope::ReconciliationView</name>
    <message>
        <location filename="../../ui/reconciliationview.cpp" line="-88"/>
        <source>&lt;b&gt;Reconciliation&lt;/b&gt;: leads the platforms reported against leads in the CRM</source>
        <translation>&lt;b&gt;Сверка&lt;/b&gt;: лиды по данным платформ в сравнении с лидами в CRM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Platforms count form fills and conversions by their own rules and windows; the CRM counts contacts by creation date. The KPIs use the CRM&apos;s leads when there are any.</source>
        <translation>Платформы считают заполнения форм и конверсии по собственным правилам и окнам; CRM считает контакты по дате создания. Если в CRM есть лиды, KPI рассчитываются по ним.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform-reported leads</source>
        <translation>Лиды по данным платформ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CRM leads</source>
        <translation>Лиды в CRM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference %</source>
        <translation>Разница, %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analytics key events</source>
        <translation>Ключевые события аналитики</translation>
    </message>
</context>
<context>
    <name>funnelscope::RejectedRowsModel</name>
    <message>
        <location filename="../../core/importing/importlistmodel.cpp" line="+48"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>funnelscope::ReportChoicesDialog</name>
    <message>
        <location filename="../../ui/reportchoicesdialog.cpp" line="+25"/>
        <source>Export review</source>
        <translation>Экспорт обзора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Anna Nowak</source>
        <translation>например, Анна Иванова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the Board</source>
        <translation>например, совет директоров</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared &amp;by:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared &amp;for:</source>
        <translation>&amp;Для кого:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sections (Space ticks or clears the selected one):</source>
        <translation>&amp;Разделы (пробел ставит или снимает отметку у выбранного):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your comment, printed at the top of this section under your name. Leave a blank line between paragraphs.</source>
        <translation>Ваш комментарий: печатается в начале этого раздела под вашим именем. Разделяйте абзацы пустой строкой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All</source>
        <translation>&amp;Все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;None</source>
        <translation>&amp;Ни одного</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспортировать в PDF…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Comment on “%1” (printed at the top of that section):</source>
        <translation>&amp;Комментарий к разделу «%1» (печатается в его начале):</translation>
    </message>
</context>
<context>
    <name>funnelscope::RowDrillModel</name>
    <message>
        <location filename="../../core/store/rowdrillmodel.cpp" line="+76"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row of</source>
        <translation>Тип строки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>not recorded</source>
        <translation>не записана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (+%2 merged)</source>
        <translation>%1 (+%2 объединено)</translation>
    </message>
</context>
<context>
    <name>funnelscope::TeamSession</name>
    <message>
        <location filename="../../ui/teamsession.cpp" line="+28"/>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>funnelscope::TrendChart</name>
    <message>
        <location filename="../../ui/trendchart.cpp" line="+173"/>
        <source>%1, comparison period</source>
        <translation>%1, период сравнения</translation>
    </message>
    <message>
        <location filename="../../ui/breakdownchart.cpp" line="+96"/>
        <location filename="../../ui/trendchart.cpp" line="+118"/>
        <source>No %1 in this period.
%2</source>
        <translation>За этот период нет данных: %1.
%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+43"/>
        <source>Preparing the demo workspace…</source>
        <translation>Подготовка демонстрационной рабочей области…</translation>
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
        <translation>Маркетинговые KPI по всей B2B-воронке.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace file, or team workspace (postgresql://USER@HOST:PORT/DATABASE), to open (default: the last file, or the demo).</source>
        <translation>Файл рабочей области или командная рабочая область (postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА) для открытия (по умолчанию: последний файл или демо).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a picture of every tab into DIR at 1440×900 and quit.</source>
        <translation>Сохранить снимок каждой вкладки в DIR в разрешении 1440×900 и выйти.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print how long the start and five filter changes take, then quit.</source>
        <translation>Вывести время запуска и пяти изменений фильтров, затем выйти.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the app in this language (%1) instead of the one chosen in View → Language.</source>
        <translation>Показать приложение на этом языке (%1) вместо выбранного в меню Вид → Язык.</translation>
    </message>
</context>
</TS>
